import type { Queryable } from './database.js';

export interface PendingNotification {
  readonly id: number;
  readonly tenantId: string;
  readonly reference: string;
  readonly attempts: number;
  /** The municipality's own address from its settings, if it has one. */
  readonly notifyEmail: string | null;
}

/**
 * Claims due notifications for this transaction. SKIP LOCKED: several server instances can each run the
 * sender and never take the same row.
 */
export async function claimDueNotifications(
  q: Queryable,
  now: Date,
  limit: number,
): Promise<PendingNotification[]> {
  const r = await q.query<{
    id: number;
    tenant_id: string;
    reference: string;
    attempts: number;
    notify_email: string | null;
  }>(
    `SELECT o.id, o.tenant_id, o.reference, o.attempts, s.notify_email
       FROM meldpunt_outbox o LEFT JOIN meldpunt_settings s ON s.tenant_id = o.tenant_id
      WHERE o.sent_at IS NULL AND o.next_attempt_at <= $1
      ORDER BY o.next_attempt_at, o.id
      LIMIT $2
      FOR UPDATE OF o SKIP LOCKED`,
    [now, limit],
  );
  return r.rows.map((row) => ({
    id: Number(row.id),
    tenantId: row.tenant_id,
    reference: row.reference,
    attempts: row.attempts,
    notifyEmail: row.notify_email,
  }));
}

export async function markNotificationSent(q: Queryable, id: number, now: Date): Promise<void> {
  await q.query(
    'UPDATE meldpunt_outbox SET sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1',
    [id, now],
  );
}

export async function markNotificationFailed(
  q: Queryable,
  id: number,
  nextAttemptAt: Date,
  error: string,
): Promise<void> {
  await q.query(
    'UPDATE meldpunt_outbox SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3 WHERE id = $1',
    [id, nextAttemptAt, error.slice(0, 500)],
  );
}
