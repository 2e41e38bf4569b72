import { trainingCoverage } from '../../app/deskundigheid/coverage.js';
import { queueTrainingReminders } from '../../app/deskundigheid/reminders.js';
import { loadMeetingMailConfig } from '../../app/overleg/send-mail.js';
import { CoverageQuery, CoverageReport } from '../../contract/deskundigheid-coverage.js';
import { errorResponses } from '../../contract/primitives.js';
import { amsterdamHour, runInBackground } from '../background-step.js';
import type { App, ServerDeps } from '../deps.js';
import { requestContextOf } from '../request-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'deskundigheid';
const OBJECT = 'deskundigheid_dekking';

/**
 * The coverage dashboard of deskundigheidsbevordering: protected aggregates only (no person named); the read
 * is logged as an aggregate, as the fenomeenanalyse's reports are.
 */
export async function deskundigheidCoverageRoutes(app: App, deps: ServerDeps): Promise<void> {
  // Reminders of expiring or overdue training, queued once a day from 07:00 (Amsterdam) into the meetings'
  // outbox, which the meetings module sends.
  if (loadMeetingMailConfig().smtpUrl) {
    runInBackground(app, {
      name: 'deskundigheid reminders',
      everyMs: 60_000,
      clock: deps.clock,
      step: async (now) => {
        if (amsterdamHour(now) >= 7) await queueTrainingReminders(deps.db, now);
      },
    });
  }

  app.get(
    '/api/deskundigheid/dekking',
    {
      config: { access: 'deskundigheid.coverage' },
      schema: {
        tags: [TAG],
        summary:
          'Per target group the share trained at the required level, by department and partner organisation, over the last quarters, and the participants by sector (protected figures)',
        querystring: CoverageQuery,
        response: { 200: CoverageReport, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = requestContextOf(deps, request, 'deskundigheid');
      const r = await trainingCoverage(ctx, ctx.actor, { asOf: request.query.peildatum });
      if (!r.ok) throw await failure(ctx, r, OBJECT, ctx.actor.tenantId);
      await ctx.audit(ctx.db, {
        action: 'read',
        objectType: OBJECT,
        objectId: ctx.actor.tenantId,
        personId: null,
      });
      return r.report;
    },
  );
}
