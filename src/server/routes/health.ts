import { Health } from '../../contract/health.js';
import { pendingMigrations } from '../../db/migrate.js';
import type { App, ServerDeps } from '../deps.js';
import { problems } from '../problem.js';

/**
 * Liveness and readiness, for a reverse proxy or an orchestrator: no personal data, no session, nothing in
 * the request log (logLevel silent) or the access log.
 * - live: the process answers; it does not touch the database, so a database outage does not get the
 *   instance restarted.
 * - ready: the database answers and every migration of this build is applied, and the instance is not
 *   shutting down (`app.readiness.draining`, set on SIGTERM before the server stops taking requests).
 */
export async function healthRoutes(app: App, deps: ServerDeps): Promise<void> {
  const common = { config: { access: 'ops.health' as const }, logLevel: 'silent' as const };
  app.get(
    '/api/health/live',
    { ...common, schema: { tags: ['beheer'], summary: 'Liveness', response: { 200: Health } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/api/health/ready',
    { ...common, schema: { tags: ['beheer'], summary: 'Readiness', response: { 200: Health } } },
    async () => {
      if (app.readiness.draining) throw problems.notReady();
      try {
        if ((await pendingMigrations(deps.db)).length > 0) throw problems.notReady();
      } catch {
        throw problems.notReady();
      }
      return { status: 'ok' as const, checks: { database: 'ok' as const, migrations: 'ok' as const } };
    },
  );
}
