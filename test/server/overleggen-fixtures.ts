import type { Database } from '../../src/db/database.js';
import type { Role } from '../../src/domain/access/roles.js';
import type { DecisionOutcome, SignalKind, Status } from '../../src/domain/melding/types.js';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

/**
 * Shared set-up of the meetings API tests (not a test file itself): the demo data plus a few partner users
 * of other organisations, and signals in a known state, written straight into the test database.
 */

/** Demo users of Gemeente Lindeburg (src/demo/seed.ts) and the extra users added here. */
export const U = {
  officer: 'Ahmed El Idrissi',
  meldpunt: 'Sanne de Vries',
  police: 'Marieke Jansen',
  mayor: 'Johan van Dijk',
  policy: 'Thomas Bakker',
  admin: 'Lotte Visser',
  privacy: 'Pieter de Boer',
  // Added by createOverlegApp:
  police2: 'Rob Hendriks',
  om: 'Fatima Ouali',
  school: 'Kees Smit',
  youthCare: 'Noor Bakker',
  officer2: 'Iris Vermeulen',
  otherOfficer: 'Gert Hofman',
} as const;

const EXTRA: ReadonlyArray<readonly [string, Role, string]> = [
  [U.police2, 'ketenpartner', 'politie'],
  [U.om, 'ketenpartner', 'om'],
  [U.school, 'ketenpartner', 'school'],
  [U.youthCare, 'ketenpartner', 'jeugdzorg'],
  [U.officer2, 'aandachtsfunctionaris', 'gemeente'],
  [U.otherOfficer, 'aandachtsfunctionaris', 'oosterveen'],
];

export interface OverlegTestApp extends TestApp {
  readonly tenantId: string;
  readonly org: Record<'gemeente' | 'politie' | 'om' | 'school' | 'jeugdzorg' | 'ggz' | 'oosterveen', string>;
  readonly userId: Record<string, string>;
  client(name: string): Promise<TestClient>;
}

async function one<T>(db: Database, sql: string, params: unknown[]): Promise<T> {
  const r = await db.query<T>(sql, params);
  const row = r.rows[0];
  if (!row) throw new Error(`no row for ${sql}`);
  return row;
}

export async function createOverlegApp(env: NodeJS.ProcessEnv = {}): Promise<OverlegTestApp> {
  const t = await createTestApp(env);
  const db = t.tdb.db;
  const orgId = async (where: string, params: unknown[]) =>
    (await one<{ id: string }>(db, `SELECT id FROM organisation WHERE ${where}`, params)).id;
  const tenantId = await orgId('name = $1', ['Gemeente Lindeburg']);
  const org = {
    gemeente: tenantId,
    politie: await orgId("tenant_id = $1 AND partner_type = 'politie'", [tenantId]),
    om: await orgId("tenant_id = $1 AND partner_type = 'om'", [tenantId]),
    school: await orgId("tenant_id = $1 AND partner_type = 'school'", [tenantId]),
    jeugdzorg: await orgId("tenant_id = $1 AND partner_type = 'jeugdzorg'", [tenantId]),
    ggz: await orgId("tenant_id = $1 AND partner_type = 'ggz'", [tenantId]),
    oosterveen: await orgId('name = $1', ['Gemeente Oosterveen']),
  };
  for (const [name, role, where] of EXTRA) {
    const u = await one<{ id: string }>(
      db,
      'INSERT INTO app_user (display_name, is_demo) VALUES ($1, true) RETURNING id',
      [name],
    );
    await db.query('INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, $3)', [
      u.id,
      org[where as keyof typeof org],
      role,
    ]);
  }
  // Everyone gets an address, so the content-free e-mails have somewhere to go.
  await db.query(
    `UPDATE app_user SET email = lower(replace(display_name, ' ', '.')) || '@example.org' WHERE is_demo`,
  );
  const users = await db.query<{ id: string; display_name: string }>('SELECT id, display_name FROM app_user');
  const userId = Object.fromEntries(users.rows.map((u) => [u.display_name, u.id]));
  return {
    ...t,
    tenantId,
    org,
    userId,
    async client(name: string) {
      const c = new TestClient(t.app);
      await c.signInAsDemo(name);
      return c;
    },
  };
}

let sequence = 90_000;

export interface SignalSetup {
  readonly status?: Status;
  readonly outcome?: DecisionOutcome | null;
  readonly restricted?: boolean;
  /** The person the signal is linked to; null for no linked person. */
  readonly person?: string | null;
  readonly withCategory?: boolean;
  /** A melding (default) or an advice question. */
  readonly kind?: SignalKind;
  /** False: the signal names no one at all. */
  readonly withSubject?: boolean;
}

