import type {
  EvaluationKind,
  EvaluationStatus,
  InterventionKind,
  InterventionType,
  PreventionLevel,
} from '../domain/evaluatie/interventions.js';
import { affectsRows, type Queryable } from './database.js';

/** The intervention register, theories of change and evaluations (migration 022). No personal data. */

export interface TheoryRecord {
  readonly inputs: string;
  readonly activities: string;
  readonly outputs: string;
  readonly outcomes: string;
  readonly assumptions: string;
  readonly indicators: string;
}

export interface InterventionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly title: string;
  readonly description: string;
  readonly kind: InterventionKind;
  readonly catalogue: { id: string; code: string; labelNl: string; labelEn: string } | null;
  readonly type: InterventionType;
  readonly preventionLevel: PreventionLevel;
  readonly targetGroup: string;
  readonly provider: string;
  readonly periodStart: string;
  readonly periodEnd: string | null;
  readonly budgetLine: string;
  readonly policyGoal: { id: string; title: string } | null;
  readonly active: boolean;
  readonly evaluations: number;
  readonly theory: TheoryRecord;
  readonly updatedAt: Date;
  readonly updatedByName: string;
  readonly version: number;
}

interface InterventionRow {
  id: string;
  tenant_id: string;
  title: string;
  description: string;
  kind: InterventionKind;
  catalogue_id: string | null;
  catalogue_code: string | null;
  catalogue_nl: string | null;
  catalogue_en: string | null;
  type: InterventionType;
  prevention_level: PreventionLevel;
  target_group: string;
  provider: string;
  period_start: string;
  period_end: string | null;
  budget_line: string;
  policy_goal_id: string | null;
  goal_title: string | null;
  active: boolean;
  evaluations: number;
  inputs: string | null;
  activities: string | null;
  outputs: string | null;
  outcomes: string | null;
  assumptions: string | null;
  indicators: string | null;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
}

const SELECT = `SELECT i.id, i.tenant_id, i.title, i.description, i.kind, i.catalogue_id, mc.code AS catalogue_code,
  mc.label_nl AS catalogue_nl, mc.label_en AS catalogue_en, i.type, i.prevention_level, i.target_group, i.provider,
  i.period_start::text AS period_start, i.period_end::text AS period_end, i.budget_line, i.policy_goal_id,
  g.title AS goal_title, i.active,
  (SELECT count(*)::int FROM intervention_evaluation e WHERE e.intervention_id = i.id) AS evaluations,
  t.inputs, t.activities, t.outputs, t.outcomes, t.assumptions, t.indicators,
  i.updated_at, u.display_name AS updated_by_name, i.version
  FROM intervention i
  LEFT JOIN measure_catalogue mc ON mc.id = i.catalogue_id
  LEFT JOIN policy_goal g ON g.id = i.policy_goal_id
  LEFT JOIN intervention_theory t ON t.intervention_id = i.id
  LEFT JOIN app_user u ON u.id = i.updated_by`;

const toIntervention = (r: InterventionRow): InterventionRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  title: r.title,
  description: r.description,
  kind: r.kind,
  catalogue:
    r.catalogue_id && r.catalogue_code
      ? {
          id: r.catalogue_id,
          code: r.catalogue_code,
          labelNl: r.catalogue_nl ?? '',
          labelEn: r.catalogue_en ?? '',
        }
      : null,
  type: r.type,
  preventionLevel: r.prevention_level,
  targetGroup: r.target_group,
  provider: r.provider,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  budgetLine: r.budget_line,
  policyGoal: r.policy_goal_id ? { id: r.policy_goal_id, title: r.goal_title ?? '' } : null,
  active: r.active,
  evaluations: r.evaluations,
  theory: {
    inputs: r.inputs ?? '',
    activities: r.activities ?? '',
    outputs: r.outputs ?? '',
    outcomes: r.outcomes ?? '',
    assumptions: r.assumptions ?? '',
    indicators: r.indicators ?? '',
  },
  updatedAt: new Date(r.updated_at),
  updatedByName: r.updated_by_name ?? '',
  version: r.version,
});

