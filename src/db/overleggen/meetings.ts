import type { OrganisationKind, PartnerType } from '../../domain/access/roles.js';
import type {
  MeetingStatus,
  MeetingType,
  MinutesStatus,
  SeriesFrequency,
} from '../../domain/overleg/types.js';
import { affectsRows, firstOrNull, type Queryable } from '../database.js';

/**
 * Meetings with their standing members and minutes draft, and the series they are planned in. Every change
 * of an editable part of the meetings module is guarded by its version: a stale version changes nothing
 * and the caller answers with a conflict.
 */

export interface MemberRecord {
  readonly organisationId: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly partnerType: PartnerType | null;
}

export interface MinutesRecord {
  readonly generalText: string | null;
  readonly status: MinutesStatus;
  readonly approvedAt: Date | null;
  readonly approvedByName: string | null;
  readonly version: number;
}

export interface MeetingRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly organiserId: string;
  readonly organiserName: string;
  readonly seriesId: string | null;
  readonly type: MeetingType;
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date | null;
  readonly location: string | null;
  readonly onlineUrl: string | null;
  readonly chairUserId: string;
  readonly chairName: string;
  readonly legalBasisId: string | null;
  readonly status: MeetingStatus;
  readonly agendaPublishedAt: Date | null;
  readonly cancelledAt: Date | null;
  readonly createdAt: Date;
  readonly version: number;
  readonly members: readonly MemberRecord[];
  readonly minutes: MinutesRecord;
}

interface MeetingRow {
  id: string;
  tenant_id: string;
  organiser_id: string;
  organiser_name: string;
  series_id: string | null;
  type: MeetingType;
  title: string;
  starts_at: Date;
  ends_at: Date | null;
  location: string | null;
  online_url: string | null;
  chair_user_id: string;
  chair_name: string;
  legal_basis_id: string | null;
  status: MeetingStatus;
  agenda_published_at: Date | null;
  cancelled_at: Date | null;
  created_at: Date;
  version: number;
  members: Array<{
    organisation_id: string;
    name: string;
    kind: OrganisationKind;
    partner_type: PartnerType | null;
  }>;
  general_text: string | null;
  minutes_status: MinutesStatus;
  approved_at: Date | null;
  approved_by_name: string | null;
  minutes_version: number;
}

const MEETING_SELECT = `
  SELECT m.id, m.tenant_id, m.organiser_id, org.name AS organiser_name, m.series_id, m.type, m.title, m.starts_at,
         m.ends_at, m.location, m.online_url, m.chair_user_id, cu.display_name AS chair_name, m.legal_basis_id,
         m.status, m.agenda_published_at, m.cancelled_at, m.created_at, m.version,
         COALESCE((SELECT json_agg(json_build_object('organisation_id', o.id, 'name', o.name, 'kind', o.kind,
                                     'partner_type', o.partner_type) ORDER BY o.kind DESC, o.name)
                     FROM meeting_member mm JOIN organisation o ON o.id = mm.organisation_id
                    WHERE mm.meeting_id = m.id), '[]'::json) AS members,
         mi.general_text, mi.status AS minutes_status, mi.approved_at, mi.approved_by_name,
         mi.version AS minutes_version
    FROM meeting m
    JOIN organisation org ON org.id = m.organiser_id
    JOIN app_user cu ON cu.id = m.chair_user_id
    JOIN meeting_minutes mi ON mi.meeting_id = m.id`;

function toMeeting(r: MeetingRow): MeetingRecord {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    organiserId: r.organiser_id,
    organiserName: r.organiser_name,
    seriesId: r.series_id,
    type: r.type,
    title: r.title,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    location: r.location,
    onlineUrl: r.online_url,
    chairUserId: r.chair_user_id,
    chairName: r.chair_name,
    legalBasisId: r.legal_basis_id,
    status: r.status,
    agendaPublishedAt: r.agenda_published_at,
    cancelledAt: r.cancelled_at,
    createdAt: r.created_at,
    version: r.version,
    members: r.members.map((o) => ({
      organisationId: o.organisation_id,
      name: o.name,
      kind: o.kind,
      partnerType: o.partner_type,
    })),
    minutes: {
      generalText: r.general_text,
      status: r.minutes_status,
      approvedAt: r.approved_at,
      approvedByName: r.approved_by_name,
      version: r.minutes_version,
    },
  };
}

