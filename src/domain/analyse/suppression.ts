import { findProtectionProblems, type ProtectionProblem, type SuppressionReason } from './audit.js';
import type { Cell, Constraint, ReportModel } from './table-model.js';

/**
 * Primary and secondary cell suppression over all linked tables of a report at once.
 *
 * Primary: a cell of 1 to k-1 distinct persons (or with 1 to k-1 persons behind its records, `contributors`)
 * is suppressed, and so is every cell of a row or column (a
 * constraint) whose total is 1 to k-1: in such a row even the zeros and the split between the cells would
 * tell something about very few people. A 0 is published: like statistics offices' structural zeros, it says
 * that nobody is in that cell, which names no one; a row with a small total is the case where zeros would
 * tell more, and that row is suppressed whole.
 *
 * Secondary: complementary cells are chosen in two steps and the result is checked by the exact audit.
 *  1. Every constraint with exactly one suppressed cell gets a second one (otherwise that cell is its total
 *     minus the others); a region's roll-up with one suppressed municipality gets a second municipality. The
 *     complement is the published cell of that constraint that also completes another such constraint (so one
 *     cell closes a row and a column, the corner of the classic rectangle), else the smallest non-zero cell.
 *  2. The audit computes each suppressed cell's feasible interval; for every cell still determined or pinned
 *     too narrowly, one more cell next to it is suppressed (the smallest that covers what is missing, else the
 *     smallest), step 1 is repeated, and the audit runs again, until every suppressed cell is protected.
 * Suppressing a cell only widens what an attacker must allow for, so a cell once protected stays protected and
 * the loop ends (at the latest when nothing next to a problem is left to suppress).
 */

/** Every cell to suppress because it, or the total of one of its rows or columns, is below k. */
export function primarySuppression(model: ReportModel, k: number): Map<string, SuppressionReason> {
  const out = new Map<string, SuppressionReason>();
  const few = (n: number | undefined): boolean => n !== undefined && n >= 1 && n < k;
  const small = (c: Cell | undefined): boolean => !!c && (few(c.persons) || few(c.contributors));
  for (const c of model.cells.values()) if (small(c)) out.set(c.id, 'primary');
  for (const con of model.constraints) {
    if (!small(model.cells.get(con.total))) continue;
    out.set(con.total, 'primary');
    for (const p of con.parts) out.set(p, 'primary');
  }
  return out;
}

/** The primary cells and the complementary cells that protect them, checked by the audit. */
export function protectCells(
  model: ReportModel,
  k: number,
  alsoSuppress: ReadonlySet<string> = new Set(),
): Map<string, SuppressionReason> {
  const suppressed = primarySuppression(model, k);
  // Cells suppressed elsewhere (in a quarter of this year): suppressed here too, or the year minus its other
  // quarters would give them back. Judged as complements: they need an interval of width k, not one to 1.
  for (const id of alsoSuppress)
    if (model.cells.has(id) && !suppressed.has(id)) suppressed.set(id, 'secondary');
  const byCell = constraintsByCell(model);
  closeConstraints(model, suppressed, byCell, model.constraints);
  const passed = new Set<string>();
  for (;;) {
    const pending = new Set([...suppressed.keys()].filter((id) => !passed.has(id)));
    if (pending.size === 0) return suppressed;
    const problems = findProtectionProblems(model, suppressed, k, pending);
    const failing = new Set(problems.map((p) => p.id));
    for (const id of pending) if (!failing.has(id)) passed.add(id);
    if (problems.length === 0) return suppressed;
    const added: string[] = [];
    const near = new Set<string>();
    for (const p of problems) {
      // One complement per neighbourhood per round: a cell added next to a problem often fixes its neighbours.
      if (near.has(p.id)) continue;
      const c = complementFor(model, suppressed, byCell, p, k);
      if (c === null) continue;
      suppressed.set(c, 'secondary');
      added.push(c);
      for (const con of byCell.get(c) ?? []) for (const id of cellsOf(con)) near.add(id);
    }
    if (added.length === 0) throw new Error('no cell left to suppress next to an unprotected cell');
    closeConstraints(
      model,
      suppressed,
      byCell,
      added.flatMap((id) => byCell.get(id) ?? []),
    );
  }
}

