/**
 * Growing delays and a lockout after failed sign-in attempts (wrong password or wrong second factor) of a
 * local account. Pure rules over the counters kept on the user; the caller stores the result.
 */
export interface LockoutPolicy {
  /** Failures allowed before any delay: people mistype. */
  readonly freeFailures: number;
  /** The delay after the first failure beyond the free ones; it doubles with every further failure. */
  readonly baseDelaySeconds: number;
  readonly maxDelaySeconds: number;
  /** At this many failures the account is locked until an administrator unlocks it. */
  readonly lockOutAfter: number;
}

export const LOCKOUT_POLICY: LockoutPolicy = {
  freeFailures: 2,
  baseDelaySeconds: 30,
  maxDelaySeconds: 3600,
  lockOutAfter: 10,
};

export interface LockState {
  readonly failedAttempts: number;
  readonly lockedUntil: Date | null;
  readonly lockedOut: boolean;
}

export type LockCheck =
  | { readonly kind: 'open' }
  | { readonly kind: 'delayed'; readonly retryAfterSeconds: number }
  | { readonly kind: 'locked-out' };

/** May an attempt be made now? Refused attempts are not counted as failures. */
export function checkLock(state: LockState, now: Date): LockCheck {
  if (state.lockedOut) return { kind: 'locked-out' };
  if (state.lockedUntil && state.lockedUntil.getTime() > now.getTime()) {
    return {
      kind: 'delayed',
      retryAfterSeconds: Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000),
    };
  }
  return { kind: 'open' };
}

/** The delay that follows the n-th consecutive failure (0 while within the free failures). */
export function delayAfter(failures: number, policy: LockoutPolicy = LOCKOUT_POLICY): number {
  const beyond = failures - policy.freeFailures;
  if (beyond <= 0) return 0;
  return Math.min(policy.baseDelaySeconds * 2 ** (beyond - 1), policy.maxDelaySeconds);
}

/** The state after one more failure. `lockedOutNow` is true only for the failure that locks the account. */
export function afterFailure(
  state: LockState,
  now: Date,
  policy: LockoutPolicy = LOCKOUT_POLICY,
): LockState & { readonly lockedOutNow: boolean } {
  const failedAttempts = state.failedAttempts + 1;
  if (failedAttempts >= policy.lockOutAfter) {
    return { failedAttempts, lockedUntil: null, lockedOut: true, lockedOutNow: !state.lockedOut };
  }
  const delay = delayAfter(failedAttempts, policy);
  return {
    failedAttempts,
    lockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null,
    lockedOut: state.lockedOut,
    lockedOutNow: false,
  };
}

/** A complete sign-in, or an administrator's unlock, starts counting afresh. */
export const CLEARED: LockState = { failedAttempts: 0, lockedUntil: null, lockedOut: false };
