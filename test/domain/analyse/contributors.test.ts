import { describe, expect, it } from 'vitest';
import {
  auditReport,
  cellId,
  frequencyTable,
  primarySuppression,
  protectReport,
  type ReportModel,
} from '../../../src/domain/analyse/disclosure.js';
import { modelProblems } from '../../../src/domain/analyse/table-model.js';
import { attackerFindings } from './tables.js';

const f = (v: string) => cellId({ fenomeen: v });

/** One row by fenomeen, with persons, signals and contributors per inner cell. */
function row(cells: Record<string, [number, number, number]>): ReportModel {
  const values = Object.keys(cells);
  const t = frequencyTable([{ name: 'fenomeen', values }], (c) => {
    const [persons, signals] = cells[c.fenomeen as string] as [number, number, number];
    return { persons, signals };
  });
  const contributors = new Map(values.map((v) => [f(v), (cells[v] as [number, number, number])[2]]));
  const total = values.reduce((s, v) => s + (cells[v] as [number, number, number])[2], 0);
  return {
    ...t,
    cells: new Map(
      [...t.cells].map(([id, c]) => [id, { ...c, contributors: contributors.get(id) ?? total }]),
    ),
  };
}

describe('the contributor rule', () => {
  it('suppresses a cell with no persons placed in it but records of 1 to k-1 persons placed elsewhere', () => {
    // 'online': 0 persons counted here (each has an earlier signal under 'jihadisme'), 4 signals of 3 persons.
    const model = row({ jihadisme: [30, 40, 30], online: [0, 4, 3], rechts: [25, 25, 25] });
    const primary = primarySuppression(model, 10);
    expect(primary.get(f('online'))).toBe('primary');
    expect(primary.has(f('jihadisme'))).toBe(false);
    const { marks } = protectReport(model, 10);
    expect(marks.get(f('online'))).toEqual({ suppressed: 'primary' });
    // It is not left alone in its row: the total minus the others would give it back.
    expect([...marks.values()].filter((m) => 'suppressed' in m).length).toBeGreaterThanOrEqual(2);
    expect(auditReport(model, protectReport(model, 10)).problems).toEqual([]);
  });

  it('publishes a zero with no records, and a cell of k persons or more behind it', () => {
    const model = row({ jihadisme: [30, 40, 30], online: [0, 0, 0], rechts: [0, 12, 12] });
    expect(primarySuppression(model, 10).size).toBe(0);
    const { marks } = protectReport(model, 10);
    expect(marks.get(f('online'))).toEqual({ published: 0, signals: 0 });
    expect(marks.get(f('rechts'))).toEqual({ published: 0, signals: 12 });
  });

  it('refuses contributors that are not a count', () => {
    const model = row({ a: [10, 10, -1] });
    expect(modelProblems(model).join()).toMatch(/contributors/);
  });
});

describe('several persons per signal', () => {
  it('a model with more persons than signals in a cell is refused unless it says how many a signal names', () => {
    const t = frequencyTable([{ name: 'fenomeen', values: ['a', 'b'] }], (c) =>
      c.fenomeen === 'a' ? { persons: 12, signals: 5 } : { persons: 3, signals: 3 },
    );
    expect(modelProblems(t).join()).toMatch(/fewer signals than persons/);
    const withMax = { ...t, personsPerRecord: 3 };
    expect(modelProblems(withMax)).toEqual([]);
    const protectedReport = protectReport(withMax, 10);
    expect(protectedReport.marks.get(f('b'))).toEqual({ suppressed: 'primary' });
    expect(auditReport(withMax, protectedReport).problems).toEqual([]);
  });
});

describe('cells suppressed in a sub-period (alsoSuppress)', () => {
  const model = frequencyTable(
    [
      { name: 'fenomeen', values: ['a', 'b', 'c'] },
      { name: 'soort', values: ['melding', 'adviesvraag'] },
    ],
    (c) => ({ persons: c.fenomeen === 'a' ? 40 : c.fenomeen === 'b' ? 25 : 30, signals: 50 }),
  );

  it('are suppressed in the year although large, with complements, and the audit passes', () => {
    expect(primarySuppression(model, 10).size).toBe(0);
    expect([...protectReport(model, 10).marks.values()].every((m) => 'published' in m)).toBe(true);
    const forced = cellId({ fenomeen: 'b', soort: 'melding' });
    const p = protectReport(model, 10, { alsoSuppress: new Set([forced]) });
    expect('suppressed' in (p.marks.get(forced) ?? {})).toBe(true);
    const suppressed = [...p.marks].filter(([, m]) => 'suppressed' in m).map(([id]) => id);
    expect(suppressed.length).toBeGreaterThanOrEqual(4);
    expect(auditReport(model, p).problems).toEqual([]);
    expect(attackerFindings(model, p.marks, 10)).toEqual([]);
  });

  it('ignore a name the model does not have', () => {
    const p = protectReport(model, 10, { alsoSuppress: new Set(['fenomeen=x']) });
    expect([...p.marks.values()].every((m) => 'published' in m)).toBe(true);
  });
});
