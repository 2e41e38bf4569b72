import type { EmergencyGrant } from '../domain/privacy/break-glass.js';
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
  readonly grantedAt: Date;
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
  granted_at: Date;
  expires_at: Date;
  ended_at: Date | null;
  review_judgement: string | null;
  review_justified: boolean | null;
  reviewed_at: Date | null;
  reviewed_by_name: string | null;
  version: number;
}

const SELECT = `SELECT g.id, g.tenant_id, g.casus_id, c.reference AS casus_reference, g.user_id,
    u.display_name AS user_name, g.membership_id, o.name AS organisation_name, m.role, g.reason, g.granted_at,
    g.expires_at, g.ended_at, g.review_judgement, g.review_justified, g.reviewed_at, g.reviewed_by_name, g.version
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
    grantedAt: r.granted_at,
    expiresAt: r.expires_at,
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
    expires_at: Date;
    ended_at: Date | null;
  }>(
    `SELECT user_id, membership_id, expires_at, ended_at FROM break_glass_grant
      WHERE casus_id = $1 AND user_id = $2 AND ended_at IS NULL`,
    [casusId, userId],
  );
  return r.rows.map((g) => ({
    userId: g.user_id,
    membershipId: g.membership_id,
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
  readonly grantedAt: Date;
  readonly expiresAt: Date;
}

export async function insertGrant(q: Queryable, g: NewGrant): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO break_glass_grant (tenant_id, casus_id, user_id, membership_id, reason, granted_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [g.tenantId, g.casusId, g.userId, g.membershipId, g.reason, g.grantedAt, g.expiresAt],
  );
  return (r.rows[0] as { id: string }).id;
}

/** The active grants of one user in one membership: the banner on every page. */
export async function activeGrantsOf(
  q: Queryable,
  userId: string,
  membershipId: string,
  now: Date,
): Promise<GrantRecord[]> {
  const r = await q.query<Row>(
    `${SELECT} WHERE g.user_id = $1 AND g.membership_id = $2 AND g.ended_at IS NULL AND g.expires_at > $3
      ORDER BY g.expires_at`,
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
    `${SELECT} WHERE g.tenant_id = $1 ORDER BY (g.reviewed_at IS NULL) DESC, g.granted_at DESC LIMIT $2`,
    [tenantId, limit],
  );
  return r.rows.map(toRecord);
}

export async function countOpenReviews(q: Queryable, tenantId: string): Promise<number> {
  const r = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM break_glass_grant WHERE tenant_id = $1 AND reviewed_at IS NULL',
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
      WHERE id = $1 AND user_id = $2 AND ended_at IS NULL AND expires_at > $3`,
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

/** A case of the tenant by its reference (C-2026-0001), for a request of someone who cannot see it. */
export async function findCasusByReference(
  q: Queryable,
  tenantId: string,
  reference: string,
): Promise<{ id: string; personId: string } | null> {
  const r = await q.query<{ id: string; person_id: string }>(
    'SELECT id, person_id FROM casus WHERE tenant_id = $1 AND reference = $2',
    [tenantId, reference],
  );
  const row = r.rows[0];
  return row ? { id: row.id, personId: row.person_id } : null;
}
