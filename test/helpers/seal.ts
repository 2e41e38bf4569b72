import { sealAccessLog } from '../../src/app/audit/seal-access-log.js';
import type { Database } from '../../src/db/database.js';

/** The audit key of the tests (the server's comes from DUIDEN_AUDIT_KEY or a key file, never the database). */
export const TEST_AUDIT_KEY = Buffer.alloc(32, 0x5a);
/** The same key as DUIDEN_AUDIT_KEY for a server or CLI started by a test. */
export const TEST_AUDIT_KEY_BASE64 = TEST_AUDIT_KEY.toString('base64');

/**
 * Seals until every entry is in the chain. Transaction ids are cluster-wide, so a transaction running in
 * another database of the same PostgreSQL server (another test file) holds the sealing horizon back for a
 * moment; the sealer then waits, which is right, and a test waits with it.
 */
export async function sealEverything(
  db: Database,
  timeoutMs = 20_000,
  key = TEST_AUDIT_KEY,
): Promise<number> {
  const end = Date.now() + timeoutMs;
  let sealed = 0;
  for (;;) {
    sealed += await sealAccessLog(db, () => new Date(), key);
    const left = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM access_log l WHERE NOT EXISTS (SELECT 1 FROM access_log_seal s WHERE s.entry_id = l.id)',
    );
    if (Number(left.rows[0]?.n) === 0) return sealed;
    if (Date.now() > end) throw new Error('access log entries stayed unsealed');
    await new Promise((r) => setTimeout(r, 50));
  }
}
