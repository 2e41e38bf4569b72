import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const MINUTE = 60_000;
const SESSION = '__Host-duiden-session';

/** Demo sign-in that also hands back the raw session token from the Set-Cookie header. */
async function signIn(displayName: string): Promise<{ client: TestClient; token: string }> {
  const client = new TestClient(t.app);
  await client.refreshSession();
  const users = (await client.get('/api/auth/demo-users')).json() as Array<{
    id: string;
    displayName: string;
  }>;
  const res = await client.post('/api/auth/demo', {
    userId: users.find((u) => u.displayName === displayName)?.id,
  });
  expect(res.statusCode).toBe(204);
  const token = res.cookies.find((c) => c.name === SESSION)?.value;
  expect(token).toBeTruthy();
  await client.refreshSession();
  return { client, token: token as string };
}

/** A request with only this session token, as a stolen or stale cookie would be sent. */
async function signedInWith(token: string): Promise<boolean> {
  const res = await t.app.inject({ url: '/api/auth/session', headers: { cookie: `${SESSION}=${token}` } });
  return res.json().signedIn;
}

async function sessionRow(token: string) {
  const { createHash } = await import('node:crypto');
  const r = await t.tdb.db.query<{ ended_at: Date | null; end_reason: string | null }>(
    'SELECT ended_at, end_reason FROM session WHERE id_hash = $1',
    [createHash('sha256').update(token).digest('hex')],
  );
  return r.rows[0];
}

async function admin(): Promise<TestClient> {
  return (await signIn('Lotte Visser')).client;
}

async function userId(displayName: string): Promise<string> {
  const r = await t.tdb.db.query<{ id: string }>('SELECT id FROM app_user WHERE display_name = $1', [
    displayName,
  ]);
  return r.rows[0]?.id as string;
}

describe('session ids', () => {
  it('are new at every sign-in, and an old one stops working at sign-out', async () => {
    const first = await signIn('Sanne de Vries');
    const second = await signIn('Sanne de Vries');
    expect(second.token).not.toBe(first.token);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const out = await first.client.post('/api/auth/sign-out');
    expect(out.statusCode).toBe(204);
    expect(await signedInWith(first.token)).toBe(false);
    expect(await sessionRow(first.token)).toMatchObject({ end_reason: 'sign-out' });
    // Signing out of one session leaves the other one alone.
    expect(await signedInWith(second.token)).toBe(true);

    const third = await signIn('Sanne de Vries');
    expect(new Set([first.token, second.token, third.token]).size).toBe(3);
  });

  it('replace the session the browser had when it signs in again', async () => {
    const first = await signIn('Sanne de Vries');
    const users = (await first.client.get('/api/auth/demo-users')).json() as Array<{
      id: string;
      displayName: string;
    }>;
    const again = await first.client.post('/api/auth/demo', {
      userId: users.find((u) => u.displayName === 'Ahmed El Idrissi')?.id,
    });
    expect(again.statusCode).toBe(204);
    expect(await signedInWith(first.token)).toBe(false);
    expect(await sessionRow(first.token)).toMatchObject({ end_reason: 'signed-in-again' });
  });

  it('are stored only as a hash', async () => {
    const { token } = await signIn('Sanne de Vries');
    const r = await t.tdb.db.query('SELECT 1 FROM session WHERE id_hash = $1', [token]);
    expect(r.rowCount).toBe(0);
    expect(await sessionRow(token)).toBeDefined();
  });
});

describe('timeouts', () => {
  it('end a session after 30 idle minutes', async () => {
    const { client, token } = await signIn('Sanne de Vries');
    t.clock.advance(29 * MINUTE);
    expect((await client.get('/api/auth/session')).json().signedIn).toBe(true);
    // Activity pushes the idle limit forward.
    t.clock.advance(29 * MINUTE);
    expect((await client.get('/api/auth/session')).json().signedIn).toBe(true);
    t.clock.advance(30 * MINUTE);
    const res = await client.get('/api/auth/session');
    expect(res.json().signedIn).toBe(false);
    expect(res.cookies.find((c) => c.name === SESSION)?.value).toBe('');
    expect(await sessionRow(token)).toMatchObject({ end_reason: 'idle-timeout' });
    // Ended for good: sending the cookie again does not revive it.
    expect(await signedInWith(token)).toBe(false);
  });

  it('end a session 12 hours after sign-in however active it is', async () => {
    const { client, token } = await signIn('Sanne de Vries');
    const started = t.clock.now().getTime();
    expect(new Date((await client.refreshSession()).expiresAt).getTime()).toBe(started + 12 * 60 * MINUTE);
    while (t.clock.now().getTime() + 20 * MINUTE < started + 12 * 60 * MINUTE) {
      t.clock.advance(20 * MINUTE);
      expect((await client.get('/api/auth/session')).json().signedIn).toBe(true);
    }
    t.clock.advance(started + 12 * 60 * MINUTE - t.clock.now().getTime() - 1);
    expect((await client.get('/api/auth/session')).json().signedIn).toBe(true);
    t.clock.advance(1);
    expect((await client.get('/api/auth/session')).json().signedIn).toBe(false);
    expect(await sessionRow(token)).toMatchObject({ end_reason: 'absolute-timeout' });
  });
});

