import type {
  Evaluation,
  EvaluationCreate,
  EvaluationSummary,
  EvaluationUpdate,
  Intervention,
  InterventionCreate,
  InterventionListQuery,
  InterventionOptions,
  InterventionPage,
  InterventionSummary,
  InterventionUpdate,
} from '../../contract/evaluatie-interventions.js';
import { findGoal, listGoals } from '../../db/evaluatie-goals.js';
import {
  catalogueChoices,
  type EvaluationRecord,
  type EvaluationWrite,
  findCatalogueEntry,
  findEvaluation,
  findIntervention,
  type InterventionRecord,
  type InterventionWrite,
  insertEvaluation,
  insertIntervention,
  listEvaluations,
  listInterventions,
  updateEvaluation,
  updateIntervention,
} from '../../db/evaluatie-interventions.js';
import {
  DEFAULT_EVALUATION_QUESTIONS,
  type EvaluationKind,
  type EvaluationStatus,
  type InterventionKind,
  type InterventionType,
  type PreventionLevel,
  validateEvaluation,
  validateIntervention,
} from '../../domain/evaluatie/interventions.js';
import type { FieldIssue } from '../../domain/overleg/types.js';
import { decodeCursor, encodeCursor } from '../netwerk/cursor.js';
import {
  type Ctx,
  fieldError,
  inTx,
  invalid,
  logDenied,
  notFound,
  type Result,
  Stale,
} from '../overleg/results.js';

/**
 * The intervention register (issue 17): the municipality's interventions with their theory of change, and
 * their plan, process and effect evaluations. Organisation data (no personal data of case subjects); every
 * read and write is logged, as the other organisation data of the netwerk and evaluatie areas are.
 */

export const OBJECT_INTERVENTION = 'interventie';
export const OBJECT_EVALUATION = 'interventie_evaluatie';

export function interventionSummary(i: InterventionRecord): InterventionSummary {
  return {
    id: i.id,
    title: i.title,
    kind: i.kind,
    type: i.type,
    preventionLevel: i.preventionLevel,
    provider: i.provider,
    periodStart: i.periodStart,
    periodEnd: i.periodEnd,
    policyGoal: i.policyGoal,
    catalogue: i.catalogue
      ? {
          id: i.catalogue.id,
          code: i.catalogue.code,
          label: { nl: i.catalogue.labelNl, en: i.catalogue.labelEn },
        }
      : null,
    active: i.active,
    evaluations: i.evaluations,
    updatedAt: i.updatedAt.toISOString(),
    updatedBy: i.updatedByName,
    version: i.version,
  };
}

export const evaluationSummary = (e: EvaluationRecord): EvaluationSummary => ({
  id: e.id,
  interventionId: e.interventionId,
  kind: e.kind,
  title: e.title,
  status: e.status,
  evaluatedOn: e.evaluatedOn,
  updatedAt: e.updatedAt.toISOString(),
  updatedBy: e.updatedByName,
  version: e.version,
});

export const evaluationJson = (e: EvaluationRecord): Evaluation => ({
  ...evaluationSummary(e),
  questions: [...e.questions],
  participants: e.participants,
  method: e.method,
  findings: e.findings,
  recommendations: e.recommendations,
  followUp: e.followUp,
});

export async function ownIntervention(ctx: Ctx, id: string): Promise<InterventionRecord | null> {
  const i = await findIntervention(ctx.db, id);
  return i && i.tenantId === ctx.actor.tenantId ? i : null;
}

export async function listInterventionPage(
  ctx: Ctx,
  query: InterventionListQuery,
): Promise<Result<InterventionPage>> {
  const limit = query.limit ?? 25;
  const after = query.cursor ? decodeCursor(query.cursor, ['title', 'id']) : undefined;
  if (after === null) return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  const rows = await listInterventions(
    ctx.db,
    ctx.actor.tenantId,
    { type: query.type, level: query.niveau, goalId: query.doel },
    limit + 1,
    after,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_INTERVENTION, objectId: null });
  return {
    ok: true,
    interventions: page.map(interventionSummary),
    nextCursor: rows.length > limit && last ? encodeCursor({ title: last.title, id: last.id }) : null,
  };
}

