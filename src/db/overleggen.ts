import type { OrganisationKind, PartnerType, Role } from '../domain/access/roles.js';
import type { CasePhase } from '../domain/casus/types.js';
import type { DecisionOutcome, SignalKind, Status } from '../domain/melding/types.js';
import type {
  DecisionStatus,
  MeetingStatus,
  MeetingType,
  MinutesStatus,
  SeriesFrequency,
  SubjectKind,
} from '../domain/overleg/types.js';
import type { Queryable } from './database.js';

/**
 * SQL of the meetings module (overleggen): meetings and series, agenda items, invitations, contributions,
 * decisions, minutes, settings, legal bases and disclosures. Every change of an editable part is guarded
 * by its version: a stale version changes nothing and the caller answers with a conflict.
 */

const date = (v: unknown): Date | null => (typeof v === 'string' || v instanceof Date ? new Date(v) : null);

// ---------------------------------------------------------------------------------------------------
// Organisations and users (facts for checks)

export interface OrganisationFacts {
  readonly id: string;
  readonly kind: OrganisationKind;
  readonly partnerType: PartnerType | null;
  readonly name: string;
  readonly tenantId: string;
  readonly regionId: string | null;
}

export async function findOrganisation(q: Queryable, id: string): Promise<OrganisationFacts | null> {
  const r = await q.query<{
    id: string;
    kind: OrganisationKind;
    partner_type: PartnerType | null;
    name: string;
    tenant_id: string;
    region_id: string | null;
  }>('SELECT id, kind, partner_type, name, tenant_id, region_id FROM organisation WHERE id = $1', [id]);
  const o = r.rows[0];
  return o
    ? {
        id: o.id,
        kind: o.kind,
        partnerType: o.partner_type,
        name: o.name,
        tenantId: o.tenant_id,
        regionId: o.region_id,
      }
    : null;
}

/** The tenant's own organisation and its partners of these types (the default standing members). */
export async function defaultMemberOrganisations(
  q: Queryable,
  tenantId: string,
  partnerTypes: readonly PartnerType[],
): Promise<string[]> {
  const r = await q.query<{ id: string }>(
    `SELECT id FROM organisation
      WHERE id = $1 OR (tenant_id = $1 AND kind = 'partner' AND partner_type = ANY($2::text[]))
      ORDER BY kind, name`,
    [tenantId, partnerTypes],
  );
  return r.rows.map((o) => o.id);
}

/** A user with an active membership in the tenant, with the roles they have there. */
export async function findUserInTenant(
  q: Queryable,
  userId: string,
  tenantId: string,
): Promise<{ id: string; displayName: string; roles: Role[] } | null> {
  const r = await q.query<{ id: string; display_name: string; roles: Role[] }>(
    `SELECT u.id, u.display_name, array_agg(DISTINCT m.role) AS roles
       FROM app_user u
       JOIN membership m ON m.user_id = u.id AND m.ended_at IS NULL
       JOIN organisation o ON o.id = m.organisation_id AND o.tenant_id = $2
      WHERE u.id = $1 AND u.disabled_at IS NULL
      GROUP BY u.id, u.display_name`,
    [userId, tenantId],
  );
  const u = r.rows[0];
  return u ? { id: u.id, displayName: u.display_name, roles: u.roles } : null;
}

/** Active memberships with a content role in the tenant: the people who may be told about an agenda. */
export interface MembershipFacts {
  readonly userId: string;
  readonly organisationId: string;
  readonly role: Role;
  readonly tenantId: string;
  readonly email: string | null;
}

export async function contentMembershipsOfTenant(q: Queryable, tenantId: string): Promise<MembershipFacts[]> {
  const r = await q.query<{ user_id: string; organisation_id: string; role: Role; email: string | null }>(
    `SELECT m.user_id, m.organisation_id, m.role, u.email
       FROM membership m
       JOIN organisation o ON o.id = m.organisation_id
       JOIN app_user u ON u.id = m.user_id
      WHERE o.tenant_id = $1 AND m.ended_at IS NULL AND u.disabled_at IS NULL
        AND m.role IN ('aandachtsfunctionaris', 'meldpunt', 'burgemeester', 'ketenpartner')
      ORDER BY m.user_id, m.organisation_id`,
    [tenantId],
  );
  return r.rows.map((m) => ({
    userId: m.user_id,
    organisationId: m.organisation_id,
    role: m.role,
    tenantId,
    email: m.email,
  }));
}

