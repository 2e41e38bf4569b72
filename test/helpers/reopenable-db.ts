import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { appLoginUrl, ensureTestAppLogin } from './test-db.js';

/**
 * A database that a test can close and open again, as after a restart: PGlite in a temporary directory, or
 * (with TEST_DATABASE_URL) a new PostgreSQL database. Each open runs the migrations (as the owner) and takes
 * the app role, on PostgreSQL through the application's own login, as src/main.ts does.
 */
export interface ReopenableDatabase {
  db: Database;
  reopen(): Promise<Database>;
  drop(): Promise<void>;
}

async function start(
  open: () => Promise<Database>,
  migrateAsOwner: (() => Promise<void>) | undefined,
): Promise<Database> {
  if (migrateAsOwner) await migrateAsOwner();
  const db = await open();
  if (!migrateAsOwner) await migrate(db);
  await db.switchToAppRole('duiden_app');
  return db;
}

export async function createReopenableDatabase(): Promise<ReopenableDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  let open: () => Promise<Database>;
  let migrateAsOwner: (() => Promise<void>) | undefined;
  let cleanup: () => Promise<void>;
  if (base) {
    const name = `duiden_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    const ownerUrl = url.toString();
    migrateAsOwner = async () => {
      const owner = await openDatabase({ databaseUrl: ownerUrl, poolSize: 1 });
      try {
        await migrate(owner);
      } finally {
        await owner.close();
      }
      await ensureTestAppLogin(ownerUrl);
    };
    open = () => openDatabase({ databaseUrl: appLoginUrl(ownerUrl), poolSize: 4 });
    cleanup = async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'duiden-reopen-'));
    open = () => openDatabase({ dataDir: dir });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const r: ReopenableDatabase = {
    db: await start(open, migrateAsOwner),
    async reopen() {
      await r.db.close();
      r.db = await start(open, migrateAsOwner);
      return r.db;
    },
    async drop() {
      await r.db.close();
      await cleanup();
    },
  };
  return r;
}
