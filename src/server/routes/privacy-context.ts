import type { FastifyRequest } from 'fastify';
import type { Ctx, Failure } from '../../app/overleg/results.js';
import type { ServerDeps } from '../deps.js';
import type { HttpProblem } from '../problem.js';
import { requestContextOf } from '../request-context.js';
import { problemOf } from './overleggen-context.js';

/** The use-case context of a privacy request: the access log gets purpose 'toezicht' unless said otherwise. */
export function privacyContextOf(deps: ServerDeps, request: FastifyRequest, purpose = 'toezicht'): Ctx {
  return requestContextOf(deps, request, purpose);
}

/** A failure as its problem response (a conflict here carries nothing the actor had not read). */
export const privacyFailure: (f: Failure) => HttpProblem = problemOf;
