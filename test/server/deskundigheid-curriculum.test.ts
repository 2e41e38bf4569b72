import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CURRICULUM } from '../../src/domain/deskundigheid/curriculum.js';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

const BASE = '/api/deskundigheid';

let t: TestApp;
let coordinator: TestClient;
let officer: TestClient;
let partner: TestClient;
let mayor: TestClient;

async function signIn(name: string): Promise<TestClient> {
  const c = new TestClient(t.app);
  await c.signInAsDemo(name);
  return c;
}

const groupBody = (over: Record<string, unknown> = {}) => ({
  name: 'Leerplichtambtenaren',
  side: 'eigen',
  requiredLevel: 'signalen',
  description: 'Spreken leerlingen en ouders.',
  ...over,
});

const trainingBody = (over: Record<string, unknown> = {}) => ({
  provider: 'ROR',
  title: 'Signalen herkennen in de klas',
  format: 'webinar',
  durationMinutes: 90,
  level: 'signalen',
  validMonths: 24,
  url: 'https://www.example.org/training',
  description: 'Een webinar voor eerstelijnsprofessionals.',
  recommendedFor: [] as string[],
  ...over,
});

async function newGroup(over: Record<string, unknown> = {}): Promise<string> {
  const r = await coordinator.post(`${BASE}/doelgroepen`, groupBody(over));
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

const auditOf = async (type: string, id: string) =>
  (
    await t.tdb.db.query<{ action: string }>(
      'SELECT action FROM access_log WHERE object_type = $1 AND object_id = $2 ORDER BY id',
      [type, id],
    )
  ).rows.map((r) => r.action);

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signIn('Karin de Groot');
  officer = await signIn('Ahmed El Idrissi');
  partner = await signIn('Ruben Smit');
  mayor = await signIn('Johan van Dijk');
});

afterAll(async () => {
  await t?.close();
});

