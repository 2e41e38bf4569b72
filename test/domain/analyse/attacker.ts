/**
 * An attacker written independently of the production audit, for the property-based tests: it solves the
 * published figures by Gaussian elimination of the additive constraints followed by Fourier–Motzkin
 * elimination of the non-negativity inequalities, in exact integer arithmetic (BigInt), and returns for each
 * suppressed cell the least and the most persons it can hold. It shares no code with src/domain/analyse/lp.ts
 * or audit.ts; it reads only the model's cells and constraints and the marks (what a reader sees).
 * Fourier–Motzkin grows quickly with the number of free unknowns, so it is meant for small tables.
 */

export interface AttackCell {
  readonly id: string;
  readonly persons: number;
}

export interface AttackConstraint {
  readonly total: string;
  readonly parts: readonly string[];
}

export interface AttackBounds {
  readonly id: string;
  /** Exact bounds as [numerator, denominator]; max null when unbounded. */
  readonly min: readonly [bigint, bigint];
  readonly max: readonly [bigint, bigint] | null;
}

const babs = (a: bigint): bigint => (a < 0n ? -a : a);
function bgcd(a: bigint, b: bigint): bigint {
  let x = babs(a);
  let y = babs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}

/** An integer row a·v + c (stored as [a..., c]), divided by the gcd of its entries. */
function reduce(row: bigint[]): bigint[] {
  let g = 0n;
  for (const v of row) g = bgcd(g, v);
  return g > 1n ? row.map((v) => v / g) : row;
}

/**
 * Every suppressed cell's bounds. `published` returns the value a reader sees for a cell, or null when the
 * cell is suppressed.
 */
export function attack(
  cells: readonly AttackCell[],
  constraints: readonly AttackConstraint[],
  published: (id: string) => number | null,
  maxRows = 50_000,
): AttackBounds[] {
  const unknown = cells.filter((c) => published(c.id) === null).map((c) => c.id);
  const col = new Map(unknown.map((id, j) => [id, j]));
  const n = unknown.length;
  // Equations as integer rows [a_0..a_{n-1}, b] meaning sum a x = b.
  const eqs: bigint[][] = [];
  for (const k of constraints) {
    const row = new Array<bigint>(n + 1).fill(0n);
    const put = (id: string, s: bigint): void => {
      const j = col.get(id);
      if (j === undefined) row[n] = (row[n] as bigint) - s * BigInt(published(id) as number);
      else row[j] = (row[j] as bigint) + s;
    };
    put(k.total, 1n);
    for (const p of k.parts) put(p, -1n);
    if (row.slice(0, n).some((v) => v !== 0n)) eqs.push(row);
    else if (row[n] !== 0n) throw new Error('published figures do not add up');
  }
  // Fraction-free Gauss–Jordan: pivot rows express a pivot unknown through the free ones.
  const pivotOf: number[] = [];
  const rows: bigint[][] = [];
  for (const e of eqs) {
    let r = [...e];
    for (const [i, pr] of rows.entries()) {
      const p = pivotOf[i] as number;
      if (r[p] === 0n) continue;
      const a = pr[p] as bigint;
      const b = r[p] as bigint;
      r = reduce(r.map((v, j) => v * a - (pr[j] as bigint) * b));
    }
    const p = r.findIndex((v, j) => j < n && v !== 0n);
    if (p < 0) {
      if (r[n] !== 0n) throw new Error('published figures do not add up');
      continue;
    }
    for (const [i, pr] of rows.entries()) {
      if (pr[p] === 0n) continue;
      const a = r[p] as bigint;
      const b = pr[p] as bigint;
      rows[i] = reduce(pr.map((v, j) => v * a - (r[j] as bigint) * b));
    }
    rows.push(r);
    pivotOf.push(p);
  }
  const isPivot = new Set(pivotOf);
  const free = [...Array(n).keys()].filter((j) => !isPivot.has(j));
  const fIndex = new Map(free.map((j, i) => [j, i]));
  const f = free.length;
  // Each unknown as an affine form over the free unknowns: [coef per free..., constant], times a positive scale.
  const forms: bigint[][] = new Array(n);
  for (const j of free) {
    const form = new Array<bigint>(f + 1).fill(0n);
    form[fIndex.get(j) as number] = 1n;
    forms[j] = form;
  }
  for (const [i, r] of rows.entries()) {
    const p = pivotOf[i] as number;
    let a = r[p] as bigint; // a x_p + sum(r_j x_j) = b  =>  x_p = (b - sum r_j x_j) / a
    let sign = 1n;
    if (a < 0n) {
      a = -a;
      sign = -1n;
    }
    const form = new Array<bigint>(f + 1).fill(0n);
    for (const j of free) form[fIndex.get(j) as number] = -sign * (r[j] as bigint);
    form[f] = sign * (r[n] as bigint);
    forms[p] = form; // scaled by a > 0: the sign of the form is the sign of x_p
  }
  // Non-negativity of every unknown: form >= 0.
  const base = forms.map((form) => reduce([...form]));
  return unknown.map((id, t) => {
    const target = forms[t] as bigint[];
    const targetScale = isPivot.has(t) ? babs(rows[pivotOf.indexOf(t)]?.[t] as bigint) : 1n;
    const { min, max } = boundsOf(target, targetScale, base, f, maxRows);
    return { id, min, max };
  });
}

