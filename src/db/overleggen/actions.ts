import type { ActionStatus } from '../../domain/overleg/types.js';
import { affectsRows, firstOrNull, type Queryable } from '../database.js';

/**
 * Actions (acties): owner, due date, status. Most are agreed in meetings; those of a key figures' peiling
 * (src/app/netwerk/key-figure-sounding.ts) have no meeting but their sounding.
 */

export interface ActionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string | null;
  /** The key figures' peiling it was asked in, instead of a meeting. */
  readonly soundingId: string | null;
  readonly itemId: string | null;
  readonly description: string;
  readonly ownerUserId: string | null;
  readonly ownerUserName: string | null;
  readonly ownerOrganisationId: string | null;
  readonly ownerOrganisationName: string | null;
  readonly dueOn: string;
  readonly status: ActionStatus;
  readonly completedAt: Date | null;
  readonly createdAt: Date;
  readonly version: number;
  /** For lists: the meeting it comes from (none for a peiling). */
  readonly meetingType: string | null;
  readonly meetingStartsAt: Date | null;
}

interface ActionRow {
  id: string;
  tenant_id: string;
  meeting_id: string | null;
  sounding_id: string | null;
  item_id: string | null;
  description: string;
  owner_user_id: string | null;
  owner_user_name: string | null;
  owner_organisation_id: string | null;
  owner_organisation_name: string | null;
  due_on: string;
  status: ActionStatus;
  completed_at: Date | null;
  created_at: Date;
  version: number;
  meeting_type: string | null;
  meeting_starts_at: Date | null;
}

const SELECT = `SELECT a.id, a.tenant_id, a.meeting_id, a.sounding_id, a.item_id, a.description, a.owner_user_id,
  u.display_name AS owner_user_name, a.owner_organisation_id, o.name AS owner_organisation_name,
  a.due_on::text AS due_on, a.status, a.completed_at, a.created_at, a.version, m.type AS meeting_type,
  m.starts_at AS meeting_starts_at
  FROM meeting_action a
  LEFT JOIN meeting m ON m.id = a.meeting_id
  LEFT JOIN app_user u ON u.id = a.owner_user_id
  LEFT JOIN organisation o ON o.id = a.owner_organisation_id`;

function toAction(r: ActionRow): ActionRecord {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    meetingId: r.meeting_id,
    soundingId: r.sounding_id,
    itemId: r.item_id,
    description: r.description,
    ownerUserId: r.owner_user_id,
    ownerUserName: r.owner_user_name,
    ownerOrganisationId: r.owner_organisation_id,
    ownerOrganisationName: r.owner_organisation_name,
    dueOn: r.due_on,
    status: r.status,
    completedAt: r.completed_at,
    createdAt: r.created_at,
    version: r.version,
    meetingType: r.meeting_type,
    meetingStartsAt: r.meeting_starts_at,
  };
}

export async function findAction(q: Queryable, id: string): Promise<ActionRecord | null> {
  const r = await q.query<ActionRow>(`${SELECT} WHERE a.id = $1`, [id]);
  return firstOrNull(r, toAction);
}

export async function listActionsOfMeeting(q: Queryable, meetingId: string): Promise<ActionRecord[]> {
  const r = await q.query<ActionRow>(`${SELECT} WHERE a.meeting_id = $1 ORDER BY a.due_on, a.seq`, [
    meetingId,
  ]);
  return r.rows.map(toAction);
}

/**
 * Whose "Mijn acties" these are. A meeting's action is theirs when it is the user's or their organisation's
 * and their role takes part in meetings' content (ownsAction); a peiling's action only when it is the user's.
 */
export interface OwnActionsOf {
  readonly tenantId: string;
  readonly userId: string;
  readonly organisationId: string;
  /** The role sees meetings' content (CONTENT_ROLES in src/domain/overleg/access.ts). */
  readonly contentRole: boolean;
}

/** The ownership rule in SQL; $1 to $4 are the OwnActionsOf fields in order (ownActionParams). */
export const OWN_ACTIONS_WHERE = `a.tenant_id = $1 AND (a.owner_user_id = $2 OR a.owner_organisation_id = $3)
        AND ((a.meeting_id IS NULL AND a.owner_user_id = $2) OR (a.meeting_id IS NOT NULL AND $4::boolean))`;

export const ownActionParams = (f: OwnActionsOf): unknown[] => [
  f.tenantId,
  f.userId,
  f.organisationId,
  f.contentRole,
];

/** The keyset of "Mijn acties": open ones first, then by due date and the order they were made in. */
export interface OwnActionKeyset {
  readonly closed: boolean;
  readonly dueOn: string;
  readonly seq: string;
}

/**
 * One page of "Mijn acties" by keyset (open ones first, by due date): the user's own and their
 * organisation's, read through meeting_action_user_idx / meeting_action_org_idx.
 */
