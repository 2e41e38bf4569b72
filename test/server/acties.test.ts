import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadMeetingMailConfig,
  runDailyActionReminders,
  sendMeetingMail,
  smtpSender,
} from '../../src/app/overleg/send-mail.js';
import type { TestClient } from '../helpers/test-app.js';
import {
  createOverlegApp,
  legalBasisId,
  makeSignal,
  type OverlegTestApp,
  placeOnAgenda,
  planMeeting,
  U,
} from './overleggen-fixtures.js';

let t: OverlegTestApp;
let officer: TestClient;
let meeting: string;
let item: string;
let otherItem: string;
beforeAll(async () => {
  t = await createOverlegApp();
  // The demo's own actions are dated from the real day the demo was made; these tests count from scratch.
  await t.tdb.db.query('DELETE FROM meeting_action');
  officer = await t.client(U.officer);
  meeting = await planMeeting(officer, {
    type: 'signaleringsoverleg',
    startsAt: '2026-03-02T10:00:00.000Z',
    chairUserId: t.userId[U.officer],
  });
  item = await placeOnAgenda(officer, meeting, {
    signalId: (await makeSignal(t, { person: 'Lotte Actiepersoon' })).id,
  });
  otherItem = await placeOnAgenda(officer, meeting, { signalId: (await makeSignal(t)).id });
  await officer.post(`/api/agendapunten/${otherItem}/uitnodigingen`, {
    organisationId: t.org.school,
    legalBasisId: await legalBasisId(officer),
  });
});
afterAll(() => t.close());

const DAY = 86_400_000;

async function createAction(body: Record<string, unknown>, on = item): Promise<string> {
  const res = await officer.post(`/api/agendapunten/${on}/acties`, body);
  if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json().id;
}

interface Mine {
  actions: Array<{
    id: string;
    description: string;
    overdue: boolean;
    status: string;
    itemTitle: string | null;
    version: number;
  }>;
  overdueCount: number;
  openCount: number;
}

