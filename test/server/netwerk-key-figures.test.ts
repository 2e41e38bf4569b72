import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueKeyFigureReminders } from '../../src/app/netwerk/key-figure-contacts.js';
import { runRetentionFor } from '../../src/app/privacy/retention.js';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

// The test clock stands at 2026-03-02 09:00 UTC.
let t: TestApp;
let officer: TestClient;
let coordinator: TestClient;
let meldpunt: TestClient;
let mayor: TestClient;
let police: TestClient;
let policy: TestClient;
let admin: TestClient;
let gemeente: string;
let coordinatorId: string;
let officerId: string;

async function signedIn(name: string): Promise<TestClient> {
  const c = new TestClient(t.app);
  await c.signInAsDemo(name);
  return c;
}

beforeAll(async () => {
  t = await createTestApp();
  officer = await signedIn('Ahmed El Idrissi');
  coordinator = await signedIn('Iris Willems');
  meldpunt = await signedIn('Sanne de Vries');
  mayor = await signedIn('Johan van Dijk');
  police = await signedIn('Marieke Jansen');
  policy = await signedIn('Thomas Bakker');
  admin = await signedIn('Lotte Visser');
  const owners = (await officer.get('/api/netwerk/sleutelfiguren/keuzes')).json().contactOwners as Array<{
    id: string;
    name: string;
  }>;
  coordinatorId = owners.find((o) => o.name === 'Iris Willems')?.id as string;
  officerId = owners.find((o) => o.name === 'Ahmed El Idrissi')?.id as string;
  const g = await t.tdb.db.query<{ id: string }>(
    "SELECT id FROM organisation WHERE name = 'Gemeente Lindeburg'",
  );
  gemeente = g.rows[0]?.id as string;
});
afterAll(() => t.close());

const keyFigure = (o: Record<string, unknown> = {}) => ({
  name: 'Testfiguur Eén',
  community: 'Buurtvereniging De Linde',
  reach: 'Via het buurthuis',
  roles: ['bemiddeling'],
  status: 'actief',
  agreementOn: '2026-01-05',
  agreementEndedOn: null,
  reviewOn: '2027-01-05',
  contactOwnerId: coordinatorId,
  frequencyEvery: 2,
  frequencyUnit: 'weken',
  ...o,
});

async function create(o: Record<string, unknown> = {}): Promise<string> {
  const r = await officer.post('/api/netwerk/sleutelfiguren', keyFigure(o));
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
}

async function logOf(objectId: string) {
  const r = await t.tdb.db.query<{ action: string; object_type: string; actor_role: string; result: string }>(
    'SELECT action, object_type, actor_role, result FROM access_log WHERE object_id = $1 ORDER BY id',
    [objectId],
  );
  return r.rows;
}

