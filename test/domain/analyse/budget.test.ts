import { describe, expect, it } from 'vitest';
import { frequencyTable, protectReport, stepBudget } from '../../../src/domain/analyse/disclosure.js';

const dims = (n: number) => [
  { name: 'soort', values: ['melding', 'adviesvraag'] },
  { name: 'fenomeen', values: Array.from({ length: n }, (_, i) => `f${i}`) },
];

describe('a bounded protection', () => {
  it('publishes nothing when most cells are small, rather than something unchecked', () => {
    const model = frequencyTable(dims(6), () => ({ persons: 3, signals: 4 }));
    const r = protectReport(model, 10);
    expect(r.rules.exhausted).toBe(true);
    expect([...r.marks.values()].every((m) => 'suppressed' in m)).toBe(true);
  });

  it('publishes nothing when the solver needs more steps than its budget, and the same table is protected without one', () => {
    const values = [40, 3, 25, 30, 2, 50, 35, 28, 45, 4, 33, 60];
    let i = 0;
    const model = frequencyTable(dims(6), () => {
      const p = values[i++ % values.length] as number;
      return { persons: p, signals: p };
    });
    const bounded = protectReport(model, 10, { budget: stepBudget(1) });
    expect(bounded.rules.exhausted).toBe(true);
    expect([...bounded.marks.values()].every((m) => 'suppressed' in m)).toBe(true);
    const full = protectReport(model, 10);
    expect(full.rules.exhausted).toBeUndefined();
    expect([...full.marks.values()].some((m) => 'published' in m)).toBe(true);
    expect([...full.marks.values()].some((m) => 'suppressed' in m)).toBe(true);
  });
});
