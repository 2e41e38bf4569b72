import { mkdirSync } from 'node:fs';
import pg from 'pg';

/** Anything that runs a parameterised statement: the pool itself or one transaction. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
}

export interface QueryResult<R> {
  readonly rows: R[];
  readonly rowCount: number;
}

/**
 * Runs a change and tells whether it touched a row: a versioned UPDATE or DELETE at a version that is no
 * longer the stored one touches none, and the caller answers with a conflict.
 */
export async function affectsRows(q: Queryable, sql: string, params?: readonly unknown[]): Promise<boolean> {
  return (await q.query(sql, params)).rowCount > 0;
}

/** The first row of a read by key, mapped to its record; null when there is none. */
export function firstOrNull<R, T>(r: QueryResult<R>, map: (row: R) => T): T | null {
  const row = r.rows[0];
  return row ? map(row) : null;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs fn in one transaction; commits when it resolves, rolls back when it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** Runs a multi-statement SQL script (migrations) as the owner role. */
  execScript(sql: string): Promise<void>;
  /** From here on, statements run as the restricted application role. */
  switchToAppRole(role: string): Promise<void>;
  /**
   * One statement (with parameters) or a script (without) as the owning role, for infrastructure that keeps
   * its own schema: the job queue (pg-boss). Never for personal data, which goes through the application role.
   */
  ownerQuery(sql: string, params?: readonly unknown[]): Promise<{ rows: unknown[] }>;
  /**
   * One statement (with parameters) or a script (without) as the application role, for a library that sends
   * scripts of its own at run time (pg-boss, whose schema the owner prepared at migration time).
   */
  queryScript(sql: string, params?: readonly unknown[]): Promise<{ rows: unknown[] }>;
  /**
   * Runs fn while holding a session-level advisory lock on a connection of its own, so that several instances
   * starting at once take turns for the whole of it (the migrations and the job queues' schema). PGlite has one
   * connection and one process: fn just runs.
   */
  exclusively<T>(lockKey: number, fn: () => Promise<T>): Promise<T>;
  /** The connection pool's use (PostgreSQL), for the metrics; null where there is no pool (PGlite). */
  poolStats(): PoolStats | null;
  close(): Promise<void>;
}

export interface PoolStats {
  readonly total: number;
  readonly idle: number;
  readonly waiting: number;
  readonly max: number;
}

// Both drivers return int8 as a JS number (PGlite does so natively), numeric stays a string.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

class PostgresDatabase implements Database {
  readonly kind = 'postgres' as const;
  private pool: pg.Pool;

  constructor(private readonly config: pg.PoolConfig) {
    this.pool = PostgresDatabase.createPool(config);
  }

  private static createPool(config: pg.PoolConfig): pg.Pool {
    const pool = new pg.Pool(config);
    // An idle client that loses its connection must not crash the process.
    pool.on('error', () => {});
    return pool;
  }

