import { describe, expect, it } from 'vitest';
import {
  auditReport,
  auditSuppression,
  type CellMark,
  cellId,
  DEFAULT_K,
  type Dimension,
  frequencyTable,
  linkTables,
  MIN_K,
  primarySuppression,
  protectReport,
  type ReportModel,
  type SuppressionReason,
  validateK,
} from '../../../src/domain/analyse/disclosure.js';
import { attackerFindings } from './tables.js';

const dim = (name: string, ...values: string[]): Dimension => ({ name, values });

/** A table from rows of inner counts: rows by `r`, columns by `c`. */
function table(rows: number[][], names = { r: 'r', c: 'c' }): ReportModel {
  const r = dim(names.r, ...rows.map((_, i) => `r${i + 1}`));
  const c = dim(names.c, ...(rows[0] ?? []).map((_, j) => `c${j + 1}`));
  return frequencyTable([r, c], (x) => ({
    persons: rows[r.values.indexOf(x[names.r] as string)]?.[c.values.indexOf(x[names.c] as string)] ?? 0,
  }));
}

const at = (row: number, col: number) => cellId({ r: `r${row}`, c: `c${col}` });
const rowTotal = (row: number) => cellId({ r: `r${row}` });
const colTotal = (col: number) => cellId({ c: `c${col}` });

function marksOf(
  model: ReportModel,
  suppressed: ReadonlyMap<string, SuppressionReason>,
): Map<string, CellMark> {
  return new Map(
    [...model.cells.values()].map((c) => {
      const reason = suppressed.get(c.id);
      return [c.id, reason ? { suppressed: reason } : { published: c.persons }];
    }),
  );
}

function suppressedIds(marks: ReadonlyMap<string, CellMark>): string[] {
  return [...marks].filter(([, m]) => 'suppressed' in m).map(([id]) => id);
}

describe('the threshold k', () => {
  it('is 10 by default and never below 5', () => {
    expect(DEFAULT_K).toBe(10);
    expect(MIN_K).toBe(5);
    expect(validateK(10)).toBeNull();
    expect(validateK(5)).toBeNull();
    expect(validateK(4)).toEqual({
      field: 'k',
      nl: 'De drempel is minstens 5 personen per cel.',
      en: 'The threshold is at least 5 persons per cell.',
    });
  });

  it('names the field in Dutch and English for what is not a whole number or far too large', () => {
    for (const bad of [7.5, '10', null, Number.NaN, 101]) {
      const issue = validateK(bad);
      expect(issue?.field).toBe('k');
      expect(issue?.nl).toMatch(/drempel/);
      expect(issue?.en).toMatch(/threshold/);
    }
  });

  it('is refused by protectReport below 5', () => {
    expect(() => protectReport(table([[20]]), 4)).toThrow(/at least 5/);
  });
});

describe('primary suppression', () => {
  it('suppresses every cell of 1 to k-1 persons and publishes 0 and k', () => {
    const model = table([
      [0, 1, 9, 10],
      [30, 40, 50, 60],
    ]);
    const primary = primarySuppression(model, 10);
    expect([...primary.keys()].sort()).toEqual([at(1, 2), at(1, 3)].sort());
    const { marks } = protectReport(model, 10);
    expect(marks.get(at(1, 1))).toEqual({ published: 0 });
    expect(marks.get(at(1, 4))).toEqual({ published: 10 });
    expect(marks.get(at(1, 2))).toEqual({ suppressed: 'primary' });
    expect(marks.get(at(1, 3))).toEqual({ suppressed: 'primary' });
  });

  it('follows k: with k = 5 a cell of 5 is published', () => {
    const model = table([
      [5, 4, 20],
      [30, 40, 50],
    ]);
    const { marks, rules } = protectReport(model, 5);
    expect(rules.k).toBe(5);
    expect(marks.get(at(1, 1))).not.toEqual({ suppressed: 'primary' });
    expect(marks.get(at(1, 2))).toEqual({ suppressed: 'primary' });
  });

  it('suppresses a whole row, zeros included, when its total is below k', () => {
    const model = table([
      [3, 0, 4],
      [25, 30, 35],
      [20, 22, 24],
    ]);
    const { marks } = protectReport(model, 10);
    for (const id of [at(1, 1), at(1, 2), at(1, 3), rowTotal(1)])
      expect(marks.get(id)).toEqual({ suppressed: 'primary' });
    expect(auditReport(model, protectReport(model, 10)).problems).toEqual([]);
    expect(attackerFindings(model, marks, 10)).toEqual([]);
  });

  it('suppresses a column the same way', () => {
    const model = table([
      [2, 30],
      [0, 40],
      [5, 50],
    ]);
    const { marks } = protectReport(model, 10);
    for (const id of [at(1, 1), at(2, 1), at(3, 1), colTotal(1)])
      expect(marks.get(id)).toEqual({ suppressed: 'primary' });
    expect(attackerFindings(model, marks, 10)).toEqual([]);
  });
});

