import { describe, expect, it } from 'vitest';
import {
  checkPeriod,
  checkSections,
  csvField,
  csvLine,
  periodStartDay,
  withoutEmptySections,
} from '../../../src/domain/analyse/document.js';

describe('the analysis document rules', () => {
  it.each([
    ['2025', '2025-01-01'],
    ['2025-H1', '2025-01-01'],
    ['2025-H2', '2025-07-01'],
    ['2025-K1', '2025-01-01'],
    ['2025-K3', '2025-07-01'],
    ['2025-K4', '2025-10-01'],
    ['2025-03', '2025-03-01'],
    ['2025-12', '2025-12-01'],
  ])('period %s starts on %s', (id, start) => {
    expect(periodStartDay(id)).toBe(start);
  });

  it.each(['2025-Q1', '2025-13', '2025-00', '2025-K5', '25', '2025-H3', '1999', '2025-3', ' 2025'])(
    'refuses %s as a period',
    (id) => {
      expect(periodStartDay(id)).toBeNull();
    },
  );

  it('refuses a period that has not begun, in Dutch and English', () => {
    expect(checkPeriod('2026-K4', '2026-10-01')).toBeNull();
    expect(checkPeriod('2026-K4', '2026-09-30')).toMatchObject({ field: 'period' });
    const wrong = checkPeriod('Q1', '2026-01-01');
    expect(wrong?.nl).toContain('2025-K3');
    expect(wrong?.en).toContain('quarter');
  });

  it('knows the whole and the fenomenen of the list only', () => {
    const known = new Set(['jihadisme']);
    expect(checkSections(['geheel', 'jihadisme'], known)).toBeNull();
    expect(checkSections(['geheel', 'onbekend'], known)?.nl).toContain('onbekend');
  });

  it('keeps no empty sections, and trims the words', () => {
    const empty = { aard: ' ', omvang: '', ontwikkeling: '', risicos: '' };
    expect(withoutEmptySections({ geheel: { ...empty, aard: ' Tekst ' }, jihadisme: empty })).toEqual({
      geheel: { aard: 'Tekst', omvang: '', ontwikkeling: '', risicos: '' },
    });
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+31 6', "'+31 6"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['Jihadisme', 'Jihadisme'],
    ['a;b', '"a;b"'],
    ['zei "ja"', '"zei ""ja"""'],
    ['=a;b', `"'=a;b"`],
  ])('writes %j as the CSV field %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes numbers as they are, also negative ones', () => {
    expect(csvLine(['x', 3, -2])).toBe('x;3;-2');
  });
});