export async function listOwnActions(
  q: Queryable,
  f: OwnActionsOf & {
    readonly includeDone: boolean;
    readonly after?: OwnActionKeyset | undefined;
    readonly limit: number;
  },
): Promise<Array<ActionRecord & { readonly keyset: OwnActionKeyset }>> {
  const params: unknown[] = [...ownActionParams(f), f.includeDone];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const after = f.after
    ? `AND ((a.status <> 'open'), a.due_on, a.seq) > (${p(f.after.closed)}::boolean, ${p(f.after.dueOn)}::date, ${p(f.after.seq)}::bigint)`
    : '';
  const r = await q.query<ActionRow & { seq: string }>(
    `${SELECT.replace(' FROM meeting_action a', ', a.seq::text AS seq\n  FROM meeting_action a')}
      WHERE ${OWN_ACTIONS_WHERE}
        AND ($5::boolean OR a.status = 'open') ${after}
      ORDER BY (a.status <> 'open'), a.due_on, a.seq
      LIMIT ${p(f.limit)}`,
    params,
  );
  return r.rows.map((row) => ({
    ...toAction(row),
    keyset: { closed: row.status !== 'open', dueOn: row.due_on, seq: row.seq },
  }));
}

/** How many of "Mijn acties" are open and how many of those are past their due date (counted, not read). */
export async function countOwnActions(
  q: Queryable,
  f: OwnActionsOf & { readonly today: string },
): Promise<{ openCount: number; overdueCount: number }> {
  const r = await q.query<{ open: number; overdue: number }>(
    `SELECT count(*)::int AS open, count(*) FILTER (WHERE a.due_on < $5::date)::int AS overdue
       FROM meeting_action a
      WHERE ${OWN_ACTIONS_WHERE} AND a.status = 'open'`,
    [...ownActionParams(f), f.today],
  );
  return { openCount: r.rows[0]?.open ?? 0, overdueCount: r.rows[0]?.overdue ?? 0 };
}

export interface NewAction {
  readonly tenantId: string;
  /** A meeting's action, or (meetingId null) a peiling's. */
  readonly meetingId: string | null;
  readonly soundingId?: string | null;
  /** A self-assessment answer whose gap the action closes (src/app/zelfscan/actions.ts), instead of a meeting. */
  readonly zelfscanAnswerId?: string | null;
  readonly itemId: string | null;
  readonly description: string;
  readonly ownerUserId: string | null;
  readonly ownerOrganisationId: string | null;
  readonly dueOn: string;
  readonly createdAt: Date;
  readonly createdBy: string;
}

export async function insertAction(q: Queryable, a: NewAction): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO meeting_action (tenant_id, meeting_id, item_id, description, owner_user_id, owner_organisation_id,
       due_on, created_at, created_by, sounding_id, zelfscan_answer_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8, $9, $10, $11) RETURNING id`,
    [
      a.tenantId,
      a.meetingId,
      a.itemId,
      a.description,
      a.ownerUserId,
      a.ownerOrganisationId,
      a.dueOn,
      a.createdAt,
      a.createdBy,
      a.soundingId ?? null,
      a.zelfscanAnswerId ?? null,
    ],
  );
  return r.rows[0]?.id as string;
}

export interface ActionChange {
  readonly description: string;
  readonly ownerUserId: string | null;
  readonly ownerOrganisationId: string | null;
  readonly dueOn: string;
  readonly status: ActionStatus;
  readonly completedAt: Date | null;
}

export async function updateAction(
  q: Queryable,
  id: string,
  version: number,
  c: ActionChange,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE meeting_action SET description = $3, owner_user_id = $4, owner_organisation_id = $5, due_on = $6::date,
            status = $7, completed_at = $8, version = version + 1
      WHERE id = $1 AND version = $2`,
    [id, version, c.description, c.ownerUserId, c.ownerOrganisationId, c.dueOn, c.status, c.completedAt],
  );
}

/**
 * Per person, how many open actions are past their due date: their own and those of the organisations
 * they have an active membership in. Only people with an e-mail address, in active accounts.
 */
export async function overdueCountsPerUser(
  q: Queryable,
  today: string,
): Promise<Array<{ userId: string; tenantId: string; count: number }>> {
  const r = await q.query<{ user_id: string; tenant_id: string; n: number }>(
    `WITH owners AS (
       SELECT a.id, a.tenant_id, a.owner_user_id AS user_id
         FROM meeting_action a
        WHERE a.status = 'open' AND a.due_on < $1::date AND a.owner_user_id IS NOT NULL
       UNION
       SELECT a.id, a.tenant_id, m.user_id
         FROM meeting_action a
         JOIN membership m ON m.organisation_id = a.owner_organisation_id AND m.ended_at IS NULL
        WHERE a.status = 'open' AND a.due_on < $1::date
          AND m.role IN ('aandachtsfunctionaris', 'meldpunt', 'burgemeester', 'ketenpartner')
     )
     SELECT o.user_id, o.tenant_id, count(DISTINCT o.id)::int AS n
       FROM owners o JOIN app_user u ON u.id = o.user_id
      WHERE u.disabled_at IS NULL AND u.email IS NOT NULL
      GROUP BY o.user_id, o.tenant_id
      ORDER BY o.user_id, o.tenant_id`,
    [today],
  );
  return r.rows.map((x) => ({ userId: x.user_id, tenantId: x.tenant_id, count: x.n }));
}
