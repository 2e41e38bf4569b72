import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/demo/seed.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/deps.js';
import {
  freeTextPaths,
  loadOperations,
  type Operation,
  sample,
  urlOf,
  withValue,
} from '../helpers/openapi.js';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

// The public form and the sign-in are rate-limited per address; this file sends many requests from one.
process.env.MELDPUNT_SUBMIT_MAX = '100000';
process.env.MELDPUNT_STATUS_MAX = '100000';
process.env.MELDPUNT_STATUS_FAILURES_MAX = '100000';

let t: TestApp;
let ops: Operation[];
const clients = new Map<string, TestClient>();

beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_RATE_MAX: '100000' });
  ops = await loadOperations(t.app);
}, 120_000);
afterAll(() => t.close());

/** A client allowed by the operation's route rule: the demo user of an allowed role, or anonymous. */
async function clientFor(op: Operation): Promise<TestClient> {
  const allowed = op.access.allowed;
  const role = allowed === 'public' ? null : allowed === 'signedIn' ? 'aandachtsfunctionaris' : allowed[0];
  const key = role ?? 'anonymous';
  let c = clients.get(key);
  if (!c) {
    c = new TestClient(t.app);
    const user = DEMO.users.find(([, r]) => r === role);
    if (user) await c.signInAsDemo(user[0]);
    else await c.refreshSession();
    clients.set(key, c);
  }
  return c;
}

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  expect(res.body).not.toMatch(/fastify|FST_|node_modules|at .*\.[jt]s|SELECT|Error:/i);
}

function fieldsOf(res: { json: () => unknown }): string[] {
  return ((res.json() as { errors: Array<{ field: string; nl: string; en: string }> }).errors ?? []).map(
    (e) => {
      expect(e.nl.length).toBeGreaterThan(0);
      expect(e.en.length).toBeGreaterThan(0);
      return e.field;
    },
  );
}

describe('input rules that hold for every route (src/server/input-guard.ts)', () => {
  it('refuses a NUL character in the sign-in username, naming the field in Dutch and English', async () => {
    const c = new TestClient(t.app);
    await c.refreshSession();
    const res = await c.post('/api/auth/local/sign-in', { username: 'sanne\u0000', password: 'geheim' });
    expect(res.statusCode).toBe(400);
    expectProblem(res);
    const error = res.json().errors[0];
    expect(error).toMatchObject({ field: 'username' });
    expect(error.nl).toMatch(/NUL-teken/);
    expect(error.en).toMatch(/NUL character/);
  });

  it('refuses a NUL character in the worklist search (q)', async () => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Sanne de Vries');
    const res = await c.get('/api/meldingen?q=radicaal%00');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['q']);
  });

  it('refuses a NUL character in every free-text field of every change, naming that field', async () => {
    let checked = 0;
    for (const op of ops.filter((o) => o.body)) {
      const body = sample(op.body ?? {});
      for (const path of freeTextPaths(op.body ?? {})) {
        const c = await clientFor(op);
        const res = await c.request(op.method, urlOf(op, {}), withValue(body, path, 'tekst\u0000met nul'));
        const where = `${op.key} ${path.join('.')}`;
        expect(res.statusCode, `${where}: ${res.body}`).toBe(400);
        expectProblem(res);
        expect(fieldsOf(res), where).toContain(path.join('.'));
        checked += 1;
      }
    }
    // Person names, minutes, plan fields, network names, council briefings, ...: all of them.
    expect(checked).toBeGreaterThan(150);
  }, 300_000);

  it('refuses a NUL character in every free-text query parameter, naming it', async () => {
    let checked = 0;
    for (const op of ops) {
      for (const p of op.parameters.filter((x) => x.in === 'query' && freeTextPaths(x.schema).length > 0)) {
        const c = await clientFor(op);
        // The other required parameters get a plain value, so the refusal is about this one.
        const required = Object.fromEntries(
          op.parameters
            .filter((x) => x.in === 'query' && x.required && x.name !== p.name)
            .map((x) => [x.name, String(sample(x.schema))]),
        );
        const res = await c.request(op.method, urlOf(op, {}, { ...required, [p.name]: 'zoek\u0000' }));
        expect(res.statusCode, `${op.key} ${p.name}: ${res.body}`).toBe(400);
        expectProblem(res);
        expect(fieldsOf(res), `${op.key} ${p.name}`).toContain(p.name);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('refuses version 1e308 (and 1e999, which JSON reads as Infinity) on every versioned change', async () => {
    const versioned = ops.filter((o) => o.body?.properties?.version);
    expect(versioned.length).toBeGreaterThan(15);
    for (const op of versioned) {
      const c = await clientFor(op);
      for (const huge of ['1e308', '1e999', '-1e308']) {
        const text = JSON.stringify(sample(op.body ?? {})).replace(/"version":-?\d+/, `"version":${huge}`);
        const res = await c.raw(op.method, urlOf(op, {}), text);
        expect(res.statusCode, `${op.key} ${huge}: ${res.body}`).toBe(400);
        expectProblem(res);
        expect(fieldsOf(res), op.key).toContain('version');
      }
    }
  }, 120_000);

  it('refuses a number beyond a database integer in a query (delete with ?version=)', async () => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Ahmed El Idrissi');
    const res = await c.delete(`/api/agendapunten/${'0'.repeat(8)}-0000-4000-8000-000000000000?version=3e9`);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['version']);
  });

  it('refuses input nested deeper than any schema, without walking it recursively', async () => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Ahmed El Idrissi');
    const op = ops.find((o) => o.key === 'PATCH /api/privacy/anoniem/{id}');
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const text = JSON.stringify(sample(op?.body ?? {})).replace(/^\{/, `{"deep":${deep},`);
    const res = await c.raw('PATCH', '/api/privacy/anoniem/00000000-0000-4000-8000-000000000000', text);
    expect(res.statusCode).toBe(400);
    expectProblem(res);
  });
});

