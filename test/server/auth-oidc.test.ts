import { createHash } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import type { CustomFetch } from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insecureAllowed } from '../../src/app/auth/oidc-sign-in.js';
import { loadConfig } from '../../src/config.js';
import { seedDemo } from '../../src/demo/seed.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/deps.js';
import { freePort, startTestProvider, type TestProvider } from '../helpers/oidc-provider.js';
import { TestClient, TestClock } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

/**
 * Sign-in through a real OpenID provider (oidc-provider) over real HTTP: the Duiden app listens on a loopback
 * port, the browser is played by fetch with redirects followed by hand. ID tokens are tampered with on their
 * way from the provider's token endpoint to Duiden, through the fetch Duiden is given (ServerDeps.oidcFetch).
 */

/** What the tampering fetch does to the next token response. */
type Tamper = (idToken: string) => Promise<string>;

interface RunningApp {
  readonly app: App;
  readonly origin: string;
  tamper: Tamper | null;
  /** Every ID token the provider issued to this app, as it came from the provider. */
  readonly issued: string[];
}

let tdb: TestDatabase;
let provider: TestProvider;
const clock = new TestClock();
const apps: RunningApp[] = [];
let plain: RunningApp;
let withAcr: RunningApp;
let withAmr: RunningApp;
let byEmail: RunningApp;
let lindeburg: string;

async function startApp(port: number, env: Record<string, string>): Promise<RunningApp> {
  const origin = `http://127.0.0.1:${port}`;
  const running: RunningApp = { app: undefined as unknown as App, origin, tamper: null, issued: [] };
  const oidcFetch: CustomFetch = async (url, options) => {
    const res = await fetch(url, options as RequestInit);
    if (new URL(url).pathname !== '/token' || !res.ok) return res;
    const body = (await res.json()) as { id_token?: string };
    if (body.id_token) {
      running.issued.push(body.id_token);
      if (running.tamper) body.id_token = await running.tamper(body.id_token);
    }
    return new Response(JSON.stringify(body), {
      status: res.status,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    });
  };
  const config = loadConfig({
    DUIDEN_DEMO: 'true',
    PUBLIC_ORIGIN: origin,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    ...env,
  });
  const app = await buildApp({ db: tdb.db, config, clock: clock.now, oidcFetch });
  await app.listen({ port, host: '127.0.0.1' });
  (running as { app: App }).app = app;
  apps.push(running);
  return running;
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedDemo(tdb.db);
  const ports = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const callbacks = ports.map((p) => `http://127.0.0.1:${p}/api/auth/oidc/callback`);
  provider = await startTestProvider(callbacks);
  const [p1, p2, p3, p4] = ports as [number, number, number, number];
  plain = await startApp(p1, {});
  withAcr = await startApp(p2, { OIDC_REQUIRED_ACR: 'urn:duiden:acr:hoog' });
  withAmr = await startApp(p3, { OIDC_REQUIRED_AMR: 'otp,hwk' });
  byEmail = await startApp(p4, { OIDC_USER_CLAIM: 'email' });

  const admin = new TestClient(plain.app);
  await admin.signInAsDemo('Lotte Visser');
  const orgs = (await admin.get('/api/organisations')).json() as Array<{ id: string; name: string }>;
  lindeburg = orgs.find((o) => o.name === 'Gemeente Lindeburg')?.id as string;
  for (const [name, externalId] of [
    ['Anna Kuipers', 'anna'],
    ['Bram Hendriks', 'bram'],
    ['Carla Vos', 'carla@lindeburg.example'],
  ]) {
    const res = await admin.post('/api/users', {
      displayName: name,
      externalId,
      organisationId: lindeburg,
      role: 'aandachtsfunctionaris',
    });
    expect(res.statusCode).toBe(201);
  }
  const bram = await tdb.db.query<{ id: string; version: number }>(
    "SELECT id, version FROM app_user WHERE external_id = 'bram'",
  );
  const b = bram.rows[0];
  const disabled = await admin.patch(`/api/users/${b?.id}`, { version: b?.version, disabled: true });
  expect(disabled.statusCode).toBe(200);
});

afterAll(async () => {
  for (const a of apps) await a.app.close();
  await provider?.close();
  await tdb?.drop();
});

