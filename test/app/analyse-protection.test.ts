import { afterAll, describe, expect, it } from 'vitest';
import {
  protectionWorkerRunning,
  protectOffThread,
  stopProtectionWorker,
} from '../../src/app/analyse/protection.js';
import {
  type Dimension,
  frequencyTable,
  protectReport,
  stepBudget,
} from '../../src/domain/analyse/disclosure.js';

/**
 * The protection on the worker thread gives what `protectReport` gives on this thread, bounds included.
 */
const dim = (name: string, ...values: string[]): Dimension => ({ name, values });

function model(rows: number[][]) {
  const r = dim('r', ...rows.map((_, i) => `r${i + 1}`));
  const c = dim('c', ...(rows[0] ?? []).map((_, j) => `c${j + 1}`));
  return frequencyTable([r, c], (x) => ({
    persons: rows[r.values.indexOf(x.r as string)]?.[c.values.indexOf(x.c as string)] ?? 0,
  }));
}

afterAll(async () => {
  await stopProtectionWorker();
});

describe('the protection on a worker thread', () => {
  it('runs on the worker and gives the same marks and rules as on this thread', async () => {
    const m = model([
      [3, 40, 25],
      [30, 12, 45],
      [22, 31, 4],
    ]);
    const also = new Set(['c=c2|r=r1']);
    const here = protectReport(m, 10, { alsoSuppress: also, budget: stepBudget(1500) });
    const there = await protectOffThread(m, 10, also, 1500);
    expect(protectionWorkerRunning()).toBe(true);
    expect([...there.marks]).toEqual([...here.marks]);
    expect(there.rules).toEqual(here.rules);
    expect([...there.marks.values()].some((x) => 'suppressed' in x)).toBe(true);
  });

  it('keeps the bound in steps: a report past it publishes nothing, the same as here', async () => {
    const m = model([
      [3, 4, 2, 1],
      [2, 3, 1, 4],
      [1, 2, 3, 2],
    ]);
    const here = protectReport(m, 10, { budget: stepBudget(5) });
    const there = await protectOffThread(m, 10, new Set(), 5);
    expect(there.rules.exhausted).toBe(true);
    expect([...there.marks]).toEqual([...here.marks]);
  });
});
