import type { Queryable } from './database.js';

/**
 * Deskundigheid, sessions: training sessions with the organisations that joined, named participants and
 * counts, certificates and anonymous reactions (migration 019). Dates are read as text (yyyy-mm-dd).
 */

export interface SessionRecord {
  readonly id: string;
  readonly seq: number;
  readonly tenantId: string;
  readonly trainingId: string;
  readonly trainingTitle: string;
  readonly heldOn: string;
  readonly location: string;
  readonly status: 'gepland' | 'gehouden' | 'vervallen';
  readonly notes: string;
  readonly reactionToken: string | null;
  readonly reactionOpenUntil: string | null;
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
  readonly version: number;
}

const SESSION_COLUMNS = `s.id, s.seq, s.tenant_id, s.training_id, t.title AS training_title, s.held_on::text AS held_on,
  s.location, s.status, s.notes, s.reaction_token, s.reaction_open_until::text AS reaction_open_until,
  s.updated_at, u.display_name AS updated_by_name, s.version`;
const SESSION_FROM = `training_session s JOIN training t ON t.id = s.training_id
  LEFT JOIN app_user u ON u.id = s.updated_by`;

interface SessionRow {
  id: string;
  seq: number | string;
  tenant_id: string;
  training_id: string;
  training_title: string;
  held_on: string;
  location: string;
  status: SessionRecord['status'];
  notes: string;
  reaction_token: string | null;
  reaction_open_until: string | null;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
}

const sessionOf = (r: SessionRow): SessionRecord => ({
  id: r.id,
  seq: Number(r.seq),
  tenantId: r.tenant_id,
  trainingId: r.training_id,
  trainingTitle: r.training_title,
  heldOn: r.held_on,
  location: r.location,
  status: r.status,
  notes: r.notes,
  reactionToken: r.reaction_token,
  reactionOpenUntil: r.reaction_open_until,
  updatedAt: r.updated_at,
  updatedByName: r.updated_by_name,
  version: r.version,
});

export async function findSession(q: Queryable, id: string): Promise<SessionRecord | null> {
  const r = await q.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM ${SESSION_FROM} WHERE s.id = $1`, [id]);
  return r.rows[0] ? sessionOf(r.rows[0]) : null;
}

export async function findSessionByToken(q: Queryable, token: string): Promise<SessionRecord | null> {
  const r = await q.query<SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM ${SESSION_FROM} WHERE s.reaction_token = $1`,
    [token],
  );
  return r.rows[0] ? sessionOf(r.rows[0]) : null;
}

/** The session of a tenant on this day for this training (an import adds to it), or null. */
export async function findSessionOn(
  q: Queryable,
  tenantId: string,
  trainingId: string,
  heldOn: string,
): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `SELECT id FROM training_session WHERE tenant_id = $1 AND training_id = $2 AND held_on = $3
     ORDER BY seq LIMIT 1`,
    [tenantId, trainingId, heldOn],
  );
  return r.rows[0]?.id ?? null;
}

export interface SessionFilter {
  readonly trainingId?: string | undefined;
  readonly year?: number | undefined;
  readonly organisationId?: string | undefined;
}

