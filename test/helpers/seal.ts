import { sealAccessLog } from '../../src/app/audit/seal-access-log.js';
import type { Database } from '../../src/db/database.js';

/**
 * Seals until every entry is in the chain. Transaction ids are cluster-wide, so a transaction running in
 * another database of the same PostgreSQL server (another test file) holds the sealing horizon back for a
 * moment; the sealer then waits, which is right, and a test waits with it.
 */
export async function sealEverything(db: Database, timeoutMs = 20_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  let sealed = 0;
  for (;;) {
    sealed += await sealAccessLog(db, () => new Date());
    const left = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM access_log l WHERE NOT EXISTS (SELECT 1 FROM access_log_seal s WHERE s.entry_id = l.id)',
    );
    if (Number(left.rows[0]?.n) === 0) return sealed;
    if (Date.now() > end) throw new Error('access log entries stayed unsealed');
    await new Promise((r) => setTimeout(r, 50));
  }
}
