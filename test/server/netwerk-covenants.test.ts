import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coveringCovenant, queueCovenantWarnings } from '../../src/app/netwerk/covenants.js';
import type { TestClient } from '../helpers/test-app.js';
import { makeCase } from './casus-fixtures.js';
import {
  createOverlegApp,
  makeSignal,
  type OverlegTestApp,
  placeOnAgenda,
  planMeeting,
  U,
} from './overleggen-fixtures.js';

// The test clock stands at 2026-03-02 09:00 UTC; the demo's covenants are dated from the real day the
// seed ran, so every covenant this file relies on is made here.
let t: OverlegTestApp;
let officer: TestClient;
let policy: TestClient;
let police: TestClient;
let admin: TestClient;
let jongerenwerk: string;
let reclassering: string;
let wijkteam: string;
let basis: string;

const PDF = Buffer.from('%PDF-1.4\n% getekend convenant\n%%EOF\n').toString('base64');

const covenant = (o: Record<string, unknown> = {}) => ({
  title: 'Convenant jongerenwerk Lindeburg',
  purpose: 'Signalen van het jongerenwerk bespreken in het signaleringsoverleg.',
  article: 'art. 5',
  partyIds: [t.org.gemeente, jongerenwerk],
  legalBasisIds: [basis],
  dataCategories: ['identificatie', 'signalen'],
  meetingKinds: ['signaleringsoverleg'],
  tasks: ['signaleren', 'melden'],
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
  evaluationOn: null,
  signatories: [{ name: 'Anouk Dekker', function: 'Directeur', organisationId: jongerenwerk }],
  ...o,
});

async function orgOf(type: string): Promise<string> {
  const r = await t.tdb.db.query<{ id: string }>(
    'SELECT id FROM organisation WHERE tenant_id = $1 AND partner_type = $2',
    [t.tenantId, type],
  );
  return r.rows[0]?.id as string;
}

beforeAll(async () => {
  t = await createOverlegApp();
  officer = await t.client(U.officer);
  policy = await t.client(U.policy);
  police = await t.client(U.police);
  admin = await t.client(U.admin);
  jongerenwerk = await orgOf('jongerenwerk');
  reclassering = await orgOf('reclassering');
  // A partner the demo has no covenant with.
  const w = await t.tdb.db.query<{ id: string }>(
    `INSERT INTO organisation (kind, partner_type, name, tenant_id)
     VALUES ('partner', 'wijkteam', 'Wijkteam Lindeburg-Noord', $1) RETURNING id`,
    [t.tenantId],
  );
  wijkteam = w.rows[0]?.id as string;
  const b = await t.tdb.db.query<{ id: string }>(
    "SELECT id FROM legal_basis WHERE code = 'avg_art_6_1_e' AND tenant_id IS NULL",
  );
  basis = b.rows[0]?.id as string;
});
afterAll(() => t.close());

