import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_RATE_MAX: '3', SIGN_IN_RATE_WINDOW_SECONDS: '600' });
});
afterAll(() => t.close());

describe('local sign-in per client address', () => {
  it('answers 429 with Retry-After once the address has used its attempts, across accounts', async () => {
    const c = new TestClient(t.app);
    await c.refreshSession();
    for (const username of ['a.een', 'b.twee', 'c.drie']) {
      const r = await c.post('/api/auth/local/sign-in', { username, password: 'fout wachtwoord' });
      expect(r.statusCode).toBe(400);
    }
    const refused = await c.post('/api/auth/local/sign-in', {
      username: 'd.vier',
      password: 'fout wachtwoord',
    });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().code).toBe('too_many_requests');
    expect(refused.json().message.nl).toMatch(/te vaak geprobeerd/);
    expect(refused.json().message.nl).not.toMatch(/112/);
  });

  it('counts in the window of the server clock and starts again after it', async () => {
    t.clock.advance(601_000);
    const c = new TestClient(t.app);
    await c.refreshSession();
    const r = await c.post('/api/auth/local/sign-in', { username: 'e.vijf', password: 'fout wachtwoord' });
    expect(r.statusCode).toBe(400);
  });
});
