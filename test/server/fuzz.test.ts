import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/demo/seed.js';
import {
  type JsonSchema,
  loadOperations,
  type Operation,
  sample,
  types,
  withValue,
} from '../helpers/openapi.js';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

/**
 * Bounded fuzzing of the whole API: a few thousand requests generated from the OpenAPI schemas (bodies,
 * queries, path parameters), mostly valid-looking with one nasty value (a NUL, 1e308, 1e999, -0, a very
 * long or unusual text, a wrong type, deep nesting, an impossible date), sent with real demo ids by
 * signed-in users of a few roles with their CSRF token. It fails on any 5xx, on any error that is not
 * application/problem+json, and on an error that shows internals. Seeded: FUZZ_SEED=<n> repeats a run,
 * FUZZ_RUNS=<n> changes its length.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 4000);

process.env.MELDPUNT_SUBMIT_MAX = '1000000';
process.env.MELDPUNT_STATUS_MAX = '1000000';
process.env.MELDPUNT_STATUS_FAILURES_MAX = '1000000';

/** A number or text JSON cannot say itself (JSON.stringify turns -0 into 0 and 1e999 into null). */
class Raw {
  constructor(readonly text: string) {}
}

function toJsonText(value: unknown): string {
  const text = JSON.stringify(value, (_, v) => (v instanceof Raw ? `\u0001${v.text}\u0001` : v)) ?? 'null';
  return text.replace(/"\\u0001([^"\\]*)\\u0001"/g, '$1');
}

const deep = (n: number): unknown => {
  let v: unknown = 'bodem';
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

const nastyString = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'tekst\u0000met nul',
    '',
    ' ',
    '%00',
    "' OR 1=1 --",
    '"; DROP TABLE signal; --',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '\uD800',
    '\uDFFF\uD800',
    '𝕯𝖚𝖎𝖉𝖊𝖓 👩🏽‍⚕️ ‮gnirts‬',
    'مرحبا שלום',
    '\u200B\uFEFF',
    '2026-02-30',
    '2026-19-39',
    '0000-01-01',
    '9999-12-31',
    '275760-09-13',
    '2026-03-01T25:61:00Z',
    '00000000-0000-0000-0000-000000000000',
    'NaN',
    'Infinity',
    '1e308',
    '-0',
    'true',
    'null',
    '{}',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 101, max: 20_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1, max: 30 }).map((n) => 'é🙂'.repeat(n * 300)),
);

const nastyNumber = fc.oneof(
  fc.constantFrom(
    new Raw('1e308'),
    new Raw('-1e308'),
    new Raw('1e999'),
    new Raw('-0'),
    new Raw('0.5'),
    new Raw('1.0'),
    new Raw('1E2'),
    2_147_483_647,
    2_147_483_648,
    -2_147_483_649,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
    0,
    -1,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const nasty: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 3, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { '': 1 }, { __proto__x: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 20, max: 200 }).map(deep) },
  { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 50 }) },
  { weight: 1, arbitrary: fc.dictionary(nastyString, nastyString, { maxKeys: 5 }) },
);

/** `value` once in `n` times, otherwise null. */
function rarely<T>(value: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: n - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: value });
}

/** Values for one schema: mostly of its shape (with real ids where an id is asked), sometimes nasty. */
function arbitraryFor(
  schema: JsonSchema,
  pool: readonly string[],
  depth = 0,
  clean = false,
): fc.Arbitrary<unknown> {
  const own = shaped(schema, pool, depth, clean);
  return clean ? own : fc.oneof({ weight: 8, arbitrary: own }, { weight: 1, arbitrary: nasty });
}

