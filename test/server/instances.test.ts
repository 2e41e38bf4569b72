import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/housekeeping/open-database.js';
import { seedDemo } from '../../src/demo/seed.js';
import {
  type Built,
  buildServer,
  type Instance,
  portFor,
  ready,
  startInstance,
  stopAll,
} from '../helpers/instances.js';
import { TEST_AUDIT_KEY_BASE64 } from '../helpers/seal.js';
import { appLoginUrl, createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

// The production shape: two instances of the production build on one PostgreSQL database, behind a real
// reverse proxy (HAProxy from Debian, which `npm test` installs as root; it checks each instance's readiness).
// Sessions, CSRF tokens, the proof-of-work key and rate limits live in the database or the shared secret, so a
// request may land on either instance; mail goes out once; the access log, sealed by whichever instance, verifies;
// and killing an instance under load loses no acknowledged write while the proxy moves on to the other.
const base = process.env.TEST_DATABASE_URL;
const haproxy = spawnSync('sh', ['-c', 'command -v haproxy'], { encoding: 'utf8' }).stdout.trim();

let dir: string;
let build: Built;
let t: TestDatabase;
let smtp: SMTPServer;
let proxy: ChildProcess;
let a: Instance;
let b: Instance;
const mails: string[] = [];
const proxyPort = portFor(5);
const proxyOrigin = `http://127.0.0.1:${proxyPort}`;
const direct = (i: Instance) => `http://127.0.0.1:${i.port}`;

interface Session {
  cookie: string;
  csrf: string;
}

async function session(origin: string): Promise<Session> {
  const res = await fetch(`${origin}/api/auth/session`);
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf };
}

async function municipality(origin: string): Promise<string> {
  const list = (await (await fetch(`${origin}/api/public/gemeenten`)).json()) as Array<{ id: string }>;
  return list[0]?.id as string;
}

