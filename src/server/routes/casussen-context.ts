import type { FastifyRequest } from 'fastify';
import type { Ctx } from '../../app/overleg/results.js';
import type { ServerDeps } from '../deps.js';
import { actorOf, audit } from '../request-context.js';

/** The use-case context of one case request: who, when, and an audit function with purpose 'casus'. */
export function caseContextOf(deps: ServerDeps, request: FastifyRequest): Ctx {
  const now = deps.clock();
  return {
    db: deps.db,
    actor: actorOf(request),
    now,
    audit: (q, e) =>
      audit(q, now, request, {
        action: e.action,
        objectType: e.objectType,
        objectId: e.objectId,
        personId: e.personId ?? null,
        purpose: e.purpose ?? 'casus',
        result: e.result ?? 'ok',
      }),
  };
}
