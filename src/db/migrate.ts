import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from './database.js';

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Forward-only SQL migrations, applied in file-name order, each in one transaction. */
export async function migrate(db: Database): Promise<string[]> {
  await db.execScript(`CREATE TABLE IF NOT EXISTS schema_migration (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const files = readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const applied: string[] = [];
  for (const file of files) {
    const name = file.replace(/\.sql$/, '');
    if (await isApplied(db, name)) continue;
    const body = readFileSync(join(migrationsDir, file), 'utf8');
    try {
      // The advisory lock makes concurrent start-ups of several instances take turns.
      await db.execScript(
        `SELECT pg_advisory_xact_lock(4283719);\n${body}\nINSERT INTO schema_migration (name) VALUES ('${name}');`,
      );
      applied.push(name);
    } catch (err) {
      // Another instance applied it while we waited for the lock.
      if (await isApplied(db, name)) continue;
      throw err;
    }
  }
  return applied;
}

/** The migrations of this build that the database has not applied yet (readiness: none may be missing). */
export async function pendingMigrations(db: Queryable): Promise<string[]> {
  const names = readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => f.replace(/\.sql$/, ''));
  const r = await db.query<{ name: string }>(
    'SELECT name FROM schema_migration WHERE name = ANY($1::text[])',
    [names],
  );
  const applied = new Set(r.rows.map((row) => row.name));
  return names.filter((n) => !applied.has(n)).sort();
}

async function isApplied(db: Database, name: string): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM schema_migration WHERE name = $1', [name]);
  return r.rowCount > 0;
}
