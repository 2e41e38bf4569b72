/**
 * A small exact linear-programming solver: the attacker's view of a suppressed table. It answers "what is the
 * least and the most this unknown can be, given the published figures", over the rationals, so a cell that
 * can be worked out exactly is never missed by a rounding error.
 *
 * The program has variables x >= 0 and equality rows sum(a * x) = b with integer a and b (a table's
 * additive constraints after the published cells are filled in). It is solved with the two-phase simplex
 * method on a fraction-free tableau: each row is kept as integers (a row and a positive multiple of it are the
 * same equation), divided by the gcd after every pivot. Entering columns are chosen by the largest improvement,
 * switching to Bland's rule (lowest index enters and leaves), which cannot cycle, after a run of degenerate
 * pivots. After the first phase the tableau stays feasible, so every further objective (the next cell's
 * minimum or maximum) starts from the basis the previous one ended in.
 *
 * The integers are JavaScript numbers while every product stays below 2^53, where they are exact; the first
 * product that would not be exact makes the program start again with BigInt. Table programs (coefficients
 * 0 and ±1, counts of people) almost never need the second.
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

const babs = (a: bigint): bigint => (a < 0n ? -a : a);

function bgcd(a: bigint, b: bigint): bigint {
  let x = babs(a);
  let y = babs(b);
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
  const g = bgcd(num, den) || 1n;
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

/** The integer arithmetic a tableau needs, once for exact doubles and once for BigInt. */
interface Arith<T> {
  readonly zero: T;
  of(b: bigint): T;
  big(a: T): bigint;
  readonly one: T;
  /** a*b - c*d */
  mulSub(a: T, b: T, c: T, d: T): T;
  /** a - c*d */
  subMul(a: T, c: T, d: T): T;
  mul(a: T, b: T): T;
  neg(a: T): T;
  sign(a: T): number;
  /** The sign of a*b - c*d. */
  cmpMul(a: T, b: T, c: T, d: T): number;
  gcd(a: T, b: T): T;
  div(a: T, b: T): T;
  toNumber(a: T): number;
}

/** Thrown when a double would stop being exact; the program then runs again in BigInt. */
class Inexact extends Error {}

const EXACT = 2 ** 53;
const exactProduct = (a: number, b: number): number => {
  const p = a * b;
  if (!(p < EXACT && p > -EXACT)) throw new Inexact();
  return p;
};

const DOUBLES: Arith<number> = {
  zero: 0,
  one: 1,
  of(b) {
    if (b >= BigInt(EXACT) || b <= -BigInt(EXACT)) throw new Inexact();
    return Number(b);
  },
  big: (a) => BigInt(a),
  mulSub(a, b, c, d) {
    const r = exactProduct(a, b) - exactProduct(c, d);
    if (!(r < EXACT && r > -EXACT)) throw new Inexact();
    return r === 0 ? 0 : r; // no -0
  },
  subMul(a, c, d) {
    const r = a - exactProduct(c, d);
    if (!(r < EXACT && r > -EXACT)) throw new Inexact();
    return r === 0 ? 0 : r;
  },
  mul: (a, b) => exactProduct(a, b),
  neg: (a) => (a === 0 ? 0 : -a),
  sign: (a) => (a > 0 ? 1 : a < 0 ? -1 : 0),
  cmpMul(a, b, c, d) {
    const l = exactProduct(a, b);
    const r = exactProduct(c, d);
    return l < r ? -1 : l > r ? 1 : 0;
  },
  gcd(a, b) {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  },
  div: (a, b) => a / b,
  toNumber: (a) => a,
};

const BIGINTS: Arith<bigint> = {
  zero: 0n,
  one: 1n,
  of: (b) => b,
  big: (a) => a,
  mulSub: (a, b, c, d) => a * b - c * d,
  subMul: (a, c, d) => a - c * d,
  mul: (a, b) => a * b,
  neg: (a) => -a,
  sign: (a) => (a > 0n ? 1 : a < 0n ? -1 : 0),
  cmpMul(a, b, c, d) {
    const l = a * b;
    const r = c * d;
    return l < r ? -1 : l > r ? 1 : 0;
  },
  gcd: bgcd,
  div: (a, b) => a / b,
  toNumber: (a) => Number(a),
};

/** Degenerate pivots in a row before the entering rule changes to Bland's. */
const DEGENERATE_RUN = 30;

type CoreOptimum<T> = { kind: 'optimal'; num: T; den: T } | { kind: 'unbounded' };

class Core<T> {
  private constructor(
    private readonly A: Arith<T>,
    private readonly n: number,
    /** Row i: coefficients of the n variables, then the right-hand side; the basic variable's entry is > 0. */
    private rows: T[][],
    private readonly basis: number[],
  ) {}

