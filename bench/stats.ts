/** Small helpers to print benchmark figures the same way everywhere. */
export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[i] as number;
}

export interface RunFigures {
  readonly label: string;
  readonly ops: number;
  readonly seconds: number;
  readonly p50: number;
  readonly p99: number;
}

export function fmt(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '-';
}

export function printTable(rows: ReadonlyArray<Record<string, string | number>>): void {
  const first = rows[0];
  if (!first) return;
  const cols = Object.keys(first);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => cells.map((v, i) => v.padEnd(width[i] as number)).join('  ');
  console.log(line(cols));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => String(r[c]))));
}

/**
 * Runs `op` from `concurrency` loops for `seconds`, after a warm-up, and returns throughput and latency.
 */
export async function closedLoop(
  label: string,
  op: () => Promise<unknown>,
  opts: { concurrency: number; seconds: number; warmupSeconds: number },
): Promise<RunFigures> {
  const run = async (seconds: number, record: boolean) => {
    const lat: number[] = [];
    const end = performance.now() + seconds * 1000;
    let ops = 0;
    await Promise.all(
      Array.from({ length: opts.concurrency }, async () => {
        while (performance.now() < end) {
          const t = performance.now();
          await op();
          if (record) lat.push(performance.now() - t);
          ops++;
        }
      }),
    );
    return { lat, ops };
  };
  await run(opts.warmupSeconds, false);
  const started = performance.now();
  const { lat, ops } = await run(opts.seconds, true);
  const seconds = (performance.now() - started) / 1000;
  lat.sort((a, b) => a - b);
  return { label, ops, seconds, p50: percentile(lat, 50), p99: percentile(lat, 99) };
}