export interface InterventionFilter {
  readonly type?: string | undefined;
  readonly level?: string | undefined;
  readonly goalId?: string | undefined;
}

/** A page of the register by title; `after` is the last row's keyset. */
export async function listInterventions(
  q: Queryable,
  tenantId: string,
  filter: InterventionFilter,
  limit: number,
  after?: { title: string; id: string },
): Promise<InterventionRecord[]> {
  const r = await q.query<InterventionRow>(
    `${SELECT} WHERE i.tenant_id = $1
       AND ($2::text IS NULL OR i.type = $2) AND ($3::text IS NULL OR i.prevention_level = $3)
       AND ($4::uuid IS NULL OR i.policy_goal_id = $4)
       AND ($5::text IS NULL OR (i.title, i.id) > ($5::text, $6::uuid))
     ORDER BY i.title, i.id LIMIT $7`,
    [
      tenantId,
      filter.type ?? null,
      filter.level ?? null,
      filter.goalId ?? null,
      after?.title ?? null,
      after?.id ?? null,
      limit,
    ],
  );
  return r.rows.map(toIntervention);
}

export async function findIntervention(q: Queryable, id: string): Promise<InterventionRecord | null> {
  const r = await q.query<InterventionRow>(`${SELECT} WHERE i.id = $1`, [id]);
  const row = r.rows[0];
  return row ? toIntervention(row) : null;
}

/** The interventions serving a goal (a goal has a handful; at most 200 are read). */
export async function interventionsOfGoal(q: Queryable, goalId: string): Promise<InterventionRecord[]> {
  const r = await q.query<InterventionRow>(
    `${SELECT} WHERE i.policy_goal_id = $1 ORDER BY i.title, i.id LIMIT 200`,
    [goalId],
  );
  return r.rows.map(toIntervention);
}

export interface InterventionWrite {
  readonly title: string;
  readonly description: string;
  readonly kind: InterventionKind;
  readonly catalogueId: string | null;
  readonly type: InterventionType;
  readonly preventionLevel: PreventionLevel;
  readonly targetGroup: string;
  readonly provider: string;
  readonly periodStart: string;
  readonly periodEnd: string | null;
  readonly budgetLine: string;
  readonly policyGoalId: string | null;
  readonly active: boolean;
  readonly theory: TheoryRecord;
}

async function saveTheory(q: Queryable, id: string, t: TheoryRecord): Promise<void> {
  await q.query(
    `INSERT INTO intervention_theory (intervention_id, inputs, activities, outputs, outcomes, assumptions, indicators)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (intervention_id) DO UPDATE SET inputs = EXCLUDED.inputs, activities = EXCLUDED.activities,
       outputs = EXCLUDED.outputs, outcomes = EXCLUDED.outcomes, assumptions = EXCLUDED.assumptions,
       indicators = EXCLUDED.indicators`,
    [id, t.inputs, t.activities, t.outputs, t.outcomes, t.assumptions, t.indicators],
  );
}