describe('secondary suppression', () => {
  it('the classic 2x2: one small cell takes the other three with it, the margins stay', () => {
    const model = table([
      [3, 20],
      [25, 30],
    ]);
    const { marks } = protectReport(model, 10);
    expect(marks.get(at(1, 1))).toEqual({ suppressed: 'primary' });
    for (const id of [at(1, 2), at(2, 1), at(2, 2)])
      expect(marks.get(id)).toEqual({ suppressed: 'secondary' });
    for (const id of [rowTotal(1), rowTotal(2), colTotal(1), colTotal(2), cellId({})]) {
      expect(marks.get(id)).toHaveProperty('published');
    }
    // The attacker's interval for the small cell: moving t persons around the rectangle, 3 - 3 up to 3 + 20.
    const audit = auditReport(model, protectReport(model, 10));
    const small = audit.intervals.find((i) => i.id === at(1, 1));
    expect(small?.min).toEqual({ num: 0n, den: 1n });
    expect(small?.max).toEqual({ num: 23n, den: 1n });
  });

  it('the audit catches the differencing a weaker pattern leaves open', () => {
    const model = table([
      [3, 20],
      [25, 30],
    ]);
    const weak = new Map<string, SuppressionReason>([
      [at(1, 1), 'primary'],
      [at(1, 2), 'secondary'],
    ]);
    // Column 1 total minus the published 25 gives the 3 back.
    const { problems } = auditSuppression(model, weak, 10);
    expect(problems.map((p) => [p.id, p.kind])).toEqual([
      [at(1, 1), 'exact'],
      [at(1, 2), 'exact'],
    ]);
    expect(attackerFindings(model, marksOf(model, weak), 10)).toContain(`${at(1, 1)} is determined: 3/1`);
  });

  it('adds cells when two small cells together still pin each other within k', () => {
    // 3 and 5 in one row: suppressing the rectangle below them leaves 3 + 5 = 8 known, an interval of 0..8.
    const model = table([
      [3, 5, 40],
      [30, 30, 30],
    ]);
    const rectangle = new Map<string, SuppressionReason>([
      [at(1, 1), 'primary'],
      [at(1, 2), 'primary'],
      [at(2, 1), 'secondary'],
      [at(2, 2), 'secondary'],
    ]);
    expect(auditSuppression(model, rectangle, 10).problems.map((p) => p.kind)).toContain('narrow');
    const { marks } = protectReport(model, 10);
    expect(suppressedIds(marks).length).toBeGreaterThan(4);
    expect(auditReport(model, protectReport(model, 10)).problems).toEqual([]);
    expect(attackerFindings(model, marks, 10)).toEqual([]);
  });

  it('does not let a "<10" cell of 9 be known as 9', () => {
    // With the rectangle through the 0, the 9 can only move up: [9, 29] is wide, but with "<10" it is 9.
    const model = table([
      [9, 20],
      [25, 0],
    ]);
    const rectangle = new Map<string, SuppressionReason>([
      [at(1, 1), 'primary'],
      [at(1, 2), 'secondary'],
      [at(2, 1), 'secondary'],
      [at(2, 2), 'secondary'],
    ]);
    const { problems } = auditSuppression(model, rectangle, 10);
    expect(problems.find((p) => p.id === at(1, 1))).toEqual({
      id: at(1, 1),
      kind: 'lower-bound',
      min: 9,
      max: 29,
    });
    const report = protectReport(model, 10);
    const small = auditReport(model, report).intervals.find((i) => i.id === at(1, 1));
    expect(small && small.min.num <= small.min.den).toBe(true);
    expect(attackerFindings(model, report.marks, 10)).toEqual([]);
  });

  it('prefers a non-zero cell to a zero as complement', () => {
    const model = frequencyTable([dim('bron', 'a', 'b', 'c')], (x) => ({
      persons: { a: 3, b: 0, c: 25 }[x.bron as 'a'],
    }));
    const { marks } = protectReport(model, 10);
    expect(marks.get(cellId({ bron: 'b' }))).toEqual({ published: 0 });
    expect(marks.get(cellId({ bron: 'c' }))).toEqual({ suppressed: 'secondary' });
    expect(marks.get(cellId({}))).toEqual({ published: 28 });
  });

  it('is the same every time for the same figures', () => {
    const model = table([
      [3, 20, 7, 0],
      [25, 30, 12, 15],
      [1, 44, 18, 9],
    ]);
    expect([...protectReport(model, 10).marks]).toEqual([...protectReport(model, 10).marks]);
  });
});

