import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import { findPending, insertPending, type PendingKind, takePending } from '../../db/auth-pending.js';
import {
  completeLocalSignIn,
  findAccountById,
  findAccountByUsername,
  type LocalAccount,
  lockAccount,
  saveLockState,
} from '../../db/credentials.js';
import type { Database, Queryable } from '../../db/database.js';
import { endSession } from '../../db/sessions.js';
import { afterFailure, checkLock } from '../../domain/auth/lockout.js';
import type { SessionLimits } from '../../domain/auth/session-rules.js';
import { base32Decode, base32Encode, otpauthUri, verifyTotp } from '../../domain/auth/totp.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { SecretBox } from './secret-box.js';
import { hashToken, newToken, type StartedSession, startSession } from './sessions.js';
import { type AttemptInfo, logSignInFailure } from './sign-in-log.js';

/** A local sign-in waits at most this long between its steps (scanning a QR code included). */
export const PENDING_MINUTES = 10;

const TOTP_ISSUER = 'Duiden';

/** The next step the client shows (the contract of POST /api/auth/local/*). */
export type NextStep =
  | { readonly step: 'totp' }
  | { readonly step: 'new-password' }
  | {
      readonly step: 'enrol';
      readonly secret: string;
      readonly otpauthUri: string;
      readonly qrSvgDataUri: string;
    };

/** Refusals shared by every step; each one has been written to the access log already. */
export type Refusal =
  | { readonly kind: 'invalid-credentials' }
  | { readonly kind: 'delayed'; readonly retryAfterSeconds: number }
  | { readonly kind: 'locked-out' }
  | { readonly kind: 'expired' };

interface PendingData {
  readonly userId: string;
  /** Base32 secret proposed at enrolment; stored on the account only once a code from it is accepted. */
  readonly secret?: string;
  /** The new password's hash, stored on the account only once the second factor is proven. */
  readonly newPasswordHash?: string;
}

/**
 * Attempts for one account take turns within this process, so a burst of parallel guesses cannot all be
 * checked before the first failure is counted. (Across instances the row lock on app_user orders the
 * counting; the slow password check itself runs outside the transaction so it never holds a connection.)
 */
const turns = new Map<string, Promise<unknown>>();
async function inTurn<T>(userId: string, fn: () => Promise<T>): Promise<T> {
  const previous = turns.get(userId) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const settled = run.catch(() => undefined);
  turns.set(userId, settled);
  try {
    return await run;
  } finally {
    if (turns.get(userId) === settled) turns.delete(userId);
  }
}

async function refuseIfLocked(
  q: Queryable,
  account: LocalAccount,
  info: AttemptInfo,
): Promise<Refusal | null> {
  const lock = checkLock(account, info.now);
  if (lock.kind === 'open') return null;
  await logSignInFailure(q, {
    ...info,
    userId: account.id,
    purpose: lock.kind === 'delayed' ? 'local:delayed' : 'local:locked',
  });
  return lock.kind === 'delayed'
    ? { kind: 'delayed', retryAfterSeconds: lock.retryAfterSeconds }
    : { kind: 'locked-out' };
}

/** Counts one failure on the locked account row and logs it (and the lockout, when this one caused it). */
async function countFailure(
  q: Queryable,
  account: LocalAccount,
  purpose: string,
  info: AttemptInfo,
): Promise<void> {
  const next = afterFailure(account, info.now);
  await saveLockState(q, account.id, next);
  await logSignInFailure(q, { ...info, userId: account.id, purpose });
  if (next.lockedOutNow) await logSignInFailure(q, { ...info, userId: account.id, purpose: 'local:lockout' });
}

async function enrolStep(username: string, secret: string): Promise<NextStep> {
  const uri = otpauthUri({ issuer: TOTP_ISSUER, account: username, secret });
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return {
    step: 'enrol',
    secret,
    otpauthUri: uri,
    qrSvgDataUri: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
  };
}