export async function findMeeting(q: Queryable, id: string): Promise<MeetingRecord | null> {
  const r = await q.query<MeetingRow>(`${MEETING_SELECT} WHERE m.id = $1`, [id]);
  return firstOrNull(r, toMeeting);
}

export interface MeetingFilter {
  readonly tenantId: string;
  readonly from: Date | null;
  readonly to: Date | null;
  readonly type: MeetingType | null;
  /** A partner: only meetings where its organisation is a standing member or invited to an item. */
  readonly organisationId: string | null;
  /** Earliest first (coming meetings) or latest first (past ones). */
  readonly order: 'asc' | 'desc';
  /** Keyset: the start (every microsecond, as text) and id of the last meeting of the previous page. */
  readonly after?: { readonly startsAt: string; readonly id: string } | undefined;
  readonly limit: number;
}

/**
 * One page of the meetings of the tenant in a period, by keyset on (starts_at, id) through
 * meeting_list_idx (migration 029). The caller still decides per meeting what the actor may see.
 */
export async function listMeetings(
  q: Queryable,
  f: MeetingFilter,
): Promise<Array<MeetingRecord & { readonly keyset: string }>> {
  const params: unknown[] = [f.tenantId, f.from, f.to, f.type, f.organisationId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const dir = f.order === 'desc' ? 'DESC' : 'ASC';
  const after = f.after
    ? `AND (m.starts_at, m.id) ${f.order === 'desc' ? '<' : '>'} (${p(f.after.startsAt)}::timestamptz, ${p(f.after.id)}::uuid)`
    : '';
  const r = await q.query<MeetingRow & { keyset: string }>(
    `${MEETING_SELECT.replace('\n    FROM meeting m', `,\n         to_char(m.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS keyset\n    FROM meeting m`)}
      WHERE m.tenant_id = $1
        AND ($2::timestamptz IS NULL OR m.starts_at >= $2)
        AND ($3::timestamptz IS NULL OR m.starts_at < $3)
        AND ($4::text IS NULL OR m.type = $4)
        AND ($5::uuid IS NULL
             OR EXISTS (SELECT 1 FROM meeting_member mm WHERE mm.meeting_id = m.id AND mm.organisation_id = $5)
             OR EXISTS (SELECT 1 FROM agenda_item i JOIN agenda_item_invitation inv ON inv.item_id = i.id
                         WHERE i.meeting_id = m.id AND inv.organisation_id = $5))
        ${after}
      ORDER BY m.starts_at ${dir}, m.id ${dir}
      LIMIT ${p(f.limit)}`,
    params,
  );
  return r.rows.map((row) => ({ ...toMeeting(row), keyset: row.keyset }));
}

/** What the organiser decides about a meeting: when, where, who chairs and organises, who takes part. */
export interface MeetingChange {
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date | null;
  readonly location: string | null;
  readonly onlineUrl: string | null;
  readonly chairUserId: string;
  readonly organiserId: string;
  readonly legalBasisId: string | null;
  readonly memberOrganisationIds: readonly string[];
}

export interface NewMeeting extends MeetingChange {
  readonly tenantId: string;
  readonly seriesId: string | null;
  readonly type: MeetingType;
  readonly createdAt: Date;
  readonly createdBy: string;
}

/** A meeting with its standing members and an empty minutes draft. */
export async function insertMeeting(q: Queryable, m: NewMeeting): Promise<string> {
  const r = await q.query<{ id: string }>(
    `WITH m AS (
       INSERT INTO meeting (tenant_id, organiser_id, series_id, type, title, starts_at, ends_at, location, online_url,
         chair_user_id, legal_basis_id, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       RETURNING id
     ), mm AS (
       INSERT INTO meeting_member (meeting_id, organisation_id)
       SELECT m.id, o FROM m, unnest($14::uuid[]) AS o
     ), mi AS (
       INSERT INTO meeting_minutes (meeting_id) SELECT id FROM m
     )
     SELECT id FROM m`,
    [
      m.tenantId,
      m.organiserId,
      m.seriesId,
      m.type,
      m.title,
      m.startsAt,
      m.endsAt,
      m.location,
      m.onlineUrl,
      m.chairUserId,
      m.legalBasisId,
      m.createdAt,
      m.createdBy,
      [...new Set(m.memberOrganisationIds)],
    ],
  );
  return r.rows[0]?.id as string;
}

export async function updateMeeting(
  q: Queryable,
  id: string,
  version: number,
  c: MeetingChange,
): Promise<boolean> {
  const r = await q.query(
    `UPDATE meeting SET title = $3, starts_at = $4, ends_at = $5, location = $6, online_url = $7,
            chair_user_id = $8, organiser_id = $9, legal_basis_id = $10, version = version + 1
      WHERE id = $1 AND version = $2`,
    [
      id,
      version,
      c.title,
      c.startsAt,
      c.endsAt,
      c.location,
      c.onlineUrl,
      c.chairUserId,
      c.organiserId,
      c.legalBasisId,
    ],
  );
  if (r.rowCount === 0) return false;
  await q.query(
    'DELETE FROM meeting_member WHERE meeting_id = $1 AND NOT (organisation_id = ANY($2::uuid[]))',
    [id, c.memberOrganisationIds],
  );
  await q.query(
    `INSERT INTO meeting_member (meeting_id, organisation_id) SELECT $1, o FROM unnest($2::uuid[]) AS o
     ON CONFLICT DO NOTHING`,
    [id, c.memberOrganisationIds],
  );
  return true;
}

export async function setMeetingStatus(
  q: Queryable,
  id: string,
  version: number,
  status: MeetingStatus,
  at: Date,
): Promise<boolean> {
  const r = await q.query(
    `UPDATE meeting SET status = $3,
            agenda_published_at = CASE WHEN $3 = 'agenda_gepubliceerd' THEN $4 ELSE agenda_published_at END,
            cancelled_at = CASE WHEN $3 = 'geannuleerd' THEN $4 ELSE cancelled_at END,
            version = version + 1
      WHERE id = $1 AND version = $2`,
    [id, version, status, at],
  );
  return r.rowCount > 0;
}

/** Claims the meeting for a change of one of its parts (its agenda), so concurrent changes take turns. */
export async function bumpMeetingVersion(q: Queryable, id: string, version: number): Promise<boolean> {
  return affectsRows(q, 'UPDATE meeting SET version = version + 1 WHERE id = $1 AND version = $2', [
    id,
    version,
  ]);
}

export interface NewSeries {
  readonly tenantId: string;
  readonly organiserId: string;
  readonly type: MeetingType;
  readonly title: string;
  readonly frequency: SeriesFrequency;
  readonly startDate: string;
  readonly startTime: string;
  readonly durationMinutes: number;
  readonly memberOrganisationIds: readonly string[];
  readonly createdAt: Date;
  readonly createdBy: string;
}

export async function insertSeries(q: Queryable, s: NewSeries): Promise<string> {
  const r = await q.query<{ id: string }>(
    `WITH s AS (
       INSERT INTO meeting_series (tenant_id, organiser_id, type, title, frequency, start_date, start_time,
         duration_minutes, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8, $9, $10) RETURNING id
     ), sm AS (
       INSERT INTO meeting_series_member (series_id, organisation_id) SELECT s.id, o FROM s, unnest($11::uuid[]) AS o
     )
     SELECT id FROM s`,
    [
      s.tenantId,
      s.organiserId,
      s.type,
      s.title,
      s.frequency,
      s.startDate,
      s.startTime,
      s.durationMinutes,
      s.createdAt,
      s.createdBy,
      [...new Set(s.memberOrganisationIds)],
    ],
  );
  return r.rows[0]?.id as string;
}
