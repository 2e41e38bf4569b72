import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainedProfessionals, trainingCoverage } from '../../src/app/deskundigheid/coverage.js';
import { queueTrainingReminders } from '../../src/app/deskundigheid/reminders.js';
import type { CoverageReport } from '../../src/contract/deskundigheid-coverage.js';
import { claimDueMail } from '../../src/db/overleggen/outbox.js';
import { amsterdamDate } from '../../src/domain/melding/calendar.js';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

let t: TestApp;
let coordinator: TestClient;
let tenantId: string;

async function signIn(name: string): Promise<TestClient> {
  const c = new TestClient(t.app);
  await c.signInAsDemo(name);
  return c;
}

let report: CoverageReport;
beforeAll(async () => {
  t = await createTestApp();
  // The demo is seeded around the real today; the test clock starts earlier.
  t.clock.advance(Date.now() - t.clock.now().getTime());
  coordinator = await signIn('Karin de Groot');
  const r = await coordinator.get('/api/deskundigheid/dekking');
  expect(r.statusCode, r.body).toBe(200);
  report = r.json();
  if (process.env.SHOW) console.log(JSON.stringify(report, null, 1));
  tenantId = (
    await t.tdb.db.query<{ id: string }>("SELECT id FROM organisation WHERE name = 'Gemeente Lindeburg'")
  ).rows[0]?.id as string;
}, 120_000);
afterAll(() => t?.close());

const group = (name: string) => {
  const g = report.groups.find((x) => x.name === name);
  if (!g) throw new Error(name);
  return g;
};

describe('the coverage dashboard', () => {
  it('shows per target group the share trained at the required level, protected with k', () => {
    expect(report.k).toBe(10);
    expect(report.exhausted).toBe(false);
    expect(report.day).toBe(amsterdamDate(new Date()));
    const boa = group("BOA's");
    expect(boa.figure.people).toEqual({ value: 34 });
    expect(boa.figure.trained).toEqual({ value: 10 });
    expect(boa.figure.share).toEqual({ value: 29.4 });
    // The small groups (two officers, two advisors) are suppressed, and so is their share.
    expect(group('Aandachtsfunctionarissen').figure.trained).toEqual({ suppressed: true });
    expect('suppressed' in group('Aandachtsfunctionarissen').figure.share).toBe(true);
  });

  it('by department and by partner organisation; a small unit suppressed', () => {
    const balie = group('Baliemedewerkers');
    expect(balie.units.map((u) => [u.kind, u.name])).toEqual([
      ['afdeling', 'Klantcontactcentrum'],
      ['afdeling', 'Publiekszaken'],
    ]);
    const onderwijs = group('Onderwijs');
    expect(onderwijs.units.map((u) => u.name).sort()).toEqual([
      'Basisschool De Regenboog',
      'Lindeburg College',
    ]);
    expect(onderwijs.units.every((u) => u.kind === 'organisatie')).toBe(true);
    const all = report.groups.flatMap((g) => g.units.map((u) => u.figure.trained));
    expect(all.some((m) => 'suppressed' in m)).toBe(true);
  });

  it('over the last eight quarters, the running one ending today, shares growing over the year', () => {
    expect(report.trend.quarters).toHaveLength(8);
    expect(report.trend.quarters.at(-1)?.day).toBe(report.day);
    const balie = report.trend.groups.find((g) => g.name === 'Sociaal domein');
    expect(balie?.figures).toHaveLength(8);
    expect(balie?.figures.at(-1)).toEqual(group('Sociaal domein').figure);
  });

  it('counts the participants of the year by sector', () => {
    const sectors = report.sectors.rows.map((r) => r.sector);
    expect(sectors).toContain('gemeentelijke_organisatie');
    expect(sectors).toContain('onderwijs');
    expect(report.sectors.rows.find((r) => r.sector === 'gemeentelijke_organisatie')?.participants).toEqual({
      value: expect.any(Number),
    });
  });

  it('is the function other modules call, and the goals indicator reads it', async () => {
    const deps = { db: t.tdb.db, now: new Date() };
    const direct = await trainingCoverage(deps, { tenantId });
    expect(direct.ok && direct.report.total).toEqual(report.total);
    const trained = await trainedProfessionals(deps, { tenantId }, { asOf: report.day });
    expect(trained).toEqual(report.total.trained);
    const keys = (await coordinator.get('/api/evaluatie/doelen/cijfers')).statusCode;
    expect([200, 403]).toContain(keys);
    const policy = await signIn('Thomas Bakker');
    const list = (await policy.get('/api/evaluatie/doelen/cijfers')).json() as {
      key: string;
      available: boolean;
    }[];
    expect(list.find((k) => k.key === 'getrainde_professionals')?.available).toBe(true);
  });

  it('is for the officer, the policy advisor, the coordinator and the mayor; partners are refused', async () => {
    const mayor = await signIn('Johan van Dijk');
    expect((await mayor.get('/api/deskundigheid/dekking')).statusCode).toBe(200);
    const partner = await signIn('Ruben Smit');
    expect((await partner.get('/api/deskundigheid/dekking')).statusCode).toBe(403);
    const meldpunt = await signIn('Sanne de Vries');
    expect((await meldpunt.get('/api/deskundigheid/dekking')).statusCode).toBe(403);
    const bad = await coordinator.get('/api/deskundigheid/dekking?peildatum=2026-02-30');
    expect(bad.statusCode).toBe(400);
    const logged = await t.tdb.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE object_type = 'deskundigheid_dekking'",
    );
    expect(logged.rows[0]?.n).toBeGreaterThan(0);
  });
});

describe('reminders of expiring and overdue training', () => {
  it('mails who expires within 60 days or is overdue, once per period, to an account or the work address', async () => {
    const db = t.tdb.db;
    const now = new Date();
    // The demo: one officer and four teachers expiring, three BOA's overdue; who left or never trained: none.
    expect(await queueTrainingReminders(db, now)).toBe(8);
    expect(await queueTrainingReminders(db, now)).toBe(0);
    const rows = await db.query<{
      recipient_user_id: string | null;
      recipient_email: string | null;
      body: string;
    }>(
      "SELECT recipient_user_id, recipient_email, body FROM meeting_outbox WHERE dedupe_key LIKE 'deskundigheid:%'",
    );
    expect(rows.rows).toHaveLength(8);
    expect(
      rows.rows.every((r) => r.recipient_user_id === null && r.recipient_email?.endsWith('.example')),
    ).toBe(true);
    expect(rows.rows.some((r) => r.body.includes('Els'))).toBe(false);
    const reminded = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM training_person WHERE last_reminded_on IS NOT NULL',
    );
    expect(reminded.rows[0]?.n).toBe(8);
    // The sender reads the address of a mail without account.
    const due = await db.tx((q) => claimDueMail(q, new Date(now.getTime() + 60_000), 100));
    expect(due.filter((m) => m.email?.endsWith('lindeburg.example')).length).toBeGreaterThanOrEqual(4);
    // A mail names a user or an address.
    await expect(
      db.query(
        `INSERT INTO meeting_outbox (tenant_id, kind, subject, body, created_at, next_attempt_at)
         VALUES ($1, 'herinnering', 's', 'b', now(), now())`,
        [tenantId],
      ),
    ).rejects.toThrow();
  });
});