/** A page of a tenant's sessions, newest first (held_on, seq descending). */
export async function listSessions(
  q: Queryable,
  tenantId: string,
  filter: SessionFilter,
  page: { after?: { heldOn: string; seq: number } | undefined; limit: number },
): Promise<SessionRecord[]> {
  const params: unknown[] = [tenantId];
  const where = ['s.tenant_id = $1'];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (filter.trainingId) where.push(`s.training_id = ${p(filter.trainingId)}`);
  if (filter.year) where.push(`extract(year FROM s.held_on) = ${p(filter.year)}`);
  if (filter.organisationId) {
    where.push(
      `EXISTS (SELECT 1 FROM training_session_organisation o WHERE o.session_id = s.id AND o.organisation_id = ${p(filter.organisationId)})`,
    );
  }
  if (page.after)
    where.push(`(s.held_on, s.seq) < (${p(page.after.heldOn)}::date, ${p(page.after.seq)}::bigint)`);
  const r = await q.query<SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM ${SESSION_FROM} WHERE ${where.join(' AND ')}
     ORDER BY s.held_on DESC, s.seq DESC LIMIT ${p(page.limit)}`,
    params,
  );
  return r.rows.map(sessionOf);
}

/** The organisations that joined these sessions, by name. */
export async function organisationsOfSessions(
  q: Queryable,
  sessionIds: readonly string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const out = new Map<string, { id: string; name: string }[]>();
  if (sessionIds.length === 0) return out;
  const r = await q.query<{ session_id: string; id: string; name: string }>(
    `SELECT so.session_id, o.id, o.name FROM training_session_organisation so
     JOIN organisation o ON o.id = so.organisation_id WHERE so.session_id = ANY($1::uuid[]) ORDER BY o.name`,
    [sessionIds],
  );
  for (const row of r.rows) {
    const list = out.get(row.session_id) ?? [];
    list.push({ id: row.id, name: row.name });
    out.set(row.session_id, list);
  }
  return out;
}

/** Participants per session (named and counted), of one organisation when given. */
export async function participantTotals(
  q: Queryable,
  sessionIds: readonly string[],
  organisationId: string | null,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (sessionIds.length === 0) return out;
  const r = await q.query<{ session_id: string; n: number | string }>(
    `SELECT session_id, sum(n) AS n FROM (
       SELECT a.session_id, count(*) AS n FROM training_attendance a JOIN training_person p ON p.id = a.person_id
       WHERE a.session_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR p.organisation_id = $2) GROUP BY a.session_id
       UNION ALL
       SELECT session_id, sum(participants) FROM training_attendance_count
       WHERE session_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR organisation_id = $2) GROUP BY session_id
     ) x GROUP BY session_id`,
    [sessionIds, organisationId],
  );
  for (const row of r.rows) out.set(row.session_id, Number(row.n));
  return out;
}

export interface SessionValues {
  readonly trainingId: string;
  readonly heldOn: string;
  readonly status: string;
  readonly location: string;
  readonly notes: string;
}

export async function insertSession(
  q: Queryable,
  tenantId: string,
  v: SessionValues,
  at: Date,
  by: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO training_session (tenant_id, training_id, held_on, status, location, notes, created_at, created_by, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7, $8) RETURNING id`,
    [tenantId, v.trainingId, v.heldOn, v.status, v.location, v.notes, at, by],
  );
  return r.rows[0]?.id as string;
}

/** Saves at the version read; false when another version was saved since. */
export async function updateSession(
  q: Queryable,
  id: string,
  version: number,
  v: SessionValues,
  at: Date,
  by: string,
): Promise<boolean> {
  const r = await q.query(
    `UPDATE training_session SET training_id = $3, held_on = $4, status = $5, location = $6, notes = $7,
       updated_at = $8, updated_by = $9, version = version + 1
     WHERE id = $1 AND version = $2`,
    [id, version, v.trainingId, v.heldOn, v.status, v.location, v.notes, at, by],
  );
  return r.rowCount > 0;
}

/** Marks the session changed (a participant, a count, the reaction form) so a form open elsewhere sees it. */
export async function touchSession(q: Queryable, id: string, at: Date, by: string): Promise<void> {
  await q.query(
    'UPDATE training_session SET updated_at = $2, updated_by = $3, version = version + 1 WHERE id = $1',
    [id, at, by],
  );
}

export async function setSessionOrganisations(
  q: Queryable,
  sessionId: string,
  organisationIds: readonly string[],
): Promise<void> {
  await q.query(
    'DELETE FROM training_session_organisation WHERE session_id = $1 AND NOT (organisation_id = ANY($2::uuid[]))',
    [sessionId, organisationIds],
  );
  await addSessionOrganisations(q, sessionId, organisationIds);
}

