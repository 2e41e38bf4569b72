import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditReport, protectReport } from '../../../src/domain/analyse/disclosure.js';
import { attack } from './attacker.js';
import {
  attackerFindings,
  linkedTables,
  regionCube,
  regionTable,
  singleTable,
  withSignals,
} from './tables.js';

/**
 * The guarantee, checked from the outside: for many random reports (single tables, linked tables, regions of
 * 2-5 municipalities, a small region cube), protect them and let an attacker that shares no code with the
 * module (Gaussian and Fourier–Motzkin elimination, attacker.ts) solve what is published. It fails when any
 * suppressed cell is determined, pinned within fewer than k, or, shown as "<k", known to be above 1.
 * ANALYSE_SEED=<n> repeats a run, ANALYSE_RUNS=<n> changes its length.
 */

const SEED = Number(process.env.ANALYSE_SEED ?? 20_261_203);
const RUNS = Number(process.env.ANALYSE_RUNS ?? 800);

const report = fc.oneof(singleTable, linkedTables, regionTable, regionCube);
const threshold = fc.oneof(fc.constant(10), fc.integer({ min: 5, max: 12 }));

describe('an independent attacker learns nothing narrower than k from a protected report', () => {
  it('random tables, linked tables and regions', () => {
    fc.assert(
      fc.property(report, threshold, ({ model }, k) => {
        const protectedReport = protectReport(model, k);
        expect(attackerFindings(model, protectedReport.marks, k)).toEqual([]);
        // Every small cell is suppressed, and a zero is published unless a rule needed it.
        for (const c of model.cells.values()) {
          const m = protectedReport.marks.get(c.id);
          if (c.persons >= 1 && c.persons < k) expect(m).toEqual({ suppressed: 'primary' });
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the module’s own audit finds the same intervals as the independent attacker', () => {
    fc.assert(
      fc.property(fc.oneof(singleTable, linkedTables, regionTable), threshold, ({ model }, k) => {
        const protectedReport = protectReport(model, k);
        const audit = auditReport(model, protectedReport);
        const published = (id: string): number | null => {
          const m = protectedReport.marks.get(id);
          return m && 'published' in m ? m.published : null;
        };
        const theirs = new Map(
          attack([...model.cells.values()], model.constraints, published).map((b) => [b.id, b]),
        );
        for (const i of audit.intervals) {
          const t = theirs.get(i.id);
          expect(t, i.id).toBeDefined();
          const [mn, md] = t?.min ?? [0n, 1n];
          expect(i.min.num * md, `${i.id} min`).toBe(mn * i.min.den);
          if (i.max === null || !t?.max) expect(i.max === null && !t?.max, `${i.id} max`).toBe(true);
          else expect(i.max.num * t.max[1], `${i.id} max`).toBe(t.max[0] * i.max.den);
        }
        expect(audit.problems).toEqual([]);
      }),
      { seed: SEED + 1, numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('reports with signals: the persons stay protected and no hidden signals count can be worked out', () => {
    fc.assert(
      fc.property(withSignals, threshold, ({ model }, k) => {
        const { marks } = protectReport(model, k);
        expect(attackerFindings(model, marks, k)).toEqual([]);
        for (const m of marks.values()) if ('suppressed' in m) expect(m).not.toHaveProperty('signals');
        // The attacker on the signals alone: no suppressed cell's signals count is one value.
        const signalsOf = (id: string): number | null => {
          const m = marks.get(id);
          return m && 'published' in m ? (m.signals ?? null) : null;
        };
        const cells = [...model.cells.values()].map((c) => ({ id: c.id, persons: c.signals ?? 0 }));
        for (const b of attack(cells, model.constraints, signalsOf)) {
          const determined = b.max !== null && b.max[0] * b.min[1] === b.min[0] * b.max[1];
          expect(determined, `${b.id} signals`).toBe(false);
        }
      }),
      { seed: SEED + 2, numRuns: Math.ceil(RUNS / 4) },
    );
  });
});
