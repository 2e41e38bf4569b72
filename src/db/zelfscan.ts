import type { ActionStatus } from '../domain/overleg/types.js';
import type { AnswerKind, HintVerdict, Participant, RoundStatus } from '../domain/zelfscan/rounds.js';
import type { HintKind, TemplateId } from '../domain/zelfscan/templates.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/**
 * The self-assessment (migration 027): rounds with who took part, the municipality's own questions, answers
 * with their evidence and the verdicts on evidence hints. Organisation data; the use cases log every read.
 */

export interface RoundRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly template: TemplateId;
  readonly title: string;
  readonly startsOn: string;
  readonly participants: Participant[];
  readonly status: RoundStatus;
  readonly summary: string;
  readonly closedAt: Date | null;
  readonly closedByName: string | null;
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
  readonly version: number;
}

interface RoundRow {
  id: string;
  tenant_id: string;
  template: TemplateId;
  title: string;
  starts_on: string;
  participants: Participant[];
  status: RoundStatus;
  summary: string;
  closed_at: Date | null;
  closed_by_name: string | null;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
}

const ROUND_SELECT = `SELECT r.id, r.tenant_id, r.template, r.title, r.starts_on::text AS starts_on, r.participants,
    r.status, r.summary, r.closed_at, cu.display_name AS closed_by_name, r.updated_at,
    uu.display_name AS updated_by_name, r.version
  FROM zelfscan_round r
  LEFT JOIN app_user cu ON cu.id = r.closed_by
  LEFT JOIN app_user uu ON uu.id = r.updated_by`;

const toRound = (r: RoundRow): RoundRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  template: r.template,
  title: r.title,
  startsOn: r.starts_on,
  participants: r.participants,
  status: r.status,
  summary: r.summary,
  closedAt: r.closed_at ? new Date(r.closed_at) : null,
  closedByName: r.closed_by_name,
  updatedAt: new Date(r.updated_at),
  updatedByName: r.updated_by_name,
  version: r.version,
});

/** A page of the tenant's rounds, the latest start first; `after` is the last row's keyset. */
export async function listRounds(
  q: Queryable,
  tenantId: string,
  limit: number,
  after?: { startsOn: string; id: string },
): Promise<RoundRecord[]> {
  const r = await q.query<RoundRow>(
    `${ROUND_SELECT} WHERE r.tenant_id = $1
       AND ($2::date IS NULL OR (r.starts_on, r.id) < ($2::date, $3::uuid))
     ORDER BY r.starts_on DESC, r.id DESC LIMIT $4`,
    [tenantId, after?.startsOn ?? null, after?.id ?? null, limit],
  );
  return r.rows.map(toRound);
}

export async function findRound(q: Queryable, id: string): Promise<RoundRecord | null> {
  const r = await q.query<RoundRow>(`${ROUND_SELECT} WHERE r.id = $1`, [id]);
  return firstOrNull(r, toRound);
}

/** The closed round of the same questionnaire that came before this one (by start, then closing). */
export async function previousClosedRound(q: Queryable, round: RoundRecord): Promise<RoundRecord | null> {
  const r = await q.query<RoundRow>(
    `${ROUND_SELECT} WHERE r.tenant_id = $1 AND r.template = $2 AND r.status = 'gesloten' AND r.id <> $3
        AND (r.starts_on, r.id) < ($4::date, $3::uuid)
      ORDER BY r.starts_on DESC, r.id DESC LIMIT 1`,
    [round.tenantId, round.template, round.id, round.startsOn],
  );
  return firstOrNull(r, toRound);
}

/** Per municipality, its latest closed round of a questionnaire (the region's overview). */
export async function latestClosedRounds(
  q: Queryable,
  tenantIds: readonly string[],
  template: TemplateId,
): Promise<RoundRecord[]> {
  const r = await q.query<RoundRow>(
    `SELECT DISTINCT ON (x.tenant_id) x.* FROM (${ROUND_SELECT}
       WHERE r.tenant_id = ANY($1::uuid[]) AND r.template = $2 AND r.status = 'gesloten') x
      ORDER BY x.tenant_id, x.starts_on DESC, x.id DESC`,
    [tenantIds, template],
  );
  return r.rows.map(toRound);
}

