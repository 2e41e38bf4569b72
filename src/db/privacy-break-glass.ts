import type { Participation } from '../domain/casus/participation.js';
import type { CasePhase } from '../domain/casus/types.js';
import type { EmergencyGrant, GrantEvent, GrantStatus } from '../domain/privacy/break-glass.js';
import type { Queryable } from './database.js';

/** Break-the-glass grants: emergency access to one case, and the privacy officer's review of it. */

export interface GrantRecord extends EmergencyGrant {
  readonly id: string;
  readonly tenantId: string;
  readonly casusId: string;
  readonly casusReference: string | null;
  readonly userName: string;
  readonly organisationName: string;
  readonly role: string;
  readonly reason: string;
  readonly requestedAt: Date;
  readonly pendingUntil: Date | null;
  readonly grantedAt: Date | null;
  readonly decidedAt: Date | null;
  readonly decidedByName: string | null;
  readonly decisionReason: string | null;
  readonly regisseurUserId: string | null;
  readonly reviewJudgement: string | null;
  readonly reviewJustified: boolean | null;
  readonly reviewedAt: Date | null;
  readonly reviewedByName: string | null;
  readonly version: number;
}

interface Row {
  id: string;
  tenant_id: string;
  casus_id: string;
  casus_reference: string | null;
  user_id: string;
  user_name: string;
  membership_id: string;
  organisation_name: string;
  role: string;
  reason: string;
  status: GrantStatus;
  requested_at: Date;
  pending_until: Date | null;
  granted_at: Date | null;
  expires_at: Date | null;
  decided_at: Date | null;
  decided_by_name: string | null;
  decision_reason: string | null;
  regisseur_user_id: string | null;
  ended_at: Date | null;
  review_judgement: string | null;
  review_justified: boolean | null;
  reviewed_at: Date | null;
  reviewed_by_name: string | null;
  version: number;
}

const SELECT = `SELECT g.id, g.tenant_id, g.casus_id, c.reference AS casus_reference, g.user_id,
    u.display_name AS user_name, g.membership_id, o.name AS organisation_name, m.role, g.reason, g.status,
    g.requested_at, g.pending_until, g.granted_at, g.expires_at, g.decided_at, g.decided_by_name, g.decision_reason,
    c.regisseur_user_id, g.ended_at, g.review_judgement, g.review_justified, g.reviewed_at, g.reviewed_by_name, g.version
  FROM break_glass_grant g
  JOIN app_user u ON u.id = g.user_id
  JOIN membership m ON m.id = g.membership_id
  JOIN organisation o ON o.id = m.organisation_id
  LEFT JOIN casus c ON c.id = g.casus_id`;

function toRecord(r: Row): GrantRecord {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    casusId: r.casus_id,
    casusReference: r.casus_reference,
    userId: r.user_id,
    userName: r.user_name,
    membershipId: r.membership_id,
    organisationName: r.organisation_name,
    role: r.role,
    reason: r.reason,
    status: r.status,
    requestedAt: r.requested_at,
    pendingUntil: r.pending_until,
    grantedAt: r.granted_at,
    expiresAt: r.expires_at,
    decidedAt: r.decided_at,
    decidedByName: r.decided_by_name,
    decisionReason: r.decision_reason,
    regisseurUserId: r.regisseur_user_id,
    endedAt: r.ended_at,
    reviewJudgement: r.review_judgement,
    reviewJustified: r.review_justified,
    reviewedAt: r.reviewed_at,
    reviewedByName: r.reviewed_by_name,
    version: Number(r.version),
  };
}

/** The grants of one user for one case (the access rule decides which of them is active now). */
export async function emergencyGrantsFor(
  q: Queryable,
  casusId: string,
  userId: string,
): Promise<EmergencyGrant[]> {
  const r = await q.query<{
    user_id: string;
    membership_id: string;
    status: GrantStatus;
    expires_at: Date | null;
    ended_at: Date | null;
  }>(
    `SELECT user_id, membership_id, status, expires_at, ended_at FROM break_glass_grant
      WHERE casus_id = $1 AND user_id = $2 AND status = 'granted' AND ended_at IS NULL`,
    [casusId, userId],
  );
  return r.rows.map((g) => ({
    userId: g.user_id,
    membershipId: g.membership_id,
    status: g.status,
    expiresAt: g.expires_at,
    endedAt: g.ended_at,
  }));
}

