import type { FastifyRequest } from 'fastify';
import type { AuditEntry, Ctx } from '../../app/overleg/results.js';
import type { ServerDeps } from '../deps.js';
import { actorOf, audit } from '../request-context.js';

/** The use-case context of one case request: who, when, and an audit function with purpose 'casus'. */
export function caseContextOf(deps: ServerDeps, request: FastifyRequest): Ctx {
  const now = deps.clock();
  return {
    db: deps.db,
    actor: actorOf(request),
    now,
    audit: (q, e) => {
      const input = (x: AuditEntry) => ({
        action: x.action,
        objectType: x.objectType,
        objectId: x.objectId,
        personId: x.personId ?? null,
        purpose: x.purpose ?? 'casus',
        result: x.result ?? 'ok',
      });
      return audit(q, now, request, Array.isArray(e) ? e.map(input) : input(e as AuditEntry));
    },
  };
}
