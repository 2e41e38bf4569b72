import type { FastifyRequest } from 'fastify';
import type { Ctx, Failure } from '../../app/overleg/results.js';
import type { ServerDeps } from '../deps.js';
import { HttpProblem, problems } from '../problem.js';
import { requestContextOf } from '../request-context.js';

/** The use-case context of a privacy request: the access log gets purpose 'toezicht' unless said otherwise. */
export function privacyContextOf(deps: ServerDeps, request: FastifyRequest, purpose = 'toezicht'): Ctx {
  return requestContextOf(deps, request, purpose);
}

export function privacyFailure(f: Failure): HttpProblem {
  switch (f.kind) {
    case 'not_found':
      return problems.notFound();
    case 'forbidden':
      return problems.forbidden();
    case 'invalid':
      return problems.validation(f.errors);
    case 'refused':
      return new HttpProblem(409, f.code, f.nl, f.en);
    case 'conflict':
      return problems.conflict(f.current);
  }
}
