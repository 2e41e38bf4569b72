import PgBoss from 'pg-boss';
import type { Database } from '../../db/database.js';
import { grantQueueUse, SCHEMA as JOB_SCHEMA } from '../privacy/retention-job.js';
import { type RefreshSummary, refreshKeptFigures } from './reports.js';

/**
 * The nightly refresh of the analysis's kept figures (src/app/analyse/reports.ts, `refreshKeptFigures`) on
 * pg-boss, in the same job schema as the retention job: with several instances it runs once a night on one of
 * them. It runs after the retention job, so records deleted at the end of their term are no longer counted in
 * the recent years it protects again.
 */
export const FIGURES_QUEUE = 'duiden-analysecijfers';
/** 04:30 in Amsterdam: after the retention job (03:15). */
export const FIGURES_CRON = '30 4 * * *';
const QUEUE_OPTIONS = { name: FIGURES_QUEUE, retryLimit: 2, retryDelay: 1800 };

/** As the owner (migration time, after the job schema exists): creates the queue and grants its use. */
export async function prepareFiguresQueue(owner: Database, appRole: string): Promise<void> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => owner.ownerQuery(text, values) },
    schema: JOB_SCHEMA,
    migrate: false,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  try {
    if (!(await boss.getQueue(FIGURES_QUEUE))) await boss.createQueue(FIGURES_QUEUE, QUEUE_OPTIONS);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  await grantQueueUse(owner, appRole);
}

export interface FiguresJob {
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

export async function startFiguresJob(
  db: Database,
  clock: () => Date,
  opts: {
    readonly cron?: string;
    readonly pollingIntervalSeconds?: number;
    readonly onError: (err: unknown) => void;
    readonly onRun?: (summary: RefreshSummary) => void;
  },
): Promise<FiguresJob> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => db.queryScript(text, values) },
    schema: JOB_SCHEMA,
    migrate: false,
    cronMonitorIntervalSeconds: 45,
  });
  boss.on('error', opts.onError);
  await boss.start();
  await boss.schedule(FIGURES_QUEUE, opts.cron ?? FIGURES_CRON, {}, { tz: 'Europe/Amsterdam' });
  await boss.work(FIGURES_QUEUE, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 60 }, async () => {
    opts.onRun?.(await refreshKeptFigures(db, clock()));
  });
  return {
    async runNow() {
      await boss.send(FIGURES_QUEUE, {});
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
