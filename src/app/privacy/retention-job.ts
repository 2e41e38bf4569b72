import PgBoss from 'pg-boss';
import type { Database } from '../../db/database.js';
import { runRetention } from './retention.js';

/**
 * The daily retention job on pg-boss. The queue lives in the database itself (schema `pgboss`), so with
 * several instances the job runs once per day on one of them, and a missed day (all instances down) is run
 * when one comes back. pg-boss talks to the database through `Database.ownerQuery`: on PostgreSQL a
 * connection of the pool, on PGlite its one connection, where pg-boss's statements queue with the
 * application's (the same code path on both). The queue's own tables belong to the owning role; the
 * retention itself runs as the application role, like every request.
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

export async function startRetentionJob(
  db: Database,
  clock: () => Date,
  opts: RetentionJobOptions,
): Promise<RetentionJob> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => db.ownerQuery(text, values) },
    schema: 'pgboss',
    // Checking for due schedules every 45 s (the most pg-boss allows) is plenty for a daily job.
    cronMonitorIntervalSeconds: 45,
  });
  boss.on('error', opts.onError);
  await boss.start();
  await boss.createQueue(RETENTION_QUEUE, { name: RETENTION_QUEUE, retryLimit: 3, retryDelay: 600 });
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