function shaped(
  schema: JsonSchema,
  pool: readonly string[],
  depth: number,
  clean: boolean,
): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(sample(schema));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  if (schema.anyOf || schema.oneOf) {
    const options = (schema.anyOf ?? schema.oneOf ?? []).map((b) => shaped(b, pool, depth + 1, clean));
    return options.length > 0 ? fc.oneof(...options) : fc.constant(null);
  }
  const type = types(schema).find((x) => x !== 'null') ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'object': {
      const props = Object.entries(schema.properties ?? {});
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of props) record[k] = arbitraryFor(v, pool, depth + 1, clean);
      const required = new Set(schema.required ?? []);
      return fc
        .tuple(
          fc.record(record, { requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)) }),
          // An unknown key now and then (never in a clean body).
          clean ? fc.constant(null) : rarely(fc.tuple(nastyString, nasty), 8),
        )
        .map(([obj, extra]) => (extra ? { ...obj, [extra[0]]: extra[1] } : obj));
    }
    case 'array':
      return fc.array(schema.items ? arbitraryFor(schema.items, pool, depth + 1, clean) : nasty, {
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case 'string':
      if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...pool), fc.uuid());
      if (schema.format === 'date') {
        return fc.oneof(
          fc
            .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          fc.constantFrom('2026-02-30', '2026-19-39', '0000-01-01', '9999-12-31', '2026-3-1'),
        );
      }
      if (schema.format === 'date-time') {
        return fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.constantFrom('2026-03-01T25:61:00Z', '0000-01-01T00:00:00Z', '2026-03-01T10:00:00+14:00'),
        );
      }
      return fc.oneof(
        { weight: 3, arbitrary: fc.constant(sample(schema)) },
        { weight: 2, arbitrary: fc.string({ maxLength: schema.maxLength ?? 50 }) },
      );
    case 'integer':
      return fc.oneof(
        fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 1000 }),
        fc.constant(sample(schema)),
      );
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    default:
      return nasty;
  }
}

/** Which demo object a path parameter names, from the path segment before it. */
const KIND_BY_SEGMENT: Record<string, string> = {
  casussen: 'casus',
  meldingen: 'signal',
  overleggen: 'meeting',
  agendapunten: 'item',
  bijdragen: 'contribution',
  acties: 'action',
  personen: 'person',
  users: 'user',
  categorieen: 'category',
  relaties: 'relation',
  familie: 'familyContact',
  maatregelen: 'measure',
  deelnemers: 'participant',
  checklistpunten: 'checklistItem',
  bijlagen: 'attachment',
  betrokkenen: 'subject',
  memberships: 'membership',
  uitnodigingen: 'organisation',
  organisaties: 'organisation',
  maatregelcatalogus: 'catalogue',
};

const ROLES_TO_USE = [
  'aandachtsfunctionaris',
  'meldpunt',
  'ketenpartner',
  'functioneel_beheerder',
  'privacy_officer',
  'burgemeester',
] as const;

let t: TestApp;
let ops: Operation[];
const demoIds = new Map<string, string[]>();
let pool: string[] = [];

beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_RATE_MAX: '1000000' });
  // The demo is dated around today; a clock months before it would make changes precede what they change.
  t.clock.advance(Date.now() - t.clock.now().getTime());
  ops = (await loadOperations(t.app)).filter(
    // Ending or switching the session would only make the rest of the run anonymous.
    (o) => o.key !== 'POST /api/auth/sign-out' && o.key !== 'POST /api/auth/membership',
  );
  const q = t.tdb.db;
  const acting = ROLES_TO_USE.map((r) => `'${DEMO.users.find(([, role]) => role === r)?.[0] ?? ''}'`).join(
    ', ',
  );
  const sql: Record<string, string> = {
    casus: 'SELECT id::text AS v FROM casus',
    signal: 'SELECT id::text AS v FROM signal',
    meeting: 'SELECT id::text AS v FROM meeting',
    item: 'SELECT id::text AS v FROM agenda_item',
    contribution: 'SELECT id::text AS v FROM contribution',
    action: 'SELECT id::text AS v FROM meeting_action',
    person: 'SELECT id::text AS v FROM person',
    // Not the users the run signs in as: disabling them or ending their memberships would end the run's
    // sessions and leave the rest of it anonymous.
    user: `SELECT id::text AS v FROM app_user WHERE display_name <> ALL(ARRAY[${acting}])`,
    category: 'SELECT id::text AS v FROM phenomenon_category',
    relation: 'SELECT id::text AS v FROM casus_network_relation',
    networkPerson: 'SELECT id::text AS v FROM casus_network_person',
    familyContact: 'SELECT id::text AS v FROM casus_family_contact',
    measure: 'SELECT id::text AS v FROM casus_measure',
    participant: 'SELECT id::text AS v FROM casus_participant',
    checklistItem: 'SELECT id::text AS v FROM casus_checklist_item',
    attachment: 'SELECT id::text AS v FROM signal_attachment',
    subject: 'SELECT id::text AS v FROM signal_subject',
    membership: `SELECT m.id::text AS v FROM membership m JOIN app_user u ON u.id = m.user_id
       WHERE u.display_name <> ALL(ARRAY[${acting}])`,
    organisation: 'SELECT id::text AS v FROM organisation',
    catalogue: 'SELECT id::text AS v FROM measure_catalogue',
    legalBasis: 'SELECT id::text AS v FROM legal_basis',
  };
  for (const [kind, query] of Object.entries(sql)) {
    const r = await q.query<{ v: string }>(`${query} LIMIT 12`);
    demoIds.set(
      kind,
      r.rows.map((row) => row.v),
    );
  }
  pool = [...demoIds.values()].flat();
}, 180_000);
afterAll(() => t?.close());

