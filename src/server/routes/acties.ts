import { changeAction, createAction, myActionCounts, myActions } from '../../app/overleg/actions.js';
import {
  ActionCounts,
  Changed,
  CreateActionBody,
  MyActions,
  MyActionsQuery,
  UpdateActionBody,
} from '../../contract/overleggen.js';
import { errorResponses, IdParams } from '../../contract/primitives.js';
import { findAction } from '../../db/overleggen/actions.js';
import type { App, ServerDeps } from '../deps.js';
import { contextOf, failure } from './overleggen-context.js';

const TAG = 'overleggen';

/** Actions agreed in meetings: created per agenda item, "mijn acties", status changes by the owner. */
export async function acties(app: App, deps: ServerDeps): Promise<void> {
  app.post(
    '/api/agendapunten/:id/acties',
    {
      config: { access: 'overleg.decide' },
      schema: {
        tags: [TAG],
        summary: 'Records an agreed action on the item: owner (a person or an organisation) and due date',
        params: IdParams,
        body: CreateActionBody,
        response: { 201: Changed, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(deps, request);
      const r = await createAction(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'overleg_item', request.params.id);
      return reply.status(201).send({ id: r.id, version: 1 });
    },
  );

  app.get(
    '/api/acties/mijn',
    {
      config: { access: 'actie.mine' },
      schema: {
        tags: [TAG],
        summary:
          'Mijn acties: the actions of the signed-in user and of the organisation they act for, open ones ' +
          'first by due date; cursor pages',
        querystring: MyActionsQuery,
        response: { 200: MyActions, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const r = await myActions(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, 'overleg_acties_mijn', '');
      return {
        actions: r.actions,
        nextCursor: r.nextCursor,
        overdueCount: r.overdueCount,
        openCount: r.openCount,
      };
    },
  );

  app.get(
    '/api/acties/mijn/aantallen',
    {
      config: { access: 'actie.mine' },
      schema: {
        tags: [TAG],
        summary: 'For the home page: how many own actions are open and how many are overdue (no content)',
        response: {
          200: ActionCounts,
          ...errorResponses,
        },
      },
    },
    async (request) => myActionCounts(contextOf(deps, request)),
  );

  app.patch(
    '/api/acties/:id',
    {
      config: { access: 'actie.update' },
      schema: {
        tags: [TAG],
        summary:
          'Changes an action: its owner sets the status (open, gereed, vervallen); the organiser also the ' +
          'text, owner and due date. Needs the version last read.',
        params: IdParams,
        body: UpdateActionBody,
        response: { 200: Changed, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const r = await changeAction(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'overleg_actie', request.params.id);
      return { id: request.params.id, version: (await findAction(deps.db, request.params.id))?.version ?? 0 };
    },
  );
}
