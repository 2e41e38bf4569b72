import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { runAnalyseBench } from './analyse.js';
import { runCasusBench } from './casus.js';
import { runFoundationBench } from './foundation.js';
import { runMeldpuntBench } from './meldpunt.js';

/**
 * `npm run bench`: prints throughput and latency figures. Not a test: nothing fails on a slow machine.
 *   npm run bench                 PostgreSQL (BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres)
 *   npm run bench -- --pglite     the embedded database instead
 *   npm run bench -- --seconds 5 --connections 32 --only foundation
 *   npm run bench -- --only meldpunt --scale 0.1   (meldpunt at 100,000 signals instead of 1,000,000)
 *   npm run bench -- --only casus --cases 300,10000   (the case list and one case, officer and partner, at
 *                                                 each number of added cases; this is the default)
 *   npm run bench -- --only bundle             (script per page, from the last `vite build`)
 *   npm run bench -- --only analyse --scale 0.1 --runs 20   (the phenomenon analysis at 100,000 signals)
 * The meldpunt and casus parts (at scale) run on PostgreSQL only.
 */
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
};

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `duiden_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function main() {
  const pglite = flag('pglite');
  const seconds = Number(value('seconds', '10'));
  const connections = Number(value('connections', '16'));
  const only = value('only', 'all');
  console.log(`Duiden benchmark on ${pglite ? 'PGlite (embedded)' : 'PostgreSQL'}; Node ${process.version}`);

  if (only === 'all' || only === 'bundle') {
    if (existsSync('dist/web/.vite/manifest.json')) {
      // The same table as `npm run build:report`; a budget exceeded is said, not failed on, here.
      spawnSync('node', ['scripts/bundle-report.mjs'], { stdio: 'inherit' });
    } else {
      console.log('Bundle sizes: no dist/web/.vite/manifest.json; run `npx vite build` first.');
    }
  }

  if (only === 'all' || only === 'foundation') {
    const fresh = pglite ? undefined : await freshDatabase();
    try {
      if (fresh) {
        const db = await openDatabase({ databaseUrl: fresh.url });
        await migrate(db);
        await db.close();
      }
      await runFoundationBench({ databaseUrl: fresh?.url, connections, seconds });
    } finally {
      await fresh?.drop();
    }
  }

  if ((only === 'all' || only === 'meldpunt') && !pglite) {
    const fresh = await freshDatabase();
    try {
      await runMeldpuntBench({
        databaseUrl: fresh.url,
        connections,
        seconds,
        scale: Number(value('scale', '1')),
      });
    } finally {
      await fresh.drop();
    }
  }

  if ((only === 'all' || only === 'casus') && !pglite) {
    // A city's few hundred cases and a region's 10,000: a page of the list should cost the same.
    for (const cases of value('cases', '300,10000').split(',').map(Number)) {
      const fresh = await freshDatabase();
      try {
        await runCasusBench({ databaseUrl: fresh.url, connections, seconds, cases });
      } finally {
        await fresh.drop();
      }
    }
  }
}

async function analyse(only: string, pglite: boolean) {
  if ((only !== 'all' && only !== 'analyse') || pglite) return;
  const fresh = await freshDatabase();
  try {
    await runAnalyseBench({
      databaseUrl: fresh.url,
      scale: Number(value('scale', '1')),
      runs: Number(value('runs', '20')),
    });
  } finally {
    await fresh.drop();
  }
}

main()
  .then(() => analyse(value('only', 'all'), flag('pglite')))
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
