import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../helpers/test-app.js';
import { createMeldpuntApp, fieldErrors, melding, signedIn, USERS } from './meldingen-fixtures.js';

let t: TestApp;
let officer: TestClient;
let privacy: TestClient;
let meldpunt: TestClient;

// Person A has a demo case; person B (Wessel Kuipers) is named together with A in one signal and alone in
// another. The reporter of the shared signal is a third party to both.
const B = {
  name: 'Wessel Kuipers',
  birthDate: '2007-01-19',
  address: 'Beukenstraat 3',
  school: 'Zonnecollege',
};
const REPORTER = { name: 'Karin Smit', email: 'karin@example.org' };

let personA: { id: string; name: string; casusId: string; casusRef: string };
let personB: string;
let otherCase: { reference: string; personName: string };
const refs = { shared: '', onlyA: '', onlyB: '', aivd: '' };

async function intake(by: TestClient, body: Record<string, unknown>) {
  const res = await by.post('/api/meldingen', { channel: 'telefoon', ...body });
  if (res.statusCode !== 201) throw new Error(res.body);
  const id = res.json().id as string;
  const d = (await by.get(`/api/meldingen/${id}`)).json();
  return { id, reference: d.reference as string, subjects: d.persons as Array<{ id: string }> };
}

async function link(by: TestClient, signalId: string, subjectId: string, body: Record<string, unknown>) {
  const version = (await by.get(`/api/meldingen/${signalId}`)).json().version;
  const res = await by.post(`/api/meldingen/${signalId}/betrokkenen/${subjectId}/koppeling`, {
    version,
    ...body,
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json().personId as string;
}

async function request(
  personId: string,
  kind: string,
  reason = 'Verzoek per brief; identiteit gecontroleerd aan de balie',
) {
  const res = await privacy.post('/api/privacy/verzoeken', {
    personId,
    kind,
    receivedOn: '2026-03-01',
    reason,
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await createMeldpuntApp();
  officer = await signedIn(t.app, USERS.officer);
  privacy = await signedIn(t.app, USERS.privacy);
  meldpunt = await signedIn(t.app, USERS.meldpunt);
  const cases = (await officer.get('/api/casussen?sort=geopend_nieuw&limit=100')).json().items as Array<{
    id: string;
    reference: string;
    person: { id: string; name: string };
  }>;
  const first = cases[0];
  if (!first) throw new Error('no demo case');
  const detail = (await officer.get(`/api/personen/${first.person.id}`)).json();
  personA = {
    id: first.person.id,
    name: detail.person.displayName,
    casusId: first.id,
    casusRef: first.reference,
  };

  const shared = await intake(meldpunt, {
    ...melding({
      reporter: { kind: 'inwoner', name: REPORTER.name, email: REPORTER.email, feedbackWanted: true },
      observations: [
        {
          description: `${personA.name} en ${B.name} delen samen filmpjes. Wessel woont aan de ${B.address} en zit op het ${B.school}.`,
          observedOn: '2026-02-20',
          place: 'online',
          source: 'eigen_waarneming',
        },
      ],
      persons: [
        { name: personA.name, relation: 'buurtbewoner' },
        {
          name: B.name,
          birthDate: B.birthDate,
          address: B.address,
          schoolOrWork: B.school,
          relation: 'buurtbewoner',
        },
      ],
    }),
  });
  refs.shared = shared.reference;
  await link(officer, shared.id, shared.subjects[0]?.id as string, {
    action: 'bevestigen',
    personId: personA.id,
  });
  personB = await link(officer, shared.id, shared.subjects[1]?.id as string, { action: 'nieuwe_persoon' });

  const onlyB = await intake(meldpunt, {
    ...melding({ persons: [{ name: B.name, birthDate: B.birthDate, relation: 'school' }] }),
  });
  refs.onlyB = onlyB.reference;
  await link(officer, onlyB.id, onlyB.subjects[0]?.id as string, { action: 'bevestigen', personId: personB });

  const aivd = await intake(officer, {
    ...melding({ persons: [{ name: personA.name, relation: 'geen' }] }),
    channel: 'ambtsbericht_aivd',
  });
  refs.aivd = aivd.reference;
  await link(officer, aivd.id, aivd.subjects[0]?.id as string, {
    action: 'bevestigen',
    personId: personA.id,
  });

  // A partner joins A's case: a disclosure with the covenant's basis.
  const orgs = (await officer.get('/api/organisations')).json() as Array<{
    id: string;
    name: string;
    kind: string;
  }>;
  const ggz = orgs.find((o) => o.name.startsWith('GGZ'));
  if (!ggz) throw new Error('no GGZ');
  const joined = await officer.post(`/api/casussen/${personA.casusId}/deelnemers`, {
    organisationId: ggz.id,
    role: 'Behandelaar',
  });
  expect(joined.statusCode).toBe(201);

  // A's own network names a sister (a third party to A); another person's case names A as a friend.
  const sister = await officer.post(`/api/casussen/${personA.casusId}/netwerk/personen`, {
    name: 'Sophie Verbrugge',
    relation: 'broer_zus',
    vulnerability: 'Sophie Verbrugge is zestien en kijkt tegen haar broer op.',
    preventiveCare: false,
  });
  expect(sister.statusCode, sister.body).toBe(201);
  const other = cases[1];
  if (!other) throw new Error('no second demo case');
  otherCase = { reference: other.reference, personName: other.person.name };
  const friend = await officer.post(`/api/casussen/${other.id}/netwerk/personen`, {
    name: personA.name,
    relation: 'vriend',
    vulnerability: `Goede vriend van ${other.person.name}; ziet hem dagelijks.`,
    preventiveCare: true,
    preventiveCareNote: 'Mentor via het jongerenwerk',
    linkedPersonId: personA.id,
  });
  expect(friend.statusCode, friend.body).toBe(201);
});
afterAll(() => t.close());

async function exportJson(requestId: string) {
  const res = await privacy.get(`/api/privacy/verzoeken/${requestId}/export.json`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="inzage-/);
  return { text: res.body, doc: res.json() };
}

describe('the export of everything held about one person', () => {
  it('contains every record about the person and nothing about anyone else', async () => {
    const rid = await request(personA.id, 'inzage');
    const { text, doc } = await exportJson(rid);
    expect(doc.person.displayName).toBe(personA.name);
    // Every signal of A the officer sees, except the AIVD ambtsbericht, is in it by reference.
    const timeline = (await officer.get(`/api/personen/${personA.id}`)).json().timeline as Array<{
      reference: string;
      channel: string;
    }>;
    const expected = timeline.filter((s) => s.channel !== 'ambtsbericht_aivd').map((s) => s.reference);
    expect(expected).toContain(refs.shared);
    const exported = (doc.signals as Array<{ reference?: string }>).flatMap((s) =>
      s.reference ? [s.reference] : [],
    );
    expect(exported.sort()).toEqual(expected.sort());
    expect(text).toContain(personA.casusRef);
    // The restricted source is withheld and marked, never shown.
    expect(text).not.toContain(refs.aivd);
    expect(doc.signals).toContainEqual({ withheld: true, reason: 'beperkte_bron', what: 'melding' });
    // Nothing about B, nor the reporter, and not B's other signal.
    for (const leak of [
      B.name,
      'Wessel',
      'Kuipers',
      B.birthDate,
      '19-01-2007',
      B.address,
      B.school,
      REPORTER.name,
      REPORTER.email,
      refs.onlyB,
    ]) {
      expect(text).not.toContain(leak);
    }
    const shared = (doc.signals as Array<Record<string, unknown>>).find(
      (s) => s.reference === refs.shared,
    ) as {
      observations: Array<{ description: string }>;
      reporter: unknown;
      otherPersons: unknown;
    };
    expect(shared.observations[0]?.description).toContain(personA.name);
    expect(shared.observations[0]?.description).toContain('[weggelaten: gegevens van een ander]');
    expect(shared.reporter).toEqual({ withheld: true, reason: 'melder', what: 'melder (inwoner)' });
    expect(shared.otherPersons).toMatchObject({ withheld: true, reason: 'derden' });
    expect(doc.withheld.reasons.map((r: { reason: string }) => r.reason).sort()).toEqual([
      'beperkte_bron',
      'derden',
      'melder',
    ]);
    // Who accessed it: the officer's reads of the person are listed with name and organisation.
    expect(doc.accessLog).toContainEqual(
      expect.objectContaining({ byName: 'Ahmed El Idrissi', action: 'read', objectType: 'person' }),
    );
    // Every meeting item and every measure about A, counted straight from the database.
    const count = async (sql: string) =>
      Number((await t.tdb.db.query<{ n: number }>(sql, [personA.id])).rows[0]?.n);
    const items = await count(
      `SELECT count(*)::int AS n FROM agenda_item i
        WHERE i.signal_id IN (SELECT signal_id FROM signal_subject WHERE person_id = $1)
           OR i.casus_id IN (SELECT id FROM casus WHERE person_id = $1)`,
    );
    expect(items).toBeGreaterThan(0);
    expect(doc.meetingItems).toHaveLength(items);
    const measures = await count(
      'SELECT count(*)::int AS n FROM casus_measure WHERE casus_id IN (SELECT id FROM casus WHERE person_id = $1)',
    );
    expect(measures).toBeGreaterThan(0);
    expect(doc.cases.flatMap((c: { measures: unknown[] }) => c.measures)).toHaveLength(measures);
    // A as a friend in someone else's network is part of it; whose case it is, is not.
    expect(doc.networkEntries).toEqual([
      expect.objectContaining({
        relation: 'vriend',
        preventiveCare: true,
        inCaseOf: expect.objectContaining({ withheld: true }),
      }),
    ]);
    expect(doc.networkEntries[0].vulnerability).toMatch(
      /^\[weggelaten: gegevens van een ander\]|Goede vriend/,
    );
    for (const leak of [otherCase.reference, otherCase.personName, 'Sophie', 'Verbrugge'])
      expect(text).not.toContain(leak);
    for (const part of otherCase.personName.split(' ').filter((p) => p.length >= 3))
      expect(text).not.toMatch(new RegExp(`\\b${part}\\b`));
    expect(JSON.stringify(doc.cases)).toMatch(
      /"reason":"derden","what":"\d+ persoon\/personen in het netwerk"/,
    );
    // The case's participants and the disclosure to the new partner are part of it.
    expect(JSON.stringify(doc.cases)).toContain('Behandelaar');
    expect(JSON.stringify(doc.disclosures)).toContain('GGZ');
  });

  it('exports the other person without the first one', async () => {
    const rid = await request(personB, 'inzage');
    const { text, doc } = await exportJson(rid);
    expect(doc.person.displayName).toBe(B.name);
    const exported = (doc.signals as Array<{ reference?: string }>).map((s) => s.reference).sort();
    expect(exported).toEqual([refs.shared, refs.onlyB].sort());
    for (const leak of [personA.name, personA.casusRef, refs.aivd, REPORTER.name])
      expect(text).not.toContain(leak);
    for (const part of personA.name.split(' ').filter((p) => p.length >= 3))
      expect(text).not.toMatch(new RegExp(`\\b${part}\\b`));
  });

  it('gives a readable PDF, logs the export and registers it as a disclosure to the person', async () => {
    const rid = await request(personA.id, 'inzage');
    const res = await privacy.get(`/api/privacy/verzoeken/${rid}/export.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const register = (
      await privacy.get(`/api/privacy/verstrekkingen/personen/${personA.id}`)
    ).json() as Array<{
      objectType: string;
      recipient: string;
      legalBasis: { code: string };
    }>;
    expect(register).toContainEqual(
      expect.objectContaining({
        objectType: 'subject_export',
        recipient: 'Betrokkene zelf (inzageverzoek)',
        legalBasis: expect.objectContaining({ code: 'avg_art_15' }),
      }),
    );
    const log = (await privacy.get('/api/access-log?action=export&objectType=person')).json()
      .entries as Array<{ personId: string; purpose: string }>;
    expect(log).toContainEqual(
      expect.objectContaining({ personId: personA.id, purpose: 'rechten_betrokkene' }),
    );
  });

  it('is only for the privacy officer, and only within the own municipality', async () => {
    const rid = await request(personA.id, 'inzage');
    expect((await officer.get(`/api/privacy/verzoeken/${rid}/export.json`)).statusCode).toBe(403);
    expect((await meldpunt.get('/api/privacy/verzoeken')).statusCode).toBe(403);
    const other = await signedIn(t.app, USERS.otherAdmin);
    expect((await other.get(`/api/privacy/verzoeken/${rid}`)).statusCode).toBe(403);
    expect(
      (await privacy.get('/api/privacy/verzoeken/00000000-0000-4000-8000-000000000000/export.json'))
        .statusCode,
    ).toBe(404);
  });

  it('asks for a reason and a valid date when registering a request', async () => {
    const res = await privacy.post('/api/privacy/verzoeken', {
      personId: personA.id,
      kind: 'inzage',
      receivedOn: '2026-13-01',
      reason: ' ',
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(fieldErrors(res.json()))).toEqual(['reason']);
    const date = await privacy.post('/api/privacy/verzoeken', {
      personId: personA.id,
      kind: 'inzage',
      receivedOn: '2026-13-01',
      reason: 'Brief',
    });
    expect(fieldErrors(date.json()).receivedOn?.en).toMatch(/valid date/);
  });
});

describe('rectification, restriction and erasure', () => {
  it('rectifies a field with the reason and refuses a stale version', async () => {
    const rid = await request(personB, 'rectificatie');
    const detail = (await privacy.get(`/api/privacy/verzoeken/${rid}`)).json();
    const body = {
      personVersion: detail.person.version,
      reason: 'Geboortedatum volgens paspoort',
      changes: { birthDate: '2007-01-20' },
    };
    expect((await privacy.post(`/api/privacy/verzoeken/${rid}/rectificatie`, body)).statusCode).toBe(200);
    expect((await privacy.post(`/api/privacy/verzoeken/${rid}/rectificatie`, body)).statusCode).toBe(409);
    const after = (await privacy.get(`/api/privacy/verzoeken/${rid}`)).json();
    expect(after.person.birthDate).toBe('2007-01-20');
    expect(after.rectifications).toEqual([
      expect.objectContaining({
        field: 'birthDate',
        reason: 'Geboortedatum volgens paspoort',
        byName: 'Pieter de Boer',
      }),
    ]);
  });

  it('flags a restricted person where it is shown, until it is lifted', async () => {
    const rid = await request(personB, 'beperking');
    const res = await privacy.post(`/api/privacy/verzoeken/${rid}/beperkingen`, {
      scope: 'Alle gegevens',
      reason: 'Juistheid betwist',
    });
    expect(res.statusCode).toBe(201);
    const flag = (await meldpunt.get(`/api/personen/${personB}/beperkingen`)).json();
    expect(flag).toEqual([
      expect.objectContaining({ scope: 'Alle gegevens', reason: 'Juistheid betwist', liftedAt: null }),
    ]);
    const lifted = await privacy.post(`/api/privacy/verzoeken/${rid}/beperkingen/${res.json().id}/opheffen`, {
      reason: 'Gecorrigeerd',
    });
    expect(lifted.statusCode).toBe(200);
    expect((await meldpunt.get(`/api/personen/${personB}/beperkingen`)).json()).toEqual([]);
  });

  it('refuses erasure while a case is open, with the reason, and closes the request as refused', async () => {
    const rid = await request(personA.id, 'wissen');
    const version = (await privacy.get(`/api/privacy/verzoeken/${rid}`)).json().request.version;
    const res = await privacy.post(`/api/privacy/verzoeken/${rid}/wissen`, { version });
    expect(res.statusCode).toBe(200);
    expect(res.json().erased).toBe(false);
    expect(res.json().reason.nl).toMatch(/casus/);
    const after = (await privacy.get(`/api/privacy/verzoeken/${rid}`)).json();
    expect(after.request.status).toBe('geweigerd');
    expect(after.request.outcome).toMatch(/casus/);
    expect((await officer.get(`/api/personen/${personA.id}`)).statusCode).toBe(200);
  });

  it('erases a person whose signals are closed: their own signal goes, the shared one keeps only the others', async () => {
    const s = await intake(meldpunt, {
      ...melding({
        persons: [
          { name: 'Olaf Grevink', birthDate: '2001-02-02', relation: 'geen' },
          { name: 'Tess Ruiter', relation: 'geen' },
        ],
      }),
    });
    const own = await intake(meldpunt, {
      ...melding({ persons: [{ name: 'Olaf Grevink', relation: 'geen' }] }),
    });
    const olaf = await link(officer, s.id, s.subjects[0]?.id as string, { action: 'nieuwe_persoon' });
    await link(officer, own.id, own.subjects[0]?.id as string, { action: 'bevestigen', personId: olaf });
    for (const id of [s.id, own.id]) {
      const version = (await meldpunt.get(`/api/meldingen/${id}`)).json().version;
      const closed = await meldpunt.post(`/api/meldingen/${id}/status`, {
        version,
        to: 'afgesloten',
        closeReason: 'geen_zorgen',
      });
      expect(closed.statusCode).toBe(200);
    }
    const rid = await request(olaf, 'wissen');
    const version = (await privacy.get(`/api/privacy/verzoeken/${rid}`)).json().request.version;
    const res = await privacy.post(`/api/privacy/verzoeken/${rid}/wissen`, { version });
    expect(res.json()).toEqual({ erased: true, reason: null });
    expect((await officer.get(`/api/personen/${olaf}`)).statusCode).toBe(404);
    expect((await meldpunt.get(`/api/meldingen/${own.id}`)).statusCode).toBe(404);
    const shared = (await meldpunt.get(`/api/meldingen/${s.id}`)).json();
    expect(JSON.stringify(shared)).not.toContain('Olaf');
    expect(JSON.stringify(shared)).toContain('Tess Ruiter');
    const after = (await privacy.get(`/api/privacy/verzoeken/${rid}`)).json();
    expect(after.request).toMatchObject({ status: 'afgehandeld', personId: null });
  });
});

describe('the disclosure register', () => {
  it('records a partner joining a case with its legal basis, per case and per person', async () => {
    const perCase = await privacy.get(`/api/privacy/verstrekkingen/casussen/${personA.casusId}`);
    expect(perCase.statusCode).toBe(200);
    const entry = (perCase.json().entries as Array<Record<string, unknown>>).find(
      (e) => e.objectType === 'casus_participation' && String(e.recipient).startsWith('GGZ'),
    );
    expect(entry).toMatchObject({
      disclosedByName: 'Ahmed El Idrissi',
      legalBasis: expect.objectContaining({ code: 'convenant_pga_deelname' }),
    });
    const perPerson = (
      await officer.get(`/api/privacy/verstrekkingen/personen/${personA.id}`)
    ).json() as Array<{ id: number }>;
    expect(perPerson.map((e) => e.id)).toContain(entry?.id);
    const perB = (await privacy.get(`/api/privacy/verstrekkingen/personen/${personB}`)).json() as Array<{
      id: number;
    }>;
    expect(perB.map((e) => e.id)).not.toContain(entry?.id);
  });

  it('lets only the privacy officer see the whole register', async () => {
    expect((await officer.get('/api/privacy/verstrekkingen')).statusCode).toBe(403);
    const all = await privacy.get('/api/privacy/verstrekkingen');
    expect(all.statusCode).toBe(200);
    expect(all.json().items.length).toBeGreaterThan(0);
    const bases = (await privacy.get('/api/privacy/grondslagen')).json() as Array<{ code: string }>;
    expect(bases.map((b) => b.code)).toEqual(
      expect.arrayContaining(['avg_art_15', 'convenant_pga_deelname', 'wpg_art_20']),
    );
  });
});

describe('the disclosure register in pages', () => {
  it('pages the whole register newest first by cursor, each page logged naming its entries', async () => {
    const all: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await privacy.get(
        `/api/privacy/verstrekkingen?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as {
        items: Array<{ id: number; disclosedAt: string }>;
        nextCursor: string | null;
      };
      expect(page.items.length).toBeLessThanOrEqual(2);
      const log = await t.tdb.db.query<{ object_id: string | null }>(
        "SELECT object_id FROM access_log WHERE object_type = 'disclosure_register' AND action = 'list' ORDER BY id DESC LIMIT 1",
      );
      expect(log.rows[0]?.object_id).toBe(page.items.map((e) => e.id).join(',') || null);
      all.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    const direct = await t.tdb.db.query<{ id: string }>(
      `SELECT d.id FROM disclosure d JOIN app_user u ON u.id = d.disclosed_by
        WHERE d.tenant_id = (SELECT tenant_id FROM disclosure WHERE id = $1) ORDER BY d.disclosed_at DESC, d.id DESC`,
      [all[0]],
    );
    expect(all).toEqual(direct.rows.map((r) => Number(r.id)));
    expect(pages).toBeGreaterThan(1);
  });

  it('refuses a page reference that is not one of its own, naming the field', async () => {
    for (const cursor of [
      'x',
      Buffer.from('{"at":"2026-01-01T00:00:00.000000Z","seq":"een"}').toString('base64url'),
    ]) {
      const res = await privacy.get(`/api/privacy/verstrekkingen?cursor=${cursor}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field: 'cursor' });
    }
  });
});

describe('the processing register', () => {
  it('is generated from the configuration: partners as recipients, retention terms, legal bases', async () => {
    const res = await privacy.get('/api/privacy/verwerkingsregister');
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.controller).toBe('Gemeente Lindeburg');
    const cases = r.activities.find((a: { key: string }) => a.key === 'casussen');
    expect(cases.recipients).toEqual(expect.arrayContaining(['Politie (CTER)', 'GGZ', 'Jeugdzorg']));
    expect(cases.retention.join(' ')).toMatch(/Afgesloten casus: 5 jaar/);
    expect(cases.legalBases.join(' ')).toMatch(/Art. 6 lid 1 sub e AVG/);
    const intake = r.activities.find((a: { key: string }) => a.key === 'meldpunt');
    expect(intake.retention.join(' ')).toMatch(/Melding afgesloten zonder vervolg: 1 jaar/);
    expect(JSON.stringify(r)).not.toContain(personA.name);
    expect((await meldpunt.get('/api/privacy/verwerkingsregister')).statusCode).toBe(403);
    const admin = await signedIn(t.app, USERS.admin);
    expect((await admin.get('/api/privacy/verwerkingsregister')).statusCode).toBe(200);
  });
});

describe('the list of requests', () => {
  it('pages by cursor, newest first, without a request twice; counts the open ones; one log entry a page', async () => {
    for (const kind of ['inzage', 'beperking', 'inzage']) await request(personA.id, kind);
    const all = (await privacy.get('/api/privacy/verzoeken?limit=100')).json();
    expect(all.items.length).toBeGreaterThanOrEqual(3);
    expect(all.openCount).toBe(all.items.filter((r: { status: string }) => r.status === 'open').length);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await privacy.get(`/api/privacy/verzoeken?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.statusCode, r.body).toBe(200);
      paged.push(...r.json().items.map((x: { id: string }) => x.id));
      cursor = r.json().nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.items.map((x: { id: string }) => x.id));
    const open = (await privacy.get('/api/privacy/verzoeken?status=open&limit=100')).json();
    expect(open.items.every((r: { status: string }) => r.status === 'open')).toBe(true);
    const bad = await privacy.get('/api/privacy/verzoeken?cursor=nonsense');
    expect(bad.statusCode).toBe(400);
    expect(fieldErrors(bad.json()).cursor).toBeDefined();
    const log = await t.tdb.db.query<{ object_id: string }>(
      `SELECT object_id FROM access_log WHERE object_type = 'subject_request' AND action = 'list'
        ORDER BY id DESC LIMIT 1`,
    );
    expect(log.rows[0]?.object_id.split(',')).toEqual(open.items.map((x: { id: string }) => x.id));
  });
});
