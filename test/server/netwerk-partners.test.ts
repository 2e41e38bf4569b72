import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueContactReminders } from '../../src/app/netwerk/contacts.js';
import { amsterdamDate } from '../../src/domain/melding/calendar.js';
import { upkeep } from '../../src/domain/netwerk/contact-upkeep.js';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

const BASE = '/api/netwerk';
const DAY = 86_400_000;

let t: TestApp;
let officer: TestClient;
let advisor: TestClient;
let districts: { id: string; name: string }[];

async function signIn(name: string): Promise<TestClient> {
  const c = new TestClient(t.app);
  await c.signInAsDemo(name);
  return c;
}

const partnerBody = (over: Record<string, unknown> = {}) => ({
  name: 'Buurthuis De Kroon',
  kind: 'buurthuis',
  internal: false,
  domain: 'wonen_wijk',
  citywide: false,
  districtIds: [districts[0]?.id],
  tasks: ['signaleren', 'voorkomen'],
  notes: 'Goede band met de beheerder.',
  ...over,
});

const contactBody = (over: Record<string, unknown> = {}) => ({
  name: 'Karin Wolters',
  role: 'Coördinator',
  email: 'k.wolters@dekroon.example',
  phone: '',
  frequencyEvery: 2,
  frequencyUnit: 'weken',
  ...over,
});

async function newPartner(over: Record<string, unknown> = {}) {
  const r = await officer.post(`${BASE}/partners`, partnerBody(over));
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

async function newContact(partnerId: string, over: Record<string, unknown> = {}) {
  const r = await officer.post(`${BASE}/partners/${partnerId}/contactpersonen`, contactBody(over));
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  officer = await signIn('Ahmed El Idrissi');
  advisor = await signIn('Thomas Bakker');
  await officer.post(`${BASE}/wijken`, { name: 'Testwijk A' });
  await officer.post(`${BASE}/wijken`, { name: 'Testwijk B' });
  const all = (await officer.get(`${BASE}/keuzelijsten`)).json().districts as { id: string; name: string }[];
  districts = all.filter((d) => d.name.startsWith('Testwijk'));
});

afterAll(async () => {
  await t?.close();
});

