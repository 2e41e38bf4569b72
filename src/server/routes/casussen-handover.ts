import { Type } from 'typebox';
import { handOverCase, handoverOptions, listHandovers } from '../../app/casus/handover.js';
import { CASE_LIMITS } from '../../domain/casus/types.js';
import type { App, ServerDeps } from '../deps.js';
import { errorResponses, Timestamp, Uuid } from '../../contract/primitives.js';
import { caseContextOf } from './casussen-context.js';
import { CaseParams } from '../../contract/casussen.js';
import { failure } from './overleggen-context.js';

const TAG = 'casussen';
const Ref = Type.Object({ id: Uuid, name: Type.String() });

const Options = Type.Object({
  municipalities: Type.Array(Type.Object({ id: Uuid, name: Type.String(), officers: Type.Array(Ref) })),
  legalBases: Type.Array(
    Type.Object({
      id: Uuid,
      label: Type.Object({ nl: Type.String(), en: Type.String() }),
      example: Type.Boolean(),
    }),
  ),
});
const HandoverBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version of the case last read' }),
    toMunicipalityId: Uuid,
    toOfficerUserId: Uuid,
    legalBasisId: Uuid,
    reason: Type.String({ minLength: 1, maxLength: CASE_LIMITS.reason }),
  },
  { additionalProperties: false },
);
const Handover = Type.Object({
  id: Uuid,
  reference: Type.String({ description: 'The reference the case had in this municipality' }),
  to: Type.String(),
  handedAt: Timestamp,
  by: Type.Union([Type.String(), Type.Null()]),
  closureReason: Type.Literal('overgedragen'),
});

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
          'to whom); the file itself went with the case',
        response: { 200: Type.Array(Handover), ...errorResponses },
      },
    },
    async (request) => listHandovers(caseContextOf(deps, request)),
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
