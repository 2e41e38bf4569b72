import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/test-app.js';
import { joinCase, logOf, makeCase } from './casus-fixtures.js';
import { createOverlegApp, type OverlegTestApp, U } from './overleggen-fixtures.js';

let t: OverlegTestApp;
let officer: TestClient;
let police: TestClient;
let mayor: TestClient;

beforeAll(async () => {
  t = await createOverlegApp();
  officer = await t.client(U.officer);
  police = await t.client(U.police);
  mayor = await t.client(U.mayor);
});
afterAll(() => t.close());

describe('woordvoeringslijn', () => {
  it('is saved with versions, read by everyone in the case and changed by the regie only', async () => {
    const c = await makeCase(t);
    await joinCase(officer, c.id, t.org.politie);
    const url = `/api/casussen/${c.id}/woordvoeringslijn`;
    const line = {
      spokesperson: 'om',
      lines: 'Geen uitspraken over personen of aantallen.',
      agreedOn: '2026-03-02',
    };
    const first = await officer.request('PUT', url, { ...line, version: 0 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().version).toBe(1);
    const twice = await officer.request('PUT', url, { ...line, version: 0 });
    expect(twice.statusCode).toBe(409);
    const second = await officer.request('PUT', url, { ...line, spokesperson: 'gemeente', version: 1 });
    expect(second.statusCode).toBe(200);
    const stale = await officer.request('PUT', url, { ...line, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ spokesperson: 'gemeente', version: 2 });

    const forPolice = (await police.get(`/api/casussen/${c.id}/communicatie`)).json();
    expect(forPolice).toMatchObject({
      spokesline: {
        spokesperson: 'gemeente',
        lines: line.lines,
        agreedOn: '2026-03-02',
        updatedBy: U.officer,
      },
      briefings: null,
      mayEdit: false,
    });
    expect((await police.request('PUT', url, { ...line, version: 2 })).statusCode).toBe(403);
    const future = await officer.request('PUT', url, { ...line, agreedOn: '2026-04-01', version: 2 });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].field).toBe('agreedOn');
    const who = await officer.request('PUT', url, { ...line, spokesperson: 'politie', version: 2 });
    expect(who.json().errors[0].field).toBe('spokesperson');
  });
});

describe('raadsinformatie', () => {
  it('warns about known identifiers and saves only after explicit confirmation', async () => {
    const c = await makeCase(t, {
      name: 'Jan van den Berg',
      birthDate: '2007-03-04',
      address: 'Kerkstraat 12, 1234 AB Lindeburg',
      schoolOrWork: 'Lindeburg College',
    });
    await officer.post(`/api/casussen/${c.id}/netwerk/personen`, {
      name: 'Fatima El Amrani',
      relation: 'vriend',
      preventiveCare: false,
    });
    const url = `/api/casussen/${c.id}/raadsinformatie`;
    const text =
      'Een jongere (Berg, geboren 4 maart 2007) uit postcode 1234AB; contact met Fatima. Zit op het lindeburg college.';

    const check = await officer.post(`${url}/controle`, { text });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json().findings.map((f: { kind: string; text: string }) => [f.kind, f.text])).toEqual([
      ['naam', 'Berg'],
      ['geboortedatum', '4 maart 2007'],
      ['postcode', '1234AB'],
      ['netwerkpersoon', 'Fatima'],
      ['school_of_werk', 'lindeburg college'],
    ]);

    const warned = await officer.post(url, { briefedOn: '2026-03-02', text });
    expect(warned.statusCode).toBe(422);
    expect(warned.json()).toMatchObject({ code: 'identifiers_found', errors: [{ field: 'text' }] });
    expect(warned.json().findings).toHaveLength(5);
    expect(warned.json().findings[0]).toMatchObject({
      value: 'Jan van den Berg',
      label: { nl: expect.any(String) },
    });
    expect((await officer.get(`/api/casussen/${c.id}/communicatie`)).json().briefings).toEqual([]);

    const confirmed = await officer.post(url, { briefedOn: '2026-03-02', text, confirmed: true });
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    const clean = await officer.post(url, {
      briefedOn: '2026-03-01',
      text: 'Een jongere uit de gemeente is in beeld; er loopt een persoonsgerichte aanpak.',
    });
    expect(clean.statusCode, clean.body).toBe(201);

    const list = (await officer.get(`/api/casussen/${c.id}/communicatie`)).json().briefings;
    expect(
      list.map((b: { briefedOn: string; confirmedFindings: string[] }) => [b.briefedOn, b.confirmedFindings]),
    ).toEqual([
      ['2026-03-02', ['geboortedatum', 'naam', 'netwerkpersoon', 'postcode', 'school_of_werk']],
      ['2026-03-01', []],
    ]);
    expect((await mayor.get(`/api/casussen/${c.id}/communicatie`)).json().briefings).toHaveLength(2);
    expect((await mayor.post(url, { briefedOn: '2026-03-02', text: 'x' })).statusCode).toBe(403);
    const timeline = (await officer.get(`/api/casussen/${c.id}`)).json().timeline;
    expect(timeline.filter((e: { kind: string }) => e.kind === 'raadsinformatie')).toHaveLength(2);
    expect((await logOf(t, c.id)).filter((e) => e.action === 'create')).toHaveLength(3);
  });

  it('also knows how the linked signals name the person', async () => {
    const c = await makeCase(t, { name: 'Sophie Jansen' });
    const signal = await t.tdb.db.query<{ id: string }>(
      `INSERT INTO signal (tenant_id, reference, kind, intake, channel, received_at, reporter_kind, status,
         status_changed_at, acknowledge_due_on, triage_due_on, summary, search_vector, created_at)
       VALUES ($1, 'M-2026-77777', 'melding', 'medewerker', 'telefoon', $2, 'professional', 'in_behandeling', $2,
         '2026-02-25', '2026-03-06', 'x', to_tsvector('dutch', 'x'), $2) RETURNING id`,
      [t.tenantId, new Date('2026-02-20T10:00:00Z')],
    );
    await t.tdb.db.query(
      `INSERT INTO signal_subject (signal_id, tenant_id, ordinal, name, address, person_id)
       VALUES ($1, $2, 1, 'Sofie Janssen', 'Molenweg 3', $3)`,
      [signal.rows[0]?.id, t.tenantId, c.personId],
    );
    const r = await officer.post(`/api/casussen/${c.id}/raadsinformatie/controle`, {
      text: 'Sofie woont aan de Molenweg (melding M-2026-77777).',
    });
    expect(r.json().findings.map((f: { kind: string; text: string }) => [f.kind, f.text])).toEqual([
      ['naam', 'Sofie'],
      ['adres', 'Molenweg'],
      ['referentie', 'M-2026-77777'],
    ]);
  });
});
