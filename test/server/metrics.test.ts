import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const TOKEN = 'a'.repeat(40);
let t: TestApp;
let without: TestApp;
beforeAll(async () => {
  t = await createTestApp({ DUIDEN_METRICS_TOKEN: TOKEN });
  without = await createTestApp();
});
afterAll(async () => {
  await t.close();
  await without.close();
});

describe('metrics', () => {
  it('does not exist without a token configured', async () => {
    const res = await without.app.inject({
      url: '/api/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a missing or wrong token', async () => {
    expect((await t.app.inject('/api/metrics')).statusCode).toBe(401);
    const wrong = await t.app.inject({
      url: '/api/metrics',
      headers: { authorization: `Bearer ${'b'.repeat(40)}` },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('gives request rates by route pattern, durations, backlog, sealing and retention, and no ids', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    await t.app.inject('/api/health/live');
    await t.app.inject(`/api/meldingen/${id}?q=Jansen`);
    const res = await t.app.inject({ url: '/api/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain; version=0.0.4');
    const text = res.body;
    expect(text).toContain(
      'duiden_http_requests_total{method="GET",route="/api/health/live",status="200"} 1',
    );
    expect(text).toContain(
      'duiden_http_requests_total{method="GET",route="/api/meldingen/:id",status="401"} 1',
    );
    expect(text).toMatch(
      /duiden_http_request_duration_seconds_bucket\{method="GET",route="\/api\/health\/live",le="\+Inf"\} 1/,
    );
    expect(text).toMatch(/^duiden_outbox_pending\{outbox="meldpunt"\} \d+$/m);
    expect(text).toMatch(/^duiden_access_log_unsealed_entries \d+$/m);
    expect(text).toMatch(/^duiden_retention_deleted_last_day \d+$/m);
    expect(text).not.toContain(id);
    expect(text).not.toContain('Jansen');
    // Every sample line is "name{labels} value" or "name value".
    for (const line of text.trim().split('\n')) {
      if (!line.startsWith('#')) expect(line).toMatch(/^[a-z_]+(\{[^}]*\})? -?[0-9.e+-]+$/);
    }
  });

  it('refuses a token shorter than 32 characters at start', async () => {
    const { loadConfig } = await import('../../src/config.js');
    expect(() => loadConfig({ DUIDEN_METRICS_TOKEN: 'short' })).toThrow(/at least 32/);
  });
});

describe('structured logs', () => {
  it('are JSON lines with the request id, the method and route pattern, and nothing personal', async () => {
    const { Writable } = await import('node:stream');
    const { buildApp } = await import('../../src/server/app.js');
    const lines: string[] = [];
    const logStream = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).trim().split('\n'));
        done();
      },
    });
    const app = await buildApp({
      db: t.tdb.db,
      config: t.config,
      clock: t.clock.now,
      logger: true,
      logStream,
    });
    const id = '00000000-0000-4000-8000-000000000000';
    await app.inject({
      url: `/api/meldingen/${id}?q=Jansen`,
      headers: { cookie: '__Host-duiden-session=geheim', 'x-forwarded-for': '203.0.113.9' },
    });
    await app.inject('/api/health/live');
    await app.close();
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const incoming = entries.find((e) => e.msg === 'incoming request');
    expect(incoming).toMatchObject({ req: { method: 'GET', route: '/api/meldingen/:id' } });
    expect(typeof incoming?.reqId).toBe('string');
    const all = lines.join('\n');
    for (const secret of [id, 'Jansen', 'geheim', '203.0.113.9', '127.0.0.1'])
      expect(all).not.toContain(secret);
    // Health checks are not logged at all.
    expect(all).not.toContain('/api/health/live');
  });
});