/** A browser: a cookie jar per host, redirects followed one by one. */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();
  readonly visited: string[] = [];

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(new URL(origin).host)?.get(name);
  }

  dropCookie(origin: string, name: string): void {
    this.jar.get(new URL(origin).host)?.delete(name);
  }

  async get(url: string): Promise<Response> {
    const u = new URL(url);
    const cookies = this.jar.get(u.host) ?? new Map<string, string>();
    const res = await fetch(u, {
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = (pair ?? '').indexOf('=');
      const name = (pair ?? '').slice(0, eq).trim();
      const value = (pair ?? '').slice(eq + 1).trim();
      const expires = attrs.find((a) => a.trim().toLowerCase().startsWith('expires='));
      const gone =
        value === '' ||
        /max-age=0\b/i.test(line) ||
        (expires !== undefined && new Date(expires.split('=')[1] ?? '').getTime() < Date.UTC(2000, 0, 1));
      if (gone) cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(u.host, cookies);
    return res;
  }

  /** Follows redirects until a page (non-redirect) or a redirect out of the API (the web app). */
  async follow(url: string): Promise<{ location: string; status: number }> {
    let next = url;
    for (let hop = 0; hop < 15; hop++) {
      this.visited.push(next);
      const res = await this.get(next);
      await res.arrayBuffer();
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { location: next, status: res.status };
      const target = new URL(location, next);
      if (!target.pathname.startsWith('/api/') && apps.some((a) => target.origin === a.origin)) {
        return { location: `${target.pathname}${target.search}`, status: res.status };
      }
      next = target.href;
    }
    throw new Error('too many redirects');
  }

  /** The whole sign-in as a person would do it: start, provider, back to Duiden. */
  async signIn(app: RunningApp, accountId: string, login: { acr?: string; amr?: string[] } = {}) {
    provider.nextLogin = { accountId, ...login };
    return this.follow(`${app.origin}/api/auth/oidc/start`);
  }

  async session(
    app: RunningApp,
  ): Promise<{ signedIn: boolean; user: { displayName: string; authMethod: string } }> {
    const res = await this.get(`${app.origin}/api/auth/session`);
    return (await res.json()) as { signedIn: boolean; user: { displayName: string; authMethod: string } };
  }
}

async function failures(
  purpose: string,
): Promise<Array<{ tenant_id: string | null; actor_user_id: string | null }>> {
  const r = await tdb.db.query<{ tenant_id: string | null; actor_user_id: string | null }>(
    `SELECT tenant_id, actor_user_id FROM access_log
      WHERE action = 'sign_in' AND result = 'failed' AND purpose = $1 ORDER BY id`,
    [purpose],
  );
  return r.rows;
}

/** Re-signs the provider's ID token after changing its claims (with the provider's key unless told). */
function resign(change: (claims: JWTPayload) => JWTPayload, key?: CryptoKey): Tamper {
  return async (idToken) => {
    const header = decodeProtectedHeader(idToken);
    const claims = change({ ...decodeJwt(idToken) });
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: header.kid ?? provider.kid })
      .sign(key ?? provider.signingKey);
  };
}

const now = () => Math.floor(Date.now() / 1000);