/** A solved proof-of-work for the public form, fetched from `origin`. */
async function altcha(origin: string): Promise<string> {
  const challenge = (await (await fetch(`${origin}/api/public/meldingen/uitdaging`)).json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

function intake(municipalityId: string, i: number, pow: string) {
  return JSON.stringify({
    municipalityId,
    altcha: pow,
    kind: 'melding',
    reporter: { kind: 'anoniem' },
    observations: [
      {
        description: `Een jongen uit de wijk deelt filmpjes van gewapende strijders (${i}).`,
        place: 'online',
        source: 'eigen_waarneming',
      },
    ],
    persons: [{ name: 'Daan van den Berg', age: 16 }],
  });
}

/** Submits one signal at `origin`; the reference when it was acknowledged (201), else null. */
async function submit(origin: string, s: Session, municipalityId: string, i: number, pow: string) {
  try {
    const res = await fetch(`${origin}/api/public/meldingen`, {
      method: 'POST',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
      body: intake(municipalityId, i, pow),
    });
    if (res.status !== 201) return { status: res.status, reference: null, body: await res.text() };
    return { status: 201, reference: ((await res.json()) as { reference: string }).reference, body: '' };
  } catch (err) {
    return { status: 0, reference: null, body: String(err) };
  }
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function proxyServes(): Promise<boolean> {
  try {
    return (await fetch(`${proxyOrigin}/api/health/ready`)).status === 200;
  } catch {
    return false;
  }
}

describe.skipIf(!base || !haproxy)('two instances behind a reverse proxy (HAProxy)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'duiden-proxy-'));
    build = buildServer();
    t = await createTestDatabase();
    await seedDemo(t.db);
    // As `npm run migrate` leaves it: the migrations and the job queues' schema (pg-boss), by the owner.
    await t.withOwner((owner) => prepareDatabase(owner));
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => {
          data += chunk.toString('utf8');
        });
        stream.on('end', () => {
          mails.push(data);
          callback();
        });
      },
    });
    await new Promise<void>((res) => smtp.listen(0, '127.0.0.1', res));
    const env = {
      PUBLIC_ORIGIN: proxyOrigin,
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      MAIL_FROM: 'Duiden <duiden@example.org>',
      MELDPUNT_EMAIL: 'meldpunt@example.org',
      MELDPUNT_POW_COUNTER_MAX: '500',
      MELDPUNT_SUBMIT_MAX: '100000',
      SIGN_IN_RATE_MAX: '3',
      AUDIT_SEAL_INTERVAL_MS: '500',
    };
    a = startInstance({ build, ownerUrl: t.url as string, port: portFor(6), dir, env });
    b = startInstance({ build, ownerUrl: t.url as string, port: portFor(7), dir, env });
    await Promise.all([ready(a), ready(b)]);
    const config = join(dir, 'haproxy.cfg');
    writeFileSync(
      config,
      [
        'global',
        '  maxconn 2000',
        'defaults',
        '  mode http',
        '  timeout connect 1s',
        '  timeout client 30s',
        '  timeout server 30s',
        '  timeout check 2s',
        // A connection the instance refuses is tried again, on the other instance.
        '  retries 3',
        '  option redispatch',
        'frontend duiden',
        `  bind 127.0.0.1:${proxyPort}`,
        '  option forwardfor',
        '  default_backend app',
        'backend app',
        '  balance roundrobin',
        '  option httpchk GET /api/health/ready',
        '  http-check expect status 200',
        `  server a 127.0.0.1:${a.port} check inter 250 fall 3 rise 2`,
        `  server b 127.0.0.1:${b.port} check inter 250 fall 3 rise 2`,
        '',
      ].join('\n'),
    );
    proxy = spawn(haproxy, ['-f', config, '-db'], { stdio: ['ignore', 'ignore', 'pipe'] });
    await waitFor('the proxy', proxyServes);
  }, 180_000);

  afterAll(async () => {
    proxy?.kill('SIGTERM');
    await stopAll();
    await new Promise<void>((res) => (smtp ? smtp.close(() => res()) : res()));
    await t?.drop();
    build?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a session and its CSRF token made on one instance work on the other; the sign-in limit counts across both', async () => {
    const s = await session(direct(a));
    const id = await municipality(direct(a));
    // Made on a, the challenge and the session are accepted by b.
    const first = await submit(direct(b), s, id, 0, await altcha(direct(a)));
    expect(first.status, first.body).toBe(201);
    // The limit of 3 failed sign-ins per address, counted over both instances: the fourth is refused.
    const statuses: number[] = [];
    for (const [i, target] of [a, b, a, b].entries()) {
      const res = await fetch(`${direct(target)}/api/auth/local/sign-in`, {
        method: 'POST',
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
        body: JSON.stringify({ username: `niemand${i}`, password: 'geen-wachtwoord' }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 3).every((x) => x !== 429)).toBe(true);
    expect(statuses[3]).toBe(429);
  });

  it('through the proxy every signal is stored once and its notification is mailed once', async () => {
    const s = await session(proxyOrigin);
    const id = await municipality(proxyOrigin);
    const results = await Promise.all(
      Array.from({ length: 40 }, async (_, i) =>
        submit(proxyOrigin, s, id, 100 + i, await altcha(proxyOrigin)),
      ),
    );
    const references = results.map((r) => r.reference);
    expect(results.filter((r) => r.status !== 201)).toEqual([]);
    await waitFor('the notifications', async () =>
      references.every((ref) => mails.some((m) => m.includes(`melding: ${ref}.`))),
    );
    // A moment more for a second sender that would send one twice.
    await new Promise((r) => setTimeout(r, 1500));
    for (const ref of references) {
      expect(
        mails.filter((m) => m.includes(`Subject: Nieuwe melding ${ref} `)),
        ref as string,
      ).toHaveLength(1);
    }
    // References count per municipality: another municipality of the demo has the same ones.
    const stored = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM signal WHERE reference = ANY($1::text[]) AND tenant_id = $2',
      [references, id],
    );
    expect(stored.rows[0]?.n).toBe(references.length);
  }, 120_000);

  it('killing one instance under load loses no acknowledged signal; the proxy moves on and the access log verifies', async () => {
    const s = await session(proxyOrigin);
    const id = await municipality(proxyOrigin);
    const pows = await Promise.all(Array.from({ length: 120 }, () => altcha(proxyOrigin)));
    const acknowledged: string[] = [];
    const failed: string[] = [];
    let n = 0;
    const worker = async () => {
      while (n < pows.length) {
        const i = n++;
        const r = await submit(proxyOrigin, s, id, 1000 + i, pows[i] as string);
        if (r.reference) acknowledged.push(r.reference);
        else failed.push(`${r.status} ${r.body.slice(0, 200)}`);
      }
    };
    const load = Promise.all([worker(), worker(), worker(), worker()]);
    await waitFor('load to start', async () => acknowledged.length >= 20);
    a.child.kill('SIGKILL');
    await load;
    // Every write the proxy acknowledged is in the database, once.
    const stored = await t.db.query<{ reference: string }>(
      'SELECT reference FROM signal WHERE reference = ANY($1::text[]) AND tenant_id = $2',
      [acknowledged, id],
    );
    expect(new Set(stored.rows.map((r) => r.reference))).toEqual(new Set(acknowledged));
    // Requests cut off by the kill may fail; once the proxy saw the instance gone, all land on the other.
    expect(failed.length, failed.join('\n')).toBeLessThanOrEqual(8);
    const after: Array<number> = [];
    for (let i = 0; i < 10; i++) {
      after.push((await submit(proxyOrigin, s, id, 2000 + i, await altcha(proxyOrigin))).status);
    }
    expect(after).toEqual(Array(10).fill(201));

    // b seals what both wrote; the chain verifies with the key.
    await waitFor(
      'the access log to be sealed',
      async () => {
        const r = await t.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM access_log l
            WHERE NOT EXISTS (SELECT 1 FROM access_log_seal s WHERE s.entry_id = l.id)`,
        );
        return Number(r.rows[0]?.n) === 0;
      },
      60_000,
    );
    const verify = spawnSync(
      process.execPath,
      [join(build.dir, 'src', 'cli', 'audit-verify.js'), '--no-checkpoints'],
      {
        env: {
          PATH: process.env.PATH,
          DATABASE_URL: appLoginUrl(t.url as string),
          DUIDEN_AUDIT_KEY: TEST_AUDIT_KEY_BASE64,
          DUIDEN_DATA_DIR: join(dir, 'verify-data'),
        },
        encoding: 'utf8',
      },
    );
    expect(verify.stdout, verify.stderr).toMatch(/intact/);
    expect(verify.status).toBe(0);
  }, 180_000);
});
