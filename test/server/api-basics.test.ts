import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPolicyKey } from '../../src/domain/access/policy.js';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('routes and access rules', () => {
  it('every registered route declares a known access rule', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(5);
    const missing = t.app.routeTable.filter((r) => !isPolicyKey(r.access));
    expect(missing).toEqual([]);
  });

  it('refuses to start with a route that has no access rule', async () => {
    const { buildApp } = await import('../../src/server/app.js');
    const app = await buildApp({ db: t.tdb.db, config: t.config, clock: t.clock.now });
    expect(() => app.get('/api/unguarded', async () => 'x')).toThrow(/no access rule/);
    await app.close();
  });

  it('publishes an OpenAPI 3.1 document with the access rule of every operation', async () => {
    const res = await t.app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.values(
      doc.paths as Record<string, Record<string, { 'x-access'?: { key: string } }>>,
    ).flatMap((p) => Object.values(p));
    expect(ops.length).toBeGreaterThan(5);
    for (const op of ops) expect(isPolicyKey(op['x-access']?.key)).toBe(true);
    expect(doc.paths['/api/users'].post.requestBody).toBeDefined();
    // What to do about a missing required field is published beside it, as an OpenAPI extension.
    const meeting = doc.paths['/api/overleggen'].post.requestBody.content['application/json'].schema;
    expect(meeting.properties.type['x-fill-in']).toEqual({
      nl: 'Kies de soort overleg.',
      en: 'Choose the kind of meeting.',
    });
  });
});

describe('errors', () => {
  it('answers an unknown route with a 404 problem', async () => {
    const res = await t.app.inject('/api/does-not-exist');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().message.nl).toMatch(/bestaat niet/);
  });

  it('answers malformed JSON with 400 and no internals', async () => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Lotte Visser');
    const res2 = await c.raw('POST', '/api/users', '{"displayName": ');
    expect(res2.statusCode).toBe(400);
    expect(res2.json().code).toBe('bad_request');
    expect(res2.body).not.toMatch(/at .*\.ts|node_modules|SyntaxError|SELECT/);
  });

  it('answers an oversized body with 413', async () => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Lotte Visser');
    const res = await c.post('/api/users', { displayName: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().message.en).toMatch(/too large/);
  });

  it('names every invalid field in Dutch and English', async () => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Lotte Visser');
    const res = await c.post('/api/users', { displayName: '', email: 'geen-adres', role: 'koning' });
    expect(res.statusCode).toBe(400);
    const fields = Object.fromEntries(
      (res.json().errors as Array<{ field: string; nl: string; en: string }>).map((e) => [e.field, e]),
    );
    expect(fields.displayName?.nl).toBe('Vul dit veld in.');
    expect(fields.displayName?.en).toBe('Fill in this field.');
    expect(fields.email?.nl).toBe('Vul een geldig e-mailadres in.');
    expect(fields.email?.en).toBe('Enter a valid e-mail address.');
    expect(fields.role?.nl).toBe('Kies een van de mogelijke waarden.');
    expect(fields.organisationId?.nl).toBe('Vul dit veld in.');
  });
});

describe('security headers and CSRF', () => {
  it('sets a strict CSP and no-store on API responses', async () => {
    const res = await t.app.inject('/api/auth/session');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('does not trust a forwarded protocol outside production', async () => {
    const res = await t.app.inject({ url: '/api/auth/session', headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('refuses a change without the CSRF token, and one from another origin', async () => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Lotte Visser');
    const good = c.csrf;
    c.csrf = 'wrong';
    const res = await c.post('/api/auth/sign-out');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf');
    c.csrf = good;
    const cross = await c.request('POST', '/api/auth/sign-out', {}, { origin: 'https://evil.example' });
    expect(cross.statusCode).toBe(403);
    // Another address than the configured one is named, with the way out: reloading would not help.
    expect(cross.json()).toMatchObject({
      code: 'origin',
      message: {
        nl: expect.stringContaining('https://evil.example'),
        en: expect.stringContaining('PUBLIC_ORIGIN'),
      },
    });
    // In evaluation the loopback names of the same port are the same server; another port is not.
    const port = new URL(t.config.publicOrigin).port;
    for (const origin of [`http://127.0.0.1:${port}`, `http://[::1]:${port}`]) {
      // Past the origin and token check, the empty body is what is refused.
      const other = await c.request('POST', '/api/auth/membership', {}, { origin });
      expect([origin, other.statusCode]).toEqual([origin, 400]);
    }
    const otherPort = await c.request('POST', '/api/auth/sign-out', {}, { origin: 'http://127.0.0.1:1' });
    expect(otherPort.json().code).toBe('origin');
    expect((await c.post('/api/auth/sign-out')).statusCode).toBe(204);
  });

  it('refuses an anonymous change without the double-submit token', async () => {
    const c = new TestClient(t.app);
    const users = (await c.get('/api/auth/demo-users')).json() as Array<{ id: string }>;
    const res = await c.post('/api/auth/demo', { userId: users[0]?.id });
    expect(res.statusCode).toBe(403);
  });
});