  static of<T>(A: Arith<T>, variables: number, equations: readonly LinearRow[]): Core<T> | null {
    const m = equations.length;
    const width = variables + m; // originals, then one artificial per row
    const rows: T[][] = equations.map((eq, i) => {
      const big = new Array<bigint>(width + 1).fill(0n);
      const sign = eq.rhs < 0n ? -1n : 1n;
      for (const [index, coef] of eq.terms) big[index] = (big[index] as bigint) + sign * coef;
      big[variables + i] = 1n;
      big[width] = sign * eq.rhs;
      return big.map((v) => A.of(v));
    });
    const core = new Core(
      A,
      width,
      rows,
      rows.map((_, i) => variables + i),
    );
    // Maximise minus the sum of the artificials: the objective row is minus the sum of the rows.
    const objective = new Array<T>(width + 1).fill(A.zero);
    for (const row of rows) {
      for (let j = 0; j < variables; j++) objective[j] = A.subMul(objective[j] as T, row[j] as T, A.one);
      objective[width] = A.subMul(objective[width] as T, row[width] as T, A.one);
    }
    const result = core.run(objective, { value: A.one });
    if (result.kind !== 'optimal' || A.big(result.num) !== 0n) return null;
    return core.withoutArtificials(variables);
  }

  private sign(a: T): number {
    return this.A.sign(a);
  }

  /** Divides a row (and optionally a scale kept beside it) by the gcd of its entries. */
  private normalise(row: T[], extra?: { value: T }): void {
    const A = this.A;
    let g = extra ? A.gcd(extra.value, A.zero) : A.zero;
    for (const v of row) {
      if (this.sign(v) !== 0) g = A.gcd(g, v);
      if (g === A.one) return;
    }
    if (this.sign(g) === 0 || g === A.one) return;
    for (let j = 0; j < row.length; j++) row[j] = A.div(row[j] as T, g);
    if (extra) extra.value = A.div(extra.value, g);
  }

  /** Drives the artificials (all at 0) out of the basis, drops redundant rows and the artificial columns. */
  private withoutArtificials(variables: number): Core<T> {
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i] as T[];
      if ((this.basis[i] as number) < variables) continue;
      let q = -1;
      for (let j = 0; j < variables; j++) {
        if (this.sign(row[j] as T) !== 0) {
          q = j;
          break;
        }
      }
      if (q < 0) continue; // a redundant equation: every original coefficient is 0
      if (this.sign(row[q] as T) < 0) for (let j = 0; j < row.length; j++) row[j] = this.A.neg(row[j] as T);
      this.pivot(i, q);
    }
    const rows: T[][] = [];
    const basis: number[] = [];
    for (let i = 0; i < this.rows.length; i++) {
      const b = this.basis[i] as number;
      if (b >= variables) continue;
      const row = this.rows[i] as T[];
      const kept = row.slice(0, variables);
      kept.push(row[this.n] as T);
      this.normalise(kept);
      rows.push(kept);
      basis.push(b);
    }
    return new Core(this.A, variables, rows, basis);
  }

  private pivot(p: number, q: number, objective?: T[], scale?: { value: T }): void {
    const A = this.A;
    const pr = this.rows[p] as T[];
    const apq = pr[q] as T;
    const unit = apq === A.one;
    const nonzero: number[] = [];
    for (let j = 0; j < pr.length; j++) if (this.sign(pr[j] as T) !== 0) nonzero.push(j);
    for (let i = 0; i < this.rows.length; i++) {
      if (i === p) continue;
      const row = this.rows[i] as T[];
      const a = row[q] as T;
      if (this.sign(a) === 0) continue;
      // With a pivot of 1 (the usual case in a table's program) the row needs no scaling.
      if (unit) {
        for (const j of nonzero) row[j] = A.subMul(row[j] as T, pr[j] as T, a);
        continue;
      }
      for (let j = 0; j < row.length; j++) row[j] = A.mul(row[j] as T, apq);
      for (const j of nonzero) row[j] = A.subMul(row[j] as T, pr[j] as T, a);
      this.normalise(row);
    }
    if (objective && scale) {
      const a = objective[q] as T;
      if (this.sign(a) !== 0 && unit) {
        for (const j of nonzero) objective[j] = A.subMul(objective[j] as T, pr[j] as T, a);
      } else if (this.sign(a) !== 0) {
        for (let j = 0; j < objective.length; j++) objective[j] = A.mul(objective[j] as T, apq);
        for (const j of nonzero) objective[j] = A.subMul(objective[j] as T, pr[j] as T, a);
        scale.value = A.mul(scale.value, apq);
        this.normalise(objective, scale);
      }
    }
    this.basis[p] = q;
  }

  /** Phase two; `objective` is the row of scale*z + sum(r * x) = R, changed in place. */
  run(objective: T[], scale: { value: T }, visit?: () => void): CoreOptimum<T> {
    const A = this.A;
    const rhs = this.n;
    const one = A.one;
    let degenerate = 0;
    for (;;) {
      visit?.();
      // The most negative reduced cost enters; after a run of degenerate pivots the lowest index does.
      const bland = degenerate >= DEGENERATE_RUN;
      let q = -1;
      for (let j = 0; j < this.n; j++) {
        const r = objective[j] as T;
        if (this.sign(r) >= 0) continue;
        if (q < 0) {
          q = j;
          if (bland) break;
        } else if (A.cmpMul(r, one, objective[q] as T, one) < 0) q = j;
      }
      if (q < 0) return { kind: 'optimal', num: objective[rhs] as T, den: scale.value };
      let p = -1;
      for (let i = 0; i < this.rows.length; i++) {
        const row = this.rows[i] as T[];
        const a = row[q] as T;
        if (this.sign(a) <= 0) continue;
        if (p < 0) {
          p = i;
          continue;
        }
        const best = this.rows[p] as T[];
        // row's ratio b/a against best's ratio, by cross-multiplication (both a > 0).
        const c = A.cmpMul(row[rhs] as T, best[q] as T, best[rhs] as T, a);
        if (c < 0 || (c === 0 && (this.basis[i] as number) < (this.basis[p] as number))) p = i;
      }
      if (p < 0) return { kind: 'unbounded' };
      degenerate = this.sign((this.rows[p] as T[])[rhs] as T) === 0 ? degenerate + 1 : 0;
      this.pivot(p, q, objective, scale);
    }
  }

  maximise(c: readonly (readonly [index: number, coef: bigint])[], visit?: () => void): CoreOptimum<T> {
    const A = this.A;
    const objective = new Array<T>(this.n + 1).fill(A.zero);
    for (const [index, coef] of c) objective[index] = A.of(-coef);
    const scale = { value: A.one };
    for (let i = 0; i < this.rows.length; i++) {
      const b = this.basis[i] as number;
      const r = objective[b] as T;
      if (this.sign(r) === 0) continue;
      const row = this.rows[i] as T[];
      const a = row[b] as T;
      for (let j = 0; j < objective.length; j++)
        objective[j] = A.mulSub(objective[j] as T, a, row[j] as T, r);
      scale.value = A.mul(scale.value, a);
      this.normalise(objective, scale);
    }
    return this.run(objective, scale, visit);
  }

  forEachBasic(f: (index: number, value: number) => void): void {
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i] as T[];
      const b = this.basis[i] as number;
      f(b, this.A.toNumber(row[this.n] as T) / this.A.toNumber(row[b] as T));
    }
  }
}

