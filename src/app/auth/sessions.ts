import { createHash, randomBytes } from 'node:crypto';
import { recordAccess } from '../../db/access-log.js';
import type { Database, Queryable } from '../../db/database.js';
import { endSession, findSession, insertSession, touchSession } from '../../db/sessions.js';
import type { Actor } from '../../domain/access/roles.js';
import {
  absoluteExpiry,
  needsTouch,
  type SessionLimits,
  sessionState,
} from '../../domain/auth/session-rules.js';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface StartedSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/**
 * Starts a session for a user who has just proven who they are, in the first active membership
 * (or the one asked for). Always a new session id, so a session cannot be fixated before sign-in.
 */
export async function startSession(
  q: Queryable,
  input: {
    userId: string;
    authMethod: Actor['authMethod'];
    clientIp: string | null;
    requestId: string;
    now: Date;
    limits: SessionLimits;
  },
): Promise<StartedSession | null> {
  const m = await q.query<{ id: string; organisation_id: string; role: string; tenant_id: string }>(
    `SELECT m.id, m.organisation_id, m.role, o.tenant_id
       FROM membership m JOIN organisation o ON o.id = m.organisation_id
      WHERE m.user_id = $1 AND m.ended_at IS NULL
      ORDER BY m.created_at, m.id LIMIT 1`,
    [input.userId],
  );
  const membership = m.rows[0];
  if (!membership) return null;
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = absoluteExpiry(input.now, input.limits);
  await insertSession(q, {
    idHash: hashToken(token),
    userId: input.userId,
    membershipId: membership.id,
    authMethod: input.authMethod,
    csrfToken,
    now: input.now,
    expiresAt,
    clientIp: input.clientIp,
  });
  await recordAccess(q, input.now, {
    tenantId: membership.tenant_id,
    actorUserId: input.userId,
    actorOrganisationId: membership.organisation_id,
    actorRole: membership.role,
    action: 'sign_in',
    objectType: 'session',
    purpose: input.authMethod,
    result: 'ok',
    clientIp: input.clientIp,
    requestId: input.requestId,
  });
  return { token, csrfToken, expiresAt };
}

export type ResolvedSession =
  | { readonly state: 'active'; readonly actor: Actor; readonly csrfToken: string; readonly expiresAt: Date }
  | { readonly state: 'none' | 'ended' | 'idle-timeout' | 'absolute-timeout' | 'disabled' };

/** Finds the session behind a cookie token and applies the timeouts; ends a timed-out session for good. */
export async function resolveSession(
  db: Database,
  token: string | undefined,
  limits: SessionLimits,
  now: Date,
): Promise<ResolvedSession> {
  if (!token || token.length > 100) return { state: 'none' };
  const idHash = hashToken(token);
  const s = await findSession(db, idHash);
  if (!s) return { state: 'none' };
  const state = sessionState(s, limits, now);
  if (state !== 'active') {
    if (state !== 'ended') await endSession(db, idHash, now, state);
    return { state };
  }
  if (s.userDisabled || s.membershipEnded) {
    await endSession(db, idHash, now, s.userDisabled ? 'user-disabled' : 'membership-ended');
    return { state: 'disabled' };
  }
  if (needsTouch(s, now)) await touchSession(db, idHash, now);
  return { state: 'active', actor: s.actor, csrfToken: s.csrfToken, expiresAt: s.expiresAt };
}