export async function insertIntervention(
  q: Queryable,
  tenantId: string,
  w: InterventionWrite,
  at: Date,
  by: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO intervention (tenant_id, title, description, kind, catalogue_id, type, prevention_level,
       target_group, provider, period_start, period_end, budget_line, policy_goal_id, active, created_at,
       updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $16) RETURNING id`,
    [tenantId, ...writeParams(w), at, by],
  );
  const row = r.rows[0];
  if (!row) throw new Error('insertIntervention returned no row');
  await saveTheory(q, row.id, w.theory);
  return row.id;
}

/** The written fields in the column order both the insert and the update use. */
function writeParams(w: InterventionWrite): unknown[] {
  return [
    w.title,
    w.description,
    w.kind,
    w.catalogueId,
    w.type,
    w.preventionLevel,
    w.targetGroup,
    w.provider,
    w.periodStart,
    w.periodEnd,
    w.budgetLine,
    w.policyGoalId,
    w.active,
  ];
}

/** Saves the intervention and its theory at the version read; false when another version is saved. */
export async function updateIntervention(
  q: Queryable,
  id: string,
  version: number,
  w: InterventionWrite,
  at: Date,
  by: string,
): Promise<boolean> {
  const ok = await affectsRows(
    q,
    `UPDATE intervention SET title = $3, description = $4, kind = $5, catalogue_id = $6, type = $7,
       prevention_level = $8, target_group = $9, provider = $10, period_start = $11, period_end = $12,
       budget_line = $13, policy_goal_id = $14, active = $15, updated_at = $16, updated_by = $17,
       version = version + 1
     WHERE id = $1 AND version = $2`,
    [id, version, ...writeParams(w), at, by],
  );
  if (ok) await saveTheory(q, id, w.theory);
  return ok;
}

export interface EvaluationRecord {
  readonly id: string;
  readonly interventionId: string;
  readonly kind: EvaluationKind;
  readonly title: string;
  readonly questions: readonly string[];
  readonly participants: string;
  readonly method: string;
  readonly findings: string;
  readonly recommendations: string;
  readonly followUp: string;
  readonly status: EvaluationStatus;
  readonly evaluatedOn: string;
  readonly updatedAt: Date;
  readonly updatedByName: string;
  readonly version: number;
}

interface EvaluationRow {
  id: string;
  intervention_id: string;
  kind: EvaluationKind;
  title: string;
  questions: string[];
  participants: string;
  method: string;
  findings: string;
  recommendations: string;
  follow_up: string;
  status: EvaluationStatus;
  evaluated_on: string;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
}

const EVALUATION_SELECT = `SELECT e.id, e.intervention_id, e.kind, e.title, e.questions, e.participants, e.method,
  e.findings, e.recommendations, e.follow_up, e.status, e.evaluated_on::text AS evaluated_on, e.updated_at,
  u.display_name AS updated_by_name, e.version
  FROM intervention_evaluation e LEFT JOIN app_user u ON u.id = e.updated_by`;

const toEvaluation = (r: EvaluationRow): EvaluationRecord => ({
  id: r.id,
  interventionId: r.intervention_id,
  kind: r.kind,
  title: r.title,
  questions: r.questions,
  participants: r.participants,
  method: r.method,
  findings: r.findings,
  recommendations: r.recommendations,
  followUp: r.follow_up,
  status: r.status,
  evaluatedOn: r.evaluated_on,
  updatedAt: new Date(r.updated_at),
  updatedByName: r.updated_by_name ?? '',
  version: r.version,
});

/** The evaluations of interventions, the newest first (an intervention has a handful; at most 200 each). */
export async function listEvaluations(
  q: Queryable,
  interventionIds: readonly string[],
): Promise<EvaluationRecord[]> {
  if (interventionIds.length === 0) return [];
  const r = await q.query<EvaluationRow>(
    `${EVALUATION_SELECT} WHERE e.intervention_id = ANY($1::uuid[])
     ORDER BY e.evaluated_on DESC, e.id LIMIT ${200 * interventionIds.length}`,
    [interventionIds],
  );
  return r.rows.map(toEvaluation);
}

export async function findEvaluation(q: Queryable, id: string): Promise<EvaluationRecord | null> {
  const r = await q.query<EvaluationRow>(`${EVALUATION_SELECT} WHERE e.id = $1`, [id]);
  const row = r.rows[0];
  return row ? toEvaluation(row) : null;
}

export interface EvaluationWrite {
  readonly kind: EvaluationKind;
  readonly title: string;
  readonly questions: readonly string[];
  readonly participants: string;
  readonly method: string;
  readonly findings: string;
  readonly recommendations: string;
  readonly followUp: string;
  readonly status: EvaluationStatus;
  readonly evaluatedOn: string;
}

export async function insertEvaluation(
  q: Queryable,
  interventionId: string,
  w: EvaluationWrite,
  at: Date,
  by: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO intervention_evaluation (intervention_id, kind, title, questions, participants, method, findings,
       recommendations, follow_up, status, evaluated_on, created_at, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13) RETURNING id`,
    [
      interventionId,
      w.kind,
      w.title,
      w.questions,
      w.participants,
      w.method,
      w.findings,
      w.recommendations,
      w.followUp,
      w.status,
      w.evaluatedOn,
      at,
      by,
    ],
  );
  const row = r.rows[0];
  if (!row) throw new Error('insertEvaluation returned no row');
  return row.id;
}

