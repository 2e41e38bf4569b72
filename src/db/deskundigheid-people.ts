import type { SessionStatus, TargetGroupSide, TrainingLevel } from '../domain/deskundigheid/curriculum.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/**
 * The people register of deskundigheid (migration 019): training_person (work data only) and
 * training_group_size (counts of organisations that do not name their people). Every query takes the scope
 * of the reader: the tenant, and for a partner's user its own organisation (src/domain/deskundigheid/access.ts),
 * so a partner never gets another organisation's people from the database.
 */

export interface PersonScope {
  readonly tenantId: string;
  /** Only the people of this organisation (a partner's users); null: the whole tenant. */
  readonly organisationId: string | null;
}

export interface PersonRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly name: string;
  readonly email: string | null;
  readonly department: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly targetGroupId: string;
  readonly targetGroupName: string;
  readonly side: TargetGroupSide;
  readonly requiredLevel: TrainingLevel;
  readonly activeSince: string;
  readonly leftOn: string | null;
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
  readonly version: number;
}

interface PersonRow {
  id: string;
  tenant_id: string;
  name: string;
  email: string | null;
  department: string;
  organisation_id: string;
  organisation_name: string;
  target_group_id: string;
  target_group_name: string;
  side: TargetGroupSide;
  required_level: TrainingLevel;
  active_since: string;
  left_on: string | null;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
}

const PERSON_SELECT = `SELECT p.id, p.tenant_id, p.name, p.email, p.department, p.organisation_id,
  o.name AS organisation_name, p.target_group_id, g.name AS target_group_name, g.side, g.required_level,
  p.active_since::text AS active_since, p.left_on::text AS left_on, p.updated_at,
  u.display_name AS updated_by_name, p.version
  FROM training_person p
  JOIN organisation o ON o.id = p.organisation_id
  JOIN training_target_group g ON g.id = p.target_group_id
  LEFT JOIN app_user u ON u.id = p.updated_by`;

const toPerson = (r: PersonRow): PersonRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  email: r.email,
  department: r.department,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  targetGroupId: r.target_group_id,
  targetGroupName: r.target_group_name,
  side: r.side,
  requiredLevel: r.required_level,
  activeSince: r.active_since,
  leftOn: r.left_on,
  updatedAt: new Date(r.updated_at),
  updatedByName: r.updated_by_name,
  version: r.version,
});

const likePattern = (s: string | undefined): string | null =>
  s?.trim() ? `%${s.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;

/**
 * A page of the people in scope by name; the search matches name, work e-mail and department. Without
 * `includeLeft` only the people still in their target group on `today`.
 */
export async function listPeople(
  q: Queryable,
  scope: PersonScope,
  f: {
    search?: string | undefined;
    organisationId?: string | undefined;
    targetGroupId?: string | undefined;
    includeLeft: boolean;
    today: string;
  },
  page: { after?: { name: string; id: string } | undefined; limit: number },
): Promise<PersonRecord[]> {
  const r = await q.query<PersonRow>(
    `${PERSON_SELECT}
      WHERE p.tenant_id = $1 AND ($2::uuid IS NULL OR p.organisation_id = $2)
        AND ($3::text IS NULL OR p.name ILIKE $3 OR p.email ILIKE $3 OR p.department ILIKE $3)
        AND ($4::uuid IS NULL OR p.organisation_id = $4)
        AND ($5::uuid IS NULL OR p.target_group_id = $5)
        AND ($6 OR p.left_on IS NULL OR p.left_on > $7::date)
        AND ($8::text IS NULL OR (p.name, p.id) > ($8::text, $9::uuid))
      ORDER BY p.name, p.id LIMIT $10`,
    [
      scope.tenantId,
      scope.organisationId,
      likePattern(f.search),
      f.organisationId ?? null,
      f.targetGroupId ?? null,
      f.includeLeft,
      f.today,
      page.after?.name ?? null,
      page.after?.id ?? null,
      page.limit,
    ],
  );
  return r.rows.map(toPerson);
}

/** One person, only when in scope (another tenant's or organisation's person is not found). */
export async function findPerson(q: Queryable, scope: PersonScope, id: string): Promise<PersonRecord | null> {
  const r = await q.query<PersonRow>(
    `${PERSON_SELECT} WHERE p.id = $1 AND p.tenant_id = $2 AND ($3::uuid IS NULL OR p.organisation_id = $3)`,
    [id, scope.tenantId, scope.organisationId],
  );
  return firstOrNull(r, toPerson);
}

export interface FollowedSessionRecord {
  readonly sessionId: string;
  readonly heldOn: string;
  readonly status: SessionStatus;
  readonly trainingId: string;
  readonly trainingTitle: string;
  readonly level: TrainingLevel;
  readonly validMonths: number | null;
  readonly completed: boolean;
}

/** The sessions a person was registered for, newest first (read only; the sessions module records them). */
export async function sessionsOfPerson(
  q: Queryable,
  personId: string,
  limit: number,
): Promise<FollowedSessionRecord[]> {
  const r = await q.query<{
    session_id: string;
    held_on: string;
    status: SessionStatus;
    training_id: string;
    title: string;
    level: TrainingLevel;
    valid_months: number | null;
    completed: boolean;
  }>(
    `SELECT s.id AS session_id, s.held_on::text AS held_on, s.status, t.id AS training_id, t.title, t.level,
            t.valid_months, a.completed
       FROM training_attendance a
       JOIN training_session s ON s.id = a.session_id
       JOIN training t ON t.id = s.training_id
      WHERE a.person_id = $1
      ORDER BY s.held_on DESC, s.seq DESC LIMIT $2`,
    [personId, limit],
  );
  return r.rows.map((x) => ({
    sessionId: x.session_id,
    heldOn: x.held_on,
    status: x.status,
    trainingId: x.training_id,
    trainingTitle: x.title,
    level: x.level,
    validMonths: x.valid_months,
    completed: x.completed,
  }));
}

export interface PersonWrite {
  readonly organisationId: string;
  readonly targetGroupId: string;
  readonly name: string;
  readonly email: string | null;
  readonly department: string;
  readonly activeSince: string;
  readonly leftOn: string | null;
}

/** Adds a person; null when the work e-mail is already someone else's in the tenant. */
export async function insertPerson(
  q: Queryable,
  tenantId: string,
  p: PersonWrite,
  at: Date,
  by: string,
): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO training_person (tenant_id, organisation_id, target_group_id, name, email, department,
       active_since, left_on, created_at, created_by, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9, $10)
     ON CONFLICT (tenant_id, lower(email)) WHERE email IS NOT NULL DO NOTHING RETURNING id`,
    [
      tenantId,
      p.organisationId,
      p.targetGroupId,
      p.name,
      p.email,
      p.department,
      p.activeSince,
      p.leftOn,
      at,
      by,
    ],
  );
  return r.rows[0]?.id ?? null;
}

