import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EVALUATION_QUESTIONS,
  validateEvaluation,
  validateIntervention,
} from '../../src/domain/evaluatie/interventions.js';

const base = {
  title: 'Mentorproject',
  kind: 'preventief_programma',
  catalogueId: null,
  type: 'preventief',
  preventionLevel: 'secundair',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
};

describe('validateIntervention', () => {
  it.each([
    ['a preventive programme', {}, []],
    ['without a name', { title: '  ' }, ['title']],
    ['a PGA measure without its catalogue entry', { kind: 'pga_maatregel', type: 'zorg' }, ['catalogueId']],
    [
      'a PGA measure called preventive',
      { kind: 'pga_maatregel', catalogueId: '00000000-0000-4000-8000-000000000001', type: 'preventief' },
      ['type'],
    ],
    ['a period that ends before it starts', { periodEnd: '2025-12-31' }, ['periodEnd']],
    ['an open-ended period', { periodEnd: null }, []],
  ] as const)('%s', (_, change, fields) => {
    const errors = validateIntervention({ ...base, ...change });
    expect(errors.map((e) => e.field)).toEqual(fields);
    for (const e of errors) expect(e.nl.length > 0 && e.en.length > 0).toBe(true);
  });
});

describe('validateEvaluation', () => {
  it.each([
    ['the default frame', { title: 'Effectevaluatie', questions: DEFAULT_EVALUATION_QUESTIONS }, []],
    ['without a title', { title: '', questions: ['Werkt het?'] }, ['title']],
    ['without a question', { title: 'Procesevaluatie', questions: ['  '] }, ['questions']],
  ] as const)('%s', (_, input, fields) => {
    expect(validateEvaluation(input).map((e) => e.field)).toEqual(fields);
  });

  it("offers seed 004's five questions", () => {
    expect(DEFAULT_EVALUATION_QUESTIONS).toHaveLength(5);
  });
});
