import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SELECTIVE_SEARCH } from '../../src/db/meldingen.js';
import { TRANSITIONS } from '../../src/domain/melding/status.js';
import { STATUSES, type Status } from '../../src/domain/melding/types.js';
import type { TestApp, TestClient } from '../helpers/test-app.js';
import {
  createMeldpuntApp,
  fieldErrors,
  melding,
  municipalityId,
  sharingSteps,
  signedIn,
  USERS,
  visitor,
} from './meldingen-fixtures.js';

let t: TestApp;
let meldpunt: TestClient;
let officer: TestClient;
let mayor: TestClient;
let partner: TestClient;
let categoryId: string;

beforeAll(async () => {
  t = await createMeldpuntApp();
  meldpunt = await signedIn(t.app, USERS.meldpunt);
  officer = await signedIn(t.app, USERS.officer);
  mayor = await signedIn(t.app, USERS.mayor);
  partner = await signedIn(t.app, USERS.partner);
  const cats = (await meldpunt.get('/api/meldpunt/categorieen')).json() as Array<{
    id: string;
    code: string;
  }>;
  categoryId = cats.find((c) => c.code === 'jihadisme')?.id as string;
});
afterAll(() => t.close());

/** Staff intake of a signal; returns its id and version. */
async function intake(by: TestClient = meldpunt, extra: Record<string, unknown> = {}) {
  const res = await by.post('/api/meldingen', { ...melding(), channel: 'telefoon', ...extra });
  if (res.statusCode !== 201) throw new Error(`intake failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; reference: string; statusCode: string | null };
}

async function detail(id: string, by: TestClient = meldpunt) {
  return (await by.get(`/api/meldingen/${id}`)).json();
}

async function step(id: string, body: Record<string, unknown>, by: TestClient = meldpunt) {
  const version = (await detail(id, by)).version as number;
  return by.post(`/api/meldingen/${id}/status`, { version, ...body });
}

/** A command that meets the conditions of each target status. */
const complete: Record<Status, Record<string, unknown>> = {
  ontvangen: { to: 'ontvangen' },
  in_behandeling: { to: 'in_behandeling', note: 'Opgepakt' },
  meer_informatie_nodig: { to: 'meer_informatie_nodig', dueOn: '2026-03-20', note: 'Navragen bij de school' },
  geagendeerd: { to: 'geagendeerd', note: 'Signaleringsoverleg 10 maart' },
  besloten: {
    to: 'besloten',
    outcome: 'zorgen_geen_radicalisering',
    note: 'Zorgen over thuissituatie; doorverwijzen',
  },
  afgesloten: { to: 'afgesloten', closeReason: 'doorverwezen_zorg' },
};

/** The shortest way from 'ontvangen' to each status. */
const path: Record<Status, Status[]> = {
  ontvangen: [],
  in_behandeling: ['in_behandeling'],
  meer_informatie_nodig: ['in_behandeling', 'meer_informatie_nodig'],
  geagendeerd: ['in_behandeling', 'geagendeerd'],
  besloten: ['in_behandeling', 'geagendeerd', 'besloten'],
  afgesloten: ['afgesloten'],
};

async function signalIn(status: Status): Promise<string> {
  const { id } = await intake();
  const d = await detail(id);
  await meldpunt.request('PUT', `/api/meldingen/${id}/categorie`, { version: d.version, categoryId });
  for (const s of path[status]) {
    const res = await step(id, complete[s]);
    if (res.statusCode !== 200) throw new Error(`step to ${s}: ${res.body}`);
  }
  return id;
}

describe('staff intake', () => {
  it('records channel and date received, and counts deadlines from that date', async () => {
    const { id, reference } = await intake(meldpunt, { channel: 'balie', receivedOn: '2026-02-27' });
    expect(reference).toMatch(/^M-2026-\d{5}$/);
    const d = await detail(id);
    expect(d.channel).toBe('balie');
    expect(d.intake).toBe('medewerker');
    expect(d.receivedAt).toBe('2026-02-27T11:00:00.000Z'); // 12:00 in Amsterdam
    // Friday 27 February + 3 working days = Wednesday 4 March; + 10 = Friday 13 March.
    expect(d.deadlines.acknowledge).toEqual({ dueOn: '2026-03-04', metAt: null, overdue: false });
    expect(d.deadlines.triage.dueOn).toBe('2026-03-13');
    expect(d.history[0]).toMatchObject({
      kind: 'ontvangen',
      actorName: USERS.meldpunt,
      actorRole: 'meldpunt',
    });
  });

  it('gives a status code to a reporter on the phone only when asked', async () => {
    expect((await intake()).statusCode).toBeNull();
    const withCode = await intake(meldpunt, { statusCodeForReporter: true });
    expect(withCode.statusCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const v = await visitor(t.app);
    const status = await v.post('/api/public/meldingen/status', {
      reference: withCode.reference,
      statusCode: withCode.statusCode,
    });
    expect(status.json().status).toBe('ontvangen');
  });

  it.each<[string, TestClient | (() => TestClient), Record<string, unknown>, string, string]>([
    ['the web form as channel', () => meldpunt, { channel: 'webformulier' }, 'channel', 'Kies een van'],
    ['an unknown channel', () => meldpunt, { channel: 'duif' }, 'channel', 'Kies een van'],
    [
      'an AIVD ambtsbericht by the meldpunt',
      () => meldpunt,
      { channel: 'ambtsbericht_aivd' },
      'channel',
      'aandachtsfunctionaris',
    ],
    ['a date received in the future', () => meldpunt, { receivedOn: '2026-03-03' }, 'receivedOn', 'toekomst'],
    ['a date received over a year ago', () => meldpunt, { receivedOn: '2025-02-01' }, 'receivedOn', 'jaar'],
    [
      'an impossible date received',
      () => meldpunt,
      { receivedOn: '2026-02-30' },
      'receivedOn',
      'geldige datum',
    ],
    ['no channel', () => meldpunt, { channel: undefined }, 'channel', 'Kies hoe de melding binnenkwam.'],
  ])('refuses %s', async (_name, by, extra, field, nl) => {
    const client = typeof by === 'function' ? by() : by;
    const body = { ...melding(), channel: 'telefoon', ...extra };
    if (extra.channel === undefined && 'channel' in extra) delete (body as Record<string, unknown>).channel;
    const res = await client.post('/api/meldingen', body);
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res.json())[field]?.nl).toContain(nl);
  });

  it('is not open to other roles', async () => {
    for (const name of [USERS.partner, USERS.mayor, USERS.policy, USERS.admin, USERS.privacy]) {
      const c = await signedIn(t.app, name);
      expect((await c.post('/api/meldingen', { ...melding(), channel: 'telefoon' })).statusCode).toBe(403);
    }
    const anonymous = await visitor(t.app);
    expect((await anonymous.post('/api/meldingen', { ...melding(), channel: 'telefoon' })).statusCode).toBe(
      401,
    );
  });
});

describe('professional intake by a partner', () => {
  it('records the sharing steps and shows the partner only their own submission, without the meldpunt’s work', async () => {
    const res = await partner.post('/api/meldingen/professioneel', {
      ...melding({ reporter: { kind: 'professional', feedbackWanted: true } }),
      sharingSteps: sharingSteps(),
    });
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    const full = await detail(id);
    expect(full.intake).toBe('professional');
    expect(full.channel).toBe('ketenpartner');
    expect(full.reporter).toMatchObject({
      kind: 'professional',
      name: USERS.partner,
      organisation: 'Politie eenheid Veenstroom, team CTER',
    });
    expect(full.submittedByOrganisation).toBe('Politie eenheid Veenstroom, team CTER');
    expect(full.sharingSteps.consent).toEqual(sharingSteps().consent);

    await meldpunt.request('PUT', `/api/meldingen/${id}/categorie`, { version: full.version, categoryId });
    await meldpunt.post(`/api/meldingen/${id}/annotaties`, {
      version: full.version + 1,
      effect: 'aanvulling',
      text: 'Interne notitie van het meldpunt',
    });
    await meldpunt.post(`/api/meldingen/${id}/terugkoppeling`, {
      version: full.version + 2,
      message: 'Dank, wij pakken dit op.',
    });

    const own = (await partner.get(`/api/meldingen/${id}`)).json();
    expect(own.view).toBe('submitter');
    expect(own.status).toBeNull();
    expect(own.publicStatus).toBe('ontvangen');
    expect(own.category).toBeNull();
    expect(own.annotations).toEqual([]);
    expect(own.history).toEqual([]);
    expect(own.deadlines).toBeNull();
    expect(own.mayWork).toBe(false);
    expect(own.feedback.map((f: { message: string }) => f.message)).toEqual(['Dank, wij pakken dit op.']);
    expect(JSON.stringify(own)).not.toContain('Interne notitie');

    const list = (await partner.get('/api/meldingen?limit=100')).json();
    const ownIds = (
      await t.tdb.db.query<{ id: string }>(
        'SELECT s.id FROM signal s JOIN app_user u ON u.id = s.submitted_by_user_id WHERE u.display_name = $1',
        [USERS.partner],
      )
    ).rows.map((r) => r.id);
    expect(list.items.map((i: { id: string }) => i.id)).toContain(id);
    expect(list.items.map((i: { id: string }) => i.id).sort()).toEqual(ownIds.sort());
    expect(
      list.items.every(
        (i: { status: unknown; deadlines: unknown }) => i.status === null && i.deadlines === null,
      ),
    ).toBe(true);

    // Another signal of the same municipality is not theirs.
    const { id: other } = await intake();
    expect((await partner.get(`/api/meldingen/${other}`)).statusCode).toBe(404);
    expect(
      (await partner.post(`/api/meldingen/${id}/status`, { version: 1, to: 'in_behandeling' })).statusCode,
    ).toBe(403);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['advice asked without from whom', { adviceAsked: { done: true } }, 'sharingSteps.adviceAsked.note'],
    [
      'no conversation without why not',
      { conversationHeld: { done: false } },
      'sharingSteps.conversationHeld.note',
    ],
    [
      'safety risks not weighed',
      { safetyRisksWeighed: { done: false } },
      'sharingSteps.safetyRisksWeighed.done',
    ],
    [
      'consent refused without ground',
      { consent: { asked: true, given: false } },
      'sharingSteps.consent.note',
    ],
    [
      'consent not asked without ground',
      { consent: { asked: false, given: false } },
      'sharingSteps.consent.note',
    ],
    [
      'consent given but not asked',
      { consent: { asked: false, given: true, note: 'x' } },
      'sharingSteps.consent.given',
    ],
    [
      'more than necessary shared',
      { onlyNecessaryData: { done: false } },
      'sharingSteps.onlyNecessaryData.done',
    ],
    [
      'not recorded in own file',
      { recordedInOwnFile: { done: false } },
      'sharingSteps.recordedInOwnFile.done',
    ],
    ['a step missing', { recordedInOwnFile: undefined }, 'sharingSteps.recordedInOwnFile'],
  ])('refuses %s', async (_name, change, field) => {
    const steps = sharingSteps(change);
    for (const [k, v] of Object.entries(steps)) if (v === undefined) delete steps[k];
    const res = await partner.post('/api/meldingen/professioneel', {
      ...melding({ reporter: { kind: 'professional' } }),
      sharingSteps: steps,
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(fieldErrors(res.json()))).toContain(field);
  });

  it('refuses the sharing steps being left out altogether', async () => {
    const res = await partner.post(
      '/api/meldingen/professioneel',
      melding({ reporter: { kind: 'professional' } }),
    );
    expect(fieldErrors(res.json()).sharingSteps?.nl).toBe(
      'Doorloop de stappen van de Werkwijze informatie delen.',
    );
  });

  it('is only for partners', async () => {
    const res = await meldpunt.post('/api/meldingen/professioneel', {
      ...melding(),
      sharingSteps: sharingSteps(),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('who sees which signal', () => {
  let aivd: string;
  let ordinary: string;
  beforeAll(async () => {
    aivd = (
      await intake(officer, {
        channel: 'ambtsbericht_aivd',
        observations: [
          {
            description: 'Ambtsbericht over reisplannen naar conflictgebied',
            source: 'document',
            sourceDetail: 'AIVD',
          },
        ],
      })
    ).id;
    ordinary = (await intake()).id;
  });

  it('shows an AIVD ambtsbericht only to the burgemeester and the aandachtsfunctionaris', async () => {
    expect((await officer.get(`/api/meldingen/${aivd}`)).json().restricted).toBe(true);
    expect((await mayor.get(`/api/meldingen/${aivd}`)).statusCode).toBe(200);
    expect((await meldpunt.get(`/api/meldingen/${aivd}`)).statusCode).toBe(404);
    expect((await partner.get(`/api/meldingen/${aivd}`)).statusCode).toBe(404);
    const ids = async (c: TestClient) =>
      (
        (await c.get('/api/meldingen?channel=ambtsbericht_aivd&limit=100')).json().items as Array<{
          id: string;
        }>
      ).map((i) => i.id);
    expect(await ids(officer)).toContain(aivd);
    expect(await ids(mayor)).toContain(aivd);
    expect(await ids(meldpunt)).not.toContain(aivd);
    const search = (await meldpunt.get('/api/meldingen?q=conflictgebied')).json();
    expect(search.items).toEqual([]);
    expect(
      (await meldpunt.post(`/api/meldingen/${aivd}/status`, { version: 1, to: 'in_behandeling' })).statusCode,
    ).toBe(404);
  });

  it('lets the burgemeester read but not work on signals', async () => {
    const d = (await mayor.get(`/api/meldingen/${ordinary}`)).json();
    expect(d.view).toBe('full');
    expect(d.mayWork).toBe(false);
    expect(d.allowedTransitions).toEqual([]);
    expect(
      (await mayor.post(`/api/meldingen/${ordinary}/status`, { version: d.version, to: 'in_behandeling' }))
        .statusCode,
    ).toBe(403);
  });

  it('shows no signal content to policy, administration and privacy roles', async () => {
    for (const name of [USERS.policy, USERS.admin, USERS.privacy]) {
      const c = await signedIn(t.app, name);
      expect((await c.get('/api/meldingen')).statusCode).toBe(403);
      expect((await c.get(`/api/meldingen/${ordinary}`)).statusCode).toBe(403);
    }
  });

  it('never shows a signal of another municipality', async () => {
    const db = t.tdb.db;
    const other = (
      await db.query<{ id: string }>("SELECT id FROM organisation WHERE name = 'Gemeente Oosterveen'")
    ).rows[0]?.id;
    const v = await visitor(t.app);
    const ref = (await v.post('/api/public/meldingen', { municipalityId: other, ...melding() })).json()
      .reference;
    const foreign = (
      await db.query<{ id: string }>('SELECT id FROM signal WHERE tenant_id = $1 AND reference = $2', [
        other,
        ref,
      ])
    ).rows[0]?.id;
    expect((await officer.get(`/api/meldingen/${foreign}`)).statusCode).toBe(404);
    const all = (await officer.get('/api/meldingen?limit=100&q=klassenapp')).json().items as Array<{
      id: string;
    }>;
    expect(all.map((i) => i.id)).not.toContain(foreign);
  });

  it('logs every read with the signal, and denials', async () => {
    await meldpunt.get(`/api/meldingen/${ordinary}`);
    await meldpunt.get(`/api/meldingen/${aivd}`);
    const rows = await t.tdb.db.query<{ action: string; object_id: string; result: string }>(
      `SELECT action, object_id, result FROM access_log WHERE object_type = 'signal' AND object_id IN ($1, $2)
        AND actor_role = 'meldpunt' AND action = 'read'`,
      [ordinary, aivd],
    );
    expect(rows.rows.map((r) => r.object_id)).toContain(ordinary);
    expect(rows.rows.map((r) => r.object_id)).not.toContain(aivd);
    const lists = await t.tdb.db.query<{ object_id: string }>(
      "SELECT object_id FROM access_log WHERE object_type = 'signal_list' AND actor_role = 'meldpunt' ORDER BY id DESC LIMIT 1",
    );
    expect(lists.rows[0]?.object_id).toBeDefined();
  });
});

describe('the state machine through the API', () => {
  const allowed = Object.entries(TRANSITIONS).flatMap(([from, tos]) =>
    tos.map((to) => [from as Status, to] as const),
  );
  const refused = STATUSES.flatMap((from) =>
    STATUSES.filter((to) => !TRANSITIONS[from].includes(to)).map((to) => [from, to] as const),
  );

  it.each(allowed)('allows %s → %s, recorded with who and when', async (from, to) => {
    const id = await signalIn(from);
    const res = await step(id, complete[to]);
    expect(res.statusCode).toBe(200);
    const d = await detail(id);
    expect(d.status).toBe(to);
    const last = d.history.at(-1);
    expect(last).toMatchObject({
      kind: 'status',
      fromStatus: from,
      toStatus: to,
      actorName: USERS.meldpunt,
      actorRole: 'meldpunt',
    });
    expect(last.at).toBe('2026-03-02T09:00:00.000Z');
  });

  it.each(refused)('refuses %s → %s with 409 and the allowed steps', async (from, to) => {
    const id = await signalIn(from);
    const before = await detail(id);
    const res = await step(id, complete[to]);
    expect(res.statusCode).toBe(409);
    const body = res.json();
    expect(body.code).toBe('transition_not_allowed');
    expect(body.allowed).toEqual(TRANSITIONS[from]);
    expect(body.message.nl).toContain('geen toegestane stap');
    const after = await detail(id);
    expect(after.status).toBe(from);
    expect(after.version).toBe(before.version);
  });

  it.each<[string, Status, Record<string, unknown>, string, string]>([
    [
      'more information without due date',
      'in_behandeling',
      { to: 'meer_informatie_nodig', note: 'x' },
      'dueOn',
      'Vul in wanneer de informatie er moet zijn.',
    ],
    [
      'more information due today',
      'in_behandeling',
      { to: 'meer_informatie_nodig', dueOn: '2026-03-02', note: 'x' },
      'dueOn',
      'na vandaag',
    ],
    [
      'more information without note',
      'in_behandeling',
      { to: 'meer_informatie_nodig', dueOn: '2026-03-10' },
      'note',
      'welke informatie',
    ],
    [
      'a decision without outcome',
      'geagendeerd',
      { to: 'besloten', note: 'x' },
      'outcome',
      'Kies het besluit.',
    ],
    [
      'a decision with a score',
      'geagendeerd',
      { to: 'besloten', outcome: 'hoog_risico', note: 'x' },
      'outcome',
      'Kies een van',
    ],
    [
      'a decision without motivation',
      'geagendeerd',
      { to: 'besloten', outcome: 'geen_zorgen' },
      'note',
      'waarom',
    ],
    [
      'closing without reason',
      'in_behandeling',
      { to: 'afgesloten' },
      'closeReason',
      'Kies de reden van afsluiten.',
    ],
    [
      'closing for "anders" without note',
      'in_behandeling',
      { to: 'afgesloten', closeReason: 'anders' },
      'note',
      'waarom',
    ],
    ['an unknown status', 'in_behandeling', { to: 'gearchiveerd' }, 'to', 'Kies een van'],
  ])('refuses %s', async (_name, from, command, field, nl) => {
    const id = await signalIn(from);
    const res = await step(id, command);
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res.json())[field]?.nl).toContain(nl);
  });

  it('needs a category before the agenda', async () => {
    const { id } = await intake();
    await step(id, complete.in_behandeling);
    const res = await step(id, complete.geagendeerd);
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res.json()).categoryId?.nl).toContain('fenomeen');
  });

  it('marks deadlines met and overdue', async () => {
    const { id } = await intake();
    await step(id, complete.in_behandeling);
    let d = await detail(id);
    expect(d.deadlines.acknowledge.metAt).toBe('2026-03-02T09:00:00.000Z');
    await step(id, complete.meer_informatie_nodig);
    d = await detail(id);
    expect(d.deadlines.moreInformation).toEqual({ dueOn: '2026-03-20', metAt: null, overdue: false });
    expect(d.deadlines.overdue).toBe(false);
  });

  it('answers a stale version with 409 and the current signal, and changes nothing', async () => {
    const { id } = await intake();
    const d = await detail(id);
    const first = await meldpunt.post(`/api/meldingen/${id}/status`, {
      version: d.version,
      to: 'in_behandeling',
    });
    expect(first.statusCode).toBe(200);
    const second = await officer.post(`/api/meldingen/${id}/status`, {
      version: d.version,
      to: 'afgesloten',
      closeReason: 'geen_zorgen',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('conflict');
    expect(second.json().current.status).toBe('in_behandeling');
    expect(second.json().current.version).toBe(d.version + 1);
    expect((await detail(id)).status).toBe('in_behandeling');
  });
});

describe('category, annotations and feedback', () => {
  it('sets a category of the own municipality, and refuses another', async () => {
    const { id } = await intake();
    const d = await detail(id);
    const set = await meldpunt.request('PUT', `/api/meldingen/${id}/categorie`, {
      version: d.version,
      categoryId,
    });
    expect(set.statusCode).toBe(200);
    const after = await detail(id);
    expect(after.category.labelNl).toBe('Jihadisme');
    expect(after.history.at(-1)).toMatchObject({ kind: 'categorie', actorName: USERS.meldpunt });
    const foreign = (
      await t.tdb.db.query<{ id: string }>(
        "SELECT c.id FROM phenomenon_category c JOIN organisation o ON o.id = c.tenant_id WHERE o.name = 'Gemeente Oosterveen' LIMIT 1",
      )
    ).rows[0]?.id;
    const res = await meldpunt.request('PUT', `/api/meldingen/${id}/categorie`, {
      version: after.version,
      categoryId: foreign,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res.json()).categoryId?.nl).toContain('lijst van uw gemeente');
    const stale = await meldpunt.request('PUT', `/api/meldingen/${id}/categorie`, {
      version: d.version,
      categoryId: null,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('lets a reporter never choose the category', async () => {
    const v = await visitor(t.app);
    const res = await v.post('/api/public/meldingen', {
      municipalityId: await municipalityId(t.app),
      ...melding(),
      categoryId,
    });
    expect(fieldErrors(res.json()).categoryId?.nl).toContain('onbekend');
  });

  it('confirms and refutes assumptions with later annotations, keeping the full history', async () => {
    const { id } = await intake(meldpunt, {
      assumptions: ['Hij is beïnvloed door een neef', 'Hij wil naar Syrië'],
    });
    const d = await detail(id);
    const [a1, a2] = d.assumptions as Array<{ id: string }>;
    let version = d.version;
    const annotate = async (body: Record<string, unknown>) => {
      const res = await officer.post(`/api/meldingen/${id}/annotaties`, { version, ...body });
      if (res.statusCode === 201) version = res.json().version;
      return res;
    };
    expect(
      (
        await annotate({
          effect: 'bevestigt',
          assumptionId: a1?.id,
          text: 'Wijkagent bevestigt contact met neef',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await annotate({
          effect: 'weerlegt',
          assumptionId: a2?.id,
          text: 'Paspoort ligt bij moeder; geen reisplannen',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await annotate({ effect: 'aanvulling', text: 'School meldt betere aanwezigheid' })).statusCode,
    ).toBe(201);
    const after = await detail(id);
    expect(after.assumptions.map((a: { state: string }) => a.state)).toEqual(['bevestigd', 'weerlegd']);
    expect(
      after.annotations.map((a: { effect: string; createdByName: string }) => [a.effect, a.createdByName]),
    ).toEqual([
      ['bevestigt', USERS.officer],
      ['weerlegt', USERS.officer],
      ['aanvulling', USERS.officer],
    ]);
    expect(after.history.filter((h: { kind: string }) => h.kind === 'annotatie')).toHaveLength(3);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['confirming without assumption', { effect: 'bevestigt', text: 'x' }, 'assumptionId'],
    [
      'an assumption of another signal',
      { effect: 'weerlegt', assumptionId: '00000000-0000-4000-8000-000000000001', text: 'x' },
      'assumptionId',
    ],
    ['a blank text', { effect: 'aanvulling', text: '   ' }, 'text'],
    ['an unknown effect', { effect: 'score', text: 'x' }, 'effect'],
  ])('refuses an annotation: %s', async (_name, body, field) => {
    const { id } = await intake();
    const d = await detail(id);
    const res = await officer.post(`/api/meldingen/${id}/annotaties`, { version: d.version, ...body });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(fieldErrors(res.json()))).toContain(field);
  });

  it('refuses blank feedback', async () => {
    const { id } = await intake();
    const d = await detail(id);
    const res = await meldpunt.post(`/api/meldingen/${id}/terugkoppeling`, {
      version: d.version,
      message: '  ',
    });
    expect(fieldErrors(res.json()).message?.nl).toContain('terugkoppeling');
  });
});

describe('the worklist', () => {
  let ids: string[] = [];
  beforeAll(async () => {
    // Five signals received on different days, one of them long overdue.
    ids = [];
    for (const [i, day] of ['2026-02-02', '2026-02-10', '2026-02-20', '2026-02-25', '2026-03-02'].entries()) {
      const { id } = await intake(meldpunt, {
        receivedOn: day,
        channel: i % 2 === 0 ? 'email' : 'politie_cter',
        observations: [
          {
            description:
              i === 2
                ? 'Deelt flyers van een dierenrechtengroep met oproepen tot sabotage'
                : `Werklijst signaal ${i} over zorgen`,
            source: 'eigen_waarneming',
          },
        ],
      });
      ids.push(id);
    }
  });

  async function page(query: string, by: TestClient = meldpunt) {
    const res = await by.get(`/api/meldingen?${query}`);
    expect(res.statusCode).toBe(200);
    return res.json() as {
      items: Array<{ id: string; receivedAt: string; deadlines: { overdue: boolean } }>;
      nextCursor: string | null;
      exactId: string | null;
    };
  }

  it('finds signals with Dutch full-text search (stemming)', async () => {
    // "flyer" finds "flyers", "oproep" finds "oproepen": the dutch configuration stems both.
    expect((await page('q=flyer')).items.map((i) => i.id)).toEqual([ids[2]]);
    expect((await page('q=oproep sabotage')).items.map((i) => i.id)).toEqual([ids[2]]);
    expect((await page('q=werklijst')).items).toHaveLength(4);
    expect((await page('q=werklijst -zorgen')).items).toHaveLength(0);
  });

  it('finds a signal by its reference, whole or in part, and names the one to open', async () => {
    const { reference } = (await detail(ids[2] as string)) as { reference: string };
    const [, year, number] = reference.split('-') as [string, string, string];
    const found = (q: string) => page(`q=${encodeURIComponent(q)}`);
    for (const q of [reference, reference.toLowerCase(), `${year}-${number}`, `${year} ${Number(number)}`]) {
      const r = await found(q);
      expect(r.items.map((i) => i.id)).toEqual([ids[2]]);
      expect(r.exactId).toBe(ids[2]);
    }
    // The number alone is the same number in any year: found, but not opened straight away.
    for (const q of [number, String(Number(number))]) {
      const r = await found(q);
      expect(r.items.map((i) => i.id)).toEqual([ids[2]]);
      expect(r.exactId).toBeNull();
    }
    expect((await found(`${Number(year) - 1}-${number}`)).items).toEqual([]);
    expect((await found('C-2026-0001')).items).toEqual([]);
    // Words are still searched in the text.
    expect((await found('sabotage')).exactId).toBeNull();
  });

  it('filters by period, channel and status', async () => {
    const feb = await page('q=werklijst OR sabotage&from=2026-02-10&to=2026-02-25');
    expect(feb.items.map((i) => i.id)).toEqual([ids[3], ids[2], ids[1]]);
    const police = await page('q=werklijst&channel=politie_cter');
    expect(police.items.map((i) => i.id)).toEqual([ids[3], ids[1]]);
    await step(ids[4] as string, complete.in_behandeling);
    const busy = await page('q=werklijst&status=in_behandeling');
    expect(busy.items.map((i) => i.id)).toEqual([ids[4]]);
    const two = await page('q=werklijst OR sabotage&status=in_behandeling&status=ontvangen');
    expect(two.items).toHaveLength(5);
  });

  it('filters and marks overdue signals', async () => {
    const overdue = await page('q=werklijst OR sabotage&overdue=true');
    // Acknowledge within 3 working days: 2 Feb by 5 Feb, 10 Feb by 13 Feb, 20 Feb by 25 Feb: all passed.
    // 25 Feb is due today (2 March): not overdue yet.
    expect(overdue.items.map((i) => i.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(overdue.items.every((i) => i.deadlines.overdue)).toBe(true);
  });

  it('pages with a cursor in every sort order without gaps or repeats', async () => {
    for (const sort of ['ontvangen_nieuw', 'ontvangen_oud', 'termijn']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const r: Awaited<ReturnType<typeof page>> = await page(
          `q=werklijst OR sabotage&sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...r.items.map((i) => i.id));
        cursor = r.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(5);
      expect(seen).toHaveLength(5);
      if (sort === 'ontvangen_oud') expect(seen).toEqual(ids);
      if (sort === 'ontvangen_nieuw') expect(seen).toEqual([...ids].reverse());
    }
  });

  it('pages through several statuses at once in the same order as one long page', async () => {
    for (const sort of ['ontvangen_nieuw', 'ontvangen_oud', 'termijn']) {
      const filter = `status=ontvangen&status=in_behandeling&from=2026-02-01&to=2026-03-02&sort=${sort}`;
      const all = (await page(`${filter}&limit=100`)).items.map((i) => i.id);
      expect(all.length).toBeGreaterThanOrEqual(5);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const r: Awaited<ReturnType<typeof page>> = await page(
          `${filter}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...r.items.map((i) => i.id));
        cursor = r.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    }
  });

  it('refuses a broken cursor and bad filters, next to the field', async () => {
    expect(
      fieldErrors((await meldpunt.get('/api/meldingen?cursor=bm9uc2Vuc2U')).json()).cursor,
    ).toBeDefined();
    const first = await page('limit=1&sort=termijn');
    const mixed = await meldpunt.get(`/api/meldingen?limit=1&sort=ontvangen_oud&cursor=${first.nextCursor}`);
    expect(mixed.statusCode).toBe(400);
    expect(fieldErrors((await meldpunt.get('/api/meldingen?status=weg')).json())['status.0']).toBeDefined();
    expect(fieldErrors((await meldpunt.get('/api/meldingen?limit=1000')).json()).limit).toBeDefined();
    expect(fieldErrors((await meldpunt.get('/api/meldingen?from=gisteren')).json()).from).toBeDefined();
  });
});

describe('full-text search at both ends', () => {
  it('pages through a broad term and finds a rare one, newest first, whichever plan is used', async () => {
    const tenant = (
      await t.tdb.db.query<{ id: string }>("SELECT id FROM organisation WHERE name = 'Gemeente Lindeburg'")
    ).rows[0]?.id;
    // More matches than SELECTIVE_SEARCH: the search walks the date-ordered index.
    await t.tdb.db.query(
      `INSERT INTO signal (tenant_id, reference, kind, intake, channel, received_at, reporter_kind, status,
         status_changed_at, acknowledge_due_on, triage_due_on, summary, search_vector, created_at)
       SELECT $1, 'M-2020-' || lpad(g::text, 6, '0'), 'melding', 'medewerker', 'telefoon',
              timestamptz '2020-01-01' + g * interval '1 hour', 'inwoner', 'afgesloten',
              timestamptz '2020-01-01', date '2020-01-02', date '2020-01-10', 'brede zoekterm ' || g,
              to_tsvector('dutch', 'brede zoekterm ' || CASE WHEN g % 1000 = 0 THEN 'zeldzaamwoord' ELSE '' END),
              now()
         FROM generate_series(1, $2::int) g`,
      [tenant, SELECTIVE_SEARCH + 100],
    );
    const first = (await meldpunt.get('/api/meldingen?q=zoekterm&limit=3')).json();
    expect(first.items.map((i: { reference: string }) => i.reference)).toEqual([
      'M-2020-002100',
      'M-2020-002099',
      'M-2020-002098',
    ]);
    const second = (
      await meldpunt.get(`/api/meldingen?q=zoekterm&limit=3&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((i: { reference: string }) => i.reference)).toEqual([
      'M-2020-002097',
      'M-2020-002096',
      'M-2020-002095',
    ]);
    const rare = (await meldpunt.get('/api/meldingen?q=zeldzaamwoord&limit=10')).json();
    expect(rare.items.map((i: { reference: string }) => i.reference)).toEqual([
      'M-2020-002000',
      'M-2020-001000',
    ]);
    expect(rare.nextCursor).toBeNull();
  });
});