describe('the curriculum', () => {
  it('adds a target group with its required level, logs the write, and lists it', async () => {
    const id = await newGroup();
    const g = (await officer.get(`${BASE}/doelgroepen/${id}`)).json();
    expect(g).toMatchObject({
      id,
      name: 'Leerplichtambtenaren',
      side: 'eigen',
      requiredLevel: 'signalen',
      active: true,
      version: 1,
      updatedBy: 'Karin de Groot',
    });
    expect(await auditOf('deskundigheid_doelgroep', id)).toEqual(['create', 'read']);
    const list = (await partner.get(`${BASE}/doelgroepen?limit=100`)).json();
    expect(list.targetGroups.map((x: { id: string }) => x.id)).toContain(id);
  });

  it('names every missing field at once, in Dutch and English, and refuses a name in use', async () => {
    const r = await coordinator.post(`${BASE}/doelgroepen`, groupBody({ name: '  ' }));
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json().errors[0]).toMatchObject({ field: 'name', nl: 'Vul de naam van de doelgroep in.' });
    const bad = await coordinator.post(`${BASE}/doelgroepen`, groupBody({ requiredLevel: 'meester' }));
    expect(bad.statusCode).toBe(400);
    await newGroup({ name: 'Handhavers markt' });
    const dup = await coordinator.post(`${BASE}/doelgroepen`, groupBody({ name: 'Handhavers markt' }));
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors[0].field).toBe('name');
  });

  it('saves at the version read, switches a group off, and answers 409 with the saved one when stale', async () => {
    const id = await newGroup({ name: 'Wmo-consulenten' });
    const saved = await coordinator.request('PUT', `${BASE}/doelgroepen/${id}`, {
      ...groupBody({ name: 'Wmo-consulenten', requiredLevel: 'verdiepend' }),
      active: true,
      version: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ version: 2 });
    const stale = await officer.request('PUT', `${BASE}/doelgroepen/${id}`, {
      ...groupBody({ name: 'Wmo-consulenten' }),
      active: false,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id, version: 2, requiredLevel: 'verdiepend' });
    const off = await officer.request('PUT', `${BASE}/doelgroepen/${id}`, {
      ...groupBody({ name: 'Wmo-consulenten' }),
      active: false,
      version: 2,
    });
    expect(off.statusCode).toBe(200);
    const active = (await officer.get(`${BASE}/doelgroepen?limit=100`)).json().targetGroups;
    expect(active.map((x: { id: string }) => x.id)).not.toContain(id);
    const all = (await officer.get(`${BASE}/doelgroepen?limit=100&inactief=true`)).json().targetGroups;
    expect(all.find((x: { id: string }) => x.id === id)).toMatchObject({ active: false });
    const choices = (await officer.get(`${BASE}/keuzelijsten`)).json().targetGroups;
    expect(choices.map((x: { id: string }) => x.id)).not.toContain(id);
  });

  it('pages the list by cursor, own organisation first', async () => {
    for (const n of ['Pagina A', 'Pagina B', 'Pagina C']) await newGroup({ name: n, side: 'partner' });
    const seen: { side: string; name: string }[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `${BASE}/doelgroepen?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await officer.get(url)).json();
      expect(page.targetGroups.length).toBeLessThanOrEqual(2);
      seen.push(...page.targetGroups);
      cursor = page.nextCursor;
    } while (cursor);
    const sides = seen.map((g) => g.side);
    expect(sides.lastIndexOf('eigen')).toBeLessThan(sides.indexOf('partner'));
    expect(new Set(seen.map((g) => g.name)).size).toBe(seen.length);
    const bad = await officer.get(`${BASE}/doelgroepen?cursor=bm9wZQ`);
    expect(bad.statusCode).toBe(400);
  });

  it('keeps another municipality out, and the partner and the mayor from changing anything', async () => {
    const id = await newGroup({ name: 'Alleen Lindeburg' });
    expect((await partner.post(`${BASE}/doelgroepen`, groupBody({ name: 'X' }))).statusCode).toBe(403);
    expect((await mayor.get(`${BASE}/doelgroepen`)).statusCode).toBe(403);
    const other = await otherMunicipalityCoordinator();
    expect((await other.get(`${BASE}/doelgroepen/${id}`)).statusCode).toBe(404);
    const put = await other.request('PUT', `${BASE}/doelgroepen/${id}`, {
      ...groupBody(),
      active: true,
      version: 1,
    });
    expect(put.statusCode).toBe(404);
    const list = (await other.get(`${BASE}/doelgroepen?limit=100`)).json().targetGroups;
    expect(list.map((x: { id: string }) => x.id)).not.toContain(id);
  });

  it('adopts the default curriculum once, for a municipality that has none', async () => {
    const other = await otherMunicipalityCoordinator();
    const before = (await other.get(`${BASE}/doelgroepen`)).json();
    expect(before).toMatchObject({ targetGroups: [], empty: true });
    const r = await other.post(`${BASE}/doelgroepen/standaard`);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toEqual({ added: DEFAULT_CURRICULUM.length });
    const after = (await other.get(`${BASE}/doelgroepen?limit=100`)).json();
    expect(after.empty).toBe(false);
    expect(after.targetGroups.map((g: { name: string }) => g.name).sort()).toEqual(
      DEFAULT_CURRICULUM.map((g) => g.name).sort(),
    );
    const again = await other.post(`${BASE}/doelgroepen/standaard`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('curriculum-exists');
  });
});

describe('the catalogue', () => {
  it('adds a training recommended for a target group, with an https provider link', async () => {
    const group = await newGroup({ name: 'Jongerenwerkers Noord', side: 'partner' });
    const r = await coordinator.post(`${BASE}/trainingen`, trainingBody({ recommendedFor: [group] }));
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json().id as string;
    const training = (await partner.get(`${BASE}/trainingen/${id}`)).json();
    expect(training).toMatchObject({
      id,
      provider: 'ROR',
      format: 'webinar',
      level: 'signalen',
      validMonths: 24,
      url: 'https://www.example.org/training',
      recommendedFor: [{ id: group, name: 'Jongerenwerkers Noord' }],
      version: 1,
    });
    expect(await auditOf('deskundigheid_training', id)).toEqual(['create', 'read']);
    const filtered = (await officer.get(`${BASE}/trainingen?doelgroep=${group}`)).json().trainings;
    expect(filtered.map((x: { id: string }) => x.id)).toEqual([id]);
    const found = (await officer.get(`${BASE}/trainingen?zoek=klas`)).json().trainings;
    expect(found.map((x: { id: string }) => x.id)).toContain(id);
  });

  it('refuses a link that is not https, a missing title, and a target group of nobody', async () => {
    const r = await coordinator.post(
      `${BASE}/trainingen`,
      trainingBody({
        title: '',
        url: 'http://www.example.org',
        recommendedFor: ['00000000-0000-4000-8000-000000000001'],
      }),
    );
    expect(r.statusCode).toBe(400);
    const fields = (r.json().errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(['title', 'url', 'recommendedFor']);
    const js = await coordinator.post(`${BASE}/trainingen`, trainingBody({ url: 'javascript:alert(1)' }));
    expect(js.statusCode).toBe(400);
    const empty = await coordinator.post(`${BASE}/trainingen`, trainingBody({ url: '', validMonths: null }));
    expect(empty.statusCode).toBe(201);
    const t2 = (await officer.get(`${BASE}/trainingen/${empty.json().id}`)).json();
    expect(t2).toMatchObject({ url: null, validMonths: null });
  });

  it('saves at the version read, takes a training off the offer, and answers 409 when stale', async () => {
    const id = (await coordinator.post(`${BASE}/trainingen`, trainingBody({ title: 'Oud aanbod' }))).json()
      .id as string;
    const saved = await coordinator.request('PUT', `${BASE}/trainingen/${id}`, {
      ...trainingBody({ title: 'Oud aanbod', level: 'verdiepend' }),
      active: false,
      version: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const stale = await officer.request('PUT', `${BASE}/trainingen/${id}`, {
      ...trainingBody({ title: 'Oud aanbod' }),
      active: true,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id, version: 2, active: false, level: 'verdiepend' });
    const listed = (await officer.get(`${BASE}/trainingen?limit=100`)).json().trainings;
    expect(listed.map((x: { id: string }) => x.id)).not.toContain(id);
    const other = await otherMunicipalityCoordinator();
    expect((await other.get(`${BASE}/trainingen/${id}`)).statusCode).toBe(404);
  });
});

/** A training coordinator of the other demo municipality (Oosterveen), made for these tests. */
let otherClient: TestClient | null = null;
async function otherMunicipalityCoordinator(): Promise<TestClient> {
  if (otherClient) return otherClient;
  const q = t.tdb.db;
  const org = await q.query<{ id: string }>("SELECT id FROM organisation WHERE name = 'Gemeente Oosterveen'");
  const user = await q.query<{ id: string }>(
    "INSERT INTO app_user (display_name, is_demo) VALUES ('Olga Oosterveen', true) RETURNING id",
  );
  await q.query(
    "INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'opleidingscoordinator')",
    [user.rows[0]?.id, org.rows[0]?.id],
  );
  otherClient = await signIn('Olga Oosterveen');
  return otherClient;
}
