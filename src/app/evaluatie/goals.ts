import type { AnalysisReport } from '../../contract/analyse.js';
import type {
  Goal,
  GoalCreate,
  GoalListQuery,
  GoalPage,
  GoalUpdate,
  Indicator,
  IndicatorCreate,
  IndicatorValue,
  ValueCreate,
} from '../../contract/evaluatie-goals.js';
import {
  findGoal,
  type GoalRecord,
  type IndicatorRecord,
  insertGoal,
  insertIndicator,
  listGoals,
  listIndicators,
  saveIndicatorValue,
  touchGoal,
  updateGoal,
} from '../../db/evaluatie-goals.js';
import { interventionsOfGoal, listEvaluations } from '../../db/evaluatie-interventions.js';
import { type Period, periodContaining, previousPeriod } from '../../domain/analyse/periods.js';
import {
  DUIDEN_KEYS,
  duidenKey,
  type GoalStatus,
  type IndicatorDirection,
  type IndicatorSource,
  targetMet,
  validateGoal,
  validateIndicator,
  validateValue,
} from '../../domain/evaluatie/policy-goals.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import { type AnalysisScope, analysisReport, analysisScope } from '../analyse/reports.js';
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
 * Beleidsdoelen: goals with indicators, their targets and values per period. Entered values carry their source;
 * Duiden-measured values are the fenomeenanalyse's protected figures (`analysisReport`), per quarter of the
 * goal's period, so a suppressed figure stays suppressed. No personal data; writes are logged.
 */

const OBJECT = 'beleidsdoel';
/** The most quarters a goal's Duiden-measured indicators are read for (the latest ones). */
const MAX_MEASURED_PERIODS = 8;

/**
 * The figure of a Duiden-measured indicator, given by the deskundigheid module when it is wired (the
 * integrator passes it); without it the value is "nog niet beschikbaar".
 */
export type ExternalFigure = (
  key: string,
  period: Period,
  scope: AnalysisScope,
) => Promise<number | { suppressed: true } | null>;

const goalSummary = (g: GoalRecord) => ({
  id: g.id,
  title: g.title,
  periodStart: g.periodStart,
  periodEnd: g.periodEnd,
  status: g.status,
  updatedAt: g.updatedAt.toISOString(),
  updatedBy: g.updatedByName,
  version: g.version,
});

/** The goal as saved now, sent with a 409. */
const currentGoal = (ctx: Ctx, id: string) => async () => {
  const now = await ownGoal(ctx, id);
  return now ? goalSummary(now) : null;
};

async function ownGoal(ctx: Ctx, id: string): Promise<GoalRecord | null> {
  const g = await findGoal(ctx.db, id);
  return g && g.tenantId === ctx.actor.tenantId ? g : null;
}

export async function listGoalPage(ctx: Ctx, query: GoalListQuery): Promise<Result<GoalPage>> {
  const limit = query.limit ?? 25;
  const after = query.cursor ? decodeCursor(query.cursor, ['periodStart', 'id']) : undefined;
  if (after === null) return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  const rows = await listGoals(ctx.db, ctx.actor.tenantId, limit + 1, after);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    ok: true,
    goals: page.map(goalSummary),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ periodStart: last.periodStart, id: last.id }) : null,
  };
}

/** The quarters of the goal's period that have begun, the latest `MAX_MEASURED_PERIODS`. */
function quartersOf(g: GoalRecord, today: string): Period[] {
  const end = g.periodEnd < today ? g.periodEnd : today;
  if (end < g.periodStart) return [];
  const out: Period[] = [];
  for (let p = periodContaining('kwartaal', end); p.end > g.periodStart; p = previousPeriod(p)) {
    out.unshift(p);
    if (out.length >= MAX_MEASURED_PERIODS) break;
  }
  return out;
}

/** A figure read out of a protected report: the value, suppressed, or null when the report has none. */
function figureOf(report: AnalysisReport, key: string): IndicatorValue['value'] | null {
  const def = duidenKey(key);
  if (!def) return null;
  const f = def.figure;
  if (f.kind === 'median') {
    const m = report.medians.find((x) => x.step === f.step && !x.coordinates);
    if (!m) return null;
    return 'value' in m.current ? { value: m.current.value } : { suppressed: true };
  }
  if (f.kind === 'pending') return null;
  const table = report.tables[0];
  const want = f.kind === 'cell' ? f.coordinates : {};
  const row = table?.rows.find((r) => {
    const keys = Object.keys(r.coordinates);
    return keys.length === Object.keys(want).length && keys.every((k) => r.coordinates[k] === want[k]);
  });
  if (!row) return null;
  if ('suppressed' in row.current) return { suppressed: true };
  return { value: f.count === 'persons' ? row.current.persons : row.current.records };
}

