import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

// The factsheet checklist (four questions) keeps these rounds small; the demo's VAR rounds are left alone.
let t: TestApp;
let officer: TestClient;
let policy: TestClient;
let mayor: TestClient;
let meldpunt: TestClient;
let other: TestClient;

const Q = {
  dossierhouder: 'factsheet.voorbereiding.organisatie.dossierhouder',
  overleg: 'factsheet.voorbereiding.organisatie.overlegstructuur',
  partners: 'factsheet.voorbereiding.netwerk.partners',
  sleutelfiguren: 'factsheet.voorbereiding.netwerk.sleutelfiguren',
};

async function as(name: string): Promise<TestClient> {
  const c = new TestClient(t.app);
  await c.signInAsDemo(name);
  return c;
}

const put = (c: TestClient, url: string, body: unknown) => c.request('PUT', url, body);

async function newRound(c: TestClient, title: string, startsOn: string): Promise<string> {
  const r = await c.post('/api/zelfscan/rondes', {
    template: 'factsheet',
    title,
    startsOn,
    participants: [
      { name: 'Ahmed El Idrissi', function: 'aandachtsfunctionaris' },
      { name: 'Thomas Bakker', function: 'beleidsmedewerker' },
    ],
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
}

async function answerAll(c: TestClient, id: string, answers: Record<string, string>) {
  for (const [key, answer] of Object.entries(answers)) {
    const r = await put(c, `/api/zelfscan/rondes/${id}/antwoorden/${key}`, {
      answer,
      explanation: answer === 'ja' ? '' : 'Nog niet rond.',
    });
    expect(r.statusCode, r.body).toBe(200);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  officer = await as('Ahmed El Idrissi');
  policy = await as('Thomas Bakker');
  mayor = await as('Johan van Dijk');
  meldpunt = await as('Sanne de Vries');
  other = await as('Eva Mulder');
});
afterAll(() => t.close());

describe('rounds and answers', () => {
  let first = '';
  let second = '';

  it('refuses a bad round field by field, in Dutch and English', async () => {
    const r = await officer.post('/api/zelfscan/rondes', {
      template: 'factsheet',
      title: '  ',
      startsOn: '2026-03-01',
      participants: [{ name: '', function: 'x' }],
    });
    expect(r.statusCode).toBe(400);
    const fields = r.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(['title', 'participants.0.name']);
    expect(r.json().errors[0].nl).toMatch(/Geef de ronde een titel/);
    expect(r.json().errors[0].en).toMatch(/Give the round a title/);
  });

  it('a round is answered question by question, each at its version', async () => {
    first = await newRound(policy, 'Checklist 2025', '2025-03-01');
    const url = `/api/zelfscan/rondes/${first}/antwoorden/${Q.dossierhouder}`;
    const bad = await put(policy, url, { answer: 'nee', explanation: ' ', evidenceUrl: 'http://x.example' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['explanation', 'evidenceUrl']);
    const ok = await put(policy, url, {
      answer: 'ja',
      explanation: '',
      evidenceUrl: 'https://lindeburg.example/besluit',
    });
    expect(ok.json()).toEqual({ questionKey: Q.dossierhouder, version: 1 });
    // Someone who did not read version 1 gets the answer now saved, never a silent overwrite.
    const stale = await put(officer, url, { answer: 'nee', explanation: 'Vertrokken.' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ answer: 'ja', version: 1 });
    const changed = await put(officer, url, {
      answer: 'deels',
      explanation: 'Tijdelijk waargenomen.',
      version: 1,
    });
    expect(changed.json().version).toBe(2);
    const unknown = await put(officer, `/api/zelfscan/rondes/${first}/antwoorden/var.beleid.middelen.nctv`, {
      answer: 'ja',
      explanation: '',
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('closing waits until every question has an answer, then the round is final', async () => {
    const detail = (await policy.get(`/api/zelfscan/rondes/${first}`)).json();
    const early = await policy.post(`/api/zelfscan/rondes/${first}/afsluiten`, {
      summary: '',
      version: detail.version,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().message.nl).toMatch(/zonder antwoord/);
    await answerAll(policy, first, { [Q.overleg]: 'nee', [Q.partners]: 'deels', [Q.sleutelfiguren]: 'nvt' });
    const now = (await policy.get(`/api/zelfscan/rondes/${first}`)).json();
    const closed = await policy.post(`/api/zelfscan/rondes/${first}/afsluiten`, {
      summary: 'Eerste ronde.',
      version: now.version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const after = await put(policy, `/api/zelfscan/rondes/${first}/antwoorden/${Q.overleg}`, {
      answer: 'ja',
      explanation: '',
      version: 1,
    });
    expect(after.statusCode).toBe(409);
    expect(after.json().message.nl).toMatch(/afgesloten/);
  });

  it('only one round of a questionnaire is open at a time', async () => {
    second = await newRound(officer, 'Checklist 2026', '2026-02-15');
    const again = await officer.post('/api/zelfscan/rondes', {
      template: 'factsheet',
      title: 'Nog een',
      startsOn: '2026-02-16',
      participants: [],
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].field).toBe('template');
  });

  it('compares with the previous round per theme and part: counts and the changed answers, no score', async () => {
    await answerAll(officer, second, { [Q.dossierhouder]: 'ja', [Q.overleg]: 'ja', [Q.partners]: 'deels' });
    const r = await mayor.get(`/api/zelfscan/rondes/${second}/vergelijking`);
    expect(r.statusCode).toBe(200);
    const c = r.json();
    expect(c.previous.title).toBe('Checklist 2025');
    const theme = c.groups.find((g: { part: string | null }) => g.part === null);
    expect(theme.current).toEqual({ ja: 2, deels: 1, nee: 0, nvt: 0, open: 1 });
    expect(theme.previous).toEqual({ ja: 0, deels: 2, nee: 1, nvt: 1, open: 0 });
    expect(c.changed.map((x: { questionKey: string }) => x.questionKey)).toEqual([
      Q.dossierhouder,
      Q.overleg,
      Q.sleutelfiguren,
    ]);
    expect(r.body).not.toMatch(/score|ranking|index/i);
  });

  it('lists rounds paged by cursor', async () => {
    const p1 = (await mayor.get('/api/zelfscan/rondes?limit=1')).json();
    expect(p1.rounds).toHaveLength(1);
    expect(p1.nextCursor).not.toBeNull();
    const p2 = (await mayor.get(`/api/zelfscan/rondes?limit=1&cursor=${p1.nextCursor}`)).json();
    expect(p2.rounds[0].id).not.toBe(p1.rounds[0].id);
    expect((await mayor.get('/api/zelfscan/rondes?cursor=bogus')).statusCode).toBe(400);
  });

  it('an evidence hint shows facts that a person confirms or corrects; it never answers', async () => {
    const hint = await officer.get(`/api/zelfscan/rondes/${second}/aanwijzingen/${Q.dossierhouder}`);
    expect(hint.statusCode, hint.body).toBe(200);
    expect(hint.json().facts[0].nl).toMatch(/actieve aandachtsfunctionaris/);
    const corrected = await officer.post(`/api/zelfscan/rondes/${second}/aanwijzingen/${Q.dossierhouder}`, {
      verdict: 'gecorrigeerd',
      note: '',
    });
    expect(corrected.statusCode).toBe(400);
    expect(corrected.json().errors[0].field).toBe('note');
    const ok = await officer.post(`/api/zelfscan/rondes/${second}/aanwijzingen/${Q.dossierhouder}`, {
      verdict: 'bevestigd',
      note: '',
    });
    expect(ok.statusCode).toBe(201);
    const detail = (await officer.get(`/api/zelfscan/rondes/${second}`)).json();
    expect(detail.hintReviews[0]).toMatchObject({ verdict: 'bevestigd', reviewedBy: 'Ahmed El Idrissi' });
    expect(detail.hintReviews[0].facts).toEqual(hint.json().facts);
    // The answer given before is untouched by the hint.
    expect(
      detail.answers.find((a: { questionKey: string }) => a.questionKey === Q.dossierhouder).version,
    ).toBe(1);
    const none = await officer.get(`/api/zelfscan/rondes/${second}/aanwijzingen/${Q.sleutelfiguren}`);
    expect(none.statusCode).toBe(400);
  });

  it('a gap becomes an action for its owner, in Mijn acties', async () => {
    const owners = (await officer.get('/api/zelfscan/actiehouders')).json() as Array<{
      id: string;
      name: string;
    }>;
    const me = owners.find((o) => o.name === 'Ahmed El Idrissi');
    expect(owners.some((o) => o.name === 'Thomas Bakker')).toBe(false);
    const notGap = await officer.post(`/api/zelfscan/rondes/${second}/acties`, {
      questionKey: Q.overleg,
      description: 'x',
      ownerUserId: me?.id,
      dueOn: '2026-06-01',
    });
    expect(notGap.statusCode).toBe(409);
    const bad = await officer.post(`/api/zelfscan/rondes/${second}/acties`, {
      questionKey: Q.partners,
      description: ' ',
      ownerUserId: null,
      dueOn: '2025-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'description',
      'ownerUserId',
      'dueOn',
    ]);
    const ok = await officer.post(`/api/zelfscan/rondes/${second}/acties`, {
      questionKey: Q.partners,
      description: 'Partnerscan maken met het jongerenwerk',
      ownerUserId: me?.id,
      dueOn: '2026-06-01',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const mine = (await officer.get('/api/acties/mijn')).json();
    expect(mine.actions.map((a: { description: string }) => a.description)).toContain(
      'Partnerscan maken met het jongerenwerk',
    );
    const detail = (await mayor.get(`/api/zelfscan/rondes/${second}`)).json();
    expect(detail.actions[0]).toMatchObject({
      questionKey: Q.partners,
      owner: 'Ahmed El Idrissi',
      status: 'open',
    });
  });

  it('an own question can be added and switched off, never deleted', async () => {
    const add = await policy.post('/api/zelfscan/eigen-vragen', {
      template: 'factsheet',
      theme: 'voorbereiding',
      part: 'netwerk',
      textNl: 'Kent het Zorg- en Veiligheidshuis onze contactpersoon?',
      textEn: '',
    });
    expect(add.statusCode, add.body).toBe(201);
    const id = add.json().id;
    let detail = (await policy.get(`/api/zelfscan/rondes/${second}`)).json();
    const keys = detail.themes[0].parts[1].questions.map((q: { key: string }) => q.key);
    expect(keys).toContain(`eigen.${id}`);
    const off = await put(policy, `/api/zelfscan/eigen-vragen/${id}`, {
      textNl: 'Kent het Zorg- en Veiligheidshuis onze contactpersoon?',
      textEn: '',
      active: false,
      version: 1,
    });
    expect(off.statusCode).toBe(200);
    detail = (await policy.get(`/api/zelfscan/rondes/${second}`)).json();
    expect(JSON.stringify(detail.themes)).not.toContain(id);
    const list = (await policy.get('/api/zelfscan/vragenlijsten')).json();
    expect(list.ownQuestions.find((o: { id: string }) => o.id === id).active).toBe(false);
  });

  it('keeps to the rules of who may do what, and to the own municipality', async () => {
    expect((await meldpunt.get('/api/zelfscan/rondes')).statusCode).toBe(403);
    expect(
      (
        await put(mayor, `/api/zelfscan/rondes/${second}/antwoorden/${Q.sleutelfiguren}`, {
          answer: 'ja',
          explanation: '',
        })
      ).statusCode,
    ).toBe(403);
    const policyOther = await as('Eva Mulder');
    expect((await policyOther.get(`/api/zelfscan/rondes/${second}`)).statusCode).toBe(403);
    expect(other).toBeDefined();
    const log = await t.tdb.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE object_type = 'zelfscan_ronde' AND object_id = $1",
      [second],
    );
    expect(log.rows[0]?.n).toBeGreaterThan(3);
  });

  it('the report for the college or the council is a PDF, logged as an export', async () => {
    const r = await mayor.get(`/api/zelfscan/rondes/${second}/rapport.pdf?voor=raad`);
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const log = await t.tdb.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE object_type = 'zelfscan_ronde' AND action = 'export' AND object_id = $1",
      [second],
    );
    expect(log.rows[0]?.n).toBe(1);
  });
});

describe('the demo and the region', () => {
  it("Lindeburg's demo has last year's closed VAR round and this year's open one to compare with it", async () => {
    const rounds = (await policy.get('/api/zelfscan/rondes')).json().rounds as Array<{
      id: string;
      template: string;
      status: string;
    }>;
    const open = rounds.find((r) => r.template === 'var' && r.status === 'open');
    expect(rounds.some((r) => r.template === 'var' && r.status === 'gesloten')).toBe(true);
    const c = (await policy.get(`/api/zelfscan/rondes/${open?.id}/vergelijking`)).json();
    expect(c.previous).not.toBeNull();
    expect(c.changed.length).toBeGreaterThan(0);
    const detail = (await policy.get(`/api/zelfscan/rondes/${open?.id}`)).json();
    expect(detail.hintReviews).toHaveLength(1);
    expect(detail.actions).toHaveLength(1);
  });

  it("a region's policy advisor sees each municipality's progress per theme; a municipality does not", async () => {
    const region = await as('Noor Hendriks');
    const r = await region.get('/api/zelfscan/regio');
    expect(r.statusCode, r.body).toBe(200);
    const o = r.json();
    const lb = o.municipalities.find((m: { name: string }) => m.name === 'Gemeente Lindeburg');
    expect(lb.themes.map((x: { theme: string }) => x.theme)).toEqual([
      'beleid',
      'deskundigheid',
      'preventie',
      'pga',
    ]);
    expect(lb.themes[0]).toMatchObject({ questions: 14, answered: 14 });
    const ov = o.municipalities.find((m: { name: string }) => m.name === 'Gemeente Oosterveen');
    expect(ov.round).toBeNull();
    expect(r.body).not.toMatch(/score|rank/i);
    expect((await policy.get('/api/zelfscan/regio')).statusCode).toBe(403);
  });
});
