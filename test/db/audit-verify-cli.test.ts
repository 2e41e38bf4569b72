import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAccess } from '../../src/db/access-log.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { sealEverything } from '../helpers/seal.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

// `npm run audit:verify` as an operator runs it: a separate process against the configured database.
let dir: string | undefined;
let tdb: TestDatabase | undefined;
let env: NodeJS.ProcessEnv;

async function open(): Promise<Database> {
  if (tdb) return tdb.db;
  const db = await openDatabase({ dataDir: dir });
  await migrate(db);
  await db.switchToAppRole('duiden_app');
  return db;
}
async function done(db: Database): Promise<void> {
  if (!tdb) await db.close(); // PGlite allows one process at a time
}
function verify() {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts'], {
    env,
    encoding: 'utf8',
  });
}

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) {
    tdb = await createTestDatabase();
    env = { ...process.env, DATABASE_URL: tdb.url };
  } else {
    dir = mkdtempSync(join(tmpdir(), 'duiden-verify-'));
    env = { ...process.env, DUIDEN_DATA_DIR: dir };
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
  await done(db);
});
afterAll(async () => {
  await tdb?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run audit:verify', () => {
  it('reports an intact chain with its head hash and exits 0', () => {
    const r = verify();
    expect(r.stdout).toMatch(/intact: 5 entries checked/);
    expect(r.stdout).toMatch(/hash [0-9a-f]{64}/);
    expect(r.status).toBe(0);
  });

  it('names the first broken entry and exits 1', async () => {
    const db = await open();
    const id = (await db.query<{ id: number }>(`SELECT id FROM access_log WHERE object_id = 'X-2'`)).rows[0]
      ?.id;
    await db.execScript(`
      ALTER TABLE access_log DISABLE TRIGGER access_log_append_only;
      UPDATE access_log SET object_id = 'X-9' WHERE id = ${id};
      ALTER TABLE access_log ENABLE TRIGGER access_log_append_only;`);
    await done(db);
    const r = verify();
    expect(r.stderr).toContain(`entry ${id} (seal 3) was changed`);
    expect(r.status).toBe(1);
  });
});
