import { Type } from 'typebox';
import { caseRegister, personRegister, tenantRegister } from '../../app/privacy/disclosures.js';
import { listLegalBases } from '../../db/overleggen.js';
import type { RegisterEntry } from '../../db/privacy-disclosures.js';
import type { App, ServerDeps } from '../deps.js';
import { problems } from '../problem.js';
import { actorOf } from '../request-context.js';
import { errorResponses, IdParams, Timestamp, Uuid } from '../schemas.js';
import { failure } from './overleggen-context.js';
import { privacyContextOf } from './privacy-rights.js';

const TAG = 'privacy';

const EntrySchema = Type.Object({
  id: Type.Integer(),
  objectType: Type.String(),
  objectId: Uuid,
  description: Type.String(),
  recipient: Type.String(),
  legalBasis: Type.Object({ code: Type.String(), labelNl: Type.String(), labelEn: Type.String() }),
  disclosedByName: Type.String(),
  disclosedAt: Timestamp,
  casusId: Type.Union([Uuid, Type.Null()]),
  restricted: Type.Boolean(),
});

const present = (e: RegisterEntry) => ({
  id: e.id,
  objectType: e.objectType,
  objectId: e.objectId,
  description: e.description,
  recipient: e.recipient,
  legalBasis: e.legalBasis,
  disclosedByName: e.disclosedByName,
  disclosedAt: e.disclosedAt.toISOString(),
  casusId: e.casusId,
  restricted: e.restricted,
});

/** The disclosure register (per case, per person, whole municipality) and the list of legal bases. */
export async function privacyRegisterRoutes(app: App, deps: ServerDeps): Promise<void> {
  app.get(
    '/api/privacy/grondslagen',
    {
      config: { access: 'privacy.legalBases' },
      schema: {
        tags: [TAG],
        summary:
          'The maintained list of legal bases (law and covenant articles) a disclosure is recorded with',
        response: {
          200: Type.Array(
            Type.Object({
              id: Uuid,
              code: Type.String(),
              labelNl: Type.String(),
              labelEn: Type.String(),
              example: Type.Boolean(),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (request) => listLegalBases(deps.db, actorOf(request).tenantId),
  );

  app.get(
    '/api/privacy/verstrekkingen',
    {
      config: { access: 'privacy.disclosures' },
      schema: {
        tags: [TAG],
        summary:
          'Every disclosure of the municipality, newest first: what, to whom, on which legal basis, by whom',
        response: { 200: Type.Array(EntrySchema), ...errorResponses },
      },
    },
    async (request) => {
      if (actorOf(request).role !== 'privacy_officer') throw problems.forbidden();
      return (await tenantRegister(privacyContextOf(deps, request, 'toezicht'))).map(present);
    },
  );

  app.get(
    '/api/privacy/verstrekkingen/casussen/:id',
    {
      config: { access: 'privacy.disclosures' },
      schema: {
        tags: [TAG],
        summary: 'The disclosures of one case: its participants, meeting items and minutes, exports',
        params: IdParams,
        response: {
          200: Type.Object({ reference: Type.String(), entries: Type.Array(EntrySchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const ctx = privacyContextOf(deps, request, 'toezicht');
      const r = await caseRegister(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return { reference: r.reference, entries: r.entries.map(present) };
    },
  );

  app.get(
    '/api/privacy/verstrekkingen/personen/:id',
    {
      config: { access: 'privacy.disclosures' },
      schema: {
        tags: [TAG],
        summary:
          'The disclosures about one person: meeting items of their signals and cases, participations, exports',
        params: IdParams,
        response: { 200: Type.Array(EntrySchema), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = privacyContextOf(deps, request, 'toezicht');
      const r = await personRegister(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'person', request.params.id);
      return r.entries.map(present);
    },
  );
}