describe('linked tables of one report', () => {
  // The same 90 persons by fenomeen and by periode, and by bron and by periode: the tables share the period
  // totals and the grand total.
  const micro: Record<string, number> = {
    'f1 b1 p1': 8,
    'f1 b1 p2': 38,
    'f1 b2 p1': 0,
    'f1 b2 p2': 4,
    'f2 b1 p1': 1,
    'f2 b1 p2': 0,
    'f2 b2 p1': 39,
    'f2 b2 p2': 0,
  };
  const f = dim('fenomeen', 'f1', 'f2');
  const b = dim('bron', 'b1', 'b2');
  const p = dim('periode', 'p1', 'p2');
  const sum = (match: (key: string) => boolean) =>
    Object.entries(micro)
      .filter(([key]) => match(key))
      .reduce((s, [, v]) => s + v, 0);
  const byFenomeen = frequencyTable([f, p], (x) => ({
    persons: sum((key) => key.startsWith(x.fenomeen as string) && key.endsWith(x.periode as string)),
  }));
  const byBron = frequencyTable([b, p], (x) => ({
    persons: sum((key) => key.includes(x.bron as string) && key.endsWith(x.periode as string)),
  }));

  it('protected one by one, the period totals one table hides are published by the other', () => {
    const alone = new Map<string, CellMark>();
    for (const [id, m] of [...protectReport(byFenomeen).marks, ...protectReport(byBron).marks]) {
      const known = alone.get(id);
      if (!known || 'suppressed' in known) alone.set(id, m);
    }
    expect(attackerFindings(linkTables([byFenomeen, byBron]), alone, 10)).toContain(
      `${cellId({ fenomeen: 'f1', periode: 'p1' })} is determined: 8/1`,
    );
  });

  it('protected together, the same cells stay suppressed in both tables and nothing can be worked out', () => {
    const model = linkTables([byFenomeen, byBron]);
    const { marks } = protectReport(model, 10);
    expect(attackerFindings(model, marks, 10)).toEqual([]);
    // One mark per shared cell: the period totals look the same in both tables.
    expect(model.cells.size).toBe(byFenomeen.cells.size + byBron.cells.size - 3);
  });

  it('refuses two tables that count a shared cell differently', () => {
    const other = frequencyTable([b, p], () => ({ persons: 30 }));
    expect(() => linkTables([byFenomeen, other])).toThrow(/disagree/);
  });
});

