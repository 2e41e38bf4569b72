import { test } from 'vitest';
import { frequencyTable, protectReport } from '../../../src/domain/analyse/disclosure.js';

test('speed', () => {
  for (const [nq, nf, ng] of [
    [1, 4, 1],
    [1, 8, 1],
    [2, 8, 1],
    [4, 8, 1],
    [1, 8, 3],
    [4, 8, 3],
  ] as const) {
    let i = 0;
    const vals = [0, 3, 25, 12, 40, 1, 18, 7, 30, 9, 14, 2, 22, 11, 5, 33];
    const dims = [
      { name: 'periode', values: Array.from({ length: nq }, (_, i) => `p${i}`) },
      { name: 'fenomeen', values: Array.from({ length: nf }, (_, i) => `f${i}`) },
      ...(ng > 1 ? [{ name: 'gemeente', values: Array.from({ length: ng }, (_, i) => `g${i}`) }] : []),
    ];
    const m = frequencyTable(dims, () => {
      const p = vals[(i++ * 7) % vals.length] as number;
      return { persons: p, signals: p + 1 };
    });
    const t = performance.now();
    const r = protectReport(m, 10);
    let s = 0;
    for (const v of r.marks.values()) if ('suppressed' in v) s++;
    process.stderr.write(
      `${nq} ${nf} ${ng} cells ${m.cells.size} constraints ${m.constraints.length} suppressed ${s} ms ${Math.round(performance.now() - t)}\n`,
    );
  }
}, 300000);
