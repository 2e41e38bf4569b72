import {
  compareRational,
  type LinearRow,
  type Rational,
  rational,
  rationalToNumber,
  subtractRational,
  Tableau,
} from './lp.js';
import type { Constraint, ReportModel } from './table-model.js';

/**
 * The audit: what an attacker can work out about each suppressed cell. The attacker knows every published
 * count (persons, and signals where the report carries them), every additive constraint of every linked table
 * and the region roll-up, that no count is negative, and that a cell never holds more persons than signals.
 * For each suppressed cell the feasible interval [min, max] of its persons count is computed exactly (linear
 * programming over the rationals). A cell is protected when
 *  - its interval is at least k wide (it is neither worked out exactly nor pinned within a band narrower than
 *    the threshold), and
 *  - for a cell suppressed because it is small, the interval also reaches down to 1: the published figures
 *    then tell no more than the mark "<k" itself does (a cell of 9 shown as "<10" whose interval is [9, 19]
 *    would be known to be 9).
 * Suppressed cells only linked to each other through constraints are audited together; unlinked groups are
 * independent programs, which keeps the programs small.
 */

export type SuppressionReason = 'primary' | 'secondary';
export type Suppression = ReadonlyMap<string, SuppressionReason>;

export interface CellInterval {
  readonly id: string;
  readonly reason: SuppressionReason;
  readonly min: Rational;
  /** null: no upper bound follows from the published figures. */
  readonly max: Rational | null;
}

export type ProblemKind = 'exact' | 'narrow' | 'lower-bound';

export interface ProtectionProblem {
  readonly id: string;
  readonly kind: ProblemKind;
  readonly min: number;
  /** Infinity when unbounded. */
  readonly max: number;
}

export interface AuditResult {
  readonly intervals: readonly CellInterval[];
  readonly problems: readonly ProtectionProblem[];
}

/** The exact attacker's interval of every suppressed cell, and the cells it does not protect. */
export function auditSuppression(model: ReportModel, suppression: Suppression, k: number): AuditResult {
  const intervals: CellInterval[] = [];
  const problems: ProtectionProblem[] = [];
  for (const program of programs(model, suppression)) {
    const t = program.tableau;
    for (const [j, id] of program.ids.entries()) {
      const reason = suppression.get(id) as SuppressionReason;
      const min = t.minimise(j);
      const best = t.maximise([[j, 1n]]);
      const max = best.kind === 'optimal' ? best.value : null;
      intervals.push({ id, reason, min, max });
      const kind = judge(min, max, reason, k);
      if (kind) problems.push(problem(id, kind, min, max));
    }
  }
  return { intervals, problems };
}

/**
 * The same judgement as `auditSuppression`, for the suppression loop: only the cells in `only` (default all
 * suppressed cells) are judged, and a cell is accepted as soon as two feasible points the solver passed show
 * its interval is wide enough, so most cells need no program of their own. A cell is only reported after its
 * exact minimum and maximum were computed.
 */
export function findProtectionProblems(
  model: ReportModel,
  suppression: Suppression,
  k: number,
  only?: ReadonlySet<string>,
): ProtectionProblem[] {
  const problems: ProtectionProblem[] = [];
  for (const program of programs(model, suppression, only)) {
    const t = program.tableau;
    const n = program.ids.length;
    // The least and most seen at any vertex the solver passed: feasible points, so the true interval holds
    // them. They are doubles; a cell is accepted on them only with a margin far above their rounding error.
    const seenMin = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
    const seenMax = new Array<number>(n).fill(Number.NEGATIVE_INFINITY);
    const values = new Array<number>(n);
    const visit = (tab: Tableau): void => {
      values.fill(0);
      tab.forEachBasic((index, value) => {
        if (index < n) values[index] = value;
      });
      for (let j = 0; j < n; j++) {
        const v = values[j] as number;
        if (v < (seenMin[j] as number)) seenMin[j] = v;
        if (v > (seenMax[j] as number)) seenMax[j] = v;
      }
    };
    visit(t);
    const margin = (j: number): number => 1e-9 * Math.max(1, Math.abs(seenMax[j] as number));
    const clearlyProtected = (j: number, reason: SuppressionReason): boolean =>
      (seenMax[j] as number) - (seenMin[j] as number) >= k + margin(j) &&
      (reason !== 'primary' || (seenMin[j] as number) === 0 || (seenMin[j] as number) <= 1 - margin(j));
    for (const [j, id] of program.ids.entries()) {
      if (only && !only.has(id)) continue;
      const reason = suppression.get(id) as SuppressionReason;
      if (clearlyProtected(j, reason)) continue;
      const min = t.minimise(j, visit);
      if (clearlyProtected(j, reason)) continue;
      const best = t.maximise([[j, 1n]], visit);
      const max = best.kind === 'optimal' ? best.value : null;
      const kind = judge(min, max, reason, k);
      if (kind) problems.push(problem(id, kind, min, max));
    }
  }
  return problems;
}