describe('dates are real days in 1800-2199 (src/server/formats.ts)', () => {
  it.each([
    ['2026-02-30', 400],
    ['2026-19-39', 400],
    ['0000-01-01', 400],
    ['9999-12-31', 400],
    ['2024-02-29', 200],
  ])('the period of the meetings list from %s: %i', async (day, status) => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Ahmed El Idrissi');
    const res = await c.get(`/api/overleggen?from=${day}&to=2199-12-31`);
    expect(res.statusCode, res.body).toBe(status);
    if (status === 400) expect(fieldsOf(res)).toEqual(['from']);
  });

  it.each(['2026-03-01T25:00:00Z', '2026-03-01T10:61:00Z', '0000-01-01T00:00:00Z', '2026-02-30T10:00:00Z'])(
    'a moment %s is refused, naming the field',
    async (moment) => {
      const c = new TestClient(t.app);
      await c.signInAsDemo('Ahmed El Idrissi');
      const op = ops.find((o) => o.key === 'POST /api/overleggen');
      const body = withValue(sample(op?.body ?? {}), ['startsAt'], moment);
      const res = await c.post('/api/overleggen', body);
      expect(res.statusCode, res.body).toBe(400);
      expect(fieldsOf(res)).toEqual(['startsAt']);
    },
  );
});

describe('errors a client can cause are problem+json, without the framework or the URL', () => {
  it('a path parameter over 100 characters: 414', async () => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Ahmed El Idrissi');
    const long = 'c'.repeat(150);
    const res = await c.get(`/api/casussen/${long}`);
    expect(res.statusCode).toBe(414);
    expectProblem(res);
    expect(res.body).not.toContain(long);
    expect(res.json().code).toBe('uri_too_long');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('a malformed percent-encoding in the path: 400', async () => {
    const res = await t.app.inject('/api/casussen/%E0%A4%A');
    expect(res.statusCode).toBe(400);
    expectProblem(res);
    expect(res.body).not.toContain('%E0');
  });

  it('an unknown /api path and an unknown method: 404, and 405 with Allow where the path exists', async () => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Ahmed El Idrissi');
    const unknown = await c.get('/api/bestaat-niet');
    expect(unknown.statusCode).toBe(404);
    expectProblem(unknown);
    const wrong = await c.request('PUT', '/api/meldingen/aantallen', {});
    expect(wrong.statusCode).toBe(405);
    expectProblem(wrong);
    expect(wrong.headers.allow).toBe('GET');
  });

  it('a body of the wrong content type, an empty JSON body, malformed JSON, a poisoned prototype', async () => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Lotte Visser');
    const cases: Array<[string, string, number]> = [
      ['<user/>', 'application/xml', 415],
      ['', 'application/json', 400],
      ['{"displayName": ', 'application/json', 400],
      ['{"__proto__": {"admin": true}}', 'application/json', 400],
    ];
    for (const [payload, type, status] of cases) {
      const res = await c.raw('POST', '/api/users', payload, type);
      expect(res.statusCode, `${type} ${payload}`).toBe(status);
      expectProblem(res);
    }
  });
});