export async function addSessionOrganisations(
  q: Queryable,
  sessionId: string,
  organisationIds: readonly string[],
): Promise<void> {
  await q.query(
    `INSERT INTO training_session_organisation (session_id, organisation_id)
     SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
    [sessionId, organisationIds],
  );
}

export interface AttendanceRecord {
  readonly personId: string;
  readonly name: string;
  readonly email: string | null;
  readonly department: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly targetGroupId: string;
  readonly targetGroupName: string;
  readonly completed: boolean;
  readonly certificateName: string | null;
  readonly certificateType: string | null;
}

/** The named participants of a session, of one organisation when given, by name. */
export async function attendanceOf(
  q: Queryable,
  sessionId: string,
  organisationId: string | null,
): Promise<AttendanceRecord[]> {
  const r = await q.query<{
    person_id: string;
    name: string;
    email: string | null;
    department: string;
    organisation_id: string;
    organisation_name: string;
    target_group_id: string;
    target_group_name: string;
    completed: boolean;
    file_name: string | null;
    media_type: string | null;
  }>(
    `SELECT a.person_id, p.name, p.email, p.department, p.organisation_id, o.name AS organisation_name,
       p.target_group_id, g.name AS target_group_name, a.completed, c.file_name, c.media_type
     FROM training_attendance a JOIN training_person p ON p.id = a.person_id
     JOIN organisation o ON o.id = p.organisation_id JOIN training_target_group g ON g.id = p.target_group_id
     LEFT JOIN training_certificate c ON c.session_id = a.session_id AND c.person_id = a.person_id
     WHERE a.session_id = $1 AND ($2::uuid IS NULL OR p.organisation_id = $2)
     ORDER BY p.name, p.id`,
    [sessionId, organisationId],
  );
  return r.rows.map((x) => ({
    personId: x.person_id,
    name: x.name,
    email: x.email,
    department: x.department,
    organisationId: x.organisation_id,
    organisationName: x.organisation_name,
    targetGroupId: x.target_group_id,
    targetGroupName: x.target_group_name,
    completed: x.completed,
    certificateName: x.file_name,
    certificateType: x.media_type,
  }));
}

export interface CountRecord {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly targetGroupId: string;
  readonly targetGroupName: string;
  readonly participants: number;
}

export async function countsOf(
  q: Queryable,
  sessionId: string,
  organisationId: string | null,
): Promise<CountRecord[]> {
  const r = await q.query<{
    organisation_id: string;
    organisation_name: string;
    target_group_id: string;
    target_group_name: string;
    participants: number;
  }>(
    `SELECT c.organisation_id, o.name AS organisation_name, c.target_group_id, g.name AS target_group_name, c.participants
     FROM training_attendance_count c JOIN organisation o ON o.id = c.organisation_id
     JOIN training_target_group g ON g.id = c.target_group_id
     WHERE c.session_id = $1 AND ($2::uuid IS NULL OR c.organisation_id = $2) ORDER BY o.name, g.name`,
    [sessionId, organisationId],
  );
  return r.rows.map((x) => ({
    organisationId: x.organisation_id,
    organisationName: x.organisation_name,
    targetGroupId: x.target_group_id,
    targetGroupName: x.target_group_name,
    participants: x.participants,
  }));
}

/** Records a participant (or changes whether they completed); true when they were not recorded before. */
export async function upsertAttendance(
  q: Queryable,
  sessionId: string,
  personId: string,
  completed: boolean,
  at: Date,
  by: string,
): Promise<boolean> {
  const r = await q.query<{ inserted: boolean }>(
    `INSERT INTO training_attendance (session_id, person_id, completed, recorded_at, recorded_by)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (session_id, person_id) DO UPDATE SET completed = EXCLUDED.completed
     RETURNING (xmax = 0) AS inserted`,
    [sessionId, personId, completed, at, by],
  );
  return r.rows[0]?.inserted === true;
}

export async function deleteAttendance(q: Queryable, sessionId: string, personId: string): Promise<boolean> {
  const r = await q.query('DELETE FROM training_attendance WHERE session_id = $1 AND person_id = $2', [
    sessionId,
    personId,
  ]);
  return r.rowCount > 0;
}

/** Sets a count; 0 removes it. `add` adds to what is recorded (an import) instead of replacing it. */
export async function setAttendanceCount(
  q: Queryable,
  v: { sessionId: string; organisationId: string; targetGroupId: string; participants: number },
  at: Date,
  by: string,
): Promise<void> {
  if (v.participants === 0) {
    await q.query(
      'DELETE FROM training_attendance_count WHERE session_id = $1 AND organisation_id = $2 AND target_group_id = $3',
      [v.sessionId, v.organisationId, v.targetGroupId],
    );
    return;
  }
  await q.query(
    `INSERT INTO training_attendance_count (session_id, organisation_id, target_group_id, participants, recorded_at, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (session_id, organisation_id, target_group_id)
     DO UPDATE SET participants = EXCLUDED.participants, recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by`,
    [v.sessionId, v.organisationId, v.targetGroupId, v.participants, at, by],
  );
}

export interface PersonRef {
  readonly id: string;
  readonly tenantId: string;
  readonly organisationId: string;
  readonly email: string | null;
}

export async function findPerson(q: Queryable, id: string): Promise<PersonRef | null> {
  const r = await q.query<{ id: string; tenant_id: string; organisation_id: string; email: string | null }>(
    'SELECT id, tenant_id, organisation_id, email FROM training_person WHERE id = $1',
    [id],
  );
  const x = r.rows[0];
  return x ? { id: x.id, tenantId: x.tenant_id, organisationId: x.organisation_id, email: x.email } : null;
}

/** The tenant's persons with these e-mail addresses (lower case), by address. */
export async function personsByEmail(
  q: Queryable,
  tenantId: string,
  emails: readonly string[],
): Promise<Map<string, PersonRef>> {
  const out = new Map<string, PersonRef>();
  if (emails.length === 0) return out;
  const r = await q.query<{ id: string; tenant_id: string; organisation_id: string; email: string }>(
    `SELECT id, tenant_id, organisation_id, lower(email) AS email FROM training_person
     WHERE tenant_id = $1 AND lower(email) = ANY($2::text[])`,
    [tenantId, emails],
  );
  for (const x of r.rows) {
    out.set(x.email, { id: x.id, tenantId: x.tenant_id, organisationId: x.organisation_id, email: x.email });
  }
  return out;
}

/** The persons of these sessions already recorded: `session|person`. */
export async function recordedAttendance(q: Queryable, sessionIds: readonly string[]): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const r = await q.query<{ session_id: string; person_id: string }>(
    'SELECT session_id, person_id FROM training_attendance WHERE session_id = ANY($1::uuid[])',
    [sessionIds],
  );
  return new Set(r.rows.map((x) => `${x.session_id}|${x.person_id}`));
}

export async function insertPerson(
  q: Queryable,
  v: {
    tenantId: string;
    organisationId: string;
    targetGroupId: string;
    name: string;
    email: string | null;
    department: string;
    activeSince: string;
  },
  at: Date,
  by: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO training_person (tenant_id, organisation_id, target_group_id, name, email, department, active_since,
       created_at, created_by, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8, $9) RETURNING id`,
    [v.tenantId, v.organisationId, v.targetGroupId, v.name, v.email, v.department, v.activeSince, at, by],
  );
  return r.rows[0]?.id as string;
}

export interface Lookups {
  trainings: { id: string; name: string; provider: string }[];
  organisations: { id: string; name: string }[];
  targetGroups: { id: string; name: string }[];
}

/** The tenant's trainings, organisations (itself and its partners) and target groups, by name. */
export async function sessionLookups(q: Queryable, tenantId: string): Promise<Lookups> {
  const [t, o, g] = await Promise.all([
    q.query<{ id: string; name: string; provider: string }>(
      'SELECT id, title AS name, provider FROM training WHERE tenant_id = $1 ORDER BY title, id',
      [tenantId],
    ),
    q.query<{ id: string; name: string }>(
      'SELECT id, name FROM organisation WHERE tenant_id = $1 ORDER BY (id <> $1), name, id',
      [tenantId],
    ),
    q.query<{ id: string; name: string }>(
      'SELECT id, name FROM training_target_group WHERE tenant_id = $1 ORDER BY side, name, id',
      [tenantId],
    ),
  ]);
  return { trainings: t.rows, organisations: o.rows, targetGroups: g.rows };
}

export interface CertificateFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Uint8Array;
}

