import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  CLEARED,
  checkLock,
  delayAfter,
  LOCKOUT_POLICY,
  type LockState,
} from '../../src/domain/auth/lockout.js';

const t0 = new Date('2026-03-02T09:00:00Z');
const plus = (s: number) => new Date(t0.getTime() + s * 1000);

describe('delayAfter', () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, 30],
    [4, 60],
    [5, 120],
    [6, 240],
    [9, 1920],
  ] as const)('after %i failures: %i s', (failures, seconds) => {
    expect(delayAfter(failures)).toBe(seconds);
  });

  it('never waits longer than the maximum', () => {
    expect(delayAfter(40, { ...LOCKOUT_POLICY, lockOutAfter: 100 })).toBe(LOCKOUT_POLICY.maxDelaySeconds);
  });
});

describe('afterFailure and checkLock', () => {
  it('lets the first two failures pass without delay', () => {
    let s: LockState = CLEARED;
    for (let i = 0; i < 2; i++) s = afterFailure(s, t0);
    expect(s).toMatchObject({ failedAttempts: 2, lockedUntil: null, lockedOut: false });
    expect(checkLock(s, t0)).toEqual({ kind: 'open' });
  });

  it('delays after the third failure, until the delay has passed', () => {
    let s: LockState = CLEARED;
    for (let i = 0; i < 3; i++) s = afterFailure(s, t0);
    expect(s.lockedUntil).toEqual(plus(30));
    expect(checkLock(s, t0)).toEqual({ kind: 'delayed', retryAfterSeconds: 30 });
    expect(checkLock(s, plus(29.2))).toEqual({ kind: 'delayed', retryAfterSeconds: 1 });
    expect(checkLock(s, plus(30))).toEqual({ kind: 'open' });
  });

  it('doubles the delay with every further failure', () => {
    let s: LockState = CLEARED;
    let now = t0;
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      s = afterFailure(s, now);
      const lock = checkLock(s, now);
      delays.push(lock.kind === 'delayed' ? lock.retryAfterSeconds : 0);
      now = s.lockedUntil ?? now;
    }
    expect(delays).toEqual([0, 0, 30, 60, 120, 240, 480, 960, 1920]);
  });

  it('locks out at the tenth failure, until cleared, and says so once', () => {
    let s: LockState & { lockedOutNow?: boolean } = CLEARED;
    for (let i = 0; i < 9; i++) s = afterFailure(s, t0);
    expect(s.lockedOut).toBe(false);
    const tenth = afterFailure(s, t0);
    expect(tenth).toMatchObject({ failedAttempts: 10, lockedOut: true, lockedOutNow: true });
    expect(checkLock(tenth, plus(365 * 24 * 3600))).toEqual({ kind: 'locked-out' });
    expect(afterFailure(tenth, t0).lockedOutNow).toBe(false);
    expect(checkLock(CLEARED, t0)).toEqual({ kind: 'open' });
  });
});
