import { trainingGoalFigure } from '../../app/deskundigheid/coverage.js';
import {
  addIndicator,
  changeGoal,
  createGoal,
  duidenKeys,
  enterValue,
  listGoalPage,
  readGoal,
} from '../../app/evaluatie/goals.js';
import {
  DuidenKeyList,
  GoalCreate,
  GoalListQuery,
  GoalPage,
  GoalSaved,
  GoalSchema,
  GoalUpdate,
  IndicatorCreate,
  IndicatorParams,
  ValueCreate,
} from '../../contract/evaluatie-goals.js';
import { errorResponses, IdParams } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { requestContextOf } from '../request-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'evaluatie';
const OBJECT = 'beleidsdoel';

/** Beleidsdoelen with indicators and values per period (no personal data; reads and writes logged). */
export async function evaluatieGoalRoutes(app: App, deps: ServerDeps): Promise<void> {
  const ctxOf = (request: Parameters<typeof requestContextOf>[1]) =>
    requestContextOf(deps, request, 'evaluatie');

  app.get(
    '/api/evaluatie/doelen',
    {
      config: { access: 'evaluatie.goalsRead' },
      schema: {
        tags: [TAG],
        summary: "The municipality's policy goals, the newest period first (paged)",
        querystring: GoalListQuery,
        response: { 200: GoalPage, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listGoalPage(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, OBJECT, '');
      return { goals: r.goals, nextCursor: r.nextCursor };
    },
  );

  app.get(
    '/api/evaluatie/doelen/cijfers',
    {
      config: { access: 'evaluatie.goalsRead' },
      schema: {
        tags: [TAG],
        summary: 'The figures Duiden measures that an indicator can follow',
        response: { 200: DuidenKeyList, ...errorResponses },
      },
    },
    async (request) => duidenKeys(trainingGoalFigure(ctxOf(request))),
  );

  app.post(
    '/api/evaluatie/doelen',
    {
      config: { access: 'evaluatie.goalsManage' },
      schema: {
        tags: [TAG],
        summary: 'Adds a policy goal',
        body: GoalCreate,
        response: { 201: GoalSaved, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createGoal(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT, '');
      return reply.status(201).send({ id: r.id, version: 1 });
    },
  );

  app.get(
    '/api/evaluatie/doelen/:id',
    {
      config: { access: 'evaluatie.goalsRead' },
      schema: {
        tags: [TAG],
        summary: 'One policy goal with its indicators and their values (Duiden-measured values protected)',
        params: IdParams,
        response: { 200: GoalSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readGoal(ctx, request.params.id, trainingGoalFigure(ctx));
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      return r.goal;
    },
  );

  app.put(
    '/api/evaluatie/doelen/:id',
    {
      config: { access: 'evaluatie.goalsManage' },
      schema: {
        tags: [TAG],
        summary: 'Changes a policy goal at the version read',
        params: IdParams,
        body: GoalUpdate,
        response: { 200: GoalSaved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await changeGoal(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      return { id: request.params.id, version: r.version };
    },
  );

  app.post(
    '/api/evaluatie/doelen/:id/indicatoren',
    {
      config: { access: 'evaluatie.goalsManage' },
      schema: {
        tags: [TAG],
        summary:
          "Adds an indicator to a goal (measured by Duiden, or entered with its source), at the goal's version",
        params: IdParams,
        body: IndicatorCreate,
        response: { 201: GoalSaved, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await addIndicator(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      return reply.status(201).send({ id: r.id, version: r.version });
    },
  );

  app.put(
    '/api/evaluatie/doelen/:id/indicatoren/:indicatorId/waarde',
    {
      config: { access: 'evaluatie.goalsManage' },
      schema: {
        tags: [TAG],
        summary:
          "Enters the value of a period for an indicator entered by hand, with its source, at the goal's version",
        params: IndicatorParams,
        body: ValueCreate,
        response: { 200: GoalSaved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await enterValue(ctx, request.params.id, request.params.indicatorId, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      return { id: request.params.id, version: r.version };
    },
  );
}
