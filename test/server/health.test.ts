import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('liveness and readiness', () => {
  it('live answers without a session and writes nothing to the access log', async () => {
    const before = await t.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log');
    const res = await t.app.inject('/api/health/live');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
    const after = await t.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('ready checks the database and the migrations', async () => {
    const res = await t.app.inject('/api/health/ready');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok' } });
  });

  it('ready answers 503 as a problem while the instance shuts down', async () => {
    t.app.readiness.draining = true;
    try {
      const res = await t.app.inject('/api/health/ready');
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'not_ready' });
      // Liveness stays: the process is fine, it is only leaving.
      expect((await t.app.inject('/api/health/live')).statusCode).toBe(200);
    } finally {
      t.app.readiness.draining = false;
    }
  });
});
