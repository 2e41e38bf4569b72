import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetentionFor } from '../../src/app/privacy/retention.js';
import { seedDemo } from '../../src/demo/seed.js';
import {
  DEFAULT_CURRICULUM,
  SUGGESTED_TRAININGS,
  type TrainingLevel,
} from '../../src/domain/deskundigheid/curriculum.js';
import { isMet, requirementState } from '../../src/domain/deskundigheid/validity.js';
import { amsterdamDate } from '../../src/domain/melding/calendar.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
}, 120_000);
afterAll(() => t.drop());

const rows = async <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
  (await t.db.query<T & object>(sql, params)).rows;

/** Per active named person: the target group, its level and the completed, held trainings. */
async function metPerGroup(): Promise<Map<string, { people: number; met: number }>> {
  const people = await rows<{ id: string; grp: string; required: TrainingLevel }>(
    `SELECT p.id, g.name AS grp, g.required_level AS required FROM training_person p
       JOIN training_target_group g ON g.id = p.target_group_id WHERE p.left_on IS NULL`,
  );
  const done = await rows<{
    person_id: string;
    held_on: string;
    level: TrainingLevel;
    valid_months: number | null;
  }>(
    `SELECT a.person_id, s.held_on::text AS held_on, tr.level, tr.valid_months FROM training_attendance a
       JOIN training_session s ON s.id = a.session_id JOIN training tr ON tr.id = s.training_id
      WHERE a.completed AND s.status = 'gehouden'`,
  );
  const today = amsterdamDate(new Date());
  const out = new Map<string, { people: number; met: number }>();
  for (const p of people) {
    const completed = done
      .filter((d) => d.person_id === p.id)
      .map((d) => ({ heldOn: d.held_on, level: d.level, validMonths: d.valid_months }));
    const g = out.get(p.grp) ?? { people: 0, met: 0 };
    g.people += 1;
    if (isMet(requirementState(p.required, completed, today).status)) g.met += 1;
    out.set(p.grp, g);
  }
  return out;
}