// ---------------------------------------------------------------------------------------------------
// Settings, legal bases, disclosures

export async function partnerWindowDays(
  q: Queryable,
  tenantId: string,
): Promise<{ days: number; version: number }> {
  const r = await q.query<{ partner_window_days: number; version: number }>(
    'SELECT partner_window_days, version FROM meeting_settings WHERE tenant_id = $1',
    [tenantId],
  );
  const row = r.rows[0];
  return row ? { days: row.partner_window_days, version: row.version } : { days: 14, version: 0 };
}

/** Saves the window under the version last read (0 when the tenant still has the default). */
export async function savePartnerWindowDays(
  q: Queryable,
  tenantId: string,
  version: number,
  days: number,
): Promise<boolean> {
  const r =
    version === 0
      ? await q.query(
          `INSERT INTO meeting_settings (tenant_id, partner_window_days) VALUES ($1, $2)
           ON CONFLICT (tenant_id) DO NOTHING`,
          [tenantId, days],
        )
      : await q.query(
          `UPDATE meeting_settings SET partner_window_days = $3, version = version + 1
            WHERE tenant_id = $1 AND version = $2`,
          [tenantId, version, days],
        );
  return r.rowCount > 0;
}

export interface LegalBasisRecord {
  readonly id: string;
  readonly code: string;
  readonly labelNl: string;
  readonly labelEn: string;
  readonly example: boolean;
}

/** The shared list and the tenant's own entries, active ones only. */
export async function listLegalBases(q: Queryable, tenantId: string): Promise<LegalBasisRecord[]> {
  const r = await q.query<{ id: string; code: string; label_nl: string; label_en: string; example: boolean }>(
    `SELECT id, code, label_nl, label_en, example FROM legal_basis
      WHERE active AND (tenant_id IS NULL OR tenant_id = $1)
      ORDER BY sort, label_nl`,
    [tenantId],
  );
  return r.rows.map((b) => ({
    id: b.id,
    code: b.code,
    labelNl: b.label_nl,
    labelEn: b.label_en,
    example: b.example,
  }));
}

export async function findLegalBasis(
  q: Queryable,
  id: string,
  tenantId: string,
): Promise<LegalBasisRecord | null> {
  const all = await listLegalBases(q, tenantId);
  return all.find((b) => b.id === id) ?? null;
}

export interface NewDisclosure {
  readonly tenantId: string;
  readonly objectType: 'agenda_item' | 'meeting_minutes' | 'casus_summary' | 'casus_handover';
  readonly objectId: string;
  readonly description: string;
  readonly recipientOrganisationId: string;
  readonly recipientUserId: string | null;
  readonly legalBasisId: string;
  readonly disclosedBy: string;
  readonly disclosedAt: Date;
}

