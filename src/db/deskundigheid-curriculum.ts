import type { TargetGroupSide, TrainingFormat, TrainingLevel } from '../domain/deskundigheid/curriculum.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/**
 * The curriculum (target groups with their required level) and the training catalogue (migration 019).
 * Organisation data, no persons.
 */

export interface TargetGroupRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly side: TargetGroupSide;
  readonly name: string;
  readonly description: string;
  readonly requiredLevel: TrainingLevel;
  readonly active: boolean;
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
  readonly version: number;
}

interface TargetGroupRow {
  id: string;
  tenant_id: string;
  side: TargetGroupSide;
  name: string;
  description: string;
  required_level: TrainingLevel;
  active: boolean;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
}

const GROUP_SELECT = `SELECT g.id, g.tenant_id, g.side, g.name, g.description, g.required_level, g.active,
  g.updated_at, u.display_name AS updated_by_name, g.version
  FROM training_target_group g LEFT JOIN app_user u ON u.id = g.updated_by`;

const toGroup = (r: TargetGroupRow): TargetGroupRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  side: r.side,
  name: r.name,
  description: r.description,
  requiredLevel: r.required_level,
  active: r.active,
  updatedAt: new Date(r.updated_at),
  updatedByName: r.updated_by_name,
  version: r.version,
});

/** The side as a sortable key: the own organisation first. */
export const sideKey = (side: TargetGroupSide): string => (side === 'eigen' ? '0' : '1');

/** A page of the tenant's target groups: own organisation first, then by name; `after` is the last keyset. */
export async function listTargetGroups(
  q: Queryable,
  tenantId: string,
  f: { side?: TargetGroupSide | undefined; includeInactive: boolean },
  page: { after?: { side: string; name: string; id: string } | undefined; limit: number },
): Promise<TargetGroupRecord[]> {
  const r = await q.query<TargetGroupRow>(
    `${GROUP_SELECT}
      WHERE g.tenant_id = $1 AND ($2::text IS NULL OR g.side = $2) AND ($3 OR g.active)
        AND ($4::text IS NULL OR
             (CASE WHEN g.side = 'eigen' THEN '0' ELSE '1' END, g.name, g.id) > ($4::text, $5::text, $6::uuid))
      ORDER BY CASE WHEN g.side = 'eigen' THEN '0' ELSE '1' END, g.name, g.id
      LIMIT $7`,
    [
      tenantId,
      f.side ?? null,
      f.includeInactive,
      page.after?.side ?? null,
      page.after?.name ?? null,
      page.after?.id ?? null,
      page.limit,
    ],
  );
  return r.rows.map(toGroup);
}

export async function countTargetGroups(q: Queryable, tenantId: string): Promise<number> {
  const r = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM training_target_group WHERE tenant_id = $1',
    [tenantId],
  );
  return Number(r.rows[0]?.n ?? 0);
}

export async function findTargetGroup(q: Queryable, id: string): Promise<TargetGroupRecord | null> {
  return firstOrNull(await q.query<TargetGroupRow>(`${GROUP_SELECT} WHERE g.id = $1`, [id]), toGroup);
}

/** The tenant's target groups among `ids` (to check a choice), with their side. */
export async function targetGroupsAmong(
  q: Queryable,
  tenantId: string,
  ids: readonly string[],
): Promise<{ id: string; side: TargetGroupSide; active: boolean }[]> {
  if (ids.length === 0) return [];
  const r = await q.query<{ id: string; side: TargetGroupSide; active: boolean }>(
    'SELECT id, side, active FROM training_target_group WHERE tenant_id = $1 AND id = ANY($2::uuid[])',
    [tenantId, [...ids]],
  );
  return r.rows;
}

export interface TargetGroupWrite {
  readonly side: TargetGroupSide;
  readonly name: string;
  readonly description: string;
  readonly requiredLevel: TrainingLevel;
}

