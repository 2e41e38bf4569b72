import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

const BASE = '/api/deskundigheid';

let t: TestApp;
let coordinator: TestClient;
let officer: TestClient;
let youthWorker: TestClient;
let probation: TestClient;
let gemeente: string;
let jongerenwerk: string;
let reclassering: string;
let ownGroup: string;
let partnerGroup: string;
let training: string;

async function signIn(name: string): Promise<TestClient> {
  const c = new TestClient(t.app);
  await c.signInAsDemo(name);
  return c;
}

const personBody = (over: Record<string, unknown> = {}) => ({
  name: 'Anouk Verbeek',
  email: '',
  department: 'Publiekszaken',
  organisationId: gemeente,
  targetGroupId: ownGroup,
  activeSince: '2024-01-01',
  leftOn: null,
  ...over,
});

async function newPerson(over: Record<string, unknown> = {}): Promise<string> {
  const r = await coordinator.post(`${BASE}/personen`, personBody(over));
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

/** A session of the training with this person, as the sessions module records it. */
async function attended(
  personId: string,
  heldOn: string,
  opts: { completed?: boolean; status?: string } = {},
) {
  const q = t.tdb.db;
  const user = await q.query<{ id: string }>("SELECT id FROM app_user WHERE display_name = 'Karin de Groot'");
  const s = await q.query<{ id: string }>(
    `INSERT INTO training_session (tenant_id, training_id, held_on, status, created_at, created_by, updated_at)
     VALUES ($1, $2, $3, $4, now(), $5, now()) RETURNING id`,
    [gemeente, training, heldOn, opts.status ?? 'gehouden', user.rows[0]?.id],
  );
  await q.query(
    `INSERT INTO training_attendance (session_id, person_id, completed, recorded_at, recorded_by)
     VALUES ($1, $2, $3, now(), $4)`,
    [s.rows[0]?.id, personId, opts.completed ?? true, user.rows[0]?.id],
  );
  return s.rows[0]?.id as string;
}

/** Every person the client gets from the register, page by page. */
async function everyone(c: TestClient): Promise<{ id: string; organisation: { id: string } }[]> {
  const all: { id: string; organisation: { id: string } }[] = [];
  let cursor: string | null = null;
  do {
    const page: { people: typeof all; nextCursor: string | null } = (
      await c.get(`${BASE}/personen?limit=100${cursor ? `&cursor=${cursor}` : ''}`)
    ).json();
    all.push(...page.people);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

const logOf = async (id: string) =>
  (
    await t.tdb.db.query<{ action: string; result: string; actor_role: string }>(
      "SELECT action, result, actor_role FROM access_log WHERE object_type = 'deskundigheid_persoon' AND object_id = $1 ORDER BY id",
      [id],
    )
  ).rows.map((r) => `${r.action}:${r.result}:${r.actor_role}`);

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signIn('Karin de Groot');
  officer = await signIn('Ahmed El Idrissi');
  youthWorker = await signIn('Ruben Smit');
  probation = await signIn('Hanneke Koster');
  const orgs = (await coordinator.get(`${BASE}/keuzelijsten`)).json().organisations as {
    id: string;
    name: string;
    side: string;
  }[];
  gemeente = orgs.find((o) => o.side === 'eigen')?.id as string;
  jongerenwerk = orgs.find((o) => o.name === 'Jongerenwerk Lindeburg')?.id as string;
  reclassering = orgs.find((o) => o.name.startsWith('Reclassering'))?.id as string;
  expect([gemeente, jongerenwerk, reclassering].every(Boolean)).toBe(true);
  const g1 = await coordinator.post(`${BASE}/doelgroepen`, {
    name: 'Baliemedewerkers (test)',
    side: 'eigen',
    requiredLevel: 'signalen',
    description: '',
  });
  ownGroup = g1.json().id;
  const g2 = await coordinator.post(`${BASE}/doelgroepen`, {
    name: 'Jongerenwerkers (test)',
    side: 'partner',
    requiredLevel: 'bewustwording',
    description: '',
  });
  partnerGroup = g2.json().id;
  const tr = await coordinator.post(`${BASE}/trainingen`, {
    provider: 'ROR',
    title: 'Basistraining (test)',
    format: 'klassikaal',
    durationMinutes: 360,
    level: 'signalen',
    validMonths: 24,
    url: '',
    description: '',
    recommendedFor: [ownGroup],
  });
  training = tr.json().id;
});

afterAll(async () => {
  await t?.close();
});

describe('the people register', () => {
  it('adds own staff with work data only, logs the write and the read', async () => {
    const id = await newPerson({ email: 'anouk.verbeek.test@lindeburg.example' });
    const p = (await officer.get(`${BASE}/personen/${id}`)).json();
    expect(p).toMatchObject({
      id,
      name: 'Anouk Verbeek',
      email: 'anouk.verbeek.test@lindeburg.example',
      department: 'Publiekszaken',
      organisation: { id: gemeente },
      targetGroup: { id: ownGroup, name: 'Baliemedewerkers (test)' },
      side: 'eigen',
      requirement: { requiredLevel: 'signalen', status: 'ontbreekt', validUntil: null, basis: null },
      sessions: [],
      version: 1,
    });
    expect(await logOf(id)).toEqual(['create:ok:opleidingscoordinator', 'read:ok:aandachtsfunctionaris']);
  });

  it('names what is wrong: missing name, bad e-mail, a side that does not fit, leaving before starting', async () => {
    const r = await coordinator.post(
      `${BASE}/personen`,
      personBody({
        name: ' ',
        email: 'geen-adres',
        organisationId: jongerenwerk,
        leftOn: '2023-01-01',
      }),
    );
    expect(r.statusCode).toBe(400);
    const errors = r.json().errors as { field: string; nl: string; en: string }[];
    expect(errors.map((e) => e.field)).toEqual(['name', 'email', 'targetGroupId', 'leftOn']);
    expect(errors[2]?.nl).toContain('partners');
    await newPerson({ name: 'Bram Dekker', email: 'bram.dekker.test@lindeburg.example' });
    const dup = await coordinator.post(
      `${BASE}/personen`,
      personBody({ name: 'Bram D.', email: 'Bram.Dekker.Test@lindeburg.example' }),
    );
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors[0].field).toBe('email');
    const other = await coordinator.post(
      `${BASE}/personen`,
      personBody({ organisationId: '00000000-0000-4000-8000-000000000001' }),
    );
    expect(other.json().errors[0].field).toBe('organisationId');
  });

  it('shows the requirement state from the sessions followed: met, expiring, overdue, missing', async () => {
    const met = await newPerson({ name: 'Status Voldaan' });
    const expiring = await newPerson({ name: 'Status Verloopt' });
    const overdue = await newPerson({ name: 'Status Verlopen' });
    const missing = await newPerson({ name: 'Status Ontbreekt' });
    const session = await attended(met, '2025-06-01');
    await attended(met, '2025-09-01', { completed: false });
    await attended(expiring, '2024-04-01');
    await attended(overdue, '2023-01-10');
    await attended(missing, '2026-01-15', { status: 'vervallen' });
    const state = async (id: string) => (await coordinator.get(`${BASE}/personen/${id}`)).json();
    const m = await state(met);
    expect(m.requirement).toEqual({
      requiredLevel: 'signalen',
      status: 'voldaan',
      validUntil: '2027-05-31',
      basis: { sessionId: session, heldOn: '2025-06-01', trainingTitle: 'Basistraining (test)' },
    });
    expect(m.sessions.map((s: { heldOn: string; completed: boolean }) => [s.heldOn, s.completed])).toEqual([
      ['2025-09-01', false],
      ['2025-06-01', true],
    ]);
    expect((await state(expiring)).requirement).toMatchObject({
      status: 'verloopt',
      validUntil: '2026-03-31',
    });
    expect((await state(overdue)).requirement).toMatchObject({ status: 'verlopen', validUntil: null });
    const none = await state(missing);
    expect(none.requirement.status).toBe('ontbreekt');
    expect(none.sessions).toHaveLength(1);
  });

  it('saves at the version read (the day someone left) and answers 409 with the saved one', async () => {
    const id = await newPerson({ name: 'Chris Testvermeulen' });
    const saved = await coordinator.request('PUT', `${BASE}/personen/${id}`, {
      ...personBody({ name: 'Chris Testvermeulen', department: 'Handhaving' }),
      version: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const stale = await officer.request('PUT', `${BASE}/personen/${id}`, {
      ...personBody({ name: 'Chris Testvermeulen', leftOn: '2026-02-01' }),
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id, version: 2, department: 'Handhaving' });
    const left = await officer.request('PUT', `${BASE}/personen/${id}`, {
      ...personBody({ name: 'Chris Testvermeulen', leftOn: '2026-02-01' }),
      version: 2,
    });
    expect(left.statusCode).toBe(200);
    const current = (await officer.get(`${BASE}/personen?zoek=Testvermeulen`)).json().people;
    expect(current).toEqual([]);
    const all = (await officer.get(`${BASE}/personen?zoek=Testvermeulen&vertrokken=true`)).json().people;
    expect(all.map((p: { id: string }) => p.id)).toEqual([id]);
  });

  it('pages and searches the list, and logs each person a page names', async () => {
    const ids: string[] = [];
    for (const n of ['Paging Een', 'Paging Twee', 'Paging Drie']) ids.push(await newPerson({ name: n }));
    const first = await officer.get(`${BASE}/personen?zoek=paging&limit=2`);
    const page = first.json();
    expect(page.people).toHaveLength(2);
    expect(page.nextCursor).toBeTruthy();
    const second = (
      await officer.get(`${BASE}/personen?zoek=paging&limit=2&cursor=${page.nextCursor}`)
    ).json();
    expect(second.people).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const names = [...page.people, ...second.people].map((p: { name: string }) => p.name);
    expect(names).toEqual(['Paging Drie', 'Paging Een', 'Paging Twee']);
    for (const id of ids) expect(await logOf(id)).toContain('read:ok:aandachtsfunctionaris');
    expect((await officer.get(`${BASE}/personen?cursor=xyz`)).statusCode).toBe(400);
  });
});

describe('partner isolation', () => {
  it("gives a partner's users only their own organisation's people, also by id, and logs the refusal", async () => {
    const mine = await newPerson({
      name: 'Youssef Jongerenwerker',
      organisationId: jongerenwerk,
      targetGroupId: partnerGroup,
      department: 'Team Noord',
    });
    const theirs = await newPerson({
      name: 'Petra Reclasseerder',
      organisationId: reclassering,
      targetGroupId: partnerGroup,
    });
    const own = await newPerson({ name: 'Gemeente Medewerker' });
    // The demo has youth workers of its own; every one a partner's user gets is of its own organisation.
    const list = await everyone(youthWorker);
    expect(list.map((p) => p.id)).toContain(mine);
    expect(list.every((p) => p.organisation.id === jongerenwerk)).toBe(true);
    const filtered = (await youthWorker.get(`${BASE}/personen?organisatie=${reclassering}`)).json().people;
    expect(filtered).toEqual([]);
    expect((await youthWorker.get(`${BASE}/personen/${mine}`)).statusCode).toBe(200);
    expect((await youthWorker.get(`${BASE}/personen/${theirs}`)).statusCode).toBe(404);
    expect((await youthWorker.get(`${BASE}/personen/${own}`)).statusCode).toBe(404);
    expect(await logOf(theirs)).toContain('read:denied:ketenpartner');
    const other = await everyone(probation);
    expect(other.map((p) => p.id)).toContain(theirs);
    expect(other.every((p) => p.organisation.id === reclassering)).toBe(true);
    const all = await everyone(officer);
    expect(all.map((p) => p.id)).toEqual(expect.arrayContaining([mine, theirs, own]));
    const lookups = (await youthWorker.get(`${BASE}/keuzelijsten`)).json().organisations;
    expect(lookups).toEqual([{ id: jongerenwerk, name: 'Jongerenwerk Lindeburg', side: 'partner' }]);
  });

  it('lets no partner add or change people', async () => {
    expect((await youthWorker.post(`${BASE}/personen`, personBody())).statusCode).toBe(403);
    const id = await newPerson({ name: 'Niet Te Wijzigen' });
    const put = await youthWorker.request('PUT', `${BASE}/personen/${id}`, { ...personBody(), version: 1 });
    expect(put.statusCode).toBe(403);
  });
});

describe('group sizes', () => {
  it('keeps a count per organisation and target group; a partner sees only its own', async () => {
    const put = await coordinator.request('PUT', `${BASE}/groepsgroottes`, {
      organisationId: jongerenwerk,
      targetGroupId: partnerGroup,
      people: 14,
      asOf: '2026-01-01',
    });
    expect(put.statusCode, put.body).toBe(204);
    await coordinator.request('PUT', `${BASE}/groepsgroottes`, {
      organisationId: reclassering,
      targetGroupId: partnerGroup,
      people: 6,
      asOf: '2026-01-01',
    });
    const again = await coordinator.request('PUT', `${BASE}/groepsgroottes`, {
      organisationId: jongerenwerk,
      targetGroupId: partnerGroup,
      people: 16,
      asOf: '2026-02-01',
    });
    expect(again.statusCode).toBe(204);
    const all = (await officer.get(`${BASE}/groepsgroottes?limit=100`))
      .json()
      .groupSizes.filter((s: { targetGroup: { id: string } }) => s.targetGroup.id === partnerGroup);
    expect(all).toHaveLength(2);
    expect(
      all.find((s: { organisation: { id: string } }) => s.organisation.id === jongerenwerk),
    ).toMatchObject({
      people: 16,
      asOf: '2026-02-01',
    });
    const own = (await youthWorker.get(`${BASE}/groepsgroottes?limit=100`)).json().groupSizes;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((s: { organisation: { id: string } }) => s.organisation.id === jongerenwerk)).toBe(true);
    const future = await coordinator.request('PUT', `${BASE}/groepsgroottes`, {
      organisationId: jongerenwerk,
      targetGroupId: ownGroup,
      people: 3,
      asOf: '2027-01-01',
    });
    expect(future.statusCode).toBe(400);
    expect((future.json().errors as { field: string }[]).map((e) => e.field)).toEqual([
      'targetGroupId',
      'asOf',
    ]);
  });
});