describe('sign-in through the identity provider', () => {
  it('signs in a known user and starts a session', async () => {
    const browser = new Browser();
    const start = await browser.get(`${plain.origin}/api/auth/oidc/start`);
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location') ?? '');
    expect(authorize.origin).toBe(provider.issuer);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: provider.clientId,
      response_type: 'code',
      redirect_uri: `${plain.origin}/api/auth/oidc/callback`,
      code_challenge_method: 'S256',
      scope: 'openid profile email',
    });
    const state = authorize.searchParams.get('state') ?? '';
    expect(state.length).toBeGreaterThan(20);
    expect(authorize.searchParams.get('nonce')?.length).toBeGreaterThan(20);

    // Server-side: only the hash of the state, no plain state, with a short expiry.
    const stateHash = createHash('sha256').update(state).digest('hex');
    const pending = await tdb.db.query<{ id_hash: string; kind: string; expires_at: Date; data: unknown }>(
      'SELECT id_hash, kind, expires_at, data FROM auth_pending WHERE id_hash = $1',
      [stateHash],
    );
    const row = pending.rows[0];
    expect(row?.kind).toBe('oidc');
    expect(JSON.stringify(row)).not.toContain(state);
    expect(row?.expires_at.getTime()).toBe(clock.now().getTime() + 10 * 60_000);

    provider.nextLogin = { accountId: 'anna' };
    const end = await browser.follow(authorize.href);
    expect(end).toEqual({ location: '/', status: 302 });
    const session = await browser.session(plain);
    expect(session.signedIn).toBe(true);
    expect(session.user).toMatchObject({ displayName: 'Anna Kuipers', authMethod: 'oidc' });
    // The state is used up.
    const left = await tdb.db.query('SELECT 1 FROM auth_pending WHERE id_hash = $1', [row?.id_hash]);
    expect(left.rowCount).toBe(0);
    expect(browser.cookie(plain.origin, '__Host-duiden-oidc')).toBeUndefined();
  });

  it('sets the session cookie with the __Host- prefix, Secure, HttpOnly, SameSite=Lax', async () => {
    const browser = new Browser();
    provider.nextLogin = { accountId: 'anna' };
    const start = await browser.get(`${plain.origin}/api/auth/oidc/start`);
    const oidcCookie = start.headers.getSetCookie().find((c) => c.startsWith('__Host-duiden-oidc='));
    expect(oidcCookie).toMatch(/Path=\//);
    expect(oidcCookie).toMatch(/Secure/);
    expect(oidcCookie).toMatch(/HttpOnly/);
    expect(oidcCookie).toMatch(/SameSite=Lax/);
    let next = start.headers.get('location') ?? '';
    let callback: Response | null = null;
    for (let i = 0; i < 10 && !callback; i++) {
      const res = await browser.get(next);
      next = new URL(res.headers.get('location') ?? '', next).href;
      if (new URL(res.url).pathname === '/api/auth/oidc/callback') callback = res;
    }
    expect(callback?.status).toBe(302);
    const sessionCookie = callback?.headers
      .getSetCookie()
      .find((c) => c.startsWith('__Host-duiden-session='));
    expect(sessionCookie).toMatch(/Path=\//);
    expect(sessionCookie).toMatch(/Secure/);
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Lax/);
    expect(sessionCookie).not.toMatch(/Domain=/i);
  });

  it('accepts a token that is re-signed with the provider key and unchanged (the tampering itself is sound)', async () => {
    plain.tamper = resign((c) => c);
    try {
      const browser = new Browser();
      expect(await browser.signIn(plain, 'anna')).toEqual({ location: '/', status: 302 });
      expect((await browser.session(plain)).signedIn).toBe(true);
    } finally {
      plain.tamper = null;
    }
  });

  it('gives a new session at every sign-in, and ends the previous one of the same browser', async () => {
    const browser = new Browser();
    await browser.signIn(plain, 'anna');
    const first = browser.cookie(plain.origin, '__Host-duiden-session');
    await browser.signIn(plain, 'anna');
    const second = browser.cookie(plain.origin, '__Host-duiden-session');
    expect(first).toBeDefined();
    expect(second).not.toBe(first);
    const old = await fetch(`${plain.origin}/api/auth/session`, {
      headers: { cookie: `__Host-duiden-session=${first}` },
    });
    expect(((await old.json()) as { signedIn: boolean }).signedIn).toBe(false);
  });

  it('finds the user by another claim, asked at userinfo when the ID token lacks it', async () => {
    const browser = new Browser();
    expect(await browser.signIn(byEmail, 'carla')).toEqual({ location: '/', status: 302 });
    const session = await browser.session(byEmail);
    expect(session.user.displayName).toBe('Carla Vos');
    // The ID token itself did not carry the e-mail address.
    expect(decodeJwt(byEmail.issued.at(-1) ?? '').email).toBeUndefined();
  });
});

