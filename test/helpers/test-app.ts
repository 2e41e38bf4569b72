import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { LightMyRequestResponse } from 'fastify';
import { type Config, loadConfig } from '../../src/config.js';
import { seedDemo } from '../../src/demo/seed.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/deps.js';
import { createTestDatabase, type TestDatabase } from './test-db.js';

/** A clock the test moves by hand. */
export class TestClock {
  constructor(private t = new Date('2026-03-02T09:00:00Z')) {}
  now = (): Date => new Date(this.t);
  advance(ms: number): void {
    this.t = new Date(this.t.getTime() + ms);
  }
}

export interface TestApp {
  readonly app: App;
  readonly tdb: TestDatabase;
  readonly clock: TestClock;
  readonly config: Config;
  close(): Promise<void>;
}

export async function createTestApp(
  env: NodeJS.ProcessEnv = {},
  opts: { demoHistory?: boolean } = {},
): Promise<TestApp> {
  const tdb = await createTestDatabase();
  await seedDemo(tdb.db, { history: opts.demoHistory ?? false });
  const clock = new TestClock();
  const config = loadConfig({ DUIDEN_DEMO: 'true', ...env });
  const app = await buildApp({ db: tdb.db, config, clock: clock.now });
  await app.ready();
  return {
    app,
    tdb,
    clock,
    config,
    async close() {
      await app.close();
      await tdb.drop();
    },
  };
}

export const PUBLIC_REPORT = '/api/public/meldingen';

/**
 * Fetches a proof-of-work challenge of the public form and solves it for real (altcha-lib), as the
 * browser's ALTCHA widget does: the base64 payload to send as `altcha`.
 */
export async function solvedChallenge(app: App, headers: Record<string, string> = {}): Promise<string> {
  const challenge = (
    await app.inject({ method: 'GET', url: '/api/public/meldingen/uitdaging', headers })
  ).json() as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('The proof-of-work challenge could not be solved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

/**
 * A browser-like client for inject(): keeps cookies and sends the CSRF token with changes, and solves the
 * proof-of-work of a public report as the form does.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  csrf = '';

  constructor(private readonly app: App) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: LightMyRequestResponse): void {
    for (const c of res.cookies) {
      // Expiry follows the test clock, so only an explicit clear (value '' or an epoch date) removes a cookie.
      const cleared =
        c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.UTC(2000, 0, 1));
      if (cleared) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  /** Sends a raw body, for malformed or oversized payloads. */
  async raw(
    method: string,
    url: string,
    payload: string,
    contentType = 'application/json',
    headers: Record<string, string> = {},
  ) {
    const res = await this.app.inject({
      method: method as 'POST',
      url,
      headers: {
        cookie: this.cookieHeader(),
        'x-csrf-token': this.csrf,
        'content-type': contentType,
        ...headers,
      },
      payload,
    });
    this.keep(res);
    return res;
  }

  /** A solved proof-of-work challenge of the public form (solvedChallenge). */
  solvedChallenge(headers: Record<string, string> = {}): Promise<string> {
    return solvedChallenge(this.app, headers);
  }

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    // A public report solves its challenge first, unless the test sends its own `altcha` (or none: null).
    if (
      method === 'POST' &&
      url === PUBLIC_REPORT &&
      body &&
      typeof body === 'object' &&
      !('altcha' in body)
    ) {
      body = { ...body, altcha: await this.solvedChallenge(headers) };
    } else if (url === PUBLIC_REPORT && body && typeof body === 'object' && 'altcha' in body) {
      const { altcha, ...rest } = body as { altcha: unknown };
      if (altcha === null) body = rest;
    }
    const res = await this.app.inject({
      method: method as 'GET',
      url,
      headers: {
        cookie: this.cookieHeader(),
        ...(method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    this.keep(res);
    return res;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body ?? {});
  }
  patch(url: string, body: unknown) {
    return this.request('PATCH', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }

  /** Loads the session (and the CSRF token) as the web app does on start. */
  async refreshSession() {
    const res = await this.get('/api/auth/session');
    this.csrf = res.json().csrfToken;
    return res.json();
  }

  /** Demo sign-in as the demo user with this display name. */
  async signInAsDemo(displayName: string) {
    await this.refreshSession();
    const users = (await this.get('/api/auth/demo-users')).json() as Array<{
      id: string;
      displayName: string;
    }>;
    const user = users.find((u) => u.displayName === displayName);
    if (!user) throw new Error(`No demo user ${displayName}`);
    const res = await this.post('/api/auth/demo', { userId: user.id });
    if (res.statusCode !== 204) throw new Error(`Demo sign-in failed: ${res.statusCode} ${res.body}`);
    return this.refreshSession();
  }
}
