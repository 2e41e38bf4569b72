import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuditEntry, AuditFn, Ctx } from '../app/overleg/results.js';
import { type AccessRecord, recordAccess, recordAccesses } from '../db/access-log.js';
import type { Queryable } from '../db/database.js';
import type { PolicyKey } from '../domain/access/policy.js';
import type { Actor } from '../domain/access/roles.js';
import type { ServerDeps } from './deps.js';
import { problems } from './problem.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The access rule of this route; every route must have one (checked at start-up). */
    access?: PolicyKey;
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    sessionExpiresAt: Date | null;
    /**
     * Regional cooperation: the municipality whose signal a region's meldpunt works in this request (set before
     * the handler, src/server/routes/meldingen.ts); every entry of the request is then logged in that
     * municipality's log with it as on_behalf_of, the actor's organisation being the region.
     */
    onBehalfOf?: string | null;
  }
}

export const SESSION_COOKIE = '__Host-duiden-session';
export const CSRF_COOKIE = '__Host-duiden-csrf';

/** The signed-in actor; the route's access rule has already made sure there is one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw problems.unauthenticated();
  return request.actor;
}

export type AuditInput = Omit<
  AccessRecord,
  'actorUserId' | 'actorOrganisationId' | 'actorRole' | 'clientIp' | 'requestId'
>;

/** An access-log entry for this request, filled with who, from where and which request. */
export function auditRecord(request: FastifyRequest, input: AuditInput): AccessRecord {
  const a = request.actor;
  return {
    tenantId: a?.tenantId ?? null,
    actorUserId: a?.userId ?? null,
    actorOrganisationId: a?.organisationId ?? null,
    actorRole: a?.role ?? null,
    clientIp: request.ip,
    requestId: request.id,
    ...(request.onBehalfOf ? { tenantId: request.onBehalfOf, onBehalfOf: request.onBehalfOf } : {}),
    ...input,
  };
}

/**
 * Writes the entry (or entries, with one statement) in the given transaction, or on its own when q is the
 * database.
 */
export function audit(
  q: Queryable,
  now: Date,
  request: FastifyRequest,
  input: AuditInput | readonly AuditInput[],
): Promise<void> {
  if (isList(input))
    return recordAccesses(
      q,
      now,
      input.map((i) => auditRecord(request, i)),
    );
  return recordAccess(q, now, auditRecord(request, input));
}

/**
 * The audit function a use case is given: each entry (or list of entries) is filled in with this request and
 * the purpose of the area, unless the entry names its own (e.g. break-the-glass).
 */
export function auditFnOf(request: FastifyRequest, now: Date, purpose: string): AuditFn {
  const input = (x: AuditEntry): AuditInput => ({
    action: x.action,
    objectType: x.objectType,
    objectId: x.objectId,
    personId: x.personId ?? null,
    purpose: x.purpose ?? purpose,
    result: x.result ?? 'ok',
    // A handover is logged on both sides: the entry for the receiving municipality names its tenant.
    ...(x.tenantId ? { tenantId: x.tenantId } : {}),
    // Regional cooperation: the municipality whose record a region or a larger municipality worked on.
    ...(x.onBehalfOf ? { onBehalfOf: x.onBehalfOf } : {}),
  });
  return (q, e) => audit(q, now, request, isList(e) ? e.map(input) : input(e));
}

/** What a use case is given for one request: the database, who acts, the moment, and the audit function. */
export function requestContextOf(deps: ServerDeps, request: FastifyRequest, purpose: string): Ctx {
  const now = deps.clock();
  return { db: deps.db, actor: actorOf(request), now, audit: auditFnOf(request, now, purpose) };
}

function isList<T extends object>(input: T | readonly T[]): input is readonly T[] {
  return Array.isArray(input);
}

const cookieBase = { path: '/', secure: true, httpOnly: true, sameSite: 'lax' as const };

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, { ...cookieBase, expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieBase);
}

export function setCsrfCookie(reply: FastifyReply, token: string): void {
  reply.setCookie(CSRF_COOKIE, token, cookieBase);
}
