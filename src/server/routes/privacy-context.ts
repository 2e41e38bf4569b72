import type { FastifyRequest } from 'fastify';
import type { AuditEntry, Ctx, Failure } from '../../app/overleg/results.js';
import type { ServerDeps } from '../deps.js';
import { type HttpProblem, problems } from '../problem.js';
import { actorOf, audit } from '../request-context.js';

/** The use-case context of a privacy request: the access log gets purpose 'toezicht' unless said otherwise. */
export function privacyContextOf(deps: ServerDeps, request: FastifyRequest): Ctx {
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
        purpose: x.purpose ?? 'toezicht',
        result: x.result ?? 'ok',
      });
      return audit(q, now, request, Array.isArray(e) ? e.map(input) : input(e as AuditEntry));
    },
  };
}

export function privacyFailure(f: Failure): HttpProblem {
  switch (f.kind) {
    case 'not_found':
      return problems.notFound();
    case 'forbidden':
      return problems.forbidden();
    case 'invalid':
      return problems.validation(f.errors);
    case 'conflict':
      return problems.conflict(f.current);
  }
}
