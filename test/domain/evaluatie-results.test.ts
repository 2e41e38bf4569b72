import { describe, expect, it } from 'vitest';
import { auditReport, protectReport } from '../../src/domain/analyse/disclosure.js';
import { modelProblems } from '../../src/domain/analyse/table-model.js';
import {
  measureHasEnded,
  type ResultRecord,
  resultsModel,
  validateMeasureResult,
  validateWorkingElement,
} from '../../src/domain/evaluatie/measure-results.js';
import { targetMet, validateIndicator, validateValue } from '../../src/domain/evaluatie/policy-goals.js';

describe('measureHasEnded', () => {
  it.each([
    ['afgerond', null, true],
    ['gestopt', '2027-01-01', true],
    ['lopend', '2026-03-01', true],
    ['lopend', '2026-03-03', false],
    ['gepland', null, false],
  ] as const)('%s ending %s: %s', (status, endsOn, ended) => {
    expect(measureHasEnded({ status, endsOn }, '2026-03-02')).toBe(ended);
  });
});

describe('validateMeasureResult', () => {
  const known = new Set(['a', 'b']);
  it.each([
    [{ outcome: 'ja', reason: 'Bereikt.', elementIds: ['a'] }, []],
    [{ outcome: 'misschien', reason: 'x', elementIds: [] }, ['outcome']],
    [{ outcome: 'nee', reason: '  ', elementIds: [] }, ['reason']],
    [{ outcome: 'deels', reason: 'x', elementIds: ['c'] }, ['elementIds']],
    [{ outcome: 'deels', reason: 'x', elementIds: ['a', 'a'] }, ['elementIds']],
  ])('%o → %o', (input, fields) => {
    expect(validateMeasureResult(input, known).map((e) => e.field)).toEqual(fields);
  });
  it('refuses a working element the municipality has, in any case', () => {
    expect(validateWorkingElement(' snelheid van handelen ', ['Snelheid van handelen'])[0]?.field).toBe(
      'label',
    );
    expect(validateWorkingElement('Nieuw', ['Snelheid van handelen'])).toEqual([]);
  });
});

const rec = (i: number, over: Partial<ResultRecord> = {}): ResultRecord => ({
  rid: String(i),
  person: i,
  at: '2026-05-01',
  gemeente: 'g1',
  type: 'mentor',
  spoor: 'zorg',
  fenomeen: 'jihadisme',
  leeftijd: 'minderjarig',
  resultaat: 'ja',
  elements: ['e1'],
  ...over,
});
const values = {
  type: ['mentor', 'stopgesprek'],
  spoor: ['zorg', 'strafrechtelijk'],
  fenomeen: ['jihadisme'],
  leeftijd: ['minderjarig'],
  elements: ['e1'],
};

describe('resultsModel', () => {
  it('is additive and places each person once, at the first result', () => {
    const records = [
      rec(1),
      rec(2, { person: 1, at: '2026-06-01', type: 'stopgesprek', spoor: 'strafrechtelijk' }),
    ];
    const m = resultsModel(records, values, null);
    expect(modelProblems(m.model)).toEqual([]);
    const type = m.model.cells;
    expect(type.get('resultaat=ja|type=mentor')).toMatchObject({ persons: 1, signals: 1, contributors: 1 });
    expect(type.get('resultaat=ja|type=stopgesprek')).toMatchObject({
      persons: 0,
      signals: 1,
      contributors: 1,
    });
    expect(type.get('*')).toMatchObject({ persons: 1, signals: 2 });
  });

  it('suppresses results of fewer than k persons and publishes them from k on, the audit passing', () => {
    const few = resultsModel([rec(1), rec(2)], values, ['g1', 'g2']);
    const p1 = protectReport(few.model, 5);
    expect(p1.marks.get('resultaat=ja|type=mentor')).toEqual({ suppressed: expect.any(String) });
    expect(auditReport(few.model, p1).problems).toEqual([]);
    const enough = resultsModel(
      [1, 2, 3, 4, 5].map((i) => rec(i)),
      values,
      ['g1', 'g2'],
    );
    const p2 = protectReport(enough.model, 5);
    expect(p2.marks.get('resultaat=ja|type=mentor')).toEqual({ published: 5, signals: 5 });
    expect(p2.marks.get('gemeente=g1|resultaat=ja|type=mentor')).toEqual({ published: 5, signals: 5 });
  });
});

describe('policy goals', () => {
  it('check an indicator’s source and a value’s period', () => {
    const base = { name: 'x', unit: 'personen', targetValue: null, direction: 'hoger', manualSource: null };
    expect(validateIndicator({ ...base, source: 'duiden', duidenKey: 'meldingen' })).toEqual([]);
    expect(validateIndicator({ ...base, source: 'duiden', duidenKey: 'score' })[0]?.field).toBe('duidenKey');
    expect(validateIndicator({ ...base, source: 'handmatig', duidenKey: null })[0]?.field).toBe(
      'manualSource',
    );
    expect(validateValue({ period: '2026-K5', value: 1, source: 'x' })[0]?.field).toBe('period');
    expect(validateValue({ period: '2026-K2', value: 1, source: 'x' })).toEqual([]);
  });
  it.each([
    ['hoger', 10, 12, true],
    ['hoger', 10, 8, false],
    ['lager', 5, 4, true],
    ['gelijk', 5, 5, true],
    ['hoger', null, 5, null],
  ] as const)('%s target %s value %s: %s', (direction, target, value, met) => {
    expect(targetMet(direction, target, value)).toBe(met);
  });
});