export async function updateEvaluation(
  q: Queryable,
  id: string,
  version: number,
  w: EvaluationWrite,
  at: Date,
  by: string,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE intervention_evaluation SET kind = $3, title = $4, questions = $5, participants = $6, method = $7,
       findings = $8, recommendations = $9, follow_up = $10, status = $11, evaluated_on = $12, updated_at = $13,
       updated_by = $14, version = version + 1
     WHERE id = $1 AND version = $2`,
    [
      id,
      version,
      w.kind,
      w.title,
      w.questions,
      w.participants,
      w.method,
      w.findings,
      w.recommendations,
      w.followUp,
      w.status,
      w.evaluatedOn,
      at,
      by,
    ],
  );
}

/** The catalogue's measure types a municipality can link (the shared list and its own, active ones). */
export async function catalogueChoices(
  q: Queryable,
  tenantId: string,
): Promise<{ id: string; code: string; track: InterventionType; labelNl: string; labelEn: string }[]> {
  const r = await q.query<{
    id: string;
    code: string;
    track: InterventionType;
    label_nl: string;
    label_en: string;
  }>(
    `SELECT id, code, track, label_nl, label_en FROM measure_catalogue
      WHERE (tenant_id IS NULL OR tenant_id = $1) AND active ORDER BY sort, label_nl LIMIT 500`,
    [tenantId],
  );
  return r.rows.map((x) => ({
    id: x.id,
    code: x.code,
    track: x.track,
    labelNl: x.label_nl,
    labelEn: x.label_en,
  }));
}

export async function findCatalogueEntry(
  q: Queryable,
  id: string,
): Promise<{ id: string; tenantId: string | null; track: string } | null> {
  const r = await q.query<{ id: string; tenant_id: string | null; track: string }>(
    'SELECT id, tenant_id, track FROM measure_catalogue WHERE id = $1',
    [id],
  );
  const row = r.rows[0];
  return row ? { id: row.id, tenantId: row.tenant_id, track: row.track } : null;
}

/** A case closed in the period that had a measure of the catalogue entry: no person id leaves here. */
export interface ClosedCaseRow {
  readonly rid: string;
  readonly at: string;
  /** An opaque number per distinct person within this answer. */
  readonly person: number;
  readonly reden: string;
  readonly days: number;
}

/**
 * The cases of the municipality closed in [start, end) that had a measure of this catalogue entry, with their
 * closure reason and duration; as the fenomeenanalyse's sources, cases marked test / dubbel / niet voor
 * statistiek are left out. Only for counting through the disclosure control (src/app/evaluatie/intervention-figures.ts).
 */
export async function closedCasesWithMeasure(
  q: Queryable,
  tenantId: string,
  catalogueId: string,
  start: Date,
  end: Date,
): Promise<ClosedCaseRow[]> {
  const r = await q.query<{
    rid: string;
    at: Date;
    person: number | string;
    reden: string;
    days: number | string;
  }>(
    `SELECT c.id::text AS rid, c.closed_at AS at, dense_rank() OVER (ORDER BY c.person_id) AS person,
            COALESCE(c.closure_reason, 'anders') AS reden,
            extract(epoch FROM (c.closed_at - c.created_at)) / 86400 AS days
       FROM casus c
      WHERE c.tenant_id = $1 AND c.closed_at >= $3 AND c.closed_at < $4 AND c.statistics_exclusion IS NULL
        AND EXISTS (SELECT 1 FROM casus_measure m WHERE m.casus_id = c.id AND m.catalogue_id = $2)`,
    [tenantId, catalogueId, start, end],
  );
  return r.rows.map((x) => ({
    rid: x.rid,
    at: new Date(x.at).toISOString(),
    person: Number(x.person),
    reden: x.reden,
    days: Number(x.days),
  }));
}
