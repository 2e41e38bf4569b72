import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed.js';
import { TRANSITIONS } from '../../src/domain/melding/status.js';
import type { Status } from '../../src/domain/melding/types.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

let t: TestDatabase;
let seconds = 0;
beforeAll(async () => {
  t = await createTestDatabase();
  const started = performance.now();
  await seedDemo(t.db, { history: true });
  seconds = (performance.now() - started) / 1000;
}, 120_000);
afterAll(() => t.drop());

const one = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
  (await t.db.query<T & object>(sql, params)).rows[0] as T;

describe('the demo history for the phenomenon analysis', () => {
  it('spans the four municipalities of the region from 2023, several hundred to about a thousand signals each per year', async () => {
    console.log(`demo with history: ${seconds.toFixed(2)} s`);
    const r = await t.db.query<{ name: string; year: number; n: number }>(
      `SELECT o.name, extract(year FROM s.received_at)::int AS year, count(*)::int AS n
         FROM signal s JOIN organisation o ON o.id = s.tenant_id GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    const names = new Set(r.rows.map((x) => x.name));
    expect(names).toEqual(
      new Set(['Gemeente Lindeburg', 'Gemeente Oosterveen', 'Gemeente Hoogmeer', 'Gemeente Brakelveen']),
    );
    // Lindeburg (the demo users' municipality) has the last eight months only (see src/demo/seed-analyse.ts).
    for (const row of r.rows.filter(
      (x) => x.year >= 2023 && x.year <= 2025 && x.name !== 'Gemeente Lindeburg',
    )) {
      expect(row.n).toBeGreaterThan(300);
      expect(row.n).toBeLessThan(1600);
    }
  });

  it('gives the demo municipality its last eight months, and nothing it would delete within 90 days', async () => {
    const recent = await one<{ n: number; old: number }>(
      `SELECT count(*) FILTER (WHERE s.received_at > now() - interval '250 days')::int AS n,
              count(*) FILTER (WHERE s.status = 'afgesloten' AND s.status_changed_at < now() - interval '270 days'
                                 AND s.reference NOT IN (SELECT reference FROM signal WHERE false))::int AS old
         FROM signal s JOIN organisation o ON o.id = s.tenant_id WHERE o.name = 'Gemeente Lindeburg'`,
    );
    expect(recent.n).toBeGreaterThan(150);
  });

  it('shows the trends: polarisation rising into 2025, jihadism falling', async () => {
    const per = await t.db.query<{ code: string; year: number; n: number }>(
      `SELECT c.code, extract(year FROM s.received_at)::int AS year, count(*)::int AS n
         FROM signal s JOIN phenomenon_category c ON c.id = s.category_id
        WHERE c.code IN ('polarisatie_onrust', 'jihadisme') GROUP BY 1, 2`,
    );
    const n = (code: string, year: number) =>
      per.rows.find((x) => x.code === code && x.year === year)?.n ?? 0;
    expect(n('polarisatie_onrust', 2025)).toBeGreaterThan(n('polarisatie_onrust', 2023) * 1.4);
    expect(n('jihadisme', 2025)).toBeLessThan(n('jihadisme', 2023) * 0.8);
  });

  it('leaves the demo municipality with closed history only: no open signal or case more than before', async () => {
    const lindeburg = await one<{ id: string }>(
      "SELECT id FROM organisation WHERE name = 'Gemeente Lindeburg'",
    );
    const plain = await createTestDatabase();
    try {
      await seedDemo(plain.db);
      const sql = `SELECT s.reference, s.status FROM signal s JOIN organisation o ON o.id = s.tenant_id
         WHERE o.name = 'Gemeente Lindeburg' AND s.status <> 'afgesloten' ORDER BY 1`;
      expect((await t.db.query(sql)).rows).toEqual((await plain.db.query(sql)).rows);
    } finally {
      await plain.drop();
    }
    const cases = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM casus c JOIN meeting_decision d ON d.id = c.opened_from_decision_id
        JOIN meeting m ON m.id = d.meeting_id
        WHERE c.tenant_id = $1 AND m.title LIKE 'Weegploeg 20__-__' AND c.phase <> 'afgesloten'`,
      [lindeburg.id],
    );
    expect(cases.n).toBe(0);
    // The counters continue after the highest number of each year.
    const gaps = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM signal_counter k
        WHERE k.last_value <> (SELECT max(substr(s.reference, 8)::int) FROM signal s
                                WHERE s.tenant_id = k.tenant_id AND substr(s.reference, 3, 4)::int = k.year)`,
    );
    expect(gaps.n).toBe(0);
  });

  it('has what the reports count: outcomes, more-information steps, weighings, cases, measures, ages', async () => {
    const f = await one<Record<string, number>>(
      `SELECT (SELECT count(DISTINCT decision_outcome)::int FROM signal) AS outcomes,
              (SELECT count(*)::int FROM signal_event WHERE kind = 'status' AND to_status = 'meer_informatie_nodig') AS info,
              (SELECT count(*)::int FROM meeting_decision WHERE kind = 'weegploeg' AND outcome = 'pga_ja') AS ja,
              (SELECT count(*)::int FROM meeting_decision WHERE kind = 'weegploeg' AND outcome = 'pga_nee') AS nee,
              (SELECT count(*)::int FROM casus WHERE closure_reason IS NOT NULL) AS closed,
              (SELECT count(*)::int FROM casus_event WHERE kind = 'situatie_gewijzigd') AS situations,
              (SELECT count(DISTINCT track)::int FROM casus_measure) AS tracks,
              (SELECT count(*)::int FROM signal s WHERE NOT EXISTS (SELECT 1 FROM signal_subject x WHERE x.signal_id = s.id)) AS nobody,
              (SELECT count(DISTINCT channel)::int FROM signal) AS channels,
              (SELECT count(DISTINCT o.partner_type)::int FROM signal s JOIN organisation o ON o.id = s.submitted_by_organisation_id) AS partners,
              (SELECT count(*)::int FROM person WHERE birth_date > now() - interval '18 years') AS minors,
              (SELECT count(*)::int FROM signal WHERE statistics_exclusion IS NOT NULL) AS excluded`,
    );
    expect(f.outcomes).toBe(3);
    expect(f.info).toBeGreaterThan(50);
    expect(f.ja).toBeGreaterThan(20);
    expect(f.nee).toBeGreaterThan(20);
    expect(f.closed).toBeGreaterThan(10);
    expect(f.situations).toBeGreaterThan(3);
    expect(f.tracks).toBe(3);
    expect(f.nobody).toBeGreaterThan(300);
    expect(f.channels).toBe(7);
    expect(f.partners).toBeGreaterThanOrEqual(5);
    expect(f.minors).toBeGreaterThan(50);
    expect(f.excluded).toBeGreaterThan(5);
  });

  it('only took allowed steps', async () => {
    const events = await t.db.query<{ from_status: Status; to_status: Status }>(
      "SELECT DISTINCT from_status, to_status FROM signal_event WHERE kind = 'status'",
    );
    for (const e of events.rows) expect(TRANSITIONS[e.from_status]).toContain(e.to_status);
  });

  it('is the same every time it is created', async () => {
    const other = await createTestDatabase();
    try {
      await seedDemo(other.db, { history: true });
      const sql = `SELECT o.name, s.reference, s.status, c.code, s.received_at FROM signal s
          JOIN organisation o ON o.id = s.tenant_id LEFT JOIN phenomenon_category c ON c.id = s.category_id
         WHERE s.reference LIKE 'M-2023-%' ORDER BY 1, 2`;
      expect((await other.db.query(sql)).rows).toEqual((await t.db.query(sql)).rows);
    } finally {
      await other.drop();
    }
  }, 120_000);
});
