import type { Actor, OrganisationKind, Role } from '../domain/access/roles.js';
import { affectsRows, type Queryable } from './database.js';

export interface SessionRow {
  readonly idHash: string;
  readonly csrfToken: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
  readonly endedAt: Date | null;
  readonly userDisabled: boolean;
  readonly membershipEnded: boolean;
  readonly actor: Actor;
}

interface Row {
  id_hash: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ended_at: Date | null;
  auth_method: Actor['authMethod'];
  user_id: string;
  display_name: string;
  disabled_at: Date | null;
  membership_id: string;
  membership_ended_at: Date | null;
  role: Role;
  organisation_id: string;
  organisation_name: string;
  organisation_kind: OrganisationKind;
  tenant_id: string;
}

/** One statement per request: the session with its user, membership and organisation. */
export async function findSession(q: Queryable, idHash: string): Promise<SessionRow | null> {
  const r = await q.query<Row>(
    `SELECT s.id_hash, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at, s.ended_at, s.auth_method,
            u.id AS user_id, u.display_name, u.disabled_at,
            m.id AS membership_id, m.ended_at AS membership_ended_at, m.role,
            o.id AS organisation_id, o.name AS organisation_name, o.kind AS organisation_kind, o.tenant_id
       FROM session s
       JOIN app_user u ON u.id = s.user_id
       JOIN membership m ON m.id = s.membership_id
       JOIN organisation o ON o.id = m.organisation_id
      WHERE s.id_hash = $1`,
    [idHash],
  );
  const row = r.rows[0];
  if (!row) return null;
  return {
    idHash: row.id_hash,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    endedAt: row.ended_at,
    userDisabled: row.disabled_at !== null,
    membershipEnded: row.membership_ended_at !== null,
    actor: {
      userId: row.user_id,
      displayName: row.display_name,
      membershipId: row.membership_id,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      organisationKind: row.organisation_kind,
      role: row.role,
      tenantId: row.tenant_id,
      sessionId: row.id_hash.slice(0, 16),
      authMethod: row.auth_method,
    },
  };
}

export async function insertSession(
  q: Queryable,
  s: {
    idHash: string;
    userId: string;
    membershipId: string;
    authMethod: Actor['authMethod'];
    csrfToken: string;
    now: Date;
    expiresAt: Date;
    clientIp: string | null;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO session (id_hash, user_id, membership_id, auth_method, csrf_token, created_at, last_seen_at,
                          expires_at, client_ip)
     VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8)`,
    [s.idHash, s.userId, s.membershipId, s.authMethod, s.csrfToken, s.now, s.expiresAt, s.clientIp],
  );
}

export async function touchSession(q: Queryable, idHash: string, now: Date): Promise<void> {
  await q.query('UPDATE session SET last_seen_at = $2 WHERE id_hash = $1 AND ended_at IS NULL', [
    idHash,
    now,
  ]);
}

export async function endSession(q: Queryable, idHash: string, now: Date, reason: string): Promise<boolean> {
  return affectsRows(
    q,
    'UPDATE session SET ended_at = $2, end_reason = $3 WHERE id_hash = $1 AND ended_at IS NULL',
    [idHash, now, reason],
  );
}

export async function endSessionsOfUser(
  q: Queryable,
  userId: string,
  now: Date,
  reason: string,
): Promise<number> {
  const r = await q.query(
    'UPDATE session SET ended_at = $2, end_reason = $3 WHERE user_id = $1 AND ended_at IS NULL',
    [userId, now, reason],
  );
  return r.rowCount;
}

export async function setSessionMembership(
  q: Queryable,
  idHash: string,
  membershipId: string,
): Promise<void> {
  await q.query('UPDATE session SET membership_id = $2 WHERE id_hash = $1', [idHash, membershipId]);
}