function pathParamArbitrary(op: Operation, name: string): fc.Arbitrary<string> {
  const segments = op.path.split('/');
  const before = segments[segments.indexOf(`{${name}}`) - 1] ?? '';
  const kind =
    before === 'personen' && op.path.includes('/netwerk/') ? 'networkPerson' : KIND_BY_SEGMENT[before];
  const real = demoIds.get(kind ?? '') ?? [];
  const schema = op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
  const own = schema.enum ? fc.constantFrom(...schema.enum.map(String)) : fc.uuid();
  return fc.oneof(
    { weight: 6, arbitrary: real.length > 0 ? fc.constantFrom(...real) : own },
    { weight: 2, arbitrary: own },
    { weight: 2, arbitrary: nastyString },
  );
}

interface Generated {
  readonly op: number;
  readonly role: number;
  readonly params: Record<string, string>;
  readonly query: Record<string, unknown>;
  readonly body: unknown;
  readonly raw: string | null;
  readonly lang: string;
}

const garbage = fc.constantFrom(
  '{',
  '[1,2',
  '{"a":1}{"b":2}',
  'null',
  '"tekst"',
  '\u0000',
  '{"version": 1e999999}',
  `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
  '\uFEFF{}',
);

/** The paths to every plain value of a value. */
function leaves(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...at, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k]));
  return [at];
}

/** A body valid for the schema (real ids where it asks for one) with exactly one value made nasty. */
function oneChanged(schema: JsonSchema): fc.Arbitrary<unknown> {
  return fc.tuple(fc.constantFrom(...pool), fc.nat(), nasty).map(([id, n, bad]) => {
    const valid = JSON.parse(
      JSON.stringify(sample(schema)).replaceAll('00000000-0000-4000-8000-000000000000', id),
    );
    const paths = leaves(valid);
    return withValue(valid, paths[n % paths.length] ?? [], bad);
  });
}

/** Indices into ROLES_TO_USE (its length: anonymous) that the operation's route rule admits. */
function allowedRoles(op: Operation): number[] {
  const rule = op.access.allowed;
  if (rule === 'public') return [ROLES_TO_USE.length];
  return ROLES_TO_USE.flatMap((r, i) => (rule === 'signedIn' || rule.includes(r) ? [i] : []));
}

function generated(): fc.Arbitrary<Generated> {
  return fc.integer({ min: 0, max: ops.length - 1 }).chain((i) => {
    const op = ops[i] as Operation;
    const params: Record<string, fc.Arbitrary<string>> = {};
    const query: Record<string, fc.Arbitrary<unknown>> = {};
    for (const p of op.parameters) {
      if (p.in === 'path') params[p.name] = pathParamArbitrary(op, p.name);
      if (p.in === 'query') query[p.name] = arbitraryFor(p.schema, pool);
    }
    const body = op.body
      ? fc.oneof(
          { weight: 3, arbitrary: arbitraryFor(op.body, pool, 0, true) },
          { weight: 3, arbitrary: arbitraryFor(op.body, pool) },
          { weight: 3, arbitrary: oneChanged(op.body) },
          { weight: 1, arbitrary: nasty },
        )
      : fc.constant(undefined);
    return fc.record({
      op: fc.constant(i),
      // Mostly a role the route rule admits (so the request gets past it), sometimes any.
      role: fc.oneof(
        {
          weight: 5,
          arbitrary: allowedRoles(op).length > 0 ? fc.constantFrom(...allowedRoles(op)) : fc.constant(0),
        },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: ROLES_TO_USE.length }) },
      ),
      params: fc.record(params),
      query: fc.record(query, { requiredKeys: [] }),
      body,
      raw: rarely(garbage, 20),
      lang: fc.constantFrom('nl', 'en', 'en-GB,en;q=0.9', 'de', '*', ';q=x,,', 'nl-NL,nl;q=0.9,en;q=0.8'),
    });
  });
}

/** encodeURIComponent, except that a lone surrogate (which it refuses) goes out as its raw bytes. */
function encodePathPart(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

function queryString(query: Record<string, unknown>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    const text = v instanceof Raw ? v.text : typeof v === 'string' ? v : toJsonText(v);
    qs.append(k, text);
  }
  const s = qs.toString();
  return s ? `?${s}` : '';
}

describe('fuzzing every operation from its schema', () => {
  it(`answers ${RUNS} generated requests without a 5xx and with problem+json for every error (seed ${SEED})`, async () => {
    const clients: Array<TestClient | null> = [];
    const signIn = async (role: number): Promise<TestClient> => {
      const c = new TestClient(t.app);
      const name = DEMO.users.find(([, r]) => r === ROLES_TO_USE[role])?.[0];
      if (name) await c.signInAsDemo(name).catch(() => c.refreshSession());
      else await c.refreshSession();
      clients[role] = c;
      return c;
    };
    const statuses = new Map<number, number>();
    let failure = '';
    const started = Date.now();
    await fc
      .assert(
        fc.asyncProperty(generated(), async (g) => {
          const op = ops[g.op] as Operation;
          const c = clients[g.role] ?? (await signIn(g.role));
          const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
            encodePathPart(g.params[name] ?? ''),
          );
          const url = `${path}${queryString(g.query)}`;
          const payload =
            op.method === 'GET'
              ? undefined
              : (g.raw ?? (g.body === undefined ? undefined : toJsonText(g.body)));
          const headers = { 'accept-language': g.lang };
          const res =
            payload === undefined
              ? await c.request(op.method, url, undefined, headers)
              : await c.raw(op.method, url, payload, 'application/json', headers);
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          // A change that ended the session (a user disabled, credentials reset): sign in afresh next time.
          if (res.statusCode === 401 && g.role < ROLES_TO_USE.length) clients[g.role] = null;
          const type = String(res.headers['content-type'] ?? '');
          const as = ROLES_TO_USE[g.role] ?? 'anonymous';
          const where = `${op.key} as ${as}: ${url.slice(0, 200)} -> ${res.statusCode} ${res.body.slice(0, 300)}\n  sent: ${(payload ?? '').slice(0, 800)}`;
          if (res.statusCode >= 500) failure = `server error: ${where}`;
          else if (res.statusCode >= 400 && !type.startsWith('application/problem+json')) {
            failure = `not problem+json: ${where}`;
          } else if (
            res.statusCode >= 400 &&
            /node_modules|FST_|fastify|\bat async\b|SELECT |violates/i.test(res.body)
          ) {
            failure = `internals in an error: ${where}`;
          }
          if (failure) throw new Error(failure);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      )
      .catch((error: unknown) => {
        // The counterexample can be megabytes of text; the request is told briefly instead.
        const run = /path: "[^"]*"/.exec(String(error))?.[0] ?? '';
        throw new Error(
          `fuzz failed (repeat with FUZZ_SEED=${SEED}, ${run}): ${failure || String(error).slice(0, 2000)}`,
        );
      });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz: ${RUNS} requests in ${seconds} s, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    // The run reached the handlers, not only the validation: some answers were successes.
    expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
  }, 600_000);
});
