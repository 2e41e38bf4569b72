import type { Participation } from '../domain/casus/participation.js';
import type { CaseSituation, ClosureReason } from '../domain/casus/types.js';
import { CASE_HEAD_COLUMNS, type CaseHead, type CaseHeadRow } from './casussen.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/**
 * The case module's view of a case (casus): what 004 holds plus situation, dates, review and closure;
 * its participants and its timeline. The minimal record the meetings use stays in casussen.ts.
 */

export interface CaseDossier extends CaseHead {
  readonly situation: CaseSituation;
  readonly situationSince: string | null;
  readonly departedOn: string | null;
  readonly returnedOn: string | null;
  readonly deceasedOn: string | null;
  readonly nextReviewOn: string | null;
  readonly regisseurUserId: string | null;
  readonly regisseurName: string | null;
  readonly createdAt: Date;
  readonly closedAt: Date | null;
  readonly closureReason: ClosureReason | null;
  readonly closureNote: string | null;
  readonly version: number;
}

export interface DossierRow extends CaseHeadRow {
  situation: CaseSituation;
  situation_since: string | null;
  departed_on: string | null;
  returned_on: string | null;
  deceased_on: string | null;
  next_review_on: string | null;
  regisseur_user_id: string | null;
  regisseur_name: string | null;
  created_at: Date;
  closed_at: Date | null;
  closure_reason: ClosureReason | null;
  closure_note: string | null;
  version: number;
}

/** A dossier's columns from casus c, its person p and its regisseur u (also the case list's). */
export const DOSSIER_SELECT = `SELECT ${CASE_HEAD_COLUMNS},
  c.situation, c.situation_since::text AS situation_since, c.departed_on::text AS departed_on,
  c.returned_on::text AS returned_on, c.deceased_on::text AS deceased_on,
  c.next_review_on::text AS next_review_on, c.regisseur_user_id, u.display_name AS regisseur_name,
  c.created_at, c.closed_at, c.closure_reason, c.closure_note, c.version
  FROM casus c JOIN person p ON p.id = c.person_id LEFT JOIN app_user u ON u.id = c.regisseur_user_id`;

/**
 * Written out field by field rather than spreading toCaseHead (a spread object made the case list about a
 * quarter slower when it mapped hundreds of dossiers per request).
 */
export function toDossier(r: DossierRow): CaseDossier {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    personId: r.person_id,
    personName: r.person_name,
    reference: r.reference,
    phase: r.phase,
    situation: r.situation,
    situationSince: r.situation_since,
    departedOn: r.departed_on,
    returnedOn: r.returned_on,
    deceasedOn: r.deceased_on,
    nextReviewOn: r.next_review_on,
    regisseurUserId: r.regisseur_user_id,
    regisseurName: r.regisseur_name,
    createdAt: r.created_at,
    closedAt: r.closed_at,
    closureReason: r.closure_reason,
    closureNote: r.closure_note,
    version: r.version,
  };
}

export async function findDossier(q: Queryable, id: string): Promise<CaseDossier | null> {
  const r = await q.query<DossierRow>(`${DOSSIER_SELECT} WHERE c.id = $1`, [id]);
  return firstOrNull(r, toDossier);
}

// -------------------------------------------------------------------------------------------------
// Participants

export interface ParticipantRecord extends Participation {
  readonly id: string;
  readonly casusId: string;
  readonly organisationName: string;
  readonly userName: string | null;
  readonly leftReason: string | null;
}

interface ParticipantRow {
  id: string;
  casus_id: string;
  organisation_id: string;
  organisation_name: string;
  user_id: string | null;
  user_name: string | null;
  role: string;
  joined_at: Date;
  left_at: Date | null;
  left_reason: string | null;
}

export async function listParticipants(
  q: Queryable,
  casusIds: readonly string[],
): Promise<ParticipantRecord[]> {
  if (casusIds.length === 0) return [];
  const r = await q.query<ParticipantRow>(
    `SELECT cp.id, cp.casus_id, cp.organisation_id, o.name AS organisation_name, cp.user_id,
       u.display_name AS user_name, cp.role, cp.joined_at, cp.left_at, cp.left_reason
     FROM casus_participant cp JOIN organisation o ON o.id = cp.organisation_id
     LEFT JOIN app_user u ON u.id = cp.user_id
     WHERE cp.casus_id = ANY($1::uuid[]) ORDER BY cp.joined_at, o.name`,
    [casusIds],
  );
  return r.rows.map((p) => ({
    id: p.id,
    casusId: p.casus_id,
    organisationId: p.organisation_id,
    organisationName: p.organisation_name,
    userId: p.user_id,
    userName: p.user_name,
    role: p.role,
    joinedAt: p.joined_at,
    leftAt: p.left_at,
    leftReason: p.left_reason,
  }));
}

export interface NewParticipant {
  readonly casusId: string;
  readonly organisationId: string;
  readonly userId: string | null;
  readonly role: string;
  readonly joinedAt: Date;
  readonly addedBy: string;
}

/** Adds a participant; null when the same organisation (and person) already takes part. */
export async function insertParticipant(q: Queryable, p: NewParticipant): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO casus_participant (casus_id, organisation_id, user_id, role, joined_at, added_by)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (casus_id, organisation_id, user_id) WHERE left_at IS NULL DO NOTHING
     RETURNING id`,
    [p.casusId, p.organisationId, p.userId, p.role, p.joinedAt, p.addedBy],
  );
  return r.rows[0]?.id ?? null;
}

/** Ends a participation at once; false when it had already ended. */
export async function endParticipant(
  q: Queryable,
  id: string,
  at: Date,
  by: string,
  reason: string | null,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE casus_participant SET left_at = $2, left_by = $3, left_reason = $4
     WHERE id = $1 AND left_at IS NULL`,
    [id, at, by, reason],
  );
}