export async function insertDisclosure(q: Queryable, d: NewDisclosure): Promise<void> {
  await q.query(
    `INSERT INTO disclosure (tenant_id, object_type, object_id, description, recipient_organisation_id,
       recipient_user_id, legal_basis_id, disclosed_by, disclosed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      d.tenantId,
      d.objectType,
      d.objectId,
      d.description,
      d.recipientOrganisationId,
      d.recipientUserId,
      d.legalBasisId,
      d.disclosedBy,
      d.disclosedAt,
    ],
  );
}

export interface DisclosureRecord {
  readonly objectType: string;
  readonly objectId: string;
  readonly description: string;
  readonly recipientOrganisationId: string;
  readonly recipientUserId: string | null;
  readonly legalBasisId: string;
  readonly disclosedBy: string;
  readonly disclosedAt: Date;
}

export async function listDisclosures(q: Queryable, objectId: string): Promise<DisclosureRecord[]> {
  const r = await q.query<{
    object_type: string;
    object_id: string;
    description: string;
    recipient_organisation_id: string;
    recipient_user_id: string | null;
    legal_basis_id: string;
    disclosed_by: string;
    disclosed_at: Date;
  }>(
    `SELECT object_type, object_id, description, recipient_organisation_id, recipient_user_id, legal_basis_id,
            disclosed_by, disclosed_at
       FROM disclosure WHERE object_id = $1 ORDER BY id`,
    [objectId],
  );
  return r.rows.map((d) => ({
    objectType: d.object_type,
    objectId: d.object_id,
    description: d.description,
    recipientOrganisationId: d.recipient_organisation_id,
    recipientUserId: d.recipient_user_id,
    legalBasisId: d.legal_basis_id,
    disclosedBy: d.disclosed_by,
    disclosedAt: d.disclosed_at,
  }));
}

// ---------------------------------------------------------------------------------------------------
// Meetings

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
  const row = r.rows[0];
  return row ? toMeeting(row) : null;
}

export interface MeetingFilter {
  readonly tenantId: string;
  readonly from: Date | null;
  readonly to: Date | null;
  readonly type: MeetingType | null;
  /** A partner: only meetings where its organisation is a standing member or invited to an item. */
  readonly organisationId: string | null;
  readonly limit: number;
}

/** Meetings of the tenant in a period, earliest first. */
export async function listMeetings(q: Queryable, f: MeetingFilter): Promise<MeetingRecord[]> {
  const r = await q.query<MeetingRow>(
    `${MEETING_SELECT}
      WHERE m.tenant_id = $1
        AND ($2::timestamptz IS NULL OR m.starts_at >= $2)
        AND ($3::timestamptz IS NULL OR m.starts_at < $3)
        AND ($4::text IS NULL OR m.type = $4)
        AND ($5::uuid IS NULL
             OR EXISTS (SELECT 1 FROM meeting_member mm WHERE mm.meeting_id = m.id AND mm.organisation_id = $5)
             OR EXISTS (SELECT 1 FROM agenda_item i JOIN agenda_item_invitation inv ON inv.item_id = i.id
                         WHERE i.meeting_id = m.id AND inv.organisation_id = $5))
      ORDER BY m.starts_at, m.id
      LIMIT $6`,
    [f.tenantId, f.from, f.to, f.type, f.organisationId, f.limit],
  );
  return r.rows.map(toMeeting);
}

export interface NewMeeting {
  readonly tenantId: string;
  readonly organiserId: string;
  readonly seriesId: string | null;
  readonly type: MeetingType;
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date | null;
  readonly location: string | null;
  readonly onlineUrl: string | null;
  readonly chairUserId: string;
  readonly legalBasisId: string | null;
  readonly memberOrganisationIds: readonly string[];
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
  const r = await q.query('UPDATE meeting SET version = version + 1 WHERE id = $1 AND version = $2', [
    id,
    version,
  ]);
  return r.rowCount > 0;
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

// ---------------------------------------------------------------------------------------------------
// Agenda items

export interface InvitationRecord {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly legalBasisId: string;
  readonly invitedAt: Date;
}

export interface DecisionRecord {
  readonly id: string;
  readonly status: DecisionStatus;
  readonly payload: Record<string, unknown>;
  readonly outcome: string | null;
  readonly casusId: string | null;
  readonly draftedAt: Date;
  readonly recordedAt: Date | null;
  readonly recordedByName: string | null;
  readonly version: number;
}

export interface ItemRecord {
  readonly id: string;
  readonly meetingId: string;
  readonly tenantId: string;
  readonly position: number;
  readonly subjectKind: SubjectKind;
  readonly signalId: string | null;
  readonly signalReference: string | null;
  readonly signalStatus: Status | null;
  readonly signalOutcome: DecisionOutcome | null;
  readonly signalKind: SignalKind | null;
  readonly casusId: string | null;
  readonly casusReference: string | null;
  readonly casusPhase: CasePhase | null;
  readonly sourceDecisionId: string | null;
  readonly persons: ReadonlyArray<{ id: string; name: string }>;
  readonly title: string;
  readonly notes: string | null;
  readonly minutesText: string | null;
  readonly restricted: boolean;
  readonly placedAt: Date;
  readonly version: number;
  readonly invitations: readonly InvitationRecord[];
  readonly decision: DecisionRecord | null;
}

interface ItemRow {
  id: string;
  meeting_id: string;
  tenant_id: string;
  position: number;
  subject_kind: SubjectKind;
  signal_id: string | null;
  signal_reference: string | null;
  signal_status: Status | null;
  signal_outcome: DecisionOutcome | null;
  signal_kind: SignalKind | null;
  casus_id: string | null;
  casus_reference: string | null;
  casus_phase: CasePhase | null;
  source_decision_id: string | null;
  persons: Array<{ id: string; name: string }> | null;
  title: string;
  notes: string | null;
  minutes_text: string | null;
  restricted: boolean;
  placed_at: Date;
  version: number;
  invitations: Array<{ organisation_id: string; name: string; legal_basis_id: string; invited_at: string }>;
  decision: {
    id: string;
    status: DecisionStatus;
    payload: Record<string, unknown>;
    outcome: string | null;
    casus_id: string | null;
    drafted_at: string;
    recorded_at: string | null;
    recorded_by_name: string | null;
    version: number;
  } | null;
}

const ITEM_SELECT = `
  SELECT i.id, i.meeting_id, i.tenant_id, i.position, i.subject_kind, i.signal_id, s.reference AS signal_reference,
         s.status AS signal_status, s.decision_outcome AS signal_outcome, i.casus_id, c.reference AS casus_reference,
         c.phase AS casus_phase, i.source_decision_id, i.title, i.notes, i.minutes_text, i.restricted, i.placed_at,
         i.version,
         CASE WHEN i.subject_kind = 'casus'
              THEN (SELECT json_agg(json_build_object('id', p.id, 'name', p.display_name))
                      FROM person p WHERE p.id = c.person_id)
              -- An advice question is discussed on anonymous data: its item names no one.
              WHEN s.kind = 'adviesvraag' THEN NULL
              ELSE (SELECT json_agg(x.o ORDER BY x.o->>'name')
                      FROM (SELECT DISTINCT jsonb_build_object('id', p.id, 'name', p.display_name) AS o
                              FROM signal_subject ss JOIN person p ON p.id = ss.person_id
                             WHERE ss.signal_id = i.signal_id) x)
         END AS persons, s.kind AS signal_kind,
         COALESCE((SELECT json_agg(json_build_object('organisation_id', inv.organisation_id, 'name', o.name,
                                     'legal_basis_id', inv.legal_basis_id, 'invited_at', inv.invited_at)
                                   ORDER BY o.name)
                     FROM agenda_item_invitation inv JOIN organisation o ON o.id = inv.organisation_id
                    WHERE inv.item_id = i.id), '[]'::json) AS invitations,
         (SELECT row_to_json(d) FROM (SELECT id, status, payload, outcome, casus_id, drafted_at, recorded_at,
                                             recorded_by_name, version
                                        FROM meeting_decision WHERE item_id = i.id) d) AS decision
    FROM agenda_item i
    LEFT JOIN signal s ON s.id = i.signal_id
    LEFT JOIN casus c ON c.id = i.casus_id`;

function toItem(r: ItemRow): ItemRecord {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    tenantId: r.tenant_id,
    position: r.position,
    subjectKind: r.subject_kind,
    signalId: r.signal_id,
    signalReference: r.signal_reference,
    signalStatus: r.signal_status,
    signalOutcome: r.signal_outcome,
    signalKind: r.signal_kind,
    casusId: r.casus_id,
    casusReference: r.casus_reference,
    casusPhase: r.casus_phase,
    sourceDecisionId: r.source_decision_id,
    persons: r.persons ?? [],
    title: r.title,
    notes: r.notes,
    minutesText: r.minutes_text,
    restricted: r.restricted,
    placedAt: r.placed_at,
    version: r.version,
    invitations: r.invitations.map((i) => ({
      organisationId: i.organisation_id,
      organisationName: i.name,
      legalBasisId: i.legal_basis_id,
      invitedAt: new Date(i.invited_at),
    })),
    decision: r.decision
      ? {
          id: r.decision.id,
          status: r.decision.status,
          payload: r.decision.payload,
          outcome: r.decision.outcome,
          casusId: r.decision.casus_id,
          draftedAt: new Date(r.decision.drafted_at),
          recordedAt: date(r.decision.recorded_at),
          recordedByName: r.decision.recorded_by_name,
          version: r.decision.version,
        }
      : null,
  };
}

export async function listItems(q: Queryable, meetingId: string): Promise<ItemRecord[]> {
  const r = await q.query<ItemRow>(`${ITEM_SELECT} WHERE i.meeting_id = $1 ORDER BY i.position, i.seq`, [
    meetingId,
  ]);
  return r.rows.map(toItem);
}

/** The items of several meetings at once (for lists). */
export async function listItemsOfMeetings(
  q: Queryable,
  meetingIds: readonly string[],
): Promise<ItemRecord[]> {
  if (meetingIds.length === 0) return [];
  const r = await q.query<ItemRow>(
    `${ITEM_SELECT} WHERE i.meeting_id = ANY($1::uuid[]) ORDER BY i.meeting_id, i.position, i.seq`,
    [meetingIds],
  );
  return r.rows.map(toItem);
}

export async function findItem(q: Queryable, id: string): Promise<ItemRecord | null> {
  const r = await q.query<ItemRow>(`${ITEM_SELECT} WHERE i.id = $1`, [id]);
  const row = r.rows[0];
  return row ? toItem(row) : null;
}

export interface NewItem {
  readonly meetingId: string;
  readonly tenantId: string;
  readonly subjectKind: SubjectKind;
  readonly signalId: string | null;
  readonly casusId: string | null;
  readonly sourceDecisionId: string | null;
  readonly title: string;
  readonly notes: string | null;
  readonly restricted: boolean;
  readonly placedAt: Date;
  readonly placedBy: string;
}

/** Adds an item at the end of the agenda. */
export async function insertItem(q: Queryable, i: NewItem): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO agenda_item (meeting_id, tenant_id, position, subject_kind, signal_id, casus_id, source_decision_id,
       title, notes, restricted, placed_at, placed_by)
     SELECT $1, $2, COALESCE(max(position), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10, $11
       FROM agenda_item WHERE meeting_id = $1
     RETURNING id`,
    [
      i.meetingId,
      i.tenantId,
      i.subjectKind,
      i.signalId,
      i.casusId,
      i.sourceDecisionId,
      i.title,
      i.notes,
      i.restricted,
      i.placedAt,
      i.placedBy,
    ],
  );
  return r.rows[0]?.id as string;
}

