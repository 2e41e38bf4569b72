import { loadConfig } from '../src/config.js';
import type { Database, Queryable } from '../src/db/database.js';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { seedDemo } from '../src/demo/seed.js';
import { HISTORY_FROM, seedAnalyseHistory } from '../src/demo/seed-analyse.js';
import { REPORT_IDS } from '../src/domain/analyse/catalogue.js';
import { buildApp } from '../src/server/app.js';
import type { App } from '../src/server/deps.js';
import { fmt, percentile, printTable } from './stats.js';

export interface AnalyseBenchOptions {
  /** A fresh PostgreSQL database (created by the caller). */
  readonly databaseUrl: string;
  /** 1: 1,000,000 signals and about 200,000 persons across the region. */
  readonly scale: number;
  /** Requests per report. */
  readonly runs: number;
}

/**
 * The phenomenon analysis at the scale of a large region (issue 14): a million fictitious signals and about
 * 200,000 persons across the four municipalities of Regio Veenstroom (the largest about 40%), from the same
 * generator as the demo's history (src/demo/history.ts, set-based INSERT ... SELECT from JSON batches), then
 * for the largest municipality:
 * - per report of the catalogue (REPORT_IDS): the database time of its queries per request, p50 and p95
 *   (every statement the request sends, timed at the application's Database);
 * - the full analysis page end to end: the catalogue, every report of one period and the trend, as the
 *   screen asks for them (in-process HTTP through Fastify's inject, so without the network).
 * Prints figures; asserts nothing.
 */
export async function runAnalyseBench(opts: AnalyseBenchOptions): Promise<void> {
  const log = (s: string) => console.log(s);
  const setup = await openDatabase({ databaseUrl: opts.databaseUrl, poolSize: 4 });
  await migrate(setup);
  await setup.switchToAppRole('duiden_app');
  await seedDemo(setup);
  const region = await setup.query<{ id: string }>(
    "SELECT id FROM organisation WHERE kind = 'regio' LIMIT 1",
  );
  const until = new Date();
  const years = (until.getTime() - Date.parse(`${HISTORY_FROM}T00:00:00Z`)) / (365.25 * 86_400_000);
  // The trends add about a tenth on average; persons: most signals about someone, about 3.5 per person.
  const target = Math.round(1_000_000 * opts.scale);
  log(
    `\nPhenomenon analysis: generating about ${target.toLocaleString('nl-NL')} signals over ${fmt(years, 1)} years`,
  );
  const started = performance.now();
  await seedAnalyseHistory(setup, region.rows[0]?.id as string, {
    until,
    seed: 1400,
    signalsPerYear: target / years / 1.08,
    personReuse: 0.72,
    chunk: 10_000,
    onBatch: (t) =>
      process.stdout.write(
        `\r  ${t.signals.toLocaleString('nl-NL')} signals, ${t.persons.toLocaleString('nl-NL')} persons, ` +
          `${t.cases.toLocaleString('nl-NL')} cases (${fmt((performance.now() - started) / 1000, 0)} s)`,
      ),
  });
  process.stdout.write('\n');
  await setup.query('ANALYZE');
  log(`  generated in ${fmt((performance.now() - started) / 1000, 1)} s (incl. ANALYZE)`);
  const share = await setup.query<{ name: string; n: number }>(
    `SELECT o.name, count(*)::int AS n FROM signal s JOIN organisation o ON o.id = s.tenant_id
      GROUP BY o.name ORDER BY n DESC`,
  );
  const all = share.rows.reduce((a, r) => a + r.n, 0);
  log(
    share.rows
      .map((r) => `  ${r.name}: ${r.n.toLocaleString('nl-NL')} (${fmt((r.n / all) * 100, 0)}%)`)
      .join('\n'),
  );
  await setup.close();

  const db = await openDatabase({ databaseUrl: opts.databaseUrl, poolSize: 8 });
  await db.switchToAppRole('duiden_app');
  const timing = timed(db);
  const app = await buildApp({
    db: timing.db,
    config: loadConfig({ DUIDEN_DEMO: 'true' }),
    clock: () => new Date(),
  });
  await app.ready();
  try {
    const cookie = await signIn(app, 'beleidsmedewerker');
    const get = async (url: string) => {
      timing.reset();
      const t = performance.now();
      const r = await app.inject({ method: 'GET', url, headers: { cookie } });
      return {
        status: r.statusCode,
        body: r.body,
        ms: performance.now() - t,
        dbMs: timing.total(),
        queries: timing.count(),
      };
    };
    const catalogue = await get('/api/analyse/catalogus');
    if (catalogue.status !== 200) {
      log(
        `  GET /api/analyse/catalogus answered ${catalogue.status}: the analysis routes are not there (yet).`,
      );
      return;
    }
    const periods = (
      JSON.parse(catalogue.body) as { periods: Array<{ id: string; kind: string; open?: true }> }
    ).periods;
    // The last complete year, and the ended quarters of the last two years for the trend: what the screen
    // opens on (the newest ended period, src/web/features/analyse/figures.ts `preferredPeriod`).
    const thisYear = String(new Date().getFullYear());
    const year = periods.find((p) => p.kind === 'jaar' && !p.open)?.id ?? periods[0]?.id ?? thisYear;
    const quarters = periods.filter((p) => p.kind === 'kwartaal' && !p.open).map((p) => p.id);
    const running = periods.find((p) => p.kind === 'kwartaal' && p.open)?.id;
    const trendUrl = (report: string) =>
      `/api/analyse/trend?rapport=${report}&soort=kwartaal&van=${quarters.at(Math.min(7, quarters.length - 1)) ?? `${year}-K1`}&tot=${quarters[0] ?? `${year}-K4`}`;

    const rows: Array<Record<string, string | number>> = [];
    for (const report of REPORT_IDS) {
      const url = `/api/analyse/rapport?rapport=${report}&periode=${year}`;
      // The first request protects the year (its quarters and halves first) and keeps the figures.
      const first = await get(url);
      const db: number[] = [];
      const e2e: number[] = [];
      let status = 0;
      let queries = 0;
      for (let i = 0; i < opts.runs; i++) {
        const r = await get(url);
        status = r.status;
        queries = r.queries;
        db.push(r.dbMs);
        e2e.push(r.ms);
      }
      db.sort((a, b) => a - b);
      e2e.sort((a, b) => a - b);
      rows.push({
        report,
        status,
        queries,
        'db p50 ms': fmt(percentile(db, 50)),
        'db p95 ms': fmt(percentile(db, 95)),
        'request p50 ms': fmt(percentile(e2e, 50)),
        'first (protecting) ms': fmt(first.ms),
        'first db ms': fmt(first.dbMs),
      });
    }
    log(
      `\nReports of the largest municipality, period ${year} (ended: figures kept after the first request), ` +
        `${opts.runs} requests each:`,
    );
    printTable(rows);

    // The running quarter: provisional, counted and protected on every request.
    if (running) {
      const live: Array<Record<string, string | number>> = [];
      for (const report of REPORT_IDS) {
        const r = await get(`/api/analyse/rapport?rapport=${report}&periode=${running}`);
        live.push({
          report,
          status: r.status,
          queries: r.queries,
          'db ms': fmt(r.dbMs),
          'request ms': fmt(r.ms),
        });
      }
      log(`\nThe running quarter ${running} (provisional, protected on every request), one request each:`);
      printTable(live);
    }

    // The full page: catalogue, every report of the period and the first report's trend, as the screen asks
    // for them (in parallel, as the browser would).
    const page: number[] = [];
    const pageDb: number[] = [];
    for (let i = 0; i < Math.max(5, Math.floor(opts.runs / 2)); i++) {
      timing.reset();
      const t = performance.now();
      const answers = await Promise.all([
        app.inject({ method: 'GET', url: '/api/analyse/catalogus', headers: { cookie } }),
        ...REPORT_IDS.map((r) =>
          app.inject({
            method: 'GET',
            url: `/api/analyse/rapport?rapport=${r}&periode=${year}`,
            headers: { cookie },
          }),
        ),
        app.inject({ method: 'GET', url: trendUrl(REPORT_IDS[0]), headers: { cookie } }),
      ]);
      page.push(performance.now() - t);
      pageDb.push(timing.total());
      const failed = answers.filter((a) => a.statusCode !== 200);
      if (failed.length > 0 && i === 0)
        log(`  ${failed.length} answers of the page were not 200 (${failed[0]?.statusCode})`);
    }
    page.sort((a, b) => a - b);
    pageDb.sort((a, b) => a - b);
    log('\nThe full analysis page of the largest municipality (catalogue + all reports + trend):');
    printTable([
      {
        run: 'full page',
        'p50 ms': fmt(percentile(page, 50)),
        'p95 ms': fmt(percentile(page, 95)),
        'db time p50 ms (sum)': fmt(percentile(pageDb, 50)),
      },
    ]);
  } finally {
    await app.close();
    await db.close();
  }
}

