import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/deps.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

const PROD = { NODE_ENV: 'production', DUIDEN_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') };
let tdb: TestDatabase;
let prod: App;
beforeAll(async () => {
  tdb = await createTestDatabase();
  prod = await buildApp({
    db: tdb.db,
    config: loadConfig(PROD),
    clock: () => new Date(),
  });
  await prod.ready();
});
afterAll(async () => {
  await prod.close();
  await tdb.drop();
});

describe('configuration modes', () => {
  it('requires a key for second-factor secrets in production, unless local accounts are off', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DUIDEN_SECRET_KEY/);
    expect(() => loadConfig({ NODE_ENV: 'production', DUIDEN_SECRET_KEY: 'short' })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: 'production', LOCAL_ACCOUNTS: 'false' }).localAccounts).toBe(false);
  });

  it('takes the retention slot as a cron expression of five fields, 03:15 when none is given', () => {
    expect(loadConfig({}).retentionCron).toBeUndefined();
    expect(loadConfig({ RETENTION_CRON: ' 30 2 * * * ' }).retentionCron).toBe('30 2 * * *');
    expect(() => loadConfig({ RETENTION_CRON: 'elke nacht' })).toThrow(/RETENTION_CRON/);
  });

  it('refuses demo mode in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DUIDEN_DEMO: 'true' })).toThrow(ConfigError);
  });

  it('turns demo mode on by default only for the embedded database', () => {
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@y/z' }).demo).toBe(false);
    expect(loadConfig(PROD).demo).toBe(false);
  });

  it('offers no demo sign-in outside demo mode', async () => {
    expect((await prod.inject('/api/auth/demo-users')).statusCode).toBe(404);
    const session = (await prod.inject('/api/auth/session')).json();
    expect(session.methods.demo).toBe(false);
  });

  it('sends HSTS when the request came over TLS through the proxy', async () => {
    const res = await prod.inject({ url: '/api/auth/session', headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  });
});
