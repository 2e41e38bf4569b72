import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/test-app.js';
import { joinCase, logOf, makeCase } from './casus-fixtures.js';
import { createOverlegApp, type OverlegTestApp, U } from './overleggen-fixtures.js';

// The test clock stands at 2026-03-02 09:00 UTC.
let t: OverlegTestApp;
let officer: TestClient;
let police: TestClient;
let youthCare: TestClient;
let mayor: TestClient;

beforeAll(async () => {
  t = await createOverlegApp();
  officer = await t.client(U.officer);
  police = await t.client(U.police);
  youthCare = await t.client(U.youthCare);
  mayor = await t.client(U.mayor);
});
afterAll(() => t.close());

const contact = (o: Record<string, unknown> = {}) => ({
  contactOn: '2026-02-20',
  kind: 'praktisch',
  withWhom: 'Moeder',
  summary: 'Vragen over het opzeggen van de zorgverzekering.',
  followUp: 'Informatie van de zorgverzekeraar nasturen',
  followUpDueOn: '2026-02-27',
  ...o,
});

describe('family support', () => {
  it('records contacts over time, by whom, with follow-ups that become overdue', async () => {
    const c = await makeCase(t);
    await joinCase(officer, c.id, t.org.politie);
    const r = await officer.post(`/api/casussen/${c.id}/familie`, contact());
    expect(r.statusCode, r.body).toBe(201);
    const byPolice = await police.post(
      `/api/casussen/${c.id}/familie`,
      contact({
        contactOn: '2026-03-01',
        kind: 'emotioneel',
        withWhom: 'Vader',
        summary: 'Vader vraagt wanneer zijn zoon terugkomt.',
        followUp: '',
        followUpDueOn: null,
      }),
    );
    expect(byPolice.statusCode, byPolice.body).toBe(201);

    const list = (await officer.get(`/api/casussen/${c.id}/familie`)).json();
    expect(list.mayAdd).toBe(true);
    expect(list.contacts.map((x: { kind: string }) => x.kind)).toEqual(['emotioneel', 'praktisch']);
    expect(list.contacts[0]).toMatchObject({
      by: { organisation: { id: t.org.politie }, user: { name: U.police } },
      overdue: false,
      mayEdit: true,
    });
    expect(list.contacts[1]).toMatchObject({
      by: { organisation: { id: t.org.gemeente }, user: { name: U.officer } },
      followUpDueOn: '2026-02-27',
      followUpDone: false,
      overdue: true,
    });
    // The police may change its own contacts only.
    const forPolice = (await police.get(`/api/casussen/${c.id}/familie`)).json().contacts;
    expect(forPolice.map((x: { mayEdit: boolean }) => x.mayEdit)).toEqual([true, false]);
    const notOwn = await police.request('PUT', `/api/casussen/${c.id}/familie/${r.json().id}`, {
      ...contact(),
      version: 1,
    });
    expect(notOwn.statusCode).toBe(403);

    const done = await officer.request('PUT', `/api/casussen/${c.id}/familie/${r.json().id}`, {
      ...contact(),
      followUpDone: true,
      version: 1,
    });
    expect(done.statusCode, done.body).toBe(200);
    const after = (await officer.get(`/api/casussen/${c.id}/familie`)).json().contacts[1];
    expect(after).toMatchObject({
      followUpDone: true,
      followUpDoneBy: U.officer,
      overdue: false,
      version: 2,
    });
    const stale = await officer.request('PUT', `/api/casussen/${c.id}/familie/${r.json().id}`, {
      ...contact(),
      followUpDone: false,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ followUpDone: true, version: 2 });

    const kinds = (await officer.get(`/api/casussen/${c.id}`))
      .json()
      .timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['familiecontact', 'familiecontact_vervolg_gedaan']));
    expect((await logOf(t, c.id)).filter((e) => e.action === 'create')).toHaveLength(2);
  });

  it('validates dates and follow-ups, naming the field', async () => {
    const c = await makeCase(t);
    const future = await officer.post(`/api/casussen/${c.id}/familie`, contact({ contactOn: '2026-03-03' }));
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].field).toBe('contactOn');
    const noFollowUp = await officer.post(`/api/casussen/${c.id}/familie`, contact({ followUp: '' }));
    expect(noFollowUp.json().errors[0].field).toBe('followUp');
    const kind = await officer.post(`/api/casussen/${c.id}/familie`, contact({ kind: 'financieel' }));
    expect(kind.statusCode).toBe(400);
    expect(kind.json().errors[0].field).toBe('kind');
  });

  it('is read by participants and the mayor only; the mayor records nothing', async () => {
    const c = await makeCase(t);
    await officer.post(`/api/casussen/${c.id}/familie`, contact());
    expect((await youthCare.get(`/api/casussen/${c.id}/familie`)).statusCode).toBe(404);
    expect((await youthCare.post(`/api/casussen/${c.id}/familie`, contact())).statusCode).toBe(404);
    const read = await mayor.get(`/api/casussen/${c.id}/familie`);
    expect(read.statusCode).toBe(200);
    expect(read.json().mayAdd).toBe(false);
    expect((await mayor.post(`/api/casussen/${c.id}/familie`, contact())).statusCode).toBe(403);
  });
});
