/** Session lifetime rules, pure so they can be tested against a clock. */
export interface SessionTimes {
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
  readonly endedAt: Date | null;
}

export interface SessionLimits {
  readonly idleMinutes: number;
  readonly absoluteHours: number;
}

export type SessionState = 'active' | 'ended' | 'idle-timeout' | 'absolute-timeout';

export function sessionState(s: SessionTimes, limits: SessionLimits, now: Date): SessionState {
  if (s.endedAt) return 'ended';
  if (now.getTime() >= s.expiresAt.getTime()) return 'absolute-timeout';
  if (now.getTime() - s.lastSeenAt.getTime() >= limits.idleMinutes * 60_000) return 'idle-timeout';
  return 'active';
}

export function absoluteExpiry(now: Date, limits: SessionLimits): Date {
  return new Date(now.getTime() + limits.absoluteHours * 3_600_000);
}

/**
 * last_seen_at is written at most once a minute: the idle timeout is counted in minutes, and a write per
 * request would double the cost of every read.
 */
export function needsTouch(s: SessionTimes, now: Date): boolean {
  return now.getTime() - s.lastSeenAt.getTime() >= 60_000;
}