describe('sign-out', () => {
  it('ends the session, clears the cookie and refuses the old token for changes too', async () => {
    const { client, token } = await signIn('Sanne de Vries');
    const csrf = client.csrf;
    const res = await client.post('/api/auth/sign-out');
    expect(res.statusCode).toBe(204);
    const cleared = res.cookies.find((c) => c.name === SESSION);
    expect(cleared?.value).toBe('');
    expect(cleared).toMatchObject({ path: '/', secure: true, httpOnly: true, sameSite: 'Lax' });
    expect((await sessionRow(token))?.ended_at).not.toBeNull();
    const replay = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: `${SESSION}=${token}`, 'x-csrf-token': csrf },
    });
    expect(replay.statusCode).toBe(401);
  });
});

describe('an administrator ending access', () => {
  it('disabling a user ends all of their sessions at once', async () => {
    const a = await signIn('Thomas Bakker');
    const b = await signIn('Thomas Bakker');
    const id = await userId('Thomas Bakker');
    const lotte = await admin();
    const version = (await lotte.get(`/api/users/${id}`)).json().version;
    expect((await lotte.patch(`/api/users/${id}`, { version, disabled: true })).statusCode).toBe(200);
    // Ended in the database straight away, not only when the sessions are next used.
    const open = await t.tdb.db.query('SELECT 1 FROM session WHERE user_id = $1 AND ended_at IS NULL', [id]);
    expect(open.rowCount).toBe(0);
    for (const s of [a, b]) {
      expect(await sessionRow(s.token)).toMatchObject({ end_reason: 'user-disabled' });
      expect((await s.client.get('/api/auth/session')).json().signedIn).toBe(false);
      expect((await s.client.get('/api/organisations')).statusCode).toBe(401);
    }
    // And the user cannot sign in again.
    const again = new TestClient(t.app);
    await again.refreshSession();
    expect((await again.post('/api/auth/demo', { userId: id })).statusCode).toBe(400);
  });

  it('ending a membership ends the sessions acting in it, not those acting in another', async () => {
    const id = await userId('Ahmed El Idrissi');
    const lotte = await admin();
    const orgs = (await lotte.get('/api/organisations')).json() as Array<{ id: string; name: string }>;
    const gemeente = orgs.find((o) => o.name === 'Gemeente Lindeburg')?.id;
    const granted = await lotte.post(`/api/users/${id}/memberships`, {
      organisationId: gemeente,
      role: 'meldpunt',
    });
    expect(granted.statusCode).toBe(200);
    const memberships = granted.json().memberships as Array<{ id: string; role: string }>;
    const officer = memberships.find((m) => m.role === 'aandachtsfunctionaris')?.id;
    const meldpunt = memberships.find((m) => m.role === 'meldpunt')?.id;

    const inOfficer = await signIn('Ahmed El Idrissi');
    const inMeldpunt = await signIn('Ahmed El Idrissi');
    expect(
      (await inMeldpunt.client.post('/api/auth/membership', { membershipId: meldpunt })).statusCode,
    ).toBe(204);
    expect((await inMeldpunt.client.refreshSession()).user.role).toBe('meldpunt');

    expect((await lotte.delete(`/api/users/${id}/memberships/${officer}`)).statusCode).toBe(200);
    expect((await inOfficer.client.get('/api/auth/session')).json().signedIn).toBe(false);
    expect(await sessionRow(inOfficer.token)).toMatchObject({ end_reason: 'membership-ended' });
    expect((await inMeldpunt.client.get('/api/auth/session')).json().signedIn).toBe(true);
  });
});

describe('the session cookie', () => {
  it('is __Host- prefixed, Secure, HttpOnly, SameSite=Lax, Path=/ and has no Domain', async () => {
    const client = new TestClient(t.app);
    const anon = await client.get('/api/auth/session');
    const csrf = anon.cookies.find((c) => c.name === '__Host-duiden-csrf');
    expect(csrf).toMatchObject({ path: '/', secure: true, httpOnly: true, sameSite: 'Lax' });
    expect(csrf?.domain).toBeUndefined();
    client.csrf = anon.json().csrfToken;

    const users = (await client.get('/api/auth/demo-users')).json() as Array<{ id: string }>;
    const res = await client.post('/api/auth/demo', { userId: users[0]?.id });
    const raw = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith(`${SESSION}=`));
    expect(raw).toBeDefined();
    const attrs = (raw as string).split(';').map((a) => a.trim().toLowerCase());
    expect(attrs).toContain('secure');
    expect(attrs).toContain('httponly');
    expect(attrs).toContain('samesite=lax');
    expect(attrs).toContain('path=/');
    expect(attrs.some((a) => a.startsWith('domain='))).toBe(false);
    const cookie = res.cookies.find((c) => c.name === SESSION);
    expect(cookie?.expires?.getTime()).toBe(t.clock.now().getTime() + 12 * 60 * MINUTE);
  });
});
