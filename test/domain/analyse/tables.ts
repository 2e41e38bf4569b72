import fc from 'fast-check';
import {
  type CellMark,
  type Dimension,
  frequencyTable,
  linkTables,
  type ReportModel,
} from '../../../src/domain/analyse/disclosure.js';
import { attack } from './attacker.js';

/** Random report shapes for the property tests, and the independent attacker run against a protected report. */

const dim = (name: string, n: number): Dimension => ({
  name,
  values: Array.from({ length: n }, (_, i) => `${name}${i + 1}`),
});

/** Counts as municipalities have them: many zeros and small cells, some large ones. */
export const count = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 4, arbitrary: fc.integer({ min: 10, max: 60 }) },
);

function fromArray(dimensions: readonly Dimension[], values: readonly number[]): ReportModel {
  const index = (c: Readonly<Record<string, string>>): number =>
    dimensions.reduce((acc, d) => acc * d.values.length + d.values.indexOf(c[d.name] as string), 0);
  return frequencyTable(dimensions, (c) => ({ persons: values[index(c)] ?? 0 }));
}

const cube = (names: readonly string[], sizes: readonly [number, number][]) =>
  fc.tuple(...sizes.map(([min, max]) => fc.integer({ min, max }))).chain((ns) => {
    const dimensions = ns.map((n, i) => dim(names[i] as string, n));
    const cells = ns.reduce((a, b) => a * b, 1);
    return fc.array(count, { minLength: cells, maxLength: cells }).map((values) => ({ dimensions, values }));
  });

/** One table of 1-4 rows by 1-4 columns with its margins. */
export const singleTable = cube(
  ['fenomeen', 'periode'],
  [
    [1, 4],
    [1, 4],
  ],
).map(({ dimensions, values }) => ({ kind: 'table', model: fromArray(dimensions, values) }));

/**
 * Two linked tables of one report, by fenomeen and by bron per periode, from the same persons (each with one
 * fenomeen and one bron): they share the periode totals and the grand total.
 */
export const linkedTables = cube(
  ['fenomeen', 'bron', 'periode'],
  [
    [1, 3],
    [1, 3],
    [1, 2],
  ],
).map(({ dimensions, values }) => {
  const [f, b, p] = dimensions as [Dimension, Dimension, Dimension];
  const at = (i: number, j: number, l: number): number =>
    values[(i * b.values.length + j) * p.values.length + l] ?? 0;
  const byFenomeen = frequencyTable([f, p], (c) => {
    const i = f.values.indexOf(c.fenomeen as string);
    const l = p.values.indexOf(c.periode as string);
    return { persons: b.values.reduce((s, _, j) => s + at(i, j, l), 0) };
  });
  const byBron = frequencyTable([b, p], (c) => {
    const j = b.values.indexOf(c.bron as string);
    const l = p.values.indexOf(c.periode as string);
    return { persons: f.values.reduce((s, _, i) => s + at(i, j, l), 0) };
  });
  return { kind: 'linked', model: linkTables([byFenomeen, byBron]) };
});

/** A region of 2-5 municipalities by 1-3 fenomenen: the region's figures are the sums over gemeente. */
export const regionTable = cube(
  ['gemeente', 'fenomeen'],
  [
    [2, 5],
    [1, 3],
  ],
).map(({ dimensions, values }) => ({ kind: 'region', model: fromArray(dimensions, values) }));

/** A small region cube: 2-3 municipalities by 2 fenomenen by 2 periods, every margin published. */
export const regionCube = cube(
  ['gemeente', 'fenomeen', 'periode'],
  [
    [2, 3],
    [2, 2],
    [1, 2],
  ],
).map(({ dimensions, values }) => ({ kind: 'region cube', model: fromArray(dimensions, values) }));

/** Every suppressed cell the independent attacker pins to one value, to a band narrower than k, or above 1 for a "<k" cell. */
export function attackerFindings(
  model: ReportModel,
  marks: ReadonlyMap<string, CellMark>,
  k: number,
): string[] {
  const published = (id: string): number | null => {
    const m = marks.get(id);
    return m && 'published' in m ? m.published : null;
  };
  const bounds = attack([...model.cells.values()], model.constraints, published);
  const findings: string[] = [];
  for (const b of bounds) {
    const m = marks.get(b.id);
    const [ln, ld] = b.min;
    if (b.max !== null) {
      const [hn, hd] = b.max;
      // width = hn/hd - ln/ld, compared with k exactly
      const widthNum = hn * ld - ln * hd;
      const widthDen = hd * ld;
      if (widthNum === 0n) findings.push(`${b.id} is determined: ${ln}/${ld}`);
      else if (widthNum < BigInt(k) * widthDen)
        findings.push(`${b.id} lies in [${ln}/${ld}, ${hn}/${hd}], narrower than ${k}`);
    }
    if (m && 'suppressed' in m && m.suppressed === 'primary' && ln > ld) {
      findings.push(`${b.id} (shown as <${k}) is at least ${ln}/${ld}`);
    }
  }
  return findings;
}

/** The same shapes with a count of signals per cell: at least the persons, often more. */
export const withSignals = fc
  .tuple(
    fc.oneof(singleTable, regionTable),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 64, maxLength: 64 }),
  )
  .map(([{ kind, model }, extra]) => {
    const inner = [...model.cells.values()].filter((c) => c.id.split('|').length === 2);
    const signals = new Map(
      inner.map((c, i) => [c.id, c.persons + (c.persons > 0 ? (extra[i % 64] as number) * 2 : 0)]),
    );
    // Totals are the sums of the inner cells' signals, found through the constraints (inner cells are parts only).
    const sums = new Map(signals);
    let changed = true;
    while (changed) {
      changed = false;
      for (const con of model.constraints) {
        if (sums.has(con.total) || !con.parts.every((p) => sums.has(p))) continue;
        sums.set(
          con.total,
          con.parts.reduce((s, p) => s + (sums.get(p) as number), 0),
        );
        changed = true;
      }
    }
    const cells = new Map([...model.cells].map(([id, c]) => [id, { ...c, signals: sums.get(id) as number }]));
    return { kind: `${kind} with signals`, model: { cells, constraints: model.constraints } as ReportModel };
  });