export interface ItemChange {
  readonly title: string;
  readonly notes: string | null;
  readonly minutesText: string | null;
  readonly position: number;
}

export async function updateItem(q: Queryable, id: string, version: number, c: ItemChange): Promise<boolean> {
  const r = await q.query(
    `UPDATE agenda_item SET title = $3, notes = $4, minutes_text = $5, position = $6, version = version + 1
      WHERE id = $1 AND version = $2`,
    [id, version, c.title, c.notes, c.minutesText, c.position],
  );
  return r.rowCount > 0;
}

/** Claims the item for a change of one of its parts (an invitation). */
export async function bumpItemVersion(q: Queryable, id: string, version: number): Promise<boolean> {
  const r = await q.query('UPDATE agenda_item SET version = version + 1 WHERE id = $1 AND version = $2', [
    id,
    version,
  ]);
  return r.rowCount > 0;
}

export async function deleteItem(q: Queryable, id: string, version: number): Promise<boolean> {
  await q.query('DELETE FROM meeting_decision WHERE item_id = $1 AND status = $2', [id, 'concept']);
  const r = await q.query('DELETE FROM agenda_item WHERE id = $1 AND version = $2', [id, version]);
  return r.rowCount > 0;
}

/** Whether the signal is on an agenda of this type whose item has no recorded decision yet. */
export async function signalOnOpenAgenda(
  q: Queryable,
  signalId: string,
  type: MeetingType,
): Promise<boolean> {
  const r = await q.query(
    `SELECT 1 FROM agenda_item i
       JOIN meeting m ON m.id = i.meeting_id
       LEFT JOIN meeting_decision d ON d.item_id = i.id
      WHERE i.signal_id = $1 AND m.type = $2 AND m.status <> 'geannuleerd'
        AND (d.id IS NULL OR d.status = 'concept')
      LIMIT 1`,
    [signalId, type],
  );
  return r.rowCount > 0;
}

