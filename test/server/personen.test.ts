import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../helpers/test-app.js';
import { createMeldpuntApp, fieldErrors, melding, signedIn, USERS } from './meldingen-fixtures.js';

let t: TestApp;
let meldpunt: TestClient;
let officer: TestClient;
let mayor: TestClient;

beforeAll(async () => {
  t = await createMeldpuntApp();
  meldpunt = await signedIn(t.app, USERS.meldpunt);
  officer = await signedIn(t.app, USERS.officer);
  mayor = await signedIn(t.app, USERS.mayor);
});
afterAll(() => t.close());

interface Candidate {
  id: string;
  displayName: string;
  matchedOn: string[];
}

async function intake(
  persons: Array<Record<string, unknown>>,
  extra: Record<string, unknown> = {},
  by = meldpunt,
) {
  const res = await by.post('/api/meldingen', { ...melding({ persons }), channel: 'telefoon', ...extra });
  if (res.statusCode !== 201) throw new Error(res.body);
  const id = res.json().id as string;
  const d = (await by.get(`/api/meldingen/${id}`)).json();
  return {
    id,
    reference: d.reference as string,
    subjects: d.persons as Array<{ id: string }>,
    version: d.version as number,
  };
}

async function version(id: string, by = meldpunt): Promise<number> {
  return (await by.get(`/api/meldingen/${id}`)).json().version;
}

async function suggestions(id: string, by = meldpunt): Promise<Candidate[][]> {
  const res = await by.get(`/api/meldingen/${id}/suggesties`);
  expect(res.statusCode).toBe(200);
  return (res.json().subjects as Array<{ candidates: Candidate[] }>).map((s) => s.candidates);
}

async function link(id: string, subjectId: string, body: Record<string, unknown>, by = meldpunt) {
  return by.post(`/api/meldingen/${id}/betrokkenen/${subjectId}/koppeling`, {
    version: await version(id, by),
    ...body,
  });
}

