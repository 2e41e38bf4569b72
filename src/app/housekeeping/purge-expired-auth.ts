import type { Database } from '../../db/database.js';

/** Ended or expired sessions are kept this long (for the privacy officer's questions), then deleted. */
export const SESSION_RETENTION_DAYS = 30;

/**
 * Deletes sign-ins in progress that have expired and sessions that ended more than the retention term ago.
 * Sessions hold client addresses, so they must not stay forever; the sign-ins themselves stay in the access log.
 */
export async function purgeExpiredAuth(
  db: Database,
  now: Date,
): Promise<{ pending: number; sessions: number }> {
  const cutoff = new Date(now.getTime() - SESSION_RETENTION_DAYS * 86_400_000);
  return db.tx(async (q) => {
    const pending = await q.query('DELETE FROM auth_pending WHERE expires_at < $1', [now]);
    const sessions = await q.query('DELETE FROM session WHERE COALESCE(ended_at, expires_at) < $1', [cutoff]);
    return { pending: pending.rowCount, sessions: sessions.rowCount };
  });
}