describe('categories and settings of the municipality', () => {
  it('starts every municipality with the NCTV categories and lets the administrator add one', async () => {
    const cats = (await meldpunt.get('/api/meldpunt/categorieen')).json() as Array<{
      code: string;
      nctv: boolean;
    }>;
    expect(cats.map((c) => c.code)).toEqual([
      'jihadisme',
      'rechts_extremisme',
      'links_extremisme',
      'anti_institutioneel_extremisme',
      'dierenrechtenextremisme',
      'overig_gemengd',
      'polarisatie_onrust',
    ]);
    const admin = await signedIn(t.app, USERS.admin);
    const res = await admin.post('/api/meldpunt/categorieen', {
      code: 'complotdenken',
      labelNl: 'Complotdenken',
      labelEn: 'Conspiracy thinking',
    });
    expect(res.statusCode).toBe(201);
    expect(
      (await admin.post('/api/meldpunt/categorieen', { code: 'complotdenken', labelNl: 'x', labelEn: 'x' }))
        .statusCode,
    ).toBe(400);
    // A label of only spaces is no label (found by test/server/fuzz.test.ts: it was a 500).
    const blank = await admin.post('/api/meldpunt/categorieen', {
      code: 'leeg',
      labelNl: '  ',
      labelEn: 'x',
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors).toEqual([
      { field: 'labelNl', nl: 'Vul de naam in het Nederlands in.', en: 'Enter the name in Dutch.' },
    ]);
    const off = await admin.patch(`/api/meldpunt/categorieen/${res.json().id}`, {
      version: 1,
      active: false,
    });
    expect(off.json().active).toBe(false);
    expect(
      (await admin.patch(`/api/meldpunt/categorieen/${res.json().id}`, { version: 1, active: true }))
        .statusCode,
    ).toBe(409);
    expect(
      (await meldpunt.post('/api/meldpunt/categorieen', { code: 'x_y', labelNl: 'x', labelEn: 'x' }))
        .statusCode,
    ).toBe(403);
  });

  it('applies changed deadlines to signals received from then on', async () => {
    const admin = await signedIn(t.app, USERS.admin);
    const s = (await admin.get('/api/meldpunt/instellingen')).json();
    expect(s).toMatchObject({ acknowledgeWorkingDays: 3, triageWorkingDays: 10 });
    const bad = await admin.patch('/api/meldpunt/instellingen', {
      version: s.version,
      acknowledgeWorkingDays: 0,
    });
    expect(fieldErrors(bad.json()).acknowledgeWorkingDays).toBeDefined();
    await admin.patch('/api/meldpunt/instellingen', {
      version: s.version,
      acknowledgeWorkingDays: 1,
      triageWorkingDays: 5,
    });
    const { id } = await intake();
    const d = await detail(id);
    expect(d.deadlines.acknowledge.dueOn).toBe('2026-03-03');
    expect(d.deadlines.triage.dueOn).toBe('2026-03-09');
    expect(
      (await admin.patch('/api/meldpunt/instellingen', { version: s.version, triageWorkingDays: 9 }))
        .statusCode,
    ).toBe(409);
    await admin.patch('/api/meldpunt/instellingen', {
      version: s.version + 1,
      acknowledgeWorkingDays: 3,
      triageWorkingDays: 10,
    });
    expect((await meldpunt.get('/api/meldpunt/instellingen')).statusCode).toBe(403);
  });
});

describe('the published contract', () => {
  it('describes every meldpunt route in the OpenAPI document with its access rule', async () => {
    const res = await t.app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, { 'x-access'?: { key: string } }>>;
    const ours = Object.entries(paths).filter(([p]) =>
      // The public routes of the meldpunt; other modules' public parts (a training's reaction form, the
      // kennisbank's help page) are theirs.
      /^\/api\/(meldingen|meldpunt|personen|public\/(?!deskundigheid\/|kennisbank\/))/.test(p),
    );
    expect(ours.length).toBeGreaterThanOrEqual(16);
    for (const [, ops] of ours) {
      for (const op of Object.values(ops))
        expect(op['x-access']?.key).toMatch(/^(melding|persoon|privacy)\./);
    }
    expect(paths['/api/public/meldingen']?.post?.['x-access']?.key).toBe('melding.submitPublic');
  });
});