describe('one record per person, signals as puzzle pieces', () => {
  let daan: string;
  let first: Awaited<ReturnType<typeof intake>>;

  beforeAll(async () => {
    first = await intake([
      {
        name: 'Daan van den Berg',
        birthDate: '2009-05-14',
        address: 'Kerkstraat 12, 1234 AB Lindeburg',
        relation: 'buurtbewoner',
      },
    ]);
    const res = await link(first.id, first.subjects[0]?.id as string, { action: 'nieuwe_persoon' });
    expect(res.statusCode).toBe(200);
    daan = res.json().personId;
  });

  it('creates a person from what the signal said, and links it', async () => {
    const page = (await meldpunt.get(`/api/personen/${daan}`)).json();
    expect(page.person).toMatchObject({
      displayName: 'Daan van den Berg',
      birthDate: '2009-05-14',
      address: 'Kerkstraat 12, 1234 AB Lindeburg',
    });
    const d = (await meldpunt.get(`/api/meldingen/${first.id}`)).json();
    expect(d.persons[0].link).toMatchObject({
      personId: daan,
      personName: 'Daan van den Berg',
      linkedByName: USERS.meldpunt,
    });
  });

  it('suggests the person for a similar name written differently, with the matching details and no score', async () => {
    const s = await intake([
      { name: 'D. v.d. Berg' },
      { name: 'Daan Berg', birthDate: '2009-05-14' },
      { name: 'Dirk van den Broek' },
      { address: 'Kerkstraat 12 1234AB Lindeburg' },
      { name: 'Ayoub El Amrani' },
    ]);
    const [abbreviated, sameBirth, particlesOnly, sameAddress, other] = await suggestions(s.id);
    expect(abbreviated?.map((c) => [c.id, c.matchedOn])).toEqual([[daan, ['naam']]]);
    expect(sameBirth?.map((c) => [c.id, c.matchedOn])).toEqual([[daan, ['naam', 'geboortedatum']]]);
    // "van den" is shared by many names and says nothing: no suggestion for Dirk van den Broek.
    expect(particlesOnly).toEqual([]);
    expect(sameAddress?.map((c) => [c.id, c.matchedOn])).toEqual([[daan, ['adres']]]);
    expect(other).toEqual([]);
    expect(Object.keys(sameBirth?.[0] ?? {}).sort()).toEqual(
      [
        'address',
        'birthDate',
        'createdAt',
        'displayName',
        'id',
        'matchedOn',
        'neighbourhood',
        'schoolOrWork',
        'version',
      ].sort(),
    );
  });

  it('lists candidates in name order, never by similarity', async () => {
    const a = await intake([{ name: 'Zeynep Berg' }]);
    await link(a.id, a.subjects[0]?.id as string, { action: 'nieuwe_persoon' });
    const b = await intake([{ name: 'Anna Berg' }]);
    await link(b.id, b.subjects[0]?.id as string, { action: 'nieuwe_persoon' });
    const s = await intake([{ name: 'Zeynep van den Berg' }]);
    const [candidates] = await suggestions(s.id);
    const names = candidates?.map((c) => c.displayName) ?? [];
    expect(names).toContain('Zeynep Berg');
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y)));
  });

  it('links on confirmation, forgets a rejected candidate, and logs both with who and when', async () => {
    const s = await intake([{ name: 'Daan v.d. Berg' }, { name: 'Daan van der Berg' }]);
    const [one, two] = s.subjects;
    const confirm = await link(s.id, one?.id as string, { action: 'bevestigen', personId: daan });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().personId).toBe(daan);
    const reject = await link(s.id, two?.id as string, {
      action: 'afwijzen',
      personId: daan,
      note: 'Andere Daan, broer van',
    });
    expect(reject.statusCode).toBe(200);
    const [afterOne, afterTwo] = await suggestions(s.id);
    expect(afterOne).toEqual([]); // already linked
    expect(afterTwo?.map((c) => c.id)).not.toContain(daan); // rejected: not suggested again

    const log = await t.tdb.db.query<{ action: string; person_id: string; actor_role: string }>(
      "SELECT action, person_id, actor_role FROM access_log WHERE object_id = $1 AND action LIKE 'person_%' ORDER BY id",
      [s.id],
    );
    expect(log.rows).toEqual([
      { action: 'person_link_confirm', person_id: daan, actor_role: 'meldpunt' },
      { action: 'person_link_reject', person_id: daan, actor_role: 'meldpunt' },
    ]);
    const page = (await meldpunt.get(`/api/personen/${daan}`)).json();
    const decisions = page.links.filter((l: { signalId: string }) => l.signalId === s.id);
    expect(decisions.map((l: { decision: string; byName: string }) => [l.decision, l.byName])).toEqual([
      ['bevestigd', USERS.meldpunt],
      ['afgewezen', USERS.meldpunt],
    ]);
    const history = (await meldpunt.get(`/api/meldingen/${s.id}`)).json().history as Array<{ kind: string }>;
    expect(history.filter((h) => h.kind === 'koppeling')).toHaveLength(2);
  });

  it('undoes a link and keeps that in the history', async () => {
    const s = await intake([{ name: 'Daan van den Berg' }]);
    const sub = s.subjects[0]?.id as string;
    await link(s.id, sub, { action: 'bevestigen', personId: daan });
    const undo = await link(s.id, sub, { action: 'ontkoppelen', note: 'Verkeerd gekoppeld' });
    expect(undo.statusCode).toBe(200);
    expect(undo.json().personId).toBeNull();
    expect((await meldpunt.get(`/api/meldingen/${s.id}`)).json().persons[0].link).toBeNull();
    const [again] = await suggestions(s.id);
    expect(again?.map((c) => c.id)).toContain(daan);
  });

  it('shows all linked signals on the person page as a timeline, oldest first', async () => {
    const later = await intake([{ name: 'Daan van den Berg' }], {
      receivedOn: '2026-02-26',
      observations: [
        {
          description: 'Tweede signaal: bezoekt online fora met extremistische inhoud',
          source: 'eigen_waarneming',
        },
      ],
    });
    await link(later.id, later.subjects[0]?.id as string, { action: 'bevestigen', personId: daan });
    const page = (await meldpunt.get(`/api/personen/${daan}`)).json();
    const refs = page.timeline.map((e: { signalId: string }) => e.signalId);
    expect(refs[0]).toBe(later.id); // received 26 February, before the others (2 March)
    expect(refs).toContain(first.id);
    expect(page.timeline[0].observations[0].description).toContain('Tweede signaal');
    const times = page.timeline.map((e: { receivedAt: string }) => e.receivedAt);
    expect(times).toEqual([...times].sort());
    expect(JSON.stringify(page)).not.toMatch(/score|risk|rank/i);
    const log = await t.tdb.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE object_type = 'person' AND action = 'read' AND person_id = $1",
      [daan],
    );
    expect(log.rows[0]?.n).toBeGreaterThan(0);
  });

  it('leaves an AIVD ambtsbericht out of the meldpunt’s timeline, and shows it to the officer', async () => {
    const aivd = await intake(
      [{ name: 'Daan van den Berg', birthDate: '2009-05-14' }],
      {
        channel: 'ambtsbericht_aivd',
        observations: [
          { description: 'Ambtsbericht: contact met ronselaar', source: 'document', sourceDetail: 'AIVD' },
        ],
      },
      officer,
    );
    const res = await link(
      aivd.id,
      aivd.subjects[0]?.id as string,
      { action: 'bevestigen', personId: daan },
      officer,
    );
    expect(res.statusCode).toBe(200);
    const forMeldpunt = (await meldpunt.get(`/api/personen/${daan}`)).json();
    expect(forMeldpunt.timeline.map((e: { signalId: string }) => e.signalId)).not.toContain(aivd.id);
    expect(JSON.stringify(forMeldpunt)).not.toContain('ronselaar');
    expect(forMeldpunt.links.map((l: { signalId: string }) => l.signalId)).not.toContain(aivd.id);
    const forOfficer = (await officer.get(`/api/personen/${daan}`)).json();
    expect(forOfficer.timeline.map((e: { signalId: string }) => e.signalId)).toContain(aivd.id);
    expect((await mayor.get(`/api/personen/${daan}`)).statusCode).toBe(200);
  });

  it('keeps a person known only from an AIVD ambtsbericht hidden from the meldpunt', async () => {
    const aivd = await intake(
      [{ name: 'Youssef Haddaoui', birthDate: '2001-01-09' }],
      {
        channel: 'ambtsbericht_aivd',
        observations: [{ description: 'Ambtsbericht', source: 'document', sourceDetail: 'AIVD' }],
      },
      officer,
    );
    const created = await link(
      aivd.id,
      aivd.subjects[0]?.id as string,
      { action: 'nieuwe_persoon' },
      officer,
    );
    const hidden = created.json().personId as string;
    expect((await meldpunt.get(`/api/personen/${hidden}`)).statusCode).toBe(404);
    const s = await intake([{ name: 'Youssef Haddaoui', birthDate: '2001-01-09' }]);
    expect((await suggestions(s.id))[0]).toEqual([]);
    expect((await meldpunt.get('/api/personen?naam=Haddaoui')).json()).toEqual([]);
    expect((await suggestions(s.id, officer))[0]?.map((c) => c.id)).toEqual([hidden]);
    // Once linked to an ordinary signal (by the officer), the meldpunt may see the person.
    await link(s.id, s.subjects[0]?.id as string, { action: 'bevestigen', personId: hidden }, officer);
    expect((await meldpunt.get(`/api/personen/${hidden}`)).statusCode).toBe(200);
  });

  it('finds persons by name for linking by hand', async () => {
    const found = (await meldpunt.get('/api/personen?naam=van den Berg')).json() as Candidate[];
    expect(found.map((p) => p.id)).toContain(daan);
    expect(fieldErrors((await meldpunt.get('/api/personen?naam=x')).json()).naam).toBeDefined();
  });

  it('finds the persons of a signal by its reference', async () => {
    const [, year, number] = first.reference.split('-') as [string, string, string];
    for (const q of [first.reference, `${year}-${number}`, number]) {
      const found = (await meldpunt.get(`/api/personen?naam=${encodeURIComponent(q)}`)).json() as Candidate[];
      expect(found.map((p) => [p.id, p.matchedOn])).toEqual([[daan, ['referentie']]]);
    }
    expect((await meldpunt.get(`/api/personen?naam=${Number(year) + 1}-${number}`)).json()).toEqual([]);
  });

  it('corrects a person under its version', async () => {
    const p = (await meldpunt.get(`/api/personen/${daan}`)).json().person;
    const ok = await meldpunt.patch(`/api/personen/${daan}`, {
      version: p.version,
      displayName: 'Daan van den Berg',
      birthDate: '2009-05-14',
      neighbourhood: 'Oosthaven',
      address: p.address,
      schoolOrWork: 'Lindeburg College',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().schoolOrWork).toBe('Lindeburg College');
    const stale = await officer.patch(`/api/personen/${daan}`, {
      version: p.version,
      displayName: 'D. Berg',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.schoolOrWork).toBe('Lindeburg College');
    const bad = await meldpunt.patch(`/api/personen/${daan}`, {
      version: p.version + 1,
      displayName: ' ',
      birthDate: '2030-01-01',
    });
    expect(Object.keys(fieldErrors(bad.json())).sort()).toEqual(['birthDate', 'displayName']);
    expect(
      (await mayor.patch(`/api/personen/${daan}`, { version: p.version + 1, displayName: 'X' })).statusCode,
    ).toBe(403);
  });

  it.each<
    [
      string,
      (ctx: { id: string; sub: string; linked: string; foreign: string }) => Record<string, unknown>,
      string,
    ]
  >([
    ['confirming without a person', () => ({ action: 'bevestigen' }), 'personId'],
    [
      'confirming a person of another municipality',
      (c) => ({ action: 'bevestigen', personId: c.foreign }),
      'personId',
    ],
    [
      'confirming a person that does not exist',
      () => ({ action: 'bevestigen', personId: '00000000-0000-4000-8000-000000000009' }),
      'personId',
    ],
    ['confirming when already linked', (c) => ({ action: 'bevestigen', personId: c.linked }), 'personId'],
    ['rejecting the linked person', (c) => ({ action: 'afwijzen', personId: c.linked }), 'personId'],
    ['an unknown action', () => ({ action: 'scoren' }), 'action'],
  ])('refuses %s', async (name, body, field) => {
    const foreign = (
      await t.tdb.db.query<{ id: string }>(
        `INSERT INTO person (tenant_id, display_name, normalized_name, created_at)
         SELECT id, 'Daan van den Berg', 'daan berg', now() FROM organisation WHERE name = 'Gemeente Oosterveen'
         RETURNING id`,
      )
    ).rows[0]?.id as string;
    const s = await intake([{ name: 'Daan van den Berg' }]);
    const sub = s.subjects[0]?.id as string;
    const confirmFirst = !name.startsWith('confirming a person');
    if (confirmFirst) await link(s.id, sub, { action: 'bevestigen', personId: daan });
    const res = await link(s.id, sub, body({ id: s.id, sub, linked: daan, foreign }));
    expect(res.statusCode).toBe(400);
    expect(Object.keys(fieldErrors(res.json()))).toContain(field);
  });

  it('refuses undoing a link that does not exist, and a new person without any detail to find it by', async () => {
    const s = await intake([{ neighbourhood: 'Oosthaven', schoolOrWork: 'Lindeburg College' }]);
    const sub = s.subjects[0]?.id as string;
    expect(fieldErrors((await link(s.id, sub, { action: 'ontkoppelen' })).json()).personId).toBeDefined();
    expect(fieldErrors((await link(s.id, sub, { action: 'nieuwe_persoon' })).json()).personId?.nl).toContain(
      'Zonder naam',
    );
  });

  it('refuses a decision on a stale version', async () => {
    const s = await intake([{ name: 'Daan van den Berg' }]);
    const res = await meldpunt.post(`/api/meldingen/${s.id}/betrokkenen/${s.subjects[0]?.id}/koppeling`, {
      version: s.version + 5,
      action: 'bevestigen',
      personId: daan,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().current.id).toBe(s.id);
  });

  it('lets only meldpunt and officer link; the mayor reads; others see no persons', async () => {
    const s = await intake([{ name: 'Daan van den Berg' }]);
    expect((await mayor.get(`/api/meldingen/${s.id}/suggesties`)).statusCode).toBe(403);
    for (const name of [USERS.partner, USERS.policy, USERS.admin, USERS.privacy]) {
      const c = await signedIn(t.app, name);
      expect((await c.get(`/api/personen/${daan}`)).statusCode).toBe(403);
      expect((await c.get(`/api/meldingen/${s.id}/suggesties`)).statusCode).toBe(403);
    }
  });

  it('logs a change of a linked signal under the person as well', async () => {
    const s = await intake([{ name: 'Daan van den Berg' }]);
    await link(s.id, s.subjects[0]?.id as string, { action: 'bevestigen', personId: daan });
    const res = await meldpunt.post(`/api/meldingen/${s.id}/status`, {
      version: await version(s.id),
      to: 'in_behandeling',
    });
    expect(res.statusCode).toBe(200);
    const log = await t.tdb.db.query<{ person_id: string | null }>(
      "SELECT person_id FROM access_log WHERE action = 'status_change' AND object_id = $1",
      [s.id],
    );
    expect(log.rows).toEqual([{ person_id: daan }]);
  });

  it('logs every candidate shown as a read of that person', async () => {
    const s = await intake([{ name: 'Daan van den Berg' }]);
    await suggestions(s.id);
    const log = await t.tdb.db.query<{ person_id: string }>(
      "SELECT person_id FROM access_log WHERE action = 'suggest' AND object_id = $1",
      [s.id],
    );
    expect(log.rows.map((r) => r.person_id)).toContain(daan);
  });
});
