import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

const BASE = '/api/deskundigheid';

let t: TestApp;
let coordinator: TestClient;
let officer: TestClient;
let youthWorker: TestClient;
let police: TestClient;
let meldpunt: TestClient;
let ids: { tenant: string; jongerenwerk: string; politie: string; training: string; boa: string; jw: string };

async function signIn(name: string): Promise<TestClient> {
  const c = new TestClient(t.app);
  await c.signInAsDemo(name);
  return c;
}

const one = async <T>(sql: string, params: unknown[] = []) =>
  (await t.tdb.db.query<T>(sql, params)).rows[0] as T;

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');
const csv = (text: string) => ({ fileName: 'presentielijst.csv', contentBase64: b64(text) });

const GOOD =
  'datum;training;organisatie;doelgroep;naam;e-mail;aanwezig\n' +
  "2026-02-10;Signalen herkennen;Gemeente Lindeburg;BOA's;Piet Handhaver;p.handhaver@lindeburg.example;ja\n" +
  "2026-02-10;Signalen herkennen;Gemeente Lindeburg;BOA's;Anna Boa;a.boa@lindeburg.example;nee\n" +
  '2026-02-10;Signalen herkennen;Jongerenwerk Lindeburg;Jongerenwerkers;Sara Werk;s.werk@jongerenwerk.example;ja\n' +
  '2026-02-10;Signalen herkennen;Politie eenheid Veenstroom, team CTER;Jongerenwerkers;;;\n';

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signIn('Karin de Groot');
  officer = await signIn('Ahmed El Idrissi');
  youthWorker = await signIn('Ruben Smit');
  police = await signIn('Marieke Jansen');
  meldpunt = await signIn('Sanne de Vries');
  const tenant = (await one<{ id: string }>("SELECT id FROM organisation WHERE name = 'Gemeente Lindeburg'"))
    .id;
  const org = async (name: string) =>
    (await one<{ id: string }>('SELECT id FROM organisation WHERE name = $1', [name])).id;
  const group = async (name: string, side: string) =>
    (
      await one<{ id: string }>(
        `INSERT INTO training_target_group (tenant_id, side, name, required_level, created_at, updated_at)
         VALUES ($1, $2, $3, 'signalen', now(), now())
         ON CONFLICT (tenant_id, name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [tenant, side, name],
      )
    ).id;
  const training = (
    await one<{ id: string }>(
      `INSERT INTO training (tenant_id, provider, title, format, level, created_at, updated_at)
       VALUES ($1, 'ROR', 'Signalen herkennen', 'klassikaal', 'signalen', now(), now()) RETURNING id`,
      [tenant],
    )
  ).id;
  ids = {
    tenant,
    jongerenwerk: await org('Jongerenwerk Lindeburg'),
    politie: await org('Politie eenheid Veenstroom, team CTER'),
    training,
    boa: await group("BOA's", 'eigen'),
    jw: await group('Jongerenwerkers', 'partner'),
  };
});

afterAll(async () => {
  await t?.close();
});

const sessionBody = (over: Record<string, unknown> = {}) => ({
  trainingId: ids.training,
  heldOn: '2026-02-20',
  status: 'gehouden',
  location: 'Stadhuis',
  notes: '',
  organisationIds: [ids.tenant, ids.jongerenwerk],
  ...over,
});

describe('sessions', () => {
  it('records a joint session, lists it paged and filtered, and saves at the version read (409 otherwise)', async () => {
    const r = await coordinator.post(`${BASE}/sessies`, sessionBody());
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json().id as string;
    const s = (await officer.get(`${BASE}/sessies/${id}`)).json();
    expect(s).toMatchObject({ status: 'gehouden', version: 1, training: { name: 'Signalen herkennen' } });
    expect(s.organisations.map((o: { id: string }) => o.id).sort()).toEqual(
      [ids.tenant, ids.jongerenwerk].sort(),
    );

    const list = (await coordinator.get(`${BASE}/sessies?jaar=2026&training=${ids.training}&limit=1`)).json();
    expect(list.sessions).toHaveLength(1);
    expect((await coordinator.get(`${BASE}/sessies?jaar=2019`)).json().sessions).toHaveLength(0);

    const save = await coordinator.request('PUT', `${BASE}/sessies/${id}`, {
      ...sessionBody({ location: 'Bibliotheek' }),
      version: 1,
    });
    expect(save.statusCode, save.body).toBe(200);
    const stale = await coordinator.request('PUT', `${BASE}/sessies/${id}`, { ...sessionBody(), version: 1 });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses a held session in the future, naming the field in Dutch and English', async () => {
    const r = await coordinator.post(`${BASE}/sessies`, sessionBody({ heldOn: '2026-04-01' }));
    expect(r.statusCode).toBe(400);
    const errors = r.json().errors as { field: string; nl: string; en: string }[];
    expect(errors[0]?.field).toBe('heldOn');
    expect(errors[0]?.nl).toContain('toekomst');
    expect(
      (await coordinator.post(`${BASE}/sessies`, sessionBody({ heldOn: '2026-04-01', status: 'gepland' })))
        .statusCode,
    ).toBe(201);
  });

  it('is not for the meldpunt, and a partner sees only the sessions it joined', async () => {
    expect((await meldpunt.get(`${BASE}/sessies`)).statusCode).toBe(403);
    const mine = (await youthWorker.get(`${BASE}/sessies`)).json().sessions as {
      organisations: { id: string }[];
    }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((s) => s.organisations.some((o) => o.id === ids.jongerenwerk))).toBe(true);
    const other = (
      await coordinator.post(`${BASE}/sessies`, sessionBody({ organisationIds: [ids.tenant] }))
    ).json().id;
    expect((await youthWorker.get(`${BASE}/sessies/${other}`)).statusCode).toBe(404);
    expect((await youthWorker.post(`${BASE}/sessies`, sessionBody())).statusCode).toBe(403);
  });
});

describe('importing an attendance list', () => {
  it('lists every row problem with its row and field, and records nothing', async () => {
    const bad =
      'datum;training;organisatie;doelgroep;naam\n' +
      "2026-02-11;Signalen herkennen;Gemeente Lindeburg;BOA's;Goed Mens\n" +
      "2026-02-11;Onbekende cursus;Gemeente Lindeburg;BOA's;Fout Mens\n" +
      "2026-05-01;Signalen herkennen;Gemeente Lindeburg;BOA's;Later Mens\n";
    const p = await coordinator.post(`${BASE}/import/voorbeeld`, csv(bad));
    expect(p.statusCode, p.body).toBe(200);
    const issues = p.json().issues as { row: number; field: string; nl: string }[];
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [3, 'training'],
      [4, 'date'],
    ]);
    expect(issues[0]?.nl).toContain('Rij 3, training');
    const c = await coordinator.post(`${BASE}/import`, { ...csv(bad), sha256: p.json().sha256 });
    expect(c.statusCode).toBe(400);
    expect((c.json().errors as { field: string }[]).map((e) => e.field)).toEqual([
      'rows.3.training',
      'rows.4.date',
    ]);
    const n = await one<{ n: string }>("SELECT count(*) AS n FROM training_person WHERE name = 'Goed Mens'");
    expect(Number(n.n)).toBe(0);
  });

  it('refuses a file in Windows-1252, saying so', async () => {
    const bytes = Buffer.concat([
      Buffer.from('datum;training;organisatie;naam\n2026-02-10;Signalen herkennen;Gemeente Lindeburg;Jos'),
      Buffer.from([0xe9, 0x80]),
    ]);
    const r = await coordinator.post(`${BASE}/import/voorbeeld`, {
      fileName: 'x.csv',
      contentBase64: b64(bytes),
    });
    expect(r.statusCode).toBe(400);
    const e = r.json().errors[0];
    expect(e.field).toBe('file');
    expect(e.nl).toContain('Windows-1252');
    expect(e.nl).toContain('rij 2, kolom "naam"');
    expect(e.en).toContain('UTF-8');
  });

  it('previews, commits in one go (a joint session of both organisations), and a second commit changes nothing', async () => {
    const p = await coordinator.post(`${BASE}/import/voorbeeld`, csv(GOOD));
    expect(p.statusCode, p.body).toBe(200);
    const preview = p.json();
    // The count row lacks a name and a count: one problem.
    expect(preview.issues).toEqual([expect.objectContaining({ row: 5, field: 'name' })]);
    const good =
      'datum;training;organisatie;doelgroep;naam;e-mail;aanwezig;aantal\n' +
      "2026-02-10;Signalen herkennen;Gemeente Lindeburg;BOA's;Piet Handhaver;p.handhaver@lindeburg.example;ja;\n" +
      "2026-02-10;Signalen herkennen;Gemeente Lindeburg;BOA's;Anna Boa;a.boa@lindeburg.example;nee;\n" +
      '2026-02-10;Signalen herkennen;Jongerenwerk Lindeburg;Jongerenwerkers;Sara Werk;s.werk@jongerenwerk.example;ja;\n' +
      '2026-02-10;Signalen herkennen;Politie eenheid Veenstroom, team CTER;Jongerenwerkers;;;;6\n';
    const p2 = (await coordinator.post(`${BASE}/import/voorbeeld`, csv(good))).json();
    expect(p2.issues).toEqual([]);
    expect(p2.totals).toMatchObject({
      newSessions: 1,
      newPeople: 3,
      matchedPeople: 0,
      attendances: 3,
      counted: 6,
    });
    const c = await coordinator.post(`${BASE}/import`, { ...csv(good), sha256: p2.sha256 });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json()).toMatchObject({ createdSessions: 1, createdPeople: 3, attendances: 3 });
    const id = c.json().sessionIds[0];
    const s = (await coordinator.get(`${BASE}/sessies/${id}`)).json();
    expect(s.organisations.map((o: { name: string }) => o.name).sort()).toEqual([
      'Gemeente Lindeburg',
      'Jongerenwerk Lindeburg',
      'Politie eenheid Veenstroom, team CTER',
    ]);
    expect(s.people).toHaveLength(3);
    expect(s.counts).toEqual([expect.objectContaining({ participants: 6 })]);

    // Again: matched, nothing new.
    const again = await coordinator.post(`${BASE}/import`, { ...csv(good), sha256: p2.sha256 });
    expect(again.json()).toMatchObject({
      createdSessions: 0,
      createdPeople: 0,
      attendances: 0,
      sessionIds: [id],
    });
    expect((await coordinator.post(`${BASE}/import/voorbeeld`, csv(good))).json().totals).toMatchObject({
      newSessions: 0,
      matchedPeople: 3,
    });
    // A file that is not the previewed one is refused.
    const other = await coordinator.post(`${BASE}/import`, { ...csv(`${good}\n`), sha256: p2.sha256 });
    expect(other.statusCode).toBe(409);

    // Partners see only their own people, and no reaction figures; each person shown is logged.
    const theirs = (await youthWorker.get(`${BASE}/sessies/${id}`)).json();
    expect(theirs.people.map((x: { name: string }) => x.name)).toEqual(['Sara Werk']);
    expect(theirs.counts).toEqual([]);
    expect(theirs.reaction).toBeNull();
    const logged = await t.tdb.db.query<{ object_id: string }>(
      "SELECT object_id FROM access_log WHERE object_type = 'training_person' AND action = 'read' AND actor_role = 'ketenpartner'",
    );
    expect(logged.rows).toHaveLength(1);
  });

  it('leaves nothing when the commit fails half-way', async () => {
    const file =
      'datum;training;organisatie;doelgroep;naam;e-mail\n' +
      "2026-01-15;Signalen herkennen;Gemeente Lindeburg;BOA's;Eerste Atoom;atoom1@lindeburg.example\n" +
      "2026-01-15;Signalen herkennen;Gemeente Lindeburg;BOA's;Tweede Atoom;atoom2@lindeburg.example\n";
    const p = (await coordinator.post(`${BASE}/import/voorbeeld`, csv(file))).json();
    // A trigger makes the second attendance fail, after the session and the first person were written.
    await t.tdb.withOwner((o) =>
      o.execScript(`CREATE FUNCTION fail_second() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF (SELECT count(*) FROM training_attendance WHERE session_id = NEW.session_id) >= 1 THEN
          RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER fail_second BEFORE INSERT ON training_attendance FOR EACH ROW EXECUTE FUNCTION fail_second();`),
    );
    const r = await coordinator.post(`${BASE}/import`, { ...csv(file), sha256: p.sha256 });
    expect(r.statusCode).toBe(500);
    await t.tdb.withOwner((o) => o.execScript('DROP TRIGGER fail_second ON training_attendance'));
    const people = await one<{ n: string }>(
      "SELECT count(*) AS n FROM training_person WHERE email LIKE 'atoom%'",
    );
    const sessions = await one<{ n: string }>(
      "SELECT count(*) AS n FROM training_session WHERE held_on = '2026-01-15'",
    );
    expect([Number(people.n), Number(sessions.n)]).toEqual([0, 0]);
  });
});

describe('certificates', () => {
  it('takes a PDF by its content, refuses another type, and lets a partner download its own people only', async () => {
    const sessions = (await coordinator.get(`${BASE}/sessies?jaar=2026`)).json().sessions as {
      id: string;
      heldOn: string;
    }[];
    const id = sessions.find((s) => s.heldOn === '2026-02-10')?.id as string;
    const s = (await coordinator.get(`${BASE}/sessies/${id}`)).json();
    const sara = s.people.find((p: { name: string }) => p.name === 'Sara Werk').personId;
    const piet = s.people.find((p: { name: string }) => p.name === 'Piet Handhaver').personId;
    const pdf = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';
    const up = await coordinator.request('PUT', `${BASE}/sessies/${id}/deelnemers/${sara}/certificaat`, {
      fileName: 'certificaat.pdf',
      contentBase64: b64(pdf),
    });
    expect(up.statusCode, up.body).toBe(200);
    const wrong = await coordinator.request('PUT', `${BASE}/sessies/${id}/deelnemers/${piet}/certificaat`, {
      fileName: 'certificaat.pdf',
      contentBase64: b64('gewoon tekst'),
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('file');
    const dl = await youthWorker.get(`${BASE}/sessies/${id}/deelnemers/${sara}/certificaat`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-disposition']).toContain('attachment');
    expect((await police.get(`${BASE}/sessies/${id}/deelnemers/${sara}/certificaat`)).statusCode).toBe(404);
  });
});

describe('the anonymous reaction form', () => {
  it('takes reactions while open and shows counts only above the threshold, free text from k reactions', async () => {
    const sessions = (await coordinator.get(`${BASE}/sessies?jaar=2026`)).json().sessions as {
      id: string;
      heldOn: string;
    }[];
    const id = sessions.find((s) => s.heldOn === '2026-02-10')?.id as string;
    const o = await coordinator.request('PUT', `${BASE}/sessies/${id}/reactieformulier`, {
      openUntil: '2026-03-20',
    });
    expect(o.statusCode, o.body).toBe(200);
    const token = o.json().token as string;
    const anon = new TestClient(t.app);
    await anon.refreshSession();
    const info = await anon.get(`/api/public/deskundigheid/reactie/${token}`);
    expect(info.json()).toEqual({ training: 'Signalen herkennen', heldOn: '2026-02-10', open: true });
    for (let i = 0; i < 3; i++) {
      const r = await anon.post(`/api/public/deskundigheid/reactie/${token}`, {
        useful: 'ja',
        missing: 'Meer casussen',
      });
      expect(r.statusCode, r.body).toBe(204);
    }
    let s = (await coordinator.get(`${BASE}/sessies/${id}`)).json();
    expect(s.reaction.total).toEqual({ value: null, suppressed: 'primary' });
    expect(s.reaction.missing).toEqual([]);
    for (let i = 0; i < 9; i++) {
      await anon.post(`/api/public/deskundigheid/reactie/${token}`, {
        useful: i < 7 ? 'ja' : 'nee',
        missing: '',
      });
    }
    s = (await coordinator.get(`${BASE}/sessies/${id}`)).json();
    expect(s.reaction.total).toEqual({ value: 12, suppressed: null });
    expect(s.reaction.useful.ja).toEqual({ value: null, suppressed: 'secondary' });
    expect(s.reaction.useful.nee).toEqual({ value: null, suppressed: 'primary' });
    expect(s.reaction.missing).toEqual(['Meer casussen', 'Meer casussen', 'Meer casussen']);

    t.clock.advance(30 * 86_400_000);
    const closed = await anon.post(`/api/public/deskundigheid/reactie/${token}`, {
      useful: 'ja',
      missing: '',
    });
    expect(closed.statusCode).toBe(409);
    expect((await anon.get(`/api/public/deskundigheid/reactie/${'x'.repeat(43)}`)).statusCode).toBe(404);
  });
});
