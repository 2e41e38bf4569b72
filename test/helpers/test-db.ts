import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';

export interface TestDatabase {
  /** The application's connection: on PostgreSQL a login role that is only a member of duiden_app. */
  readonly db: Database;
  /** A connection as the owning role (for tests that check what the application role may not do). */
  readonly url: string | undefined;
  /** The application's own login (PostgreSQL only). */
  readonly appUrl: string | undefined;
  /**
   * Runs fn with the owner's rights: on PostgreSQL a connection of the owner's login, on PGlite the one
   * connection, whose execScript and ownerQuery step back to the owner for their statements.
   */
  withOwner<T>(fn: (owner: Database) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

/**
 * The login the test suite's application runs as on PostgreSQL, as in production: a member of duiden_app,
 * not of the owner, no superuser, no CREATEROLE. Roles are cluster-wide, so one shared role serves every test
 * database; it owns nothing and holds no grants of its own, so it never blocks dropping a database.
 */
export const TEST_APP_LOGIN = 'duiden_test_login';
const TEST_APP_PASSWORD = 'duiden-test';

/** Creates the shared test login once per cluster (and duiden_app, as migration 001 would, when missing). */
export async function ensureTestAppLogin(ownerUrl: string): Promise<void> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    await c.query(`DO $$ BEGIN CREATE ROLE duiden_app NOLOGIN;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    for (let attempt = 0; ; attempt++) {
      const r = await c.query(
        `SELECT pg_has_role(oid, 'duiden_app', 'MEMBER') AS member FROM pg_roles WHERE rolname = $1`,
        [TEST_APP_LOGIN],
      );
      if (r.rows[0]?.member) return;
      try {
        if (r.rows.length === 0) {
          await c.query(
            `CREATE ROLE ${TEST_APP_LOGIN} LOGIN PASSWORD '${TEST_APP_PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE`,
          );
        }
        await c.query(`GRANT duiden_app TO ${TEST_APP_LOGIN}`);
        return;
      } catch (err) {
        // Another test file created or granted it at the same moment: look again.
        if (attempt >= 5) throw err;
        await new Promise((res) => setTimeout(res, 50 + Math.random() * 100));
      }
    }
  } finally {
    await c.end();
  }
}

/** The same database as the owner's URL, through the application's login. */
export function appLoginUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = TEST_APP_LOGIN;
  url.password = TEST_APP_PASSWORD;
  return url.toString();
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new PostgreSQL
 * database when TEST_DATABASE_URL points at a server (CI runs the suite both ways). On PostgreSQL the owner
 * migrates and the application runs on its own login, as src/main.ts does with DATABASE_OWNER_URL.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const db = await openDatabase({});
    await migrate(db);
    await db.switchToAppRole('duiden_app');
    return { db, url: undefined, appUrl: undefined, withOwner: (fn) => fn(db), drop: () => db.close() };
  }
  const name = `duiden_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const ownerUrl = url.toString();
  const owner = await openDatabase({ databaseUrl: ownerUrl, poolSize: 1 });
  try {
    await migrate(owner);
  } finally {
    await owner.close();
  }
  await ensureTestAppLogin(ownerUrl);
  const appUrl = appLoginUrl(ownerUrl);
  const db = await openDatabase({ databaseUrl: appUrl, poolSize: 4 });
  await db.switchToAppRole('duiden_app');
  return {
    db,
    url: ownerUrl,
    appUrl,
    async withOwner(fn) {
      const o = await openDatabase({ databaseUrl: ownerUrl, poolSize: 1 });
      try {
        return await fn(o);
      } finally {
        await o.close();
      }
    },
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