export async function readIntervention(
  ctx: Ctx,
  id: string,
): Promise<Result<{ intervention: Intervention }>> {
  const i = await ownIntervention(ctx, id);
  if (!i) return logDenied(ctx, OBJECT_INTERVENTION, id);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_INTERVENTION, objectId: id });
  const evaluations = await listEvaluations(ctx.db, [id]);
  return {
    ok: true,
    intervention: {
      ...interventionSummary(i),
      description: i.description,
      targetGroup: i.targetGroup,
      budgetLine: i.budgetLine,
      theory: { ...i.theory },
      evaluationList: evaluations.map(evaluationSummary),
    },
  };
}

/** The measure types of the catalogue and the goals the form links to, and the default evaluation questions. */
export async function interventionOptions(ctx: Ctx): Promise<InterventionOptions> {
  const catalogue = await catalogueChoices(ctx.db, ctx.actor.tenantId);
  const goals = await listGoals(ctx.db, ctx.actor.tenantId, 100);
  return {
    catalogue: catalogue.map((c) => ({
      id: c.id,
      code: c.code,
      track: c.track,
      label: { nl: c.labelNl, en: c.labelEn },
    })),
    goals: goals.map((g) => ({ id: g.id, title: g.title })),
    defaultQuestions: [...DEFAULT_EVALUATION_QUESTIONS],
  };
}

function interventionWrite(b: InterventionCreate): InterventionWrite {
  const pga = b.kind === 'pga_maatregel';
  return {
    title: b.title.trim(),
    description: b.description.trim(),
    kind: b.kind as InterventionKind,
    catalogueId: pga ? (b.catalogueId ?? null) : null,
    type: b.type as InterventionType,
    preventionLevel: b.preventionLevel as PreventionLevel,
    targetGroup: b.targetGroup.trim(),
    provider: b.provider.trim(),
    periodStart: b.periodStart,
    periodEnd: b.periodEnd ?? null,
    budgetLine: b.budgetLine.trim(),
    policyGoalId: b.policyGoalId ?? null,
    active: b.active,
    theory: {
      inputs: b.inputs.trim(),
      activities: b.activities.trim(),
      outputs: b.outputs.trim(),
      outcomes: b.outcomes.trim(),
      assumptions: b.assumptions.trim(),
      indicators: b.indicators.trim(),
    },
  };
}

/** The rules of the schema plus: a catalogue entry and a goal of this municipality, the track of the measure. */
async function checkIntervention(ctx: Ctx, w: InterventionWrite): Promise<FieldIssue[]> {
  const errors = validateIntervention(w);
  if (w.catalogueId) {
    const entry = await findCatalogueEntry(ctx.db, w.catalogueId);
    if (!entry || (entry.tenantId !== null && entry.tenantId !== ctx.actor.tenantId)) {
      errors.push({
        field: 'catalogueId',
        nl: 'Kies een soort maatregel uit de catalogus van de gemeente.',
        en: "Choose a kind of measure from the municipality's catalogue.",
      });
    } else if (entry.track !== w.type && !errors.some((e) => e.field === 'type')) {
      errors.push({
        field: 'type',
        nl: 'Het soort interventie is het spoor van de maatregel in de catalogus.',
        en: "The type of intervention is the track of the catalogue's measure.",
      });
    }
  }
  if (w.policyGoalId) {
    const g = await findGoal(ctx.db, w.policyGoalId);
    if (!g || g.tenantId !== ctx.actor.tenantId) {
      errors.push({
        field: 'policyGoalId',
        nl: 'Kies een beleidsdoel van de gemeente.',
        en: "Choose one of the municipality's policy goals.",
      });
    }
  }
  return errors;
}