export interface NewGrant {
  readonly tenantId: string;
  readonly casusId: string;
  readonly userId: string;
  readonly membershipId: string;
  readonly reason: string;
  readonly requestedAt: Date;
  /** Granted at once: its end; four-eyes: null, and `pendingUntil` is set. */
  readonly expiresAt: Date | null;
  readonly pendingUntil: Date | null;
}

export async function insertGrant(q: Queryable, g: NewGrant): Promise<string> {
  const granted = g.expiresAt !== null;
  const r = await q.query<{ id: string }>(
    `INSERT INTO break_glass_grant (tenant_id, casus_id, user_id, membership_id, reason, status, requested_at,
       pending_until, granted_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      g.tenantId,
      g.casusId,
      g.userId,
      g.membershipId,
      g.reason,
      granted ? 'granted' : 'pending',
      g.requestedAt,
      granted ? null : g.pendingUntil,
      granted ? g.requestedAt : null,
      g.expiresAt,
    ],
  );
  return (r.rows[0] as { id: string }).id;
}

/**
 * Serialises the break-the-glass requests of one user until the transaction ends, so two requests at the
 * same moment cannot both pass the bounds.
 */
export async function lockUserRequests(q: Queryable, userId: string): Promise<void> {
  await q.query("SELECT pg_advisory_xact_lock(hashtextextended('noodtoegang:' || $1, 0))", [userId]);
}

/**
 * The bounds of one user now: open grants (active or waiting) and requests since `since` (30 days, longer than
 * any grant or wait can last, so every open grant is among them).
 */
export async function boundsOf(
  q: Queryable,
  userId: string,
  now: Date,
  since: Date,
): Promise<{ openGrants: number; requestsInWindow: number }> {
  const r = await q.query<{ open: number; recent: number }>(
    `SELECT
       count(*) FILTER (WHERE ended_at IS NULL AND (
         (status = 'granted' AND expires_at > $2) OR (status = 'pending' AND pending_until > $2)))::int AS open,
       count(*)::int AS recent
       FROM break_glass_grant WHERE user_id = $1 AND requested_at > $3`,
    [userId, now, since],
  );
  return { openGrants: Number(r.rows[0]?.open ?? 0), requestsInWindow: Number(r.rows[0]?.recent ?? 0) };
}

/** Approves (the time starts now) or refuses a waiting request, when it still waits; false otherwise. */
export async function decideGrant(
  q: Queryable,
  id: string,
  version: number,
  d: {
    approve: boolean;
    reason: string;
    at: Date;
    by: string;
    byName: string;
    expiresAt: Date;
  },
): Promise<boolean> {
  const res = await q.query(
    `UPDATE break_glass_grant
        SET status = CASE WHEN $3 THEN 'granted' ELSE 'refused' END,
            granted_at = CASE WHEN $3 THEN $5::timestamptz END,
            expires_at = CASE WHEN $3 THEN $8::timestamptz END,
            decided_at = $5, decided_by = $6, decided_by_name = $7, decision_reason = $4, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'pending' AND ended_at IS NULL AND pending_until > $5`,
    [id, version, d.approve, d.reason, d.at, d.by, d.byName, d.expiresAt],
  );
  return res.rowCount > 0;
}

/** The waiting requests of a tenant (not yet lapsed), oldest first. */
export async function pendingGrants(q: Queryable, tenantId: string, now: Date): Promise<GrantRecord[]> {
  const r = await q.query<Row>(
    `${SELECT} WHERE g.tenant_id = $1 AND g.status = 'pending' AND g.ended_at IS NULL AND g.pending_until > $2
      ORDER BY g.requested_at`,
    [tenantId, now],
  );
  return r.rows.map(toRecord);
}

/** The requests of one user since a moment, newest first: the requester sees what came of them. */
export async function requestsOf(q: Queryable, userId: string, since: Date): Promise<GrantRecord[]> {
  const r = await q.query<Row>(
    `${SELECT} WHERE g.user_id = $1 AND g.requested_at > $2 ORDER BY g.requested_at DESC`,
    [userId, since],
  );
  return r.rows.map(toRecord);
}

/** When each user of a tenant asked for emergency access since a moment (the dashboard's unusual use). */
export async function requestEventsSince(q: Queryable, tenantId: string, since: Date): Promise<GrantEvent[]> {
  const r = await q.query<{ user_id: string; requested_at: Date }>(
    'SELECT user_id, requested_at FROM break_glass_grant WHERE tenant_id = $1 AND requested_at > $2',
    [tenantId, since],
  );
  return r.rows.map((x) => ({ userId: x.user_id, at: x.requested_at }));
}

/** The open grants of one user in one membership (active, or waiting for approval): the banner on every page. */
export async function activeGrantsOf(
  q: Queryable,
  userId: string,
  membershipId: string,
  now: Date,
): Promise<GrantRecord[]> {
  const r = await q.query<Row>(
    `${SELECT} WHERE g.user_id = $1 AND g.membership_id = $2 AND g.ended_at IS NULL
        AND ((g.status = 'granted' AND g.expires_at > $3) OR (g.status = 'pending' AND g.pending_until > $3))
      ORDER BY g.requested_at`,
    [userId, membershipId, now],
  );
  return r.rows.map(toRecord);
}

export async function findGrant(q: Queryable, id: string): Promise<GrantRecord | null> {
  const r = await q.query<Row>(`${SELECT} WHERE g.id = $1`, [id]);
  return r.rows[0] ? toRecord(r.rows[0]) : null;
}

/** The grants of a tenant, those still to be reviewed first, then newest first. */
export async function listGrants(q: Queryable, tenantId: string, limit: number): Promise<GrantRecord[]> {
  const r = await q.query<Row>(
    `${SELECT} WHERE g.tenant_id = $1 ORDER BY (g.reviewed_at IS NULL) DESC, g.requested_at DESC LIMIT $2`,
    [tenantId, limit],
  );
  return r.rows.map(toRecord);
}

export async function countOpenReviews(q: Queryable, tenantId: string): Promise<number> {
  const r = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM break_glass_grant
      WHERE tenant_id = $1 AND reviewed_at IS NULL AND status = 'granted'`,
    [tenantId],
  );
  return Number(r.rows[0]?.n ?? 0);
}

