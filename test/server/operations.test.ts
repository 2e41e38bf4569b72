import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/housekeeping/open-database.js';
import { recordAccess } from '../../src/db/access-log.js';
import { seedDemo } from '../../src/demo/seed.js';
import {
  asAdmin,
  type Built,
  buildServer,
  portFor,
  ready,
  startInstance,
  stopAll,
  withDatabase,
} from '../helpers/instances.js';
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
let build: Built;
const databases: string[] = [];

async function newDatabase(): Promise<string> {
  const name = `duiden_ops_${randomBytes(5).toString('hex')}`;
  await asAdmin(base as string, (c) => c.query(`CREATE DATABASE ${name}`));
  databases.push(name);
  return withDatabase(base as string, name);
}

describe.skipIf(!base)('operations with the production build', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'duiden-ops-'));
    build = buildServer();
  }, 60_000);

  afterAll(async () => {
    await stopAll();
    for (const name of databases) {
      await asAdmin(base as string, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
    build?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('three instances started at once on an empty database: each migration ran once, every one came up', async () => {
    const ownerUrl = await newDatabase();
    await ensureTestAppLogin(ownerUrl);
    const instances = [0, 1, 2].map((slot) =>
      startInstance({ build, ownerUrl, port: portFor(slot), dir, migrate: true }),
    );
    for (const instance of instances) {
      expect(await ready(instance)).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok' } });
    }
    const rows = await asAdmin(ownerUrl, (c) =>
      c.query<{ name: string }>('SELECT name FROM schema_migration ORDER BY name'),
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
    try {
      await seedDemo(t.db);
      // As `npm run migrate` leaves it: the migrations and the job queues' schema (pg-boss), by the owner.
      await t.withOwner((owner) => prepareDatabase(owner));
      for (let i = 0; i < 20; i++) {
        await recordAccess(t.db, new Date('2026-11-01T10:00:00Z'), {
          action: 'read',
          objectId: `BACKUP-${i}`,
          result: 'ok',
        });
      }
      await sealEverything(t.db);
      const cases = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM casus');
      const dumpFile = join(dir, 'duiden.dump');
      const dump = spawnSync('pg_dump', ['--format=custom', `--file=${dumpFile}`, t.url as string], {
        encoding: 'utf8',
      });
      expect(dump.status, dump.stderr).toBe(0);

      const restored = await newDatabase();
      const restore = spawnSync('pg_restore', ['--exit-on-error', `--dbname=${restored}`, dumpFile], {
        encoding: 'utf8',
      });
      expect(restore.status, restore.stderr).toBe(0);

      const verify = spawnSync(
        process.execPath,
        [join(build.dir, 'src', 'cli', 'audit-verify.js'), '--no-checkpoints'],
        {
          env: {
            PATH: process.env.PATH,
            DATABASE_URL: appLoginUrl(restored),
            DUIDEN_AUDIT_KEY: TEST_AUDIT_KEY_BASE64,
            DUIDEN_DATA_DIR: join(dir, 'verify-data'),
          },
          encoding: 'utf8',
        },
      );
      expect(verify.stdout, verify.stderr).toMatch(/intact/);
      expect(verify.status).toBe(0);

      const instance = startInstance({ build, ownerUrl: restored, port: portFor(3), dir });
      await ready(instance);
      const after = await asAdmin(restored, (c) =>
        c.query<{ n: number }>('SELECT count(*)::int AS n FROM casus'),
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