describe('a missing required field says what to do (fillIn beside the schema)', () => {
  /** The field messages of a refused request, by field. */
  const byField = (res: { json: () => unknown }) =>
    Object.fromEntries(
      ((res.json() as { errors: Array<{ field: string; nl: string; en: string }> }).errors ?? []).map((e) => [
        e.field,
        { nl: e.nl, en: e.en },
      ]),
    );

  it('a meeting planned with nothing chosen names the kind, the date and time, and the chair', async () => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Ahmed El Idrissi');
    const res = await c.post('/api/overleggen', {});
    expect(res.statusCode, res.body).toBe(400);
    const f = byField(res);
    expect(f.type).toEqual({ nl: 'Kies de soort overleg.', en: 'Choose the kind of meeting.' });
    expect(f.startsAt).toEqual({
      nl: 'Vul de datum en de begintijd van het overleg in.',
      en: 'Enter the date and the start time of the meeting.',
    });
    expect(f.chairUserId?.nl).toBe('Kies de voorzitter van het overleg.');
  });

  it('an empty required text gets the same words as a missing one', async () => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Ahmed El Idrissi');
    const series = await c.post('/api/overleggen/reeksen', { startTime: '' });
    expect(series.statusCode, series.body).toBe(400);
    const f = byField(series);
    expect(f.startDate?.nl).toBe('Vul de datum van het eerste overleg in.');
    expect(f.frequency?.nl).toBe('Kies hoe vaak het overleg plaatsvindt.');
  });

  it('a required field without words of its own: "Vul dit veld in." or, for a choice, "Maak een keuze."', async () => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Lotte Visser');
    const res = await c.post('/api/users', {});
    expect(res.statusCode, res.body).toBe(400);
    const messages = Object.values(byField(res));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(['Vul dit veld in.', 'Maak een keuze.']).toContain(m.nl);
      expect(['Fill in this field.', 'Make a choice.']).toContain(m.en);
    }
    expect(JSON.stringify(res.json())).not.toContain('Dit veld is verplicht.');
  });
});

describe('problem documents speak the language of Accept-Language', () => {
  it('Dutch by default, English when preferred, with both messages and per-field messages kept', async () => {
    const c = new TestClient(t.app);
    await c.signInAsDemo('Lotte Visser');
    const nl = await c.post('/api/users', {});
    expect(nl.json().title).toBe('Niet alle velden zijn goed ingevuld.');
    expect(nl.headers['content-language']).toBe('nl');
    const en = await c.request('POST', '/api/users', {}, { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.4' });
    expect(en.json().title).toBe('Some fields are not filled in correctly.');
    expect(en.headers['content-language']).toBe('en');
    expect(en.json().message).toEqual(nl.json().message);
    expect(en.json().errors).toEqual(nl.json().errors);
    const dutchFirst = await c.request('POST', '/api/users', {}, { 'accept-language': 'nl-NL,en;q=0.8' });
    expect(dutchFirst.json().title).toBe(nl.json().title);
    const other = await c.request('POST', '/api/users', {}, { 'accept-language': 'de-DE,fr;q=0.9' });
    expect(other.json().title).toBe(nl.json().title);
    const anon = await t.app.inject({ url: '/api/users', headers: { 'accept-language': 'en' } });
    expect(anon.statusCode).toBe(401);
    expect(anon.json().title).toBe('You are not (or no longer) signed in.');
  });
});

describe('what Node refuses before Fastify sees a request', () => {
  let port = 0;
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
  });

  function raw(path: string, headers: Record<string, string>) {
    return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
        );
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('header fields too large, or a URL too long: 431 as problem+json, nothing echoed', async () => {
    const cookie = `x=${'k'.repeat(20_000)}`;
    for (const [path, headers] of [
      ['/api/auth/session', { cookie }],
      [`/api/meldingen?q=${'u'.repeat(20_000)}`, {}],
    ] as const) {
      const res = await raw(path, headers);
      expect(res.status).toBe(431);
      expect(res.type).toMatch(/^application\/problem\+json/);
      const doc = JSON.parse(res.body);
      expect(doc).toMatchObject({ status: 431, code: 'headers_too_large' });
      expect(doc.message.nl).toMatch(/te grote kopregels/);
      expect(res.body).not.toMatch(/kkkk|uuuu|fastify/i);
    }
  });
});

describe('caching of the web app', () => {
  let app: App;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'duiden-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Duiden</title>');
    writeFileSync(join(dir, 'assets', 'index-4f3a2b1c.js'), 'export {};');
    app = await buildApp({ db: t.tdb.db, config: t.config, clock: t.clock.now, webDir: dir });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('caches hashed assets for a year; index.html, a missing asset and the API are no-store', async () => {
    const asset = await app.inject('/assets/index-4f3a2b1c.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/meldingen', '/assets/index-00000000.js', '/api/auth/session']) {
      const res = await app.inject(url);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    expect((await app.inject('/assets/index-00000000.js')).statusCode).toBe(404);
  });
});
