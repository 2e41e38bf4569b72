import { describe, expect, it } from 'vitest';
import { sessionState } from '../../src/domain/auth/session-rules.js';

const limits = { idleMinutes: 30, absoluteHours: 12 };
const t0 = new Date('2026-01-01T08:00:00Z');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);

describe('sessionState', () => {
  const s = { createdAt: t0, lastSeenAt: t0, expiresAt: at(12 * 60), endedAt: null };
  it.each([
    [0, 'active'],
    [29, 'active'],
    [30, 'idle-timeout'],
  ] as const)('after %i idle minutes: %s', (min, expected) => {
    expect(sessionState(s, limits, at(min))).toBe(expected);
  });
  it('times out absolutely even when active', () => {
    expect(sessionState({ ...s, lastSeenAt: at(12 * 60 - 1) }, limits, at(12 * 60))).toBe('absolute-timeout');
  });
  it('stays ended once ended', () => {
    expect(sessionState({ ...s, endedAt: at(1) }, limits, at(2))).toBe('ended');
  });
});