/** The application's Database with every statement timed (sequential requests: the sum is one request's). */
function timed(db: Database): { db: Database; reset: () => void; total: () => number; count: () => number } {
  let total = 0;
  let count = 0;
  const wrap = <Q extends Queryable>(q: Q): Q =>
    new Proxy(q, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (prop === 'query') {
          return async (sql: string, params?: readonly unknown[]) => {
            const t = performance.now();
            try {
              return await target.query(sql, params);
            } finally {
              total += performance.now() - t;
              count += 1;
            }
          };
        }
        if (prop === 'tx') {
          return <T>(fn: (q: Queryable) => Promise<T>) =>
            (target as unknown as Database).tx((q) => fn(wrap(q)));
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return {
    db: wrap(db),
    reset: () => {
      total = 0;
      count = 0;
    },
    total: () => total,
    count: () => count,
  };
}

async function signIn(app: App, role: string): Promise<string> {
  const s = await app.inject({ method: 'GET', url: '/api/auth/session' });
  const jar = s.cookies.map((c) => `${c.name}=${c.value}`);
  const { csrfToken } = s.json() as { csrfToken: string };
  const users = (await app.inject({ method: 'GET', url: '/api/auth/demo-users' })).json() as Array<{
    id: string;
    memberships?: Array<{ role: string }>;
    role?: string;
  }>;
  const user = users.find((u) => u.role === role || u.memberships?.some((m) => m.role === role));
  const r = await app.inject({
    method: 'POST',
    url: '/api/auth/demo',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: jar.join('; ') },
    payload: JSON.stringify({ userId: user?.id }),
  });
  const session = r.cookies.find((c) => c.name === '__Host-duiden-session');
  if (!session) throw new Error(`sign-in as ${role} failed: ${r.statusCode} ${r.body}`);
  return [...jar, `${session.name}=${session.value}`].join('; ');
}
