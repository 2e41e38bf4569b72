import { describe, expect, it } from 'vitest';
import {
  type CovenantDraft,
  type CoverableCovenant,
  checkCovenant,
  covenantStatus,
  covenantWarnings,
  covers,
  isValidOn,
} from '../../src/domain/netwerk/covenant.js';

const term = (o: Partial<CoverableCovenant> = {}): CoverableCovenant => ({
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  evaluationOn: null,
  signed: true,
  partyIds: ['gemeente', 'politie'],
  meetingKinds: ['casusoverleg'],
  tasks: ['informatie_uitwisselen'],
  ...o,
});

describe('covenant status', () => {
  it.each([
    ['before the start', term(), '2025-12-31', 'nog_niet_ingegaan'],
    ['on the first day', term(), '2026-01-01', 'geldig'],
    ['within the warning period', term(), '2026-10-15', 'verloopt'],
    ['on the last day', term(), '2026-12-31', 'verloopt'],
    ['the day after the end', term(), '2027-01-01', 'verlopen'],
    ['not signed', term({ signed: false }), '2026-06-01', 'concept'],
    ['not signed and ended', term({ signed: false }), '2027-06-01', 'verlopen'],
    ['without an end', term({ endsOn: null }), '2040-01-01', 'geldig'],
  ])('%s', (_, c, day, status) => {
    expect(covenantStatus(c, day, 90)).toBe(status);
  });

  it('is valid only signed and within its term', () => {
    expect(isValidOn(term(), '2026-06-01')).toBe(true);
    expect(isValidOn(term({ signed: false }), '2026-06-01')).toBe(false);
    expect(isValidOn(term(), '2027-01-01')).toBe(false);
  });
});

describe('coverage', () => {
  it.each([
    ['a party, on a valid day', 'politie', { on: '2026-06-01' }, true],
    ['for a meeting kind it names', 'politie', { on: '2026-06-01', meetingKind: 'casusoverleg' }, true],
    ['not for another meeting kind', 'politie', { on: '2026-06-01', meetingKind: 'weegploeg' }, false],
    ['not for a task it does not name', 'politie', { on: '2026-06-01', task: 'voorkomen' }, false],
    ['not for an organisation that is no party', 'school', { on: '2026-06-01' }, false],
    ['not after the end', 'politie', { on: '2027-01-02' }, false],
  ] as const)('%s', (_, org, occasion, expected) => {
    expect(covers(term(), org, occasion)).toBe(expected);
  });
});

describe('warnings to the officer', () => {
  it.each([
    ['nothing far ahead', term(), '2026-03-01', []],
    ['the end within the period', term(), '2026-11-01', [{ kind: 'verloopt', on: '2026-12-31' }]],
    ['an ended covenant, for a year', term(), '2027-06-01', [{ kind: 'verlopen', on: '2026-12-31' }]],
    ['not more than a year after', term(), '2028-01-01', []],
    [
      'the evaluation within the period',
      term({ evaluationOn: '2026-04-01' }),
      '2026-03-15',
      [{ kind: 'evaluatie', on: '2026-04-01' }],
    ],
    [
      'an evaluation that passed',
      term({ evaluationOn: '2026-04-01' }),
      '2026-05-01',
      [{ kind: 'evaluatie_verstreken', on: '2026-04-01' }],
    ],
    [
      'no evaluation warning once ended',
      term({ evaluationOn: '2026-04-01' }),
      '2027-02-01',
      [{ kind: 'verlopen', on: '2026-12-31' }],
    ],
  ])('%s', (_, c, day, expected) => {
    expect(covenantWarnings(c, day, 90)).toEqual(expected);
  });
});

describe('checking a draft', () => {
  const draft = (o: Partial<CovenantDraft> = {}): CovenantDraft => ({
    title: 'Convenant',
    purpose: 'Doel',
    article: 'art. 1',
    partyIds: ['a', 'b'],
    legalBasisIds: ['x'],
    dataCategories: ['signalen'],
    meetingKinds: [],
    tasks: [],
    startsOn: '2026-01-01',
    endsOn: null,
    evaluationOn: null,
    signatories: [],
    ...o,
  });
  it.each([
    ['a complete draft', draft(), []],
    ['one party', draft({ partyIds: ['a', 'a'] }), ['partyIds']],
    ['words left empty', draft({ title: ' ', purpose: '', article: '' }), ['title', 'purpose', 'article']],
    [
      'dates out of order',
      draft({ endsOn: '2025-01-01', evaluationOn: '2025-06-01' }),
      ['endsOn', 'evaluationOn'],
    ],
    [
      'a signatory of no party',
      draft({ signatories: [{ name: 'X', function: '', organisationId: 'c' }] }),
      ['signatories.0.function', 'signatories.0.organisationId'],
    ],
  ])('%s', (_, d, fields) => {
    expect(checkCovenant(d).map((e) => e.field)).toEqual(fields);
  });
});