  async query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    const r = await this.pool.query(sql, params as unknown[] | undefined);
    return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
  }

  async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const q: Queryable = {
        async query<R>(sql: string, params?: readonly unknown[]) {
          const r = await client.query(sql, params as unknown[] | undefined);
          return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
        },
      };
      const result = await fn(q);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  async execScript(sql: string): Promise<void> {
    const client = await this.pool.connect();
    try {
      // Back to the login role (the owner) for this script only; RESET would return to the startup role.
      await client.query('SET ROLE NONE');
      await client.query(sql);
    } finally {
      // The connection's default role comes back with the next session-level reset.
      await client.query('RESET ROLE').catch(() => {});
      client.release();
    }
  }

  async ownerQuery(sql: string, params?: readonly unknown[]): Promise<{ rows: unknown[] }> {
    const client = await this.pool.connect();
    try {
      await client.query('SET ROLE NONE');
      const r = await client.query(sql, params as unknown[] | undefined);
      // A script answers with one result per statement; the caller wants the last one's rows.
      const last = Array.isArray(r) ? (r.at(-1) as pg.QueryResult | undefined) : r;
      return { rows: last?.rows ?? [] };
    } finally {
      await client.query('RESET ROLE').catch(() => {});
      client.release();
    }
  }

  async queryScript(sql: string, params?: readonly unknown[]): Promise<{ rows: unknown[] }> {
    const r = await this.pool.query(sql, params as unknown[] | undefined);
    const last = Array.isArray(r) ? (r.at(-1) as pg.QueryResult | undefined) : r;
    return { rows: last?.rows ?? [] };
  }

  async switchToAppRole(role: string): Promise<void> {
    // The role is a startup parameter of every new connection, so no query can run before it applies.
    const old = this.pool;
    this.pool = PostgresDatabase.createPool({
      ...this.config,
      options: `-c role=${quoteIdent(role).slice(1, -1)}`,
    });
    await this.pool.query('SELECT 1');
    await old.end();
  }

  async exclusively<T>(lockKey: number, fn: () => Promise<T>): Promise<T> {
    const client = new pg.Client(this.config);
    client.on('error', () => {});
    await client.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [lockKey]);
      return await fn();
    } finally {
      // Ending the session releases the lock too; unlocking first frees it at once for the next instance.
      await client.query('SELECT pg_advisory_unlock($1)', [lockKey]).catch(() => {});
      await client.end().catch(() => {});
    }
  }

  poolStats(): PoolStats {
    return {
      total: this.pool.totalCount,
      idle: this.pool.idleCount,
      waiting: this.pool.waitingCount,
      max: this.pool.options.max ?? 10,
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;
  constructor(private readonly db: import('@electric-sql/pglite').PGlite) {}

  async query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    const r = await this.db.query<R>(sql, params as unknown[] | undefined);
    return { rows: r.rows, rowCount: r.affectedRows || r.rows.length };
  }

  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(async (t) =>
      fn({
        async query<R>(sql: string, params?: readonly unknown[]) {
          const r = await t.query<R>(sql, params as unknown[] | undefined);
          return { rows: r.rows, rowCount: r.affectedRows || r.rows.length };
        },
      }),
    );
  }

  async execScript(sql: string): Promise<void> {
    await this.db.exec(`SET ROLE NONE;\n${sql}`);
    if (this.appRole) await this.db.exec(`SET ROLE ${quoteIdent(this.appRole)}`);
  }

  async ownerQuery(sql: string, params?: readonly unknown[]): Promise<{ rows: unknown[] }> {
    if (params && params.length > 0) {
      // SET LOCAL ends with the transaction; PGlite runs nothing else in between (one connection, queued).
      return this.db.transaction(async (t) => {
        await t.exec('SET LOCAL ROLE NONE');
        const r = await t.query(sql, params as unknown[]);
        return { rows: r.rows };
      });
    }
    // A script (it may hold its own BEGIN/COMMIT): one exec, so nothing else runs between the role changes.
    const back = this.appRole ? `;\nSET ROLE ${quoteIdent(this.appRole)};` : '';
    try {
      const results = await this.db.exec(`SET ROLE NONE;\n${sql}${back}`);
      const withRows = results.filter((x) => x.fields.length > 0);
      return { rows: withRows.at(-1)?.rows ?? [] };
    } catch (err) {
      if (this.appRole) await this.db.exec(`SET ROLE ${quoteIdent(this.appRole)}`);
      throw err;
    }
  }

  async queryScript(sql: string, params?: readonly unknown[]): Promise<{ rows: unknown[] }> {
    if (params && params.length > 0) return { rows: (await this.db.query(sql, params as unknown[])).rows };
    const results = await this.db.exec(sql);
    return { rows: results.filter((x) => x.fields.length > 0).at(-1)?.rows ?? [] };
  }

  private appRole: string | undefined;
  async switchToAppRole(role: string): Promise<void> {
    this.appRole = role;
    await this.db.exec(`SET ROLE ${quoteIdent(role)}`);
  }

  exclusively<T>(_lockKey: number, fn: () => Promise<T>): Promise<T> {
    return fn();
  }

  poolStats(): null {
    return null;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Invalid SQL identifier: ${name}`);
  return `"${name}"`;
}

export interface OpenOptions {
  readonly databaseUrl?: string | undefined;
  /** Directory for the embedded database; omit for an in-memory one (tests). */
  readonly dataDir?: string | undefined;
  readonly poolSize?: number;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const db = new PostgresDatabase({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 8 });
    await db.query('SELECT 1');
    return db;
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { btree_gist } = await import('@electric-sql/pglite/contrib/btree_gist');
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const lite = await PGlite.create({
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    extensions: { pg_trgm, btree_gist },
  });
  return new PgliteDatabase(lite);
}
