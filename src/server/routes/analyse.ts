import { analysisCatalogue, analysisReport, analysisTrend } from '../../app/analyse/reports.js';
import {
  CatalogueSchema,
  ReportQuery,
  ReportSchema,
  TrendQuery,
  TrendSchema,
} from '../../contract/analyse.js';
import { errorResponses } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { actorOf, audit } from '../request-context.js';
import { problemOf } from './overleggen-context.js';

const TAG = 'analyse';
/** Reading figures is logged as an aggregate: no person id, the report and period in the purpose. */
const OBJECT_TYPE = 'analyse_rapport';

/** The phenomenon analysis: the catalogue, one protected report, a trend over periods. */
export async function analyseRoutes(app: App, deps: ServerDeps): Promise<void> {
  const { db, clock } = deps;

  app.get(
    '/api/analyse/catalogus',
    {
      config: { access: 'analyse.read' },
      schema: {
        tags: [TAG],
        summary:
          'The reports of the phenomenon analysis, the periods with data, the scope and (for a region) its municipalities',
        response: { 200: CatalogueSchema, ...errorResponses },
      },
    },
    async (request) => {
      const r = await analysisCatalogue(db, actorOf(request), clock());
      if (!r.ok) throw problemOf(r);
      return r.catalogue;
    },
  );

  app.get(
    '/api/analyse/rapport',
    {
      config: { access: 'analyse.read' },
      schema: {
        tags: [TAG],
        summary:
          'One report for a period, every figure protected (suppressed cells marked), with the previous period',
        querystring: ReportQuery,
        response: { 200: ReportSchema, ...errorResponses },
      },
    },
    async (request) => {
      const qs = request.query;
      const now = clock();
      const r = await analysisReport(
        db,
        actorOf(request),
        {
          report: qs.rapport,
          period: qs.periode,
          ...(qs.gemeente ? { municipalityId: qs.gemeente } : {}),
          rounded: qs.afronden === true,
        },
        now,
      );
      if (!r.ok) throw problemOf(r);
      await audit(db, now, request, {
        action: 'read',
        objectType: OBJECT_TYPE,
        objectId: r.report.scope.id,
        personId: null,
        purpose: `fenomeenanalyse ${r.report.report} ${r.report.period.id}`,
        result: 'ok',
      });
      return r.report;
    },
  );

  app.get(
    '/api/analyse/trend',
    {
      config: { access: 'analyse.read' },
      schema: {
        tags: [TAG],
        summary: "A report's first table over consecutive periods of one kind, each period protected",
        querystring: TrendQuery,
        response: { 200: TrendSchema, ...errorResponses },
      },
    },
    async (request) => {
      const qs = request.query;
      const now = clock();
      const r = await analysisTrend(
        db,
        actorOf(request),
        {
          report: qs.rapport,
          kind: qs.soort,
          from: qs.van,
          to: qs.tot,
          ...(qs.gemeente ? { municipalityId: qs.gemeente } : {}),
        },
        now,
      );
      if (!r.ok) throw problemOf(r);
      await audit(db, now, request, {
        action: 'read',
        objectType: OBJECT_TYPE,
        objectId: r.trend.scope.id,
        personId: null,
        purpose: `fenomeenanalyse trend ${r.trend.report} ${qs.van}..${qs.tot}`,
        result: 'ok',
      });
      return r.trend;
    },
  );
}
