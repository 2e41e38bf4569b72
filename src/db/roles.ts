import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Queryable } from './database.js';

/** What the login role of a connection could do beyond the application role's rights. */
export interface LoginRole {
  readonly name: string;
  /** The role that owns the schema (the owner of access_log), or null before the first migration. */
  readonly owner: string | null;
  /** Why this login can act as (or make itself) the owner; empty when it cannot. */
  readonly ownerPowers: string[];
}

/**
 * Inspects the connection's login role (session_user: `SET ROLE` and `RESET ROLE` cannot change it). A login
 * that is the owner, a member of the owner, a superuser, or may create roles (before PostgreSQL 16 CREATEROLE
 * can grant itself any non-superuser role) can switch off the access log's triggers and rewrite it.
 */
export async function inspectLoginRole(q: Queryable): Promise<LoginRole> {
  const r = await q.query<{
    name: string;
    owner: string | null;
    superuser: boolean;
    createrole: boolean;
    member: boolean | null;
  }>(
    `WITH o AS (SELECT tableowner AS owner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'access_log')
     SELECT session_user AS name, (SELECT owner FROM o) AS owner, r.rolsuper AS superuser,
            r.rolcreaterole AS createrole,
            (SELECT pg_has_role(session_user, owner, 'MEMBER') FROM o) AS member
       FROM pg_roles r WHERE r.rolname = session_user`,
  );
  const row = r.rows[0];
  if (!row) throw new Error('the login role is not in pg_roles');
  const powers: string[] = [];
  if (row.superuser) powers.push(`${row.name} is a superuser`);
  if (row.owner && row.owner === row.name) powers.push(`${row.name} owns the schema`);
  else if (row.member) powers.push(`${row.name} is a member of the owner ${row.owner}`);
  if (row.createrole && !row.superuser) powers.push(`${row.name} has CREATEROLE`);
  return { name: row.name, owner: row.owner, ownerPowers: powers };
}

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Migrations in the code that the database has not had yet (read as the application role). */
export async function pendingMigrations(q: Queryable): Promise<string[]> {
  const r = await q.query<{ name: string }>('SELECT name FROM schema_migration');
  const applied = new Set(r.rows.map((x) => x.name));
  return readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => f.replace(/\.sql$/, ''))
    .filter((n) => !applied.has(n))
    .sort();
}
