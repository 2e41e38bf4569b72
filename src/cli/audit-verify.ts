import { parseArgs } from 'node:util';
import { loadAuditSettings } from '../app/audit/audit-settings.js';
import { readCheckpoints } from '../app/audit/checkpoint-file.js';
import { type VerifyProblem, verifyAccessLog } from '../app/audit/verify-access-log.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';

/**
 * `npm run audit:verify`: walks the access log's keyed chain and names the first broken place.
 *   --expect-head SEQ:HASH   a head kept outside the system (the privacy officer's records)
 *   --checkpoint-file PATH   the checkpoint file to check against (default DUIDEN_AUDIT_CHECKPOINT_FILE)
 *   --no-checkpoints         check the chain alone
 * The key comes from DUIDEN_AUDIT_KEY / DUIDEN_AUDIT_KEY_FILE (or the embedded database's key file), as for
 * the server. Exit code 0 when intact, 1 when broken, 2 when it could not check.
 */
const messages: { [K in VerifyProblem['kind']]: (p: Extract<VerifyProblem, { kind: K }>) => string } = {
  'hash-mismatch': (p) =>
    `entry ${p.entryId} (seal ${p.seq}) was changed, or its seal was not made with this key: its hash does not match`,
  'entry-missing': (p) => `entry ${p.entryId} (seal ${p.seq}) was deleted`,
  'sequence-gap': (p) =>
    `seal ${p.expectedSeq} is missing (next found: ${p.seq}): an entry and its seal were removed`,
  'entry-not-sealed': (p) => `entry ${p.entryId} is not in the chain although it should be`,
  'unkeyed-seal': (p) =>
    `seal ${p.seq} (entry ${p.entryId}) is in the old unkeyed format after keyed seals: the chain was recomputed without the key`,
  'key-required': (p) =>
    `seal ${p.seq} is keyed, but no audit key was given (DUIDEN_AUDIT_KEY or DUIDEN_AUDIT_KEY_FILE)`,
  backdated: (p) =>
    `entry ${p.entryId} (seal ${p.seq}) is dated ${p.at}, before ${p.latestBefore} of an entry sealed ahead of it: back-dated`,
  'dated-after-seal': (p) =>
    `entry ${p.entryId} (seal ${p.seq}) is dated ${p.at}, after it was sealed at ${p.sealedAt}`,
  'anchor-mismatch': (p) =>
    `seal ${p.seq} differs from the ${p.source === 'checkpoint' ? 'checkpoint' : 'expected head'}: the chain was rewritten up to there`,
  truncated: (p) =>
    `the chain ends at seal ${p.headSeq}, but the ${p.source === 'checkpoint' ? 'checkpoint' : 'expected head'} names seal ${p.anchoredSeq}: the tail from seal ${p.seq} was removed`,
  'checkpoint-invalid': (p) => `checkpoint line ${p.line} is not valid (${p.reason})`,
};

function explain(p: VerifyProblem): string {
  return (messages[p.kind] as (x: VerifyProblem) => string)(p);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'expect-head': { type: 'string' },
      'checkpoint-file': { type: 'string' },
      'no-checkpoints': { type: 'boolean' },
    },
  });
  let expectHead: { seq: number; hash: string } | undefined;
  if (values['expect-head']) {
    const m = /^(\d+):([0-9a-f]{64})$/.exec(values['expect-head']);
    if (!m) {
      console.error('--expect-head takes SEQ:HASH, e.g. 1234:3f5c... (64 hex characters)');
      return 2;
    }
    expectHead = { seq: Number(m[1]), hash: m[2] as string };
  }
  const config = loadConfig();
  const audit = loadAuditSettings(config, { generate: false, warn: (m) => console.warn(m) });
  const file = values['no-checkpoints'] ? undefined : (values['checkpoint-file'] ?? audit.checkpointFile);
  const checkpoints = file && audit.key ? readCheckpoints(file, audit.key) : [];
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const r = await verifyAccessLog(db, {
      key: audit.key,
      timeToleranceMs: audit.timeToleranceMs,
      checkpoints,
      expectHead,
    });
    const anchored =
      r.anchoredSeq === null ? 'no checkpoint or expected head' : `checked against seal ${r.anchoredSeq}`;
    if (r.ok) {
      console.log(`Toegangslog intact / access log intact: ${r.checked} entries checked (${anchored}).`);
      if (r.unkeyedSeals > 0) {
        console.log(
          `Seals 1-${r.unkeyedSeals} are in the old unkeyed format (before migration 012); the key covers them from seal ${r.unkeyedSeals + 1} on.`,
        );
      }
      console.log(`Head: seal ${r.headSeq}, hash ${r.headHash}`);
      if (file && checkpoints.length === 0) console.log(`No checkpoints in ${file} yet.`);
      return 0;
    }
    const p = r.problem as VerifyProblem;
    console.error(`Toegangslog BESCHADIGD / access log BROKEN after ${r.checked} intact entries:`);
    console.error(`  first broken: ${explain(p)}`);
    return p.kind === 'key-required' ? 2 : 1;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
