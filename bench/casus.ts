import autocannon from 'autocannon';
import pg from 'pg';
import { cookiesOf, startServer, stopServer } from './foundation.js';
import { fmt, printTable } from './stats.js';

export interface CasusBenchOptions {
  /** A fresh PostgreSQL database (created by the caller). */
  readonly databaseUrl: string;
  readonly connections: number;
  readonly seconds: number;
  /** Cases added to the demo municipality (a large city has a few hundred over five years, a region 10,000). */
  readonly cases: number;
}

/**
 * The case module over HTTP against the real server: the case list and one case, for the officer (all cases
 * of the municipality) and for a partner (only the open cases it takes part in). The list is one page of 25
 * (need to know, filters and order in one keyset query, one access-log entry per page), so its cost should
 * not grow with the number of cases: that is what this measures, at each size asked for. The other lists
 * that grow with the cases are measured beside it, each paged on the server as well: Mijn acties (one action
 * per two cases for the officer), the meetings (one per ten cases), the disclosure register (a participation
 * disclosure per partner per case) and the officer's home page (overdue reviews, Mijn werk).
 */
export async function runCasusBench(opts: CasusBenchOptions): Promise<void> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const origin = `http://localhost:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    PUBLIC_ORIGIN: origin,
    DUIDEN_DEMO: 'true',
    DATABASE_URL: opts.databaseUrl,
  };
  // First start: migrations and demo data. Then the extra cases, straight into the database.
  await stopServer(await startServer(env, origin));
  const extra = await addCases(opts.databaseUrl, opts.cases);
  console.log(
    `\nCase module: ${extra.total} cases in the municipality (${extra.partnerCases} with the police taking part), ` +
      `${opts.connections} connections, ${opts.seconds} s each:`,
  );

  const server = await startServer(env, origin);
  const rows: Array<Record<string, string | number>> = [];
  try {
    const officer = await signIn(origin, 'aandachtsfunctionaris');
    // The police's partner: the police take part in half the added cases (the first partner by name, of
    // the GGZ, takes part in none of them, so figures before this change measured an almost empty list).
    const partner = await signIn(origin, 'ketenpartner', /^Politie/);
    const privacy = await signIn(origin, 'privacy_officer');
    const runs: Array<[string, string, string]> = [
      ['list, officer', '/api/casussen', officer],
      ['list, partner', '/api/casussen', partner],
      ['list, officer, open, overdue', `/api/casussen?${OPEN}&reviewOverdue=true`, officer],
      ['list, officer, by name', '/api/casussen?q=persoon%2042', officer],
      [
        'list, officer, newest, page 2',
        `/api/casussen?sort=geopend_nieuw&cursor=${extra.secondPage}`,
        officer,
      ],
      ['one case, officer', `/api/casussen/${extra.sampleCaseId}`, officer],
      ['one case, partner', `/api/casussen/${extra.sampleCaseId}`, partner],
      ['mijn acties, officer', '/api/acties/mijn', officer],
      ['meetings, officer, coming', '/api/overleggen?when=coming&to=2199-12-31', officer],
      ['meetings, officer, past', '/api/overleggen?when=past&from=1900-01-01', officer],
      ['disclosure register', '/api/privacy/verstrekkingen', privacy],
      ['home: overdue reviews', '/api/casussen/evaluaties-te-laat', officer],
      ['home: mijn werk, officer', '/api/mijn-werk', officer],
    ];
    for (const [label, path, cookie] of runs) {
      // What one request answers: the cases on the page (a list) or 1 (one case).
      const once = await fetch(`${origin}${path}`, { headers: { cookie } });
      const body = (await once.json()) as { items?: unknown[]; actions?: unknown[] } | unknown[];
      const shown = Array.isArray(body) ? body.length : (body.items ?? body.actions)?.length;
      const r = await load(`${origin}${path}`, cookie, opts);
      rows.push({
        run: label,
        shown: once.ok ? (shown ?? 1) : `HTTP ${once.status}`,
        'req/s': fmt(r.rps, 0),
        'p50 ms': fmt(r.p50),
        'p99 ms': fmt(r.p99),
        errors: r.errors,
      });
    }
  } finally {
    await stopServer(server);
  }
  printTable(rows);
}

const OPEN = 'phase=signalering&phase=persoonsgerichte_aanpak&phase=nazorg';

/** Adds fictitious cases (with a person, the police and youth care taking part, and a few events). */
async function addCases(url: string, count: number) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const t = await c.query<{ id: string }>("SELECT id FROM organisation WHERE name = 'Gemeente Lindeburg'");
    const tenantId = t.rows[0]?.id as string;
    const officer = await c.query<{ id: string }>(
      `SELECT u.id FROM app_user u JOIN membership m ON m.user_id = u.id
        WHERE m.organisation_id = $1 AND m.role = 'aandachtsfunctionaris' LIMIT 1`,
      [tenantId],
    );
    const by = officer.rows[0]?.id as string;
    await c.query(
      `WITH p AS (
         INSERT INTO person (tenant_id, display_name, normalized_name, created_at)
         SELECT $1, 'Bench persoon ' || g, 'bench persoon ' || g, now() - g * interval '3 hours'
           FROM generate_series(1, $2::int) g RETURNING id, created_at)
       INSERT INTO casus (tenant_id, person_id, reference, phase, regisseur_user_id, created_at)
       SELECT $1, p.id, 'C-2020-' || lpad((10000 + row_number() OVER ())::text, 5, '0'),
              (ARRAY['signalering', 'persoonsgerichte_aanpak', 'nazorg', 'afgesloten'])[1 + (row_number() OVER ()) % 4],
              $3, p.created_at
         FROM p`,
      [tenantId, count, by],
    );
    // The police take part in every other bench case, youth care in all; five timeline events each.
    await c.query(
      `INSERT INTO casus_participant (casus_id, organisation_id, role, joined_at, added_by)
       SELECT c.id, o.id, 'Deelnemer', c.created_at, $2
         FROM casus c JOIN organisation o ON o.tenant_id = $1 AND o.partner_type IN ('politie', 'jeugdzorg')
        WHERE c.reference LIKE 'C-2020-%'
          AND (o.partner_type = 'jeugdzorg' OR substr(c.reference, 12)::int % 2 = 0)`,
      [tenantId, by],
    );
    await c.query(
      `INSERT INTO casus_event (casus_id, at, actor_user_id, actor_organisation_id, kind, reason)
       SELECT c.id, c.created_at + g * interval '1 day', $2, $1, 'evaluatie', 'Voortgang besproken'
         FROM casus c, generate_series(1, 5) g WHERE c.reference LIKE 'C-2020-%'`,
      [tenantId, by],
    );
    // The other lists that grow with the cases: an action for the officer per two cases (open and due in the
    // coming months), a meeting per ten cases (half past, half coming), a disclosure per participation.
    await c.query(
      `INSERT INTO meeting (tenant_id, organiser_id, type, title, starts_at, location, chair_user_id, created_at, created_by)
       SELECT $1, $1, 'casusoverleg', 'Bench casusoverleg ' || g, now() + (g - $3::int / 20) * interval '1 day', 'Stadhuis',
              $2, now(), $2
         FROM generate_series(1, greatest($3::int / 10, 1)) g`,
      [tenantId, by, count],
    );
    await c.query(
      `INSERT INTO meeting_minutes (meeting_id)
       SELECT m.id FROM meeting m WHERE m.title LIKE 'Bench casusoverleg %'`,
    );
    await c.query(
      `INSERT INTO meeting_action (tenant_id, meeting_id, description, owner_user_id, due_on, created_at, created_by)
       SELECT $1, m.id, 'Bench actie ' || g, $2, (now() + (g % 90) * interval '1 day')::date, now(), $2
         FROM generate_series(1, greatest($3::int / 2, 1)) g
         JOIN LATERAL (SELECT id FROM meeting WHERE title LIKE 'Bench casusoverleg %' ORDER BY id
                        OFFSET (g % greatest($3::int / 10, 1)) LIMIT 1) m ON true`,
      [tenantId, by, count],
    );
    await c.query(
      `INSERT INTO disclosure (tenant_id, object_type, object_id, description, recipient_organisation_id,
         legal_basis_id, disclosed_by, disclosed_at, casus_id, person_id)
       SELECT $1, 'casus_participation', cp.id, 'Deelname aan de casus (Deelnemer)', cp.organisation_id,
              (SELECT id FROM legal_basis WHERE code = 'convenant_pga_deelname' LIMIT 1), $2, cp.joined_at,
              c.id, c.person_id
         FROM casus_participant cp JOIN casus c ON c.id = cp.casus_id WHERE c.reference LIKE 'C-2020-%'`,
      [tenantId, by],
    );
    await c.query('ANALYZE');
    const total = await c.query<{ n: string }>('SELECT count(*) AS n FROM casus WHERE tenant_id = $1', [
      tenantId,
    ]);
    const politie = await c.query<{ n: string; sample: string }>(
      `SELECT count(DISTINCT cp.casus_id) AS n, (array_agg(cp.casus_id))[1] AS sample
         FROM casus_participant cp JOIN organisation o ON o.id = cp.organisation_id
         JOIN casus c ON c.id = cp.casus_id
        WHERE o.partner_type = 'politie' AND o.tenant_id = $1 AND cp.left_at IS NULL
          AND c.phase <> 'afgesloten'`,
      [tenantId],
    );
    // The keyset after the 25th newest case: the cursor of the list's second page in that order.
    const nth = await c.query<{ value: string; id: string }>(
      `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS value, id
         FROM casus WHERE tenant_id = $1 ORDER BY created_at DESC, id DESC OFFSET 24 LIMIT 1`,
      [tenantId],
    );
    const n = nth.rows[0];
    return {
      secondPage: Buffer.from(JSON.stringify(['geopend_nieuw', n?.value, n?.id])).toString('base64url'),
      total: Number(total.rows[0]?.n),
      partnerCases: Number(politie.rows[0]?.n),
      sampleCaseId: politie.rows[0]?.sample as string,
    };
  } finally {
    await c.end();
  }
}

async function signIn(origin: string, role: string, organisation?: RegExp): Promise<string> {
  const s = await fetch(`${origin}/api/auth/session`);
  const jar = cookiesOf(s);
  const { csrfToken } = (await s.json()) as { csrfToken: string };
  const users = (await (await fetch(`${origin}/api/auth/demo-users`)).json()) as Array<{
    id: string;
    role: string;
    organisationName?: string;
  }>;
  const user = users.find(
    (u) => u.role === role && (!organisation || organisation.test(u.organisationName ?? '')),
  );
  const r = await fetch(`${origin}/api/auth/demo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: jar.join('; ') },
    body: JSON.stringify({ userId: user?.id }),
  });
  const cookie = cookiesOf(r).find((c) => c.startsWith('__Host-duiden-session='));
  if (!cookie) throw new Error(`sign-in as ${role} failed: ${r.status}`);
  return cookie;
}

async function load(url: string, cookie: string, opts: CasusBenchOptions) {
  const run = (duration: number) =>
    autocannon({ url, connections: opts.connections, duration, headers: { cookie }, workers: 0 });
  await run(2); // warm-up
  const r = await run(opts.seconds);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}