/** On closure every participation ends. */
export async function endAllParticipants(q: Queryable, casusId: string, at: Date, by: string): Promise<void> {
  await q.query(
    `UPDATE casus_participant SET left_at = $2, left_by = $3, left_reason = 'casus afgesloten'
     WHERE casus_id = $1 AND left_at IS NULL`,
    [casusId, at, by],
  );
}

// -------------------------------------------------------------------------------------------------
// Changes to the case itself (all versioned)

export interface SituationChange {
  readonly situation: CaseSituation;
  readonly since: string;
  readonly departedOn: string | null;
  readonly returnedOn: string | null;
  readonly deceasedOn: string | null;
}

export async function updateSituation(
  q: Queryable,
  id: string,
  version: number,
  s: SituationChange,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE casus SET situation = $3, situation_since = $4, departed_on = $5, returned_on = $6, deceased_on = $7,
       version = version + 1
     WHERE id = $1 AND version = $2`,
    [id, version, s.situation, s.since, s.departedOn, s.returnedOn, s.deceasedOn],
  );
}

export async function updateNextReview(
  q: Queryable,
  id: string,
  version: number,
  on: string,
): Promise<boolean> {
  return affectsRows(
    q,
    'UPDATE casus SET next_review_on = $3, version = version + 1 WHERE id = $1 AND version = $2',
    [id, version, on],
  );
}

export async function closeDossier(
  q: Queryable,
  id: string,
  version: number,
  at: Date,
  reason: ClosureReason,
  note: string | null,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE casus SET phase = 'afgesloten', closed_at = $3, closure_reason = $4, closure_note = $5,
       version = version + 1
     WHERE id = $1 AND version = $2 AND phase <> 'afgesloten'`,
    [id, version, at, reason, note],
  );
}

// -------------------------------------------------------------------------------------------------
// Timeline

export interface CaseEvent {
  readonly id: string;
  readonly at: Date;
  readonly actorName: string | null;
  readonly actorOrganisationName: string | null;
  readonly kind: string;
  readonly fromValue: string | null;
  readonly toValue: string | null;
  readonly reason: string | null;
  readonly occurredOn: string | null;
  readonly subjectId: string | null;
}

export interface NewCaseEvent {
  readonly casusId: string;
  readonly at: Date;
  readonly actorUserId: string;
  readonly actorOrganisationId: string;
  readonly kind: string;
  readonly fromValue?: string | null;
  readonly toValue?: string | null;
  readonly reason?: string | null;
  readonly occurredOn?: string | null;
  readonly subjectId?: string | null;
}

export async function insertEvent(q: Queryable, e: NewCaseEvent): Promise<void> {
  await q.query(
    `INSERT INTO casus_event (casus_id, at, actor_user_id, actor_organisation_id, kind, from_value, to_value,
       reason, occurred_on, subject_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      e.casusId,
      e.at,
      e.actorUserId,
      e.actorOrganisationId,
      e.kind,
      e.fromValue ?? null,
      e.toValue ?? null,
      e.reason ?? null,
      e.occurredOn ?? null,
      e.subjectId ?? null,
    ],
  );
}

/**
 * The timeline, newest first: the recorded events, the opening of the case and the meeting decisions
 * about it (whose content stays in the meeting, under its own need to know).
 */
export async function listEvents(q: Queryable, casusId: string): Promise<CaseEvent[]> {
  const r = await q.query<{
    id: string;
    at: Date;
    seq: number;
    actor_name: string | null;
    actor_organisation_name: string | null;
    kind: string;
    from_value: string | null;
    to_value: string | null;
    reason: string | null;
    occurred_on: string | null;
    subject_id: string | null;
  }>(
    `SELECT * FROM (
       SELECT e.id, e.at, e.seq, u.display_name AS actor_name, o.name AS actor_organisation_name, e.kind,
         e.from_value, e.to_value, e.reason, e.occurred_on::text AS occurred_on, e.subject_id
       FROM casus_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
       LEFT JOIN organisation o ON o.id = e.actor_organisation_id
       WHERE e.casus_id = $1
       UNION ALL
       -- The opening of the case, and the recorded meeting decisions about it (kind and outcome only).
       SELECT c.id, c.created_at, -1, NULL, NULL, 'geopend', NULL, c.reference, NULL, NULL,
         c.opened_from_decision_id
       FROM casus c WHERE c.id = $1
       UNION ALL
       SELECT d.id, d.recorded_at, -2, d.recorded_by_name, NULL, 'overleg_besluit', d.kind, d.outcome, NULL, NULL,
         d.meeting_id
       FROM meeting_decision d WHERE d.casus_id = $1 AND d.status = 'vastgesteld'
     ) t ORDER BY at DESC, seq DESC LIMIT 500`,
    [casusId],
  );
  return r.rows.map((e) => ({
    id: e.id,
    at: e.at,
    actorName: e.actor_name,
    actorOrganisationName: e.actor_organisation_name,
    kind: e.kind,
    fromValue: e.from_value,
    toValue: e.to_value,
    reason: e.reason,
    occurredOn: e.occurred_on,
    subjectId: e.subject_id,
  }));
}
