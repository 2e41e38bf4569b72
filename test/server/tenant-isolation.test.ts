import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('a user of municipality A never sees anything of municipality B', () => {
  it('lists only the own tenant users and organisations', async () => {
    const lindeburg = new TestClient(t.app);
    await lindeburg.signInAsDemo('Lotte Visser');
    const oosterveen = new TestClient(t.app);
    await oosterveen.signInAsDemo('Eva Mulder');

    const a = (await lindeburg.get('/api/users')).json() as Array<{ id: string; displayName: string }>;
    const b = (await oosterveen.get('/api/users')).json() as Array<{ id: string; displayName: string }>;
    expect(a.map((u) => u.displayName)).toContain('Ahmed El Idrissi');
    expect(a.map((u) => u.displayName)).not.toContain('Eva Mulder');
    expect(b.map((u) => u.displayName)).toEqual(['Eva Mulder']);

    const ahmed = a.find((u) => u.displayName === 'Ahmed El Idrissi');
    const read = await oosterveen.get(`/api/users/${ahmed?.id}`);
    expect(read.statusCode).toBe(404);
    const change = await oosterveen.patch(`/api/users/${ahmed?.id}`, { version: 1, disabled: true });
    expect(change.statusCode).toBe(404);

    const orgsB = (await oosterveen.get('/api/organisations')).json() as Array<{ name: string }>;
    expect(orgsB.map((o) => o.name)).toEqual(['Gemeente Oosterveen']);
  });

  it('cannot create a user in an organisation of another municipality', async () => {
    const lindeburg = new TestClient(t.app);
    await lindeburg.signInAsDemo('Lotte Visser');
    const orgs = (await lindeburg.get('/api/organisations')).json() as Array<{ id: string; name: string }>;
    const oosterveen = new TestClient(t.app);
    await oosterveen.signInAsDemo('Eva Mulder');
    const res = await oosterveen.post('/api/users', {
      displayName: 'Indringer',
      organisationId: orgs.find((o) => o.name === 'Gemeente Lindeburg')?.id,
      role: 'aandachtsfunctionaris',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('organisationId');
  });

  it("shows a privacy officer only the own municipality's access log", async () => {
    const eva = new TestClient(t.app);
    await eva.signInAsDemo('Eva Mulder');
    await eva.get('/api/users');
    const fg = new TestClient(t.app);
    await fg.signInAsDemo('Pieter de Boer');
    const log = (await fg.get('/api/access-log?limit=200')).json() as {
      entries: Array<{ actorName: string | null }>;
    };
    expect(log.entries.length).toBeGreaterThan(0);
    expect(log.entries.map((e) => e.actorName)).not.toContain('Eva Mulder');
  });

  it('forbids roles outside the rule, and logs the refusal', async () => {
    const ahmed = new TestClient(t.app);
    await ahmed.signInAsDemo('Ahmed El Idrissi');
    expect((await ahmed.get('/api/users')).statusCode).toBe(403);
    expect((await ahmed.get('/api/access-log')).statusCode).toBe(403);
    const fg = new TestClient(t.app);
    await fg.signInAsDemo('Pieter de Boer');
    const log = (await fg.get('/api/access-log?result=denied')).json() as {
      entries: Array<{ actorName: string; objectId: string }>;
    };
    expect(
      log.entries.some((e) => e.actorName === 'Ahmed El Idrissi' && e.objectId === 'GET /api/users'),
    ).toBe(true);
  });
});