export interface RoundWrite {
  readonly template: TemplateId;
  readonly title: string;
  readonly startsOn: string;
  readonly participants: readonly Participant[];
}

/** A new open round; null when the questionnaire already has an open round (the unique index). */
export async function insertRound(
  q: Queryable,
  tenantId: string,
  w: RoundWrite,
  at: Date,
  by: string,
): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO zelfscan_round (tenant_id, template, title, starts_on, participants, created_at, created_by,
       updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $6, $7)
     ON CONFLICT (tenant_id, template) WHERE status = 'open' DO NOTHING RETURNING id`,
    [tenantId, w.template, w.title, w.startsOn, JSON.stringify(w.participants), at, by],
  );
  return r.rows[0]?.id ?? null;
}

export async function updateRound(
  q: Queryable,
  id: string,
  version: number,
  w: Omit<RoundWrite, 'template'>,
  at: Date,
  by: string,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE zelfscan_round SET title = $3, starts_on = $4, participants = $5::jsonb, updated_at = $6,
       updated_by = $7, version = version + 1
     WHERE id = $1 AND version = $2 AND status = 'open'`,
    [id, version, w.title, w.startsOn, JSON.stringify(w.participants), at, by],
  );
}

/** Marks the round changed at the version read (an answer given); false when another version is saved. */
export async function touchRound(q: Queryable, id: string, at: Date, by: string): Promise<void> {
  await q.query(
    'UPDATE zelfscan_round SET updated_at = $2, updated_by = $3, version = version + 1 WHERE id = $1',
    [id, at, by],
  );
}

export async function closeRound(
  q: Queryable,
  id: string,
  version: number,
  summary: string,
  at: Date,
  by: string,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE zelfscan_round SET status = 'gesloten', summary = $3, closed_at = $4, closed_by = $5, updated_at = $4,
       updated_by = $5, version = version + 1
     WHERE id = $1 AND version = $2 AND status = 'open'`,
    [id, version, summary, at, by],
  );
}

export interface OwnQuestionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly template: TemplateId;
  readonly theme: string;
  readonly part: string;
  readonly textNl: string;
  readonly textEn: string;
  readonly active: boolean;
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
  readonly version: number;
}

interface OwnRow {
  id: string;
  tenant_id: string;
  template: TemplateId;
  theme: string;
  part: string;
  text_nl: string;
  text_en: string;
  active: boolean;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
}

const OWN_SELECT = `SELECT o.id, o.tenant_id, o.template, o.theme, o.part, o.text_nl, o.text_en, o.active,
    o.updated_at, u.display_name AS updated_by_name, o.version
  FROM zelfscan_own_question o LEFT JOIN app_user u ON u.id = o.updated_by`;

const toOwn = (r: OwnRow): OwnQuestionRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  template: r.template,
  theme: r.theme,
  part: r.part,
  textNl: r.text_nl,
  textEn: r.text_en,
  active: r.active,
  updatedAt: new Date(r.updated_at),
  updatedByName: r.updated_by_name,
  version: r.version,
});

/** The municipality's own questions, in the order they were added (bounded: a few per part). */
export async function listOwnQuestions(q: Queryable, tenantId: string): Promise<OwnQuestionRecord[]> {
  const r = await q.query<OwnRow>(`${OWN_SELECT} WHERE o.tenant_id = $1 ORDER BY o.seq LIMIT 500`, [
    tenantId,
  ]);
  return r.rows.map(toOwn);
}

export async function countOwnQuestions(q: Queryable, tenantId: string): Promise<number> {
  const r = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM zelfscan_own_question WHERE tenant_id = $1',
    [tenantId],
  );
  return r.rows[0]?.n ?? 0;
}

export async function findOwnQuestion(q: Queryable, id: string): Promise<OwnQuestionRecord | null> {
  const r = await q.query<OwnRow>(`${OWN_SELECT} WHERE o.id = $1`, [id]);
  return firstOrNull(r, toOwn);
}

export async function insertOwnQuestion(
  q: Queryable,
  tenantId: string,
  w: { template: TemplateId; theme: string; part: string; textNl: string; textEn: string },
  at: Date,
  by: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO zelfscan_own_question (tenant_id, template, theme, part, text_nl, text_en, created_at, updated_at,
       updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8) RETURNING id`,
    [tenantId, w.template, w.theme, w.part, w.textNl, w.textEn, at, by],
  );
  return r.rows[0]?.id as string;
}