describe('the partner register', () => {
  it('registers a new organisation that can be invited as before, and logs the write', async () => {
    const id = await newPartner();
    const orgs = (await officer.get('/api/organisations')).json() as { id: string; name: string }[];
    expect(orgs.find((o) => o.id === id)?.name).toBe('Buurthuis De Kroon');
    const p = (await advisor.get(`${BASE}/partners/${id}`)).json();
    expect(p).toMatchObject({
      id,
      kind: 'buurthuis',
      domain: 'wonen_wijk',
      districtIds: [districts[0]?.id],
      tasks: ['signaleren', 'voorkomen'],
      version: 1,
      contactPersons: [],
    });
    const log = await t.tdb.db.query<{ action: string }>(
      "SELECT action FROM access_log WHERE object_type = 'netwerk_partner' AND object_id = $1 ORDER BY id",
      [id],
    );
    expect(log.rows.map((r) => r.action)).toEqual(['create', 'read']);
  });

  it('gives a profile to an organisation without one, which then leaves the list of those without', async () => {
    const before = (await officer.get(`${BASE}/keuzelijsten`)).json().organisationsWithoutProfile as {
      id: string;
      name: string;
    }[];
    const ggz = before.find((o) => o.name === 'GGZ Veenstroom');
    expect(ggz).toBeDefined();
    const id = await newPartner({
      organisationId: ggz?.id,
      name: 'GGZ Veenstroom',
      kind: 'maatschappelijke_organisatie',
      domain: 'zorg_welzijn',
      citywide: true,
      districtIds: [],
    });
    expect(id).toBe(ggz?.id);
    const after = (await officer.get(`${BASE}/keuzelijsten`)).json().organisationsWithoutProfile as {
      id: string;
    }[];
    expect(after.some((o) => o.id === id)).toBe(false);
    const again = await officer.post(`${BASE}/partners`, partnerBody({ organisationId: id }));
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].field).toBe('organisationId');
  });

  it('answers bad input field by field, in Dutch and English', async () => {
    const r = await officer.post(
      `${BASE}/partners`,
      partnerBody({ name: ' ', kind: 'bestaat_niet', domain: 'nergens', districtIds: [], tasks: ['raden'] }),
    );
    expect(r.statusCode).toBe(400);
    const fields = (r.json().errors as { field: string; nl: string; en: string }[]).map((e) => e.field);
    expect(fields).toEqual(['name', 'kind', 'domain', 'tasks', 'districtIds']);
    expect(r.json().errors[1]).toMatchObject({
      nl: 'Kies de soort partner.',
      en: 'Choose the kind of partner.',
    });
    const missing = await officer.post(`${BASE}/partners`, { ...partnerBody(), name: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({
      field: 'name',
      nl: 'Vul de naam van de organisatie in.',
    });
  });

  it('searches by name and contact person, filters, and pages on the server', async () => {
    const school = await newPartner({
      name: 'Testschool Het Anker',
      kind: 'school',
      domain: 'onderwijs',
      districtIds: [districts[1]?.id],
      tasks: ['signaleren', 'melden'],
    });
    await newContact(school, { name: 'Bram Oudejans', role: 'Zorgcoördinator' });
    await newPartner({
      name: 'Testcluster Werk',
      kind: 'cluster_werk_en_inkomen',
      internal: true,
      domain: 'werk_inkomen',
      citywide: true,
      districtIds: [],
    });
    const names = async (q: string) =>
      ((await officer.get(`${BASE}/partners?${q}`)).json().partners as { name: string }[]).map((p) => p.name);
    expect(await names('zoek=Oudejans')).toEqual(['Testschool Het Anker']);
    expect(await names('zoek=anker&soort=school')).toEqual(['Testschool Het Anker']);
    expect(await names('zoek=test&kant=intern')).toEqual(['Testcluster Werk']);
    // A partner for the whole municipality is in every district.
    expect(await names(`zoek=test&wijk=${districts[1]?.id}`)).toEqual([
      'Testcluster Werk',
      'Testschool Het Anker',
    ]);
    expect(await names('zoek=test&taak=melden')).toEqual(['Testschool Het Anker']);
    expect(await names('zoek=test&domein=werk_inkomen')).toEqual(['Testcluster Werk']);

    const first = (await officer.get(`${BASE}/partners?limit=2`)).json();
    expect(first.partners).toHaveLength(2);
    const second = (await officer.get(`${BASE}/partners?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.partners[0].name > first.partners[1].name).toBe(true);
    const bad = await officer.get(`${BASE}/partners?cursor=bm9n`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('cursor');
  });

  it('saves a profile at the version read and answers 409 with the saved partner when stale', async () => {
    const id = await newPartner({ name: 'Sportclub Test' });
    const saved = await officer.request('PUT', `${BASE}/partners/${id}`, {
      ...partnerBody({
        name: 'Sportclub Test Lindeburg',
        kind: 'sportvereniging',
        domain: 'sport_vrije_tijd',
      }),
      version: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ version: 2 });
    const stale = await advisor.request('PUT', `${BASE}/partners/${id}`, { ...partnerBody(), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id, version: 2, name: 'Sportclub Test Lindeburg' });
  });

  it('lets a municipality add its own kinds and districts', async () => {
    const k = await officer.post(`${BASE}/soorten`, {
      nl: 'Vrouwenorganisatie',
      en: "Women's organisation",
      internal: false,
    });
    expect(k.statusCode).toBe(201);
    expect(k.json().code).toBe('vrouwenorganisatie');
    const dup = await officer.post(`${BASE}/soorten`, { nl: 'Vrouwenorganisatie', en: 'x', internal: false });
    expect(dup.statusCode).toBe(400);
    const builtIn = await officer.post(`${BASE}/soorten`, { nl: 'School', en: 'School', internal: false });
    expect(builtIn.statusCode).toBe(400);
    await newPartner({ name: 'Vrouwennetwerk Test', kind: 'vrouwenorganisatie' });
    const d = await officer.post(`${BASE}/wijken`, { name: 'Testwijk A' });
    expect(d.statusCode).toBe(400);
    expect(d.json().errors[0]).toMatchObject({ field: 'name', nl: 'Deze wijk staat er al.' });
  });

  it('shows the coverage per district and domain, with the gaps', async () => {
    const c = (await advisor.get(`${BASE}/dekking`)).json();
    const row = (c.rows as { district: { name: string }; counts: number[]; gaps: number }[]).find(
      (r) => r.district.name === 'Testwijk B',
    );
    const col = (d: string) => (c.domains as string[]).indexOf(d);
    expect(row?.counts[col('onderwijs')]).toBeGreaterThanOrEqual(1);
    // The whole-municipality cluster and GGZ count in every district.
    expect(row?.counts[col('werk_inkomen')]).toBeGreaterThanOrEqual(1);
    expect(row?.counts[col('zorg_welzijn')]).toBeGreaterThanOrEqual(1);
    expect(row?.gaps).toBe(row?.counts.filter((n) => n === 0).length);
    expect(JSON.stringify(c)).not.toContain('Oudejans');
  });

  it('is closed to partners and the administrator; the mayor reads but does not change it', async () => {
    const partner = await signIn('Marieke Jansen');
    expect((await partner.get(`${BASE}/partners`)).statusCode).toBe(403);
    expect((await partner.get(`${BASE}/dekking`)).statusCode).toBe(403);
    const admin = await signIn('Lotte Visser');
    expect((await admin.get(`${BASE}/partners`)).statusCode).toBe(403);
    const mayor = await signIn('Johan van Dijk');
    expect((await mayor.get(`${BASE}/partners`)).statusCode).toBe(200);
    expect((await mayor.post(`${BASE}/partners`, partnerBody())).statusCode).toBe(403);
  });

  it("never shows another municipality's partner", async () => {
    const id = await newPartner({ name: 'Alleen Lindeburg' });
    const other = await t.tdb.db.query<{ id: string }>(
      "SELECT id FROM organisation WHERE name = 'Gemeente Oosterveen'",
    );
    const u = await t.tdb.db.query<{ id: string }>(
      "INSERT INTO app_user (display_name, is_demo) VALUES ('Test Oosterveen', true) RETURNING id",
    );
    await t.tdb.db.query(
      "INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'aandachtsfunctionaris')",
      [u.rows[0]?.id, other.rows[0]?.id],
    );
    const stranger = await signIn('Test Oosterveen');
    expect((await stranger.get(`${BASE}/partners/${id}`)).statusCode).toBe(404);
    const list = (await stranger.get(`${BASE}/partners?zoek=Alleen`)).json();
    expect(list.partners).toEqual([]);
    const put = await stranger.request('PUT', `${BASE}/partners/${id}`, { ...partnerBody(), version: 1 });
    expect(put.statusCode).toBe(404);
  });
});

describe('contact upkeep', () => {
  it('checks a contact person: work data to reach them, a frequency', async () => {
    const id = await newPartner({ name: 'Woningcorporatie Test' });
    const r = await officer.post(
      `${BASE}/partners/${id}/contactpersonen`,
      contactBody({ email: 'geen-adres', phone: 'bel me', frequencyEvery: 200, frequencyUnit: 'weken' }),
    );
    expect(r.statusCode).toBe(400);
    expect((r.json().errors as { field: string }[]).map((e) => e.field)).toEqual([
      'email',
      'phone',
      'frequency',
    ]);
    const none = await officer.post(
      `${BASE}/partners/${id}/contactpersonen`,
      contactBody({ email: '', phone: '' }),
    );
    expect(none.json().errors[0]).toMatchObject({
      field: 'email',
      en: 'Enter a work e-mail address or phone number.',
    });
  });

  it('logs contacts, lists overdue contacts, snoozes them and sends a content-free reminder', async () => {
    const partner = await newPartner({ name: 'Moskee Test' });
    const contact = await newContact(partner, {
      name: 'Yusuf Test',
      frequencyEvery: 2,
      frequencyUnit: 'weken',
    });
    const dueIds = async (q = '') => {
      const r = await officer.get(`${BASE}/contactonderhoud?limit=100${q}`);
      expect(r.statusCode, r.body).toBe(200);
      return (r.json().contacts as { id: string }[]).map((c) => c.id);
    };
    expect(await dueIds()).not.toContain(contact);

    // Three weeks on, the contact (due after two) is overdue.
    t.clock.advance(21 * DAY);
    // Sessions do not last three weeks.
    officer = await signIn('Ahmed El Idrissi');
    advisor = await signIn('Thomas Bakker');
    expect(await dueIds('&status=achterstallig')).toContain(contact);
    const p = (await officer.get(`${BASE}/partners/${partner}`)).json();
    expect(p.contactPersons[0].upkeep).toMatchObject({ status: 'achterstallig', daysOverdue: 7 });

    // The reminder: once per owner per day, without names.
    expect(await queueContactReminders(t.tdb.db, t.clock.now())).toBeGreaterThanOrEqual(1);
    expect(await queueContactReminders(t.tdb.db, t.clock.now())).toBe(0);
    const mail = await t.tdb.db.query<{ body: string; kind: string }>(
      "SELECT body, kind FROM meeting_outbox WHERE dedupe_key LIKE 'netwerk:%' ORDER BY id DESC LIMIT 1",
    );
    expect(mail.rows[0]?.kind).toBe('herinnering');
    expect(mail.rows[0]?.body).not.toContain('Yusuf');
    expect(mail.rows[0]?.body).toContain('achterstallig');

    const tooLong = await officer.post(`${BASE}/contactpersonen/${contact}/uitstellen`, {
      until: '2026-12-31',
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0].field).toBe('snoozedUntil');
    const snooze = await officer.post(`${BASE}/contactpersonen/${contact}/uitstellen`, {
      until: '2026-03-30',
    });
    expect(snooze.statusCode, snooze.body).toBe(200);
    expect(await dueIds()).not.toContain(contact);
    expect(await dueIds('&status=gesnoozed')).toContain(contact);

    // A contact in the future is refused; one today becomes the last contact and ends the snooze.
    const future = await officer.post(`${BASE}/contactpersonen/${contact}/contactmomenten`, {
      contactedOn: '2026-04-30',
      form: 'gesprek',
      note: '',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].field).toBe('contactedOn');
    const logged = await officer.post(`${BASE}/contactpersonen/${contact}/contactmomenten`, {
      contactedOn: '2026-03-23',
      form: 'telefoon',
      note: 'Kennismaking nieuwe bestuurder.',
    });
    expect(logged.statusCode, logged.body).toBe(201);
    expect(await dueIds('&status=gesnoozed')).not.toContain(contact);
    const after = (await officer.get(`${BASE}/partners/${partner}`)).json().contactPersons[0];
    expect(after).toMatchObject({
      lastContactOn: '2026-03-23',
      upkeep: { status: 'op_tijd', dueOn: '2026-04-06', snoozedUntil: null },
    });
    const log = (await advisor.get(`${BASE}/contactpersonen/${contact}/contactmomenten`)).json();
    expect(log.entries).toEqual([
      expect.objectContaining({ contactedOn: '2026-03-23', form: 'telefoon', byName: 'Ahmed El Idrissi' }),
    ]);
    const contactReads = await t.tdb.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE object_type = 'netwerk_contact' AND action = 'read' AND object_id = $1",
      [contact],
    );
    // Read on the partner page (three times above) and in the list of contacts that need attention.
    expect(contactReads.rows[0]?.n).toBeGreaterThanOrEqual(4);
    const reads = await t.tdb.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE object_type = 'netwerk_contact_log' AND action = 'read' AND object_id = $1",
      [contact],
    );
    expect(reads.rows[0]?.n).toBe(1);
  });

  it('cannot snooze a contact that is on time', async () => {
    const partner = await newPartner({ name: 'Kerk Test' });
    const contact = await newContact(partner, { frequencyEvery: 8, frequencyUnit: 'weken' });
    const r = await officer.post(`${BASE}/contactpersonen/${contact}/uitstellen`, { until: '2026-04-01' });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].nl).toContain('op tijd');
  });

  it('saves a contact person at the version read; a stale save is a conflict', async () => {
    const partner = await newPartner({ name: 'Jongerenwerk Test' });
    const contact = await newContact(partner);
    const ok = await officer.request('PUT', `${BASE}/contactpersonen/${contact}`, {
      ...contactBody({ role: 'Teamleider' }),
      version: 1,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await advisor.request('PUT', `${BASE}/contactpersonen/${contact}`, {
      ...contactBody(),
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: contact, role: 'Teamleider', version: 2 });
  });
});

describe('the demo network', () => {
  it("gives Lindeburg partners of many kinds across its districts, with gaps, and keeps Oosterveen's apart", async () => {
    const c = (await advisor.get(`${BASE}/dekking`)).json();
    const rows = c.rows as { district: { name: string }; counts: number[]; gaps: number }[];
    const names = rows.map((r) => r.district.name);
    expect(names).toEqual(expect.arrayContaining(['Centrum', 'Noord', 'Oost', 'Zuid', 'West', 'Veenhage']));
    expect(names).not.toContain('Nieuwland');
    const col = (d: string) => (c.domains as string[]).indexOf(d);
    const west = rows.find((r) => r.district.name === 'West');
    expect(west?.counts[col('sport_vrije_tijd')]).toBe(0);
    expect(west?.counts[col('levensbeschouwing')]).toBe(0);
    expect(west?.counts[col('veiligheid')]).toBeGreaterThan(0);
    const kinds = await t.tdb.db.query<{ kind: string }>(
      `SELECT DISTINCT p.kind FROM netwerk_partner p JOIN organisation o ON o.id = p.tenant_id
        WHERE o.name = 'Gemeente Lindeburg'`,
    );
    expect(kinds.rows.map((k) => k.kind)).toEqual(
      expect.arrayContaining([
        'jongerenwerk',
        'school',
        'buurthuis',
        'woningcorporatie',
        'wijkagent',
        'sportvereniging',
        'religieuze_organisatie',
        'sociaal_domein',
        'cluster_werk_en_inkomen',
        'vrouwennetwerk',
      ]),
    );
    const oosterveen = (await officer.get(`${BASE}/partners?zoek=Oosterveen`)).json();
    expect(oosterveen.partners).toEqual([]);
  });

  it('shows the covenant in force that covers sharing with a partner, and none where there is none', async () => {
    const find = async (name: string) =>
      (
        (await officer.get(`${BASE}/partners?zoek=${encodeURIComponent(name)}`)).json().partners as {
          name: string;
          covenant: { title: string } | null;
        }[]
      ).find((p) => p.name === name);
    for (const name of ['Reclassering Veenstroom', 'Jeugdzorg Veenstroom']) {
      expect((await find(name))?.covenant?.title).toBe('Convenant Zorg- en Veiligheidshuis Veenstroom');
    }
    // The demo's youth work has no covenant.
    expect((await find('Jongerenwerk Lindeburg'))?.covenant).toBeNull();
  });

  it('has contacts that are on time, due soon, overdue and snoozed on the day it was seeded', async () => {
    const r = await t.tdb.db.query<{
      frequency_every: number;
      frequency_unit: 'dagen' | 'weken';
      started_on: string;
      last_contact_on: string | null;
      snoozed_until: string | null;
      logs: number;
    }>(
      `SELECT c.frequency_every, c.frequency_unit, c.started_on::text AS started_on,
              c.last_contact_on::text AS last_contact_on, c.snoozed_until::text AS snoozed_until,
              (SELECT count(*)::int FROM netwerk_contact_log l WHERE l.contact_id = c.id) AS logs
         FROM netwerk_contact c JOIN organisation o ON o.id = c.tenant_id WHERE o.name = 'Gemeente Lindeburg'`,
    );
    // The demo was seeded today (real time), whatever the test clock says.
    const today = amsterdamDate(new Date());
    const statuses = r.rows.map(
      (c) =>
        upkeep(
          {
            frequency: { every: c.frequency_every, unit: c.frequency_unit },
            lastContactOn: c.last_contact_on,
            startedOn: c.started_on,
            snoozedUntil: c.snoozed_until,
          },
          today,
        ).status,
    );
    expect(new Set(statuses)).toEqual(new Set(['op_tijd', 'binnenkort', 'achterstallig', 'gesnoozed']));
    expect(r.rows.filter((c) => c.logs > 0).length).toBeGreaterThan(10);
  });
});
