import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx, Failure } from '../../app/overleg/results.js';
import type { ServerDeps } from '../deps.js';
import { commonProblem, HttpProblem, problems } from '../problem.js';
import { requestContextOf } from '../request-context.js';

/** The use-case context of one request: who, when, and an audit function that fills in the request. */
export function contextOf(deps: ServerDeps, request: FastifyRequest): Ctx {
  return requestContextOf(deps, request, 'overleg');
}

/** A use case's failure as its problem response. */
export function problemOf(f: Failure): HttpProblem {
  switch (f.kind) {
    case 'not_found':
    case 'forbidden':
    case 'invalid':
      return commonProblem(f);
    case 'refused':
      // The state of the thing, not the request, stands in the way (409 Conflict), and the message says why.
      return new HttpProblem(409, f.code, f.nl, f.en);
    case 'conflict':
      return problems.conflict(f.current);
  }
}

/**
 * A failure as its problem response. A conflict carries the current version, which is itself a read of
 * what the actor may see: it is logged as such.
 */
export async function failure(
  ctx: Ctx,
  f: Failure,
  objectType: string,
  objectId: string,
): Promise<HttpProblem> {
  if (f.kind === 'conflict') await ctx.audit(ctx.db, { action: 'read', objectType, objectId });
  return problemOf(f);
}

/** Sends a generated PDF as a download that is never cached nor sniffed as anything else. */
export function sendPdf(reply: FastifyReply, fileName: string, pdf: Uint8Array | Buffer) {
  return reply
    .header('Content-Type', 'application/pdf')
    .header('Content-Disposition', `attachment; filename="${fileName}"`)
    .header('Cache-Control', 'no-store')
    .header('X-Content-Type-Options', 'nosniff')
    .send(pdf);
}
