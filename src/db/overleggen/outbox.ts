import { affectsRows, type Queryable } from '../database.js';

/** The outbox of the meetings module's content-free e-mails (agenda notices, overdue reminders). */

export interface NewMail {
  readonly tenantId: string;
  readonly kind: 'agenda' | 'herinnering' | 'noodtoegang';
  /** A user of Duiden, or (when null) the work address in `recipientEmail` (a trained person without account). */
  readonly recipientUserId: string | null;
  readonly recipientEmail?: string | null;
  readonly subject: string;
  readonly body: string;
  /** Sent at most once per key (e.g. one reminder per person per day). */
  readonly dedupeKey: string | null;
  readonly at: Date;
}

export async function queueMail(q: Queryable, m: NewMail): Promise<boolean> {
  return affectsRows(
    q,
    `INSERT INTO meeting_outbox (tenant_id, kind, recipient_user_id, recipient_email, subject, body, dedupe_key,
       created_at, next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT (dedupe_key) DO NOTHING`,
    [
      m.tenantId,
      m.kind,
      m.recipientUserId,
      m.recipientUserId === null ? (m.recipientEmail ?? null) : null,
      m.subject,
      m.body,
      m.dedupeKey,
      m.at,
    ],
  );
}

export interface DueMail {
  readonly id: number;
  readonly email: string | null;
  readonly subject: string;
  readonly body: string;
  readonly attempts: number;
}

/** Takes due mails for sending; concurrent senders skip each other's rows. */
export async function claimDueMail(q: Queryable, now: Date, limit: number): Promise<DueMail[]> {
  const r = await q.query<{
    id: number;
    email: string | null;
    subject: string;
    body: string;
    attempts: number;
  }>(
    `SELECT o.id, COALESCE(u.email, o.recipient_email) AS email, o.subject, o.body, o.attempts
       FROM meeting_outbox o LEFT JOIN app_user u ON u.id = o.recipient_user_id
      WHERE o.sent_at IS NULL AND o.next_attempt_at <= $1
      ORDER BY o.next_attempt_at, o.id
      LIMIT $2
      FOR UPDATE OF o SKIP LOCKED`,
    [now, limit],
  );
  return r.rows;
}

export async function markMailSent(q: Queryable, id: number, at: Date): Promise<void> {
  await q.query(
    'UPDATE meeting_outbox SET sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1',
    [id, at],
  );
}

export async function markMailFailed(q: Queryable, id: number, next: Date, error: string): Promise<void> {
  await q.query(
    'UPDATE meeting_outbox SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3 WHERE id = $1',
    [id, next, error.slice(0, 500)],
  );
}