export async function createIntervention(
  ctx: Ctx,
  body: InterventionCreate,
): Promise<Result<{ id: string }>> {
  const w = interventionWrite(body);
  const errors = await checkIntervention(ctx, w);
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const id = await insertIntervention(q, ctx.actor.tenantId, w, ctx.now, ctx.actor.userId);
      await ctx.audit(q, { action: 'create', objectType: OBJECT_INTERVENTION, objectId: id });
      return id;
    },
    async () => null,
  );
  return done.ok ? { ok: true, id: done.value } : done;
}

export async function changeIntervention(
  ctx: Ctx,
  id: string,
  body: InterventionUpdate,
): Promise<Result<{ version: number }>> {
  const found = await ownIntervention(ctx, id);
  if (!found) return notFound;
  const w = interventionWrite(body);
  const errors = await checkIntervention(ctx, w);
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await updateIntervention(q, id, body.version, w, ctx.now, ctx.actor.userId))) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT_INTERVENTION, objectId: id });
    },
    async () => {
      const now = await ownIntervention(ctx, id);
      return now ? interventionSummary(now) : null;
    },
  );
  return done.ok ? { ok: true, version: body.version + 1 } : done;
}

function evaluationWrite(b: EvaluationCreate): EvaluationWrite {
  return {
    kind: b.kind as EvaluationKind,
    title: b.title.trim(),
    questions: b.questions.map((q) => q.trim()).filter((q) => q.length > 0),
    participants: b.participants.trim(),
    method: b.method.trim(),
    findings: b.findings.trim(),
    recommendations: b.recommendations.trim(),
    followUp: b.followUp.trim(),
    status: b.status as EvaluationStatus,
    evaluatedOn: b.evaluatedOn,
  };
}

/** An evaluation of one of the municipality's interventions, or null (never revealed whose it is). */
export async function ownEvaluation(
  ctx: Ctx,
  interventionId: string,
  evaluationId: string,
): Promise<{ intervention: InterventionRecord; evaluation: EvaluationRecord } | null> {
  const intervention = await ownIntervention(ctx, interventionId);
  if (!intervention) return null;
  const evaluation = await findEvaluation(ctx.db, evaluationId);
  return evaluation && evaluation.interventionId === interventionId ? { intervention, evaluation } : null;
}

export async function readEvaluation(
  ctx: Ctx,
  interventionId: string,
  evaluationId: string,
): Promise<Result<{ evaluation: Evaluation }>> {
  const found = await ownEvaluation(ctx, interventionId, evaluationId);
  if (!found) return logDenied(ctx, OBJECT_EVALUATION, evaluationId);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_EVALUATION, objectId: evaluationId });
  return { ok: true, evaluation: evaluationJson(found.evaluation) };
}

export async function createEvaluation(
  ctx: Ctx,
  interventionId: string,
  body: EvaluationCreate,
): Promise<Result<{ id: string }>> {
  const i = await ownIntervention(ctx, interventionId);
  if (!i) return notFound;
  const w = evaluationWrite(body);
  const errors = validateEvaluation(w);
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const id = await insertEvaluation(q, interventionId, w, ctx.now, ctx.actor.userId);
      await ctx.audit(q, { action: 'create', objectType: OBJECT_EVALUATION, objectId: id });
      return id;
    },
    async () => null,
  );
  return done.ok ? { ok: true, id: done.value } : done;
}

export async function changeEvaluation(
  ctx: Ctx,
  interventionId: string,
  evaluationId: string,
  body: EvaluationUpdate,
): Promise<Result<{ version: number }>> {
  const found = await ownEvaluation(ctx, interventionId, evaluationId);
  if (!found) return notFound;
  const w = evaluationWrite(body);
  const errors = validateEvaluation(w);
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await updateEvaluation(q, evaluationId, body.version, w, ctx.now, ctx.actor.userId)))
        throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT_EVALUATION, objectId: evaluationId });
    },
    async () => {
      const now = await findEvaluation(ctx.db, evaluationId);
      return now ? evaluationSummary(now) : null;
    },
  );
  return done.ok ? { ok: true, version: body.version + 1 } : done;
}
