import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDossier, listParticipants } from '../../src/db/casus-dossier.js';
import type { Actor, Role } from '../../src/domain/access/roles.js';
import { caseAccess } from '../../src/domain/casus/participation.js';
import type { TestClient } from '../helpers/test-app.js';
import { joinCase, type ListedCase, listAllCases, makeCase } from './casus-fixtures.js';
import { createOverlegApp, type OverlegTestApp, U } from './overleggen-fixtures.js';

/**
 * The case list (GET /api/casussen) decides need to know in its query: these tests hold it against the
 * domain's rule (caseAccess) case by case, and check paging, filters, search and the access log.
 */

let t: OverlegTestApp;
const clients: Record<string, TestClient> = {};
const cases: Record<string, { id: string; personId: string; reference: string }> = {};

const q = (sql: string, params: unknown[] = []) => t.tdb.db.query(sql, params);

beforeAll(async () => {
  t = await createOverlegApp();
  for (const name of [U.officer, U.mayor, U.police, U.police2, U.youthCare, U.otherOfficer, U.meldpunt]) {
    clients[name] = await t.client(name);
  }
  const officer = clients[U.officer] as TestClient;
  // The police take part; the police took part and left; one named policeman only; youth care joins
  // tomorrow; the police take part in a closed case; a case of another municipality.
  cases.active = await makeCase(t, { name: 'Lijstpersoon Anna de Wit', openedOn: '2025-11-10' });
  await joinCase(officer, cases.active.id, t.org.politie);
  // As the meldpunt stores a name for matching (normalizeName: folded, without particles).
  await q(`UPDATE person SET normalized_name = 'lijstpersoon anna wit' WHERE id = $1`, [
    cases.active.personId,
  ]);
  cases.left = await makeCase(t, { name: 'Lijstpersoon Bram Smit', openedOn: '2026-02-10' });
  const pid = await joinCase(officer, cases.left.id, t.org.politie);
  await officer.post(`/api/casussen/${cases.left.id}/deelnemers/${pid}/beeindigen`, { reason: 'Klaar' });
  cases.named = await makeCase(t, { name: 'Lijstpersoon Cor Jansen', openedOn: '2026-03-10' });
  const named = await officer.post(`/api/casussen/${cases.named.id}/deelnemers`, {
    organisationId: t.org.politie,
    userId: t.userId[U.police2],
    role: 'Wijkagent',
  });
  expect(named.statusCode, named.body).toBe(201);
  cases.future = await makeCase(t, { name: 'Lijstpersoon Dirk Visser', openedOn: '2026-04-10' });
  await q(
    `INSERT INTO casus_participant (casus_id, organisation_id, role, joined_at, added_by)
     VALUES ($1, $2, 'Later', now() + interval '1 day', $3)`,
    [cases.future.id, t.org.jeugdzorg, t.userId[U.officer]],
  );
  cases.closed = await makeCase(t, { name: 'Lijstpersoon Eva Mulder', openedOn: '2026-05-10' });
  await joinCase(officer, cases.closed.id, t.org.politie);
  await q(`UPDATE casus SET phase = 'afgesloten', closed_at = now() WHERE id = $1`, [cases.closed.id]);
  cases.other = await makeCase(t, { name: 'Lijstpersoon Fem Bos', tenantId: t.org.oosterveen });
  await q(
    `INSERT INTO casus_participant (casus_id, organisation_id, role, joined_at, added_by)
     VALUES ($1, $2, 'Elders', now() - interval '1 day', $3)`,
    [cases.other.id, t.org.politie, t.userId[U.officer]],
  );
});
afterAll(() => t.close());

/** The actor of a test user's (one) membership, as the server builds it. */
async function actorOf(name: string): Promise<Actor> {
  const r = await q(
    `SELECT m.id, m.organisation_id, m.role, o.tenant_id, o.kind, o.name FROM membership m
       JOIN organisation o ON o.id = m.organisation_id WHERE m.user_id = $1 AND m.ended_at IS NULL`,
    [t.userId[name]],
  );
  const m = r.rows[0] as Record<string, string>;
  return {
    userId: t.userId[name] as string,
    displayName: name,
    membershipId: m.id as string,
    organisationId: m.organisation_id as string,
    organisationName: m.name as string,
    organisationKind: m.kind as Actor['organisationKind'],
    role: m.role as Role,
    tenantId: m.tenant_id as string,
    sessionId: 'test',
    authMethod: 'demo',
  };
}

const allPhases = 'phase=signalering&phase=persoonsgerichte_aanpak&phase=nazorg&phase=afgesloten';

describe('need to know in the query', () => {
  it('lists exactly the cases caseAccess opens, for every kind of user', async () => {
    const all = await q('SELECT id FROM casus');
    const now = t.clock.now();
    for (const name of [U.officer, U.mayor, U.police, U.police2, U.youthCare, U.otherOfficer]) {
      const actor = await actorOf(name);
      const expected: string[] = [];
      for (const { id } of all.rows as Array<{ id: string }>) {
        const d = await findDossier(t.tdb.db, id);
        if (d && caseAccess(actor, d, await listParticipants(t.tdb.db, [id]), now) !== 'none')
          expected.push(id);
      }
      const listed = (await listAllCases(clients[name] as TestClient, allPhases)).map((c) => c.id);
      expect(new Set(listed), name).toEqual(new Set(expected));
      expect(listed.length, name).toBe(expected.length);
    }
    const police = (await listAllCases(clients[U.police] as TestClient, allPhases)).map((c) => c.id);
    expect(police).toContain(cases.active?.id);
    for (const k of ['left', 'named', 'future', 'closed', 'other'])
      expect(police).not.toContain(cases[k]?.id);
    const police2 = (await listAllCases(clients[U.police2] as TestClient)).map((c) => c.id);
    expect(police2).toEqual(expect.arrayContaining([cases.active?.id, cases.named?.id]));
  });

  it('refuses the roles without case access', async () => {
    expect((await (clients[U.meldpunt] as TestClient).get('/api/casussen')).statusCode).toBe(403);
  });
});