export async function upsertCertificate(
  q: Queryable,
  v: {
    sessionId: string;
    personId: string;
    fileName: string;
    mediaType: string;
    content: Buffer;
    sha256: string;
  },
  at: Date,
  by: string,
): Promise<void> {
  await q.query(
    `INSERT INTO training_certificate (session_id, person_id, file_name, media_type, content, sha256, uploaded_at, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (session_id, person_id) DO UPDATE SET file_name = EXCLUDED.file_name, media_type = EXCLUDED.media_type,
       content = EXCLUDED.content, sha256 = EXCLUDED.sha256, uploaded_at = EXCLUDED.uploaded_at, uploaded_by = EXCLUDED.uploaded_by`,
    [v.sessionId, v.personId, v.fileName, v.mediaType, v.content, v.sha256, at, by],
  );
}

export async function readCertificate(
  q: Queryable,
  sessionId: string,
  personId: string,
): Promise<CertificateFile | null> {
  const r = await q.query<{ file_name: string; media_type: string; content: Uint8Array }>(
    'SELECT file_name, media_type, content FROM training_certificate WHERE session_id = $1 AND person_id = $2',
    [sessionId, personId],
  );
  const x = r.rows[0];
  return x ? { fileName: x.file_name, mediaType: x.media_type, content: x.content } : null;
}

