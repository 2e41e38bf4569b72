import type { LockState } from '../domain/auth/lockout.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/** What a local sign-in needs to know about an account. Secrets stay inside src/app/auth. */
export interface LocalAccount extends LockState {
  readonly id: string;
  readonly username: string | null;
  readonly passwordHash: string | null;
  readonly passwordTemporary: boolean;
  readonly totpSecret: string | null;
  readonly totpEnrolled: boolean;
  readonly totpLastStep: number | null;
  readonly disabled: boolean;
  readonly activeMemberships: number;
}

interface Row {
  id: string;
  username: string | null;
  password_hash: string | null;
  password_temporary: boolean;
  totp_secret: string | null;
  totp_enrolled_at: Date | null;
  totp_last_step: number | string | null;
  failed_attempts: number;
  locked_until: Date | null;
  locked_out: boolean;
  disabled_at: Date | null;
  active_memberships: number | string;
}

const SELECT = `
  SELECT u.id, u.username, u.password_hash, u.password_temporary, u.totp_secret, u.totp_enrolled_at,
         u.totp_last_step, u.failed_attempts, u.locked_until, u.locked_out, u.disabled_at,
         (SELECT count(*) FROM membership m WHERE m.user_id = u.id AND m.ended_at IS NULL) AS active_memberships
    FROM app_user u`;

function toAccount(r: Row): LocalAccount {
  return {
    id: r.id,
    username: r.username,
    passwordHash: r.password_hash,
    passwordTemporary: r.password_temporary,
    totpSecret: r.totp_secret,
    totpEnrolled: r.totp_enrolled_at !== null,
    totpLastStep: r.totp_last_step === null ? null : Number(r.totp_last_step),
    failedAttempts: r.failed_attempts,
    lockedUntil: r.locked_until,
    lockedOut: r.locked_out,
    disabled: r.disabled_at !== null,
    activeMemberships: Number(r.active_memberships),
  };
}

export async function findAccountByUsername(q: Queryable, username: string): Promise<LocalAccount | null> {
  const r = await q.query<Row>(`${SELECT} WHERE u.username = $1 AND NOT u.is_demo`, [username]);
  return firstOrNull(r, toAccount);
}

export async function findAccountById(q: Queryable, id: string): Promise<LocalAccount | null> {
  const r = await q.query<Row>(`${SELECT} WHERE u.id = $1`, [id]);
  return firstOrNull(r, toAccount);
}

/** The account, locked for this transaction so concurrent attempts count their failures one by one. */
export async function lockAccount(q: Queryable, id: string): Promise<LocalAccount | null> {
  const r = await q.query<Row>(`${SELECT} WHERE u.id = $1 FOR UPDATE OF u`, [id]);
  return firstOrNull(r, toAccount);
}

export async function saveLockState(q: Queryable, id: string, s: LockState): Promise<void> {
  await q.query(
    'UPDATE app_user SET failed_attempts = $2, locked_until = $3, locked_out = $4 WHERE id = $1',
    [id, s.failedAttempts, s.lockedUntil, s.lockedOut],
  );
}

/**
 * Records a complete local sign-in: the accepted time step (so its code cannot be used again), a new
 * password or a newly enrolled second factor when this sign-in set them, and clears the failure counters.
 * Refuses (returns false) when a step at or after this one was accepted meanwhile by a parallel request.
 */
export async function completeLocalSignIn(
  q: Queryable,
  input: {
    id: string;
    step: number;
    newPasswordHash: string | null;
    enrolledSecret: string | null;
    now: Date;
  },
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE app_user SET
       totp_last_step = $2,
       password_hash = COALESCE($3, password_hash),
       password_temporary = CASE WHEN $3::text IS NULL THEN password_temporary ELSE false END,
       totp_secret = COALESCE($4, totp_secret),
       totp_enrolled_at = CASE WHEN $4::text IS NULL THEN totp_enrolled_at ELSE $5 END,
       failed_attempts = 0, locked_until = NULL
     WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2 OR $4::text IS NOT NULL)`,
    [input.id, input.step, input.newPasswordHash, input.enrolledSecret, input.now],
  );
}

/** An administrator's reset: a temporary password, optionally a new second factor; counters cleared. */
export async function setTemporaryPassword(
  q: Queryable,
  input: { id: string; passwordHash: string; resetTotp: boolean },
): Promise<void> {
  await q.query(
    `UPDATE app_user SET
       password_hash = $2, password_temporary = true,
       totp_secret = CASE WHEN $3::boolean THEN NULL ELSE totp_secret END,
       totp_enrolled_at = CASE WHEN $3::boolean THEN NULL ELSE totp_enrolled_at END,
       totp_last_step = CASE WHEN $3::boolean THEN NULL ELSE totp_last_step END,
       failed_attempts = 0, locked_until = NULL, locked_out = false,
       version = version + 1
     WHERE id = $1`,
    [input.id, input.passwordHash, input.resetTotp],
  );
}

export async function unlockAccount(q: Queryable, id: string): Promise<void> {
  await q.query(
    `UPDATE app_user SET failed_attempts = 0, locked_until = NULL, locked_out = false, version = version + 1
      WHERE id = $1`,
    [id],
  );
}

/** The tenants a user works in (active memberships), so each tenant's privacy officer sees their sign-ins. */
export async function tenantsOfUser(q: Queryable, userId: string): Promise<string[]> {
  const r = await q.query<{ tenant_id: string }>(
    `SELECT DISTINCT o.tenant_id FROM membership m JOIN organisation o ON o.id = m.organisation_id
      WHERE m.user_id = $1 AND m.ended_at IS NULL ORDER BY o.tenant_id`,
    [userId],
  );
  return r.rows.map((x) => x.tenant_id);
}

/** The user behind an OpenID Connect claim value (app_user.external_id). */
export async function findUserByExternalId(
  q: Queryable,
  externalId: string,
): Promise<{ id: string; disabled: boolean } | null> {
  const r = await q.query<{ id: string; disabled_at: Date | null }>(
    'SELECT id, disabled_at FROM app_user WHERE external_id = $1',
    [externalId],
  );
  const row = r.rows[0];
  return row ? { id: row.id, disabled: row.disabled_at !== null } : null;
}

/** Drops the local sign-ins in progress of a user (after an administrator's reset). */
export async function deletePendingOfUser(q: Queryable, userId: string): Promise<void> {
  await q.query(`DELETE FROM auth_pending WHERE kind LIKE 'local_%' AND data ->> 'userId' = $1`, [userId]);
}