/** A signal of Gemeente Lindeburg in the given state, linked to a (new) person. */
export async function makeSignal(
  t: OverlegTestApp,
  s: SignalSetup = {},
): Promise<{ id: string; reference: string; personId: string | null }> {
  const db = t.tdb.db;
  const status = s.status ?? 'in_behandeling';
  const restricted = s.restricted ?? false;
  const category =
    s.withCategory === false
      ? null
      : (
          await one<{ id: string }>(
            db,
            "SELECT id FROM phenomenon_category WHERE tenant_id = $1 AND code = 'jihadisme'",
            [t.tenantId],
          )
        ).id;
  sequence += 1;
  const reference = `M-2026-${sequence}`;
  const at = new Date('2026-02-20T10:00:00Z');
  const signal = await one<{ id: string }>(
    db,
    `INSERT INTO signal (tenant_id, reference, kind, intake, channel, received_at, restricted, reporter_kind, status,
       status_changed_at, category_id, acknowledge_due_on, triage_due_on, acknowledged_at, triaged_at,
       decision_outcome, summary, search_vector, created_at)
     VALUES ($1, $2, $9, 'medewerker', $3, $4, $5, 'professional', $6, $4, $7, '2026-02-25', '2026-03-06', $4,
       CASE WHEN $6 IN ('besloten', 'geagendeerd') THEN $4::timestamptz END, $8,
       'Testsignaal: uitingen op school', to_tsvector('dutch', 'uitingen'), $4)
     RETURNING id`,
    [
      t.tenantId,
      reference,
      restricted ? 'ambtsbericht_aivd' : 'telefoon',
      at,
      restricted,
      status,
      category,
      s.outcome ?? null,
      s.kind ?? 'melding',
    ],
  );
  let personId: string | null = null;
  const name = s.person === undefined ? `Persoon ${sequence}` : s.person;
  if (name) {
    personId = (
      await one<{ id: string }>(
        db,
        `INSERT INTO person (tenant_id, display_name, normalized_name, restricted, created_at)
         VALUES ($1, $2, lower($2), $3, $4) RETURNING id`,
        [t.tenantId, name, restricted, at],
      )
    ).id;
  }
  if (s.withSubject !== false) {
    await db.query(
      `INSERT INTO signal_subject (signal_id, tenant_id, ordinal, name, person_id) VALUES ($1, $2, 1, $3, $4)`,
      [signal.id, t.tenantId, name ?? 'Onbekende jongere', personId],
    );
  }
  return { id: signal.id, reference, personId };
}

export async function signalState(
  t: OverlegTestApp,
  id: string,
): Promise<{
  status: Status;
  decision_outcome: string | null;
  close_reason: string | null;
  info_due_on: string | null;
}> {
  return one(
    t.tdb.db,
    'SELECT status, decision_outcome, close_reason, info_due_on::text AS info_due_on FROM signal WHERE id = $1',
    [id],
  );
}

/** Plans a meeting through the API and returns its id. */
export async function planMeeting(c: TestClient, body: Record<string, unknown>): Promise<string> {
  const res = await c.post('/api/overleggen', { location: 'Stadhuis, kamer 2.14', ...body });
  if (res.statusCode !== 201) throw new Error(`planning failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

export async function placeOnAgenda(
  c: TestClient,
  meetingId: string,
  body: Record<string, unknown>,
): Promise<string> {
  const res = await c.post(`/api/overleggen/${meetingId}/agendapunten`, body);
  if (res.statusCode !== 201) throw new Error(`placing failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

export async function legalBasisId(c: TestClient, code = 'convenant_zvh'): Promise<string> {
  const list = (await c.get('/api/overleggen/grondslagen')).json() as Array<{ id: string; code: string }>;
  const b = list.find((x) => x.code === code);
  if (!b) throw new Error(`no legal basis ${code}`);
  return b.id;
}

/** Saves a draft and has the chair record it; returns the record response. */
export async function decide(
  drafter: TestClient,
  chair: TestClient,
  itemId: string,
  fields: Record<string, unknown>,
) {
  // A draft saved before (by an earlier, refused attempt) is changed under its version.
  const saved = (await drafter.get(`/api/agendapunten/${itemId}`)).json().decisionDetail;
  const draft = await drafter.request('PUT', `/api/agendapunten/${itemId}/besluit`, {
    version: saved?.version ?? null,
    ...fields,
  });
  if (draft.statusCode !== 200) throw new Error(`draft failed: ${draft.statusCode} ${draft.body}`);
  return chair.post(`/api/agendapunten/${itemId}/besluit/vaststellen`, { version: draft.json().version });
}
