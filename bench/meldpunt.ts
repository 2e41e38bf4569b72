import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import autocannon from 'autocannon';
import pg from 'pg';
import { newSignalRow } from '../src/app/melding/submit-signal.js';
import { recordAccess } from '../src/db/access-log.js';
import { type Database, openDatabase } from '../src/db/database.js';
import { insertSignal, listWorklist, type WorklistFilter, worklistStatement } from '../src/db/meldingen.js';
import { migrate } from '../src/db/migrate.js';
import { suggestPersons } from '../src/db/personen.js';
import { seedDemo } from '../src/demo/seed.js';
import { amsterdamDate } from '../src/domain/melding/calendar.js';
import { DEFAULT_DEADLINES } from '../src/domain/melding/deadlines.js';
import type { IntakeDraft } from '../src/domain/melding/intake.js';
import { normalizeAddress, normalizeName } from '../src/domain/melding/names.js';
import { closedLoop, fmt, percentile, printTable } from './stats.js';

/**
 * Benchmark of the meldpunt on PostgreSQL, in one run:
 *
 * 1. Public intake: POST /api/public/meldingen over HTTP against the real server (its own process, rate
 *    limiting and access log included) next to the raw insert of the same rows (the same statements in
 *    one transaction, without HTTP). Targets: throughput >= 80% of raw, p99 <= 2x raw.
 * 2. With `scale` x 1,000,000 signals and 200,000 persons generated in the database (half of them in one
 *    municipality, the one measured): worklist pages (database time, target p99 < 5 ms), person
 *    suggestions (p50 <= 30 ms) and Dutch full-text search (p50 <= 20 ms selective, <= 100 ms broad).
 *
 * Standalone: npx tsx bench/meldpunt.ts [--scale 0.01] [--seconds 10] [--connections 16] [--samples 200]
 *   [--rounds 2] [--skip-intake] [--explain]
 * (BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres; a fresh database is created and
 * dropped). Not a test: nothing fails on a slow machine; the figures are printed.
 */
export interface MeldpuntBenchOptions {
  /** A fresh, empty PostgreSQL database for this run (the server migrates it); connect as its owner. */
  readonly databaseUrl: string;
  readonly connections: number;
  readonly seconds: number;
  /** 1 = 1,000,000 signals and 200,000 persons. */
  readonly scale: number;
  /** Measurements per query kind. */
  readonly samples?: number;
  /** Alternating HTTP and raw intake runs (default 2). */
  readonly rounds?: number;
  /** Leave out part 1 (the intake), e.g. to look at the queries alone. */
  readonly skipIntake?: boolean;
  /** Print the plan of every worklist query once. */
  readonly explain?: boolean;
}

export interface MeldpuntBenchFigures {
  /** Best of the alternating rounds for each side; every round in `rounds`. */
  readonly intake: {
    http: Figures;
    raw: Figures;
    rounds: Array<{ http: Figures; raw: Figures }>;
    throughputRatio: number;
    p99Ratio: number;
  } | null;
  /** Database time inside PostgreSQL (planning + execution); roundTrip adds the client and the network. */
  readonly worklist: {
    p50: number;
    p99: number;
    roundTrip: { p50: number; p99: number };
    byKind: Record<string, { p50: number; p99: number; roundTripP50: number; roundTripP99: number }>;
  };
  readonly suggestions: { p50: number; p99: number };
  readonly fullText: { selective: { p50: number; p99: number }; broad: { p50: number; p99: number } };
}