describe('actions agreed in a meeting', () => {
  let forPolice: string;
  let forSchool: string;
  let forOfficer: string;
  beforeAll(async () => {
    forPolice = await createAction({
      description: 'Huisbezoek door de wijkagent',
      ownerUserId: t.userId[U.police],
      dueOn: '2026-03-05',
    });
    forSchool = await createAction(
      { description: 'Verzuimgegevens opvragen', ownerOrganisationId: t.org.school, dueOn: '2026-03-10' },
      otherItem,
    );
    forOfficer = await createAction({
      description: 'Gesprek met ouders plannen',
      ownerUserId: t.userId[U.officer],
      dueOn: '2026-03-04',
    });
  });

  it('checks owner and due date, per field in Dutch', async () => {
    const both = await officer.post(`/api/agendapunten/${item}/acties`, {
      description: 'x',
      ownerUserId: t.userId[U.police],
      ownerOrganisationId: t.org.politie,
      dueOn: '2026-03-01',
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().errors.map((e: { field: string }) => e.field)).toEqual(['ownerUserId', 'dueOn']);
    expect(both.json().errors[1].nl).toBe('De termijn mag niet in het verleden liggen.');
    const stranger = await officer.post(`/api/agendapunten/${item}/acties`, {
      description: 'x',
      ownerOrganisationId: t.org.oosterveen,
      dueOn: '2026-03-09',
    });
    expect(stranger.json().errors[0].field).toBe('ownerOrganisationId');
    const police = await t.client(U.police);
    expect(
      (
        await police.post(`/api/agendapunten/${item}/acties`, {
          description: 'x',
          ownerUserId: t.userId[U.police],
          dueOn: '2026-03-09',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('lists "mijn acties" for the owner and for colleagues of an owning organisation', async () => {
    const police = await t.client(U.police);
    const mine = (await police.get('/api/acties/mijn')).json() as Mine;
    expect(mine.actions.map((a) => a.id)).toEqual([forPolice]);
    expect(mine.actions[0]?.itemTitle).toMatch(/^Signaal M-2026-/);
    const school = await t.client(U.school);
    const theirs = (await school.get('/api/acties/mijn')).json() as Mine;
    expect(theirs.actions.map((a) => a.id)).toEqual([forSchool]);
    const youthCare = await t.client(U.youthCare);
    expect(((await youthCare.get('/api/acties/mijn')).json() as Mine).actions).toEqual([]);
    const log = await t.tdb.db.query(
      "SELECT action, object_id FROM access_log WHERE actor_user_id = $1 AND object_type = 'overleg_acties_mijn'",
      [t.userId[U.school]],
    );
    expect(log.rows).toEqual([{ action: 'list', object_id: forSchool }]);
  });

  it('shows the actions of an item to those who see the item, not to others', async () => {
    const police = await t.client(U.police);
    const detail = (await police.get(`/api/agendapunten/${item}`)).json();
    expect(detail.actions.map((a: { id: string; mayUpdate: boolean }) => [a.id, a.mayUpdate])).toEqual([
      [forOfficer, false],
      [forPolice, true],
    ]);
    const school = await t.client(U.school);
    expect(
      (await school.patch(`/api/acties/${forPolice}`, { version: 1, status: 'gereed' })).statusCode,
    ).toBe(404);
  });

  it('flags overdue actions, for the list and the home page', async () => {
    t.clock.advance(3 * DAY); // 2026-03-05: the officer's action (due 4 March) is overdue
    const o = await t.client(U.officer);
    const mine = (await o.get('/api/acties/mijn')).json() as Mine;
    expect(mine.actions.map((a) => [a.id, a.overdue])).toEqual([[forOfficer, true]]);
    expect(mine.overdueCount).toBe(1);
    expect((await o.get('/api/acties/mijn/aantallen')).json()).toEqual({ openCount: 1, overdueCount: 1 });
    const police = await t.client(U.police);
    expect(((await police.get('/api/acties/mijn')).json() as Mine).actions[0]?.overdue).toBe(false);
  });

  it('lets the owner close it, keeps the organiser in charge of the content, and refuses a stale version', async () => {
    const police = await t.client(U.police);
    expect(
      (await police.patch(`/api/acties/${forPolice}`, { version: 1, dueOn: '2026-04-01' })).statusCode,
    ).toBe(403);
    const done = await police.patch(`/api/acties/${forPolice}`, { version: 1, status: 'gereed' });
    expect(done.json()).toEqual({ id: forPolice, version: 2 });
    const stale = await police.patch(`/api/acties/${forPolice}`, { version: 1, status: 'vervallen' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: forPolice, status: 'gereed', version: 2 });
    const wrong = await police.patch(`/api/acties/${forPolice}`, { version: 2, status: 'vervallen' });
    expect(wrong.json().errors[0]).toMatchObject({
      field: 'status',
      nl: 'Deze status kan nu niet worden gekozen.',
    });
    expect(((await police.get('/api/acties/mijn')).json() as Mine).actions).toEqual([]);
    const all = (await police.get('/api/acties/mijn?includeDone=true')).json() as Mine;
    expect(all.actions.map((a) => [a.id, a.status])).toEqual([[forPolice, 'gereed']]);
    const o = await t.client(U.officer);
    const moved = await o.patch(`/api/acties/${forSchool}`, {
      version: 1,
      dueOn: '2026-03-20',
      ownerUserId: t.userId[U.school],
    });
    expect(moved.statusCode).toBe(200);
    const school = await t.client(U.school);
    expect(((await school.get('/api/acties/mijn')).json() as Mine).actions.map((a) => a.id)).toEqual([
      forSchool,
    ]);
  });
});

describe('"mijn acties" in pages', () => {
  it('pages by cursor, open ones first by due date, one access-log entry per page naming the actions shown', async () => {
    officer = await t.client(U.officer); // signed in again: the clock moved on days above
    const owner = { ownerUserId: t.userId[U.youthCare] };
    const ids: string[] = [];
    for (const [i, dueOn] of [
      '2026-03-20',
      '2026-03-18',
      '2026-03-18',
      '2026-03-25',
      '2026-03-19',
    ].entries()) {
      ids.push(await createAction({ description: `Stap ${i + 1}`, ...owner, dueOn }));
    }
    const youthCare = await t.client(U.youthCare);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await youthCare.get(`/api/acties/mijn?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const page = res.json() as Mine & { nextCursor: string | null };
      expect(page.actions.length).toBeLessThanOrEqual(2);
      expect(page.openCount).toBe(5);
      seen.push(...page.actions.map((a) => a.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    // Due date first, then the order they were agreed in.
    expect(seen).toEqual([ids[1], ids[2], ids[4], ids[0], ids[3]]);
    const log = await t.tdb.db.query<{ object_id: string }>(
      "SELECT object_id FROM access_log WHERE actor_user_id = $1 AND object_type = 'overleg_acties_mijn' AND action = 'list' ORDER BY id",
      [t.userId[U.youthCare]],
    );
    expect(log.rows.slice(-3).map((r) => r.object_id)).toEqual([
      `${ids[1]},${ids[2]}`,
      `${ids[4]},${ids[0]}`,
      `${ids[3]}`,
    ]);
    // A closed one moves behind the open ones, and the counts follow.
    const first = (await youthCare.get('/api/acties/mijn')).json() as Mine;
    const done = first.actions.find((a) => a.id === ids[1]);
    await youthCare.patch(`/api/acties/${ids[1]}`, { version: done?.version, status: 'gereed' });
    const all = (await youthCare.get('/api/acties/mijn?includeDone=true&limit=4')).json() as Mine & {
      nextCursor: string | null;
    };
    expect(all.actions.map((a) => a.id)).toEqual([ids[2], ids[4], ids[0], ids[3]]);
    const rest = (
      await youthCare.get(`/api/acties/mijn?includeDone=true&cursor=${all.nextCursor}`)
    ).json() as Mine;
    expect(rest.actions.map((a) => a.id)).toEqual([ids[1]]);
    expect(rest.openCount).toBe(4);
    expect((await youthCare.get('/api/acties/mijn/aantallen')).json()).toEqual({
      openCount: 4,
      overdueCount: 0,
    });
  });

  it('refuses a page reference that is not one of its own, naming the field', async () => {
    const youthCare = await t.client(U.youthCare);
    for (const cursor of [
      'nonsense',
      Buffer.from('{"closed":"2","dueOn":"x","seq":"1"}').toString('base64url'),
    ]) {
      const res = await youthCare.get(`/api/acties/mijn?cursor=${cursor}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field: 'cursor', nl: 'Ongeldige paginaverwijzing.' });
    }
  });
});

describe('content-free e-mail over SMTP', () => {
  const received: Array<{ to: string[]; data: string }> = [];
  let smtp: SMTPServer;
  let url: string;
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => {
          data += chunk.toString('utf8');
        });
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    url = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  /** The text part of a received message, with quoted-printable soft breaks undone. */
  const body = (data: string) =>
    data
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

  it('reminds each owner once a day of how many actions are overdue, and of nothing else', async () => {
    const o = await t.client(U.officer);
    // A second overdue action for the officer, via the school's organisation for its colleague.
    const extra = await o.post(`/api/agendapunten/${item}/acties`, {
      description: 'Terugkoppeling aan de melder over de jongere',
      ownerUserId: t.userId[U.officer],
      dueOn: '2026-03-05',
    });
    expect(extra.statusCode).toBe(201);
    t.clock.advance(2 * DAY); // 2026-03-07
    const config = {
      ...loadMeetingMailConfig({ SMTP_URL: url, MAIL_FROM: 'Duiden <duiden@lindeburg.example>' }),
    };
    const first = await runDailyActionReminders(t.tdb.db, t.clock.now(), config);
    expect(first).toEqual({ queued: 1, sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(['ahmed.el.idrissi@example.org']);
    const text = body(received[0]?.data ?? '');
    expect(text).toContain('U heeft 2 openstaande acties met een verlopen termijn in Duiden.');
    expect(text).not.toMatch(/Gesprek|ouders|Terugkoppeling|Lotte|Actiepersoon|M-2026/);
    const again = await runDailyActionReminders(t.tdb.db, t.clock.now(), config);
    expect(again).toEqual({ queued: 0, sent: 0, failed: 0 });
    expect(received).toHaveLength(1);
  });

  it('delivers the agenda notice through the same outbox', async () => {
    const o = await t.client(U.officer);
    const next = await planMeeting(o, {
      type: 'signaleringsoverleg',
      startsAt: '2026-03-10T09:00:00.000Z',
      chairUserId: t.userId[U.officer],
      memberOrganisationIds: [t.org.gemeente, t.org.om],
    });
    const invited = await placeOnAgenda(o, next, {
      signalId: (await makeSignal(t, { person: 'Mail Persoon' })).id,
    });
    await o.post(`/api/agendapunten/${invited}/uitnodigingen`, {
      organisationId: t.org.jeugdzorg,
      legalBasisId: await legalBasisId(o),
    });
    const m = (await o.get(`/api/overleggen/${next}`)).json();
    const before = received.length;
    expect(
      (await o.post(`/api/overleggen/${next}/agenda-publiceren`, { version: m.version })).json().notified,
    ).toBe(4);
    const r = await sendMeetingMail(
      t.tdb.db,
      t.clock.now(),
      { mailFrom: 'Duiden <duiden@lindeburg.example>' },
      smtpSender(url),
    );
    expect(r).toEqual({ sent: 4, failed: 0 });
    const mails = received.slice(before);
    // The organiser's colleagues, the standing OM and the invited jeugdzorg; not politie (no member here).
    expect(mails.flatMap((x) => x.to).sort()).toEqual([
      'fatima.ouali@example.org',
      'iris.vermeulen@example.org',
      'noor.bakker@example.org',
      'sanne.de.vries@example.org',
    ]);
    for (const mail of mails) {
      const text = body(mail.data);
      expect(text).toContain('De agenda staat klaar voor het signaleringsoverleg van 10 maart 2026 om 10:00');
      expect(text).not.toMatch(/Mail Persoon|M-2026|Signaal/);
    }
  });
});
