import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/test-app.js';
import {
  createOverlegApp,
  decide,
  legalBasisId,
  makeSignal,
  type OverlegTestApp,
  placeOnAgenda,
  planMeeting,
  signalState,
  U,
} from './overleggen-fixtures.js';

let t: OverlegTestApp;
let officer: TestClient;
let basis: string;
beforeAll(async () => {
  t = await createOverlegApp();
  officer = await t.client(U.officer);
  basis = await legalBasisId(officer);
});
afterAll(() => t.close());

const TOMORROW = '2026-03-03T09:00:00.000Z';

/** Every candidate for a meeting's agenda, page by page; each page at most its limit. */
async function allCandidates(c: TestClient, meeting: string): Promise<unknown[]> {
  const all: unknown[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const page = (
      await c.get(`/api/overleggen/${meeting}/kandidaten?limit=10${cursor ? `&cursor=${cursor}` : ''}`)
    ).json() as { items: unknown[]; nextCursor: string | null };
    expect(page.items.length).toBeLessThanOrEqual(10);
    all.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return all;
}
const DAY = 86_400_000;

describe('planning a meeting', () => {
  it('plans a signaleringsoverleg with gemeente, politie and OM as standing members by default', async () => {
    const id = await planMeeting(officer, {
      type: 'signaleringsoverleg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.officer],
    });
    const m = (await officer.get(`/api/overleggen/${id}`)).json();
    expect(m.title).toBe('Signaleringsoverleg');
    expect(m.status).toBe('voorbereiding');
    expect(m.organiser.id).toBe(t.tenantId);
    expect(m.chair.name).toBe(U.officer);
    expect(m.members.map((o: { organisationId: string }) => o.organisationId).sort()).toEqual(
      [t.org.gemeente, t.org.politie, t.org.om].sort(),
    );
    expect(m.permissions).toMatchObject({ manage: true, recordDecisions: true });
  });

  it('names every wrong field in Dutch and English and saves nothing', async () => {
    const before = await t.tdb.db.query('SELECT count(*)::int AS n FROM meeting');
    const res = await officer.post('/api/overleggen', {
      type: 'weegploeg',
      startsAt: TOMORROW,
      endsAt: '2026-03-03T08:00:00.000Z',
      onlineUrl: 'http://meet.example.nl/x',
      chairUserId: t.userId[U.police],
      memberOrganisationIds: [t.org.oosterveen],
    });
    expect(res.statusCode).toBe(400);
    const fields = Object.fromEntries(
      (res.json().errors as Array<{ field: string; nl: string; en: string }>).map((e) => [e.field, e]),
    );
    expect(Object.keys(fields).sort()).toEqual([
      'chairUserId',
      'endsAt',
      'memberOrganisationIds.0',
      'onlineUrl',
    ]);
    expect(fields.endsAt?.nl).toBe('De eindtijd moet na de begintijd liggen.');
    expect(fields.onlineUrl?.en).toBe('Enter a web address starting with https://.');
    const missing = await officer.post('/api/overleggen', {
      type: 'weegploeg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.mayor],
      location: '',
    });
    expect(missing.json().errors.map((e: { field: string }) => e.field)).toEqual(['location']);
    const after = await t.tdb.db.query('SELECT count(*)::int AS n FROM meeting');
    expect(after.rows).toEqual(before.rows);
  });

  it('lets the meldpunt organise a triage but not a weegploeg, and refuses other roles', async () => {
    const meldpunt = await t.client(U.meldpunt);
    const triage = await meldpunt.post('/api/overleggen', {
      type: 'signaleringsoverleg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.meldpunt],
      location: 'x',
    });
    expect(triage.statusCode).toBe(201);
    const weegploeg = await meldpunt.post('/api/overleggen', {
      type: 'weegploeg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.mayor],
      location: 'x',
    });
    expect(weegploeg.statusCode).toBe(403);
    const police = await t.client(U.police);
    expect(
      (
        await police.post('/api/overleggen', {
          type: 'casusoverleg',
          startsAt: TOMORROW,
          chairUserId: t.userId[U.officer],
          location: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const policy = await t.client(U.policy);
    expect((await policy.get('/api/overleggen')).statusCode).toBe(403);
  });

  it('plans a weekly series as separate meetings at the same local time', async () => {
    const res = await officer.post('/api/overleggen/reeksen', {
      type: 'signaleringsoverleg',
      frequency: 'wekelijks',
      startDate: '2026-03-17',
      startTime: '09:30',
      durationMinutes: 60,
      count: 3,
      onlineUrl: 'https://meet.example.nl/triage',
      chairUserId: t.userId[U.officer],
    });
    expect(res.statusCode).toBe(201);
    const ids = res.json().meetingIds as string[];
    expect(ids).toHaveLength(3);
    const starts = [];
    for (const id of ids) starts.push((await officer.get(`/api/overleggen/${id}`)).json().startsAt);
    // 09:30 in Amsterdam: winter time, then summer time from 29 March.
    expect(starts).toEqual([
      '2026-03-17T08:30:00.000Z',
      '2026-03-24T08:30:00.000Z',
      '2026-03-31T07:30:00.000Z',
    ]);
    const list = (
      await officer.get('/api/overleggen?from=2026-03-16&to=2026-04-05&type=signaleringsoverleg')
    ).json().items;
    expect(list.filter((m: { seriesId: string | null }) => m.seriesId === res.json().id)).toHaveLength(3);
  });
});

describe('the meetings list in pages', () => {
  it('pages the coming meetings earliest first and the past ones latest first, one log entry per page', async () => {
    const series = await officer.post('/api/overleggen/reeksen', {
      type: 'weegploeg',
      frequency: 'wekelijks',
      startDate: '2026-06-02',
      startTime: '14:00',
      durationMinutes: 60,
      count: 5,
      location: 'Stadhuis',
      chairUserId: t.userId[U.officer],
    });
    expect(series.statusCode, series.body).toBe(201);
    const ids = series.json().meetingIds as string[];
    const period = 'from=2026-06-01&to=2026-07-31&type=weegploeg';
    const read = async (c: TestClient, query: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await c.get(`/api/overleggen?${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.statusCode, res.body).toBe(200);
        const page = res.json() as { items: Array<{ id: string }>; nextCursor: string | null };
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((m) => m.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      return { seen, pages };
    };
    const coming = await read(officer, `${period}&when=coming`);
    expect(coming.seen).toEqual(ids);
    expect(coming.pages).toBe(3);
    const log = await t.tdb.db.query<{ object_id: string | null }>(
      `SELECT object_id FROM access_log WHERE actor_user_id = $1 AND object_type = 'overleg_list' AND action = 'list'
        ORDER BY id DESC LIMIT 3`,
      [t.userId[U.officer]],
    );
    expect(log.rows.map((r) => r.object_id).reverse()).toEqual([
      `${ids[0]},${ids[1]}`,
      `${ids[2]},${ids[3]}`,
      `${ids[4]}`,
    ]);
    // Nothing of June has passed yet; a period that has gives its meetings latest first.
    expect((await read(officer, `${period}&when=past`)).seen).toEqual([]);
    const earlier = await read(officer, 'from=2026-01-01&to=2026-07-31&when=past');
    expect(earlier.seen).not.toContain(ids[0]);
    // A partner that takes part in none of them gets none, in a bounded number of requests.
    const youthCare = await t.client(U.youthCare);
    expect((await read(youthCare, `${period}&when=coming`)).seen).toEqual([]);
  });

  it('refuses a page reference that is not one of its own, naming the field', async () => {
    for (const cursor of ['x', Buffer.from('{"startsAt":"gisteren","id":"x"}').toString('base64url')]) {
      const res = await officer.get(`/api/overleggen?cursor=${cursor}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field: 'cursor', nl: 'Ongeldige paginaverwijzing.' });
    }
  });
});

describe('the agenda of a signaleringsoverleg', () => {
  it('puts a signal on the agenda through the meldpunt state machine, once', async () => {
    const meeting = await planMeeting(officer, {
      type: 'signaleringsoverleg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.officer],
    });
    const s = await makeSignal(t);
    const candidates = (await allCandidates(officer, meeting)) as Array<{
      id: string;
    }>;
    expect(candidates.map((c) => c.id)).toContain(s.id);
    const item = await placeOnAgenda(officer, meeting, { signalId: s.id });
    expect((await signalState(t, s.id)).status).toBe('geagendeerd');
    const events = await t.tdb.db.query<{ to_status: string; actor_name: string }>(
      "SELECT to_status, actor_name FROM signal_event WHERE signal_id = $1 AND kind = 'status'",
      [s.id],
    );
    expect(events.rows).toEqual([{ to_status: 'geagendeerd', actor_name: U.officer }]);
    const detail = (await officer.get(`/api/agendapunten/${item}`)).json();
    expect(detail.title).toBe(`Signaal ${s.reference}`);
    expect(detail.signal.reference).toBe(s.reference);
    expect(detail.persons.map((p: { id: string }) => p.id)).toEqual([s.personId]);
    const again = await officer.post(`/api/overleggen/${meeting}/agendapunten`, { signalId: s.id });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0]).toMatchObject({
      field: 'signalId',
      nl: 'Dit signaal staat al op de agenda van een overleg.',
    });
  });

  it('refuses a signal without phenomenon, a case on a triage, and a signal of another municipality', async () => {
    const meeting = await planMeeting(officer, {
      type: 'signaleringsoverleg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.officer],
    });
    const bare = await makeSignal(t, { withCategory: false });
    const r1 = await officer.post(`/api/overleggen/${meeting}/agendapunten`, { signalId: bare.id });
    expect(r1.json().errors[0].nl).toMatch(/fenomeen/);
    expect((await signalState(t, bare.id)).status).toBe('in_behandeling');
    const other = await t.client(U.otherOfficer);
    const theirs = await planMeeting(other, {
      type: 'signaleringsoverleg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.otherOfficer],
    });
    const r2 = await other.post(`/api/overleggen/${theirs}/agendapunten`, {
      signalId: (await makeSignal(t)).id,
    });
    expect(r2.statusCode).toBe(400);
    expect(r2.json().errors[0].field).toBe('signalId');
    const r3 = await officer.post(`/api/overleggen/${meeting}/agendapunten`, {
      casusId: crypto.randomUUID(),
    });
    expect(r3.statusCode).toBe(400);
  });

  it('gives the signal back to the meldpunt when its item is taken off, and when the meeting is cancelled', async () => {
    const meeting = await planMeeting(officer, {
      type: 'signaleringsoverleg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.officer],
    });
    const a = await makeSignal(t);
    const b = await makeSignal(t);
    const itemA = await placeOnAgenda(officer, meeting, { signalId: a.id });
    await placeOnAgenda(officer, meeting, { signalId: b.id });
    const removed = await officer.delete(`/api/agendapunten/${itemA}?version=1`);
    expect(removed.statusCode).toBe(204);
    expect((await signalState(t, a.id)).status).toBe('in_behandeling');
    const m = (await officer.get(`/api/overleggen/${meeting}`)).json();
    expect(
      (await officer.post(`/api/overleggen/${meeting}/annuleren`, { version: m.version })).statusCode,
    ).toBe(200);
    expect((await signalState(t, b.id)).status).toBe('in_behandeling');
    const note = await t.tdb.db.query<{ note: string }>(
      "SELECT note FROM signal_event WHERE signal_id = $1 AND to_status = 'in_behandeling' ORDER BY id DESC LIMIT 1",
      [b.id],
    );
    expect(note.rows[0]?.note).toMatch(/^Het signaleringsoverleg van .* is geannuleerd\.$/);
    expect(
      (await officer.post(`/api/overleggen/${meeting}/agendapunten`, { signalId: a.id })).statusCode,
    ).toBe(400);
  });
});

describe('need to know, through the API', () => {
  let meeting: string;
  let schoolItem: string;
  let otherItem: string;
  let restrictedItem: string;
  let school: TestClient;
  let police: TestClient;
  let youthCare: TestClient;
  beforeAll(async () => {
    meeting = await planMeeting(officer, {
      type: 'signaleringsoverleg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.officer],
    });
    schoolItem = await placeOnAgenda(officer, meeting, {
      signalId: (await makeSignal(t, { person: 'Bram Schoolkind' })).id,
    });
    otherItem = await placeOnAgenda(officer, meeting, {
      signalId: (await makeSignal(t, { person: 'Daan Anders' })).id,
    });
    restrictedItem = await placeOnAgenda(officer, meeting, {
      signalId: (await makeSignal(t, { restricted: true, person: 'Geheime Persoon' })).id,
    });
    const invited = await officer.post(`/api/agendapunten/${schoolItem}/uitnodigingen`, {
      organisationId: t.org.school,
      legalBasisId: basis,
    });
    expect(invited.statusCode).toBe(201);
    school = await t.client(U.school);
    police = await t.client(U.police);
    youthCare = await t.client(U.youthCare);
  });

  it('shows an invited partner only its own item', async () => {
    const list = (await school.get('/api/overleggen?from=2026-03-01&to=2026-03-31')).json().items as Array<{
      id: string;
      visibleItems: number;
      standing: string | null;
    }>;
    expect(list.find((m) => m.id === meeting)).toMatchObject({ visibleItems: 1, standing: null });
    const m = (await school.get(`/api/overleggen/${meeting}`)).json();
    expect(m.items.map((i: { id: string }) => i.id)).toEqual([schoolItem]);
    expect(m.minutes.generalText).toBeNull();
    expect(m.permissions.manage).toBe(false);
    expect(JSON.stringify(m)).not.toMatch(/Daan Anders|Geheime Persoon/);
    expect((await school.get(`/api/agendapunten/${schoolItem}`)).statusCode).toBe(200);
    for (const id of [otherItem, restrictedItem]) {
      const res = await school.get(`/api/agendapunten/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().message.nl).toBe('Dit onderdeel bestaat niet (meer).');
    }
  });

  it('hides the whole meeting from a partner that is not invited', async () => {
    expect((await youthCare.get(`/api/overleggen/${meeting}`)).statusCode).toBe(404);
    expect((await youthCare.get(`/api/agendapunten/${schoolItem}`)).statusCode).toBe(404);
    const list = (await youthCare.get('/api/overleggen?from=2026-03-01&to=2026-03-31')).json()
      .items as Array<{
      id: string;
    }>;
    expect(list.map((x) => x.id)).not.toContain(meeting);
    const other = await t.client(U.otherOfficer);
    expect((await other.get(`/api/overleggen/${meeting}`)).statusCode).toBe(404);
    expect((await other.get(`/api/agendapunten/${otherItem}`)).statusCode).toBe(404);
  });

  it('shows standing members the whole agenda except an AIVD ambtsbericht', async () => {
    const m = (await police.get(`/api/overleggen/${meeting}`)).json();
    expect(m.standing).toBe('member');
    expect(m.items.map((i: { id: string }) => i.id)).toEqual([schoolItem, otherItem]);
    const meldpunt = await t.client(U.meldpunt);
    expect((await meldpunt.get(`/api/overleggen/${meeting}`)).json().items).toHaveLength(2);
    expect((await meldpunt.get(`/api/agendapunten/${restrictedItem}`)).statusCode).toBe(404);
    expect((await officer.get(`/api/overleggen/${meeting}`)).json().items).toHaveLength(3);
    // The mayor sees weegploeg meetings, not this triage.
    const mayor = await t.client(U.mayor);
    expect((await mayor.get(`/api/overleggen/${meeting}`)).statusCode).toBe(404);
  });

  it('shows invitations to the organiser only, and records the invitation as a disclosure', async () => {
    const forOfficer = (await officer.get(`/api/agendapunten/${schoolItem}`)).json();
    expect(forOfficer.invitations.map((i: { organisationId: string }) => i.organisationId)).toEqual([
      t.org.school,
    ]);
    const forPolice = (await police.get(`/api/agendapunten/${schoolItem}`)).json();
    expect(forPolice.invitations).toEqual([]);
    const d = await t.tdb.db.query<{
      recipient_organisation_id: string;
      legal_basis_id: string;
      disclosed_by: string;
      description: string;
    }>(
      "SELECT recipient_organisation_id, legal_basis_id, disclosed_by, description FROM disclosure WHERE object_type = 'agenda_item' AND object_id = $1",
      [schoolItem],
    );
    expect(d.rows).toEqual([
      {
        recipient_organisation_id: t.org.school,
        legal_basis_id: basis,
        disclosed_by: t.userId[U.officer],
        description: 'Agendapunt signaleringsoverleg 03-03-2026',
      },
    ]);
  });

  it('writes every read to the access log, and every refusal as denied', async () => {
    await school.get(`/api/agendapunten/${schoolItem}`);
    await school.get(`/api/agendapunten/${otherItem}`);
    const rows = await t.tdb.db.query<{ object_id: string; result: string; person_id: string | null }>(
      `SELECT object_id, result, person_id FROM access_log
        WHERE actor_user_id = $1 AND object_type = 'overleg_item' ORDER BY id`,
      [t.userId[U.school]],
    );
    expect(
      rows.rows.some((r) => r.object_id === schoolItem && r.result === 'ok' && r.person_id !== null),
    ).toBe(true);
    expect(rows.rows.some((r) => r.object_id === otherItem && r.result === 'denied')).toBe(true);
    expect(rows.rows.some((r) => r.object_id === otherItem && r.result === 'ok')).toBe(false);
  });

  it('lets an invited partner and a standing member contribute, each marked with organisation and legal basis', async () => {
    const wpg = await legalBasisId(police, 'wpg_art_16');
    expect(
      (
        await police.post(`/api/agendapunten/${schoolItem}/bijdragen`, {
          text: 'Bekend bij de wijkagent.',
          legalBasisId: wpg,
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await school.post(`/api/agendapunten/${schoolItem}/bijdragen`, {
          text: 'Verzuim sinds januari.',
          legalBasisId: basis,
        })
      ).statusCode,
    ).toBe(201);
    const detail = (await school.get(`/api/agendapunten/${schoolItem}`)).json();
    expect(
      detail.contributions.map(
        (c: {
          organisation: { id: string };
          legalBasis: { id: string };
          text: string;
          editable: boolean;
        }) => [c.organisation.id, c.legalBasis.id, c.text, c.editable],
      ),
    ).toEqual([
      [t.org.politie, wpg, 'Bekend bij de wijkagent.', false],
      [t.org.school, basis, 'Verzuim sinds januari.', true],
    ]);
    const reads = await t.tdb.db.query(
      "SELECT 1 FROM access_log WHERE actor_user_id = $1 AND object_type = 'overleg_bijdrage' AND action = 'read'",
      [t.userId[U.school]],
    );
    expect(reads.rowCount).toBeGreaterThanOrEqual(2);
    expect(
      (await youthCare.post(`/api/agendapunten/${schoolItem}/bijdragen`, { text: 'x', legalBasisId: basis }))
        .statusCode,
    ).toBe(404);
    const bad = await school.post(`/api/agendapunten/${schoolItem}/bijdragen`, {
      text: '',
      legalBasisId: crypto.randomUUID(),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['text']);
    const unknownBasis = await school.post(`/api/agendapunten/${schoolItem}/bijdragen`, {
      text: 'x',
      legalBasisId: crypto.randomUUID(),
    });
    expect(unknownBasis.json().errors).toEqual([
      {
        field: 'legalBasisId',
        nl: 'Kies een grondslag uit de lijst.',
        en: 'Choose a legal basis from the list.',
      },
    ]);
  });

  it('tells participants about the published agenda without any content', async () => {
    const m = (await officer.get(`/api/overleggen/${meeting}`)).json();
    const res = await officer.post(`/api/overleggen/${meeting}/agenda-publiceren`, { version: m.version });
    expect(res.statusCode).toBe(200);
    const mails = await t.tdb.db.query<{ display_name: string; subject: string; body: string }>(
      `SELECT u.display_name, o.subject, o.body FROM meeting_outbox o JOIN app_user u ON u.id = o.recipient_user_id
        WHERE o.kind = 'agenda' AND o.created_at = $1 ORDER BY u.display_name`,
      [t.clock.now()],
    );
    const names = mails.rows.map((r) => r.display_name);
    // Standing politie and OM, the meldpunt, the second officer, the invited school; not jeugdzorg, not the publisher.
    expect(names).toEqual([U.om, U.officer2, U.school, U.police, U.police2, U.meldpunt].sort());
    expect(res.json().notified).toBe(names.length);
    for (const r of mails.rows) {
      expect(r.body).toContain(
        'De agenda staat klaar voor het signaleringsoverleg van 3 maart 2026 om 10:00',
      );
      expect(`${r.subject} ${r.body}`).not.toMatch(/M-2026|Bram|Daan|Geheime|Verzuim|wijkagent/);
    }
  });
});

describe('two people editing the same thing', () => {
  it('answers the second save of an item with a conflict carrying the other version', async () => {
    const meeting = await planMeeting(officer, {
      type: 'signaleringsoverleg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.officer],
    });
    const item = await placeOnAgenda(officer, meeting, { signalId: (await makeSignal(t)).id });
    const other = await t.client(U.officer2);
    const first = await officer.patch(`/api/agendapunten/${item}`, {
      version: 1,
      notes: 'Toelichting van Ahmed',
    });
    expect(first.json()).toEqual({ id: item, version: 2 });
    const second = await other.patch(`/api/agendapunten/${item}`, {
      version: 1,
      notes: 'Toelichting van Iris',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('conflict');
    expect(second.json().message.nl).toMatch(/Iemand anders heeft dit intussen gewijzigd/);
    expect(second.json().current).toMatchObject({ id: item, notes: 'Toelichting van Ahmed', version: 2 });
    expect((await officer.get(`/api/agendapunten/${item}`)).json().notes).toBe('Toelichting van Ahmed');
  });

  it('does the same for contributions, decision drafts, the meeting and the minutes', async () => {
    const meeting = await planMeeting(officer, {
      type: 'signaleringsoverleg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.officer],
    });
    const item = await placeOnAgenda(officer, meeting, { signalId: (await makeSignal(t)).id });
    const police = await t.client(U.police);
    const police2 = await t.client(U.police2);
    const c = (
      await police.post(`/api/agendapunten/${item}/bijdragen`, { text: 'Eerste versie', legalBasisId: basis })
    ).json().id;
    expect(
      (await police.patch(`/api/bijdragen/${c}`, { version: 1, text: 'Versie Marieke' })).statusCode,
    ).toBe(200);
    const c2 = await police2.patch(`/api/bijdragen/${c}`, { version: 1, text: 'Versie Rob' });
    expect(c2.statusCode).toBe(409);
    expect(c2.json().current).toMatchObject({ text: 'Versie Marieke', version: 2 });
    // Another organisation may not touch it at all.
    const om = await t.client(U.om);
    expect((await om.patch(`/api/bijdragen/${c}`, { version: 2, text: 'x' })).statusCode).toBe(403);

    const other = await t.client(U.officer2);
    expect(
      (await officer.request('PUT', `/api/agendapunten/${item}/besluit`, { version: null, motivation: 'A' }))
        .statusCode,
    ).toBe(200);
    const d2 = await other.request('PUT', `/api/agendapunten/${item}/besluit`, {
      version: null,
      motivation: 'B',
    });
    expect(d2.statusCode).toBe(409);
    expect(d2.json().current.decisionDetail.fields.motivation).toBe('A');

    const m = (await officer.get(`/api/overleggen/${meeting}`)).json();
    expect(
      (await officer.patch(`/api/overleggen/${meeting}`, { version: m.version, location: 'Raadzaal' }))
        .statusCode,
    ).toBe(200);
    const m2 = await other.patch(`/api/overleggen/${meeting}`, { version: m.version, location: 'Kantine' });
    expect(m2.statusCode).toBe(409);
    expect(m2.json().current.location).toBe('Raadzaal');

    const v = m.minutes.version;
    expect(
      (
        await officer.request('PUT', `/api/overleggen/${meeting}/notulen`, {
          version: v,
          generalText: 'Opening',
        })
      ).statusCode,
    ).toBe(200);
    const n2 = await other.request('PUT', `/api/overleggen/${meeting}/notulen`, {
      version: v,
      generalText: 'Welkom',
    });
    expect(n2.statusCode).toBe(409);
    expect(n2.json().current.minutes.generalText).toBe('Opening');
  });
});

describe('triage decisions', () => {
  let meeting: string;
  let chair: TestClient;
  beforeAll(async () => {
    meeting = await planMeeting(officer, {
      type: 'signaleringsoverleg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.officer2],
    });
    chair = await t.client(U.officer2);
  });

  it.each([
    [
      '(a) zorgen over radicalisering',
      { outcome: 'zorgen_radicalisering', motivation: 'Meerdere signalen die elkaar versterken.' },
      {
        status: 'besloten',
        decision_outcome: 'zorgen_radicalisering',
        close_reason: null,
        info_due_on: null,
      },
    ],
    [
      '(b) doorverwijzen',
      {
        outcome: 'zorgen_geen_radicalisering',
        motivation: 'Zorgen over thuissituatie.',
        referredTo: 'Wijkteam Noord',
      },
      {
        status: 'afgesloten',
        decision_outcome: 'zorgen_geen_radicalisering',
        close_reason: 'doorverwezen_zorg',
        info_due_on: null,
      },
    ],
    [
      '(c) geen zorgen',
      { outcome: 'geen_zorgen', motivation: 'Uitspraak in context van een schoolopdracht.' },
      {
        status: 'afgesloten',
        decision_outcome: 'geen_zorgen',
        close_reason: 'geen_zorgen',
        info_due_on: null,
      },
    ],
    [
      '(d) meer informatie',
      {
        outcome: 'meer_informatie_nodig',
        motivation: 'Beeld is onvolledig.',
        fromWhom: 'Leerplicht',
        dueOn: '2026-03-16',
      },
      {
        status: 'meer_informatie_nodig',
        decision_outcome: null,
        close_reason: null,
        info_due_on: '2026-03-16',
      },
    ],
  ])('%s moves the signal accordingly', async (_name, fields, expected) => {
    const s = await makeSignal(t);
    const item = await placeOnAgenda(officer, meeting, { signalId: s.id });
    const res = await decide(officer, chair, item, fields);
    expect(res.statusCode).toBe(200);
    expect(await signalState(t, s.id)).toEqual(expected);
    const detail = (await officer.get(`/api/agendapunten/${item}`)).json();
    expect(detail.decisionDetail).toMatchObject({
      status: 'vastgesteld',
      outcome: fields.outcome,
      recordedByName: U.officer2,
    });
    const again = await officer.request('PUT', `/api/agendapunten/${item}/besluit`, {
      version: detail.decisionDetail.version,
      motivation: 'x',
    });
    expect(again.statusCode).toBe(400);
  });

  it('discusses an advice question anonymously: (b) to (d) leave it a question, (a) turns it into a melding', async () => {
    const question = await makeSignal(t, { kind: 'adviesvraag', person: null, withSubject: false });
    const candidates = (await allCandidates(officer, meeting)) as Array<{
      id: string;
      signalKind: string | null;
      persons: unknown[];
    }>;
    expect(candidates.find((c) => c.id === question.id)).toMatchObject({
      signalKind: 'adviesvraag',
      persons: [],
    });
    const item = await placeOnAgenda(officer, meeting, { signalId: question.id });
    const detail = (await officer.get(`/api/agendapunten/${item}`)).json();
    expect(detail).toMatchObject({ title: `Adviesvraag ${question.reference}`, persons: [] });
    expect(detail.signal.kind).toBe('adviesvraag');
    // (a) is about a person: with nobody named it is refused, saying why and what else may be chosen.
    const refused = await decide(officer, chair, item, {
      outcome: 'zorgen_radicalisering',
      motivation: 'Zorgen over radicalisering.',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ field: 'outcome', nl: expect.stringContaining('(b), (c) of (d)') }),
    ]);
    const b = await decide(officer, chair, item, {
      outcome: 'zorgen_geen_radicalisering',
      motivation: 'Zorgen over de thuissituatie, niet over radicalisering.',
      referredTo: 'Wijkteam Noord',
    });
    expect(b.statusCode).toBe(200);
    expect(await signalState(t, question.id)).toMatchObject({
      status: 'afgesloten',
      close_reason: 'doorverwezen_zorg',
    });
    const kind = async (id: string) =>
      (await t.tdb.db.query<{ kind: string }>('SELECT kind FROM signal WHERE id = $1', [id])).rows[0]?.kind;
    expect(await kind(question.id)).toBe('adviesvraag');

    // A question that names someone, weighed (a): a melding about that person, with who and why.
    const named = await makeSignal(t, { kind: 'adviesvraag' });
    const second = await placeOnAgenda(officer, meeting, { signalId: named.id });
    expect((await officer.get(`/api/agendapunten/${second}`)).json().persons).toEqual([]);
    const a = await decide(officer, chair, second, {
      outcome: 'zorgen_radicalisering',
      motivation: 'Samen geduid: zorgen over radicalisering.',
    });
    expect(a.statusCode).toBe(200);
    expect(await kind(named.id)).toBe('melding');
    expect(await signalState(t, named.id)).toMatchObject({
      status: 'besloten',
      decision_outcome: 'zorgen_radicalisering',
    });
    const history = (await officer.get(`/api/meldingen/${named.id}`)).json().history as Array<{
      kind: string;
      actorName: string | null;
      note: string | null;
    }>;
    expect(history.find((e) => e.kind === 'omgezet')).toMatchObject({
      actorName: U.officer2,
      note: 'Samen geduid: zorgen over radicalisering.',
    });
    // Now a melding about the person, it names them on the agenda of the weegploeg.
    expect((await officer.get(`/api/agendapunten/${second}`)).json().persons).toEqual([
      { id: named.personId, name: expect.any(String) },
    ]);
  });

  it('refuses an advice question on a weegploeg, naming the way through the signaleringsoverleg', async () => {
    const weighing = await planMeeting(officer, {
      type: 'weegploeg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.mayor],
    });
    const question = await makeSignal(t, { kind: 'adviesvraag', status: 'besloten' });
    const res = await officer.post(`/api/overleggen/${weighing}/agendapunten`, { signalId: question.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({
      field: 'signalId',
      nl: expect.stringContaining('Een adviesvraag gaat niet naar de weegploeg'),
    });
  });

  it('lets only the chair record, and checks the fields each outcome needs', async () => {
    const s = await makeSignal(t);
    const item = await placeOnAgenda(officer, meeting, { signalId: s.id });
    const draft = await officer.request('PUT', `/api/agendapunten/${item}/besluit`, {
      version: null,
      outcome: 'zorgen_geen_radicalisering',
    });
    expect(draft.statusCode).toBe(200);
    expect(
      (await officer.post(`/api/agendapunten/${item}/besluit/vaststellen`, { version: 1 })).statusCode,
    ).toBe(403);
    const incomplete = await chair.post(`/api/agendapunten/${item}/besluit/vaststellen`, { version: 1 });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'motivation',
      'referredTo',
    ]);
    expect((await signalState(t, s.id)).status).toBe('geagendeerd');
    const wrongKind = await officer.request('PUT', `/api/agendapunten/${item}/besluit`, {
      version: 1,
      included: true,
    });
    expect(wrongKind.json().errors[0].field).toBe('included');
  });

  it('rolls the decision back when the signal changed in the meldpunt meanwhile', async () => {
    const s = await makeSignal(t);
    const item = await placeOnAgenda(officer, meeting, { signalId: s.id });
    await t.tdb.db.query(
      "UPDATE signal SET status = 'afgesloten', close_reason = 'dubbele_melding', version = version + 1 WHERE id = $1",
      [s.id],
    );
    const res = await decide(officer, chair, item, { outcome: 'geen_zorgen', motivation: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('signalId');
    const d = (await officer.get(`/api/agendapunten/${item}`)).json().decisionDetail;
    expect(d.status).toBe('concept');
  });
});

describe('weegploeg and casusoverleg', () => {
  let mayor: TestClient;
  let weegploeg: string;
  beforeAll(async () => {
    mayor = await t.client(U.mayor);
    weegploeg = await planMeeting(officer, {
      type: 'weegploeg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.mayor],
    });
  });

  const weighing = (included: boolean) => ({
    included,
    criteriaWeighed: ['Ernst en concreetheid van de dreiging', 'Bereidheid tot geweld'],
    decidedBy: [
      { party: 'politie', organisationId: t.org.politie },
      { party: 'om', organisationId: t.org.om },
      { party: 'burgemeester', name: 'J. van Dijk' },
    ],
    reasons: 'Gezamenlijk beeld van politie, OM en gemeente.',
  });

  it('takes only signals decided (a), and shows the weegploeg to the mayor', async () => {
    const triaged = await makeSignal(t, { status: 'besloten', outcome: 'zorgen_radicalisering' });
    const referred = await makeSignal(t, { status: 'besloten', outcome: 'zorgen_geen_radicalisering' });
    expect(
      (await officer.post(`/api/overleggen/${weegploeg}/agendapunten`, { signalId: referred.id })).statusCode,
    ).toBe(400);
    await placeOnAgenda(officer, weegploeg, { signalId: triaged.id });
    expect((await signalState(t, triaged.id)).status).toBe('besloten');
    const m = (await mayor.get(`/api/overleggen/${weegploeg}`)).json();
    expect(m.standing).toBe('chair');
    expect(m.items).toHaveLength(1);
    const other = await planMeeting(officer, {
      type: 'weegploeg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.mayor],
    });
    const twice = await officer.post(`/api/overleggen/${other}/agendapunten`, { signalId: triaged.id });
    expect(twice.json().errors[0].nl).toBe('Dit signaal staat al op de agenda van een weegploeg.');
  });

  it('opens a case on a yes and hands the signal over; a no leaves it', async () => {
    const yes = await makeSignal(t, {
      status: 'besloten',
      outcome: 'zorgen_radicalisering',
      person: 'Yara Testpersoon',
    });
    const no = await makeSignal(t, { status: 'besloten', outcome: 'zorgen_radicalisering' });
    const yesItem = await placeOnAgenda(officer, weegploeg, { signalId: yes.id });
    const noItem = await placeOnAgenda(officer, weegploeg, { signalId: no.id });
    const r = await decide(officer, mayor, yesItem, weighing(true));
    expect(r.statusCode).toBe(200);
    const casusId = r.json().casusId as string;
    const casus = await t.tdb.db.query<{
      person_id: string;
      phase: string;
      reference: string;
      opened_from_decision_id: string;
    }>('SELECT person_id, phase, reference, opened_from_decision_id FROM casus WHERE id = $1', [casusId]);
    expect(casus.rows[0]).toMatchObject({
      person_id: yes.personId,
      phase: 'persoonsgerichte_aanpak',
      opened_from_decision_id: r.json().id,
    });
    expect(casus.rows[0]?.reference).toMatch(/^C-2026-\d{4}$/);
    expect(await signalState(t, yes.id)).toMatchObject({
      status: 'afgesloten',
      close_reason: 'overgedragen_casusoverleg',
    });
    expect((await decide(officer, mayor, noItem, weighing(false))).json().casusId).toBeNull();
    expect(await signalState(t, no.id)).toMatchObject({
      status: 'besloten',
      decision_outcome: 'zorgen_radicalisering',
    });
    const d = (await mayor.get(`/api/agendapunten/${yesItem}`)).json().decisionDetail;
    expect(d.fields).toMatchObject({
      included: true,
      reasons: 'Gezamenlijk beeld van politie, OM en gemeente.',
    });
    expect(d.fields.decidedBy.map((p: { party: string }) => p.party)).toEqual([
      'politie',
      'om',
      'burgemeester',
    ]);
  });

  it('refuses a yes for a signal not linked to a person, and changes nothing', async () => {
    const s = await makeSignal(t, { status: 'besloten', outcome: 'zorgen_radicalisering', person: null });
    const item = await placeOnAgenda(officer, weegploeg, { signalId: s.id });
    const before = await t.tdb.db.query('SELECT count(*)::int AS n FROM casus');
    const r = await decide(officer, mayor, item, weighing(true));
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0]).toMatchObject({ field: 'included' });
    expect(r.json().errors[0].nl).toMatch(/Koppel het signaal eerst/);
    expect((await t.tdb.db.query('SELECT count(*)::int AS n FROM casus')).rows).toEqual(before.rows);
    expect((await signalState(t, s.id)).status).toBe('besloten');
  });

  it('discusses the case in a casusoverleg and moves its phase by decision', async () => {
    const s = await makeSignal(t, {
      status: 'besloten',
      outcome: 'zorgen_radicalisering',
      person: 'Casus Persoon',
    });
    const item = await placeOnAgenda(officer, weegploeg, { signalId: s.id });
    const casusId = (await decide(officer, mayor, item, weighing(true))).json().casusId as string;
    const casusoverleg = await planMeeting(officer, {
      type: 'casusoverleg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.officer],
      memberOrganisationIds: [t.org.gemeente, t.org.politie, t.org.om, t.org.jeugdzorg],
    });
    const candidates = (await allCandidates(officer, casusoverleg)) as Array<{
      id: string;
      persons: Array<{ name: string }>;
    }>;
    expect(candidates.find((c) => c.id === casusId)?.persons[0]?.name).toBe('Casus Persoon');
    expect(
      (await officer.post(`/api/overleggen/${casusoverleg}/agendapunten`, { signalId: s.id })).statusCode,
    ).toBe(400);
    const caseItem = await placeOnAgenda(officer, casusoverleg, { casusId });
    const youthCare = await t.client(U.youthCare);
    expect((await youthCare.get(`/api/agendapunten/${caseItem}`)).json().casus.id).toBe(casusId);
    const bad = await decide(officer, officer, caseItem, { decisions: 'x', nextPhase: 'signalering' });
    expect(bad.statusCode).toBe(400);
    const again = await officer.request('PUT', `/api/agendapunten/${caseItem}/besluit`, {
      version: 1,
      decisions: 'Aanpak afgerond; nazorg via het wijkteam.',
      nextPhase: 'nazorg',
    });
    expect(again.statusCode).toBe(200);
    const ok = await officer.post(`/api/agendapunten/${caseItem}/besluit/vaststellen`, { version: 2 });
    expect(ok.statusCode).toBe(200);
    const phase = await t.tdb.db.query<{ phase: string }>('SELECT phase FROM casus WHERE id = $1', [casusId]);
    expect(phase.rows[0]?.phase).toBe('nazorg');
  });
});

describe('minutes and the need-to-know window', () => {
  let meeting: string;
  let item: string;
  let school: TestClient;
  let police: TestClient;
  /** Moves the clock; sessions end after 30 idle minutes, so everyone signs in again. */
  async function later(ms: number) {
    t.clock.advance(ms);
    officer = await t.client(U.officer);
    school = await t.client(U.school);
    police = await t.client(U.police);
  }
  beforeAll(async () => {
    meeting = await planMeeting(officer, {
      type: 'signaleringsoverleg',
      startsAt: TOMORROW,
      chairUserId: t.userId[U.officer],
    });
    item = await placeOnAgenda(officer, meeting, {
      signalId: (await makeSignal(t, { person: 'Window Persoon' })).id,
    });
    await officer.post(`/api/agendapunten/${item}/uitnodigingen`, {
      organisationId: t.org.school,
      legalBasisId: basis,
    });
    school = await t.client(U.school);
    police = await t.client(U.police);
    await school.post(`/api/agendapunten/${item}/bijdragen`, {
      text: 'Wat de school weet.',
      legalBasisId: basis,
    });
    await police.post(`/api/agendapunten/${item}/bijdragen`, {
      text: 'Wat de politie weet.',
      legalBasisId: basis,
    });
    await officer.patch(`/api/agendapunten/${item}`, {
      version: 1,
      notes: 'Toelichting',
      minutesText: 'Besproken.',
    });
  });

  it('is approved by the chair only, after the meeting, with no draft decision left', async () => {
    const m = (await officer.get(`/api/overleggen/${meeting}`)).json();
    expect(
      (
        await officer.post(`/api/overleggen/${meeting}/notulen/vaststellen`, { version: m.minutes.version })
      ).json().errors[0].field,
    ).toBe('meeting');
    const pub = await officer.post(`/api/overleggen/${meeting}/agenda-publiceren`, { version: m.version });
    expect(pub.statusCode).toBe(200);
    const early = await officer.post(`/api/overleggen/${meeting}/notulen/vaststellen`, {
      version: m.minutes.version,
    });
    expect(early.json().errors[0].nl).toBe('Het overleg heeft nog niet plaatsgevonden.');
    await later(DAY + 3_600_000);
    await officer.request('PUT', `/api/agendapunten/${item}/besluit`, {
      version: null,
      outcome: 'geen_zorgen',
    });
    const draftLeft = await officer.post(`/api/overleggen/${meeting}/notulen/vaststellen`, {
      version: m.minutes.version,
    });
    expect(draftLeft.json().errors[0].field).toBe('decisions');
    expect(
      (await police.post(`/api/overleggen/${meeting}/notulen/vaststellen`, { version: m.minutes.version }))
        .statusCode,
    ).toBe(403);
    const detail = (await officer.get(`/api/agendapunten/${item}`)).json();
    await officer.request('PUT', `/api/agendapunten/${item}/besluit`, {
      version: detail.decisionDetail.version,
      outcome: 'geen_zorgen',
      motivation: 'Geen zorgen.',
    });
    expect(
      (
        await officer.post(`/api/agendapunten/${item}/besluit/vaststellen`, {
          version: detail.decisionDetail.version + 1,
        })
      ).statusCode,
    ).toBe(200);
    const approved = await officer.post(`/api/overleggen/${meeting}/notulen/vaststellen`, {
      version: m.minutes.version,
    });
    expect(approved.statusCode).toBe(200);
    const after = (await officer.get(`/api/overleggen/${meeting}`)).json();
    expect(after).toMatchObject({
      status: 'afgerond',
      minutes: { status: 'definitief', approvedByName: U.officer },
    });
  });

  it('changes nothing after approval', async () => {
    const d = (await officer.get(`/api/agendapunten/${item}`)).json();
    expect(
      (await officer.patch(`/api/agendapunten/${item}`, { version: d.version, notes: 'Later' })).json()
        .errors[0].field,
    ).toBe('status');
    const own = d.contributions.find(
      (c: { organisation: { id: string } }) => c.organisation.id === t.org.politie,
    );
    expect(
      (await police.patch(`/api/bijdragen/${own.id}`, { version: own.version, text: 'Later' })).statusCode,
    ).toBe(400);
    expect(
      (await police.post(`/api/agendapunten/${item}/bijdragen`, { text: 'Later', legalBasisId: basis }))
        .statusCode,
    ).toBe(400);
    const m = (await officer.get(`/api/overleggen/${meeting}`)).json();
    expect(
      (
        await officer.request('PUT', `/api/overleggen/${meeting}/notulen`, {
          version: m.minutes.version,
          generalText: 'x',
        })
      ).statusCode,
    ).toBe(400);
    // Also the database refuses to change approved minutes.
    await expect(
      t.tdb.db.query("UPDATE meeting_minutes SET general_text = 'x' WHERE meeting_id = $1", [meeting]),
    ).rejects.toThrow(/approved minutes do not change/);
  });

  it('keeps the invited partner on its item for 14 days, then shows only its own contributions', async () => {
    await later(13 * DAY);
    const within = (await school.get(`/api/agendapunten/${item}`)).json();
    expect(within.view).toBe('full');
    expect(within.contributions).toHaveLength(2);
    await later(2 * DAY);
    const res = await school.get(`/api/agendapunten/${item}`);
    expect(res.statusCode).toBe(200);
    const after = res.json();
    expect(after.view).toBe('own_contributions');
    expect(after.notes).toBeNull();
    expect(after.minutesText).toBeNull();
    expect(after.decisionDetail).toBeNull();
    expect(after.persons).toEqual([]);
    expect(after.signal).toBeNull();
    expect(after.contributions.map((c: { text: string }) => c.text)).toEqual(['Wat de school weet.']);
    expect(JSON.stringify(after)).not.toMatch(/Window Persoon|politie weet|Toelichting/);
    // The standing member keeps the whole item.
    expect((await police.get(`/api/agendapunten/${item}`)).json().contributions).toHaveLength(2);
  });

  it('uses the window the administrator configures', async () => {
    const admin = await t.client(U.admin);
    const s = (await admin.get('/api/overleggen/instellingen')).json();
    expect(s).toEqual({ partnerWindowDays: 14, version: 0 });
    const saved = await admin.request('PUT', '/api/overleggen/instellingen', {
      partnerWindowDays: 30,
      version: 0,
    });
    expect(saved.json()).toEqual({ partnerWindowDays: 30, version: 1 });
    expect((await school.get(`/api/agendapunten/${item}`)).json().view).toBe('full');
    const stale = await admin.request('PUT', '/api/overleggen/instellingen', {
      partnerWindowDays: 7,
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (await admin.request('PUT', '/api/overleggen/instellingen', { partnerWindowDays: 14, version: 1 }))
        .statusCode,
    ).toBe(200);
    expect((await officer.get('/api/overleggen/instellingen')).statusCode).toBe(403);
  });
});
