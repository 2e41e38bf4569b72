import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode, totp } from '../../src/domain/auth/totp.js';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

let t: TestApp;
let adminClient: TestClient;
let lindeburg: string;
let oosterveen: string;

beforeAll(async () => {
  // Many attempts from one address: the per-address limit has its own test (sign-in-rate-limit.test.ts).
  t = await createTestApp({ SIGN_IN_RATE_MAX: '100000' });
  const admin = await asAdmin();
  const orgs = (await admin.get('/api/organisations')).json() as Array<{
    id: string;
    name: string;
  }>;
  lindeburg = orgs.find((o) => o.name === 'Gemeente Lindeburg')?.id as string;
  const other = await t.tdb.db.query<{ id: string }>(
    "SELECT id FROM organisation WHERE name = 'Gemeente Oosterveen'",
  );
  oosterveen = other.rows[0]?.id as string;
});
afterAll(() => t.close());

/** The demo administrator; signed in again when the test clock has moved past the session's timeouts. */
async function asAdmin(): Promise<TestClient> {
  if (adminClient && (await adminClient.refreshSession()).signedIn) return adminClient;
  adminClient = new TestClient(t.app);
  await adminClient.signInAsDemo('Lotte Visser');
  return adminClient;
}

const NEW_PASSWORD = 'paarden-lopen-over-de-dijk';

