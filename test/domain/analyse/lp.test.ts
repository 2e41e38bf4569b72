import { describe, expect, it } from 'vitest';
import { compareRational, type LinearRow, rational, Tableau } from '../../../src/domain/analyse/lp.js';

const row = (terms: [number, number][], rhs: number): LinearRow => ({
  terms: terms.map(([i, c]) => [i, BigInt(c)] as const),
  rhs: BigInt(rhs),
});

describe('exact simplex', () => {
  it('finds the least and the most of each variable of a row that sums to a known total', () => {
    // x0 + x1 + x2 = 7
    const t = Tableau.of(3, [
      row(
        [
          [0, 1],
          [1, 1],
          [2, 1],
        ],
        7,
      ),
    ]);
    expect(t).not.toBeNull();
    for (let j = 0; j < 3; j++) {
      expect(t?.minimise(j)).toEqual(rational(0n));
      expect(t?.maximise([[j, 1n]])).toEqual({ kind: 'optimal', value: rational(7n) });
    }
  });

  it('works with exact fractions, not rounded ones', () => {
    // 2 x0 + 3 x1 = 5, 3 x0 + 3 x2 = 4: x0 at most 4/3 (x2 = 0), and then x1 = 7/9.
    const t = Tableau.of(3, [
      row(
        [
          [0, 2],
          [1, 3],
        ],
        5,
      ),
      row(
        [
          [0, 3],
          [2, 3],
        ],
        4,
      ),
    ]);
    expect(t?.maximise([[0, 1n]])).toEqual({ kind: 'optimal', value: rational(4n, 3n) });
    expect(t?.maximise([[1, 1n]])).toEqual({ kind: 'optimal', value: rational(5n, 3n) });
    expect(t?.minimise(1)).toEqual(rational(7n, 9n));
  });

  it('says unbounded when nothing caps a variable', () => {
    // x0 - x1 = 3: both can grow together.
    const t = Tableau.of(2, [
      row(
        [
          [0, 1],
          [1, -1],
        ],
        3,
      ),
    ]);
    expect(t?.maximise([[0, 1n]])).toEqual({ kind: 'unbounded' });
    expect(t?.minimise(0)).toEqual(rational(3n));
  });

  it('returns null when the rows have no non-negative solution', () => {
    expect(
      Tableau.of(2, [
        row(
          [
            [0, 1],
            [1, 1],
          ],
          -2,
        ),
      ]),
    ).toBeNull();
    expect(
      Tableau.of(2, [
        row(
          [
            [0, 1],
            [1, 1],
          ],
          2,
        ),
        row(
          [
            [0, 1],
            [1, 1],
          ],
          3,
        ),
      ]),
    ).toBeNull();
  });

  it('drops redundant rows and handles degenerate vertices (a 2x2 table with all four cells unknown)', () => {
    // a + b = 10, c + d = 20, a + c = 12, b + d = 18 (one equation is the sum of the others).
    const t = Tableau.of(4, [
      row(
        [
          [0, 1],
          [1, 1],
        ],
        10,
      ),
      row(
        [
          [2, 1],
          [3, 1],
        ],
        20,
      ),
      row(
        [
          [0, 1],
          [2, 1],
        ],
        12,
      ),
      row(
        [
          [1, 1],
          [3, 1],
        ],
        18,
      ),
      row(
        [
          [0, 1],
          [1, 1],
          [2, 1],
          [3, 1],
        ],
        30,
      ),
    ]);
    expect(t?.minimise(0)).toEqual(rational(0n));
    expect(t?.maximise([[0, 1n]])).toEqual({ kind: 'optimal', value: rational(10n) });
    expect(t?.minimise(3)).toEqual(rational(8n));
    expect(t?.maximise([[3, 1n]])).toEqual({ kind: 'optimal', value: rational(18n) });
  });

  it('starts again in BigInt when a product would no longer be exact in doubles', () => {
    // 2^40 x0 + 3 x1 = 2^45 + 1: the ratio test multiplies numbers beyond 2^53.
    const big = 2n ** 40n;
    const t = Tableau.of(2, [
      {
        terms: [
          [0, big],
          [1, 3n],
        ],
        rhs: 2n ** 45n + 1n,
      },
    ]);
    expect(t?.maximise([[0, 1n]])).toEqual({ kind: 'optimal', value: rational(2n ** 45n + 1n, big) });
    expect(t?.maximise([[1, 1n]])).toEqual({ kind: 'optimal', value: rational(2n ** 45n + 1n, 3n) });
    expect(t?.usesBigInt).toBe(true);
    const small = Tableau.of(1, [row([[0, 1]], 4)]);
    expect(small?.usesBigInt).toBe(false);
  });

  it('compares rationals exactly', () => {
    expect(compareRational(rational(1n, 3n), rational(333_333_333_333n, 1_000_000_000_000n))).toBe(1);
    expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
  });
});
