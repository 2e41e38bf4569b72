import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { hashToken } from '../src/app/auth/sessions.js';
import { recordAccess } from '../src/db/access-log.js';
import { openDatabase } from '../src/db/database.js';
import { findSession } from '../src/db/sessions.js';
import { findUser } from '../src/db/users.js';
import { closedLoop, fmt, printTable } from './stats.js';

export interface FoundationBenchOptions {
  /** PostgreSQL database to use (created fresh by the caller), or undefined for PGlite in dataDir. */
  readonly databaseUrl: string | undefined;
  readonly connections: number;
  readonly seconds: number;
}

/**
 * An authenticated read of personal data that writes its access-log entry (GET /api/users/:id), over HTTP
 * against the real server in its own process, next to the same SQL statements run directly.
 */
export async function runFoundationBench(opts: FoundationBenchOptions): Promise<void> {
  const dataDir = opts.databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'duiden-bench-'));
  const checkpointDir = mkdtempSync(join(tmpdir(), 'duiden-bench-audit-'));
  const port = 3900 + Math.floor(Math.random() * 90);
  const origin = `http://localhost:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    PUBLIC_ORIGIN: origin,
    DUIDEN_DEMO: 'true',
    // The server seals with a key and writes checkpoints, as in production.
    DUIDEN_AUDIT_KEY: randomBytes(32).toString('base64'),
    DUIDEN_AUDIT_CHECKPOINT_FILE: join(checkpointDir, 'audit-checkpoints.jsonl'),
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : { DUIDEN_DATA_DIR: dataDir }),
  };
  // Start the server once to migrate and seed; sign in and find the user to read.
  let server = await startServer(env, origin);
  const { cookie, userId, token } = await signIn(origin);
  let http: { rps: number; p50: number; p99: number; errors: number };
  try {
    http = await loadHttp(`${origin}/api/users/${userId}`, cookie, opts);
  } finally {
    await stopServer(server);
  }

  // The same statements without HTTP: session lookup, the read, the access-log insert.
  const db = await openDatabase({ databaseUrl: opts.databaseUrl, dataDir, poolSize: 8 });
  await db.switchToAppRole('duiden_app');
  const idHash = hashToken(token);
  const session = await findSession(db, idHash);
  if (!session) throw new Error('bench session not found');
  const a = session.actor;
  const raw = await closedLoop(
    'raw',
    async () => {
      await findSession(db, idHash);
      await findUser(db, userId, a.tenantId);
      await recordAccess(db, new Date(), {
        tenantId: a.tenantId,
        actorUserId: a.userId,
        actorOrganisationId: a.organisationId,
        actorRole: a.role,
        action: 'read',
        objectType: 'user',
        objectId: userId,
        purpose: 'beheer',
        result: 'ok',
        clientIp: '127.0.0.1',
        requestId: crypto.randomUUID(),
      });
    },
    { concurrency: opts.connections, seconds: opts.seconds, warmupSeconds: 2 },
  );
  await db.close();
  server = undefined as never;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  rmSync(checkpointDir, { recursive: true, force: true });

  const rawRps = raw.ops / raw.seconds;
  console.log(
    `\nAuthenticated read with access-log entry (GET /api/users/:id), ${opts.connections} connections, ${opts.seconds} s:`,
  );
  printTable([
    {
      run: 'HTTP (server process)',
      'req/s': fmt(http.rps, 0),
      'p50 ms': fmt(http.p50),
      'p99 ms': fmt(http.p99),
      errors: http.errors,
    },
    {
      run: 'raw SQL (same statements)',
      'req/s': fmt(rawRps, 0),
      'p50 ms': fmt(raw.p50),
      'p99 ms': fmt(raw.p99),
      errors: 0,
    },
  ]);
  const ratio = http.rps / rawRps;
  const p99ratio = http.p99 / raw.p99;
  console.log(
    `throughput ratio ${fmt(ratio * 100, 0)}% of raw (target >= 60%): ${ratio >= 0.6 ? 'met' : 'NOT met'}; ` +
      `p99 ${fmt(p99ratio)}x raw (target <= 2x): ${p99ratio <= 2 ? 'met' : 'NOT met'}`,
  );
}

export async function startServer(env: NodeJS.ProcessEnv, origin: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  // Up to two minutes: the first start migrates and seeds the demo, slow on a busy machine.
  for (let i = 0; i < 800; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      const r = await fetch(`${origin}/api/auth/session`);
      if (r.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server did not start: ${stderr}`);
}

export async function stopServer(child: ReturnType<typeof spawn>) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

export function cookiesOf(r: Response): string[] {
  return r.headers.getSetCookie().map((c) => c.split(';')[0] as string);
}

async function signIn(origin: string) {
  const s = await fetch(`${origin}/api/auth/session`);
  const jar = cookiesOf(s);
  const { csrfToken } = (await s.json()) as { csrfToken: string };
  const users = (await (await fetch(`${origin}/api/auth/demo-users`)).json()) as Array<{
    id: string;
    role: string;
  }>;
  const admin = users.find((u) => u.role === 'functioneel_beheerder');
  const r = await fetch(`${origin}/api/auth/demo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: jar.join('; ') },
    body: JSON.stringify({ userId: admin?.id }),
  });
  const sessionCookie = cookiesOf(r).find((c) => c.startsWith('__Host-duiden-session='));
  if (!sessionCookie) throw new Error(`sign-in failed: ${r.status}`);
  const token = sessionCookie.split('=')[1] as string;
  const list = (await (
    await fetch(`${origin}/api/users`, { headers: { cookie: sessionCookie } })
  ).json()) as Array<{
    id: string;
    displayName: string;
  }>;
  const target = list.find((u) => u.displayName === 'Ahmed El Idrissi') ?? list[0];
  if (!target) throw new Error('no user to read');
  return { cookie: sessionCookie, userId: target.id, token };
}

async function loadHttp(url: string, cookie: string, opts: FoundationBenchOptions) {
  const run = (duration: number) =>
    autocannon({ url, connections: opts.connections, duration, headers: { cookie }, workers: 0 });
  await run(2); // warm-up
  const r = await run(opts.seconds);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
}