/** Adds a target group; null when the tenant has one of that name already. */
export async function insertTargetGroup(
  q: Queryable,
  tenantId: string,
  g: TargetGroupWrite,
  at: Date,
  by: string,
): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO training_target_group (tenant_id, side, name, description, required_level, created_at,
       updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $6, $7) ON CONFLICT (tenant_id, name) DO NOTHING RETURNING id`,
    [tenantId, g.side, g.name, g.description, g.requiredLevel, at, by],
  );
  return r.rows[0]?.id ?? null;
}

/** Saves at the version read; 'stale' when another version is stored, 'taken' when the name is in use. */
export async function updateTargetGroup(
  q: Queryable,
  id: string,
  version: number,
  g: TargetGroupWrite & { active: boolean },
  at: Date,
  by: string,
): Promise<'saved' | 'stale' | 'taken'> {
  const taken = await q.query(
    `SELECT 1 FROM training_target_group o JOIN training_target_group g ON g.id = $1
      WHERE o.tenant_id = g.tenant_id AND o.name = $2 AND o.id <> $1`,
    [id, g.name],
  );
  if (taken.rowCount > 0) return 'taken';
  const saved = await affectsRows(
    q,
    `UPDATE training_target_group SET side = $3, name = $4, description = $5, required_level = $6, active = $7,
            updated_at = $8, updated_by = $9, version = version + 1
      WHERE id = $1 AND version = $2`,
    [id, version, g.side, g.name, g.description, g.requiredLevel, g.active, at, by],
  );
  return saved ? 'saved' : 'stale';
}

/** The active target groups for the forms' choices (a curriculum is a short list; bounded all the same). */
export async function activeTargetGroups(
  q: Queryable,
  tenantId: string,
  limit: number,
): Promise<{ id: string; name: string; side: TargetGroupSide; requiredLevel: TrainingLevel }[]> {
  const r = await q.query<{ id: string; name: string; side: TargetGroupSide; required_level: TrainingLevel }>(
    `SELECT id, name, side, required_level FROM training_target_group WHERE tenant_id = $1 AND active
      ORDER BY CASE WHEN side = 'eigen' THEN 0 ELSE 1 END, name, id LIMIT $2`,
    [tenantId, limit],
  );
  return r.rows.map((g) => ({ id: g.id, name: g.name, side: g.side, requiredLevel: g.required_level }));
}

export interface TrainingRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly provider: string;
  readonly title: string;
  readonly format: TrainingFormat;
  readonly durationMinutes: number | null;
  readonly level: TrainingLevel;
  readonly validMonths: number | null;
  readonly url: string | null;
  readonly description: string;
  readonly active: boolean;
  readonly recommendedFor: { id: string; name: string }[];
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
  readonly version: number;
}

interface TrainingRow {
  id: string;
  tenant_id: string;
  provider: string;
  title: string;
  format: TrainingFormat;
  duration_minutes: number | null;
  level: TrainingLevel;
  valid_months: number | null;
  url: string | null;
  description: string;
  active: boolean;
  recommended: { id: string; name: string }[] | null;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
}

const TRAINING_SELECT = `SELECT t.id, t.tenant_id, t.provider, t.title, t.format, t.duration_minutes, t.level,
  t.valid_months, t.url, t.description, t.active, t.updated_at, u.display_name AS updated_by_name, t.version,
  (SELECT json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name, g.id)
     FROM training_recommended r JOIN training_target_group g ON g.id = r.target_group_id
    WHERE r.training_id = t.id) AS recommended
  FROM training t LEFT JOIN app_user u ON u.id = t.updated_by`;

const toTraining = (r: TrainingRow): TrainingRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  provider: r.provider,
  title: r.title,
  format: r.format,
  durationMinutes: r.duration_minutes,
  level: r.level,
  validMonths: r.valid_months,
  url: r.url,
  description: r.description,
  active: r.active,
  recommendedFor: r.recommended ?? [],
  updatedAt: new Date(r.updated_at),
  updatedByName: r.updated_by_name,
  version: r.version,
});

const likePattern = (s: string | undefined): string | null =>
  s?.trim() ? `%${s.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;

/** A page of the catalogue by title; the search matches title, provider and description. */
export async function listTrainings(
  q: Queryable,
  tenantId: string,
  f: {
    search?: string | undefined;
    level?: TrainingLevel | undefined;
    targetGroupId?: string | undefined;
    includeInactive: boolean;
  },
  page: { after?: { title: string; id: string } | undefined; limit: number },
): Promise<TrainingRecord[]> {
  const r = await q.query<TrainingRow>(
    `${TRAINING_SELECT}
      WHERE t.tenant_id = $1 AND ($2 OR t.active)
        AND ($3::text IS NULL OR t.title ILIKE $3 OR t.provider ILIKE $3 OR t.description ILIKE $3)
        AND ($4::text IS NULL OR t.level = $4)
        AND ($5::uuid IS NULL OR EXISTS (
              SELECT 1 FROM training_recommended r WHERE r.training_id = t.id AND r.target_group_id = $5))
        AND ($6::text IS NULL OR (t.title, t.id) > ($6::text, $7::uuid))
      ORDER BY t.title, t.id LIMIT $8`,
    [
      tenantId,
      f.includeInactive,
      likePattern(f.search),
      f.level ?? null,
      f.targetGroupId ?? null,
      page.after?.title ?? null,
      page.after?.id ?? null,
      page.limit,
    ],
  );
  return r.rows.map(toTraining);
}

export async function findTraining(q: Queryable, id: string): Promise<TrainingRecord | null> {
  return firstOrNull(await q.query<TrainingRow>(`${TRAINING_SELECT} WHERE t.id = $1`, [id]), toTraining);
}

export interface TrainingWrite {
  readonly provider: string;
  readonly title: string;
  readonly format: TrainingFormat;
  readonly durationMinutes: number | null;
  readonly level: TrainingLevel;
  readonly validMonths: number | null;
  readonly url: string | null;
  readonly description: string;
  readonly recommendedFor: readonly string[];
}

async function setRecommended(q: Queryable, trainingId: string, groupIds: readonly string[]) {
  await q.query('DELETE FROM training_recommended WHERE training_id = $1', [trainingId]);
  if (groupIds.length > 0) {
    await q.query(
      `INSERT INTO training_recommended (training_id, target_group_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [trainingId, [...groupIds]],
    );
  }
}

export async function insertTraining(
  q: Queryable,
  tenantId: string,
  t: TrainingWrite,
  at: Date,
  by: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO training (tenant_id, provider, title, format, duration_minutes, level, valid_months, url,
       description, created_at, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11) RETURNING id`,
    [
      tenantId,
      t.provider,
      t.title,
      t.format,
      t.durationMinutes,
      t.level,
      t.validMonths,
      t.url,
      t.description,
      at,
      by,
    ],
  );
  const id = r.rows[0]?.id as string;
  await setRecommended(q, id, t.recommendedFor);
  return id;
}

/** Saves at the version read; false when another version is stored. */
export async function updateTraining(
  q: Queryable,
  id: string,
  version: number,
  t: TrainingWrite & { active: boolean },
  at: Date,
  by: string,
): Promise<boolean> {
  const saved = await affectsRows(
    q,
    `UPDATE training SET provider = $3, title = $4, format = $5, duration_minutes = $6, level = $7,
            valid_months = $8, url = $9, description = $10, active = $11, updated_at = $12, updated_by = $13,
            version = version + 1
      WHERE id = $1 AND version = $2`,
    [
      id,
      version,
      t.provider,
      t.title,
      t.format,
      t.durationMinutes,
      t.level,
      t.validMonths,
      t.url,
      t.description,
      t.active,
      at,
      by,
    ],
  );
  if (saved) await setRecommended(q, id, t.recommendedFor);
  return saved;
}

/** The organisations a person of the tenant can belong to: the municipality itself and its partners. */
export async function organisationsOfTenant(
  q: Queryable,
  tenantId: string,
  onlyId: string | null,
): Promise<{ id: string; name: string; side: TargetGroupSide }[]> {
  const r = await q.query<{ id: string; name: string; kind: string }>(
    `SELECT id, name, kind FROM organisation
      WHERE tenant_id = $1 AND (id = $1 OR kind = 'partner') AND ($2::uuid IS NULL OR id = $2)
      ORDER BY CASE WHEN id = $1 THEN 0 ELSE 1 END, name, id LIMIT 500`,
    [tenantId, onlyId],
  );
  return r.rows.map((o) => ({ id: o.id, name: o.name, side: o.kind === 'partner' ? 'partner' : 'eigen' }));
}
