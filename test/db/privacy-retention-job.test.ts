import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  prepareRetentionQueue,
  SCHEDULE_QUEUE,
  startRetentionJob,
} from '../../src/app/privacy/retention-job.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

/**
 * The daily job runs on pg-boss with the queue in the database itself, through the same adapter on PGlite
 * (one connection) and PostgreSQL. A queued run deletes what has expired, as the daily schedule would.
 */
let tdb: TestDatabase;
const T = randomUUID();

// A generous timeout: setting up a whole database is slow when the machine is busy.
beforeAll(async () => {
  tdb = await createTestDatabase();
  // The owner prepares pg-boss's schema at migration time (npm run migrate); the application never does.
  await tdb.withOwner((owner) => prepareRetentionQueue(owner));
}, 180_000);
afterAll(async () => {
  await tdb.drop();
});

async function waitFor<T>(probe: () => Promise<T | null>, ms: number): Promise<T | null> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const v = await probe();
    if (v !== null) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}

describe('the retention job on pg-boss', () => {
  it('schedules the daily run and works a queued run as the application role', async () => {
    const db = tdb.db;
    await db.query(
      "INSERT INTO organisation (id, kind, name, tenant_id) VALUES ($1, 'gemeente', 'Jobdorp', $1)",
      [T],
    );
    const closed = new Date('2024-01-10T10:00:00Z');
    const s = await db.query<{ id: string }>(
      `INSERT INTO signal (tenant_id, reference, kind, intake, channel, received_at, reporter_kind, status,
         status_changed_at, acknowledge_due_on, triage_due_on, summary, search_vector, created_at)
       VALUES ($1, 'M-2024-00001', 'adviesvraag', 'medewerker', 'telefoon', $2, 'anoniem', 'afgesloten', $2,
         '2024-01-12', '2024-01-20', 'Vraag', to_tsvector('dutch', 'vraag'), $2) RETURNING id`,
      [T, closed],
    );
    const clock = () => new Date('2026-03-02T09:00:00Z');
    const errors: unknown[] = [];
    const job = await startRetentionJob(db, clock, {
      pollingIntervalSeconds: 0.5,
      onError: (e) => errors.push(e),
    });
    try {
      const schedule = await db.query(
        "SELECT cron, timezone FROM pgboss.schedule WHERE name = 'duiden-bewaartermijnen'",
      );
      expect(schedule.rows).toEqual([{ cron: '15 3 * * *', timezone: 'Europe/Amsterdam' }]);
      // The queue a schedule's slot passes through exists, made by the owner: the application role may not
      // make it, and without it the daily schedule never fires (test/server/instances-retention.test.ts).
      const queues = await db.query<{ name: string }>('SELECT name FROM pgboss.queue WHERE name = $1', [
        SCHEDULE_QUEUE,
      ]);
      expect(queues.rows).toHaveLength(1);
      await job.runNow();
      const run = await waitFor(async () => {
        const r = await db.query<{ deleted: Record<string, number> }>(
          'SELECT deleted FROM retention_run WHERE tenant_id = $1',
          [T],
        );
        return r.rows[0] ?? null;
      }, 20_000);
      expect(run?.deleted).toEqual({ adviesvraag: 1 });
      const left = await db.query('SELECT 1 FROM signal WHERE id = $1', [s.rows[0]?.id]);
      expect(left.rows).toHaveLength(0);
      // The application still acts as its own restricted role after pg-boss's statements.
      const who = await db.query<{ u: string }>('SELECT current_user AS u');
      expect(who.rows[0]?.u).toBe('duiden_app');
      // pg-boss ran as the application role: it can use its queue but not change the queue's structure.
      await expect(db.query('ALTER TABLE pgboss.job ADD COLUMN x int')).rejects.toThrow(/must be owner/);
    } finally {
      await job.stop();
    }
    expect(errors).toEqual([]);
  }, 40_000);
});
