import { verifyAccessLog } from '../app/audit/verify-access-log.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';

/**
 * `npm run audit:verify`: walks the access log's hash chain and names the first broken entry.
 * Exit code 0 when intact, 1 when broken. Print the head hash and keep it elsewhere (for example in the
 * privacy officer's own records): a later run whose chain does not contain it shows the tail was removed.
 */
const messages: Record<string, (p: Record<string, unknown>) => string> = {
  'hash-mismatch': (p) => `entry ${p.entryId} (seal ${p.seq}) was changed: its hash does not match`,
  'entry-missing': (p) => `entry ${p.entryId} (seal ${p.seq}) was deleted`,
  'sequence-gap': (p) =>
    `seal ${p.expectedSeq} is missing (next found: ${p.seq}): an entry and its seal were removed`,
  'entry-not-sealed': (p) => `entry ${p.entryId} is not in the chain although it should be`,
};

async function main(): Promise<number> {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const r = await verifyAccessLog(db);
    if (r.ok) {
      console.log(`Toegangslog intact / access log intact: ${r.checked} entries checked.`);
      console.log(`Head: seal ${r.headSeq}, hash ${r.headHash}`);
      return 0;
    }
    const p = r.problem as unknown as Record<string, unknown> & { kind: string };
    console.error(`Toegangslog BESCHADIGD / access log BROKEN after ${r.checked} intact entries:`);
    console.error(`  first broken: ${messages[p.kind]?.(p) ?? JSON.stringify(p)}`);
    return 1;
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