export async function setReactionWindow(
  q: Queryable,
  sessionId: string,
  token: string,
  openUntil: string,
): Promise<void> {
  await q.query('UPDATE training_session SET reaction_token = $2, reaction_open_until = $3 WHERE id = $1', [
    sessionId,
    token,
    openUntil,
  ]);
}

export async function insertReaction(
  q: Queryable,
  sessionId: string,
  useful: string,
  missing: string,
  on: string,
): Promise<void> {
  await q.query(
    'INSERT INTO training_reaction (session_id, useful, missing, submitted_on) VALUES ($1, $2, $3, $4)',
    [sessionId, useful, missing, on],
  );
}

export async function reactionCounts(
  q: Queryable,
  sessionId: string,
): Promise<Record<'ja' | 'deels' | 'nee', number>> {
  const r = await q.query<{ useful: 'ja' | 'deels' | 'nee'; n: number | string }>(
    'SELECT useful, count(*) AS n FROM training_reaction WHERE session_id = $1 GROUP BY useful',
    [sessionId],
  );
  const out = { ja: 0, deels: 0, nee: 0 };
  for (const x of r.rows) out[x.useful] = Number(x.n);
  return out;
}

/** What participants missed, in random order (never the order they came in). */
export async function reactionTexts(q: Queryable, sessionId: string): Promise<string[]> {
  const r = await q.query<{ missing: string }>(
    "SELECT missing FROM training_reaction WHERE session_id = $1 AND missing <> '' ORDER BY md5(id::text) LIMIT 200",
    [sessionId],
  );
  return r.rows.map((x) => x.missing);
}

/** The tenant's threshold of the disclosure control (privacy settings), or null when none is set. */
export async function disclosureK(q: Queryable, tenantId: string): Promise<number | null> {
  const r = await q.query<{ analysis_k: number }>(
    'SELECT analysis_k FROM privacy_settings WHERE tenant_id = $1',
    [tenantId],
  );
  return r.rows[0]?.analysis_k ?? null;
}