async function indicatorJson(
  ctx: Ctx,
  g: GoalRecord,
  i: IndicatorRecord,
  measured: (report: string, period: Period) => Promise<AnalysisReport | null>,
  external: ExternalFigure | undefined,
  scope: AnalysisScope | null,
): Promise<Indicator> {
  const base = {
    id: i.id,
    name: i.name,
    unit: i.unit,
    targetValue: i.targetValue,
    direction: i.direction,
    source: i.source,
    duidenKey: i.duidenKey,
    manualSource: i.manualSource,
  };
  const met = (v: IndicatorValue['value']) =>
    targetMet(i.direction, i.targetValue, 'value' in v ? v.value : null);
  if (i.source === 'handmatig') {
    return {
      ...base,
      notAvailable: false,
      values: i.values.map((v) => ({
        period: v.period,
        value: { value: v.value },
        source: v.source,
        recordedAt: v.recordedAt.toISOString(),
        recordedBy: v.recordedByName,
        targetMet: targetMet(i.direction, i.targetValue, v.value),
      })),
    };
  }
  const def = i.duidenKey ? duidenKey(i.duidenKey) : undefined;
  if (!def || !scope) return { ...base, notAvailable: true, values: [] };
  const f = def.figure;
  if (f.kind === 'pending' && !external) return { ...base, notAvailable: true, values: [] };
  const values: IndicatorValue[] = [];
  for (const p of quartersOf(g, amsterdamDate(ctx.now))) {
    let value: IndicatorValue['value'] | null = null;
    if (f.kind === 'pending') {
      const n = external ? await external(def.key, p, scope) : null;
      value = n === null ? null : typeof n === 'number' ? { value: n } : n;
    } else {
      const report = await measured(f.kind === 'median' ? 'doorlooptijden' : f.report, p);
      value = report ? figureOf(report, def.key) : null;
    }
    if (value) {
      values.push({
        period: p.id,
        value,
        source: 'Duiden (fenomeenanalyse, beschermd)',
        recordedAt: null,
        recordedBy: null,
        targetMet: met(value),
      });
    }
  }
  return { ...base, notAvailable: false, values };
}

/** One goal with its indicators and their values; the Duiden-measured ones read through the protection. */
export async function readGoal(
  ctx: Ctx,
  id: string,
  external?: ExternalFigure,
): Promise<Result<{ goal: Goal }>> {
  const g = await ownGoal(ctx, id);
  if (!g) return logDenied(ctx, OBJECT, id);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT, objectId: id });
  const scoped = await analysisScope(ctx.db, ctx.actor);
  const scope = scoped.ok ? scoped.scope : null;
  const cache = new Map<string, Promise<AnalysisReport | null>>();
  const measured = (report: string, p: Period) => {
    const key = `${report}:${p.id}`;
    let r = cache.get(key);
    if (!r) {
      r = scope
        ? analysisReport(ctx.db, scope, { report, period: p.id }, ctx.now).then((x) =>
            x.ok ? x.report : null,
          )
        : Promise.resolve(null);
      cache.set(key, r);
    }
    return r;
  };
  const indicators: Indicator[] = [];
  for (const i of await listIndicators(ctx.db, id)) {
    indicators.push(await indicatorJson(ctx, g, i, measured, external, scope));
  }
  if (scope && indicators.some((i) => i.source === 'duiden' && i.values.length > 0)) {
    // Reading protected figures is logged as an aggregate, as the fenomeenanalyse does (no person id).
    await ctx.audit(ctx.db, {
      action: 'read',
      objectType: 'analyse_rapport',
      objectId: scope.id,
      personId: null,
      purpose: `beleidsdoel ${id}`,
    });
  }
  // The interventions that serve the goal (the register, src/app/evaluatie/interventions.ts), with their evaluations.
  const serving = (await interventionsOfGoal(ctx.db, id)).filter((i) => i.tenantId === g.tenantId);
  const evaluations = await listEvaluations(
    ctx.db,
    serving.map((i) => i.id),
  );
  return {
    ok: true,
    goal: {
      ...goalSummary(g),
      description: g.description,
      indicators,
      k: scope?.k ?? 10,
      interventions: serving.map((i) => ({
        id: i.id,
        title: i.title,
        type: i.type,
        preventionLevel: i.preventionLevel,
        active: i.active,
        evaluations: evaluations
          .filter((e) => e.interventionId === i.id)
          .map((e) => ({
            id: e.id,
            kind: e.kind,
            title: e.title,
            status: e.status,
            evaluatedOn: e.evaluatedOn,
          })),
      })),
    },
  };
}

