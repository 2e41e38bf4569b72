import { Type } from 'typebox';
import {
  changeTrainingPerson,
  createTrainingPerson,
  listTrainingGroupSizes,
  listTrainingPeople,
  OBJECT_PERSON,
  readTrainingPerson,
  saveTrainingGroupSize,
} from '../../app/deskundigheid/people.js';
import {
  GroupSizeListQuery,
  GroupSizePageSchema,
  GroupSizeSave,
  PersonCreate,
  PersonListQuery,
  PersonPageSchema,
  PersonSchema,
  PersonUpdate,
} from '../../contract/deskundigheid-people.js';
import { errorResponses, IdParams, Uuid } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { requestContextOf } from '../request-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'deskundigheid';
const BASE = '/api/deskundigheid';

/**
 * Deskundigheid: the people register (training records are personnel data: deskundigheid.people reads,
 * deskundigheid.peopleManage writes; a partner's users see only their own organisation's people) and the
 * group sizes of organisations that report counts.
 */
export async function deskundigheidPeopleRoutes(app: App, deps: ServerDeps): Promise<void> {
  const ctxOf = (request: Parameters<typeof requestContextOf>[1]) =>
    requestContextOf(deps, request, 'deskundigheid');

  app.get(
    `${BASE}/personen`,
    {
      config: { access: 'deskundigheid.people' },
      schema: {
        tags: [TAG],
        summary:
          'The people register by name, by cursor pages; search (name, work e-mail, department), filters by ' +
          'organisation and target group; a partner gets its own people only; each person shown is logged',
        querystring: PersonListQuery,
        response: { 200: PersonPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listTrainingPeople(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, 'deskundigheid_personen', '');
      return { people: r.people, nextCursor: r.nextCursor };
    },
  );

  app.post(
    `${BASE}/personen`,
    {
      config: { access: 'deskundigheid.peopleManage' },
      schema: {
        tags: [TAG],
        summary: 'Adds a person to a target group (work data only)',
        body: PersonCreate,
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createTrainingPerson(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_PERSON, '');
      return reply.status(201).send({ id: r.id });
    },
  );

  app.get(
    `${BASE}/personen/:id`,
    {
      config: { access: 'deskundigheid.people' },
      schema: {
        tags: [TAG],
        summary: 'One person: the requirement of their target group today and the sessions they followed',
        params: IdParams,
        response: { 200: PersonSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readTrainingPerson(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, OBJECT_PERSON, request.params.id);
      const { ok: _ok, ...person } = r;
      return person;
    },
  );

  app.put(
    `${BASE}/personen/:id`,
    {
      config: { access: 'deskundigheid.peopleManage' },
      schema: {
        tags: [TAG],
        summary:
          "Saves a person's work data at the version read (also the day they left); 409 with the saved one " +
          'when another was saved since',
        params: IdParams,
        body: PersonUpdate,
        response: { 200: Type.Object({ version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await changeTrainingPerson(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_PERSON, request.params.id);
      return { version: r.version };
    },
  );

  app.get(
    `${BASE}/groepsgroottes`,
    {
      config: { access: 'deskundigheid.people' },
      schema: {
        tags: [TAG],
        summary:
          'How many people organisations that report counts have per target group, by cursor pages ' +
          '(a partner: its own only)',
        querystring: GroupSizeListQuery,
        response: { 200: GroupSizePageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listTrainingGroupSizes(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, 'deskundigheid_groepsgroottes', '');
      return { groupSizes: r.groupSizes, nextCursor: r.nextCursor };
    },
  );

  app.put(
    `${BASE}/groepsgroottes`,
    {
      config: { access: 'deskundigheid.peopleManage' },
      schema: {
        tags: [TAG],
        summary: 'Sets how many people an organisation has in a target group, as of a date',
        body: GroupSizeSave,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await saveTrainingGroupSize(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, 'deskundigheid_groepsgrootte', '');
      return reply.status(204).send(null);
    },
  );
}