/**
 * The feasible region of one program, kept as a simplex tableau in a feasible basis. Create it with
 * `Tableau.of`, which returns null when the rows have no solution with x >= 0 (published figures that do not
 * add up); then ask `maximise` / `minimise` for as many objectives as needed.
 */
export class Tableau {
  private constructor(
    private readonly variables: number,
    private readonly equations: readonly LinearRow[],
    private core: Core<number> | Core<bigint>,
    private exactInBigInt: boolean,
  ) {}

  static of(variables: number, equations: readonly LinearRow[]): Tableau | null {
    try {
      const core = Core.of(DOUBLES, variables, equations);
      return core ? new Tableau(variables, equations, core, false) : null;
    } catch (e) {
      if (!(e instanceof Inexact)) throw e;
      const core = Core.of(BIGINTS, variables, equations);
      return core ? new Tableau(variables, equations, core, true) : null;
    }
  }

  /** True once the program needed BigInt. */
  get usesBigInt(): boolean {
    return this.exactInBigInt;
  }

  /** The optimum of sum(c * x) over the feasible region; `visit` is called at every vertex passed on the way. */
  maximise(c: readonly (readonly [index: number, coef: bigint])[], visit?: (t: Tableau) => void): Optimum {
    const v = visit ? () => visit(this) : undefined;
    let result: CoreOptimum<number> | CoreOptimum<bigint>;
    try {
      result = this.core.maximise(c, v);
    } catch (e) {
      if (!(e instanceof Inexact) || this.exactInBigInt) throw e;
      const core = Core.of(BIGINTS, this.variables, this.equations);
      if (!core) throw new Error('a feasible program became infeasible');
      this.core = core;
      this.exactInBigInt = true;
      result = core.maximise(c, v);
    }
    if (result.kind === 'unbounded') return result;
    return { kind: 'optimal', value: rational(BigInt(result.num), BigInt(result.den)) };
  }

  /** The least value of x[index] over the feasible region (never unbounded: x >= 0). */
  minimise(index: number, visit?: (t: Tableau) => void): Rational {
    const result = this.maximise([[index, -1n]], visit);
    if (result.kind !== 'optimal') throw new Error('a minimum of a non-negative variable is bounded');
    return rational(-result.value.num, result.value.den);
  }

  /**
   * The current vertex's basic variables with their values as doubles (the others are 0). For shortcuts
   * only: a decision is made on exact optima, or on these values with a margin far above rounding.
   */
  forEachBasic(f: (index: number, value: number) => void): void {
    this.core.forEachBasic(f);
  }
}