export async function updateOwnQuestion(
  q: Queryable,
  id: string,
  version: number,
  w: { textNl: string; textEn: string; active: boolean },
  at: Date,
  by: string,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE zelfscan_own_question SET text_nl = $3, text_en = $4, active = $5, updated_at = $6, updated_by = $7,
       version = version + 1
     WHERE id = $1 AND version = $2`,
    [id, version, w.textNl, w.textEn, w.active, at, by],
  );
}

export interface AnswerRecord {
  readonly id: string;
  readonly roundId: string;
  readonly questionKey: string;
  readonly answer: AnswerKind;
  readonly explanation: string;
  readonly evidenceUrl: string | null;
  readonly answeredAt: Date;
  readonly answeredByName: string | null;
  readonly version: number;
  readonly documents: ReadonlyArray<{ id: string; fileName: string; addedAt: Date }>;
}

interface AnswerRow {
  id: string;
  round_id: string;
  question_key: string;
  answer: AnswerKind;
  explanation: string;
  evidence_url: string | null;
  answered_at: Date;
  answered_by_name: string | null;
  version: number;
  documents: Array<{ id: string; fileName: string; addedAt: string }>;
}

const ANSWER_SELECT = `SELECT a.id, a.round_id, a.question_key, a.answer, a.explanation, a.evidence_url,
    a.answered_at, u.display_name AS answered_by_name, a.version,
    COALESCE((SELECT json_agg(json_build_object('id', e.id, 'fileName', e.file_name, 'addedAt', e.added_at)
                ORDER BY e.added_at, e.id)
                FROM zelfscan_evidence e WHERE e.answer_id = a.id), '[]'::json) AS documents
  FROM zelfscan_answer a LEFT JOIN app_user u ON u.id = a.answered_by`;

const toAnswer = (r: AnswerRow): AnswerRecord => ({
  id: r.id,
  roundId: r.round_id,
  questionKey: r.question_key,
  answer: r.answer,
  explanation: r.explanation,
  evidenceUrl: r.evidence_url,
  answeredAt: new Date(r.answered_at),
  answeredByName: r.answered_by_name,
  version: r.version,
  documents: r.documents.map((d) => ({ id: d.id, fileName: d.fileName, addedAt: new Date(d.addedAt) })),
});

/** The answers of a round (one per question: bounded by the questionnaire). */
export async function listAnswers(q: Queryable, roundId: string): Promise<AnswerRecord[]> {
  const r = await q.query<AnswerRow>(
    `${ANSWER_SELECT} WHERE a.round_id = $1 ORDER BY a.question_key LIMIT 1000`,
    [roundId],
  );
  return r.rows.map(toAnswer);
}

export async function findAnswer(
  q: Queryable,
  roundId: string,
  questionKey: string,
): Promise<AnswerRecord | null> {
  const r = await q.query<AnswerRow>(`${ANSWER_SELECT} WHERE a.round_id = $1 AND a.question_key = $2`, [
    roundId,
    questionKey,
  ]);
  return firstOrNull(r, toAnswer);
}

export async function findAnswerById(q: Queryable, id: string): Promise<AnswerRecord | null> {
  const r = await q.query<AnswerRow>(`${ANSWER_SELECT} WHERE a.id = $1`, [id]);
  return firstOrNull(r, toAnswer);
}

export interface AnswerWrite {
  readonly answer: AnswerKind;
  readonly explanation: string;
  readonly evidenceUrl: string | null;
}

/** The first answer to a question in a round; null when someone answered it meanwhile. */
export async function insertAnswer(
  q: Queryable,
  roundId: string,
  questionKey: string,
  ownQuestionId: string | null,
  w: AnswerWrite,
  at: Date,
  by: string,
): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO zelfscan_answer (round_id, question_key, own_question_id, answer, explanation, evidence_url,
       answered_at, answered_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (round_id, question_key) DO NOTHING RETURNING id`,
    [roundId, questionKey, ownQuestionId, w.answer, w.explanation, w.evidenceUrl, at, by],
  );
  return r.rows[0]?.id ?? null;
}

