import { readCheckpoints } from '../../app/audit/checkpoint-file.js';
import { verifyAccessLog } from '../../app/audit/verify-access-log.js';
import { AccessLogPage, AccessLogQuery, VerifyResult } from '../../contract/access-log.js';
import { errorResponses } from '../../contract/primitives.js';
import { listAccessLog } from '../../db/access-log.js';
import type { App, ServerDeps } from '../deps.js';
import { HttpProblem } from '../problem.js';
import { actorOf, audit } from '../request-context.js';

function parseCursor(cursor: string | undefined): { at: Date; id: number } | undefined {
  if (!cursor) return undefined;
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  const n = Number(id);
  if (Number.isNaN(date.getTime()) || !Number.isInteger(n)) {
    throw new HttpProblem(400, 'validation', 'Ongeldige paginaverwijzing.', 'Invalid page reference.', [
      { field: 'cursor', nl: 'Ongeldige paginaverwijzing.', en: 'Invalid page reference.' },
    ]);
  }
  return { at: date, id: n };
}

export async function accessLogRoutes(app: App, deps: ServerDeps): Promise<void> {
  const { db, clock } = deps;

  app.get(
    '/api/access-log',
    {
      config: { access: 'accessLog.read' },
      schema: {
        tags: ['privacy'],
        summary: "The access log of the privacy officer's own municipality or region, newest first",
        querystring: AccessLogQuery,
        response: {
          200: AccessLogPage,
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const a = actorOf(request);
      const qs = request.query;
      const limit = qs.limit ?? 50;
      const to = qs.to ? new Date(`${qs.to}T00:00:00Z`) : undefined;
      if (to) to.setUTCDate(to.getUTCDate() + 1); // inclusive end date
      const rows = await listAccessLog(db, {
        tenantId: a.tenantId,
        actorUserId: qs.actorUserId,
        action: qs.action,
        result: qs.result,
        objectType: qs.objectType,
        objectId: qs.objectId,
        from: qs.from ? new Date(`${qs.from}T00:00:00Z`) : undefined,
        to,
        before: parseCursor(qs.cursor),
        limit: limit + 1,
      });
      // Reading the log is itself an access to personal data (who did what).
      await audit(db, clock(), request, {
        action: 'read',
        objectType: 'access_log',
        purpose: 'toezicht',
        result: 'ok',
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        entries: page.map((e) => ({ ...e, at: e.at.toISOString() })),
        nextCursor:
          rows.length > limit && last
            ? Buffer.from(`${last.at.toISOString()}|${last.id}`).toString('base64url')
            : null,
      };
    },
  );

  app.post(
    '/api/access-log/verify',
    {
      config: { access: 'accessLog.verify' },
      schema: {
        tags: ['privacy'],
        summary: 'Checks the hash chain of the whole access log and names the first broken entry',
        response: {
          200: VerifyResult,
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const key = deps.audit?.key ?? null;
      const file = deps.audit?.checkpointFile;
      const result = await verifyAccessLog(db, {
        key,
        timeToleranceMs: deps.audit?.timeToleranceMs ?? 300_000,
        checkpoints: key && file ? readCheckpoints(file, key) : [],
      });
      await audit(db, clock(), request, {
        action: 'verify',
        objectType: 'access_log',
        result: result.ok ? 'ok' : 'failed',
      });
      return result;
    },
  );
}