describe('the demo training of Gemeente Lindeburg', () => {
  it('has the default curriculum and the suggested catalogue, each training recommended for some groups', async () => {
    const groups = await rows<{ name: string }>('SELECT name FROM training_target_group ORDER BY seq');
    expect(groups.map((g) => g.name)).toEqual(DEFAULT_CURRICULUM.map((g) => g.name));
    const trainings = await rows<{ title: string; n: number }>(
      `SELECT t.title, count(r.*)::int AS n FROM training t LEFT JOIN training_recommended r ON r.training_id = t.id
        GROUP BY t.title, t.seq ORDER BY t.seq`,
    );
    expect(trainings.map((x) => x.title)).toEqual(SUGGESTED_TRAININGS.map((x) => x.title));
    for (const x of trainings) expect(x.n).toBeGreaterThan(0);
  });

  it('names people of several departments and partner organisations; two organisations report sizes only', async () => {
    const depts = await rows<{ department: string }>(
      `SELECT DISTINCT p.department FROM training_person p JOIN organisation o ON o.id = p.organisation_id
        WHERE o.kind = 'gemeente'`,
    );
    expect(depts.length).toBeGreaterThanOrEqual(6);
    const partners = await rows<{ n: number }>(
      `SELECT count(DISTINCT p.organisation_id)::int AS n FROM training_person p
         JOIN organisation o ON o.id = p.organisation_id WHERE o.kind = 'partner'`,
    );
    expect(partners[0]?.n).toBeGreaterThanOrEqual(3);
    const sizes = await rows<{ grp: string; people: number }>(
      `SELECT g.name AS grp, s.people FROM training_group_size s JOIN training_target_group g ON g.id = s.target_group_id
        ORDER BY 1`,
    );
    expect(sizes).toEqual([
      { grp: 'Onderwijs', people: 52 },
      { grp: 'Wijkteams', people: 22 },
    ]);
    const linked = await rows<{ name: string }>(
      'SELECT name FROM training_person WHERE user_id IS NOT NULL ORDER BY 1',
    );
    expect(linked.map((x) => x.name)).toEqual(['Ahmed El Idrissi', 'Ruben Smit', 'Thomas Bakker']);
    const left = await rows<{ n: number }>(
      'SELECT count(*)::int AS n FROM training_person WHERE left_on IS NOT NULL',
    );
    expect(left[0]?.n).toBe(2);
  });

  it('has a year of sessions up to today: joint ones, one counted only, one planned, one cancelled, reactions', async () => {
    const today = amsterdamDate(new Date());
    const s = await rows<{
      status: string;
      held_on: string;
      orgs: number;
      named: number;
      counted: number;
      reactions: number;
    }>(
      `SELECT s.status, s.held_on::text AS held_on,
              (SELECT count(*)::int FROM training_session_organisation o WHERE o.session_id = s.id) AS orgs,
              (SELECT count(*)::int FROM training_attendance a WHERE a.session_id = s.id) AS named,
              (SELECT coalesce(sum(participants), 0)::int FROM training_attendance_count c WHERE c.session_id = s.id) AS counted,
              (SELECT count(*)::int FROM training_reaction r WHERE r.session_id = s.id) AS reactions
         FROM training_session s ORDER BY s.held_on`,
    );
    const held = s.filter((x) => x.status === 'gehouden');
    expect(
      held.filter((x) => x.held_on > amsterdamDate(new Date(Date.now() - 366 * 86_400_000))).length,
    ).toBeGreaterThanOrEqual(7);
    expect(held.every((x) => x.held_on <= today)).toBe(true);
    expect(held.filter((x) => x.orgs >= 3).length).toBeGreaterThanOrEqual(2);
    expect(held.filter((x) => x.named === 0 && x.counted > 0)).toHaveLength(1);
    expect(s.filter((x) => x.status === 'gepland').every((x) => x.held_on > today)).toBe(true);
    expect(s.filter((x) => x.status === 'gepland')).toHaveLength(1);
    expect(s.filter((x) => x.status === 'vervallen')).toHaveLength(1);
    expect(s.filter((x) => x.status !== 'gehouden').every((x) => x.named === 0 && x.reactions === 0)).toBe(
      true,
    );
    expect(s.reduce((n, x) => n + x.reactions, 0)).toBeGreaterThanOrEqual(15);
  });

  it('shows the gap: most BOA’s untrained, the front desk and partners mostly trained', async () => {
    const met = await metPerGroup();
    const share = (name: string) => {
      const g = met.get(name);
      if (!g) throw new Error(name);
      return g.met / g.people;
    };
    expect(met.get("BOA's")?.people).toBe(34);
    expect(share("BOA's")).toBeLessThan(0.35);
    expect(share('Baliemedewerkers')).toBeGreaterThan(0.5);
    expect(share('Sociaal domein')).toBeGreaterThan(0.5);
    expect(share('Jongerenwerk')).toBeGreaterThan(0.75);
    expect(share('Wijkagenten')).toBeGreaterThan(0.75);
    expect(share('Aandachtsfunctionarissen')).toBe(1);
  });

  it('is the same every time it is created (but for ids and the reaction tokens)', async () => {
    const other = await createTestDatabase();
    try {
      await seedDemo(other.db);
      const sql = `SELECT p.name, p.email, p.department, g.name AS grp, o.name AS org, p.active_since, p.left_on,
             s.held_on, s.status, tr.title, a.completed
        FROM training_person p JOIN training_target_group g ON g.id = p.target_group_id
        JOIN organisation o ON o.id = p.organisation_id
        LEFT JOIN training_attendance a ON a.person_id = p.id LEFT JOIN training_session s ON s.id = a.session_id
        LEFT JOIN training tr ON tr.id = s.training_id ORDER BY 1, s.held_on`;
      expect((await other.db.query(sql)).rows).toEqual((await t.db.query(sql)).rows);
      const counts = `SELECT s.held_on, o.name, c.participants, (SELECT string_agg(useful || missing, '|' ORDER BY useful, missing)
          FROM training_reaction r WHERE r.session_id = s.id) AS reactions
        FROM training_session s LEFT JOIN training_attendance_count c ON c.session_id = s.id
        LEFT JOIN organisation o ON o.id = c.organisation_id ORDER BY 1, 2`;
      expect((await other.db.query(counts)).rows).toEqual((await t.db.query(counts)).rows);
    } finally {
      await other.drop();
    }
  }, 120_000);

  // Last: it deletes what has expired in the demo.
  it('lets the retention job delete the training records of who left more than a year ago', async () => {
    const tenant = (
      await rows<{ id: string }>("SELECT id FROM organisation WHERE name = 'Gemeente Lindeburg'")
    )[0]?.id as string;
    const before = await rows<{ id: string }>("SELECT id FROM training_person WHERE name = 'Ria Hermans'");
    const summary = await runRetentionFor(t.db, tenant, new Date());
    expect(summary.deleted.deskundigheid_vertrokken).toBe(1);
    const left = await rows<{ name: string }>('SELECT name FROM training_person WHERE left_on IS NOT NULL');
    expect(left.map((x) => x.name)).toEqual(['Sem Janssens']);
    const attendance = await rows<{ n: number }>(
      'SELECT count(*)::int AS n FROM training_attendance WHERE person_id = $1',
      [before[0]?.id],
    );
    expect(attendance[0]?.n).toBe(0);
    const tombstone = await rows<{ purpose: string }>(
      "SELECT purpose FROM access_log WHERE object_type = 'training_person' AND object_id = $1",
      [before[0]?.id],
    );
    expect(tombstone.map((x) => x.purpose)).toEqual(['bewaartermijn:deskundigheid_vertrokken:12m']);
  });
});