/** The latest recorded triage decision (a) about the signal, if taken in Duiden. */
export async function latestTriageDecision(q: Queryable, signalId: string): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `SELECT d.id FROM meeting_decision d JOIN agenda_item i ON i.id = d.item_id
      WHERE i.signal_id = $1 AND d.kind = 'signaleringsoverleg' AND d.status = 'vastgesteld'
        AND d.outcome = 'zorgen_radicalisering'
      ORDER BY d.recorded_at DESC LIMIT 1`,
    [signalId],
  );
  return r.rows[0]?.id ?? null;
}

export async function insertInvitation(
  q: Queryable,
  i: { itemId: string; organisationId: string; legalBasisId: string; at: Date; by: string },
): Promise<boolean> {
  const r = await q.query(
    `INSERT INTO agenda_item_invitation (item_id, organisation_id, legal_basis_id, invited_at, invited_by)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [i.itemId, i.organisationId, i.legalBasisId, i.at, i.by],
  );
  return r.rowCount > 0;
}

export async function deleteInvitation(
  q: Queryable,
  itemId: string,
  organisationId: string,
): Promise<boolean> {
  const r = await q.query('DELETE FROM agenda_item_invitation WHERE item_id = $1 AND organisation_id = $2', [
    itemId,
    organisationId,
  ]);
  return r.rowCount > 0;
}

// ---------------------------------------------------------------------------------------------------
// Contributions

export interface ContributionRecord {
  readonly id: string;
  readonly itemId: string;
  readonly meetingId: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly authorUserId: string;
  readonly authorName: string;
  readonly legalBasisId: string;
  readonly legalBasisNl: string;
  readonly legalBasisEn: string;
  readonly text: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly version: number;
}

interface ContributionRow {
  id: string;
  item_id: string;
  meeting_id: string;
  organisation_id: string;
  organisation_name: string;
  author_user_id: string;
  author_name: string;
  legal_basis_id: string;
  legal_basis_nl: string;
  legal_basis_en: string;
  text: string;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const CONTRIBUTION_SELECT = `
  SELECT c.id, c.item_id, c.meeting_id, c.organisation_id, o.name AS organisation_name, c.author_user_id,
         c.author_name, c.legal_basis_id, lb.label_nl AS legal_basis_nl, lb.label_en AS legal_basis_en, c.text,
         c.created_at, c.updated_at, c.version
    FROM contribution c
    JOIN organisation o ON o.id = c.organisation_id
    JOIN legal_basis lb ON lb.id = c.legal_basis_id`;

function toContribution(r: ContributionRow): ContributionRecord {
  return {
    id: r.id,
    itemId: r.item_id,
    meetingId: r.meeting_id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    authorUserId: r.author_user_id,
    authorName: r.author_name,
    legalBasisId: r.legal_basis_id,
    legalBasisNl: r.legal_basis_nl,
    legalBasisEn: r.legal_basis_en,
    text: r.text,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export async function listContributions(
  q: Queryable,
  itemIds: readonly string[],
): Promise<ContributionRecord[]> {
  if (itemIds.length === 0) return [];
  const r = await q.query<ContributionRow>(
    `${CONTRIBUTION_SELECT} WHERE c.item_id = ANY($1::uuid[]) ORDER BY c.item_id, c.seq`,
    [itemIds],
  );
  return r.rows.map(toContribution);
}

export async function findContribution(q: Queryable, id: string): Promise<ContributionRecord | null> {
  const r = await q.query<ContributionRow>(`${CONTRIBUTION_SELECT} WHERE c.id = $1`, [id]);
  const row = r.rows[0];
  return row ? toContribution(row) : null;
}

export async function countContributions(q: Queryable, itemId: string): Promise<number> {
  const r = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM contribution WHERE item_id = $1', [
    itemId,
  ]);
  return r.rows[0]?.n ?? 0;
}

export interface NewContribution {
  readonly itemId: string;
  readonly meetingId: string;
  readonly tenantId: string;
  readonly organisationId: string;
  readonly authorUserId: string;
  readonly authorName: string;
  readonly legalBasisId: string;
  readonly text: string;
  readonly at: Date;
}

export async function insertContribution(q: Queryable, c: NewContribution): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO contribution (item_id, meeting_id, tenant_id, organisation_id, author_user_id, author_name,
       legal_basis_id, text, created_at, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $5) RETURNING id`,
    [
      c.itemId,
      c.meetingId,
      c.tenantId,
      c.organisationId,
      c.authorUserId,
      c.authorName,
      c.legalBasisId,
      c.text,
      c.at,
    ],
  );
  return r.rows[0]?.id as string;
}