describe('refusals, each logged', () => {
  const refusedWith = async (app: RunningApp, tamper: Tamper | null, account = 'anna') => {
    app.tamper = tamper;
    try {
      const browser = new Browser();
      const end = await browser.signIn(app, account);
      expect(end).toEqual({ location: '/inloggen?fout=oidc', status: 302 });
      expect((await browser.session(app)).signedIn).toBe(false);
      expect(browser.cookie(app.origin, '__Host-duiden-session')).toBeUndefined();
    } finally {
      app.tamper = null;
    }
  };

  it('refuses an ID token from another issuer', async () => {
    const before = (await failures('oidc:id_token')).length;
    await refusedWith(
      plain,
      resign((c) => ({ ...c, iss: 'http://127.0.0.1:1/other' })),
    );
    expect(await failures('oidc:id_token')).toHaveLength(before + 1);
  });

  it('refuses an ID token for another audience', async () => {
    const before = (await failures('oidc:id_token')).length;
    await refusedWith(
      plain,
      resign((c) => ({ ...c, aud: 'another-client' })),
    );
    expect(await failures('oidc:id_token')).toHaveLength(before + 1);
  });

  it('refuses an expired ID token', async () => {
    const before = (await failures('oidc:id_token')).length;
    await refusedWith(
      plain,
      resign((c) => ({ ...c, iat: now() - 7200, exp: now() - 3600 })),
    );
    expect(await failures('oidc:id_token')).toHaveLength(before + 1);
  });

  it('refuses an ID token with a bad signature (another key under the same key id)', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const before = (await failures('oidc:id_token')).length;
    await refusedWith(
      plain,
      resign((c) => c, privateKey),
    );
    expect(await failures('oidc:id_token')).toHaveLength(before + 1);
  });

  it('refuses a mismatched nonce, and an ID token replayed from an earlier sign-in', async () => {
    const before = (await failures('oidc:id_token')).length;
    await refusedWith(
      plain,
      resign((c) => ({ ...c, nonce: 'not-the-nonce-of-this-sign-in' })),
    );
    const earlier = plain.issued.at(0);
    expect(earlier).toBeDefined();
    // Valid signature, issuer, audience and expiry: only its nonce belongs to another sign-in.
    await refusedWith(plain, async () => earlier as string);
    expect(await failures('oidc:id_token')).toHaveLength(before + 2);
  });

  it('refuses a replayed state (the answer of the provider used twice)', async () => {
    const browser = new Browser();
    await browser.signIn(plain, 'anna');
    const callback = browser.visited.find((u) => u.startsWith(`${plain.origin}/api/auth/oidc/callback`));
    expect(callback).toContain('state=');
    const before = (await failures('oidc:state')).length;
    // The same browser, and a fresh one: both refused, the state was used.
    for (const b of [browser, new Browser()]) {
      const res = await b.get(callback as string);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/inloggen?fout=oidc');
    }
    expect(await failures('oidc:state')).toHaveLength(before + 2);
  });

  it('refuses an answer that comes back to another browser than the one that started', async () => {
    const browser = new Browser();
    provider.nextLogin = { accountId: 'anna' };
    const start = await browser.get(`${plain.origin}/api/auth/oidc/start`);
    browser.dropCookie(plain.origin, '__Host-duiden-oidc');
    const before = (await failures('oidc:browser')).length;
    expect(await browser.follow(start.headers.get('location') ?? '')).toEqual({
      location: '/inloggen?fout=oidc',
      status: 302,
    });
    expect(await failures('oidc:browser')).toHaveLength(before + 1);
  });

  it('refuses an answer after the sign-in has expired (10 minutes)', async () => {
    const browser = new Browser();
    provider.nextLogin = { accountId: 'anna' };
    const start = await browser.get(`${plain.origin}/api/auth/oidc/start`);
    clock.advance(10 * 60_000 + 1);
    const before = (await failures('oidc:state')).length;
    expect((await browser.follow(start.headers.get('location') ?? '')).location).toBe('/inloggen?fout=oidc');
    expect(await failures('oidc:state')).toHaveLength(before + 1);
  });

  it('refuses an unknown user (no automatic accounts), logged without a tenant', async () => {
    const before = (await failures('oidc:unknown_user')).length;
    await refusedWith(plain, null, 'onbekend');
    const rows = await failures('oidc:unknown_user');
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toEqual({ tenant_id: null, actor_user_id: null });
    const users = await tdb.db.query("SELECT 1 FROM app_user WHERE external_id = 'onbekend'");
    expect(users.rowCount).toBe(0);
  });

  it('refuses a disabled user, logged in the tenant of the user', async () => {
    await refusedWith(plain, null, 'bram');
    const bram = await tdb.db.query<{ id: string }>("SELECT id FROM app_user WHERE external_id = 'bram'");
    expect(await failures('oidc:disabled')).toEqual([
      { tenant_id: lindeburg, actor_user_id: bram.rows[0]?.id },
    ]);
  });

  it('refuses a sign-in without the required acr, and accepts one with it', async () => {
    const browser = new Browser();
    expect((await browser.signIn(withAcr, 'anna', { acr: 'urn:duiden:acr:basis' })).location).toBe(
      '/inloggen?fout=oidc',
    );
    expect(await failures('oidc:acr')).toHaveLength(1);
    const second = new Browser();
    expect((await second.signIn(withAcr, 'anna')).location).toBe('/inloggen?fout=oidc');
    expect(await failures('oidc:acr')).toHaveLength(2);
    // The acr asked for is sent along to the provider.
    const authorize = new URL(second.visited[1] ?? '');
    expect(authorize.searchParams.get('acr_values')).toBe('urn:duiden:acr:hoog');

    const good = new Browser();
    expect((await good.signIn(withAcr, 'anna', { acr: 'urn:duiden:acr:hoog' })).location).toBe('/');
    expect((await good.session(withAcr)).signedIn).toBe(true);
  });

  it('refuses a sign-in without a required amr, and accepts one with it', async () => {
    const browser = new Browser();
    expect((await browser.signIn(withAmr, 'anna', { amr: ['pwd'] })).location).toBe('/inloggen?fout=oidc');
    expect((await new Browser().signIn(withAmr, 'anna')).location).toBe('/inloggen?fout=oidc');
    expect(await failures('oidc:amr')).toHaveLength(2);

    const good = new Browser();
    expect((await good.signIn(withAmr, 'anna', { amr: ['pwd', 'otp'] })).location).toBe('/');
    expect(decodeJwt(withAmr.issued.at(-1) ?? '').amr).toEqual(['pwd', 'otp']);
    expect((await good.session(withAmr)).signedIn).toBe(true);
  });

  it('never writes tokens or claims to the access log', async () => {
    const r = await tdb.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM access_log
        WHERE concat_ws(' ', purpose, object_id, object_type, on_behalf_of) ~ '(eyJ|anna|carla|@)'`,
    );
    expect(r.rows[0]?.n).toBe(0);
  });
});

describe('the provider being unreachable', () => {
  it('sends the browser back with a message, and discovers again on the next attempt', async () => {
    const port = await freePort();
    const issuerPort = await freePort();
    const issuer = `http://127.0.0.1:${issuerPort}`;
    const config = loadConfig({
      DUIDEN_DEMO: 'true',
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: 'duiden',
      OIDC_CLIENT_SECRET: 'geheim',
    });
    const app = await buildApp({ db: tdb.db, config, clock: clock.now });
    try {
      const before = (await failures('oidc:unavailable')).length;
      const down = await app.inject('/api/auth/oidc/start');
      expect(down.statusCode).toBe(302);
      expect(down.headers.location).toBe('/inloggen?fout=oidc');
      expect(await failures('oidc:unavailable')).toHaveLength(before + 1);

      const late = await startTestProvider([`http://127.0.0.1:${port}/api/auth/oidc/callback`], {
        port: issuerPort,
      });
      try {
        const up = await app.inject('/api/auth/oidc/start');
        expect(up.statusCode).toBe(302);
        expect(String(up.headers.location)).toMatch(new RegExp(`^${issuer}/auth\\?`));
      } finally {
        await late.close();
      }
    } finally {
      await app.close();
    }
  });
});