export async function updateAnswer(
  q: Queryable,
  id: string,
  version: number,
  w: AnswerWrite,
  at: Date,
  by: string,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE zelfscan_answer SET answer = $3, explanation = $4, evidence_url = $5, answered_at = $6,
       answered_by = $7, version = version + 1
     WHERE id = $1 AND version = $2`,
    [id, version, w.answer, w.explanation, w.evidenceUrl, at, by],
  );
}

/** Moves an answer's version on (a document added) when it is still the one read. */
export async function touchAnswer(q: Queryable, id: string, version: number): Promise<boolean> {
  return affectsRows(q, 'UPDATE zelfscan_answer SET version = version + 1 WHERE id = $1 AND version = $2', [
    id,
    version,
  ]);
}

export async function insertEvidence(
  q: Queryable,
  answerId: string,
  f: { fileName: string; mediaType: string; content: Buffer; sha256: string },
  at: Date,
  by: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO zelfscan_evidence (answer_id, file_name, media_type, content, sha256, added_at, added_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [answerId, f.fileName, f.mediaType, f.content, f.sha256, at, by],
  );
  return r.rows[0]?.id as string;
}

export async function findEvidence(
  q: Queryable,
  answerId: string,
  id: string,
): Promise<{ fileName: string; mediaType: string; content: Uint8Array } | null> {
  const r = await q.query<{ file_name: string; media_type: string; content: Uint8Array }>(
    'SELECT file_name, media_type, content FROM zelfscan_evidence WHERE id = $1 AND answer_id = $2',
    [id, answerId],
  );
  return firstOrNull(r, (x) => ({ fileName: x.file_name, mediaType: x.media_type, content: x.content }));
}

export interface HintReviewRecord {
  readonly id: string;
  readonly questionKey: string;
  readonly hintKind: HintKind;
  readonly verdict: HintVerdict;
  readonly note: string;
  readonly facts: Array<{ nl: string; en: string }>;
  readonly reviewedAt: Date;
  readonly reviewedByName: string | null;
}

/** The verdicts on the hints of a round, the latest first per question (bounded by the questionnaire). */
export async function listHintReviews(q: Queryable, roundId: string): Promise<HintReviewRecord[]> {
  const r = await q.query<{
    id: string;
    question_key: string;
    hint_kind: HintKind;
    verdict: HintVerdict;
    note: string;
    facts: Array<{ nl: string; en: string }>;
    reviewed_at: Date;
    reviewed_by_name: string | null;
  }>(
    `SELECT h.id, h.question_key, h.hint_kind, h.verdict, h.note, h.facts, h.reviewed_at,
            u.display_name AS reviewed_by_name
       FROM zelfscan_hint_review h LEFT JOIN app_user u ON u.id = h.reviewed_by
      WHERE h.round_id = $1 ORDER BY h.question_key, h.seq DESC LIMIT 1000`,
    [roundId],
  );
  return r.rows.map((x) => ({
    id: x.id,
    questionKey: x.question_key,
    hintKind: x.hint_kind,
    verdict: x.verdict,
    note: x.note,
    facts: x.facts,
    reviewedAt: new Date(x.reviewed_at),
    reviewedByName: x.reviewed_by_name,
  }));
}

export async function insertHintReview(
  q: Queryable,
  r: {
    roundId: string;
    questionKey: string;
    hintKind: HintKind;
    verdict: HintVerdict;
    note: string;
    facts: ReadonlyArray<{ nl: string; en: string }>;
  },
  at: Date,
  by: string,
): Promise<string> {
  const x = await q.query<{ id: string }>(
    `INSERT INTO zelfscan_hint_review (round_id, question_key, hint_kind, verdict, note, facts, reviewed_at,
       reviewed_by)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) RETURNING id`,
    [r.roundId, r.questionKey, r.hintKind, r.verdict, r.note, JSON.stringify(r.facts), at, by],
  );
  return x.rows[0]?.id as string;
}

/** The actions that came from the answers of a round, with their owner and status. */
export async function actionsOfRound(
  q: Queryable,
  roundId: string,
): Promise<
  Array<{
    id: string;
    questionKey: string;
    description: string;
    ownerName: string | null;
    dueOn: string;
    status: ActionStatus;
  }>
> {
  const r = await q.query<{
    id: string;
    question_key: string;
    description: string;
    owner_name: string | null;
    due_on: string;
    status: ActionStatus;
  }>(
    `SELECT m.id, a.question_key, m.description, COALESCE(u.display_name, o.name) AS owner_name,
            m.due_on::text AS due_on, m.status
       FROM meeting_action m JOIN zelfscan_answer a ON a.id = m.zelfscan_answer_id
       LEFT JOIN app_user u ON u.id = m.owner_user_id
       LEFT JOIN organisation o ON o.id = m.owner_organisation_id
      WHERE a.round_id = $1 ORDER BY m.due_on, m.seq LIMIT 1000`,
    [roundId],
  );
  return r.rows.map((x) => ({
    id: x.id,
    questionKey: x.question_key,
    description: x.description,
    ownerName: x.owner_name,
    dueOn: x.due_on,
    status: x.status,
  }));
}

/** Who can own a self-assessment action: users of the municipality itself in a role that sees "Mijn acties". */
export async function actionOwnerCandidates(
  q: Queryable,
  tenantId: string,
  roles: readonly string[],
): Promise<Array<{ id: string; name: string }>> {
  const r = await q.query<{ id: string; name: string }>(
    `SELECT DISTINCT u.id, u.display_name AS name FROM app_user u
       JOIN membership m ON m.user_id = u.id
      WHERE m.organisation_id = $1 AND m.role = ANY($2::text[]) AND m.ended_at IS NULL AND u.disabled_at IS NULL
      ORDER BY u.display_name, u.id LIMIT 200`,
    [tenantId, roles],
  );
  return r.rows;
}

/** The municipalities of a region (for the region's overview). */
export async function municipalitiesOfRegion(
  q: Queryable,
  regionId: string,
): Promise<Array<{ id: string; name: string }>> {
  const r = await q.query<{ id: string; name: string }>(
    `SELECT id, name FROM organisation WHERE region_id = $1 AND kind = 'gemeente' ORDER BY name, id LIMIT 200`,
    [regionId],
  );
  return r.rows;
}

export async function tenantKind(q: Queryable, tenantId: string): Promise<string | null> {
  const r = await q.query<{ kind: string }>('SELECT kind FROM organisation WHERE id = $1', [tenantId]);
  return r.rows[0]?.kind ?? null;
}

/** For "Mijn acties": which of these actions came from a self-assessment answer, with its round and question. */
export async function zelfscanOrigins(
  q: Queryable,
  actionIds: readonly string[],
): Promise<Map<string, { roundId: string; roundTitle: string; questionKey: string }>> {
  if (actionIds.length === 0) return new Map();
  const r = await q.query<{ id: string; round_id: string; title: string; question_key: string }>(
    `SELECT m.id, a.round_id, r.title, a.question_key
       FROM meeting_action m JOIN zelfscan_answer a ON a.id = m.zelfscan_answer_id
       JOIN zelfscan_round r ON r.id = a.round_id
      WHERE m.id = ANY($1::uuid[])`,
    [actionIds],
  );
  return new Map(
    r.rows.map((x) => [x.id, { roundId: x.round_id, roundTitle: x.title, questionKey: x.question_key }]),
  );
}