/** Which step follows a proven (permanent) password: enrolment of the second factor, or a code. */
async function afterPassword(
  account: LocalAccount,
  newPasswordHash: string | undefined,
): Promise<{ kind: PendingKind; data: PendingData; next: NextStep }> {
  const base = { userId: account.id, ...(newPasswordHash ? { newPasswordHash } : {}) };
  if (account.totpEnrolled) return { kind: 'local_totp', data: base, next: { step: 'totp' } };
  // 20 bytes = 160 bits, the HMAC-SHA-1 block the RFC recommends.
  const secret = base32Encode(randomBytes(20));
  return {
    kind: 'local_enrol',
    data: { ...base, secret },
    next: await enrolStep(account.username ?? '', secret),
  };
}

async function storePending(
  q: Queryable,
  token: string,
  kind: PendingKind,
  data: PendingData,
  now: Date,
): Promise<Date> {
  const expiresAt = new Date(now.getTime() + PENDING_MINUTES * 60_000);
  await insertPending(q, { idHash: hashToken(token), kind, data, now, expiresAt });
  return expiresAt;
}

export type BeginResult =
  | {
      readonly kind: 'next';
      readonly pendingToken: string;
      readonly expiresAt: Date;
      readonly next: NextStep;
    }
  | Refusal;

/** Step 1: user name and password. Nothing about the account changes unless the attempt fails. */
export async function beginLocalSignIn(
  db: Database,
  input: { readonly username: string; readonly password: string },
  info: AttemptInfo,
): Promise<BeginResult> {
  const username = input.username.trim().toLowerCase();
  const found = await findAccountByUsername(db, username);
  if (!found || found.disabled || found.passwordHash === null || found.activeMemberships === 0) {
    // Same work as a real check, and the same answer, whether or not the account exists.
    await verifyPassword(null, input.password);
    let purpose = 'local:unknown_user';
    if (found?.disabled) purpose = 'local:disabled';
    else if (found && found.passwordHash === null) purpose = 'local:no_password';
    else if (found) purpose = 'local:no_membership';
    await db.tx((q) => logSignInFailure(q, { ...info, userId: found?.id ?? null, purpose }));
    return { kind: 'invalid-credentials' };
  }
  return inTurn(found.id, async () => {
    const account = await findAccountById(db, found.id);
    if (!account) return { kind: 'invalid-credentials' } as const;
    const locked = await db.tx((q) => refuseIfLocked(q, account, info));
    if (locked) return locked;
    const ok = await verifyPassword(account.passwordHash, input.password);
    return db.tx(async (q): Promise<BeginResult> => {
      // Read again under the row lock: an administrator may have reset or unlocked meanwhile.
      const current = await lockAccount(q, account.id);
      if (!current) return { kind: 'invalid-credentials' };
      if (!ok) {
        await countFailure(q, current, 'local:wrong_password', info);
        return { kind: 'invalid-credentials' };
      }
      if (current.passwordHash !== account.passwordHash || current.disabled) {
        // Reset or disabled by an administrator while the password was being checked.
        await logSignInFailure(q, { ...info, userId: current.id, purpose: 'local:changed_meanwhile' });
        return { kind: 'invalid-credentials' };
      }
      const token = newToken();
      const step = current.passwordTemporary
        ? {
            kind: 'local_new_password' as const,
            data: { userId: current.id },
            next: { step: 'new-password' as const },
          }
        : await afterPassword(current, undefined);
      const expiresAt = await storePending(q, token, step.kind, step.data, info.now);
      return { kind: 'next', pendingToken: token, expiresAt, next: step.next };
    });
  });
}

export type NewPasswordResult =
  | { readonly kind: 'next'; readonly expiresAt: Date; readonly next: NextStep }
  | { readonly kind: 'same-as-temporary' }
  | Refusal;

/**
 * Step 2 after an administrator's reset: the user's own password. It is kept with the sign-in in progress
 * and stored only when the second factor has been proven, so a leaked temporary password alone cannot
 * take over (or lock out) the account.
 */