describe('registration', () => {
  it('has no OpenID Connect routes without a configured provider', async () => {
    const app = await buildApp({ db: tdb.db, config: loadConfig({ DUIDEN_DEMO: 'true' }), clock: clock.now });
    try {
      expect((await app.inject('/api/auth/oidc/start')).statusCode).toBe(404);
      expect((await app.inject('/api/auth/session')).json().methods.oidc).toBeNull();
    } finally {
      await app.close();
    }
  });

  it('offers the provider on the session endpoint, and lists both routes with their access rule', async () => {
    const session = (await plain.app.inject('/api/auth/session')).json();
    expect(session.methods.oidc).toEqual({ displayName: 'Inloggen via uw organisatie' });
    const doc = (await plain.app.inject('/api/openapi.json')).json();
    expect(doc.paths['/api/auth/oidc/start'].get['x-access'].key).toBe('auth.signIn');
    expect(doc.paths['/api/auth/oidc/callback'].get['x-access'].key).toBe('auth.signIn');
  });
});

describe('plain http towards the provider', () => {
  it('is allowed only for a loopback provider outside production', () => {
    expect(insecureAllowed('http://127.0.0.1:4000', false)).toBe(true);
    expect(insecureAllowed('http://localhost:4000/realms/x', false)).toBe(true);
    expect(insecureAllowed('http://127.0.0.1:4000', true)).toBe(false);
    expect(insecureAllowed('http://idp.gemeente.nl', false)).toBe(false);
    expect(insecureAllowed('http://127.0.0.1.nip.io', false)).toBe(false);
    expect(insecureAllowed('https://idp.gemeente.nl', false)).toBe(false);
  });
});
