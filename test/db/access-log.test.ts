import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAccessLog } from '../../src/app/audit/seal-access-log.js';
import { verifyAccessLog } from '../../src/app/audit/verify-access-log.js';
import { recordAccess, recordAccesses } from '../../src/db/access-log.js';
import { sealEverything, TEST_AUDIT_KEY } from '../helpers/seal.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

let t: TestDatabase;
const now = () => new Date('2026-05-01T10:00:00.123Z');
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());
const verify = () => verifyAccessLog(t.db, { key: TEST_AUDIT_KEY, timeToleranceMs: 300_000 });

const entry = (i: number) => ({
  action: 'read',
  objectType: 'signal',
  objectId: `S-${i}`,
  result: 'ok' as const,
});

async function count(sql: string): Promise<number> {
  const r = await t.db.query<{ n: number }>(sql);
  return Number(r.rows[0]?.n);
}

describe('access log', () => {
  it('seals entries from concurrent writers into one intact chain', async () => {
    await Promise.all(Array.from({ length: 60 }, (_, i) => t.db.tx((q) => recordAccess(q, now(), entry(i)))));
    const sealed = await sealAccessLog(t.db, now, TEST_AUDIT_KEY, 25); // several chunks
    expect(sealed + (await sealEverything(t.db))).toBe(60);
    expect(await sealAccessLog(t.db, now, TEST_AUDIT_KEY)).toBe(0);
    const v = await verify();
    expect(v).toMatchObject({ ok: true, checked: 60, unkeyedSeals: 0, problem: null });
    // Every seal is keyed and names its algorithm; the tampering trials are in audit-tampering.test.ts.
    expect(await count(`SELECT count(*)::int AS n FROM access_log_seal WHERE alg <> 'hmac-sha256'`)).toBe(0);
  });

  it('writes a list of entries with one statement, each with its own person and object', async () => {
    const persons = ['0c5f6a0e-6d7b-4c0e-9a55-1f0f7c2b1a01', '0c5f6a0e-6d7b-4c0e-9a55-1f0f7c2b1a02', null];
    await recordAccesses(
      t.db,
      now(),
      persons.map((personId, i) => ({
        action: 'list',
        objectType: 'casus',
        objectId: `C-${i}`,
        personId,
        purpose: 'casus',
        result: 'ok' as const,
        requestId: 'req-list',
      })),
    );
    const r = await t.db.query<{ object_id: string; person_id: string | null; purpose: string }>(
      "SELECT object_id, person_id, purpose FROM access_log WHERE request_id = 'req-list' ORDER BY object_id",
    );
    expect(r.rows).toEqual(persons.map((p, i) => ({ object_id: `C-${i}`, person_id: p, purpose: 'casus' })));
    await sealEverything(t.db);
    expect((await verify()).ok).toBe(true);
  });

  it.runIf(process.env.TEST_DATABASE_URL)('never skips an entry whose transaction commits late', async () => {
    const slow = new pg.Client({ connectionString: t.url });
    await slow.connect();
    await slow.query('SET ROLE duiden_app');
    await slow.query('BEGIN');
    await slow.query(`INSERT INTO access_log (at, action, result) VALUES ($1, 'late', 'ok')`, [now()]);
    await recordAccess(t.db, now(), entry(1000)); // commits before the slow one
    const before = await count('SELECT count(*)::int AS n FROM access_log_seal');
    await sealAccessLog(t.db, now, TEST_AUDIT_KEY);
    // Neither is sealed while the older transaction is still open.
    expect(await count('SELECT count(*)::int AS n FROM access_log_seal')).toBe(before);
    await slow.query('COMMIT');
    await slow.end();
    await sealEverything(t.db);
    expect(await count('SELECT count(*)::int AS n FROM access_log_seal')).toBe(before + 2);
    expect((await verify()).ok).toBe(true);
  });

  it('the application role may insert but not update, delete or truncate', async () => {
    await expect(t.db.query(`UPDATE access_log SET action = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(t.db.query('DELETE FROM access_log')).rejects.toThrow(/permission denied/);
    await expect(t.db.query('TRUNCATE access_log')).rejects.toThrow(/permission denied/);
    await expect(t.db.query('DELETE FROM access_log_seal')).rejects.toThrow(/permission denied/);
    await expect(t.db.query(`UPDATE access_log_seal SET hash = 'x'`)).rejects.toThrow(/permission denied/);
  });
});
