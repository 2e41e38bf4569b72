import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkHold,
  effectiveRules,
  hasExpired,
  holdIsActive,
  lookAheadTo,
  RETENTION_DEFAULTS,
  RETENTION_KINDS,
  ruleLabel,
} from '../../src/domain/privacy/retention.js';
import { findUnusualAccess } from '../../src/domain/privacy/unusual-access.js';

const d = (s: string) => new Date(s);

describe('retention terms', () => {
  it.each<[string, number, string]>([
    ['2026-01-10T10:00:00Z', 12, '2027-01-10T10:00:00.000Z'],
    ['2026-01-31T10:00:00Z', 1, '2026-02-28T10:00:00.000Z'],
    ['2024-02-29T10:00:00Z', 12, '2025-02-28T10:00:00.000Z'],
    ['2026-03-01T00:00:00Z', 60, '2031-03-01T00:00:00.000Z'],
  ])('%s plus %i months is %s', (from, months, expected) => {
    expect(addMonths(d(from), months).toISOString()).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['a second before the term ends', '2027-01-10T09:59:59Z', false],
    ['the moment the term ends', '2027-01-10T10:00:00Z', true],
    ['a day later', '2027-01-11T10:00:00Z', true],
  ])('a record last processed on 2026-01-10 with a 12-month term: %s', (_, now, expired) => {
    expect(hasExpired(d('2026-01-10T10:00:00Z'), 12, d(now))).toBe(expired);
  });

  it('ships a documented default for every kind: cases five years, signals that led nowhere one year', () => {
    for (const kind of RETENTION_KINDS) expect(RETENTION_DEFAULTS[kind].source.length).toBeGreaterThan(10);
    expect(RETENTION_DEFAULTS.casus_afgesloten.months).toBe(60);
    expect(RETENTION_DEFAULTS.melding_zonder_vervolg.months).toBeLessThan(
      RETENTION_DEFAULTS.casus_afgesloten.months,
    );
  });

  it("uses a municipality's own term where it has one and names it in the tombstone's rule", () => {
    const rules = effectiveRules([{ kind: 'adviesvraag', months: 6 }]);
    expect(rules.adviesvraag).toEqual({ kind: 'adviesvraag', months: 6, isDefault: false });
    expect(rules.casus_afgesloten).toEqual({ kind: 'casus_afgesloten', months: 60, isDefault: true });
    expect(ruleLabel(rules.adviesvraag)).toBe('bewaartermijn:adviesvraag:6m:gemeente');
    expect(ruleLabel(rules.casus_afgesloten)).toBe('bewaartermijn:casus_afgesloten:60m');
  });
});

describe('legal hold', () => {
  const now = d('2027-03-31T20:00:00Z'); // 22:00 in Amsterdam, still 31 March
  it.each<[string, string, Date | null, boolean]>([
    ['ends today (Amsterdam)', '2027-03-31', null, true],
    ['ended yesterday', '2027-03-30', null, false],
    ['runs on', '2027-12-31', null, true],
    ['lifted early', '2027-12-31', d('2027-02-01T10:00:00Z'), false],
  ])('a hold that %s', (_, endsOn, liftedAt, active) => {
    expect(holdIsActive({ endsOn, liftedAt }, now)).toBe(active);
  });

  it('needs a reason and an end date from today', () => {
    expect(checkHold({ reason: 'Lopende procedure bij de rechtbank', endsOn: '2027-06-01' }, now)).toEqual(
      [],
    );
    expect(checkHold({ reason: ' ', endsOn: '2027-03-30' }, now).map((i) => i.field)).toEqual([
      'reason',
      'endsOn',
    ]);
    expect(checkHold({ reason: 'Lopende procedure', endsOn: '2040-01-01' }, now).map((i) => i.field)).toEqual(
      ['endsOn'],
    );
  });
});

describe('unusual access: a threshold on how users work', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));
  const opens = (user: string, count: number, spacing: number, start = 0) =>
    Array.from({ length: count }, (_, i) => ({
      userId: user,
      at: at(start + i * spacing),
      recordKey: `casus:${i}`,
    }));

  it.each<[string, ReturnType<typeof opens>, number]>([
    ['exactly the threshold is not unusual', opens('u1', 5, 1), 0],
    ['one more within the window is', opens('u1', 6, 1), 1],
    ['the same number spread over more than the window is not', opens('u1', 6, 13), 0],
    [
      'the same record opened again and again counts once',
      Array.from({ length: 20 }, (_, i) => ({ userId: 'u1', at: at(i), recordKey: 'person:1' })),
      0,
    ],
  ])('%s', (_, events, findings) => {
    expect(findUnusualAccess(events, 60, 5)).toHaveLength(findings);
  });

  it('gives one finding per user with the busiest window and its count', () => {
    const found = findUnusualAccess([...opens('u1', 8, 2), ...opens('u2', 3, 1)], 60, 5);
    expect(found).toEqual([{ userId: 'u1', windowStart: at(0), windowEnd: at(14), distinctRecords: 8 }]);
  });
});

describe('looking ahead', () => {
  const now = new Date('2026-03-02T10:00:00Z');
  it.each([
    // Runs out in 20 days: not now, within 30 and 90 days.
    ['2021-03-22T10:00:00Z', 0, false],
    ['2021-03-22T10:00:00Z', 30, true],
    ['2021-03-22T10:00:00Z', 90, true],
    // Runs out in 60 days: only within 90.
    ['2021-05-01T10:00:00Z', 30, false],
    ['2021-05-01T10:00:00Z', 90, true],
    // Already run out: in every look-ahead.
    ['2020-01-01T10:00:00Z', 0, true],
  ])('a case last processed %s, looking %i days ahead, has run out: %s', (last, days, expired) => {
    expect(hasExpired(new Date(last), 60, lookAheadTo(now, days))).toBe(expired);
  });
});