/** Whether another person of the tenant has this work e-mail. */
export async function emailTaken(q: Queryable, tenantId: string, email: string, exceptId: string | null) {
  const r = await q.query(
    `SELECT 1 FROM training_person WHERE tenant_id = $1 AND lower(email) = lower($2)
        AND ($3::uuid IS NULL OR id <> $3)`,
    [tenantId, email, exceptId],
  );
  return r.rowCount > 0;
}

/** Saves at the version read; false when another version is stored. */
export function updatePerson(
  q: Queryable,
  id: string,
  version: number,
  p: PersonWrite,
  at: Date,
  by: string,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE training_person SET organisation_id = $3, target_group_id = $4, name = $5, email = $6,
            department = $7, active_since = $8, left_on = $9, updated_at = $10, updated_by = $11,
            version = version + 1
      WHERE id = $1 AND version = $2`,
    [
      id,
      version,
      p.organisationId,
      p.targetGroupId,
      p.name,
      p.email,
      p.department,
      p.activeSince,
      p.leftOn,
      at,
      by,
    ],
  );
}

export interface GroupSizeRecord {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly targetGroupId: string;
  readonly targetGroupName: string;
  readonly people: number;
  readonly asOf: string;
}

/** A page of the counts in scope, by organisation and target group. */
export async function listGroupSizes(
  q: Queryable,
  scope: PersonScope,
  f: { organisationId?: string | undefined },
  page: {
    after?: { org: string; group: string; orgId: string; groupId: string } | undefined;
    limit: number;
  },
): Promise<GroupSizeRecord[]> {
  const r = await q.query<{
    organisation_id: string;
    organisation_name: string;
    target_group_id: string;
    target_group_name: string;
    people: number;
    as_of: string;
  }>(
    `SELECT s.organisation_id, o.name AS organisation_name, s.target_group_id, g.name AS target_group_name,
            s.people, s.as_of::text AS as_of
       FROM training_group_size s
       JOIN organisation o ON o.id = s.organisation_id
       JOIN training_target_group g ON g.id = s.target_group_id
      WHERE s.tenant_id = $1 AND ($2::uuid IS NULL OR s.organisation_id = $2)
        AND ($3::uuid IS NULL OR s.organisation_id = $3)
        AND ($4::text IS NULL OR (o.name, g.name, s.organisation_id::text, s.target_group_id::text)
                                  > ($4::text, $5::text, $6::text, $7::text))
      ORDER BY o.name, g.name, s.organisation_id::text, s.target_group_id::text LIMIT $8`,
    [
      scope.tenantId,
      scope.organisationId,
      f.organisationId ?? null,
      page.after?.org ?? null,
      page.after?.group ?? null,
      page.after?.orgId ?? null,
      page.after?.groupId ?? null,
      page.limit,
    ],
  );
  return r.rows.map((x) => ({
    organisationId: x.organisation_id,
    organisationName: x.organisation_name,
    targetGroupId: x.target_group_id,
    targetGroupName: x.target_group_name,
    people: x.people,
    asOf: x.as_of,
  }));
}

/** Sets how many people an organisation has in a target group (the last count replaces the previous). */
export async function saveGroupSize(
  q: Queryable,
  tenantId: string,
  s: { organisationId: string; targetGroupId: string; people: number; asOf: string },
  at: Date,
  by: string,
): Promise<void> {
  await q.query(
    `INSERT INTO training_group_size (tenant_id, organisation_id, target_group_id, people, as_of, updated_at,
       updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (organisation_id, target_group_id)
       DO UPDATE SET people = EXCLUDED.people, as_of = EXCLUDED.as_of, updated_at = EXCLUDED.updated_at,
                     updated_by = EXCLUDED.updated_by`,
    [tenantId, s.organisationId, s.targetGroupId, s.people, s.asOf, at, by],
  );
}
