import { affectsRows, type Queryable } from './database.js';

/** The kinds of sign-in in progress (auth_pending.kind). */
export type PendingKind = 'oidc' | 'local_totp' | 'local_enrol' | 'local_new_password';

export interface PendingRow<D> {
  readonly kind: PendingKind;
  readonly data: D;
  readonly expiresAt: Date;
}

/** Stores a sign-in in progress under the hash of its key; expired ones of anyone are cleared on the way. */
export async function insertPending(
  q: Queryable,
  p: { idHash: string; kind: PendingKind; data: unknown; now: Date; expiresAt: Date },
): Promise<void> {
  await q.query('DELETE FROM auth_pending WHERE expires_at <= $1', [p.now]);
  await q.query(
    'INSERT INTO auth_pending (id_hash, kind, data, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [p.idHash, p.kind, JSON.stringify(p.data), p.now, p.expiresAt],
  );
}

/**
 * Runs the statement that reads (or takes) the row of `idHash` and returns it when it is of one of the kinds
 * asked for and has not expired.
 */
async function pendingOfKinds<D>(
  q: Queryable,
  sql: string,
  idHash: string,
  kinds: readonly PendingKind[],
  now: Date,
): Promise<PendingRow<D> | null> {
  const r = await q.query<{ kind: PendingKind; data: D | string; expires_at: Date }>(sql, [idHash]);
  const row = r.rows[0];
  if (!row || !kinds.includes(row.kind) || row.expires_at.getTime() <= now.getTime()) return null;
  // The pg driver parses jsonb; keep strings working too.
  const data = (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as D;
  return { kind: row.kind, data, expiresAt: row.expires_at };
}

/**
 * Takes a sign-in in progress: deletes it and returns it when it existed, was of one of the kinds asked for
 * and had not expired. Deleting in the same statement means two requests with the same key cannot both
 * get it, so a state or a step can be used once only.
 */
export function takePending<D>(
  q: Queryable,
  idHash: string,
  kinds: readonly PendingKind[],
  now: Date,
): Promise<PendingRow<D> | null> {
  const sql = 'DELETE FROM auth_pending WHERE id_hash = $1 RETURNING kind, data, expires_at';
  return pendingOfKinds<D>(q, sql, idHash, kinds, now);
}

/** Reads a sign-in in progress without using it up (a step that may be retried, such as a mistyped code). */
export function findPending<D>(
  q: Queryable,
  idHash: string,
  kinds: readonly PendingKind[],
  now: Date,
): Promise<PendingRow<D> | null> {
  const sql = 'SELECT kind, data, expires_at FROM auth_pending WHERE id_hash = $1';
  return pendingOfKinds<D>(q, sql, idHash, kinds, now);
}

export async function deletePending(q: Queryable, idHash: string): Promise<boolean> {
  return affectsRows(q, 'DELETE FROM auth_pending WHERE id_hash = $1', [idHash]);
}
