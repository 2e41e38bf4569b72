// Starts the real Duiden server for the browser tests (Playwright's webServer), with fresh data every run:
// a new temporary directory for the embedded database, or, when TEST_DATABASE_URL points at PostgreSQL, a new
// database on that server (dropped again when Playwright stops the server). On PostgreSQL the server runs as in
// production: it migrates through the owner's URL and serves on a login that is only a member of duiden_app.
// The audit key is generated beside the data directory and the checkpoints written there, both in the
// temporary directory.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { appLoginUrl, ensureTestAppLogin } from '../test/helpers/test-db.js';

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100); // also in playwright.config.ts
const root = fileURLToPath(new URL('..', import.meta.url));

/** The newest modification time under a directory (or of a file). */
function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** `npm test` builds first; when the tests are run on their own, build if the web sources are newer. */
function ensureWebBuild(): void {
  const index = join(root, 'dist', 'web', 'index.html');
  const sources = Math.max(newest(join(root, 'src', 'web')), newest(join(root, 'vite.config.ts')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.log('e2e: building the web app (vite build)');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function freshPostgres(base: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `duiden_e2e_${randomBytes(6).toString('hex')}`;
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

async function main(): Promise<void> {
  ensureWebBuild();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(E2E_PORT),
    HOST: 'localhost',
    PUBLIC_ORIGIN: `http://localhost:${E2E_PORT}`,
    DUIDEN_DEMO: 'true',
    // The public form and status page are rate-limited per client address (src/app/melding/config.ts:
    // 10 reports an hour, 30 look-ups per 10 minutes, 10 wrong codes an hour). Every browser test comes from
    // this one address, so the test server raises the limits; the limits themselves are tested in
    // test/server/meldingen-public.test.ts, and production keeps its defaults.
    MELDPUNT_SUBMIT_MAX: '10000',
    MELDPUNT_STATUS_MAX: '10000',
    MELDPUNT_STATUS_FAILURES_MAX: '10000',
    // The public form's proof-of-work is solved for real by the browser, at a small cost.
    MELDPUNT_POW_COUNTER_MAX: '2000',
    SIGN_IN_RATE_MAX: '10000',
  };
  delete env.DATABASE_URL;
  delete env.OIDC_ISSUER;

  delete env.DATABASE_OWNER_URL;
  delete env.DUIDEN_AUDIT_KEY;
  delete env.DUIDEN_AUDIT_KEY_FILE;
  delete env.DUIDEN_AUDIT_CHECKPOINT_FILE;

  let cleanUp: () => Promise<void>;
  const dir = mkdtempSync(join(tmpdir(), 'duiden-e2e-'));
  env.DUIDEN_DATA_DIR = join(dir, 'data');
  const removeDir = async () => rmSync(dir, { recursive: true, force: true });
  const base = process.env.TEST_DATABASE_URL;
  if (base) {
    const db = await freshPostgres(base);
    await ensureTestAppLogin(db.url);
    env.DATABASE_OWNER_URL = db.url;
    env.DATABASE_URL = appLoginUrl(db.url);
    env.DUIDEN_AUDIT_CHECKPOINT_FILE = join(dir, 'audit-checkpoints.jsonl');
    cleanUp = async () => {
      await db.drop();
      await removeDir();
    };
    console.log('e2e: fresh PostgreSQL database (owner migrates, the server runs on its own login)');
  } else {
    cleanUp = removeDir;
    console.log(`e2e: fresh embedded database in ${dir}`);
  }

  const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'main.ts')], {
    cwd: root,
    env,
    stdio: 'inherit',
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  server.on('exit', (code) => {
    cleanUp()
      .catch((err: unknown) => console.error('e2e: clean-up failed', err))
      .finally(() => process.exit(stopping ? 0 : (code ?? 1)));
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