describe('the region roll-up', () => {
  const g = dim('gemeente', 'A', 'B', 'C');

  it('when one municipality is suppressed, a second one is too, and the region figure is published', () => {
    const model = frequencyTable([g], (x) => ({ persons: { A: 3, B: 40, C: 50 }[x.gemeente as 'A'] }));
    const { marks } = protectReport(model, 10);
    expect(marks.get(cellId({ gemeente: 'A' }))).toEqual({ suppressed: 'primary' });
    expect(marks.get(cellId({ gemeente: 'B' }))).toEqual({ suppressed: 'secondary' });
    expect(marks.get(cellId({ gemeente: 'C' }))).toEqual({ published: 50 });
    expect(marks.get(cellId({}))).toEqual({ published: 93 });
  });

  it("by fenomeen: each municipality's small cells are hidden from the region totals too", () => {
    const fen = dim('fenomeen', 'jihadisme', 'polarisatie');
    const counts: Record<string, [number, number]> = { A: [2, 30], B: [25, 14], C: [40, 33] };
    const model = frequencyTable([g, fen], (x) => ({
      persons: (counts[x.gemeente as string] as [number, number])[
        fen.values.indexOf(x.fenomeen as string)
      ] as number,
    }));
    const { marks } = protectReport(model, 10);
    expect(marks.get(cellId({ gemeente: 'A', fenomeen: 'jihadisme' }))).toEqual({ suppressed: 'primary' });
    const jihadisme = g.values.filter(
      (v) => 'suppressed' in (marks.get(cellId({ gemeente: v, fenomeen: 'jihadisme' })) ?? {}),
    );
    expect(jihadisme.length).toBeGreaterThanOrEqual(2);
    expect(attackerFindings(model, marks, 10)).toEqual([]);
  });

  it('a region of one municipality hides the region figure with it', () => {
    const model = frequencyTable([dim('gemeente', 'A'), dim('fenomeen', 'x', 'y')], (x) => ({
      persons: x.fenomeen === 'x' ? 4 : 30,
    }));
    const { marks } = protectReport(model, 10);
    expect(marks.get(cellId({ fenomeen: 'x' }))).toHaveProperty('suppressed');
    expect(attackerFindings(model, marks, 10)).toEqual([]);
  });
});

describe('the model', () => {
  it('carries the signals of a published cell and hides them with a suppressed one', () => {
    const model = frequencyTable([dim('bron', 'a', 'b', 'c')], (x) => {
      const persons = { a: 3, b: 20, c: 25 }[x.bron as 'a'];
      return { persons, signals: persons * 2 };
    });
    const { marks } = protectReport(model, 10);
    expect(marks.get(cellId({ bron: 'a' }))).toEqual({ suppressed: 'primary' });
    expect(marks.get(cellId({ bron: 'c' }))).toEqual({ published: 25, signals: 50 });
    expect(marks.get(cellId({}))).toEqual({ published: 48, signals: 96 });
  });

  it('refuses figures that do not add up or fewer signals than persons', () => {
    const model = table([[20, 30]]);
    const broken: ReportModel = {
      ...model,
      cells: new Map([...model.cells].map(([id, c]) => [id, id === rowTotal(1) ? { ...c, persons: 49 } : c])),
    };
    expect(() => protectReport(broken)).toThrow(/not the sum/);
    const signals = frequencyTable([dim('bron', 'a')], () => ({ persons: 20, signals: 3 }));
    expect(() => protectReport(signals)).toThrow(/fewer signals than persons/);
  });

  it('names cells by their coordinates, whatever the order', () => {
    expect(cellId({ periode: '2025-K1', fenomeen: 'polarisatie' })).toBe(
      'fenomeen=polarisatie|periode=2025-K1',
    );
    expect(cellId({})).toBe('*');
  });
});
