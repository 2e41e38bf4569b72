import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareFiguresQueue, startFiguresJob } from '../../src/app/analyse/figures-job.js';
import type { RefreshSummary } from '../../src/app/analyse/reports.js';
import { prepareRetentionQueue } from '../../src/app/privacy/retention-job.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

/**
 * The nightly refresh of the analysis's kept figures on pg-boss: it protects every ended quarter, half-year and
 * year of this year and last year again, drops figures kept under another threshold, and leaves older years as
 * they were kept.
 */
let tdb: TestDatabase;
const T = randomUUID();

beforeAll(async () => {
  tdb = await createTestDatabase();
  await tdb.withOwner(async (owner) => {
    await prepareRetentionQueue(owner);
    await prepareFiguresQueue(owner, 'duiden_app');
  });
}, 180_000);
afterAll(async () => {
  await tdb.drop();
});

describe('the nightly refresh of the kept figures', () => {
  it('protects the recent ended periods again and keeps older years', async () => {
    const db = tdb.db;
    await db.query(
      "INSERT INTO organisation (id, kind, name, tenant_id) VALUES ($1, 'gemeente', 'Cijferdorp', $1)",
      [T],
    );
    for (let i = 0; i < 12; i++) {
      const at = new Date(Date.UTC(2025, 4, i + 1, 9));
      await db.query(
        `INSERT INTO signal (tenant_id, reference, kind, intake, channel, received_at, reporter_kind, status,
           status_changed_at, acknowledge_due_on, triage_due_on, summary, search_vector, created_at)
         VALUES ($1, $2, 'melding', 'medewerker', 'telefoon', $3, 'inwoner', 'ontvangen', $3,
           ($3::timestamptz)::date + 5, ($3::timestamptz)::date + 10, 'Onrust in de wijk',
           to_tsvector('dutch', 'onrust'), $3)`,
        [T, `M-2025-${String(i + 1).padStart(5, '0')}`, at],
      );
    }
    const keep = (period: string, k: number) =>
      db.query(
        `INSERT INTO analysis_figures (model_id, report, period, k, computed_at, figures)
         VALUES ($1, 'meldingen-fenomeen', $2, $3, now(), '{"v":1}')`,
        [T, period, k],
      );
    await keep('2024', 10); // an older year: kept as it is
    await keep('2025-K2', 10); // a recent period: protected again
    await keep('2025-K3', 7); // another threshold: dropped

    const runs: RefreshSummary[] = [];
    const errors: unknown[] = [];
    const job = await startFiguresJob(db, () => new Date('2026-03-02T09:00:00Z'), {
      pollingIntervalSeconds: 0.5,
      onError: (e) => errors.push(e),
      onRun: (s) => runs.push(s),
    });
    try {
      const schedule = await db.query(
        "SELECT cron, timezone FROM pgboss.schedule WHERE name = 'duiden-analysecijfers'",
      );
      expect(schedule.rows).toEqual([{ cron: '30 4 * * *', timezone: 'Europe/Amsterdam' }]);
      await job.runNow();
      const until = Date.now() + 30_000;
      while (runs.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    } finally {
      await job.stop();
    }
    expect(errors).toEqual([]);
    expect(runs[0]?.models).toBeGreaterThanOrEqual(1);
    const rows = await db.query<{ period: string; k: number; v: number }>(
      `SELECT period, k, (figures->>'v')::int AS v FROM analysis_figures
        WHERE model_id = $1 AND report = 'meldingen-fenomeen' ORDER BY period`,
      [T],
    );
    // Ended by 2026-03-02: the quarters and halves of 2025 and the year 2025; nothing of 2026 yet.
    expect(rows.rows.map((r) => r.period)).toEqual([
      '2024',
      '2025',
      '2025-H1',
      '2025-H2',
      '2025-K1',
      '2025-K2',
      '2025-K3',
      '2025-K4',
    ]);
    expect(rows.rows.every((r) => r.k === 10 && r.v === 1)).toBe(true);
    const k2 = await db.query<{ figures: { marks: [string, unknown][] } }>(
      "SELECT figures FROM analysis_figures WHERE model_id = $1 AND report = 'meldingen-fenomeen' AND period = '2025-K2'",
      [T],
    );
    const figures = k2.rows[0]?.figures;
    const parsed = typeof figures === 'string' ? JSON.parse(figures) : figures;
    // The twelve signals without a person under "geen categorie": their records are counted, no persons.
    expect(new Map(parsed.marks).get('*')).toEqual({ published: 0, signals: 12 });
  }, 60_000);
});
