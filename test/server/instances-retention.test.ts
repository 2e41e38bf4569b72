import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/housekeeping/open-database.js';
import {
  type Built,
  buildServer,
  type Instance,
  portFor,
  ready,
  startInstance,
  stopAll,
} from '../helpers/instances.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

// The nightly retention job with two instances of the production build on one PostgreSQL database: both
// schedule it and both look for due schedules, yet it runs once (pg-boss's schedule in the database takes one
// instance's turn per slot, and the slot's job is a singleton), so a run is recorded once and nothing is
// deleted twice. The slot is set (RETENTION_CRON) to a minute just ahead, as 03:15 would be at night.
const base = process.env.TEST_DATABASE_URL;

let dir: string;
let build: Built;
let t: TestDatabase;
let a: Instance;
let b: Instance;
const T = '7d7d7d7d-0000-4000-8000-000000000029';

/** The minute `ms` from now in Amsterdam as a daily cron ("M H * * *"), and the moment it starts. */
function dailySlotAfter(ms: number): { cron: string; at: number } {
  const at = Math.ceil((Date.now() + ms) / 60_000) * 60_000;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const part = (k: string) => Number(parts.find((p) => p.type === k)?.value);
  return { cron: `${part('minute')} ${part('hour')} * * *`, at };
}

describe.skipIf(!base)('the nightly retention job with two instances on one database', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'duiden-retention-'));
    build = buildServer();
    t = await createTestDatabase();
    await t.withOwner((owner) => prepareDatabase(owner));
  }, 180_000);

  afterAll(async () => {
    await stopAll();
    await t?.drop();
    build?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs once across both: one run recorded per municipality, each expired record deleted once', async () => {
    const db = t.db;
    await db.query(
      "INSERT INTO organisation (id, kind, name, tenant_id) VALUES ($1, 'gemeente', 'Tweedorp', $1)",
      [T],
    );
    const closed = new Date('2024-01-10T10:00:00Z');
    const expired: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const s = await db.query<{ id: string }>(
        `INSERT INTO signal (tenant_id, reference, kind, intake, channel, received_at, reporter_kind, status,
           status_changed_at, acknowledge_due_on, triage_due_on, summary, search_vector, created_at)
         VALUES ($1, $3, 'adviesvraag', 'medewerker', 'telefoon', $2, 'anoniem', 'afgesloten', $2,
           '2024-01-12', '2024-01-20', 'Vraag', to_tsvector('dutch', 'vraag'), $2) RETURNING id`,
        [T, closed, `M-2024-0000${i}`],
      );
      expired.push(s.rows[0]?.id as string);
    }
    // Far enough ahead that both instances are up and waiting before the slot begins.
    const slot = dailySlotAfter(75_000);
    const env = { RETENTION_CRON: slot.cron };
    a = startInstance({ build, ownerUrl: t.url as string, port: portFor(8), dir, env });
    b = startInstance({ build, ownerUrl: t.url as string, port: portFor(9), dir, env });
    await Promise.all([ready(a), ready(b)]);
    expect(Date.now()).toBeLessThan(slot.at);
    const schedule = await db.query<{ cron: string }>(
      "SELECT cron FROM pgboss.schedule WHERE name = 'duiden-bewaartermijnen'",
    );
    expect(schedule.rows).toEqual([{ cron: slot.cron }]);

    // The slot is open for 60 s; each instance looks every 45 s, then a worker takes the job (every 30 s).
    const runs = async () =>
      (
        await db.query<{ n: number }>('SELECT count(*)::int AS n FROM retention_run WHERE tenant_id = $1', [
          T,
        ])
      ).rows[0]?.n ?? 0;
    const end = slot.at + 60_000 + 45_000 + 35_000;
    while (Date.now() < end && (await runs()) === 0) await new Promise((r) => setTimeout(r, 1000));
    const queued = await db.query('SELECT name, state, created_on FROM pgboss.job ORDER BY created_on');
    expect(await runs(), `${JSON.stringify(queued.rows)}\n${a.output()}\n${b.output()}`).toBe(1);
    // Past the whole slot and one more look of each instance: still one.
    while (Date.now() < end) await new Promise((r) => setTimeout(r, 1000));
    expect(await runs()).toBe(1);

    const run = await db.query<{ deleted: Record<string, number> }>(
      'SELECT deleted FROM retention_run WHERE tenant_id = $1',
      [T],
    );
    expect(run.rows[0]?.deleted).toEqual({ adviesvraag: 3 });
    const left = await db.query('SELECT 1 FROM signal WHERE id = ANY($1::uuid[])', [expired]);
    expect(left.rows).toHaveLength(0);
    // One tombstone per deleted record, written by whichever instance ran it.
    const tombstones = await db.query<{ object_id: string; n: number }>(
      `SELECT object_id, count(*)::int AS n FROM access_log
        WHERE action = 'retention_delete' AND object_id = ANY($1::text[]) GROUP BY object_id`,
      [expired],
    );
    expect(tombstones.rows.map((r) => r.n)).toEqual([1, 1, 1]);
    const jobs = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'duiden-bewaartermijnen'",
    );
    expect(jobs.rows[0]?.n).toBe(1);
  }, 360_000);
});
