import { Type } from 'typebox';
import { evaluationPdf } from '../../app/evaluatie/evaluation-pdf.js';
import { interventionFigures } from '../../app/evaluatie/intervention-figures.js';
import {
  changeEvaluation,
  changeIntervention,
  createEvaluation,
  createIntervention,
  interventionOptions,
  listInterventionPage,
  readEvaluation,
  readIntervention,
} from '../../app/evaluatie/interventions.js';
import {
  EvaluationCreate,
  EvaluationParams,
  EvaluationSchema,
  EvaluationUpdate,
  FiguresQuery,
  InterventionCreate,
  InterventionFigures,
  InterventionListQuery,
  InterventionOptions,
  InterventionPage,
  InterventionSaved,
  InterventionSchema,
  InterventionUpdate,
  ReportQuery,
} from '../../contract/evaluatie-interventions.js';
import { errorResponses, IdParams } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { sendDownload } from '../download.js';
import { requestContextOf } from '../request-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'evaluatie';
const OBJECT = 'interventie';
const OBJECT_EVALUATION = 'interventie_evaluatie';

/**
 * The intervention register with theories of change and evaluations (organisation data, no personal data of
 * case subjects; reads and writes logged). Read by the officer, the policy advisor and the mayor; kept by the
 * first two.
 */
export async function evaluatieInterventionRoutes(app: App, deps: ServerDeps): Promise<void> {
  const ctxOf = (request: Parameters<typeof requestContextOf>[1]) =>
    requestContextOf(deps, request, 'evaluatie');

  app.get(
    '/api/evaluatie/interventies',
    {
      config: { access: 'evaluatie.interventionsRead' },
      schema: {
        tags: [TAG],
        summary:
          "The municipality's interventions by title, filtered by type, prevention level or goal (paged)",
        querystring: InterventionListQuery,
        response: { 200: InterventionPage, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listInterventionPage(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, OBJECT, '');
      return { interventions: r.interventions, nextCursor: r.nextCursor };
    },
  );

  app.get(
    '/api/evaluatie/interventies/keuzes',
    {
      config: { access: 'evaluatie.interventionsRead' },
      schema: {
        tags: [TAG],
        summary:
          "What the forms choose from: the catalogue's measure types, the goals, the default questions",
        response: { 200: InterventionOptions, ...errorResponses },
      },
    },
    async (request) => interventionOptions(ctxOf(request)),
  );

  app.post(
    '/api/evaluatie/interventies',
    {
      config: { access: 'evaluatie.interventionsManage' },
      schema: {
        tags: [TAG],
        summary: 'Adds an intervention with its theory of change',
        body: InterventionCreate,
        response: { 201: InterventionSaved, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createIntervention(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT, '');
      return reply.status(201).send({ id: r.id, version: 1 });
    },
  );

  app.get(
    '/api/evaluatie/interventies/:id',
    {
      config: { access: 'evaluatie.interventionsRead' },
      schema: {
        tags: [TAG],
        summary: 'One intervention with its theory of change and its evaluations',
        params: IdParams,
        response: { 200: InterventionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readIntervention(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      return r.intervention;
    },
  );

  app.put(
    '/api/evaluatie/interventies/:id',
    {
      config: { access: 'evaluatie.interventionsManage' },
      schema: {
        tags: [TAG],
        summary: 'Changes an intervention and its theory of change at the version read',
        params: IdParams,
        body: InterventionUpdate,
        response: { 200: InterventionSaved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await changeIntervention(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      return { id: request.params.id, version: r.version };
    },
  );

  app.get(
    '/api/evaluatie/interventies/:id/cijfers',
    {
      config: { access: 'evaluatie.interventionsRead' },
      schema: {
        tags: [TAG],
        summary:
          "For a PGA measure type: the closure reasons and median duration of the cases that had it, protected as the fenomeenanalyse's figures",
        params: IdParams,
        querystring: FiguresQuery,
        response: { 200: InterventionFigures, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await interventionFigures(ctx, request.params.id, { year: request.query.jaar });
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      return r.figures;
    },
  );

  app.post(
    '/api/evaluatie/interventies/:id/evaluaties',
    {
      config: { access: 'evaluatie.interventionsManage' },
      schema: {
        tags: [TAG],
        summary: 'Adds a plan, process or effect evaluation to an intervention',
        params: IdParams,
        body: EvaluationCreate,
        response: { 201: InterventionSaved, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createEvaluation(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      return reply.status(201).send({ id: r.id, version: 1 });
    },
  );

  app.get(
    '/api/evaluatie/interventies/:id/evaluaties/:evaluationId',
    {
      config: { access: 'evaluatie.interventionsRead' },
      schema: {
        tags: [TAG],
        summary: 'One evaluation of an intervention',
        params: EvaluationParams,
        response: { 200: EvaluationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readEvaluation(ctx, request.params.id, request.params.evaluationId);
      if (!r.ok) throw await failure(ctx, r, OBJECT_EVALUATION, request.params.evaluationId);
      return r.evaluation;
    },
  );

  app.put(
    '/api/evaluatie/interventies/:id/evaluaties/:evaluationId',
    {
      config: { access: 'evaluatie.interventionsManage' },
      schema: {
        tags: [TAG],
        summary: 'Changes an evaluation at the version read',
        params: EvaluationParams,
        body: EvaluationUpdate,
        response: { 200: InterventionSaved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await changeEvaluation(ctx, request.params.id, request.params.evaluationId, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_EVALUATION, request.params.evaluationId);
      return { id: request.params.evaluationId, version: r.version };
    },
  );

  app.get(
    '/api/evaluatie/interventies/:id/evaluaties/:evaluationId/rapport.pdf',
    {
      config: { access: 'evaluatie.interventionsRead' },
      schema: {
        tags: [TAG],
        summary:
          'The evaluation with its intervention and theory of change as a PDF report for the college or the council',
        params: EvaluationParams,
        querystring: ReportQuery,
        response: { 200: Type.Unknown({ description: 'application/pdf' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await evaluationPdf(
        ctx,
        request.params.id,
        request.params.evaluationId,
        request.query.voor ?? 'college',
      );
      if (!r.ok) throw await failure(ctx, r, OBJECT_EVALUATION, request.params.evaluationId);
      return sendDownload(reply, { fileName: r.fileName, mediaType: 'application/pdf', content: r.pdf });
    },
  );
}
