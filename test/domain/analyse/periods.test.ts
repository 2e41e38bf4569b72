import { describe, expect, it } from 'vitest';
import {
  monthRefused,
  parsePeriod,
  periodsBetween,
  previousPeriod,
  quarterOfMonth,
  subPeriods,
  validatePeriod,
} from '../../../src/domain/analyse/periods.js';

describe('period ids', () => {
  it('reads years, half-years, quarters and months with their labels and dates (end exclusive)', () => {
    expect(parsePeriod('2025')).toMatchObject({
      kind: 'jaar',
      label: { nl: '2025', en: '2025' },
      start: '2025-01-01',
      end: '2026-01-01',
    });
    expect(parsePeriod('2025-H1')).toMatchObject({
      kind: 'halfjaar',
      label: { nl: '1e halfjaar 2025', en: '1st half of 2025' },
      start: '2025-01-01',
      end: '2025-07-01',
    });
    expect(parsePeriod('2025-H2')).toMatchObject({ start: '2025-07-01', end: '2026-01-01' });
    expect(parsePeriod('2025-K3')).toMatchObject({
      kind: 'kwartaal',
      label: { nl: '3e kwartaal 2025', en: '3rd quarter of 2025' },
      start: '2025-07-01',
      end: '2025-10-01',
    });
    expect(parsePeriod('2025-K4')).toMatchObject({ start: '2025-10-01', end: '2026-01-01' });
    expect(parsePeriod('2025-03')).toMatchObject({
      kind: 'maand',
      label: { nl: 'maart 2025', en: 'March 2025' },
      start: '2025-03-01',
      end: '2025-04-01',
    });
    expect(parsePeriod('2025-12')).toMatchObject({ start: '2025-12-01', end: '2026-01-01' });
  });

  it('refuses what is not a period', () => {
    for (const bad of ['2025-K5', '2025-H3', '2025-13', '2025-00', '25', '2025-Q1', '', '2025-3', ' 2025']) {
      expect(parsePeriod(bad)).toBeNull();
    }
  });

  it('knows the previous period across a year', () => {
    const prev = (id: string) => previousPeriod(parsePeriod(id) as never).id;
    expect(prev('2025')).toBe('2024');
    expect(prev('2025-H1')).toBe('2024-H2');
    expect(prev('2025-H2')).toBe('2025-H1');
    expect(prev('2025-K1')).toBe('2024-K4');
    expect(prev('2025-K3')).toBe('2025-K2');
    expect(prev('2025-01')).toBe('2024-12');
    expect(prev('2025-10')).toBe('2025-09');
  });

  it('knows the parts of a year and a half-year, and the quarter of a month', () => {
    const ids = (id: string) => subPeriods(parsePeriod(id) as never).map((p) => p.id);
    expect(ids('2025')).toEqual(['2025-H1', '2025-H2', '2025-K1', '2025-K2', '2025-K3', '2025-K4']);
    expect(ids('2025-H2')).toEqual(['2025-K3', '2025-K4']);
    expect(ids('2025-K2')).toEqual([]);
    expect(quarterOfMonth(parsePeriod('2025-08') as never).id).toBe('2025-K3');
  });
});

describe('the periods with data', () => {
  it('lists every kind from the first signal to today, newest first', () => {
    const ids = periodsBetween('2024-11-20', '2025-04-02').map((p) => p.id);
    expect(ids).toEqual([
      '2025',
      '2024',
      '2025-H1',
      '2024-H2',
      '2025-K2',
      '2025-K1',
      '2024-K4',
      '2025-04',
      '2025-03',
      '2025-02',
      '2025-01',
      '2024-12',
      '2024-11',
    ]);
  });

  it('is empty without any signal', () => {
    expect(periodsBetween(null, '2025-04-02')).toEqual([]);
  });
});

describe('choosing a period', () => {
  const first = '2023-05-10';
  const today = '2025-04-02';

  it('accepts a period with data, also the running one', () => {
    expect(validatePeriod('2025-K2', first, today)).toMatchObject({ ok: true, period: { id: '2025-K2' } });
    expect(validatePeriod('2023-K2', first, today).ok).toBe(true);
  });

  it('names the field periode in Dutch and English for an unknown form', () => {
    const r = validatePeriod('2025-Q1', first, today);
    expect(r).toMatchObject({ ok: false, issue: { field: 'periode' } });
    if (!r.ok) {
      expect(r.issue.nl).toMatch(/Kies een periode/);
      expect(r.issue.en).toMatch(/Choose a period/);
    }
  });

  it('refuses a period that starts after today or ends before the first signal', () => {
    const later = validatePeriod('2025-K3', first, today);
    expect(later).toMatchObject({ ok: false, issue: { field: 'periode' } });
    if (!later.ok) expect(later.issue.nl).toMatch(/nog niet begonnen/);
    const before = validatePeriod('2023-K1', first, today);
    expect(before).toMatchObject({ ok: false, issue: { field: 'periode' } });
    if (!before.ok) expect(before.issue.en).toMatch(/before the first signal/);
    expect(validatePeriod('2025', null, today).ok).toBe(false);
  });

  it('sends a month that needs suppression to its quarter', () => {
    const issue = monthRefused(parsePeriod('2025-02') as never);
    expect(issue.field).toBe('periode');
    expect(issue.nl).toMatch(/1e kwartaal 2025/);
    expect(issue.en).toMatch(/1st quarter of 2025/);
  });
});
