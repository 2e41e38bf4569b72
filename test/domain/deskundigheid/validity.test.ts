import { describe, expect, it } from 'vitest';
import { levelMeets } from '../../../src/domain/deskundigheid/curriculum.js';
import { requirementState, validUntil } from '../../../src/domain/deskundigheid/validity.js';

describe('levels', () => {
  it.each([
    ['expert', 'bewustwording', true],
    ['verdiepend', 'verdiepend', true],
    ['signalen', 'verdiepend', false],
    ['bewustwording', 'signalen', false],
  ] as const)('%s meets %s: %s', (given, required, meets) => {
    expect(levelMeets(given, required)).toBe(meets);
  });
});

describe('validUntil', () => {
  it.each([
    ['2026-03-15', 12, '2027-03-14'],
    ['2026-01-31', 1, '2026-02-27'],
    ['2024-02-29', 12, '2025-02-27'],
    ['2026-11-01', 2, '2026-12-31'],
  ] as const)('%s + %i months counts until %s', (heldOn, months, until) => {
    expect(validUntil(heldOn, months)).toBe(until);
  });
  it('never ends without a validity', () => {
    expect(validUntil('2020-01-01', null)).toBeNull();
  });
});

describe('requirementState', () => {
  const signalen = (heldOn: string, validMonths: number | null = 36) =>
    ({ heldOn, level: 'signalen', validMonths }) as const;

  it('is missing without any training', () => {
    expect(requirementState('signalen', [], '2026-06-01').status).toBe('ontbreekt');
  });
  it('does not count a lighter level', () => {
    const state = requirementState('verdiepend', [signalen('2026-01-10')], '2026-06-01');
    expect(state.status).toBe('ontbreekt');
  });
  it('is met by a valid training and says until when', () => {
    expect(requirementState('signalen', [signalen('2026-01-10')], '2026-06-01')).toMatchObject({
      status: 'voldaan',
      validUntil: '2029-01-09',
    });
  });
  it('is expiring within 60 days of its end and expired after', () => {
    expect(requirementState('signalen', [signalen('2023-07-01')], '2026-05-15').status).toBe('verloopt');
    expect(requirementState('signalen', [signalen('2023-07-01')], '2026-07-01').status).toBe('verlopen');
  });
  it('takes the training valid longest, and one without end over any', () => {
    const state = requirementState(
      'signalen',
      [signalen('2023-07-01'), signalen('2025-01-01')],
      '2026-06-01',
    );
    expect(state.validUntil).toBe('2027-12-31');
    expect(
      requirementState('signalen', [signalen('2025-01-01'), signalen('2020-01-01', null)], '2026-06-01'),
    ).toMatchObject({ status: 'voldaan', validUntil: null });
  });
  it('ignores what was held after the day asked about', () => {
    expect(requirementState('signalen', [signalen('2026-09-01')], '2026-06-01').status).toBe('ontbreekt');
  });
});