describe('recording a covenant', () => {
  it('refuses bad input field by field, in Dutch and English', async () => {
    const r = await officer.post(
      '/api/netwerk/convenanten',
      covenant({
        title: '  ',
        partyIds: [t.org.gemeente],
        legalBasisIds: [],
        endsOn: '2025-12-31',
        signatories: [{ name: '', function: 'Directeur', organisationId: reclassering }],
      }),
    );
    expect(r.statusCode).toBe(400);
    const errors = r.json().errors as Array<{ field: string; nl: string; en: string }>;
    const byField = Object.fromEntries(errors.map((e) => [e.field, { nl: e.nl, en: e.en }]));
    expect(Object.keys(byField).sort()).toEqual(
      [
        'endsOn',
        'legalBasisIds',
        'partyIds',
        'signatories.0.name',
        'signatories.0.organisationId',
        'title',
      ].sort(),
    );
    expect(byField.partyIds).toEqual({
      nl: 'Kies ten minste twee partijen.',
      en: 'Choose at least two parties.',
    });
    expect(byField.endsOn?.nl).toBe('De einddatum ligt vóór de ingangsdatum.');
  });

  it('refuses parties of another municipality and a start date that is missing', async () => {
    const other = await officer.post(
      '/api/netwerk/convenanten',
      covenant({ partyIds: [t.org.gemeente, t.org.oosterveen] }),
    );
    expect(other.statusCode).toBe(400);
    expect(other.json().errors.map((e: { field: string }) => e.field)).toContain('partyIds');
    const { startsOn: _, ...noStart } = covenant();
    const missing = await officer.post('/api/netwerk/convenanten', noStart);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({
      field: 'startsOn',
      nl: 'Vul de ingangsdatum in.',
      en: 'Enter the start date.',
    });
  });

  it('covers sharing only once a signed version is attached, and keeps versions apart', async () => {
    const r = await officer.post('/api/netwerk/convenanten', covenant());
    expect(r.statusCode, r.body).toBe(201);
    const { id } = r.json();
    const cover = async () =>
      (
        await officer.get(
          `/api/netwerk/convenanten/dekking?organisatie=${jongerenwerk}&overleg=signaleringsoverleg`,
        )
      ).json();
    expect((await cover()).covered).toBe(false);
    expect((await officer.get(`/api/netwerk/convenanten/${id}`)).json().status).toBe('concept');

    // The document is checked by its content, as attachments are.
    const exe = await officer.post(`/api/netwerk/convenanten/${id}/versies`, {
      version: 1,
      signedOn: '2026-01-05',
      fileName: 'convenant.pdf',
      contentBase64: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00').toString('base64'),
    });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().errors[0].field).toBe('file');

    const added = await officer.post(`/api/netwerk/convenanten/${id}/versies`, {
      version: 1,
      signedOn: '2026-01-05',
      note: 'Getekend in het driehoeksoverleg',
      fileName: 'convenant-jongerenwerk.pdf',
      contentBase64: PDF,
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().version).toBe(2);
    expect(await cover()).toMatchObject({ covered: true, covenant: { id, article: 'art. 5' } });
    // Not for a meeting kind or a task the covenant does not name.
    const weeg = await officer.get(
      `/api/netwerk/convenanten/dekking?organisatie=${jongerenwerk}&overleg=weegploeg`,
    );
    expect(weeg.json().covered).toBe(false);
    expect(
      await coveringCovenant(t.tdb.db, t.tenantId, jongerenwerk, {
        on: '2026-03-02',
        task: 'reageren_interveniëren',
      }),
    ).toBeNull();
    expect(await coveringCovenant(t.tdb.db, t.tenantId, jongerenwerk, { on: '2028-01-01' })).toBeNull();

    const detail = (await officer.get(`/api/netwerk/convenanten/${id}`)).json();
    expect(detail).toMatchObject({
      status: 'geldig',
      signatories: [{ name: 'Anouk Dekker', function: 'Directeur', organisation: { id: jongerenwerk } }],
      versions: [{ number: 1, fileName: 'convenant-jongerenwerk.pdf', mediaType: 'application/pdf' }],
    });
    const file = await officer.get(`/api/netwerk/convenanten/${id}/versies/${detail.versions[0].id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain('attachment');

    // Signatories are personal data of professionals: reads are logged.
    const log = await t.tdb.db.query<{ action: string; purpose: string }>(
      "SELECT action, purpose FROM access_log WHERE object_type = 'covenant' AND object_id = $1 ORDER BY id",
      [id],
    );
    expect(log.rows.map((x) => x.action)).toEqual(['create', 'read', 'read']);
    expect(log.rows[1]?.purpose).toBe('netwerk');
  });

  it('answers a change based on an older version with 409 and the version saved meanwhile', async () => {
    const { id } = (await officer.post('/api/netwerk/convenanten', covenant({ title: 'Versies' }))).json();
    const first = await officer.request('PUT', `/api/netwerk/convenanten/${id}`, {
      ...covenant({ title: 'Versies, eerste wijziging' }),
      version: 1,
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await officer.request('PUT', `/api/netwerk/convenanten/${id}`, {
      ...covenant({ title: 'Versies, tweede wijziging' }),
      version: 1,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().current).toMatchObject({ title: 'Versies, eerste wijziging', version: 2 });
    const version = await officer.post(`/api/netwerk/convenanten/${id}/versies`, {
      version: 1,
      signedOn: '2026-01-05',
      fileName: 'x.pdf',
      contentBase64: PDF,
    });
    expect(version.statusCode).toBe(409);
  });

  it('lets the policy advisor, privacy officer and administrator read; only the officer changes', async () => {
    const list = await policy.get('/api/netwerk/convenanten');
    expect(list.statusCode).toBe(200);
    expect(list.json().mayManage).toBe(false);
    expect((await policy.post('/api/netwerk/convenanten', covenant())).statusCode).toBe(403);
    expect((await admin.get('/api/netwerk/convenanten')).statusCode).toBe(200);
    expect((await police.get('/api/netwerk/convenanten')).statusCode).toBe(403);
    const other = await t.client(U.otherOfficer);
    const own = (await other.get('/api/netwerk/convenanten')).json();
    expect(own.covenants).toEqual([]);
    const anyId =
      own.covenants[0]?.id ?? (await officer.get('/api/netwerk/convenanten')).json().covenants[0].id;
    expect((await other.get(`/api/netwerk/convenanten/${anyId}`)).statusCode).toBe(404);
  });

  it('pages the list on the server, the first to end first', async () => {
    const first = (await officer.get('/api/netwerk/convenanten?limit=2')).json();
    expect(first.covenants).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const next = (await officer.get(`/api/netwerk/convenanten?limit=2&cursor=${first.nextCursor}`)).json();
    const ids = [...first.covenants, ...next.covenants].map((c: { id: string }) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const ends = [...first.covenants, ...next.covenants].map(
      (c: { endsOn: string | null }) => c.endsOn ?? '9999',
    );
    expect(ends).toEqual([...ends].sort());
    expect((await officer.get('/api/netwerk/convenanten?cursor=bm9wZQ')).statusCode).toBe(400);
  });
});

describe('where sharing happens', () => {
  it('warns when an invited organisation has no covenant, refuses when so configured, and records the covenant', async () => {
    const meeting = await planMeeting(officer, {
      type: 'signaleringsoverleg',
      startsAt: '2026-03-03T09:00:00.000Z',
      chairUserId: t.userId[U.officer],
    });
    const item = await placeOnAgenda(officer, meeting, {
      signalId: (await makeSignal(t, { person: 'Convenant Persoon' })).id,
    });
    const warned = await officer.post(`/api/agendapunten/${item}/uitnodigingen`, {
      organisationId: wijkteam,
      legalBasisId: basis,
    });
    expect(warned.statusCode, warned.body).toBe(201);
    expect(warned.json().covenantWarning.nl).toMatch(
      /^Let op: er is geen geldig convenant dat het delen met Wijkteam Lindeburg-Noord/,
    );
    expect(warned.json().covenantWarning.en).toMatch(/^Note: no valid covenant covers sharing with/);

    // Refusal, as the municipality may configure it (a versioned setting).
    const settings = (await officer.get('/api/netwerk/convenanten/instellingen')).json();
    const stale = await admin.request('PUT', '/api/netwerk/convenanten/instellingen', {
      enforcement: 'weigeren',
      warnDays: 60,
      version: settings.version + 1,
    });
    expect(stale.statusCode).toBe(409);
    const saved = await admin.request('PUT', '/api/netwerk/convenanten/instellingen', {
      enforcement: 'weigeren',
      warnDays: 60,
      version: settings.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const item2 = await placeOnAgenda(officer, meeting, {
      signalId: (await makeSignal(t, { person: 'Tweede Persoon' })).id,
    });
    const refused = await officer.post(`/api/agendapunten/${item2}/uitnodigingen`, {
      organisationId: wijkteam,
      legalBasisId: basis,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: 'organisationId' });
    expect(refused.json().errors[0].nl).toMatch(/staat delen zonder convenant niet toe/);

    // Covered: the disclosure names the covenant and its article.
    const { id } = (
      await officer.post(
        '/api/netwerk/convenanten',
        covenant({ title: 'Wijkteam', partyIds: [t.org.gemeente, wijkteam], signatories: [] }),
      )
    ).json();
    await officer.post(`/api/netwerk/convenanten/${id}/versies`, {
      version: 1,
      signedOn: '2026-01-02',
      fileName: 'r.pdf',
      contentBase64: PDF,
    });
    const covered = await officer.post(`/api/agendapunten/${item2}/uitnodigingen`, {
      organisationId: wijkteam,
      legalBasisId: basis,
    });
    expect(covered.statusCode, covered.body).toBe(201);
    expect(covered.json().covenantWarning ?? null).toBeNull();
    const d = await t.tdb.db.query<{ covenant_id: string | null; covenant_article: string | null }>(
      "SELECT covenant_id, covenant_article FROM disclosure WHERE object_type = 'agenda_item' AND object_id = $1",
      [item2],
    );
    expect(d.rows).toEqual([{ covenant_id: id, covenant_article: 'art. 5' }]);
    const register = (await (await t.client(U.privacy)).get('/api/privacy/verstrekkingen')).json().items;
    const entry = register.find((e: { objectId: string }) => e.objectId === item2);
    expect(entry.covenant).toEqual({ id, title: 'Wijkteam', article: 'art. 5' });

    await admin.request('PUT', '/api/netwerk/convenanten/instellingen', {
      enforcement: 'waarschuwen',
      warnDays: 90,
      version: settings.version + 1,
    });
  });

  it('warns when a partner without a covenant for the casusoverleg joins a case', async () => {
    const c = await makeCase(t);
    const r = await officer.post(`/api/casussen/${c.id}/deelnemers`, {
      organisationId: jongerenwerk,
      role: 'Jongerenwerker',
    });
    expect(r.statusCode, r.body).toBe(201);
    // The jongerenwerk covenant above covers the signaleringsoverleg only.
    expect(r.json().covenantWarning.nl).toMatch(/Jongerenwerk Lindeburg/);
  });

  it('names the covenants in force in the processing register', async () => {
    const register = (await policy.get('/api/privacy/verwerkingsregister')).json();
    const meetings = register.activities.find((a: { key: string }) => a.key === 'overleggen');
    // The covenants themselves are a processing: the signatories are personal data of professionals.
    expect(register.activities.find((a: { key: string }) => a.key === 'convenanten')?.subjects).toEqual([
      'Ondertekenaars namens de partijen (professionals)',
    ]);
    expect(meetings.legalBases).toContain(
      'Convenant "Convenant jongerenwerk Lindeburg", art. 5 (geldig tot en met 2027-12-31)',
    );
  });
});

describe('warnings to the officer', () => {
  it('lists ending and expired covenants on the home page and mails each warning once', async () => {
    const ending = (
      await officer.post(
        '/api/netwerk/convenanten',
        covenant({ title: 'Bijna afgelopen', endsOn: '2026-04-15', evaluationOn: '2026-03-10' }),
      )
    ).json().id;
    const ended = (
      await officer.post(
        '/api/netwerk/convenanten',
        covenant({ title: 'Afgelopen', startsOn: '2024-01-01', endsOn: '2026-02-01' }),
      )
    ).json().id;
    const attention = (await officer.get('/api/netwerk/convenanten/aandacht')).json().covenants;
    expect(attention.find((c: { id: string }) => c.id === ending).warnings).toEqual([
      { kind: 'verloopt', on: '2026-04-15' },
      { kind: 'evaluatie', on: '2026-03-10' },
    ]);
    expect(attention.find((c: { id: string }) => c.id === ended).warnings).toEqual([
      { kind: 'verlopen', on: '2026-02-01' },
    ]);
    expect((await officer.get(`/api/netwerk/convenanten/${ended}`)).json().status).toBe('verlopen');

    const now = t.clock.now();
    const queued = await queueCovenantWarnings(t.tdb.db, now);
    expect(queued).toBeGreaterThanOrEqual(3 * 2);
    expect(await queueCovenantWarnings(t.tdb.db, now)).toBe(0);
    const mails = await t.tdb.db.query<{ subject: string; recipient_user_id: string }>(
      "SELECT subject, recipient_user_id FROM meeting_outbox WHERE dedupe_key LIKE 'convenant:' || $1 || ':%'",
      [ended],
    );
    // Every aandachtsfunctionaris of Lindeburg, never the other municipality's.
    expect(mails.rows.map((m) => m.recipient_user_id).sort()).toEqual(
      [t.userId[U.officer], t.userId[U.officer2]].sort(),
    );
    expect(mails.rows[0]?.subject).toContain('Afgelopen');
  });
});
