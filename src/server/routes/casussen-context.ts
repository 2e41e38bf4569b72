import type { FastifyRequest } from 'fastify';
import type { Ctx } from '../../app/overleg/results.js';
import type { ServerDeps } from '../deps.js';
import { requestContextOf } from '../request-context.js';

/** The use-case context of one case request: who, when, and an audit function with purpose 'casus'. */
export function caseContextOf(deps: ServerDeps, request: FastifyRequest): Ctx {
  return requestContextOf(deps, request, 'casus');
}
