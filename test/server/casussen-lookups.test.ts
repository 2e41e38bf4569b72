import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOME_CASE_LIMIT } from '../../src/app/casus/lookups.js';
import { insertCasus } from '../../src/db/casussen.js';
import type { TestClient } from '../helpers/test-app.js';
import { createOverlegApp, type OverlegTestApp, U } from './overleggen-fixtures.js';

let t: OverlegTestApp;
let officer: TestClient;
let mayor: TestClient;
let police: TestClient;
let otherOfficer: TestClient;

beforeAll(async () => {
  t = await createOverlegApp();
  officer = await t.client(U.officer);
  mayor = await t.client(U.mayor);
  police = await t.client(U.police);
  otherOfficer = await t.client(U.otherOfficer);
});
afterAll(() => t.close());

let counter = 0;

/** A case of Gemeente Lindeburg opened on the given day; the test clock stands at 2026-03-02. */
async function makeCase(
  openedOn: string,
  regisseur = true,
): Promise<{ id: string; personId: string; reference: string }> {
  const openedAt = new Date(`${openedOn}T10:00:00Z`);
  counter += 1;
  const db = t.tdb.db;
  const p = await db.query<{ id: string }>(
    `INSERT INTO person (tenant_id, display_name, normalized_name, restricted, created_at)
     VALUES ($1, $2, lower($2), false, $3) RETURNING id`,
    [t.tenantId, `Evaluatiepersoon ${counter}`, openedAt],
  );
  const personId = p.rows[0]?.id as string;
  const c = await db.tx((q) =>
    insertCasus(q, {
      tenantId: t.tenantId,
      personId,
      year: 2026,
      phase: 'persoonsgerichte_aanpak',
      regisseurUserId: regisseur ? (t.userId[U.officer] ?? null) : null,
      openedFromDecisionId: null,
      createdAt: openedAt,
    }),
  );
  return { id: c.id, personId, reference: c.reference };
}

describe('GET /api/casussen/evaluaties-te-laat', () => {
  it('lists the open cases whose review date has passed, by reference and date only, and logs each', async () => {
    const late = await makeCase('2025-11-15'); // review due 2026-02-15
    const onTime = await makeCase('2026-02-20'); // review due 2026-05-20
    const r = await officer.get('/api/casussen/evaluaties-te-laat');
    expect(r.statusCode, r.body).toBe(200);
    const list = r.json() as Array<Record<string, unknown>>;
    const entry = list.find((x) => x.id === late.id);
    expect(entry).toEqual({ id: late.id, reference: late.reference, nextReviewOn: '2026-02-15' });
    expect(list.some((x) => x.id === onTime.id)).toBe(false);
    // Content-light: no names, phases or anything else about the person.
    for (const x of list) expect(Object.keys(x).sort()).toEqual(['id', 'nextReviewOn', 'reference']);
    expect(r.body).not.toContain('Evaluatiepersoon');
    const log = await t.tdb.db.query<{ person_id: string; purpose: string }>(
      `SELECT person_id, purpose FROM access_log WHERE object_type = 'casus' AND object_id = $1 AND action = 'list'`,
      [late.id],
    );
    expect(log.rows).toContainEqual({ person_id: late.personId, purpose: 'casus' });
  });

  it('drops a case once its review is recorded', async () => {
    const late = await makeCase('2025-10-01');
    const before = (await officer.get('/api/casussen/evaluaties-te-laat')).json() as Array<{ id: string }>;
    expect(before.map((x) => x.id)).toContain(late.id);
    const version = (await officer.get(`/api/casussen/${late.id}`)).json().version;
    const review = await officer.post(`/api/casussen/${late.id}/evaluatie`, { version, note: 'Besproken.' });
    expect(review.statusCode, review.body).toBe(200);
    const after = (await officer.get('/api/casussen/evaluaties-te-laat')).json() as Array<{ id: string }>;
    expect(after.map((x) => x.id)).not.toContain(late.id);
  });

  it("is the own municipality's officer's: others are refused, another municipality sees none of these", async () => {
    const late = await makeCase('2025-09-01');
    expect((await mayor.get('/api/casussen/evaluaties-te-laat')).statusCode).toBe(403);
    expect((await police.get('/api/casussen/evaluaties-te-laat')).statusCode).toBe(403);
    const other = await otherOfficer.get('/api/casussen/evaluaties-te-laat');
    expect(other.statusCode).toBe(200);
    expect((other.json() as Array<{ id: string }>).map((x) => x.id)).not.toContain(late.id);
  });
});

describe('the home page lists stay bounded', () => {
  it('names at most the first cases, the longest overdue first, and logs only those', async () => {
    for (let i = 0; i < HOME_CASE_LIMIT + 2; i++) await makeCase(`2025-0${1 + (i % 9)}-1${i % 10}`);
    const before = await t.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log');
    const list = (await officer.get('/api/casussen/evaluaties-te-laat')).json() as Array<{
      nextReviewOn: string;
    }>;
    expect(list).toHaveLength(HOME_CASE_LIMIT);
    expect(list.map((x) => x.nextReviewOn)).toEqual(list.map((x) => x.nextReviewOn).sort());
    const after = await t.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log');
    expect((after.rows[0]?.n ?? 0) - (before.rows[0]?.n ?? 0)).toBe(HOME_CASE_LIMIT);
  });

  it('names the first cases without a regisseur by reference and counts them all', async () => {
    const made: string[] = [];
    for (let i = 0; i < HOME_CASE_LIMIT + 3; i++) made.push((await makeCase('2026-02-01', false)).reference);
    const r = (await officer.get('/api/casussen/aandacht')).json() as {
      withoutRegisseur: Array<{ reference: string }>;
      withoutRegisseurTotal: number;
    };
    expect(r.withoutRegisseur).toHaveLength(HOME_CASE_LIMIT);
    expect(r.withoutRegisseurTotal).toBeGreaterThanOrEqual(HOME_CASE_LIMIT + 3);
    const refs = r.withoutRegisseur.map((x) => x.reference);
    expect(refs).toEqual([...refs].sort());
  });
});

describe('GET /api/casussen/organisaties/:organisationId/medewerkers', () => {
  it('names the active people of a partner organisation of the municipality', async () => {
    const r = await officer.get(`/api/casussen/organisaties/${t.org.jeugdzorg}/medewerkers`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toContainEqual({ id: t.userId[U.youthCare], name: U.youthCare });
    expect((r.json() as Array<{ name: string }>).map((x) => x.name)).not.toContain(U.police);
  });

  it('refuses an organisation that is not a partner of the municipality, by field', async () => {
    for (const org of [t.org.gemeente, t.org.oosterveen]) {
      const r = await officer.get(`/api/casussen/organisaties/${org}/medewerkers`);
      expect(r.statusCode).toBe(400);
      expect(r.json().errors[0]).toMatchObject({ field: 'organisationId' });
    }
  });

  it('is for the regie only', async () => {
    expect((await police.get(`/api/casussen/organisaties/${t.org.jeugdzorg}/medewerkers`)).statusCode).toBe(
      403,
    );
    expect((await mayor.get(`/api/casussen/organisaties/${t.org.jeugdzorg}/medewerkers`)).statusCode).toBe(
      403,
    );
  });
});