export async function updateContribution(
  q: Queryable,
  id: string,
  version: number,
  c: { text: string; legalBasisId: string; at: Date; by: string },
): Promise<boolean> {
  const r = await q.query(
    `UPDATE contribution SET text = $3, legal_basis_id = $4, updated_at = $5, updated_by = $6, version = version + 1
      WHERE id = $1 AND version = $2`,
    [id, version, c.text, c.legalBasisId, c.at, c.by],
  );
  return r.rowCount > 0;
}

// ---------------------------------------------------------------------------------------------------
// Decisions

export async function insertDecisionDraft(
  q: Queryable,
  d: {
    itemId: string;
    meetingId: string;
    tenantId: string;
    kind: MeetingType;
    payload: unknown;
    at: Date;
    by: string;
  },
): Promise<boolean> {
  const r = await q.query(
    `INSERT INTO meeting_decision (item_id, meeting_id, tenant_id, kind, payload, drafted_at, drafted_by)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) ON CONFLICT (item_id) DO NOTHING`,
    [d.itemId, d.meetingId, d.tenantId, d.kind, JSON.stringify(d.payload), d.at, d.by],
  );
  return r.rowCount > 0;
}

export async function updateDecisionDraft(
  q: Queryable,
  id: string,
  version: number,
  d: { payload: unknown; at: Date; by: string },
): Promise<boolean> {
  const r = await q.query(
    `UPDATE meeting_decision SET payload = $3::jsonb, drafted_at = $4, drafted_by = $5, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'concept'`,
    [id, version, JSON.stringify(d.payload), d.at, d.by],
  );
  return r.rowCount > 0;
}

