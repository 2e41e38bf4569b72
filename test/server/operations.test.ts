import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAccess } from '../../src/db/access-log.js';
import { seedDemo } from '../../src/demo/seed.js';
import { sealEverything, TEST_AUDIT_KEY_BASE64 } from '../helpers/seal.js';
import { appLoginUrl, createTestDatabase, ensureTestAppLogin } from '../helpers/test-db.js';

// What an operator does with the production build (`npm run build`, then `npm run start:production`): several
// instances started at once on an empty database, and a backup with pg_dump restored into a new database that
// the server then runs on. Production refuses the embedded database, so this runs on PostgreSQL only.
const base = process.env.TEST_DATABASE_URL;
const migrations = readdirSync(join(import.meta.dirname, '../../src/db/migrations')).filter((f) =>
  f.endsWith('.sql'),
).length;

let dir: string;
const started: ChildProcess[] = [];
const databases: string[] = [];

function urlOf(name: string): string {
  const url = new URL(base as string);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>, database?: string): Promise<T> {
  const c = new pg.Client({ connectionString: database ? urlOf(database) : base });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function newDatabase(): Promise<string> {
  const name = `duiden_ops_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  databases.push(name);
  return name;
}

interface Instance {
  readonly port: number;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

/** The built server as production starts it: plain node, NODE_ENV=production, its own login and the owner's. */
function startInstance(database: string, port: number): Instance {
  const child = spawn(process.execPath, ['build/server/src/main.js'], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: appLoginUrl(urlOf(database)),
      DATABASE_OWNER_URL: urlOf(database),
      DUIDEN_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
      DUIDEN_AUDIT_KEY: TEST_AUDIT_KEY_BASE64,
      DUIDEN_AUDIT_CHECKPOINT_FILE: join(dir, `checkpoints-${port}.jsonl`),
      DUIDEN_DATA_DIR: join(dir, `data-${port}`),
      SHUTDOWN_DRAIN_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let text = '';
  child.stdout?.on('data', (d) => {
    text += String(d);
  });
  child.stderr?.on('data', (d) => {
    text += String(d);
  });
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  return { port, output: () => text, exited };
}

async function ready(instance: Instance, timeoutMs = 90_000): Promise<unknown> {
  const end = Date.now() + timeoutMs;
  let gone = false;
  void instance.exited.then(() => {
    gone = true;
  });
  for (;;) {
    if (gone) throw new Error(`instance on ${instance.port} stopped:\n${instance.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${instance.port}/api/health/ready`);
      if (res.status === 200) return res.json();
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`instance on ${instance.port} not ready:\n${instance.output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function stopAll(): Promise<void> {
  await Promise.all(
    started.splice(0).map(
      (child) =>
        new Promise<void>((res) => {
          if (child.exitCode !== null) return res();
          child.on('exit', () => res());
          child.kill('SIGTERM');
        }),
    ),
  );
}

const port = (i: number) => 3700 + (process.pid % 200) + i * 200;

describe.skipIf(!base)('operations with the production build', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'duiden-ops-'));
    const build = spawnSync(process.execPath, ['scripts/build-server.mjs'], { encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
  }, 60_000);

  afterAll(async () => {
    await stopAll();
    for (const name of databases) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    rmSync(dir, { recursive: true, force: true });
  });

  it('three instances started at once on an empty database: each migration ran once, every one came up', async () => {
    const database = await newDatabase();
    await ensureTestAppLogin(urlOf(database));
    const instances = [0, 1, 2].map((i) => startInstance(database, port(i)));
    for (const instance of instances) {
      expect(await ready(instance)).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok' } });
    }
    const rows = await admin(
      (c) => c.query<{ name: string }>('SELECT name FROM schema_migration ORDER BY name'),
      database,
    );
    expect(rows.rows).toHaveLength(migrations);
    // One instance applied them all; the others found them applied and said nothing.
    const applying = instances.filter((i) => i.output().includes('Migraties uitgevoerd'));
    expect(applying).toHaveLength(1);
    expect(applying[0]?.output()).toContain('001-foundation');
    await stopAll();
    for (const instance of instances) expect(await instance.exited).toBe(0);
  }, 180_000);

  it('a backup with pg_dump restores into a new database that the server runs on, its access log intact', async () => {
    const t = await createTestDatabase();
    let source: string;
    try {
      await seedDemo(t.db);
      for (let i = 0; i < 20; i++) {
        await recordAccess(t.db, new Date('2026-11-01T10:00:00Z'), {
          action: 'read',
          objectId: `BACKUP-${i}`,
          result: 'ok',
        });
      }
      await sealEverything(t.db);
      source = new URL(t.url as string).pathname.slice(1);
      const cases = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM casus');
      const dumpFile = join(dir, 'duiden.dump');
      const dump = spawnSync('pg_dump', ['--format=custom', `--file=${dumpFile}`, urlOf(source)], {
        encoding: 'utf8',
      });
      expect(dump.status, dump.stderr).toBe(0);

      const restored = await newDatabase();
      const restore = spawnSync('pg_restore', ['--exit-on-error', `--dbname=${urlOf(restored)}`, dumpFile], {
        encoding: 'utf8',
      });
      expect(restore.status, restore.stderr).toBe(0);

      const verify = spawnSync(
        process.execPath,
        ['build/server/src/cli/audit-verify.js', '--no-checkpoints'],
        {
          env: {
            PATH: process.env.PATH,
            DATABASE_URL: appLoginUrl(urlOf(restored)),
            DUIDEN_AUDIT_KEY: TEST_AUDIT_KEY_BASE64,
            DUIDEN_DATA_DIR: join(dir, 'verify-data'),
          },
          encoding: 'utf8',
        },
      );
      expect(verify.stdout, verify.stderr).toMatch(/intact/);
      expect(verify.status).toBe(0);

      const instance = startInstance(restored, port(3));
      await ready(instance);
      expect(instance.output()).not.toContain('Migraties uitgevoerd');
      const after = await admin(
        (c) => c.query<{ n: number }>('SELECT count(*)::int AS n FROM casus'),
        restored,
      );
      expect(after.rows[0]?.n).toBe(cases.rows[0]?.n);
      expect(after.rows[0]?.n).toBeGreaterThan(0);
      await stopAll();
      expect(await instance.exited).toBe(0);
    } finally {
      await t.drop();
    }
  }, 180_000);
});
