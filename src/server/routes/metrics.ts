import { timingSafeEqual } from 'node:crypto';
import { databaseFigures } from '../../db/ops-metrics.js';
import type { App, ServerDeps } from '../deps.js';
import { problems } from '../problem.js';

/**
 * GET /api/metrics in the Prometheus text format, for the operator's scraper. No session: the bearer token of
 * DUIDEN_METRICS_TOKEN; without that setting the endpoint answers 404, as if it did not exist. Nothing in it
 * names a person or a record.
 */
export async function metricsRoutes(app: App, deps: ServerDeps): Promise<void> {
  const token = deps.config.metricsToken;
  app.get(
    '/api/metrics',
    {
      config: { access: 'ops.metrics' },
      logLevel: 'silent',
      schema: { tags: ['beheer'], summary: 'Metrics (Prometheus)' },
    },
    async (request, reply) => {
      if (!token) throw problems.notFound();
      const sent = Buffer.from(request.headers.authorization ?? '');
      const expected = Buffer.from(`Bearer ${token}`);
      if (sent.length !== expected.length || !timingSafeEqual(sent, expected))
        throw problems.unauthenticated();
      const figures = await databaseFigures(deps.db, deps.clock());
      return reply
        .type('text/plain; version=0.0.4; charset=utf-8')
        .send(app.requestMetrics.render(figures, deps.db.poolStats()));
    },
  );
}
