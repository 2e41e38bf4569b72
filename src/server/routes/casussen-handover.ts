import { Type } from 'typebox';
import { handOverCase, handoverOptions, listHandovers } from '../../app/casus/handover.js';
import { HandoverBody, HandoverPage, HandoverPageQuery, Options } from '../../contract/casus-handover.js';
import { CaseParams } from '../../contract/casussen.js';
import { errorResponses } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { caseContextOf } from './casussen-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'casussen';

/** Handing a case to another municipality, and the sender's content-free record of it. */
export async function casusHandoverRoutes(app: App, deps: ServerDeps): Promise<void> {
  app.get(
    '/api/casussen/overdrachten',
    {
      config: { access: 'casus.handovers' },
      schema: {
        tags: [TAG],
        summary:
          'The cases this municipality handed to another one: only the content-free fact (old reference, when, ' +
          'to whom); the file itself went with the case; newest first, cursor pages',
        querystring: HandoverPageQuery,
        response: { 200: HandoverPage, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await listHandovers(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, 'casus_overdracht', '');
      return { items: r.items, nextCursor: r.nextCursor };
    },
  );

  app.get(
    '/api/casussen/:id/overdracht/opties',
    {
      config: { access: 'casus.handover' },
      schema: {
        tags: [TAG],
        summary: 'The municipalities a case can be handed to, with their officers, and the legal bases',
        params: CaseParams,
        response: { 200: Options, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await handoverOptions(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return r.options;
    },
  );

  app.post(
    '/api/casussen/:id/overdracht',
    {
      config: { access: 'casus.handover' },
      schema: {
        tags: [TAG],
        summary:
          'Hands the case to another municipality: it gets the file and the regie (its officer becomes the ' +
          'regisseur); this municipality keeps no access, only the fact that it handed the case over',
        params: CaseParams,
        body: HandoverBody,
        response: { 200: Type.Object({ reference: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await handOverCase(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return { reference: r.reference };
    },
  );
}
