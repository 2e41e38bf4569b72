import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/test-app.js';
import { joinCase, logOf, makeCase, makePerson } from './casus-fixtures.js';
import { createOverlegApp, type OverlegTestApp, U } from './overleggen-fixtures.js';

let t: OverlegTestApp;
let officer: TestClient;
let police: TestClient;
let youthCare: TestClient;
let mayor: TestClient;
let meldpunt: TestClient;

beforeAll(async () => {
  t = await createOverlegApp();
  officer = await t.client(U.officer);
  police = await t.client(U.police);
  youthCare = await t.client(U.youthCare);
  mayor = await t.client(U.mayor);
  meldpunt = await t.client(U.meldpunt);
});
afterAll(() => t.close());

const person = (o: Record<string, unknown> = {}) => ({
  name: 'Youssef',
  relation: 'broer_zus',
  vulnerability: 'Jongere broer, kijkt tegen hem op; volgt dezelfde kanalen.',
  preventiveCare: false,
  ...o,
});

async function addPerson(caseId: string, o: Record<string, unknown> = {}): Promise<string> {
  const r = await officer.post(`/api/casussen/${caseId}/netwerk/personen`, person(o));
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
}

describe('network persons', () => {
  it('maps persons with relation, vulnerability and preventive care, and records it in the timeline', async () => {
    const c = await makeCase(t);
    const brother = await addPerson(c.id);
    await addPerson(c.id, {
      name: 'Samira',
      relation: 'ouder',
      vulnerability: '',
      preventiveCare: true,
      preventiveCareNote: 'Familiesteunpunt ingeschakeld',
    });
    await addPerson(c.id, { name: 'Tim', relation: 'vriend', vulnerability: 'Zelfde online groep' });
    await addPerson(c.id, { name: 'Oom Karim', relation: 'ander_familielid', relationNote: 'oom' });

    const n = (await officer.get(`/api/casussen/${c.id}/netwerk`)).json();
    expect(n.mayEdit).toBe(true);
    expect(n.persons).toHaveLength(4);
    // Entered in the same instant here: by name.
    expect(n.persons.map((p: { name: string }) => p.name)).toEqual(['Oom Karim', 'Samira', 'Tim', 'Youssef']);
    expect(n.persons[3]).toMatchObject({
      id: brother,
      name: 'Youssef',
      relation: 'broer_zus',
      preventiveCare: false,
      linkedPerson: null,
      linkedCase: null,
      version: 1,
    });
    expect(n.persons[1]).toMatchObject({
      preventiveCare: true,
      preventiveCareNote: 'Familiesteunpunt ingeschakeld',
    });
    const timeline = (await officer.get(`/api/casussen/${c.id}`)).json().timeline;
    expect(timeline.filter((e: { kind: string }) => e.kind === 'netwerkpersoon_toegevoegd')).toHaveLength(4);
    const log = await logOf(t, c.id);
    expect(log.filter((e) => e.action === 'create')).toHaveLength(4);
    expect(log.at(-1)).toMatchObject({ action: 'read', person_id: c.personId });
  });

  it('validates in Dutch and English, naming the field', async () => {
    const c = await makeCase(t);
    const r = await officer.post(
      `/api/casussen/${c.id}/netwerk/personen`,
      person({ relation: 'anders', preventiveCare: true }),
    );
    expect(r.statusCode).toBe(400);
    expect(r.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'relationNote',
      'preventiveCareNote',
    ]);
    expect(r.json().errors[0].nl).toBeTruthy();
    expect(r.json().errors[0].en).toBeTruthy();
    const bad = await officer.post(`/api/casussen/${c.id}/netwerk/personen`, person({ relation: 'buurman' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('relation');
  });

  it('answers a concurrent edit with 409 and the current version, never overwriting', async () => {
    const c = await makeCase(t);
    const id = await addPerson(c.id);
    const url = `/api/casussen/${c.id}/netwerk/personen/${id}`;
    const first = await officer.request('PUT', url, person({ vulnerability: 'Eerste', version: 1 }));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await officer.request('PUT', url, person({ vulnerability: 'Tweede', version: 1 }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ vulnerability: 'Eerste', version: 2 });
    const gone = await officer.request('DELETE', `${url}?version=1`);
    expect(gone.statusCode).toBe(409);
    expect((await officer.request('DELETE', `${url}?version=2`)).statusCode).toBe(204);
    expect((await officer.get(`/api/casussen/${c.id}/netwerk`)).json().persons).toEqual([]);
  });

  it('lets participants read the network but only the regie change it', async () => {
    const c = await makeCase(t);
    await joinCase(officer, c.id, t.org.politie);
    await addPerson(c.id);
    const seen = await police.get(`/api/casussen/${c.id}/netwerk`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ mayEdit: false });
    expect((await police.post(`/api/casussen/${c.id}/netwerk/personen`, person())).statusCode).toBe(403);
    expect((await mayor.get(`/api/casussen/${c.id}/netwerk`)).statusCode).toBe(200);
    expect((await mayor.post(`/api/casussen/${c.id}/netwerk/personen`, person())).statusCode).toBe(403);
    expect((await youthCare.get(`/api/casussen/${c.id}/netwerk`)).statusCode).toBe(404);
    expect((await meldpunt.get(`/api/casussen/${c.id}/netwerk`)).statusCode).toBe(403);
  });
});

describe('relations between network persons', () => {
  it('connects two brothers once, in either direction', async () => {
    const c = await makeCase(t);
    const a = await addPerson(c.id, { name: 'Youssef' });
    const b = await addPerson(c.id, { name: 'Bilal' });
    const other = await makeCase(t);
    const foreign = await addPerson(other.id, { name: 'Ander' });
    const url = `/api/casussen/${c.id}/netwerk/relaties`;
    const r = await officer.post(url, { fromPersonId: a, toPersonId: b, kind: 'broer_zus' });
    expect(r.statusCode, r.body).toBe(201);
    const again = await officer.post(url, { fromPersonId: b, toPersonId: a, kind: 'vriend' });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].field).toBe('toPersonId');
    const cross = await officer.post(url, { fromPersonId: a, toPersonId: foreign, kind: 'vriend' });
    expect(cross.statusCode).toBe(400);

    const n = (await officer.get(`/api/casussen/${c.id}/netwerk`)).json();
    expect(n.relations).toEqual([
      { id: r.json().id, fromPersonId: a, toPersonId: b, kind: 'broer_zus', note: '', version: 1 },
    ]);
    const changed = await officer.request('PUT', `${url}/${r.json().id}`, {
      fromPersonId: a,
      toPersonId: b,
      kind: 'neef_nicht',
      version: 1,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const stale = await officer.request('PUT', `${url}/${r.json().id}`, {
      fromPersonId: a,
      toPersonId: b,
      kind: 'vriend',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    // Removing a person removes the relations to them.
    await officer.request('DELETE', `/api/casussen/${c.id}/netwerk/personen/${b}?version=1`);
    expect((await officer.get(`/api/casussen/${c.id}/netwerk`)).json().relations).toEqual([]);
  });
});

describe('links to own signals and cases', () => {
  it('shows a link only to who may see the linked record', async () => {
    const c = await makeCase(t);
    await joinCase(officer, c.id, t.org.politie);
    const ownSignals = await makePerson(t, { name: 'Youssef A.' });
    const brotherCase = await makeCase(t, { name: 'Bilal A.' });
    const id = await addPerson(c.id, { linkedPersonId: ownSignals, linkedCasusId: brotherCase.id });

    const forOfficer = (await officer.get(`/api/casussen/${c.id}/netwerk`)).json().persons[0];
    expect(forOfficer.linkedPerson).toEqual({ id: ownSignals, name: 'Youssef A.' });
    expect(forOfficer.linkedCase).toEqual({ id: brotherCase.id, reference: brotherCase.reference });
    // Showing the linked record is a read of that person.
    expect(await logOf(t, ownSignals)).toContainEqual(
      expect.objectContaining({ action: 'read', object_type: 'persoon', person_id: ownSignals }),
    );

    // The police takes part in this case, not in the brother's, and does not read meldpunt persons.
    const forPolice = (await police.get(`/api/casussen/${c.id}/netwerk`)).json().persons[0];
    expect(forPolice).toMatchObject({ id, linkedPerson: null, linkedCase: null });
    await joinCase(officer, brotherCase.id, t.org.politie);
    const afterJoining = (await police.get(`/api/casussen/${c.id}/netwerk`)).json().persons[0];
    expect(afterJoining.linkedCase).toEqual({ id: brotherCase.id, reference: brotherCase.reference });
  });

  it('refuses links to records of another municipality or to the case itself', async () => {
    const c = await makeCase(t);
    const foreignPerson = await makePerson(t, { tenantId: t.org.oosterveen });
    const r = await officer.post(
      `/api/casussen/${c.id}/netwerk/personen`,
      person({ linkedPersonId: foreignPerson, linkedCasusId: c.id }),
    );
    expect(r.statusCode).toBe(400);
    expect(r.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'linkedPersonId',
      'linkedCasusId',
    ]);
  });
});

describe('demo data', () => {
  it('gives every demo case a network with relations, family contacts, and some a woordvoeringslijn', async () => {
    const r = await t.tdb.db.query<{ persons: number; relations: number; contacts: number; overdue: number }>(
      `SELECT (SELECT count(*)::int FROM casus_network_person n WHERE n.casus_id = c.id) AS persons,
         (SELECT count(*)::int FROM casus_network_relation r WHERE r.casus_id = c.id) AS relations,
         (SELECT count(*)::int FROM casus_family_contact f WHERE f.casus_id = c.id) AS contacts,
         (SELECT count(*)::int FROM casus_family_contact f WHERE f.casus_id = c.id AND f.follow_up_done_at IS NULL
            AND f.follow_up_due_on < $2) AS overdue
       FROM casus c WHERE c.tenant_id = $1 AND EXISTS
         (SELECT 1 FROM casus_plan p WHERE p.casus_id = c.id)`,
      [t.tenantId, '2026-03-02'],
    );
    expect(r.rows.length).toBeGreaterThan(0);
    for (const c of r.rows) expect(c).toMatchObject({ persons: 5, relations: 3, contacts: 3 });
    const lines = await t.tdb.db.query('SELECT 1 FROM casus_spokesline');
    expect(lines.rowCount).toBeGreaterThan(0);
    const briefings = await t.tdb.db.query('SELECT 1 FROM casus_council_briefing');
    expect(briefings.rowCount).toBeGreaterThan(0);
  });
});