export async function chooseNewPassword(
  db: Database,
  pendingToken: string | undefined,
  password: string,
  info: AttemptInfo,
): Promise<NewPasswordResult> {
  if (!pendingToken) return { kind: 'expired' };
  const idHash = hashToken(pendingToken);
  const pending = await findPending<PendingData>(db, idHash, ['local_new_password'], info.now);
  if (!pending) return { kind: 'expired' };
  const account = await findAccountById(db, pending.data.userId);
  if (!account || account.disabled || !account.passwordTemporary) return { kind: 'expired' };
  if (await verifyPassword(account.passwordHash, password)) return { kind: 'same-as-temporary' };
  const newPasswordHash = await hashPassword(password);
  return db.tx(async (q): Promise<NewPasswordResult> => {
    const taken = await takePending<PendingData>(q, idHash, ['local_new_password'], info.now);
    if (!taken) return { kind: 'expired' };
    const step = await afterPassword(account, newPasswordHash);
    const expiresAt = await storePending(q, pendingToken, step.kind, step.data, info.now);
    return { kind: 'next', expiresAt, next: step.next };
  });
}

export type TotpResult =
  | { readonly kind: 'signed-in'; readonly session: StartedSession }
  | { readonly kind: 'wrong-code' }
  | { readonly kind: 'no-membership' }
  | Refusal;

/**
 * Last step: a code from the authenticator app (the enrolled secret, or the one being enrolled). Success
 * ends any earlier session of this browser and starts a new one with a new id.
 */
export async function completeTotp(
  db: Database,
  input: {
    readonly pendingToken: string | undefined;
    readonly code: string;
    readonly previousSessionToken: string | undefined;
    readonly limits: SessionLimits;
    /** Encrypts the enrolled secret on the account, and opens it at later sign-ins. */
    readonly secrets: SecretBox;
  },
  info: AttemptInfo,
): Promise<TotpResult> {
  const { pendingToken } = input;
  if (!pendingToken) return { kind: 'expired' };
  const idHash = hashToken(pendingToken);
  const pending = await findPending<PendingData>(db, idHash, ['local_totp', 'local_enrol'], info.now);
  if (!pending) return { kind: 'expired' };
  const userId = pending.data.userId;
  return inTurn(userId, () =>
    db.tx(async (q): Promise<TotpResult> => {
      const account = await lockAccount(q, userId);
      if (!account || account.disabled) return { kind: 'expired' };
      const locked = await refuseIfLocked(q, account, info);
      if (locked) return locked;
      const enrolling = pending.kind === 'local_enrol';
      const secret = enrolling
        ? pending.data.secret
        : account.totpSecret && input.secrets.open(account.totpSecret);
      if (!secret) return { kind: 'expired' };
      const check = verifyTotp(
        base32Decode(secret),
        input.code,
        info.now,
        enrolling ? null : account.totpLastStep,
      );
      if (!check.ok) {
        await countFailure(
          q,
          account,
          check.reason === 'reused' ? 'local:totp_reused' : 'local:wrong_totp',
          info,
        );
        return { kind: 'wrong-code' };
      }
      // Used once: a parallel request with the same sign-in in progress finds nothing.
      const taken = await takePending<PendingData>(q, idHash, ['local_totp', 'local_enrol'], info.now);
      if (!taken) return { kind: 'expired' };
      const stored = await completeLocalSignIn(q, {
        id: userId,
        step: check.step,
        newPasswordHash: pending.data.newPasswordHash ?? null,
        enrolledSecret: enrolling ? input.secrets.seal(secret) : null,
        now: info.now,
      });
      if (!stored) {
        await countFailure(q, account, 'local:totp_reused', info);
        return { kind: 'wrong-code' };
      }
      if (input.previousSessionToken) {
        await endSession(q, hashToken(input.previousSessionToken), info.now, 'signed-in-again');
      }
      const session = await startSession(q, {
        userId,
        authMethod: 'local',
        clientIp: info.clientIp,
        requestId: info.requestId,
        now: info.now,
        limits: input.limits,
      });
      if (!session) {
        await logSignInFailure(q, { ...info, userId, purpose: 'local:no_membership' });
        return { kind: 'no-membership' };
      }
      return { kind: 'signed-in', session };
    }),
  );
}