export interface Review {
  readonly judgement: string;
  readonly justified: boolean;
  readonly at: Date;
  readonly by: string;
  readonly byName: string;
}

/** Records the review when the version matches; false when someone else reviewed or changed it first. */
export async function reviewGrant(q: Queryable, id: string, version: number, r: Review): Promise<boolean> {
  const res = await q.query(
    `UPDATE break_glass_grant SET review_judgement = $3, review_justified = $4, reviewed_at = $5, reviewed_by = $6,
       reviewed_by_name = $7, version = version + 1
      WHERE id = $1 AND version = $2 AND reviewed_at IS NULL`,
    [id, version, r.judgement, r.justified, r.at, r.by, r.byName],
  );
  return res.rowCount > 0;
}

/** The user gives the access back before its time is up. */
export async function endGrant(q: Queryable, id: string, userId: string, at: Date): Promise<boolean> {
  const res = await q.query(
    `UPDATE break_glass_grant SET ended_at = $3, version = version + 1
      WHERE id = $1 AND user_id = $2 AND ended_at IS NULL
        AND ((status = 'granted' AND expires_at > $3) OR (status = 'pending' AND pending_until > $3))`,
    [id, userId, at],
  );
  return res.rowCount > 0;
}

/** The privacy officers of a tenant who are to be told (active memberships, users not disabled). */
export async function privacyOfficersOf(q: Queryable, tenantId: string): Promise<string[]> {
  const r = await q.query<{ user_id: string }>(
    `SELECT DISTINCT m.user_id FROM membership m
       JOIN organisation o ON o.id = m.organisation_id
       JOIN app_user u ON u.id = m.user_id
      WHERE o.tenant_id = $1 AND m.role = 'privacy_officer' AND m.ended_at IS NULL AND u.disabled_at IS NULL`,
    [tenantId],
  );
  return r.rows.map((x) => x.user_id);
}

