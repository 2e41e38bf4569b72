import {
  addWorkingElement,
  changeWorkingElement,
  readCaseMeasureResults,
  readWorkingElements,
  recordMeasureResult,
  resultsReport,
} from '../../app/evaluatie/results.js';
import { CaseParams } from '../../contract/casussen.js';
import {
  CaseMeasureResults,
  MeasureResultBody,
  MeasureResultParams,
  MeasureResultSaved,
  ResultsQuery,
  ResultsReport,
  WorkingElementCreate,
  WorkingElementList,
  WorkingElementSaved,
  WorkingElementUpdate,
} from '../../contract/evaluatie-results.js';
import { errorResponses, IdParams } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { audit, requestContextOf } from '../request-context.js';
import { caseContextOf } from './casussen-context.js';
import { failure, problemOf } from './overleggen-context.js';

const TAG = 'evaluatie';

/**
 * Measure results: recorded in the case file (the case's rules and log), counted across cases through the
 * fenomeenanalyse's disclosure control (logged as an aggregate), and the working elements kept as tags.
 */
export async function evaluatieResultRoutes(app: App, deps: ServerDeps): Promise<void> {
  const ctxOf = (request: Parameters<typeof requestContextOf>[1]) =>
    requestContextOf(deps, request, 'evaluatie');

  app.get(
    '/api/casussen/:id/maatregelresultaten',
    {
      config: { access: 'casus.read' },
      schema: {
        tags: ['casussen'],
        summary:
          'The results recorded for the measures of a case (goal reached, why, working elements); for the regie also the working elements to choose from',
        params: CaseParams,
        response: { 200: CaseMeasureResults, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await readCaseMeasureResults(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return { results: r.results, elements: r.elements };
    },
  );

  app.put(
    '/api/casussen/:id/maatregelen/:measureId/resultaat',
    {
      config: { access: 'casus.measureResult' },
      schema: {
        tags: ['casussen'],
        summary:
          'Records the result of an ended measure (the regie): goal reached (ja / deels / nee / te vroeg), why, working elements. Version 0 the first time.',
        params: MeasureResultParams,
        body: MeasureResultBody,
        response: { 200: MeasureResultSaved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const { id, measureId } = request.params;
      const r = await recordMeasureResult(ctx, id, measureId, request.body);
      if (!r.ok) throw await failure(ctx, r, 'casus', id);
      return { measureId, version: r.version };
    },
  );

  app.get(
    '/api/evaluatie/resultaten',
    {
      config: { access: 'evaluatie.results' },
      schema: {
        tags: [TAG],
        summary:
          'Measure results of a year counted across cases by measure type, track, fenomeen and age band, and the working elements by measure type; every cell protected',
        querystring: ResultsQuery,
        response: { 200: ResultsReport, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await resultsReport(ctx, {
        ...(request.query.jaar ? { year: request.query.jaar } : {}),
        ...(request.query.gemeente ? { municipalityId: request.query.gemeente } : {}),
      });
      if (!r.ok) throw problemOf(r);
      await audit(deps.db, ctx.now, request, {
        action: 'read',
        objectType: 'analyse_rapport',
        objectId: r.report.scope.id,
        personId: null,
        purpose: `evaluatie maatregelresultaten ${r.report.period.id}`,
        result: 'ok',
      });
      return r.report;
    },
  );

  app.get(
    '/api/evaluatie/werkzame-elementen',
    {
      config: { access: 'evaluatie.workingElements' },
      schema: {
        tags: [TAG],
        summary: "The municipality's working elements (tags for measure results), also those switched off",
        response: { 200: WorkingElementList, ...errorResponses },
      },
    },
    async (request) => readWorkingElements(ctxOf(request)),
  );

  app.post(
    '/api/evaluatie/werkzame-elementen',
    {
      config: { access: 'evaluatie.workingElements' },
      schema: {
        tags: [TAG],
        summary: 'Adds a working element',
        body: WorkingElementCreate,
        response: { 201: WorkingElementSaved, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await addWorkingElement(ctx, request.body.label);
      if (!r.ok) throw await failure(ctx, r, 'werkzaam_element', '');
      return reply.status(201).send({ id: r.id, version: 1 });
    },
  );

  app.put(
    '/api/evaluatie/werkzame-elementen/:id',
    {
      config: { access: 'evaluatie.workingElements' },
      schema: {
        tags: [TAG],
        summary: 'Renames a working element or switches it on or off, at the version read',
        params: IdParams,
        body: WorkingElementUpdate,
        response: { 200: WorkingElementSaved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await changeWorkingElement(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'werkzaam_element', request.params.id);
      return { id: request.params.id, version: r.version };
    },
  );
}