async function createLocalUser(username: string): Promise<string> {
  const admin = await asAdmin();
  const res = await admin.post('/api/users', {
    displayName: `Gebruiker ${username}`,
    username,
    organisationId: lindeburg,
    role: 'aandachtsfunctionaris',
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

async function resetCredentials(userId: string, resetTotp = false): Promise<string> {
  const admin = await asAdmin();
  const res = await admin.post(`/api/users/${userId}/reset-credentials`, { resetTotp });
  expect(res.statusCode).toBe(200);
  return res.json().temporaryPassword;
}

function codeFor(secret: string, offsetSteps = 0): string {
  return totp(base32Decode(secret), new Date(t.clock.now().getTime() + offsetSteps * 30_000));
}

async function anonymous(): Promise<TestClient> {
  const c = new TestClient(t.app);
  await c.refreshSession();
  return c;
}

/** A user who has completed the first sign-in (new password, enrolment); returns the TOTP secret. */
async function enrolledUser(username: string): Promise<{ id: string; secret: string }> {
  const id = await createLocalUser(username);
  const temporary = await resetCredentials(id);
  const c = await anonymous();
  await c.post('/api/auth/local/sign-in', { username, password: temporary });
  const enrol = (await c.post('/api/auth/local/new-password', { password: NEW_PASSWORD })).json();
  const done = await c.post('/api/auth/local/totp', { code: codeFor(enrol.secret) });
  expect(done.statusCode).toBe(204);
  // The next sign-in must use a code of a later step.
  t.clock.advance(30_000);
  return { id, secret: enrol.secret };
}

async function failures(userId: string): Promise<Array<{ tenant_id: string | null; purpose: string }>> {
  const r = await t.tdb.db.query<{ tenant_id: string | null; purpose: string }>(
    `SELECT tenant_id, purpose FROM access_log
      WHERE action = 'sign_in' AND result = 'failed' AND actor_user_id = $1 ORDER BY id`,
    [userId],
  );
  return r.rows;
}

async function userState(id: string) {
  const admin = await asAdmin();
  return (await admin.get(`/api/users/${id}`)).json() as {
    failedAttempts: number;
    lockedOut: boolean;
    lockedUntil: string | null;
    hasPassword: boolean;
    totpEnrolled: boolean;
  };
}

describe('first sign-in of a local account', () => {
  it('has no password until an administrator resets the credentials', async () => {
    const id = await createLocalUser('nog.geen.wachtwoord');
    expect((await userState(id)).hasPassword).toBe(false);
    const c = await anonymous();
    const res = await c.post('/api/auth/local/sign-in', { username: 'nog.geen.wachtwoord', password: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalid_credentials');
    expect((await failures(id)).map((f) => f.purpose)).toEqual(['local:no_password']);
  });

  it('asks for a new password, then enrolment of the authenticator app, then starts the session', async () => {
    const id = await createLocalUser('a.de.groot');
    const temporary = await resetCredentials(id);
    expect(temporary.replaceAll('-', '')).toHaveLength(20);

    const c = await anonymous();
    const first = await c.post('/api/auth/local/sign-in', { username: 'A.de.Groot ', password: temporary });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ step: 'new-password' });
    const pending = first.cookies.find((k) => k.name === '__Host-duiden-pending');
    expect(pending).toMatchObject({ path: '/', secure: true, httpOnly: true, sameSite: 'Lax' });
    expect(pending?.expires?.getTime()).toBeLessThanOrEqual(t.clock.now().getTime() + 10 * 60_000);

    // Nothing is signed in yet: the session endpoint still says so.
    expect((await c.get('/api/auth/session')).json().signedIn).toBe(false);

    const short = await c.post('/api/auth/local/new-password', { password: 'kort' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0]).toMatchObject({ field: 'password', nl: 'Vul minimaal 12 tekens in.' });
    const same = await c.post('/api/auth/local/new-password', { password: temporary });
    expect(same.statusCode).toBe(400);
    expect(same.json().errors[0].field).toBe('password');
    const tooLong = await c.post('/api/auth/local/new-password', { password: 'x'.repeat(201) });
    expect(tooLong.statusCode).toBe(400);

    const enrol = await c.post('/api/auth/local/new-password', { password: NEW_PASSWORD });
    expect(enrol.statusCode).toBe(200);
    const step = enrol.json();
    expect(step.step).toBe('enrol');
    expect(step.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(step.otpauthUri).toBe(
      `otpauth://totp/Duiden:a.de.groot?secret=${step.secret}&issuer=Duiden&algorithm=SHA1&digits=6&period=30`,
    );
    expect(step.qrSvgDataUri).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from(step.qrSvgDataUri.split(',')[1], 'base64').toString('utf8');
    expect(svg).toContain('<svg');

    // The new password and the secret are stored only once a code proves the app was set up.
    expect(await userState(id)).toMatchObject({ totpEnrolled: false });
    const hash = await t.tdb.db.query<{ password_hash: string; password_temporary: boolean }>(
      'SELECT password_hash, password_temporary FROM app_user WHERE id = $1',
      [id],
    );
    expect(hash.rows[0]?.password_temporary).toBe(true);

    const done = await c.post('/api/auth/local/totp', { code: codeFor(step.secret) });
    expect(done.statusCode).toBe(204);
    const session = done.cookies.find((k) => k.name === '__Host-duiden-session');
    expect(session).toMatchObject({ path: '/', secure: true, httpOnly: true, sameSite: 'Lax' });
    expect(done.cookies.find((k) => k.name === '__Host-duiden-pending')?.value).toBe('');

    const info = await c.refreshSession();
    expect(info.signedIn).toBe(true);
    expect(info.user).toMatchObject({ displayName: 'Gebruiker a.de.groot', authMethod: 'local' });

    const stored = await t.tdb.db.query<{ password_hash: string; password_temporary: boolean }>(
      'SELECT password_hash, password_temporary FROM app_user WHERE id = $1',
      [id],
    );
    expect(stored.rows[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored.rows[0]?.password_temporary).toBe(false);
    expect(await userState(id)).toMatchObject({ totpEnrolled: true, failedAttempts: 0 });

    // The sign-in in progress is used up: the same pending cookie cannot start a second session.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/local/totp',
      headers: {
        cookie: `__Host-duiden-csrf=x; __Host-duiden-pending=${pending?.value}`,
        'x-csrf-token': 'x',
        'content-type': 'application/json',
      },
      payload: JSON.stringify({ code: codeFor(step.secret) }),
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('sign_in_expired');
  });

  it('refuses a wrong code during enrolment and keeps the enrolment open for another try', async () => {
    const id = await createLocalUser('b.smit');
    const temporary = await resetCredentials(id);
    const c = await anonymous();
    await c.post('/api/auth/local/sign-in', { username: 'b.smit', password: temporary });
    const step = (await c.post('/api/auth/local/new-password', { password: NEW_PASSWORD })).json();
    const wrong = await c.post('/api/auth/local/totp', { code: codeFor(step.secret, 5) });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('code');
    expect((await c.post('/api/auth/local/totp', { code: codeFor(step.secret) })).statusCode).toBe(204);
    expect((await failures(id)).map((f) => f.purpose)).toEqual(['local:wrong_totp']);
  });
});

describe('a later sign-in', () => {
  it('asks for the code, refuses a code that was used already, and accepts the next one', async () => {
    const { id, secret } = await enrolledUser('c.bos');
    const c = await anonymous();
    const first = await c.post('/api/auth/local/sign-in', { username: 'c.bos', password: NEW_PASSWORD });
    expect(first.json()).toEqual({ step: 'totp' });
    const code = codeFor(secret);
    expect((await c.post('/api/auth/local/totp', { code })).statusCode).toBe(204);
    const firstSession = c.csrf;
    expect((await c.refreshSession()).signedIn).toBe(true);
    expect(c.csrf).not.toBe(firstSession);

    // The same code again (same 30-second step), from another browser: refused as reused.
    const d = await anonymous();
    expect(
      (await d.post('/api/auth/local/sign-in', { username: 'c.bos', password: NEW_PASSWORD })).json(),
    ).toEqual({ step: 'totp' });
    const reused = await d.post('/api/auth/local/totp', { code });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().errors[0].field).toBe('code');
    // So is the code of the previous step, still inside the tolerance window.
    expect((await d.post('/api/auth/local/totp', { code: codeFor(secret, -1) })).statusCode).toBe(400);

    t.clock.advance(30_000);
    expect((await d.post('/api/auth/local/totp', { code: codeFor(secret) })).statusCode).toBe(204);
    expect((await d.refreshSession()).user.authMethod).toBe('local');
    expect((await failures(id)).map((f) => f.purpose)).toEqual(['local:totp_reused', 'local:totp_reused']);
    // A complete sign-in starts counting afresh.
    expect((await userState(id)).failedAttempts).toBe(0);
  });

  it('keeps the enrolled secret only encrypted in the database', async () => {
    const { id, secret } = await enrolledUser('c.versleuteld');
    const r = await t.tdb.db.query<{ totp_secret: string }>(
      'SELECT totp_secret FROM app_user WHERE id = $1',
      [id],
    );
    const stored = r.rows[0]?.totp_secret ?? '';
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(secret);
  });

  it('accepts a code of the next step (a clock slightly ahead)', async () => {
    const { secret } = await enrolledUser('c.ahead');
    const c = await anonymous();
    await c.post('/api/auth/local/sign-in', { username: 'c.ahead', password: NEW_PASSWORD });
    expect((await c.post('/api/auth/local/totp', { code: codeFor(secret, 1) })).statusCode).toBe(204);
  });
});

describe('wrong credentials', () => {
  it('answers a wrong password and an unknown user the same way, and logs both', async () => {
    const { id } = await enrolledUser('d.visser');
    const c = await anonymous();
    const wrong = await c.post('/api/auth/local/sign-in', {
      username: 'd.visser',
      password: 'niet-het-wachtwoord',
    });
    const unknown = await c.post('/api/auth/local/sign-in', {
      username: 'niemand',
      password: 'niet-het-wachtwoord',
    });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('invalid_credentials');
      expect(res.cookies.find((k) => k.name === '__Host-duiden-pending')).toBeUndefined();
    }
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
    expect(wrong.json().message.nl).toBe('De gebruikersnaam of het wachtwoord klopt niet.');

    expect(await failures(id)).toEqual([{ tenant_id: lindeburg, purpose: 'local:wrong_password' }]);
    const anon = await t.tdb.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM access_log
        WHERE action = 'sign_in' AND result = 'failed' AND purpose = 'local:unknown_user' AND tenant_id IS NULL
          AND actor_user_id IS NULL`,
    );
    expect(anon.rows[0]?.n).toBeGreaterThanOrEqual(1);
    // Neither the user name nor the password is in the log.
    const leak = await t.tdb.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM access_log l
        WHERE concat_ws(' ', l.purpose, l.object_id, l.object_type, l.on_behalf_of) ~ '(niemand|niet-het-wachtwoord)'`,
    );
    expect(leak.rows[0]?.n).toBe(0);
  });

  it('refuses a wrong code with a field error on code and logs it', async () => {
    const { id, secret } = await enrolledUser('e.mulder');
    const c = await anonymous();
    await c.post('/api/auth/local/sign-in', { username: 'e.mulder', password: NEW_PASSWORD });
    const right = codeFor(secret);
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
    const res = await c.post('/api/auth/local/totp', { code: wrong });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        field: 'code',
        nl: 'Deze code klopt niet. Vul de code in die nu in uw app staat.',
        en: 'This code is not correct. Enter the code your app shows now.',
      },
    ]);
    expect((await c.get('/api/auth/session')).json().signedIn).toBe(false);
    expect((await failures(id)).map((f) => f.purpose)).toEqual(['local:wrong_totp']);
    // Still in the sign-in: the right code works.
    expect((await c.post('/api/auth/local/totp', { code: right })).statusCode).toBe(204);
  });

  it('refuses a disabled user like a wrong password', async () => {
    const { id } = await enrolledUser('f.disabled');
    const admin = await asAdmin();
    const version = (await admin.get(`/api/users/${id}`)).json().version;
    expect((await admin.patch(`/api/users/${id}`, { version, disabled: true })).statusCode).toBe(200);
    const c = await anonymous();
    const res = await c.post('/api/auth/local/sign-in', { username: 'f.disabled', password: NEW_PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalid_credentials');
    expect((await failures(id)).map((f) => f.purpose)).toEqual(['local:disabled']);
  });

  it('needs the CSRF double-submit token', async () => {
    const c = new TestClient(t.app);
    const res = await c.post('/api/auth/local/sign-in', { username: 'c.bos', password: NEW_PASSWORD });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf');
  });

  it('logs a failure in every tenant the user works in', async () => {
    const { id } = await enrolledUser('g.twee.gemeenten');
    await t.tdb.db.query('INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, $3)', [
      id,
      oosterveen,
      'aandachtsfunctionaris',
    ]);
    const c = await anonymous();
    await c.post('/api/auth/local/sign-in', { username: 'g.twee.gemeenten', password: 'fout-fout-fout' });
    const rows = await failures(id);
    expect(rows.map((r) => r.tenant_id).sort()).toEqual([lindeburg, oosterveen].sort());
    expect(new Set(rows.map((r) => r.purpose))).toEqual(new Set(['local:wrong_password']));
  });
});

describe('delays and lockout', () => {
  it('delays after three failures, doubling the delay, and refuses even the right password meanwhile', async () => {
    const { id, secret } = await enrolledUser('h.vertraging');
    const c = await anonymous();
    const signIn = (password: string) =>
      c.post('/api/auth/local/sign-in', { username: 'h.vertraging', password });
    for (let i = 0; i < 3; i++) expect((await signIn('verkeerd')).statusCode).toBe(400);

    const delayed = await signIn(NEW_PASSWORD);
    expect(delayed.statusCode).toBe(429);
    expect(delayed.headers['retry-after']).toBe('30');
    expect(delayed.json()).toMatchObject({ code: 'too_many_attempts', retryAfterSeconds: 30 });
    expect(delayed.json().message.nl).toContain('30 seconden');

    t.clock.advance(30_000);
    expect((await signIn('verkeerd')).statusCode).toBe(400);
    const longer = await signIn(NEW_PASSWORD);
    expect(longer.statusCode).toBe(429);
    expect(longer.headers['retry-after']).toBe('60');

    t.clock.advance(59_000);
    expect((await signIn(NEW_PASSWORD)).headers['retry-after']).toBe('1');
    t.clock.advance(1_000);
    expect((await signIn(NEW_PASSWORD)).json()).toEqual({ step: 'totp' });
    expect((await c.post('/api/auth/local/totp', { code: codeFor(secret) })).statusCode).toBe(204);
    expect(await userState(id)).toMatchObject({ failedAttempts: 0, lockedUntil: null });

    expect((await failures(id)).map((f) => f.purpose)).toEqual([
      'local:wrong_password',
      'local:wrong_password',
      'local:wrong_password',
      'local:delayed',
      'local:wrong_password',
      'local:delayed',
      'local:delayed',
    ]);
  });

  it('counts wrong codes too', async () => {
    const { secret } = await enrolledUser('i.codes');
    const c = await anonymous();
    await c.post('/api/auth/local/sign-in', { username: 'i.codes', password: NEW_PASSWORD });
    const wrong = String((Number(codeFor(secret)) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 3; i++)
      expect((await c.post('/api/auth/local/totp', { code: wrong })).statusCode).toBe(400);
    const res = await c.post('/api/auth/local/totp', { code: codeFor(secret) });
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('30');
  });

  it('locks out after ten failures until an administrator unlocks the account', async () => {
    const { id, secret } = await enrolledUser('j.blokkade');
    const c = await anonymous();
    const signIn = (password: string) =>
      c.post('/api/auth/local/sign-in', { username: 'j.blokkade', password });
    for (let i = 0; i < 10; i++) {
      const res = await signIn('verkeerd');
      expect(res.statusCode).toBe(400);
      const state = await userState(id);
      if (state.lockedUntil) t.clock.advance(new Date(state.lockedUntil).getTime() - t.clock.now().getTime());
    }
    expect(await userState(id)).toMatchObject({ lockedOut: true, failedAttempts: 10 });

    t.clock.advance(24 * 3600_000);
    const locked = await signIn(NEW_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('locked_out');
    expect(locked.json().message.nl).toContain('functioneel beheerder');

    const purposes = (await failures(id)).map((f) => f.purpose);
    expect(purposes.filter((p) => p === 'local:wrong_password')).toHaveLength(10);
    expect(purposes.slice(-2)).toEqual(['local:lockout', 'local:locked']);

    // The privacy officer of the municipality sees the failures and the lockout.
    const fg = new TestClient(t.app);
    await fg.signInAsDemo('Pieter de Boer');
    const log = (
      await fg.get(`/api/access-log?actorUserId=${id}&action=sign_in&result=failed&limit=50`)
    ).json();
    expect(log.entries.map((e: { purpose: string }) => e.purpose)).toContain('local:lockout');
    expect(log.entries).toHaveLength(12);

    // Only an administrator of the own municipality may unlock.
    const eva = new TestClient(t.app);
    await eva.signInAsDemo('Eva Mulder');
    expect((await eva.post(`/api/users/${id}/unlock`)).statusCode).toBe(404);
    expect((await fg.post(`/api/users/${id}/unlock`)).statusCode).toBe(403);

    const admin = await asAdmin();
    expect((await admin.post(`/api/users/${id}/unlock`)).statusCode).toBe(204);
    expect(await userState(id)).toMatchObject({ lockedOut: false, failedAttempts: 0, lockedUntil: null });
    const unlockLog = await t.tdb.db.query(
      `SELECT 1 FROM access_log WHERE action = 'unlock' AND object_id = $1 AND tenant_id = $2 AND result = 'ok'`,
      [id, lindeburg],
    );
    expect(unlockLog.rowCount).toBe(1);

    expect((await signIn(NEW_PASSWORD)).json()).toEqual({ step: 'totp' });
    expect((await c.post('/api/auth/local/totp', { code: codeFor(secret) })).statusCode).toBe(204);
  });
});

describe('reset of credentials by an administrator', () => {
  it('ends the sessions, demands a new password and, when asked, a new authenticator app', async () => {
    const { id, secret } = await enrolledUser('k.reset');
    const c = await anonymous();
    await c.post('/api/auth/local/sign-in', { username: 'k.reset', password: NEW_PASSWORD });
    await c.post('/api/auth/local/totp', { code: codeFor(secret) });
    expect((await c.refreshSession()).signedIn).toBe(true);

    const temporary = await resetCredentials(id, true);
    expect((await c.get('/api/auth/session')).json().signedIn).toBe(false);
    expect(await userState(id)).toMatchObject({ totpEnrolled: false, hasPassword: true });
    const logged = await t.tdb.db.query(
      `SELECT 1 FROM access_log WHERE action = 'reset_credentials_and_totp' AND object_id = $1 AND result = 'ok'`,
      [id],
    );
    expect(logged.rowCount).toBe(1);

    // The old password no longer works.
    const d = await anonymous();
    expect(
      (await d.post('/api/auth/local/sign-in', { username: 'k.reset', password: NEW_PASSWORD })).statusCode,
    ).toBe(400);
    expect(
      (await d.post('/api/auth/local/sign-in', { username: 'k.reset', password: temporary })).json(),
    ).toEqual({
      step: 'new-password',
    });
    const enrol = (
      await d.post('/api/auth/local/new-password', { password: 'een-ander-lang-wachtwoord' })
    ).json();
    expect(enrol.step).toBe('enrol');
    expect(enrol.secret).not.toBe(secret);
    expect((await d.post('/api/auth/local/totp', { code: codeFor(enrol.secret) })).statusCode).toBe(204);
  });

  it('keeps the authenticator app when not asked to reset it', async () => {
    const { id, secret } = await enrolledUser('l.behoud');
    const temporary = await resetCredentials(id, false);
    const c = await anonymous();
    await c.post('/api/auth/local/sign-in', { username: 'l.behoud', password: temporary });
    expect(
      (await c.post('/api/auth/local/new-password', { password: 'weer-een-nieuw-wachtwoord' })).json(),
    ).toEqual({
      step: 'totp',
    });
    expect((await c.post('/api/auth/local/totp', { code: codeFor(secret) })).statusCode).toBe(204);
  });

  it('stops a sign-in that was in progress with the old credentials', async () => {
    const { id, secret } = await enrolledUser('m.onderweg');
    const c = await anonymous();
    await c.post('/api/auth/local/sign-in', { username: 'm.onderweg', password: NEW_PASSWORD });
    await resetCredentials(id);
    const res = await c.post('/api/auth/local/totp', { code: codeFor(secret) });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('sign_in_expired');
  });

  it('is only for administrators of the own municipality, and only for users with a user name', async () => {
    const id = await createLocalUser('n.rechten');
    const eva = new TestClient(t.app);
    await eva.signInAsDemo('Eva Mulder');
    expect((await eva.post(`/api/users/${id}/reset-credentials`, { resetTotp: false })).statusCode).toBe(404);
    const fg = new TestClient(t.app);
    await fg.signInAsDemo('Pieter de Boer');
    expect((await fg.post(`/api/users/${id}/reset-credentials`, { resetTotp: false })).statusCode).toBe(403);

    const admin = await asAdmin();
    const users = (await admin.get('/api/users')).json() as Array<{
      id: string;
      displayName: string;
    }>;
    const demo = users.find((u) => u.displayName === 'Ahmed El Idrissi');
    const res = await admin.post(`/api/users/${demo?.id}/reset-credentials`, {
      resetTotp: false,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('username');
  });

  it('lets a sign-in in progress expire after ten minutes', async () => {
    await enrolledUser('o.traag');
    const c = await anonymous();
    await c.post('/api/auth/local/sign-in', { username: 'o.traag', password: NEW_PASSWORD });
    t.clock.advance(10 * 60_000 + 1);
    const res = await c.post('/api/auth/local/totp', { code: '123456' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('sign_in_expired');
  });
});

describe('registration', () => {
  it('describes the routes in the OpenAPI document with their access rules', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    const access = (path: string) => doc.paths[path]?.post?.['x-access'];
    for (const step of ['sign-in', 'new-password', 'totp']) {
      expect(access(`/api/auth/local/${step}`)).toEqual({ key: 'auth.signIn', allowed: 'public' });
    }
    expect(access('/api/users/{id}/unlock')).toEqual({
      key: 'user.unlock',
      allowed: ['functioneel_beheerder'],
    });
    expect(access('/api/users/{id}/reset-credentials')).toEqual({
      key: 'user.resetCredentials',
      allowed: ['functioneel_beheerder'],
    });
  });

  it('has no local sign-in when local accounts are switched off', async () => {
    const { buildApp } = await import('../../src/server/app.js');
    const { loadConfig } = await import('../../src/config.js');
    const config = loadConfig({ DUIDEN_DEMO: 'true', LOCAL_ACCOUNTS: 'false' });
    const app = await buildApp({ db: t.tdb.db, config, clock: t.clock.now });
    try {
      const c = new TestClient(app);
      await c.refreshSession();
      expect((await c.post('/api/auth/local/sign-in', { username: 'c.bos', password: 'x' })).statusCode).toBe(
        404,
      );
      expect((await c.get('/api/auth/session')).json().methods.local).toBe(false);
    } finally {
      await app.close();
    }
  });
});
