import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../src/app/housekeeping/open-database.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { inspectLoginRole } from '../../src/db/roles.js';
import { createTestDatabase, TEST_APP_LOGIN, type TestDatabase } from '../helpers/test-db.js';

/**
 * Issue 10, part 3: the application runs on a login role that owns nothing and cannot become the owner, so
 * whoever takes over its connection cannot switch off the access log's guards. On PostgreSQL the whole suite
 * runs this way (test/helpers/test-db.ts); PGlite has one user, which these tests name as such.
 */
let t: TestDatabase;
const quiet = { info: () => {}, warn: () => {} };
const PROD = { NODE_ENV: 'production', LOCAL_ACCOUNTS: 'false' };

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe.runIf(process.env.TEST_DATABASE_URL)('the application login on PostgreSQL', () => {
  let c: pg.Client;
  let owner: string;
  beforeAll(async () => {
    c = new pg.Client({ connectionString: t.appUrl });
    await c.connect();
    const r = await c.query<{ o: string }>(
      `SELECT tableowner AS o FROM pg_tables WHERE tablename = 'access_log'`,
    );
    owner = r.rows[0]?.o as string;
  });
  afterAll(() => c.end());

  it('is its own login, owns nothing and has no power over the owner', async () => {
    expect(await inspectLoginRole(t.db)).toEqual({ name: TEST_APP_LOGIN, owner, ownerPowers: [] });
    const r = await c.query(`SELECT count(*)::int AS n FROM pg_class WHERE relowner = (
      SELECT oid FROM pg_roles WHERE rolname = session_user)`);
    expect(r.rows[0]?.n).toBe(0);
  });

  it('cannot SET ROLE to the owner', async () => {
    await expect(c.query(`SET ROLE "${owner}"`)).rejects.toThrow(/permission denied to set role/);
  });

  it.each(['RESET ROLE', 'SET ROLE NONE'])('after %s it has no owner rights on the log', async (reset) => {
    await c.query(reset);
    await expect(c.query('ALTER TABLE access_log DISABLE TRIGGER access_log_append_only')).rejects.toThrow(
      /must be owner/,
    );
    await expect(c.query('ALTER TABLE access_log_seal DISABLE TRIGGER USER')).rejects.toThrow(
      /must be owner/,
    );
    await expect(c.query(`UPDATE access_log SET action = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(c.query('DELETE FROM access_log')).rejects.toThrow(/permission denied/);
    await expect(c.query('DELETE FROM access_log_seal')).rejects.toThrow(/permission denied/);
    await expect(c.query(`UPDATE access_log_seal SET hash = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(c.query('TRUNCATE access_log_seal')).rejects.toThrow(/permission denied/);
  });

  it('the pool the application uses cannot step back to the owner either', async () => {
    await expect(
      t.db.tx(async (q) => {
        await q.query('RESET ROLE');
        await q.query('ALTER TABLE access_log DISABLE TRIGGER USER');
      }),
    ).rejects.toThrow(/must be owner/);
    await expect(t.db.ownerQuery('ALTER TABLE access_log DISABLE TRIGGER USER')).rejects.toThrow(
      /must be owner/,
    );
  });

  it('production starts with the two logins and leaves only the application login open', async () => {
    const config = loadConfig({ ...PROD, DATABASE_URL: t.appUrl, DATABASE_OWNER_URL: t.url });
    const db = await openAppDatabase(config, quiet);
    try {
      const r = await db.query<{ s: string; c: string }>('SELECT session_user AS s, current_user AS c');
      expect(r.rows[0]).toEqual({ s: TEST_APP_LOGIN, c: 'duiden_app' });
    } finally {
      await db.close();
    }
    // Migrated by the owner before (npm run migrate): the application login alone is enough.
    const alone = await openAppDatabase(loadConfig({ ...PROD, DATABASE_URL: t.appUrl }), quiet);
    await alone.close();
  });

  it('production refuses a login that can act as the owner, and says what to do', async () => {
    const config = loadConfig({ ...PROD, DATABASE_URL: t.url });
    const err = await openAppDatabase(config, quiet).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/can act as the owner .*superuser.*DATABASE_OWNER_URL/);
  });

  it('outside production the owner login still works, with a warning', async () => {
    const warnings: string[] = [];
    const db = await openAppDatabase(loadConfig({ DATABASE_URL: t.url }), {
      info: () => {},
      warn: (m) => warnings.push(m),
    });
    await db.close();
    expect(warnings.join('\n')).toMatch(/can act as the owner/);
  });
});

describe.skipIf(process.env.TEST_DATABASE_URL)('the embedded database (one user)', () => {
  it('runs the same inspection and names its login as able to act as the owner', async () => {
    const login = await inspectLoginRole(t.db);
    expect(login.ownerPowers).toContain(`${login.name} is a superuser`);
  });

  it('is refused in production', async () => {
    await expect(openAppDatabase(loadConfig(PROD), quiet)).rejects.toThrow(/needs PostgreSQL/);
  });
});