describe('key figures: access', () => {
  it('are for the aandachtsfunctionaris and the network coordinator only', async () => {
    const id = await create();
    for (const c of [meldpunt, mayor, police, policy, admin]) {
      expect((await c.get('/api/netwerk/sleutelfiguren')).statusCode).toBe(403);
      expect((await c.get(`/api/netwerk/sleutelfiguren/${id}`)).statusCode).toBe(403);
      expect((await c.post('/api/netwerk/sleutelfiguren', keyFigure())).statusCode).toBe(403);
      expect((await c.post('/api/netwerk/peilingen', { event: 'x', dueOn: '2026-03-09' })).statusCode).toBe(
        403,
      );
    }
    expect((await coordinator.get(`/api/netwerk/sleutelfiguren/${id}`)).statusCode).toBe(200);
    // Refusals are in the access log too.
    const denied = await t.tdb.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE result = 'denied' AND actor_role = 'ketenpartner'",
    );
    expect(denied.rows[0]?.n).toBeGreaterThan(0);
  });

  it('writes every read to the access log: one key figure, each one of a list, the contact log', async () => {
    const id = await create({ name: 'Testfiguur Gelogd' });
    const before = (await logOf(id)).length;
    expect((await coordinator.get(`/api/netwerk/sleutelfiguren/${id}`)).statusCode).toBe(200);
    const list = await coordinator.get('/api/netwerk/sleutelfiguren?zoek=Gelogd');
    expect(list.json().keyFigures.map((k: { id: string }) => k.id)).toEqual([id]);
    expect((await coordinator.get(`/api/netwerk/sleutelfiguren/${id}/contacten`)).statusCode).toBe(200);
    const entries = (await logOf(id)).slice(before);
    expect(entries).toEqual([
      { action: 'read', object_type: 'sleutelfiguur', actor_role: 'netwerkcoordinator', result: 'ok' },
      { action: 'read', object_type: 'sleutelfiguur', actor_role: 'netwerkcoordinator', result: 'ok' },
      {
        action: 'read',
        object_type: 'sleutelfiguur_contact',
        actor_role: 'netwerkcoordinator',
        result: 'ok',
      },
    ]);
  });

  it('refuses a key figure of another municipality as not found, and logs the refusal', async () => {
    const other = await t.tdb.db.query<{ id: string }>(
      "SELECT id FROM organisation WHERE name = 'Gemeente Oosterveen'",
    );
    const r = await t.tdb.db.query<{ id: string }>(
      `INSERT INTO key_figure (tenant_id, name, community, roles, status, agreement_on, review_on, contact_owner_id,
         contact_every, contact_unit, upkeep_started_on, created_at, created_by, updated_at)
       VALUES ($1, 'Elders', 'Elders', '{bemiddeling}', 'actief', '2026-01-01', '2027-01-01', $2, 4, 'weken',
         '2026-01-01', now(), $2, now()) RETURNING id`,
      [other.rows[0]?.id, officerId],
    );
    const id = r.rows[0]?.id as string;
    expect((await officer.get(`/api/netwerk/sleutelfiguren/${id}`)).statusCode).toBe(404);
    expect(
      (await officer.request('PUT', `/api/netwerk/sleutelfiguren/${id}`, { ...keyFigure(), version: 1 }))
        .statusCode,
    ).toBe(404);
    expect(await logOf(id)).toContainEqual({
      action: 'read',
      object_type: 'sleutelfiguur',
      actor_role: 'aandachtsfunctionaris',
      result: 'denied',
    });
  });
});

