import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCheckpoint } from '../../src/app/audit/seal-access-log.js';
import { recordAccess } from '../../src/db/access-log.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { sealEverything, TEST_AUDIT_KEY, TEST_AUDIT_KEY_BASE64 } from '../helpers/seal.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

// `npm run audit:verify` as an operator runs it: a separate process against the configured database, with
// the audit key and the checkpoint file from the environment.
let dir: string;
let tdb: TestDatabase | undefined;
let env: NodeJS.ProcessEnv;
let checkpointFile: string;

async function open(): Promise<Database> {
  if (tdb) return tdb.db;
  const db = await openDatabase({ dataDir: join(dir, 'data') });
  await migrate(db);
  await db.switchToAppRole('duiden_app');
  return db;
}
async function done(db: Database): Promise<void> {
  if (!tdb) await db.close(); // PGlite allows one process at a time
}
/** As the owner with the guards off, as an attacker with the owner's rights would. */
async function tamper(sql: string): Promise<void> {
  const script = `ALTER TABLE access_log DISABLE TRIGGER USER; ALTER TABLE access_log_seal DISABLE TRIGGER USER;
    ${sql}; ALTER TABLE access_log ENABLE TRIGGER USER; ALTER TABLE access_log_seal ENABLE TRIGGER USER;`;
  if (tdb) return tdb.withOwner((o) => o.execScript(script));
  const db = await open();
  await db.execScript(script);
  await done(db);
}
function verify(args: string[] = [], extraEnv: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts', ...args], {
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
  });
}
let head: { seq: number; hash: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'duiden-verify-'));
  checkpointFile = join(dir, 'checkpoints.jsonl');
  env = {
    ...process.env,
    DUIDEN_AUDIT_KEY: TEST_AUDIT_KEY_BASE64,
    DUIDEN_AUDIT_CHECKPOINT_FILE: checkpointFile,
  };
  delete env.DUIDEN_AUDIT_KEY_FILE;
  // The default key file lies beside the data directory: point it into the temporary directory, so a key left
  // in the working directory by `npm start` is never found (the test without a key must find none).
  env.DUIDEN_DATA_DIR = join(dir, 'data');
  if (process.env.TEST_DATABASE_URL) {
    tdb = await createTestDatabase();
    env.DATABASE_URL = tdb.appUrl; // the verifier needs no owner rights
  } else {
    delete env.DATABASE_URL;
  }
  const db = await open();
  for (let i = 0; i < 5; i++) {
    await recordAccess(db, new Date('2026-04-01T10:00:00Z'), {
      action: 'read',
      objectId: `X-${i}`,
      result: 'ok',
    });
  }
  await sealEverything(db);
  const c = await writeCheckpoint(db, () => new Date(), TEST_AUDIT_KEY, checkpointFile);
  head = { seq: c?.seq ?? 0, hash: c?.hash ?? '' };
  await done(db);
});
afterAll(async () => {
  await tdb?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run audit:verify', () => {
  it('reports an intact chain, checked against the checkpoint, with its head hash, and exits 0', () => {
    const r = verify();
    expect(r.stdout).toMatch(/intact: 5 entries checked \(checked against seal 5\)/);
    expect(r.stdout).toContain(`Head: seal 5, hash ${head.hash}`);
    expect(r.status).toBe(0);
  });

  it('checks against a head kept by the privacy officer (--expect-head)', () => {
    expect(verify(['--no-checkpoints', '--expect-head', `${head.seq}:${head.hash}`]).status).toBe(0);
    const wrong = verify(['--no-checkpoints', '--expect-head', `5:${'0'.repeat(64)}`]);
    expect(wrong.stderr).toContain('seal 5 differs from the expected head');
    expect(wrong.status).toBe(1);
    const bad = verify(['--expect-head', 'five']);
    expect(bad.stderr).toContain('--expect-head takes SEQ:HASH');
    expect(bad.status).toBe(2);
  });

  it('cannot check keyed seals without the key, and says so (exit 2)', () => {
    const r = verify([], { DUIDEN_AUDIT_KEY: '' });
    expect(r.stderr).toContain('seal 1 is keyed, but no audit key was given');
    expect(r.status).toBe(2);
  });

  it('reports a cut-off tail against the checkpoint and exits 1', async () => {
    await tamper(`WITH gone AS (DELETE FROM access_log_seal WHERE seq > 3 RETURNING entry_id)
      DELETE FROM access_log WHERE id IN (SELECT entry_id FROM gone)`);
    const r = verify();
    expect(r.stderr).toContain('the chain ends at seal 3, but the checkpoint names seal 5');
    expect(r.status).toBe(1);
    // Without the checkpoint, the shortened chain alone looks whole: the reason for keeping one.
    expect(verify(['--no-checkpoints']).status).toBe(0);
  });

  it('names the first changed entry and exits 1', async () => {
    const db = await open();
    const id = (await db.query<{ id: number }>(`SELECT id FROM access_log WHERE object_id = 'X-2'`)).rows[0]
      ?.id;
    await done(db);
    await tamper(`UPDATE access_log SET object_id = 'X-9' WHERE id = ${id}`);
    const r = verify();
    expect(r.stderr).toContain(`entry ${id} (seal 3) was changed`);
    expect(r.status).toBe(1);
  });
});