/** The aandachtsfunctionarissen of the municipality itself (active, not disabled). */
export async function officersOf(q: Queryable, tenantId: string): Promise<string[]> {
  const r = await q.query<{ user_id: string }>(
    `SELECT DISTINCT m.user_id FROM membership m JOIN app_user u ON u.id = m.user_id
      WHERE m.organisation_id = $1 AND m.role = 'aandachtsfunctionaris' AND m.ended_at IS NULL
        AND u.disabled_at IS NULL`,
    [tenantId],
  );
  return r.rows.map((x) => x.user_id);
}

export interface CaseLookup {
  readonly casus: {
    readonly id: string;
    readonly tenantId: string;
    readonly personId: string;
    readonly phase: CasePhase;
    readonly regisseurUserId: string | null;
  } | null;
  readonly handedOver: boolean;
  readonly standingMember: boolean;
  readonly participations: readonly Participation[];
}

/**
 * Everything the break-the-glass rule needs, in one statement that runs the same way whether the reference
 * exists or not (one row always, from a constant joined to the case): the case of the tenant with this
 * reference, whether the tenant handed a case with it over, whether the organisation is a standing member of
 * the tenant's signaleringsoverleg or casusoverleg (a member of such a series, or of such a meeting of the
 * last year that was not cancelled), and every participation in the case, ended ones too.
 */
export async function breakGlassLookup(
  q: Queryable,
  tenantId: string,
  reference: string,
  organisationId: string,
  now: Date,
): Promise<CaseLookup> {
  const r = await q.query<{
    id: string | null;
    tenant_id: string | null;
    person_id: string | null;
    phase: CasePhase | null;
    regisseur_user_id: string | null;
    handed_over: boolean;
    standing_member: boolean;
    participations: Array<{
      organisation_id: string;
      user_id: string | null;
      role: string;
      joined_at: string;
      left_at: string | null;
    }> | null;
  }>(
    `SELECT c.id, c.tenant_id, c.person_id, c.phase, c.regisseur_user_id,
       EXISTS (SELECT 1 FROM casus_handover h WHERE h.from_tenant_id = $1 AND h.from_reference = $2) AS handed_over,
       (EXISTS (SELECT 1 FROM meeting_series s JOIN meeting_series_member sm ON sm.series_id = s.id
                 WHERE s.tenant_id = $1 AND s.type IN ('signaleringsoverleg', 'casusoverleg')
                   AND sm.organisation_id = $3)
        OR EXISTS (SELECT 1 FROM meeting mt JOIN meeting_member mm ON mm.meeting_id = mt.id
                    WHERE mt.tenant_id = $1 AND mt.type IN ('signaleringsoverleg', 'casusoverleg')
                      AND mt.status <> 'geannuleerd' AND mt.starts_at > $4::timestamptz - interval '365 days'
                      AND mm.organisation_id = $3)) AS standing_member,
       (SELECT json_agg(json_build_object('organisation_id', p.organisation_id, 'user_id', p.user_id,
                 'role', p.role, 'joined_at', p.joined_at, 'left_at', p.left_at))
          FROM casus_participant p WHERE p.casus_id = c.id) AS participations
       FROM (VALUES (1)) AS one (x)
       LEFT JOIN casus c ON c.tenant_id = $1 AND c.reference = $2`,
    [tenantId, reference, organisationId, now],
  );
  const row = r.rows[0];
  const casus =
    row?.id && row.tenant_id && row.person_id && row.phase
      ? {
          id: row.id,
          tenantId: row.tenant_id,
          personId: row.person_id,
          phase: row.phase,
          regisseurUserId: row.regisseur_user_id,
        }
      : null;
  return {
    casus,
    handedOver: row?.handed_over === true,
    standingMember: row?.standing_member === true,
    participations: (row?.participations ?? []).map((p) => ({
      organisationId: p.organisation_id,
      userId: p.user_id,
      role: p.role,
      joinedAt: new Date(p.joined_at),
      leftAt: p.left_at ? new Date(p.left_at) : null,
    })),
  };
}
