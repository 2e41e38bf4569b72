import { describe, expect, it } from 'vitest';
import {
  ageAt,
  networkRole,
  numberRoles,
  personReplacements,
  relativeDay,
  relativiseDates,
  replaceIdentifiers,
} from '../../src/domain/privacy/anonymise.js';
import {
  erasureDecision,
  thirdPartyReplacements,
  WITHHELD_TEXT,
} from '../../src/domain/privacy/subject-export.js';

describe('relative dates', () => {
  it.each([
    ['2026-03-01', 'dag 0'],
    ['2026-03-02', '+1 dag'],
    ['2026-03-13', '+12 dagen'],
    ['2026-03-22', '+3 weken'],
    ['2026-06-01', '+3 maanden'],
    ['2026-02-01', '-4 weken'],
    ['2025-03-01', '-12 maanden'],
    ['2023-03-01', '-3 jaar'],
  ])('%s from day 0 2026-03-01 is "%s"', (date, label) => {
    expect(relativeDay('2026-03-01', date)).toBe(label);
  });

  it('makes every written date in a text relative', () => {
    expect(relativiseDates('Gesprek op 2026-03-04, vervolg 15-3-2026 en 1 april 2026.', '2026-03-01')).toBe(
      'Gesprek op +3 dagen, vervolg +2 weken en +4 weken.',
    );
  });

  it('gives the age on day 0, not the birth date', () => {
    expect(ageAt('2009-08-14', '2026-08-13')).toBe(16);
    expect(ageAt('2009-08-14', '2026-08-14')).toBe(17);
  });
});

describe('names become roles', () => {
  const reps = [
    ...personReplacements({
      name: 'Milan de Jong',
      role: 'betrokkene',
      birthDate: '2009-08-14',
      address: 'Schipperskade 41',
    }),
    ...personReplacements({ name: 'Daan de Jong', role: 'broer' }),
  ];
  it('replaces full names, single name parts, birth dates and addresses', () => {
    expect(
      replaceIdentifiers(
        'Milan de Jong (14-08-2009) woont aan de Schipperskade 41; milan ziet Daan vaak.',
        reps,
      ),
    ).toBe('betrokkene ([geboortedatum]) woont aan de [adres]; betrokkene ziet broer vaak.');
  });
  it('does not touch a word that only contains a name', () => {
    expect(replaceIdentifiers('Milanees eten', reps)).toBe('Milanees eten');
  });
  it('uses a relation note only when it is made of relation words', () => {
    expect(networkRole('broer_zus', 'oudere zus')).toBe('oudere zus');
    expect(networkRole('ouder', 'Fatima, moeder')).toBe('ouder');
    expect(numberRoles(['broer', 'moeder', 'broer'])).toEqual(['broer 1', 'moeder', 'broer 2']);
  });
});

describe('third parties in an export', () => {
  it('withholds another person but keeps a surname the person shares with them', () => {
    const reps = thirdPartyReplacements(
      [{ name: 'Milan de Jong' }],
      [{ name: 'Daan de Jong', email: 'daan@example.org' }],
    );
    expect(replaceIdentifiers('Milan de Jong en Daan de Jong (daan@example.org)', reps)).toBe(
      `Milan de Jong en ${WITHHELD_TEXT} (${WITHHELD_TEXT})`,
    );
  });
});

describe('erasure where the law allows', () => {
  it.each([
    [{ openCases: 1, closedCases: 0, openSignals: 0 }, false],
    [{ openCases: 0, closedCases: 1, openSignals: 0 }, false],
    [{ openCases: 0, closedCases: 0, openSignals: 1 }, false],
    [{ openCases: 0, closedCases: 0, openSignals: 0, legalHold: true }, false],
    [{ openCases: 0, closedCases: 0, openSignals: 0 }, true],
  ])('%o allowed: %s', (facts, allowed) => {
    expect(erasureDecision(facts).allowed).toBe(allowed);
  });
});