describe('pages, order and filters', () => {
  it('reads every page by cursor without a case twice, in each order', async () => {
    const officer = clients[U.officer] as TestClient;
    for (const sort of ['evaluatie', 'geopend_nieuw', 'geopend_oud']) {
      const whole = (await officer.get(`/api/casussen?${allPhases}&sort=${sort}&limit=100`)).json();
      const paged: ListedCase[] = [];
      let cursor: string | null = null;
      do {
        const r = await officer.get(
          `/api/casussen?${allPhases}&sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(r.statusCode, r.body).toBe(200);
        paged.push(...r.json().items);
        cursor = r.json().nextCursor;
      } while (cursor);
      expect(paged.map((c) => c.id)).toEqual(whole.items.map((c: ListedCase) => c.id));
      const keys = paged.map((c) => (sort === 'evaluatie' ? c.nextReviewOn : c.id));
      if (sort === 'evaluatie') expect([...keys].sort()).toEqual(keys);
    }
  });

  it('filters by phase, situation, regisseur, participating organisation and overdue review', async () => {
    const officer = clients[U.officer] as TestClient;
    const ids = async (query: string) => (await listAllCases(officer, query)).map((c) => c.id);
    const closed = await listAllCases(officer, 'phase=afgesloten');
    expect(closed.map((c) => c.id)).toContain(cases.closed?.id);
    expect(closed.every((c) => c.phase === 'afgesloten')).toBe(true);
    // Without a phase every phase is listed (the screen asks for the open ones).
    expect(await ids('')).toContain(cases.closed?.id);
    const open = await ids('phase=signalering&phase=persoonsgerichte_aanpak&phase=nazorg');
    expect(open).not.toContain(cases.closed?.id);
    expect(open).toContain(cases.active?.id);
    expect(await ids('situation=uitgereisd')).not.toContain(cases.active?.id);
    expect(await ids(`regisseurId=${t.userId[U.officer]}`)).toContain(cases.active?.id);
    expect(await ids(`regisseurId=${t.userId[U.mayor]}`)).toEqual([]);
    const withPolice = await ids(`${allPhases}&organisationId=${t.org.politie}`);
    expect(withPolice).toEqual(expect.arrayContaining([cases.active?.id, cases.named?.id, cases.closed?.id]));
    expect(withPolice).not.toContain(cases.left?.id);
    expect(await ids(`organisationId=${t.org.jeugdzorg}`)).not.toContain(cases.future?.id);
    // Opened in November and never reviewed: the review (three months later) has passed in March.
    const overdue = await listAllCases(officer, 'reviewOverdue=true');
    expect(overdue.map((c) => c.id)).toContain(cases.active?.id);
    expect(overdue.every((c) => c.reviewOverdue)).toBe(true);
  });

  it('finds a case by its number, whole or in part, and by name for the officer only', async () => {
    const officer = clients[U.officer] as TestClient;
    const ref = cases.active?.reference as string;
    const whole = (await officer.get(`/api/casussen?q=${ref}`)).json();
    expect(whole.items.map((c: ListedCase) => c.id)).toEqual([cases.active?.id]);
    expect(whole.exactId).toBe(cases.active?.id);
    const number = String(Number(ref.split('-')[2]));
    const part = (await officer.get(`/api/casussen?q=${number}`)).json();
    expect(part.items.map((c: ListedCase) => c.id)).toContain(cases.active?.id);
    expect(part.exactId).toBeNull();
    const byName = (await officer.get(`/api/casussen?q=${encodeURIComponent('anna van de wit')}`)).json();
    expect(byName.items.map((c: ListedCase) => c.id)).toEqual([cases.active?.id]);
    const police = clients[U.police] as TestClient;
    const refused = await police.get('/api/casussen?q=Anna');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: 'q' });
    expect((await police.get(`/api/casussen?q=${ref}`)).json().exactId).toBe(cases.active?.id);
  });

  it('refuses a cursor that is not one of this order', async () => {
    const officer = clients[U.officer] as TestClient;
    const first = (await officer.get(`/api/casussen?${allPhases}&limit=1`)).json();
    expect(first.nextCursor).toEqual(expect.any(String));
    for (const url of [
      `/api/casussen?cursor=${first.nextCursor}&sort=geopend_nieuw`,
      '/api/casussen?cursor=nonsense',
    ]) {
      const r = await officer.get(url);
      expect(r.statusCode).toBe(400);
      expect(r.json().errors[0]).toMatchObject({ field: 'cursor' });
    }
  });
});

describe('access log', () => {
  it('writes one entry per page, naming the cases shown', async () => {
    const police = clients[U.police2] as TestClient;
    const before = await q(`SELECT count(*)::int AS n FROM access_log`);
    const page = (await police.get('/api/casussen')).json();
    const after = await q(
      `SELECT action, object_type, object_id FROM access_log WHERE id > (SELECT max(id) - 5 FROM access_log)
         AND actor_user_id = $1 ORDER BY id DESC LIMIT 1`,
      [t.userId[U.police2]],
    );
    const total = await q(`SELECT count(*)::int AS n FROM access_log`);
    expect(Number(total.rows[0]?.n) - Number(before.rows[0]?.n)).toBe(1);
    expect(after.rows[0]).toMatchObject({ action: 'list', object_type: 'casus_list' });
    expect(String(after.rows[0]?.object_id).split(',').sort()).toEqual(
      page.items.map((c: ListedCase) => c.id).sort(),
    );
  });
});
