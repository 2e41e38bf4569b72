import { describe, expect, it } from 'vitest';
import {
  type AgreementScope,
  agreementStatus,
  checkAgreement,
  checkEnding,
  coveredDays,
  isActiveOn,
  overlaps,
} from '../../../src/domain/regio/agreements.js';

const term = (startsOn: string, endsOn: string | null, endedOn: string | null = null) => ({
  startsOn,
  endsOn,
  endedOn,
});
const scope = (t: ReturnType<typeof term>, task: AgreementScope['task'] = 'regionaal_meldpunt') => ({
  ...t,
  municipalityId: 'm1',
  task,
});

describe('the term of a regional agreement', () => {
  it.each([
    [term('2026-01-01', null), '2025-12-31', 'gepland', false],
    [term('2026-01-01', null), '2026-01-01', 'actief', true],
    [term('2026-01-01', '2026-06-30'), '2026-06-30', 'actief', true],
    [term('2026-01-01', '2026-06-30'), '2026-07-01', 'verlopen', false],
    [term('2026-01-01', null, '2026-03-01'), '2026-02-28', 'beeindigd', true],
    [term('2026-01-01', null, '2026-03-01'), '2026-03-01', 'beeindigd', false],
  ] as const)('%o on %s is %s', (t, day, status, active) => {
    expect(agreementStatus(t, day)).toBe(status);
    expect(isActiveOn(t, day)).toBe(active);
  });

  it('covers no day when ended before it began', () => {
    expect(coveredDays(term('2026-05-01', null, '2026-04-01'))).toBeNull();
    expect(coveredDays(term('2026-05-01', null, '2026-05-01'))).toBeNull();
    expect(coveredDays(term('2026-05-01', '2026-05-31'))).toEqual({
      from: '2026-05-01',
      until: '2026-06-01',
    });
  });
});

describe('one agreement per municipality and task at a time', () => {
  it.each([
    [term('2026-01-01', '2026-06-30'), term('2026-07-01', null), false],
    [term('2026-01-01', '2026-06-30'), term('2026-06-30', null), true],
    [term('2026-01-01', null), term('2027-01-01', null), true],
    [term('2026-01-01', null, '2026-03-01'), term('2026-03-01', null), false],
    [term('2026-05-01', null, '2026-04-01'), term('2026-05-01', null), false],
  ] as const)('%o and %o overlap: %s', (a, b, expected) => {
    expect(overlaps(scope(a), scope(b))).toBe(expected);
    expect(overlaps(scope(b), scope(a))).toBe(expected);
  });

  it('lets different tasks and municipalities run side by side', () => {
    const a = scope(term('2026-01-01', null));
    expect(overlaps(a, scope(term('2026-01-01', null), 'regionaal_casusoverleg'))).toBe(false);
    expect(overlaps(a, { ...a, municipalityId: 'm2' })).toBe(false);
  });
});

describe('a draft and the ending', () => {
  const base = {
    municipalityId: 'm1',
    task: 'regionaal_meldpunt' as const,
    actingMunicipalityId: null,
    startsOn: '2026-01-01',
    endsOn: null,
    note: '',
  };
  it('names the field of each rule', () => {
    expect(checkAgreement(base)).toEqual([]);
    expect(checkAgreement({ ...base, endsOn: '2025-12-31' }).map((e) => e.field)).toEqual(['endsOn']);
    expect(checkAgreement({ ...base, task: 'regie_door_gemeente' }).map((e) => e.field)).toEqual([
      'actingMunicipalityId',
    ]);
    expect(
      checkAgreement({ ...base, task: 'regie_door_gemeente', actingMunicipalityId: 'm1' }).map(
        (e) => e.field,
      ),
    ).toEqual(['actingMunicipalityId']);
    expect(checkAgreement({ ...base, task: 'regie_door_gemeente', actingMunicipalityId: 'm2' })).toEqual([]);
    expect(checkAgreement({ ...base, actingMunicipalityId: 'm2' }).map((e) => e.field)).toEqual([
      'actingMunicipalityId',
    ]);
  });
  it('ends once, with a reason', () => {
    expect(checkEnding(term('2026-01-01', null), 'Eigen meldpunt ingericht')).toEqual([]);
    expect(checkEnding(term('2026-01-01', null), '  ').map((e) => e.field)).toEqual(['reason']);
    expect(checkEnding(term('2026-01-01', null, '2026-02-01'), 'x').map((e) => e.field)).toEqual(['version']);
  });
});