interface Figures {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

const log = (s: string) => console.log(s);

/** A melding as the public form sends it (about 1 kB, no attachments). */
function draft(i: number): IntakeDraft {
  return {
    kind: 'melding',
    reporter: { kind: 'inwoner', name: 'Bench Melder', email: 'melder@example.org', feedbackWanted: true },
    observations: [
      {
        description: `Mijn buurjongen (${i % 97}) deelt in een groepsapp filmpjes van gewapende strijders en noemt ongelovigen vijanden. Hij is de laatste maanden veranderd en zegt dat school zinloos is.`,
        observedOn: null,
        place: 'online',
        source: 'eigen_waarneming',
      },
      {
        description: 'Een klasgenoot vertelde dat hij geld inzamelt voor een organisatie in het buitenland.',
        place: 'school',
        source: 'gehoord_van_anderen',
        sourceDetail: 'Klasgenoot van mijn dochter',
      },
    ],
    assumptions: ['Ik denk dat hij wordt beïnvloed door oudere jongens uit de wijk.'],
    contraIndications: 'Hij traint nog steeds bij de voetbalclub en helpt zijn moeder.',
    persons: [{ name: 'Daan van den Berg', age: 16, neighbourhood: 'Oosthaven', relation: 'buurtbewoner' }],
  };
}

async function startServer(env: NodeJS.ProcessEnv, origin: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      if ((await fetch(`${origin}/api/auth/session`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server did not start: ${stderr}`);
}

async function stopServer(child: ReturnType<typeof spawn>) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** 1. The public intake over HTTP, then the same rows inserted directly. */
/**
 * HTTP and raw runs alternate (rounds), with the server idle during the raw runs, so a burst of other work
 * on a shared machine does not land on one side only. The best round of each side is reported.
 */
async function intakeBench(opts: MeldpuntBenchOptions): Promise<NonNullable<MeldpuntBenchFigures['intake']>> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const origin = `http://localhost:${port}`;
  const server = await startServer(
    {
      ...process.env,
      PORT: String(port),
      PUBLIC_ORIGIN: origin,
      DUIDEN_DEMO: 'true',
      DATABASE_URL: opts.databaseUrl,
      // The limits stay on (one database upsert per request, as in production) but do not stop the run.
      MELDPUNT_SUBMIT_MAX: '1000000000',
      // Each report carries a proof-of-work solution that the server verifies and marks used, as in
      // production; the work of finding it is the browser's, so it is kept small and done before the run.
      MELDPUNT_POW_COUNTER_MAX: '10',
    },
    origin,
  );
  const db = await openDatabase({ databaseUrl: opts.databaseUrl, poolSize: 8 });
  const httpRuns: Figures[] = [];
  const rawRuns: Figures[] = [];
  try {
    await db.switchToAppRole('duiden_app');
    const session = await fetch(`${origin}/api/auth/session`);
    const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
    const cookie = session.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const municipalities = (await (await fetch(`${origin}/api/public/gemeenten`)).json()) as Array<{
      id: string;
    }>;
    const drafts = Array.from({ length: 64 }, (_, i) => ({
      municipalityId: municipalities[i % municipalities.length]?.id,
      ...draft(i),
    }));
    // One solved challenge per request (each works once), fetched and solved before the timed run.
    const bodiesFor = async (count: number): Promise<string[]> => {
      const out: string[] = [];
      while (out.length < count) {
        const batch = await Promise.all(
          Array.from({ length: 32 }, async () => {
            const res = await fetch(`${origin}/api/public/meldingen/uitdaging`);
            const challenge = (await res.json()) as Challenge;
            const solution = await solveChallenge({ challenge, deriveKey });
            return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
          }),
        );
        for (const altcha of batch)
          out.push(JSON.stringify({ ...drafts[out.length % drafts.length], altcha }));
      }
      return out;
    };
    const http = async (duration: number): Promise<Figures> => {
      // Generous: more than the intake has ever done per second on this kind of machine.
      const bodies = await bodiesFor(duration * 3000);
      let n = 0;
      const r = await autocannon({
        url: `${origin}/api/public/meldingen`,
        connections: opts.connections,
        duration,
        workers: 0,
        requests: [
          {
            method: 'POST',
            headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
            setupRequest: (req) => ({ ...req, body: bodies[n++ % bodies.length] }),
          },
        ],
      });
      return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
    };
    // The same rows without HTTP: the signal with its parts, history and outbox row, and the access-log entry.
    let i = 0;
    const raw = async (seconds: number, warmupSeconds: number): Promise<Figures> => {
      const r = await closedLoop(
        'raw',
        async () => {
          const k = i++;
          const tenantId = municipalities[k % municipalities.length]?.id as string;
          const now = new Date();
          const row = newSignalRow(
            {
              route: 'publiek',
              tenantId,
              channel: 'webformulier',
              draft: draft(k),
              actor: null,
              deadlines: DEFAULT_DEADLINES,
            },
            { receivedAt: now, createdAt: now, statusCodeHash: randomBytes(32).toString('hex') },
          );
          await db.tx(async (q) => {
            await recordAccess(q, now, {
              tenantId,
              action: 'create',
              objectType: 'signal',
              objectId: row.id,
              purpose: 'meldpunt',
              result: 'ok',
              clientIp: '127.0.0.1',
              requestId: crypto.randomUUID(),
            });
            await insertSignal(q, row);
          });
        },
        { concurrency: opts.connections, seconds, warmupSeconds },
      );
      return { rps: r.ops / r.seconds, p50: r.p50, p99: r.p99, errors: 0 };
    };
    await http(2); // warm-up
    for (let round = 0; round < (opts.rounds ?? 2); round++) {
      httpRuns.push(await http(opts.seconds));
      rawRuns.push(await raw(opts.seconds, round === 0 ? 2 : 0));
    }
  } finally {
    await db.close();
    await stopServer(server);
  }
  const best = (runs: Figures[]) => runs.reduce((a, b) => (b.rps > a.rps ? b : a));
  const httpBest = best(httpRuns);
  const rawBest = best(rawRuns);
  return {
    http: httpBest,
    raw: rawBest,
    rounds: httpRuns.map((h, k) => ({ http: h, raw: rawRuns[k] as Figures })),
    throughputRatio: httpBest.rps / rawBest.rps,
    p99Ratio: httpBest.p99 / rawBest.p99,
  };
}

// ---------------------------------------------------------------------------------------------------
// 2. Data at scale

const FIRST =
  `Daan Sem Milan Levi Noah Luuk Finn Bram Lucas Thijs Jesse Ruben Mees Sven Teun Stijn Kevin Yusuf Mohammed
  Ilias Ayoub Adam Omar Rayan Youssef Mehmet Emre Burak Arjun Dev Piotr Jakub Tomasz Andrei Mihai Jan Piet Kees Joost
  Emma Julia Mila Tess Sophie Zoë Sara Anna Eva Noor Fenna Lotte Sanne Isa Lieke Amira Yasmin Fatima Salma Nour Aya
  Elif Zeynep Ayse Priya Agnieszka Olena Maria Ingrid Femke Anouk Esther Ilse Kim Lisa Iris Roos Merel Fleur Jasmijn
  Rosa Hanna Vera Nina Bo Lina Malak Hiba Ceylin Defne`.split(/\s+/);
const STEMS =
  `Berg Hoek Veld Dijk Bos Brink Vliet Horst Kamp Molen Beek Linde Wijk Haven Heuvel Hof Laan Meer Zand Rijn
  Wal Sloot Broek Donk Hout Kerk Mulder Smit Bakker Visser Jansen Kramer Boer Dekker Vos Peters Meijer Koster Hendriks
  Willems Kaya Yilmaz Demir Sahin Celik Aydin Ozturk Arslan Bouzid Amrani Haddou Tahiri Benali Idrissi Kowalski Nowak
  Popescu Sharma Singh Nguyen Tran Santos Silva Costa Oliveira Rossi Bruno Schmidt Weber Fischer Wagner Becker Koch
  Hartman Bosman Groen Zwart Wit Rood Lang Kort Jong Oud Vries Graaf Ruiter`.split(/\s+/);
const ENDINGS = ['', 'er', 'man', 'stra', 'ink', 'sma', 'ing', 'hof', 'huis', 'kamp'];
const PARTICLES = ['', '', '', 'van', 'de', 'van der', 'van den', 'ter', 'van de', "'t"];
const STREETS =
  `Kerkstraat Dorpsstraat Schoolstraat Molenweg Stationsweg Julianastraat Beatrixlaan Wilhelminastraat Parkweg
  Lindelaan Havenkade Schipperskade Noorderweg Zuiderweg Oosterstraat Westerpark Marktplein Veldweg Dijkstraat Brinklaan`.split(
    /\s+/,
  );
const WORDS =
  `zorgen jongen meisje filmpjes groepsapp ouders buurt wijk online uitspraken vlag strijders geloof
  overheid politie moskee kerk demonstratie pamfletten stickers vrienden familie broer zus neef klasgenoten docent mentor
  jongerenwerker sportclub voetbal training weekend avond gesprek contact telefoon bericht kanaal video geweld wapens
  haat complot vijanden boos teruggetrokken veranderd kleding baard hoofddoek reizen buitenland geld inzamelen
  organisatie leider uitnodiging bijeenkomst vergadering internet forum spel gaming chat`.split(/\s+/);

/** Loads the data set with set-based SQL as the owner, with the indexes rebuilt afterwards (as a restore would). */
export async function generate(
  admin: pg.Client,
  scale: number,
  say: (s: string) => void,
): Promise<{ big: string }> {
  const signals = Math.round(1_000_000 * scale);
  const persons = Math.round(200_000 * scale);
  const tenants = (
    await admin.query<{ id: string; name: string }>(
      "SELECT id, name FROM organisation WHERE kind = 'gemeente' ORDER BY name",
    )
  ).rows;
  for (let i = tenants.length; i < 10; i++) {
    const r = await admin.query<{ id: string }>(
      `INSERT INTO organisation (id, kind, name, tenant_id) SELECT x, 'gemeente', $1, x FROM gen_random_uuid() x RETURNING id`,
      [`Gemeente Bench ${i}`],
    );
    tenants.push({ id: r.rows[0]?.id as string, name: `Gemeente Bench ${i}` });
  }
  const big = tenants.find((t) => t.name === 'Gemeente Lindeburg')?.id ?? (tenants[0]?.id as string);
  const others = tenants.filter((t) => t.id !== big).map((t) => t.id);

  // Drop the secondary indexes of the loaded tables, load, and recreate them from their own definitions.
  const defs = (
    await admin.query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
        WHERE i.schemaname = 'public' AND i.tablename IN ('signal', 'person', 'signal_subject')
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    )
  ).rows;
  for (const d of defs) await admin.query(`DROP INDEX ${d.name}`);

  let t = performance.now();
  await admin.query('SELECT setseed(0.42)');
  await admin.query(
    `INSERT INTO person (tenant_id, display_name, normalized_name, birth_date, neighbourhood, address,
       normalized_address, school_or_work, created_at)
     SELECT CASE WHEN g % 2 = 0 THEN $1::uuid ELSE ($2::uuid[])[1 + (g / 2) % cardinality($2::uuid[])] END,
            initcap(f) || ' ' || CASE WHEN p = '' THEN '' ELSE p || ' ' END || s,
            lower(f) || ' ' || lower(s),
            DATE '1950-01-01' + (random() * 22000)::int,
            NULL,
            CASE WHEN g % 3 = 0 THEN st || ' ' || n || ', ' || pc END,
            CASE WHEN g % 3 = 0 THEN lower(st) || ' ' || n || ' ' || lower(replace(pc, ' ', '')) END,
            NULL, now()
       FROM (SELECT g,
                    ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int] AS f,
                    ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int]
                      || ($5::text[])[1 + floor(random() * cardinality($5::text[]))::int] AS s,
                    ($6::text[])[1 + floor(random() * cardinality($6::text[]))::int] AS p,
                    ($7::text[])[1 + floor(random() * cardinality($7::text[]))::int] AS st,
                    (1 + floor(random() * 180))::int AS n,
                    (1000 + floor(random() * 8999))::int || ' ' || chr(65 + floor(random() * 26)::int)
                      || chr(65 + floor(random() * 26)::int) AS pc
               FROM generate_series(1, $8::int) g) x`,
    [big, others, FIRST, STEMS, ENDINGS, PARTICLES, STREETS, persons],
  );
  say(`  ${persons.toLocaleString('nl-NL')} persons in ${fmt((performance.now() - t) / 1000, 1)} s`);

  t = performance.now();
  const chunk = 100_000;
  for (let start = 1; start <= signals; start += chunk) {
    const end = Math.min(signals, start + chunk - 1);
    await admin.query(
      `WITH tenants AS (
         SELECT o.id, row_number() OVER (ORDER BY o.id) - 1 AS idx,
                (SELECT array_agg(c.id ORDER BY c.sort) FROM phenomenon_category c WHERE c.tenant_id = o.id) AS cats
           FROM organisation o WHERE o.id = $1::uuid OR o.id = ANY($2::uuid[])
       ), raw AS (
         SELECT g, CASE WHEN g % 2 = 0 THEN $1::uuid ELSE ($2::uuid[])[1 + (g / 2) % cardinality($2::uuid[])] END AS tenant_id,
                now() - random() * interval '1095 days' AS received_at, random() AS r, random() AS c,
                array_to_string(ARRAY(SELECT ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int]
                                        FROM generate_series(1, 14 + (g % 7)) w WHERE g > 0), ' ')
                  || CASE WHEN random() < 0.3 THEN ' school' ELSE '' END
                  || CASE WHEN g % 10007 = 0 THEN ' kruisboog' ELSE '' END AS description
           FROM generate_series($4::int, $5::int) g
       ), shaped AS (
         SELECT raw.*,
                CASE WHEN received_at < now() - interval '60 days'
                     THEN CASE WHEN r < 0.85 THEN 'afgesloten' ELSE 'besloten' END
                     ELSE CASE WHEN r < 0.15 THEN 'ontvangen' WHEN r < 0.45 THEN 'in_behandeling'
                               WHEN r < 0.55 THEN 'meer_informatie_nodig' WHEN r < 0.75 THEN 'geagendeerd'
                               WHEN r < 0.85 THEN 'besloten' ELSE 'afgesloten' END END AS status,
                CASE WHEN c < 0.01 THEN 'ambtsbericht_aivd' WHEN c < 0.45 THEN 'webformulier' WHEN c < 0.6 THEN 'telefoon'
                     WHEN c < 0.72 THEN 'email' WHEN c < 0.77 THEN 'balie' WHEN c < 0.88 THEN 'politie_cter'
                     ELSE 'ketenpartner' END AS channel
           FROM raw
       )
       INSERT INTO signal (tenant_id, reference, kind, intake, channel, received_at, restricted, reporter_kind,
         feedback_wanted, status, status_changed_at, category_id, acknowledge_due_on, triage_due_on, acknowledged_at,
         triaged_at, info_due_on, next_due_on, decision_outcome, close_reason, summary, search_vector, created_at)
       SELECT s.tenant_id, 'M-' || extract(year FROM s.received_at)::int || '-' || lpad(s.g::text, 7, '0'),
              CASE WHEN s.g % 9 = 0 THEN 'adviesvraag' ELSE 'melding' END,
              CASE WHEN s.channel = 'webformulier' THEN 'publiek' WHEN s.channel = 'ketenpartner' THEN 'professional'
                   ELSE 'medewerker' END,
              s.channel, s.received_at, s.channel = 'ambtsbericht_aivd',
              CASE WHEN s.g % 4 = 0 THEN 'anoniem' WHEN s.g % 4 = 1 THEN 'professional' ELSE 'inwoner' END,
              s.g % 3 = 0, s.status, s.received_at,
              CASE WHEN s.status <> 'ontvangen' THEN t.cats[1 + s.g % cardinality(t.cats)] END,
              s.received_at::date + 5, s.received_at::date + 14,
              CASE WHEN s.status <> 'ontvangen' THEN s.received_at + interval '1 day' END,
              CASE WHEN s.status IN ('geagendeerd', 'besloten', 'afgesloten') THEN s.received_at + interval '5 days' END,
              CASE WHEN s.status = 'meer_informatie_nodig' THEN s.received_at::date + 20 END,
              CASE WHEN s.status = 'ontvangen' THEN s.received_at::date + 5
                   WHEN s.status = 'in_behandeling' THEN s.received_at::date + 14
                   WHEN s.status = 'meer_informatie_nodig' THEN LEAST(s.received_at::date + 14, s.received_at::date + 20) END,
              CASE WHEN s.status IN ('besloten', 'afgesloten') THEN 'geen_zorgen' END,
              CASE WHEN s.status = 'afgesloten' THEN 'geen_zorgen' END,
              left(s.description, 160), to_tsvector('dutch', s.description), s.received_at
         FROM shaped s JOIN tenants t ON t.id = s.tenant_id`,
      [big, others, WORDS, start, end],
    );
    say(`  signals ${end.toLocaleString('nl-NL')} / ${signals.toLocaleString('nl-NL')}`);
  }
  say(`  ${signals.toLocaleString('nl-NL')} signals in ${fmt((performance.now() - t) / 1000, 1)} s`);

  t = performance.now();
  // Half of the signals name one person of their own municipality (the worklist counts them).
  await admin.query(
    `WITH people AS (SELECT tenant_id, array_agg(id ORDER BY id) AS ids FROM person GROUP BY tenant_id)
     INSERT INTO signal_subject (signal_id, tenant_id, ordinal, person_id)
     SELECT s.id, s.tenant_id, 1, p.ids[1 + abs(hashtext(s.id::text)) % cardinality(p.ids)]
       FROM signal s JOIN people p ON p.tenant_id = s.tenant_id
      WHERE length(s.reference) = 14 AND right(s.reference, 1) IN ('0', '2', '4', '6', '8')`,
  );
  say(`  subjects in ${fmt((performance.now() - t) / 1000, 1)} s`);
  t = performance.now();
  for (const d of defs) await admin.query(d.def);
  await admin.query('ANALYZE signal; ANALYZE person; ANALYZE signal_subject; ANALYZE phenomenon_category');
  say(`  indexes and statistics in ${fmt((performance.now() - t) / 1000, 1)} s`);
  return { big };
}

/** Planning plus execution time inside PostgreSQL (EXPLAIN ANALYZE without per-node timing). */
async function serverTime(db: Database, s: { sql: string; params: readonly unknown[] }): Promise<number> {
  const r = await db.query<{ 'QUERY PLAN': Array<{ 'Planning Time': number; 'Execution Time': number }> }>(
    `EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${s.sql}`,
    s.params,
  );
  const plan = r.rows[0]?.['QUERY PLAN'][0];
  return (plan?.['Planning Time'] ?? 0) + (plan?.['Execution Time'] ?? 0);
}

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function summary(ms: number[]): { p50: number; p99: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

async function queriesBench(
  db: Database,
  admin: pg.Client,
  big: string,
  samples: number,
  explain: boolean,
): Promise<Omit<MeldpuntBenchFigures, 'intake'>> {
  const today = amsterdamDate(new Date());
  const category = (
    await admin.query<{ id: string }>(
      'SELECT id FROM phenomenon_category WHERE tenant_id = $1 ORDER BY sort LIMIT 1',
      [big],
    )
  ).rows[0]?.id;
  // The meldpunt's view: its tenant, without AIVD ambtsberichten; pages of 25 (+1 to know there is more).
  const base: WorklistFilter = {
    tenantId: big,
    includeRestricted: false,
    submittedBy: null,
    sort: 'ontvangen_nieuw',
    limit: 26,
  };
  const deep = async (f: WorklistFilter, pages: number) => {
    let after: WorklistFilter['after'];
    for (let i = 0; i < pages; i++) {
      const rows = await listWorklist(db, { ...f, after });
      const last = rows.at(-2);
      if (!last) break;
      after = { value: last.sortValue, id: last.id };
    }
    return { ...f, after };
  };
  const kinds: Record<string, WorklistFilter> = {
    'first page': base,
    'page 40': await deep(base, 40),
    'status ontvangen': { ...base, statuses: ['ontvangen'] },
    'status afgesloten': { ...base, statuses: ['afgesloten'] },
    'two statuses': { ...base, statuses: ['in_behandeling', 'meer_informatie_nodig'] },
    overdue: { ...base, overdueBefore: today },
    'by deadline': { ...base, sort: 'termijn' },
    category: { ...base, categoryId: category },
    'channel balie': { ...base, channels: ['balie'] },
    'last 30 days, oldest first': {
      ...base,
      sort: 'ontvangen_oud',
      from: new Date(Date.now() - 30 * 86_400_000),
    },
  };
  const all: number[] = [];
  const allRoundTrip: number[] = [];
  const byKind: Record<string, { p50: number; p99: number; roundTripP50: number; roundTripP99: number }> = {};
  for (const [kind, f] of Object.entries(kinds)) {
    for (let i = 0; i < 5; i++) await listWorklist(db, f); // warm
    const statement = worklistStatement(f);
    if (explain) {
      const plan = await db.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`,
        statement.params,
      );
      log(`\n-- ${kind}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
    const ms: number[] = [];
    const rt: number[] = [];
    for (let i = 0; i < samples; i++) {
      rt.push(await timed(() => listWorklist(db, f)));
      ms.push(await serverTime(db, statement));
    }
    const server = summary(ms);
    const trip = summary(rt);
    byKind[kind] = { ...server, roundTripP50: trip.p50, roundTripP99: trip.p99 };
    all.push(...ms);
    allRoundTrip.push(...rt);
  }

  // Suggestions for names as a reporter writes them: known persons with a typo or without particles,
  // with and without birth date and address.
  const people = (
    await admin.query<{ display_name: string; birth_date: string; address: string | null }>(
      'SELECT display_name, birth_date::text AS birth_date, address FROM person WHERE tenant_id = $1 ORDER BY id LIMIT $2',
      [big, samples],
    )
  ).rows;
  const typo = (s: string, i: number) =>
    i % 3 === 0 ? s.replace(/a/, 'aa') : i % 3 === 1 ? s.replace(/e(?=[^e]*$)/, '') : s;
  const suggestionMs: number[] = [];
  for (const [i, p] of people.entries()) {
    const query = {
      tenantId: big,
      includeRestricted: false,
      normalizedName: normalizeName(typo(p.display_name, i)),
      birthDate: i % 2 === 0 ? p.birth_date : null,
      normalizedAddress: p.address && i % 4 === 0 ? normalizeAddress(p.address) : null,
      excludeIds: [],
      perField: 10,
    };
    if (i < 5) await suggestPersons(db, query);
    suggestionMs.push(await timed(() => suggestPersons(db, query)));
  }

  const text = async (term: string) => {
    const f = { ...base, text: term };
    for (let i = 0; i < 3; i++) await listWorklist(db, f);
    const ms: number[] = [];
    for (let i = 0; i < samples; i++) ms.push(await timed(() => listWorklist(db, f)));
    return summary(ms);
  };
  return {
    worklist: { ...summary(all), roundTrip: summary(allRoundTrip), byKind },
    suggestions: summary(suggestionMs),
    fullText: { selective: await text('kruisboog'), broad: await text('school') },
  };
}

export async function runMeldpuntBench(opts: MeldpuntBenchOptions): Promise<MeldpuntBenchFigures> {
  const samples = opts.samples ?? 200;
  const signals = Math.round(1_000_000 * opts.scale);
  const persons = Math.round(200_000 * opts.scale);
  const version = new pg.Client({ connectionString: opts.databaseUrl });
  await version.connect();
  const pgVersion = (await version.query<{ v: string }>("SELECT current_setting('server_version') AS v"))
    .rows[0]?.v;
  await version.end();
  log(`\nMeldpunt benchmark on PostgreSQL ${pgVersion}; Node ${process.version}; scale ${opts.scale}`);

  let intake: MeldpuntBenchFigures['intake'] = null;
  if (!opts.skipIntake) {
    log(
      `\n1. Public intake (POST /api/public/meldingen), ${opts.connections} connections, ${opts.seconds} s per run, HTTP and raw alternating`,
    );
    const r = await intakeBench(opts);
    intake = r;
    const row = (run: string, f: Figures) => ({
      run,
      'req/s': fmt(f.rps, 0),
      'p50 ms': fmt(f.p50),
      'p99 ms': fmt(f.p99),
      errors: f.errors,
    });
    printTable(
      r.rounds.flatMap((x, k) => [
        row(`round ${k + 1}: HTTP (server process)`, x.http),
        row(`round ${k + 1}: raw insert, same rows`, x.raw),
      ]),
    );
    log('best round of each side:');
    printTable([row('HTTP (server process)', r.http), row('raw insert, same rows', r.raw)]);
    log(
      `throughput ${fmt(r.throughputRatio * 100, 0)}% of raw (target >= 80%): ${r.throughputRatio >= 0.8 ? 'met' : 'NOT met'}; ` +
        `p99 ${fmt(r.p99Ratio)}x raw (target <= 2x): ${r.p99Ratio <= 2 ? 'met' : 'NOT met'}`,
    );
  } else {
    // The server would have migrated and seeded the database; do it here instead.
    const setup = await openDatabase({ databaseUrl: opts.databaseUrl, poolSize: 2 });
    await migrate(setup);
    await setup.switchToAppRole('duiden_app');
    await seedDemo(setup);
    await setup.close();
  }

  log(
    `\n2. Generating ${signals.toLocaleString('nl-NL')} signals and ${persons.toLocaleString('nl-NL')} persons`,
  );
  const admin = new pg.Client({ connectionString: opts.databaseUrl });
  await admin.connect();
  const db = await openDatabase({ databaseUrl: opts.databaseUrl, poolSize: 4 });
  try {
    const { big } = await generate(admin, opts.scale, log);
    await db.switchToAppRole('duiden_app');
    const counts = (
      await admin.query<{ s: number; p: number }>(
        'SELECT (SELECT count(*)::int FROM signal WHERE tenant_id = $1) AS s, (SELECT count(*)::int FROM person WHERE tenant_id = $1) AS p',
        [big],
      )
    ).rows[0];
    log(
      `\nQueries in the largest municipality (${counts?.s.toLocaleString('nl-NL')} signals, ${counts?.p.toLocaleString('nl-NL')} persons), ${samples} samples each; database time = planning + execution in PostgreSQL, round trip = from the client (no HTTP):`,
    );
    const q = await queriesBench(db, admin, big, samples, opts.explain ?? false);
    printTable(
      Object.entries(q.worklist.byKind).map(([kind, f]) => ({
        'worklist page (25 rows)': kind,
        'db p50 ms': fmt(f.p50),
        'db p99 ms': fmt(f.p99),
        'round trip p50 ms': fmt(f.roundTripP50),
        'round trip p99 ms': fmt(f.roundTripP99),
      })),
    );
    printTable([
      {
        measure: 'worklist page, all kinds (database time)',
        value: `p50 ${fmt(q.worklist.p50)} ms, p99 ${fmt(q.worklist.p99)} ms (round trip p99 ${fmt(q.worklist.roundTrip.p99)} ms)`,
        target: 'p99 < 5 ms',
        result: q.worklist.p99 < 5 ? 'met' : 'NOT met',
      },
      {
        measure: 'person suggestions',
        value: `p50 ${fmt(q.suggestions.p50)} ms, p99 ${fmt(q.suggestions.p99)} ms`,
        target: 'p50 <= 30 ms',
        result: q.suggestions.p50 <= 30 ? 'met' : 'NOT met',
      },
      {
        measure: 'full text, selective term',
        value: `p50 ${fmt(q.fullText.selective.p50)} ms, p99 ${fmt(q.fullText.selective.p99)} ms`,
        target: 'p50 <= 20 ms',
        result: q.fullText.selective.p50 <= 20 ? 'met' : 'NOT met',
      },
      {
        measure: 'full text, broad term',
        value: `p50 ${fmt(q.fullText.broad.p50)} ms, p99 ${fmt(q.fullText.broad.p99)} ms`,
        target: 'p50 <= 100 ms',
        result: q.fullText.broad.p50 <= 100 ? 'met' : 'NOT met',
      },
    ]);
    return { intake, ...q };
  } finally {
    await db.close();
    await admin.end();
  }
}

// Standalone: npx tsx bench/meldpunt.ts --scale 0.01
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const value = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
  };
  const main = async () => {
    const base = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `duiden_bench_${randomBytes(4).toString('hex')}`;
    const server = new pg.Client({ connectionString: base });
    await server.connect();
    await server.query(`CREATE DATABASE ${name}`);
    await server.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    try {
      await runMeldpuntBench({
        databaseUrl: url.toString(),
        scale: Number(value('scale', '1')),
        seconds: Number(value('seconds', '10')),
        connections: Number(value('connections', '16')),
        samples: Number(value('samples', '200')),
        rounds: Number(value('rounds', '2')),
        skipIntake: args.includes('--skip-intake'),
        explain: args.includes('--explain'),
      });
    } finally {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    }
  };
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
