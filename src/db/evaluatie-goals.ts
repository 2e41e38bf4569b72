import type { GoalStatus, IndicatorDirection, IndicatorSource } from '../domain/evaluatie/policy-goals.js';
import { affectsRows, type Queryable } from './database.js';

/** Beleidsdoelen, their indicators and the values entered per period (migration 021). No personal data. */

export interface GoalRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly title: string;
  readonly description: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly status: GoalStatus;
  readonly updatedAt: Date;
  readonly updatedByName: string;
  readonly version: number;
}

interface GoalRow {
  id: string;
  tenant_id: string;
  title: string;
  description: string;
  period_start: string;
  period_end: string;
  status: GoalStatus;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
}

const GOAL_SELECT = `SELECT g.id, g.tenant_id, g.title, g.description, g.period_start::text AS period_start,
  g.period_end::text AS period_end, g.status, g.updated_at, u.display_name AS updated_by_name, g.version
  FROM policy_goal g LEFT JOIN app_user u ON u.id = g.updated_by`;

const toGoal = (g: GoalRow): GoalRecord => ({
  id: g.id,
  tenantId: g.tenant_id,
  title: g.title,
  description: g.description,
  periodStart: g.period_start,
  periodEnd: g.period_end,
  status: g.status,
  updatedAt: new Date(g.updated_at),
  updatedByName: g.updated_by_name ?? '',
  version: g.version,
});

/** A page of the municipality's goals, the newest period first; `after` is the last row's keyset. */
export async function listGoals(
  q: Queryable,
  tenantId: string,
  limit: number,
  after?: { periodStart: string; id: string },
): Promise<GoalRecord[]> {
  const r = await q.query<GoalRow>(
    `${GOAL_SELECT} WHERE g.tenant_id = $1
       AND ($2::date IS NULL OR (g.period_start, g.id) < ($2::date, $3::uuid))
     ORDER BY g.period_start DESC, g.id DESC LIMIT $4`,
    [tenantId, after?.periodStart ?? null, after?.id ?? null, limit],
  );
  return r.rows.map(toGoal);
}

export async function findGoal(q: Queryable, id: string): Promise<GoalRecord | null> {
  const r = await q.query<GoalRow>(`${GOAL_SELECT} WHERE g.id = $1`, [id]);
  const row = r.rows[0];
  return row ? toGoal(row) : null;
}

export interface GoalWrite {
  readonly title: string;
  readonly description: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly status: GoalStatus;
}

export async function insertGoal(q: Queryable, tenantId: string, g: GoalWrite, at: Date, by: string) {
  const r = await q.query<{ id: string }>(
    `INSERT INTO policy_goal (tenant_id, title, description, period_start, period_end, status, created_at,
       updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8) RETURNING id`,
    [tenantId, g.title, g.description, g.periodStart, g.periodEnd, g.status, at, by],
  );
  const row = r.rows[0];
  if (!row) throw new Error('insertGoal returned no row');
  return row.id;
}

export async function updateGoal(
  q: Queryable,
  id: string,
  version: number,
  g: GoalWrite,
  at: Date,
  by: string,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE policy_goal SET title = $3, description = $4, period_start = $5, period_end = $6, status = $7,
       updated_at = $8, updated_by = $9, version = version + 1
     WHERE id = $1 AND version = $2`,
    [id, version, g.title, g.description, g.periodStart, g.periodEnd, g.status, at, by],
  );
}

/** Marks the goal changed at the version read (an indicator or value was added); false when another is saved. */
export async function touchGoal(
  q: Queryable,
  id: string,
  version: number,
  at: Date,
  by: string,
): Promise<boolean> {
  return affectsRows(
    q,
    'UPDATE policy_goal SET updated_at = $3, updated_by = $4, version = version + 1 WHERE id = $1 AND version = $2',
    [id, version, at, by],
  );
}

export interface IndicatorRecord {
  readonly id: string;
  readonly goalId: string;
  readonly name: string;
  readonly unit: string;
  readonly targetValue: number | null;
  readonly direction: IndicatorDirection;
  readonly source: IndicatorSource;
  readonly duidenKey: string | null;
  readonly manualSource: string | null;
  readonly values: readonly {
    period: string;
    value: number;
    source: string;
    recordedAt: Date;
    recordedByName: string;
  }[];
}

export async function listIndicators(q: Queryable, goalId: string): Promise<IndicatorRecord[]> {
  const r = await q.query<{
    id: string;
    goal_id: string;
    name: string;
    unit: string;
    target_value: string | null;
    direction: IndicatorDirection;
    source: IndicatorSource;
    duiden_key: string | null;
    manual_source: string | null;
  }>(
    `SELECT id, goal_id, name, unit, target_value::text, direction, source, duiden_key, manual_source
       FROM policy_indicator WHERE goal_id = $1 ORDER BY seq`,
    [goalId],
  );
  const v = await q.query<{
    indicator_id: string;
    period: string;
    value: string;
    source: string;
    recorded_at: Date;
    recorded_by_name: string | null;
  }>(
    `SELECT v.indicator_id, v.period, v.value::text, v.source, v.recorded_at, u.display_name AS recorded_by_name
       FROM policy_indicator_value v JOIN policy_indicator i ON i.id = v.indicator_id
       LEFT JOIN app_user u ON u.id = v.recorded_by
      WHERE i.goal_id = $1 ORDER BY v.period`,
    [goalId],
  );
  return r.rows.map((i) => ({
    id: i.id,
    goalId: i.goal_id,
    name: i.name,
    unit: i.unit,
    targetValue: i.target_value === null ? null : Number(i.target_value),
    direction: i.direction,
    source: i.source,
    duidenKey: i.duiden_key,
    manualSource: i.manual_source,
    values: v.rows
      .filter((x) => x.indicator_id === i.id)
      .map((x) => ({
        period: x.period,
        value: Number(x.value),
        source: x.source,
        recordedAt: new Date(x.recorded_at),
        recordedByName: x.recorded_by_name ?? '',
      })),
  }));
}

export interface IndicatorWrite {
  readonly name: string;
  readonly unit: string;
  readonly targetValue: number | null;
  readonly direction: IndicatorDirection;
  readonly source: IndicatorSource;
  readonly duidenKey: string | null;
  readonly manualSource: string | null;
}

export async function insertIndicator(q: Queryable, goalId: string, i: IndicatorWrite, at: Date) {
  const r = await q.query<{ id: string }>(
    `INSERT INTO policy_indicator (goal_id, name, unit, target_value, direction, source, duiden_key,
       manual_source, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [goalId, i.name, i.unit, i.targetValue, i.direction, i.source, i.duidenKey, i.manualSource, at],
  );
  const row = r.rows[0];
  if (!row) throw new Error('insertIndicator returned no row');
  return row.id;
}

/** Enters (or replaces) the value of a period. */
export async function saveIndicatorValue(
  q: Queryable,
  indicatorId: string,
  v: { period: string; value: number; source: string },
  at: Date,
  by: string,
): Promise<void> {
  await q.query(
    `INSERT INTO policy_indicator_value (indicator_id, period, value, source, recorded_at, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (indicator_id, period) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source,
       recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by`,
    [indicatorId, v.period, v.value, v.source, at, by],
  );
}