function goalWrite(b: GoalCreate) {
  return {
    title: b.title.trim(),
    description: b.description.trim(),
    periodStart: b.periodStart,
    periodEnd: b.periodEnd,
    status: b.status as GoalStatus,
  };
}

export async function createGoal(ctx: Ctx, body: GoalCreate): Promise<Result<{ id: string }>> {
  const errors = validateGoal(body);
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const id = await insertGoal(q, ctx.actor.tenantId, goalWrite(body), ctx.now, ctx.actor.userId);
      await ctx.audit(q, { action: 'create', objectType: OBJECT, objectId: id });
      return id;
    },
    async () => null,
  );
  return done.ok ? { ok: true, id: done.value } : done;
}

export async function changeGoal(
  ctx: Ctx,
  id: string,
  body: GoalUpdate,
): Promise<Result<{ version: number }>> {
  const g = await ownGoal(ctx, id);
  if (!g) return notFound;
  const errors = validateGoal(body);
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await updateGoal(q, id, body.version, goalWrite(body), ctx.now, ctx.actor.userId)))
        throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT, objectId: id });
    },
    currentGoal(ctx, id),
  );
  return done.ok ? { ok: true, version: body.version + 1 } : done;
}

/** Adds an indicator to a goal at the goal's version read (the goal's version moves on). */
export async function addIndicator(
  ctx: Ctx,
  goalId: string,
  body: IndicatorCreate,
): Promise<Result<{ id: string; version: number }>> {
  const g = await ownGoal(ctx, goalId);
  if (!g) return notFound;
  const input = {
    name: body.name.trim(),
    unit: body.unit.trim(),
    targetValue: body.targetValue ?? null,
    direction: body.direction,
    source: body.source,
    duidenKey: body.source === 'duiden' ? (body.duidenKey ?? null) : null,
    manualSource: body.source === 'handmatig' ? (body.manualSource?.trim() ?? null) : null,
  };
  const errors = validateIndicator(input);
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const id = await insertIndicator(
        q,
        goalId,
        {
          ...input,
          direction: input.direction as IndicatorDirection,
          source: input.source as IndicatorSource,
        },
        ctx.now,
      );
      if (!(await touchGoal(q, goalId, body.version, ctx.now, ctx.actor.userId))) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT, objectId: goalId });
      return id;
    },
    currentGoal(ctx, goalId),
  );
  return done.ok ? { ok: true, id: done.value, version: body.version + 1 } : done;
}

/** Enters the value of a period for an indicator whose values are entered by hand. */
export async function enterValue(
  ctx: Ctx,
  goalId: string,
  indicatorId: string,
  body: ValueCreate,
): Promise<Result<{ version: number }>> {
  const g = await ownGoal(ctx, goalId);
  if (!g) return notFound;
  const indicator = (await listIndicators(ctx.db, goalId)).find((i) => i.id === indicatorId);
  if (!indicator) return notFound;
  if (indicator.source !== 'handmatig') {
    return fieldError(
      'value',
      'Deze indicator meet Duiden zelf; u kunt er geen waarde voor invullen.',
      'Duiden measures this indicator itself; you cannot enter a value for it.',
    );
  }
  const errors = validateValue(body);
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      await saveIndicatorValue(
        q,
        indicatorId,
        { period: body.period, value: body.value, source: body.source.trim() },
        ctx.now,
        ctx.actor.userId,
      );
      if (!(await touchGoal(q, goalId, body.version, ctx.now, ctx.actor.userId))) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT, objectId: goalId });
    },
    currentGoal(ctx, goalId),
  );
  return done.ok ? { ok: true, version: body.version + 1 } : done;
}

/** The figures an indicator can follow, and whether Duiden measures them yet. */
export function duidenKeys(external?: ExternalFigure) {
  return DUIDEN_KEYS.map((k) => ({
    key: k.key,
    label: k.label,
    unit: k.unit,
    available: k.figure.kind !== 'pending' || external !== undefined,
  }));
}
