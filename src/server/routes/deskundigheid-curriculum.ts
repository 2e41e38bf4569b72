import { Type } from 'typebox';
import {
  changeTraining,
  createTraining,
  listCatalogue,
  OBJECT_TRAINING,
  readTraining,
} from '../../app/deskundigheid/catalogue.js';
import {
  adoptDefaultCurriculum,
  changeTargetGroup,
  createTargetGroup,
  deskundigheidLookups,
  listCurriculum,
  OBJECT_TARGET_GROUP,
  readTargetGroup,
} from '../../app/deskundigheid/curriculum.js';
import {
  AdoptedSchema,
  DeskundigheidLookupsSchema,
  TargetGroupCreate,
  TargetGroupListQuery,
  TargetGroupPageSchema,
  TargetGroupSchema,
  TargetGroupUpdate,
  TrainingCreate,
  TrainingListQuery,
  TrainingPageSchema,
  TrainingSchema,
  TrainingUpdate,
} from '../../contract/deskundigheid-curriculum.js';
import { errorResponses, IdParams, Uuid } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { requestContextOf } from '../request-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'deskundigheid';
const BASE = '/api/deskundigheid';

/**
 * Deskundigheid: the curriculum (target groups and their required level) and the training catalogue. Read by
 * the officer, the policy advisor, the training coordinator and the partners; kept by the first three
 * (src/domain/access/policy.ts).
 */
export async function deskundigheidCurriculumRoutes(app: App, deps: ServerDeps): Promise<void> {
  const ctxOf = (request: Parameters<typeof requestContextOf>[1]) =>
    requestContextOf(deps, request, 'deskundigheid');

  app.get(
    `${BASE}/keuzelijsten`,
    {
      config: { access: 'deskundigheid.read' },
      schema: {
        tags: [TAG],
        summary:
          "The forms' choices: the active target groups, and the organisations a person can belong to " +
          '(a partner: only its own)',
        response: { 200: DeskundigheidLookupsSchema, ...errorResponses },
      },
    },
    async (request) => deskundigheidLookups(ctxOf(request)),
  );

  app.get(
    `${BASE}/doelgroepen`,
    {
      config: { access: 'deskundigheid.read' },
      schema: {
        tags: [TAG],
        summary: 'The curriculum: target groups, own organisation first, by name, by cursor pages',
        querystring: TargetGroupListQuery,
        response: { 200: TargetGroupPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listCurriculum(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, 'deskundigheid_leerplan', '');
      return { targetGroups: r.targetGroups, nextCursor: r.nextCursor, empty: r.empty };
    },
  );

  app.post(
    `${BASE}/doelgroepen`,
    {
      config: { access: 'deskundigheid.manage' },
      schema: {
        tags: [TAG],
        summary: 'Adds a target group with the level it needs',
        body: TargetGroupCreate,
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createTargetGroup(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_TARGET_GROUP, '');
      return reply.status(201).send({ id: r.id });
    },
  );

  app.post(
    `${BASE}/doelgroepen/standaard`,
    {
      config: { access: 'deskundigheid.manage' },
      schema: {
        tags: [TAG],
        summary:
          'Takes over the default curriculum (the VAR toolkit table) when the municipality has no target ' +
          'group yet; 409 otherwise',
        response: { 201: AdoptedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await adoptDefaultCurriculum(ctx);
      if (!r.ok) throw await failure(ctx, r, OBJECT_TARGET_GROUP, '');
      return reply.status(201).send({ added: r.added });
    },
  );

  app.get(
    `${BASE}/doelgroepen/:id`,
    {
      config: { access: 'deskundigheid.read' },
      schema: {
        tags: [TAG],
        summary: 'One target group',
        params: IdParams,
        response: { 200: TargetGroupSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readTargetGroup(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, OBJECT_TARGET_GROUP, request.params.id);
      const { ok: _ok, ...group } = r;
      return group;
    },
  );

  app.put(
    `${BASE}/doelgroepen/:id`,
    {
      config: { access: 'deskundigheid.manage' },
      schema: {
        tags: [TAG],
        summary:
          'Saves a target group (also switching it off) at the version read; 409 with the saved one when ' +
          'another was saved since',
        params: IdParams,
        body: TargetGroupUpdate,
        response: { 200: Type.Object({ version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await changeTargetGroup(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_TARGET_GROUP, request.params.id);
      return { version: r.version };
    },
  );

  app.get(
    `${BASE}/trainingen`,
    {
      config: { access: 'deskundigheid.read' },
      schema: {
        tags: [TAG],
        summary:
          'The training catalogue by title, by cursor pages; search (title, provider, description), ' +
          'filters by level and recommended target group',
        querystring: TrainingListQuery,
        response: { 200: TrainingPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listCatalogue(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, 'deskundigheid_catalogus', '');
      return { trainings: r.trainings, nextCursor: r.nextCursor };
    },
  );

  app.post(
    `${BASE}/trainingen`,
    {
      config: { access: 'deskundigheid.manage' },
      schema: {
        tags: [TAG],
        summary:
          "Adds a training to the catalogue (Duiden hosts no courses: it links to the provider's page)",
        body: TrainingCreate,
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createTraining(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_TRAINING, '');
      return reply.status(201).send({ id: r.id });
    },
  );

  app.get(
    `${BASE}/trainingen/:id`,
    {
      config: { access: 'deskundigheid.read' },
      schema: {
        tags: [TAG],
        summary: 'One training of the catalogue',
        params: IdParams,
        response: { 200: TrainingSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readTraining(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, OBJECT_TRAINING, request.params.id);
      const { ok: _ok, ...training } = r;
      return training;
    },
  );

  app.put(
    `${BASE}/trainingen/:id`,
    {
      config: { access: 'deskundigheid.manage' },
      schema: {
        tags: [TAG],
        summary:
          'Saves a training (also taking it off the offer) at the version read; 409 with the saved one when ' +
          'another was saved since',
        params: IdParams,
        body: TrainingUpdate,
        response: { 200: Type.Object({ version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await changeTraining(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_TRAINING, request.params.id);
      return { version: r.version };
    },
  );
}
