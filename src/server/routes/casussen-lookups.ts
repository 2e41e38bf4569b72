import { Type } from 'typebox';
import { caseAttention, partnerStaff, regisseurCandidates, reviewsDue } from '../../app/casus/lookups.js';
import { CaseAttention, ReviewDue } from '../../contract/casussen.js';
import { errorResponses, Uuid } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { caseContextOf } from './casussen-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'casussen';

/** Look-ups for the case screens that name no one a case is about. */
export async function casusLookupRoutes(app: App, deps: ServerDeps): Promise<void> {
  app.get(
    '/api/casussen/evaluaties-te-laat',
    {
      config: { access: 'casus.reviewsDue' },
      schema: {
        tags: [TAG],
        summary:
          "The open cases of the officer's municipality whose review date has passed: reference and date only",
        response: {
          200: Type.Array(ReviewDue),
          ...errorResponses,
        },
      },
    },
    async (request) => reviewsDue(caseContextOf(deps, request)),
  );

  app.get(
    '/api/casussen/aandacht',
    {
      config: { access: 'casus.reviewsDue' },
      schema: {
        tags: [TAG],
        summary:
          "What needs the officer's attention in the open cases of the own municipality, by reference only: " +
          'checklist items whose term has passed or falls within a week, and open cases without a regisseur',
        response: {
          200: CaseAttention,
          ...errorResponses,
        },
      },
    },
    async (request) => caseAttention(caseContextOf(deps, request)),
  );

  app.get(
    '/api/casussen/regisseurs',
    {
      config: { access: 'casus.regisseurs' },
      schema: {
        tags: [TAG],
        summary:
          'The aandachtsfunctionarissen of the own municipality, one of whom is named regisseur of a case',
        response: { 200: Type.Array(Type.Object({ id: Uuid, name: Type.String() })), ...errorResponses },
      },
    },
    async (request) => regisseurCandidates(caseContextOf(deps, request)),
  );

  app.get(
    '/api/casussen/organisaties/:organisationId/medewerkers',
    {
      config: { access: 'casus.manage' },
      schema: {
        tags: [TAG],
        summary:
          'The people of a partner organisation of the municipality, to name one as participant or measure owner',
        params: Type.Object({ organisationId: Uuid }),
        response: {
          200: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const ctx = caseContextOf(deps, request);
      const r = await partnerStaff(ctx, request.params.organisationId);
      if (!r.ok) throw await failure(ctx, r, 'organisatie', request.params.organisationId);
      return r.staff;
    },
  );
}