export async function deleteDecisionDraft(q: Queryable, id: string, version: number): Promise<boolean> {
  const r = await q.query(
    `DELETE FROM meeting_decision WHERE id = $1 AND version = $2 AND status = 'concept'`,
    [id, version],
  );
  return r.rowCount > 0;
}

export async function recordDecision(
  q: Queryable,
  id: string,
  version: number,
  d: { payload: unknown; outcome: string; casusId: string | null; at: Date; by: string; byName: string },
): Promise<boolean> {
  const r = await q.query(
    `UPDATE meeting_decision SET status = 'vastgesteld', payload = $3::jsonb, outcome = $4, casus_id = $5,
            recorded_at = $6, recorded_by = $7, recorded_by_name = $8, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'concept'`,
    [id, version, JSON.stringify(d.payload), d.outcome, d.casusId, d.at, d.by, d.byName],
  );
  return r.rowCount > 0;
}

// ---------------------------------------------------------------------------------------------------
// Minutes

export async function updateMinutesText(
  q: Queryable,
  meetingId: string,
  version: number,
  generalText: string | null,
): Promise<boolean> {
  const r = await q.query(
    `UPDATE meeting_minutes SET general_text = $3, version = version + 1
      WHERE meeting_id = $1 AND version = $2 AND status = 'concept'`,
    [meetingId, version, generalText],
  );
  return r.rowCount > 0;
}

