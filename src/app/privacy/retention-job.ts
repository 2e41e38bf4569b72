import PgBoss from 'pg-boss';
import { type Database, quoteIdent } from '../../db/database.js';
import { runRetention } from './retention.js';

/**
 * The daily retention job on pg-boss. The queue lives in the database itself (schema `pgboss`), so with
 * several instances the job runs once per day on one of them, and a missed day (all instances down) is run
 * when one comes back. The queue's schema belongs to the owner: `prepareRetentionQueue` creates or migrates it
 * at migration time (as the owner) and grants the application role what pg-boss needs at run time (rows of its
 * tables, its functions). At run time pg-boss talks to the database as the application role through
 * `Database.queryScript` (migrate: false): on PostgreSQL a connection of the pool, on PGlite its one
 * connection, where pg-boss's statements queue with the application's (the same code path on both).
 */
export const RETENTION_QUEUE = 'duiden-bewaartermijnen';
/** 03:15 in Amsterdam: quiet, and after the night's backups. */
export const RETENTION_CRON = '15 3 * * *';

export interface RetentionJob {
  /** Queues a run now (the same handler as the daily one). */
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

export interface RetentionJobOptions {
  readonly cron?: string;
  /** How often a worker looks for a job (pg-boss default 2 s; tests use less). */
  readonly pollingIntervalSeconds?: number;
  readonly onError: (err: unknown) => void;
  readonly onRun?: (tenants: number) => void;
}

export const SCHEMA = 'pgboss';
const QUEUE_OPTIONS = { name: RETENTION_QUEUE, retryLimit: 3, retryDelay: 600 };
/**
 * pg-boss's own queue through which a schedule's slot becomes a job (its timekeeper sends each due slot
 * here once, and a worker moves it to the scheduled queue). pg-boss creates it when it starts with
 * schedules, but a queue is a table of its own (DDL) that the application role may not make, and pg-boss
 * swallows that failure: without it no schedule ever fires. So the owner makes it here.
 */
export const SCHEDULE_QUEUE = '__pgboss__send-it';

/**
 * As the owner (migration time): installs or migrates pg-boss's schema, creates the queue (a table of its own,
 * so DDL) and pg-boss's schedule queue (SCHEDULE_QUEUE), and grants the application role the rows and functions
 * it uses. Idempotent; run on every migration.
 */
export async function prepareRetentionQueue(owner: Database, appRole = 'duiden_app'): Promise<void> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => owner.ownerQuery(text, values) },
    schema: SCHEMA,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  try {
    await boss.createQueue(RETENTION_QUEUE, QUEUE_OPTIONS);
    if (!(await boss.getQueue(SCHEDULE_QUEUE))) await boss.createQueue(SCHEDULE_QUEUE);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  await grantQueueUse(owner, appRole);
}

/** As the owner: the application role may use pg-boss's rows and functions (after a queue is created). */
export async function grantQueueUse(owner: Database, appRole: string): Promise<void> {
  const role = quoteIdent(appRole);
  await owner.ownerQuery(`GRANT USAGE ON SCHEMA ${SCHEMA} TO ${role};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${SCHEMA} TO ${role};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${SCHEMA} TO ${role};
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${SCHEMA} TO ${role};`);
}

export async function startRetentionJob(
  db: Database,
  clock: () => Date,
  opts: RetentionJobOptions,
): Promise<RetentionJob> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => db.queryScript(text, values) },
    schema: SCHEMA,
    // The owner prepared the schema (prepareRetentionQueue); the application role only checks its version.
    migrate: false,
    // Checking for due schedules every 45 s (the most pg-boss allows) is plenty for a daily job.
    cronMonitorIntervalSeconds: 45,
  });
  boss.on('error', opts.onError);
  await boss.start();
  await boss.schedule(RETENTION_QUEUE, opts.cron ?? RETENTION_CRON, {}, { tz: 'Europe/Amsterdam' });
  await boss.work(
    RETENTION_QUEUE,
    { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 30 },
    async () => {
      const summaries = await runRetention(db, clock());
      opts.onRun?.(summaries.length);
    },
  );
  return {
    async runNow() {
      await boss.send(RETENTION_QUEUE, {});
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