/**
 * The least and greatest value of (form / scale) subject to every inequality (row >= 0) over f free unknowns,
 * by Fourier–Motzkin: a new unknown y = form/scale replaces one free unknown, the others are eliminated.
 */
function boundsOf(
  form: readonly bigint[],
  scale: bigint,
  inequalities: readonly bigint[][],
  f: number,
  maxRows: number,
): { min: [bigint, bigint]; max: [bigint, bigint] | null } {
  const q = form.findIndex((v, j) => j < f && v !== 0n);
  const constant = form[f] as bigint;
  if (q < 0) return { min: [constant, scale], max: [constant, scale] };
  // scale*y = form  =>  x_q = (scale*y - sum_{j != q} form_j x_j - c) / form_q. Substitute in each row; the
  // new variable y takes column q. Multiplying a row by |form_q| keeps its direction.
  const fq = form[q] as bigint;
  const m = babs(fq);
  const s = fq < 0n ? -1n : 1n;
  let system = inequalities.map((row) => {
    const rq = row[q] as bigint;
    const out = row.map((v) => v * m);
    if (rq === 0n) return reduce(out);
    // rq * x_q * m = rq * s * (scale*y - sum form_j x_j - c)
    for (let j = 0; j <= f; j++) {
      if (j === q) out[j] = rq * s * scale;
      else out[j] = (out[j] as bigint) - rq * s * (form[j] as bigint);
    }
    return reduce(out);
  });
  // Chernikov's rule: after e eliminations a row combined from more than e + 1 of the original rows is
  // redundant; each row carries the set of original rows it came from.
  let rowsWithHistory: Row[] = system.map((coef, i) => ({ coef, history: 1n << BigInt(i) }));
  const left = new Set([...Array(f).keys()].filter((v) => v !== q));
  let eliminated = 0;
  while (left.size > 0) {
    // The unknown whose elimination adds the fewest rows first.
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const v of left) {
      let p = 0;
      let n = 0;
      for (const r of rowsWithHistory) {
        const a = r.coef[v] as bigint;
        if (a > 0n) p++;
        else if (a < 0n) n++;
      }
      const cost = p * n - p - n;
      if (cost < bestCost) {
        bestCost = cost;
        best = v;
      }
    }
    left.delete(best);
    eliminated++;
    rowsWithHistory = eliminate(rowsWithHistory, best, eliminated + 1, maxRows);
  }
  system = rowsWithHistory.map((r) => r.coef);
  let lo: [bigint, bigint] | null = null;
  let hi: [bigint, bigint] | null = null;
  for (const row of system) {
    const a = row[q] as bigint;
    const c = row[f] as bigint;
    if (a === 0n) {
      if (c < 0n) throw new Error('infeasible');
      continue;
    }
    // a*y + c >= 0
    const bound: [bigint, bigint] = a > 0n ? [-c, a] : [c, -a];
    if (a > 0n) {
      if (!lo || bound[0] * lo[1] > lo[0] * bound[1]) lo = bound;
    } else if (!hi || bound[0] * hi[1] < hi[0] * bound[1]) hi = bound;
  }
  return { min: lo ?? [0n, 1n], max: hi };
}

interface Row {
  readonly coef: bigint[];
  readonly history: bigint;
}

function popcount(x: bigint): number {
  let c = 0;
  for (let y = x; y; y &= y - 1n) c++;
  return c;
}

function eliminate(system: readonly Row[], v: number, maxHistory: number, maxRows: number): Row[] {
  const pos: Row[] = [];
  const neg: Row[] = [];
  // Rows with the same coefficients: only the strongest (smallest constant) matters.
  const byCoef = new Map<string, Row>();
  const keep = (row: Row): void => {
    const c = row.coef;
    const last = c.length - 1;
    if (c.every((x, j) => j === last || x === 0n)) {
      if ((c[last] as bigint) < 0n) throw new Error('infeasible');
      return;
    }
    const key = c.slice(0, last).join(',');
    const known = byCoef.get(key);
    if (!known || (c[last] as bigint) < (known.coef[last] as bigint)) byCoef.set(key, row);
  };
  for (const row of system) {
    const a = row.coef[v] as bigint;
    if (a > 0n) pos.push(row);
    else if (a < 0n) neg.push(row);
    else keep(row);
  }
  for (const p of pos) {
    for (const n of neg) {
      const history = p.history | n.history;
      if (popcount(history) > maxHistory) continue;
      const a = p.coef[v] as bigint;
      const b = -(n.coef[v] as bigint);
      keep({ coef: reduce(p.coef.map((x, j) => x * b + (n.coef[j] as bigint) * a)), history });
      if (byCoef.size > maxRows) throw new Error('Fourier–Motzkin grew too large for this table');
    }
  }
  return [...byCoef.values()];
}