function judge(
  min: Rational,
  max: Rational | null,
  reason: SuppressionReason,
  k: number,
): ProblemKind | null {
  if (max !== null) {
    const width = subtractRational(max, min);
    if (width.num === 0n) return 'exact';
    if (compareRational(width, rational(BigInt(k))) < 0) return 'narrow';
  }
  if (reason === 'primary' && compareRational(min, rational(1n)) > 0) return 'lower-bound';
  return null;
}

function problem(id: string, kind: ProblemKind, min: Rational, max: Rational | null): ProtectionProblem {
  return {
    id,
    kind,
    min: rationalToNumber(min),
    max: max === null ? Number.POSITIVE_INFINITY : rationalToNumber(max),
  };
}

interface Program {
  /** Variable j (j < ids.length) is the persons count of ids[j]. */
  readonly ids: readonly string[];
  readonly tableau: Tableau;
}

/**
 * The attacker's programs: one per group of suppressed cells linked by constraints (only groups holding a cell
 * of `only`). Variables: the persons counts of the group's cells; with signals, also their signals counts and
 * a slack per cell for persons <= signals. Rows: each constraint with the published counts filled in.
 */
function programs(model: ReportModel, suppression: Suppression, only?: ReadonlySet<string>): Program[] {
  const parent = new Map<string, string>();
  const find = (a: string): string => {
    let r = a;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    let x = a;
    while (x !== r) {
      const next = parent.get(x) as string;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  for (const id of suppression.keys()) parent.set(id, id);
  const touching: Constraint[] = [];
  for (const k of model.constraints) {
    let first: string | null = null;
    for (const id of [k.total, ...k.parts]) {
      if (!suppression.has(id)) continue;
      if (first === null) first = id;
      else parent.set(find(id), find(first));
    }
    if (first !== null) touching.push(k);
  }
  const groups = new Map<string, { ids: string[]; constraints: Constraint[] }>();
  for (const id of suppression.keys()) {
    const root = find(id);
    let g = groups.get(root);
    if (!g) {
      g = { ids: [], constraints: [] };
      groups.set(root, g);
    }
    g.ids.push(id);
  }
  for (const k of touching) {
    const id = [k.total, ...k.parts].find((c) => suppression.has(c)) as string;
    groups.get(find(id))?.constraints.push(k);
  }
  const withSignals = [...model.cells.values()].every((c) => c.signals !== undefined);
  const out: Program[] = [];
  for (const g of groups.values()) {
    if (only && !g.ids.some((id) => only.has(id))) continue;
    const n = g.ids.length;
    const index = new Map(g.ids.map((id, j) => [id, j]));
    const rows: LinearRow[] = [];
    const measures: ('persons' | 'signals')[] = withSignals ? ['persons', 'signals'] : ['persons'];
    for (const [m, measure] of measures.entries()) {
      for (const k of g.constraints) {
        const terms: [number, bigint][] = [];
        let rhs = 0n;
        const add = (id: string, coef: bigint): void => {
          const j = index.get(id);
          if (j !== undefined) terms.push([m * n + j, coef]);
          else rhs -= coef * BigInt(model.cells.get(id)?.[measure] ?? 0);
        };
        add(k.total, 1n);
        for (const p of k.parts) add(p, -1n);
        rows.push({ terms, rhs });
      }
    }
    if (withSignals) {
      // m * signals - persons - slack = 0: a cell holds at most m persons per signal (m = 1 unless set).
      const m = BigInt(model.personsPerRecord ?? 1);
      for (let j = 0; j < n; j++)
        rows.push({
          terms: [
            [n + j, m],
            [j, -1n],
            [2 * n + j, -1n],
          ],
          rhs: 0n,
        });
    }
    const tableau = Tableau.of(withSignals ? 3 * n : n, rows);
    if (!tableau) throw new Error('the published figures do not add up: the model is not additive');
    out.push({ ids: g.ids, tableau });
  }
  return out;
}
