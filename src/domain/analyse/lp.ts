/**
 * A small exact linear-programming solver: the attacker's view of a suppressed table. It answers "what is the
 * least and the most this unknown can be, given the published figures", over the rationals with BigInt, so a
 * cell that can be worked out exactly is never missed by a rounding error.
 *
 * The program has variables x >= 0 and equality rows sum(a * x) = b with integer a and b (a table's
 * additive constraints after the published cells are filled in). It is solved with the two-phase simplex
 * method on a fraction-free tableau: each row is kept as integers (a row and a positive multiple of it are the
 * same equation), divided by the gcd after every pivot. Bland's rule (lowest index enters and leaves) keeps the
 * method from cycling on the degenerate programs tables give. After the first phase the tableau stays feasible,
 * so every further objective (the next cell's minimum or maximum) starts from the basis the previous one ended in.
 */

/** An exact rational number: num / den with den > 0. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/** One equation of the program: the sum of coef * x[index] over the terms equals rhs. */
export interface LinearRow {
  readonly terms: readonly (readonly [index: number, coef: bigint])[];
  readonly rhs: bigint;
}

export type Optimum = { readonly kind: 'optimal'; readonly value: Rational } | { readonly kind: 'unbounded' };

const abs = (a: bigint): bigint => (a < 0n ? -a : a);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** The rational num/den in lowest terms with a positive denominator. */
export function rational(num: bigint, den = 1n): Rational {
  if (den === 0n) throw new RangeError('denominator 0');
  const g = gcd(num, den) || 1n;
  const sign = den < 0n ? -1n : 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compareRational(a: Rational, b: Rational): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function subtractRational(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function rationalToNumber(a: Rational): number {
  return Number(a.num) / Number(a.den);
}

/** Divides a row (and optionally an extra factor kept beside it) by the gcd of its entries. */
function normalise(row: bigint[], extra?: { value: bigint }): void {
  let g = extra ? abs(extra.value) : 0n;
  for (const v of row) {
    if (v !== 0n) g = gcd(g, v);
    if (g === 1n) return;
  }
  if (g <= 1n) return;
  for (let j = 0; j < row.length; j++) row[j] = (row[j] as bigint) / g;
  if (extra) extra.value /= g;
}

/**
 * The feasible region of one program, kept as a simplex tableau in a feasible basis. Create it with
 * `Tableau.of`, which returns null when the rows have no solution with x >= 0 (published figures that do not
 * add up); then ask `maximise` / `minimise` for as many objectives as needed.
 */
export class Tableau {
  /** Row i: coefficients of the n variables, then the right-hand side; the basic variable's entry is > 0. */
  private readonly rows: bigint[][];
  private readonly basis: number[];

  private constructor(
    private readonly n: number,
    rows: bigint[][],
    basis: number[],
  ) {
    this.rows = rows;
    this.basis = basis;
  }

  /** Phase one: finds a feasible basis, or null when there is none. */
  static of(variables: number, equations: readonly LinearRow[]): Tableau | null {
    const m = equations.length;
    const width = variables + m; // originals, then one artificial per row
    const rows: bigint[][] = equations.map((eq, i) => {
      const row = new Array<bigint>(width + 1).fill(0n);
      const sign = eq.rhs < 0n ? -1n : 1n;
      for (const [index, coef] of eq.terms) row[index] = (row[index] as bigint) + sign * coef;
      row[variables + i] = 1n;
      row[width] = sign * eq.rhs;
      return row;
    });
    const basis = rows.map((_, i) => variables + i);
    const t = new Tableau(width, rows, basis);
    // Maximise minus the sum of the artificials: the objective row is minus the sum of the rows.
    const objective = new Array<bigint>(width + 1).fill(0n);
    for (const row of rows)
      for (let j = 0; j < variables; j++) objective[j] = (objective[j] as bigint) - (row[j] as bigint);
    for (const row of rows) objective[width] = (objective[width] as bigint) - (row[width] as bigint);
    const result = t.run(objective, { value: 1n });
    if (result.kind !== 'optimal' || result.value.num !== 0n) return null;
    return t.withoutArtificials(variables);
  }

  /** Drives the artificials (all at 0) out of the basis, drops redundant rows and the artificial columns. */
  private withoutArtificials(variables: number): Tableau {
    const rows: bigint[][] = [];
    const basis: number[] = [];
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i] as bigint[];
      if ((this.basis[i] as number) >= variables) {
        let q = -1;
        for (let j = 0; j < variables; j++) {
          if (row[j] !== 0n) {
            q = j;
            break;
          }
        }
        if (q < 0) continue; // a redundant equation: every original coefficient is 0
        if ((row[q] as bigint) < 0n) for (let j = 0; j < row.length; j++) row[j] = -(row[j] as bigint);
        this.pivot(i, q);
      }
    }
    for (let i = 0; i < this.rows.length; i++) {
      const b = this.basis[i] as number;
      if (b >= variables) continue;
      const row = this.rows[i] as bigint[];
      const kept = row.slice(0, variables);
      kept.push(row[this.n] as bigint);
      normalise(kept);
      rows.push(kept);
      basis.push(b);
    }
    return new Tableau(variables, rows, basis);
  }

  private pivot(p: number, q: number, objective?: bigint[], scale?: { value: bigint }): void {
    const pr = this.rows[p] as bigint[];
    const apq = pr[q] as bigint;
    for (let i = 0; i < this.rows.length; i++) {
      if (i === p) continue;
      const row = this.rows[i] as bigint[];
      const a = row[q] as bigint;
      if (a === 0n) continue;
      for (let j = 0; j < row.length; j++) row[j] = (row[j] as bigint) * apq - (pr[j] as bigint) * a;
      normalise(row);
    }
    if (objective && scale) {
      const a = objective[q] as bigint;
      if (a !== 0n) {
        for (let j = 0; j < objective.length; j++)
          objective[j] = (objective[j] as bigint) * apq - (pr[j] as bigint) * a;
        scale.value *= apq;
        normalise(objective, scale);
      }
    }
    this.basis[p] = q;
  }

  /** Phase two with Bland's rule; `objective` is the row of scale*z + sum(r * x) = R, changed in place. */
  private run(objective: bigint[], scale: { value: bigint }, visit?: (t: Tableau) => void): Optimum {
    const rhs = this.n;
    for (;;) {
      visit?.(this);
      let q = -1;
      for (let j = 0; j < this.n; j++) {
        if ((objective[j] as bigint) < 0n) {
          q = j;
          break;
        }
      }
      if (q < 0) return { kind: 'optimal', value: rational(objective[rhs] as bigint, scale.value) };
      let p = -1;
      for (let i = 0; i < this.rows.length; i++) {
        const row = this.rows[i] as bigint[];
        const a = row[q] as bigint;
        if (a <= 0n) continue;
        if (p < 0) {
          p = i;
          continue;
        }
        const best = this.rows[p] as bigint[];
        // row's ratio b/a against best's ratio, by cross-multiplication (both a > 0).
        const l = (row[rhs] as bigint) * (best[q] as bigint);
        const r = (best[rhs] as bigint) * a;
        if (l < r || (l === r && (this.basis[i] as number) < (this.basis[p] as number))) p = i;
      }
      if (p < 0) return { kind: 'unbounded' };
      this.pivot(p, q, objective, scale);
    }
  }

  /** The optimum of sum(c * x) over the feasible region; `visit` sees every vertex passed on the way. */
  maximise(c: readonly (readonly [index: number, coef: bigint])[], visit?: (t: Tableau) => void): Optimum {
    const objective = new Array<bigint>(this.n + 1).fill(0n);
    for (const [index, coef] of c) objective[index] = (objective[index] as bigint) - coef;
    const scale = { value: 1n };
    for (let i = 0; i < this.rows.length; i++) {
      const b = this.basis[i] as number;
      const r = objective[b] as bigint;
      if (r === 0n) continue;
      const row = this.rows[i] as bigint[];
      const a = row[b] as bigint;
      for (let j = 0; j < objective.length; j++)
        objective[j] = (objective[j] as bigint) * a - (row[j] as bigint) * r;
      scale.value *= a;
      normalise(objective, scale);
    }
    return this.run(objective, scale, visit);
  }

  /** The least value of x[index] over the feasible region (never unbounded: x >= 0). */
  minimise(index: number, visit?: (t: Tableau) => void): Rational {
    const result = this.maximise([[index, -1n]], visit);
    if (result.kind !== 'optimal') throw new Error('a minimum of a non-negative variable is bounded');
    return rational(-result.value.num, result.value.den);
  }

  /** The values of the current vertex, as num/den pairs: basic variables from their rows, the others 0. */
  forEachBasic(f: (index: number, value: Rational) => void): void {
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i] as bigint[];
      const b = this.basis[i] as number;
      f(b, rational(row[this.n] as bigint, row[b] as bigint));
    }
  }

  get variables(): number {
    return this.n;
  }
}
