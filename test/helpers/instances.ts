import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { TEST_AUDIT_KEY_BASE64 } from './seal.js';
import { appLoginUrl } from './test-db.js';

/**
 * Server instances as production runs them: the production build (scripts/build-server.mjs, into a folder of
 * this test file's own under .tmp/), started with plain node and NODE_ENV=production on PostgreSQL.
 */
export const root = join(import.meta.dirname, '../..');

export interface Built {
  readonly dir: string;
  remove(): void;
}

export function buildServer(): Built {
  const rel = join('.tmp', `build-${process.pid}-${randomBytes(3).toString('hex')}`);
  const r = spawnSync(process.execPath, ['scripts/build-server.mjs', '--out', rel], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`the production build failed:\n${r.stdout}${r.stderr}`);
  const dir = join(root, rel);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Instance {
  readonly port: number;
  readonly child: ChildProcess;
  output(): string;
  readonly exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();

export interface InstanceOptions {
  readonly build: Built;
  /** The database's URL as its owner; the instance serves on the test's application login. */
  readonly ownerUrl: string;
  readonly port: number;
  /** A folder for the instance's files (checkpoints). */
  readonly dir: string;
  /** Give the instance the owner's URL, so it migrates at start. */
  readonly migrate?: boolean;
  readonly env?: Record<string, string>;
}

export function startInstance(o: InstanceOptions): Instance {
  const child = spawn(process.execPath, [join(o.build.dir, 'src', 'main.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(o.port),
      DATABASE_URL: appLoginUrl(o.ownerUrl),
      ...(o.migrate ? { DATABASE_OWNER_URL: o.ownerUrl } : {}),
      DUIDEN_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
      DUIDEN_AUDIT_KEY: TEST_AUDIT_KEY_BASE64,
      DUIDEN_AUDIT_CHECKPOINT_FILE: join(o.dir, `checkpoints-${o.port}.jsonl`),
      DUIDEN_DATA_DIR: join(o.dir, `data-${o.port}`),
      SHUTDOWN_DRAIN_MS: '0',
      ...o.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let text = '';
  const add = (d: unknown) => {
    text += String(d);
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  const exited = new Promise<number | null>((res) =>
    child.on('exit', (code) => {
      running.delete(child);
      res(code);
    }),
  );
  return { port: o.port, child, output: () => text, exited };
}

/** Waits until the instance's readiness says 200, and gives its answer. */
export async function ready(instance: Instance, timeoutMs = 90_000): Promise<unknown> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (instance.child.exitCode !== null || instance.child.signalCode !== null) {
      throw new Error(`instance on ${instance.port} stopped:\n${instance.output()}`);
    }
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

/** Stops every instance still running (SIGTERM: the graceful shutdown), and waits for them. */
export async function stopAll(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((res) => {
          if (child.exitCode !== null || child.signalCode !== null) return res();
          child.on('exit', () => res());
          child.kill('SIGTERM');
        }),
    ),
  );
}

/** A port per test process and slot, clear of the dev server, the browser tests and the other test files. */
export function portFor(slot: number): number {
  return 20_000 + (process.pid % 1000) * 10 + slot;
}

/** The PostgreSQL server's URL with another database. */
export function withDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function asAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
