import type { FastifyRequest } from 'fastify';
import type { Ctx } from '../../app/overleg/results.js';
import type { ServerDeps } from '../deps.js';
import { actorOf, auditFnOf } from '../request-context.js';

/** The use-case context of one case request: who, when, and an audit function with purpose 'casus'. */
export function caseContextOf(deps: ServerDeps, request: FastifyRequest): Ctx {
  const now = deps.clock();
  return {
    db: deps.db,
    actor: actorOf(request),
    now,
    audit: auditFnOf(request, now, 'casus'),
  };
}