function cellsOf(con: Constraint): string[] {
  return [con.total, ...con.parts];
}

function constraintsByCell(model: ReportModel): Map<string, Constraint[]> {
  const out = new Map<string, Constraint[]>();
  for (const con of model.constraints) {
    for (const id of cellsOf(con)) {
      const list = out.get(id);
      if (list) list.push(con);
      else out.set(id, [con]);
    }
  }
  return out;
}

/** The cells a constraint still needs suppressed among, or null when it needs nothing. */
function openCandidates(
  con: Constraint,
  suppressed: ReadonlyMap<string, SuppressionReason>,
): string[] | null {
  if (con.region) {
    const published = con.parts.filter((p) => !suppressed.has(p));
    if (con.parts.length - published.length === 1 && published.length > 0) return published;
  }
  const cells = cellsOf(con);
  const published = cells.filter((id) => !suppressed.has(id));
  return cells.length - published.length === 1 ? published : null;
}

/** Step 1: no constraint is left with a single suppressed cell (nor a region with a single municipality). */
function closeConstraints(
  model: ReportModel,
  suppressed: Map<string, SuppressionReason>,
  byCell: ReadonlyMap<string, readonly Constraint[]>,
  start: readonly Constraint[],
): void {
  const queue = [...start];
  const persons = (id: string): number => model.cells.get(id)?.persons ?? 0;
  while (queue.length > 0) {
    const con = queue.pop() as Constraint;
    const candidates = openCandidates(con, suppressed);
    if (!candidates) continue;
    const completesAnother = (id: string): boolean =>
      (byCell.get(id) ?? []).some(
        (other) => other !== con && openCandidates(other, suppressed)?.includes(id),
      );
    const best = pick(candidates, (id) => [
      completesAnother(id) ? 0 : 1,
      persons(id) === 0 ? 1 : 0,
      persons(id),
    ]);
    suppressed.set(best, 'secondary');
    for (const other of byCell.get(best) ?? []) queue.push(other);
    queue.push(con);
  }
}

/** Step 2: one more cell for a problem, from the constraints nearest to it that still have published cells. */
function complementFor(
  model: ReportModel,
  suppressed: ReadonlyMap<string, SuppressionReason>,
  byCell: ReadonlyMap<string, readonly Constraint[]>,
  problem: ProtectionProblem,
  k: number,
): string | null {
  const persons = (id: string): number => model.cells.get(id)?.persons ?? 0;
  const missing = problem.kind === 'lower-bound' ? problem.min - 1 : k - (problem.max - problem.min);
  let frontier = [problem.id];
  const visited = new Set(frontier);
  while (frontier.length > 0) {
    const candidates = new Set<string>();
    const next: string[] = [];
    for (const id of frontier) {
      for (const con of byCell.get(id) ?? []) {
        for (const c of cellsOf(con)) {
          if (!suppressed.has(c)) candidates.add(c);
          else if (!visited.has(c)) {
            visited.add(c);
            next.push(c);
          }
        }
      }
    }
    if (candidates.size > 0) {
      return pick([...candidates], (id) => [
        persons(id) === 0 ? 1 : 0,
        persons(id) >= missing ? 0 : 1,
        persons(id),
      ]);
    }
    frontier = next;
  }
  return null;
}

/** The candidate with the lowest score (compared element by element), ties broken by name for a stable result. */
function pick(candidates: readonly string[], score: (id: string) => readonly number[]): string {
  let best = candidates[0] as string;
  let bestScore = score(best);
  for (const id of candidates.slice(1)) {
    const s = score(id);
    const cmp = compareScores(s, bestScore);
    if (cmp < 0 || (cmp === 0 && id < best)) {
      best = id;
      bestScore = s;
    }
  }
  return best;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}
