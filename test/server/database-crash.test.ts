import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/housekeeping/open-database.js';
import { openDatabase } from '../../src/db/database.js';
import { seedDemo } from '../../src/demo/seed.js';
import {
  asAdmin,
  type Built,
  buildServer,
  type Instance,
  portFor,
  ready,
  startInstance,
  stopAll,
} from '../helpers/instances.js';
import { TEST_AUDIT_KEY_BASE64 } from '../helpers/seal.js';
import { appLoginUrl, ensureTestAppLogin } from '../helpers/test-db.js';

// kill -9 of the database itself: a private PostgreSQL cluster of this test (initdb, its own port and data
// directory, fsync and synchronous commit on, as in production), the production build serving the public
// intake on it under load; the postmaster is killed, the cluster restarted (crash recovery), and every
// reference the server acknowledged is there, and the access log verifies. PostgreSQL's own tools are needed
// (Debian's postgresql package); initdb refuses root, so as root the cluster runs as the user postgres.
const bin = spawnSync('sh', ['-c', 'command -v initdb && command -v pg_ctl'], { encoding: 'utf8' })
  .stdout.trim()
  .split('\n');
const root = process.getuid?.() === 0;
const runnable =
  Boolean(process.env.TEST_DATABASE_URL) &&
  bin.length === 2 &&
  (!root || spawnSync('id', ['postgres'], { stdio: 'ignore' }).status === 0);

let dir: string;
let data: string;
let build: Built;
let instance: Instance;
const port = portFor(8);
const ownerUrl = `postgres://postgres@127.0.0.1:${port}/duiden`;

function asClusterUser(args: string[]) {
  const [cmd, ...rest] = args as [string, ...string[]];
  const r = root
    ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...rest], { encoding: 'utf8' })
    : spawnSync(cmd, rest, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stdout}${r.stderr}`);
  return r.stdout;
}

function startCluster() {
  try {
    startClusterOnce();
  } catch (err) {
    throw new Error(`${String(err)}\n${readFileSync(join(dir, 'postgres.log'), 'utf8').slice(-2000)}`);
  }
}

function startClusterOnce() {
  asClusterUser([
    'pg_ctl',
    '-D',
    data,
    '-l',
    join(dir, 'postgres.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on`,
    'start',
  ]);
}

async function altcha(origin: string): Promise<string> {
  const challenge = (await (await fetch(`${origin}/api/public/meldingen/uitdaging`)).json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

describe.skipIf(!runnable)('kill -9 of the database under load', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'duiden-crash-'));
    chmodSync(dir, 0o777);
    data = join(dir, 'pgdata');
    asClusterUser([
      'initdb',
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-instructions',
    ]);
    startCluster();
    await asAdmin(`postgres://postgres@127.0.0.1:${port}/postgres`, (c) => c.query('CREATE DATABASE duiden'));
    const owner = await openDatabase({ databaseUrl: ownerUrl, poolSize: 2 });
    try {
      await prepareDatabase(owner);
      await seedDemo(owner);
    } finally {
      await owner.close();
    }
    await ensureTestAppLogin(ownerUrl);
    build = buildServer();
    instance = startInstance({
      build,
      ownerUrl,
      port: portFor(9),
      dir,
      env: { MELDPUNT_POW_COUNTER_MAX: '500', MELDPUNT_SUBMIT_MAX: '100000' },
    });
    await ready(instance);
  }, 180_000);

  afterAll(async () => {
    await stopAll();
    try {
      asClusterUser(['pg_ctl', '-D', data, '-m', 'immediate', 'stop']);
    } catch {
      // not running
    }
    build?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('every acknowledged signal survives the crash, and the access log verifies', async () => {
    const origin = `http://127.0.0.1:${instance.port}`;
    const res = await fetch(`${origin}/api/auth/session`);
    const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const municipalityId = (
      (await (await fetch(`${origin}/api/public/gemeenten`)).json()) as Array<{ id: string }>
    )[0]?.id;
    const pows = await Promise.all(Array.from({ length: 200 }, () => altcha(origin)));
    const acknowledged: string[] = [];
    let n = 0;
    let crashed = false;
    const worker = async () => {
      while (n < pows.length && !crashed) {
        const i = n++;
        try {
          const r = await fetch(`${origin}/api/public/meldingen`, {
            method: 'POST',
            headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
            body: JSON.stringify({
              municipalityId,
              altcha: pows[i],
              kind: 'melding',
              reporter: { kind: 'anoniem' },
              observations: [
                {
                  description: `Zorgen over een buurjongen (${i}).`,
                  place: 'online',
                  source: 'eigen_waarneming',
                },
              ],
            }),
          });
          if (r.status === 201) acknowledged.push(((await r.json()) as { reference: string }).reference);
        } catch {
          // the database went away mid-request: not acknowledged
        }
      }
    };
    const load = Promise.all([worker(), worker(), worker(), worker()]);
    const end = Date.now() + 60_000;
    while (acknowledged.length < 30 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    // The postmaster and every backend at once, as a power loss would stop them.
    const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean)
      .map(Number);
    for (const p of [pid, ...children]) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    // A moment of requests against a dead database, then stop the load.
    await new Promise((r) => setTimeout(r, 500));
    crashed = true;
    await load;
    expect(acknowledged.length).toBeGreaterThanOrEqual(30);

    // Gone (and reaped) before the restart, or PostgreSQL takes the old postmaster for a running one.
    const alive = (p: number) => {
      try {
        process.kill(p, 0);
        return true;
      } catch {
        return false;
      }
    };
    const gone = Date.now() + 20_000;
    while ([pid, ...children].some(alive) && Date.now() < gone) await new Promise((r) => setTimeout(r, 100));
    // Crash recovery replays the WAL at start.
    startCluster();
    const stored = await asAdmin(ownerUrl, (c) =>
      c.query<{ reference: string }>(
        'SELECT reference FROM signal WHERE reference = ANY($1::text[]) AND tenant_id = $2',
        [acknowledged, municipalityId],
      ),
    );
    expect(new Set(stored.rows.map((r) => r.reference))).toEqual(new Set(acknowledged));

    // The instance reconnects by itself: its readiness comes back, and it seals what it wrote.
    await ready(instance, 60_000);
    const verify = () =>
      spawnSync(process.execPath, [join(build.dir, 'src', 'cli', 'audit-verify.js'), '--no-checkpoints'], {
        env: {
          PATH: process.env.PATH,
          DATABASE_URL: appLoginUrl(ownerUrl),
          DUIDEN_AUDIT_KEY: TEST_AUDIT_KEY_BASE64,
          DUIDEN_DATA_DIR: join(dir, 'verify-data'),
        },
        encoding: 'utf8',
      });
    const result = verify();
    expect(result.stdout, result.stderr).toMatch(/intact/);
    expect(result.status).toBe(0);
  }, 180_000);
});