export async function approveMinutes(
  q: Queryable,
  meetingId: string,
  version: number,
  a: { at: Date; by: string; byName: string },
): Promise<boolean> {
  const r = await q.query(
    `UPDATE meeting_minutes SET status = 'definitief', approved_at = $3, approved_by = $4, approved_by_name = $5,
            version = version + 1
      WHERE meeting_id = $1 AND version = $2 AND status = 'concept'`,
    [meetingId, version, a.at, a.by, a.byName],
  );
  return r.rowCount > 0;
}

// ---------------------------------------------------------------------------------------------------
// Signals and cases that may be put on an agenda (read-only; signals change through the meldpunt's rules)

export interface SignalCandidate {
  readonly id: string;
  readonly reference: string;
  readonly kind: SignalKind;
  readonly status: Status;
  readonly decisionOutcome: DecisionOutcome | null;
  readonly receivedAt: Date;
  readonly summary: string;
  readonly categoryNl: string | null;
  readonly categoryEn: string | null;
  readonly restricted: boolean;
  readonly persons: ReadonlyArray<{ id: string; name: string }>;
}

export async function listSignalCandidates(
  q: Queryable,
  f: {
    tenantId: string;
    kinds: readonly SignalKind[];
    statuses: readonly Status[];
    outcome: DecisionOutcome | null;
    includeRestricted: boolean;
  },
): Promise<SignalCandidate[]> {
  const r = await q.query<{
    id: string;
    reference: string;
    kind: SignalKind;
    status: Status;
    decision_outcome: DecisionOutcome | null;
    received_at: Date;
    summary: string;
    category_nl: string | null;
    category_en: string | null;
    restricted: boolean;
    persons: Array<{ id: string; name: string }> | null;
  }>(
    `SELECT s.id, s.reference, s.kind, s.status, s.decision_outcome, s.received_at, s.summary,
            pc.label_nl AS category_nl, pc.label_en AS category_en, s.restricted,
            CASE WHEN s.kind = 'melding' THEN
              (SELECT json_agg(DISTINCT jsonb_build_object('id', p.id, 'name', p.display_name))
                 FROM signal_subject ss JOIN person p ON p.id = ss.person_id WHERE ss.signal_id = s.id)
            END AS persons
       FROM signal s
       LEFT JOIN phenomenon_category pc ON pc.id = s.category_id
      WHERE s.tenant_id = $1 AND s.kind = ANY($5::text[]) AND s.status = ANY($2::text[])
        AND ($3::text IS NULL OR s.decision_outcome = $3)
        AND ($4::boolean OR NOT s.restricted)
      ORDER BY s.received_at, s.id
      LIMIT 200`,
    [f.tenantId, f.statuses, f.outcome, f.includeRestricted, f.kinds],
  );
  return r.rows.map((s) => ({
    id: s.id,
    reference: s.reference,
    kind: s.kind,
    status: s.status,
    decisionOutcome: s.decision_outcome,
    receivedAt: s.received_at,
    summary: s.summary,
    categoryNl: s.category_nl,
    categoryEn: s.category_en,
    restricted: s.restricted,
    persons: s.persons ?? [],
  }));
}

/** The persons a signal is linked to (confirmed by an officer in the meldpunt). */
export async function signalPersonIds(q: Queryable, signalId: string): Promise<string[]> {
  const r = await q.query<{ person_id: string }>(
    'SELECT DISTINCT person_id FROM signal_subject WHERE signal_id = $1 AND person_id IS NOT NULL',
    [signalId],
  );
  return r.rows.map((x) => x.person_id);
}