describe('key figures: the record', () => {
  it('answers bad input per field in Dutch and English', async () => {
    const r = await officer.post(
      '/api/netwerk/sleutelfiguren',
      keyFigure({ name: '  ', roles: [], reviewOn: '2026-01-01', status: 'beeindigd' }),
    );
    expect(r.statusCode).toBe(400);
    const errors = r.json().errors as Array<{ field: string; nl: string; en: string }>;
    expect(errors.map((e) => e.field).sort()).toEqual(['agreementEndedOn', 'name', 'reviewOn', 'roles']);
    expect(errors.find((e) => e.field === 'roles')).toEqual({
      field: 'roles',
      nl: 'Kies ten minste één rol.',
      en: 'Choose at least one role.',
    });
    const missing = await officer.post('/api/netwerk/sleutelfiguren', { ...keyFigure(), community: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({
      field: 'community',
      nl: 'Vul in in welke gemeenschap of wijk de sleutelfiguur inzicht geeft.',
    });
    const owner = await officer.post(
      '/api/netwerk/sleutelfiguren',
      keyFigure({ contactOwnerId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(owner.json().errors[0].field).toBe('contactOwnerId');
  });

  it('gives a 409 with the version saved when two edit at once', async () => {
    const id = await create({ name: 'Testfiguur Versie' });
    const first = await officer.request('PUT', `/api/netwerk/sleutelfiguren/${id}`, {
      ...keyFigure({ name: 'Testfiguur Versie', status: 'slapend' }),
      version: 1,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().version).toBe(2);
    const second = await coordinator.request('PUT', `/api/netwerk/sleutelfiguren/${id}`, {
      ...keyFigure({ name: 'Testfiguur Versie B' }),
      version: 1,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().current).toMatchObject({
      id,
      status: 'slapend',
      version: 2,
      updatedBy: 'Ahmed El Idrissi',
    });
    const read = (await officer.get(`/api/netwerk/sleutelfiguren/${id}`)).json();
    expect(read).toMatchObject({ name: 'Testfiguur Versie', status: 'slapend', upkeep: null });
  });

  it('keeps the signed agreement, checked by its content', async () => {
    const id = await create({ name: 'Testfiguur Afspraak' });
    const exe = await officer.request('PUT', `/api/netwerk/sleutelfiguren/${id}/afspraak`, {
      fileName: 'afspraak.pdf',
      contentBase64: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00').toString('base64'),
      version: 1,
    });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().errors[0].field).toBe('file');
    const text = 'Afspraak tussen de gemeente en de sleutelfiguur, getekend op 5 januari 2026.';
    const ok = await officer.request('PUT', `/api/netwerk/sleutelfiguren/${id}/afspraak`, {
      fileName: 'afspraak.txt',
      contentBase64: Buffer.from(text).toString('base64'),
      version: 1,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const read = (await coordinator.get(`/api/netwerk/sleutelfiguren/${id}`)).json();
    expect(read.document).toMatchObject({ fileName: 'afspraak.txt', mediaType: 'text/plain' });
    expect(read.version).toBe(2);
    const file = await coordinator.get(`/api/netwerk/sleutelfiguren/${id}/afspraak`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe(text);
    expect(file.headers['cache-control']).toBe('no-store');
    expect((await police.get(`/api/netwerk/sleutelfiguren/${id}/afspraak`)).statusCode).toBe(403);
    expect(await logOf(id)).toContainEqual({
      action: 'read',
      object_type: 'sleutelfiguur_afspraak',
      actor_role: 'netwerkcoordinator',
      result: 'ok',
    });
  });
});

describe('key figures: contact upkeep', () => {
  it('logs contacts, shows the overdue ones, snoozes and reminds', async () => {
    const id = await create({ name: 'Testfiguur Achterstallig' });
    const future = await coordinator.post(`/api/netwerk/sleutelfiguren/${id}/contacten`, {
      contactOn: '2026-03-05',
      form: 'gesprek',
      note: '',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].field).toBe('contactOn');
    const logged = await coordinator.post(`/api/netwerk/sleutelfiguren/${id}/contacten`, {
      contactOn: '2026-01-10',
      form: 'telefoon',
      note: 'Kennismaking.',
    });
    expect(logged.statusCode, logged.body).toBe(201);
    const read = (await coordinator.get(`/api/netwerk/sleutelfiguren/${id}`)).json();
    expect(read.lastContactOn).toBe('2026-01-10');
    expect(read.upkeep).toMatchObject({ status: 'achterstallig', dueOn: '2026-01-24' });
    const overdue = (await coordinator.get('/api/netwerk/sleutelfiguren?achterstallig=true')).json();
    expect(overdue.keyFigures.map((k: { id: string }) => k.id)).toContain(id);
    const log = (await officer.get(`/api/netwerk/sleutelfiguren/${id}/contacten`)).json();
    expect(log.contacts).toEqual([
      {
        id: logged.json().id,
        contactOn: '2026-01-10',
        form: 'telefoon',
        byName: 'Iris Willems',
        note: 'Kennismaking.',
      },
    ]);

    // A reminder to the contact owner, once a day, content-free.
    await t.tdb.db.query("UPDATE app_user SET email = 'iris@lindeburg.example' WHERE id = $1", [
      coordinatorId,
    ]);
    expect(await queueKeyFigureReminders(t.tdb.db, t.clock.now())).toBe(1);
    expect(await queueKeyFigureReminders(t.tdb.db, t.clock.now())).toBe(0);
    const mail = await t.tdb.db.query<{ body: string }>(
      "SELECT body FROM meeting_outbox WHERE recipient_user_id = $1 AND dedupe_key LIKE 'sleutelfiguren:%'",
      [coordinatorId],
    );
    expect(mail.rows[0]?.body).toContain('achterstallig');
    expect(mail.rows[0]?.body).not.toContain('Testfiguur');

    const tooLong = await coordinator.post(`/api/netwerk/sleutelfiguren/${id}/uitstellen`, {
      until: '2026-09-01',
    });
    expect(tooLong.statusCode).toBe(400);
    const snoozed = await coordinator.post(`/api/netwerk/sleutelfiguren/${id}/uitstellen`, {
      until: '2026-03-16',
    });
    expect(snoozed.statusCode, snoozed.body).toBe(200);
    expect((await coordinator.get(`/api/netwerk/sleutelfiguren/${id}`)).json().upkeep).toMatchObject({
      status: 'gesnoozed',
      snoozedUntil: '2026-03-16',
    });
    const after = (await coordinator.get('/api/netwerk/sleutelfiguren?achterstallig=true')).json();
    expect(after.keyFigures.map((k: { id: string }) => k.id)).not.toContain(id);
  });
});

describe('key figures: peiling na een ingrijpende gebeurtenis', () => {
  it('asks every active key figure’s contact owner as an action, and records that it was done', async () => {
    await create({ name: 'Testfiguur Peiling A', contactOwnerId: coordinatorId });
    await create({ name: 'Testfiguur Peiling B', contactOwnerId: officerId });
    await create({ name: 'Testfiguur Slapend', status: 'slapend', contactOwnerId: coordinatorId });
    const bad = await officer.post('/api/netwerk/peilingen', { event: ' ', dueOn: '2026-02-01' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['dueOn', 'event']);

    const r = await officer.post('/api/netwerk/peilingen', {
      event: 'Brandstichting bij een gebedshuis in de regio',
      dueOn: '2026-03-09',
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().actions).toBe(2);

    const mine = (await coordinator.get('/api/acties/mijn')).json();
    const action = mine.actions.find((a: { soundingId: string | null }) => a.soundingId === r.json().id);
    expect(action).toMatchObject({
      meetingId: null,
      dueOn: '2026-03-09',
      status: 'open',
      meetingTitle: null,
    });
    expect(action.description).toContain('Brandstichting bij een gebedshuis');
    expect(action.description).not.toContain('Testfiguur');
    // Nobody else can change it; its owner marks it done.
    expect(
      (await officer.patch(`/api/acties/${action.id}`, { version: 1, status: 'gereed' })).statusCode,
    ).toBe(404);
    expect(
      (await coordinator.patch(`/api/acties/${action.id}`, { version: 1, dueOn: '2026-04-01' })).statusCode,
    ).toBe(403);
    const done = await coordinator.patch(`/api/acties/${action.id}`, { version: 1, status: 'gereed' });
    expect(done.statusCode, done.body).toBe(200);

    const list = (await coordinator.get('/api/netwerk/peilingen')).json().soundings;
    const sounding = list.find((s: { id: string }) => s.id === r.json().id);
    expect(sounding.owners.map((o: { owner: string; status: string }) => [o.owner, o.status])).toEqual([
      ['Ahmed El Idrissi', 'open'],
      ['Iris Willems', 'gereed'],
    ]);
    // The sleeping key figure was not counted: the coordinator's action covers her active ones only.
    const irisActive = (
      await coordinator.get('/api/netwerk/sleutelfiguren?status=actief&mijn=true&limit=100')
    ).json().keyFigures.length;
    expect(sounding.owners[1].keyFigureCount).toBe(irisActive);
  });
});

describe('key figures: retention', () => {
  it('deletes a key figure a year after its agreement ended, with a content-free tombstone', async () => {
    const ended = await create({
      name: 'Testfiguur Beëindigd',
      status: 'beeindigd',
      agreementOn: '2024-01-01',
      agreementEndedOn: '2025-02-01',
      reviewOn: '2025-01-01',
    });
    const recent = await create({
      name: 'Testfiguur Net Beëindigd',
      status: 'beeindigd',
      agreementOn: '2024-01-01',
      agreementEndedOn: '2025-06-01',
      reviewOn: '2025-01-01',
    });
    await coordinator.post(`/api/netwerk/sleutelfiguren/${ended}/contacten`, {
      contactOn: '2025-01-20',
      form: 'gesprek',
      note: '',
    });
    const summary = await runRetentionFor(t.tdb.db, gemeente, t.clock.now());
    expect(summary.deleted.sleutelfiguur_beeindigd).toBeGreaterThanOrEqual(1);
    expect((await officer.get(`/api/netwerk/sleutelfiguren/${ended}`)).statusCode).toBe(404);
    expect((await officer.get(`/api/netwerk/sleutelfiguren/${recent}`)).statusCode).toBe(200);
    const contacts = await t.tdb.db.query('SELECT 1 FROM key_figure_contact WHERE key_figure_id = $1', [
      ended,
    ]);
    expect(contacts.rowCount).toBe(0);
    const tomb = await t.tdb.db.query<{ purpose: string; object_type: string }>(
      "SELECT purpose, object_type FROM access_log WHERE object_id = $1 AND action = 'retention_delete'",
      [ended],
    );
    expect(tomb.rows).toEqual([
      { purpose: 'bewaartermijn:sleutelfiguur_beeindigd:12m', object_type: 'key_figure' },
    ]);
  });

  it('is named in the processing register', async () => {
    const r = await policy.get('/api/privacy/verwerkingsregister');
    expect(r.statusCode, r.body).toBe(200);
    const activity = r.json().activities.find((a: { key: string }) => a.key === 'sleutelfiguren');
    expect(activity.retention[0]).toContain('Sleutelfiguur');
  });
});
