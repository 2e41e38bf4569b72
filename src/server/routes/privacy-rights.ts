import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { exportForRequest, exportPdf } from '../../app/privacy/subject-export.js';
import {
  activeRestrictions,
  createRequest,
  decideSubjectRequest,
  erase,
  findPersonsForRequest,
  lift,
  listSubjectRequests,
  readRequest,
  rectify,
  restrict,
} from '../../app/privacy/subject-requests.js';
import { errorResponses, IdParams, Nullable, Uuid } from '../../contract/primitives.js';
import {
  Kind,
  PersonHit,
  RequestListQuery,
  RequestPage,
  RequestParams,
  RestrictionSchema,
  SubjectRequestDetail,
} from '../../contract/privacy-rights.js';
import type { PersonRecord } from '../../db/personen.js';
import type { SubjectRequestRecord } from '../../db/privacy-requests.js';
import type { App, ServerDeps } from '../deps.js';
import { personFacts } from './meldingen-present.js';
import { failure } from './overleggen-context.js';
import { privacyContextOf } from './privacy-context.js';

const TAG = 'privacy';

const presentRequest = (r: SubjectRequestRecord) => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  decidedAt: r.decidedAt?.toISOString() ?? null,
});

const presentPerson = (p: PersonRecord) => ({
  ...personFacts(p),
  restrictedSource: p.restricted,
  version: p.version,
});

const presentRestriction = (x: {
  id: string;
  scope: string;
  reason: string;
  createdAt: Date;
  createdByName: string;
  liftedAt: Date | null;
  liftedByName: string | null;
  liftReason: string | null;
}) => ({
  id: x.id,
  scope: x.scope,
  reason: x.reason,
  createdAt: x.createdAt.toISOString(),
  createdByName: x.createdByName,
  liftedAt: x.liftedAt?.toISOString() ?? null,
  liftedByName: x.liftedByName,
  liftReason: x.liftReason,
});

/**
 * Data-subject rights (art. 15-18 AVG), handled by the privacy officer: requests, the export of everything
 * held about the person (JSON and PDF, third parties and restricted sources withheld and marked),
 * rectification, restriction of processing and erasure where the law allows.
 */
export async function privacyRightsRoutes(app: App, deps: ServerDeps): Promise<void> {
  const ctxOf = (request: FastifyRequest) => privacyContextOf(deps, request, 'rechten_betrokkene');

  app.get(
    '/api/privacy/personen',
    {
      config: { access: 'privacy.subjectRequests' },
      schema: {
        tags: [TAG],
        summary:
          'Persons with a similar name, to register a data-subject request (each result is a logged read)',
        querystring: Type.Object(
          { naam: Type.String({ minLength: 2, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Array(PersonHit),
          ...errorResponses,
        },
      },
    },
    async (request) => findPersonsForRequest(ctxOf(request), request.query.naam),
  );

  app.get(
    '/api/privacy/verzoeken',
    {
      config: { access: 'privacy.subjectRequests' },
      schema: {
        tags: [TAG],
        summary:
          'One page of the data-subject requests of the municipality, newest first (optionally one status), ' +
          'with the number still open',
        querystring: RequestListQuery,
        response: { 200: RequestPage, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listSubjectRequests(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, 'subject_request', '');
      return { items: r.requests.map(presentRequest), nextCursor: r.nextCursor, openCount: r.openCount };
    },
  );

  app.post(
    '/api/privacy/verzoeken',
    {
      config: { access: 'privacy.subjectRequests' },
      schema: {
        tags: [TAG],
        summary:
          'Registers a request of a person concerned, with when it came in and the reason it is handled',
        body: Type.Object(
          {
            personId: Uuid,
            kind: Kind,
            receivedOn: Type.String({ maxLength: 10 }),
            reason: Type.String({ maxLength: 4000 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createRequest(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, 'subject_request', '');
      return reply.status(201).send({ id: r.id });
    },
  );

  app.get(
    '/api/privacy/verzoeken/:id',
    {
      config: { access: 'privacy.subjectRequests' },
      schema: {
        tags: [TAG],
        summary:
          'A request with the person record, restrictions, rectifications and whether erasure is allowed',
        params: RequestParams,
        response: {
          200: SubjectRequestDetail,
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readRequest(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'subject_request', request.params.id);
      return {
        request: presentRequest(r.request),
        person: r.person ? presentPerson(r.person) : null,
        restrictions: r.restrictions.map(presentRestriction),
        rectifications: r.rectifications.map((x) => ({ ...x, at: x.at.toISOString() })),
        erasure: r.erasure,
      };
    },
  );

  app.post(
    '/api/privacy/verzoeken/:id/besluit',
    {
      config: { access: 'privacy.subjectRequests' },
      schema: {
        tags: [TAG],
        summary:
          'Closes the request: handled (what was done) or refused (why; required). Needs the version last read.',
        params: RequestParams,
        body: Type.Object(
          {
            version: Type.Integer({ minimum: 1 }),
            status: Type.Union([Type.Literal('afgehandeld'), Type.Literal('geweigerd')]),
            outcome: Type.Optional(Nullable(Type.String({ maxLength: 8000 }))),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await decideSubjectRequest(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'subject_request', request.params.id);
      return { id: request.params.id };
    },
  );

  const Optional = Type.Optional(Nullable(Type.String({ maxLength: 500 })));
  app.post(
    '/api/privacy/verzoeken/:id/rectificatie',
    {
      config: { access: 'privacy.subjectRequests' },
      schema: {
        tags: [TAG],
        summary:
          'Corrects the person record under a rectification request; records per field why and by whom',
        params: RequestParams,
        body: Type.Object(
          {
            personVersion: Type.Integer({ minimum: 1 }),
            reason: Type.String({ maxLength: 4000 }),
            changes: Type.Object(
              {
                displayName: Optional,
                birthDate: Optional,
                neighbourhood: Optional,
                address: Optional,
                schoolOrWork: Optional,
              },
              { additionalProperties: false },
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await rectify(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'person', request.params.id);
      return { id: request.params.id };
    },
  );

  app.post(
    '/api/privacy/verzoeken/:id/beperkingen',
    {
      config: { access: 'privacy.subjectRequests' },
      schema: {
        tags: [TAG],
        summary:
          'Restricts the processing of the person (art. 18 AVG): what and why; flagged wherever the person is shown',
        params: RequestParams,
        body: Type.Object(
          { scope: Type.String({ maxLength: 1000 }), reason: Type.String({ maxLength: 4000 }) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await restrict(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'subject_request', request.params.id);
      return reply.status(201).send({ id: r.restrictionId });
    },
  );

  app.post(
    '/api/privacy/verzoeken/:id/beperkingen/:restrictionId/opheffen',
    {
      config: { access: 'privacy.subjectRequests' },
      schema: {
        tags: [TAG],
        summary: 'Lifts a restriction of processing, with the reason',
        params: Type.Object({ id: Uuid, restrictionId: Uuid }),
        body: Type.Object({ reason: Type.String({ maxLength: 4000 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await lift(ctx, request.params.id, request.params.restrictionId, request.body);
      if (!r.ok) throw await failure(ctx, r, 'subject_request', request.params.id);
      return { id: request.params.restrictionId };
    },
  );

  app.post(
    '/api/privacy/verzoeken/:id/wissen',
    {
      config: { access: 'privacy.subjectRequests' },
      schema: {
        tags: [TAG],
        summary:
          'Erasure on request where the law allows (art. 17 AVG); otherwise the request is refused with the reason',
        params: RequestParams,
        body: Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            erased: Type.Boolean(),
            reason: Type.Union([Type.Object({ nl: Type.String(), en: Type.String() }), Type.Null()]),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await erase(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'subject_request', request.params.id);
      return { erased: r.erased, reason: r.reason };
    },
  );

  for (const format of ['json', 'pdf'] as const) {
    app.get(
      `/api/privacy/verzoeken/:id/export.${format}`,
      {
        config: { access: 'privacy.subjectExport' },
        schema: {
          tags: [TAG],
          summary:
            `Everything held about the person as ${format.toUpperCase()} (attachment): signals, meeting items, cases, ` +
            'disclosures and who accessed it; third parties and restricted sources withheld and marked. ' +
            'Logged, and registered as a disclosure to the person.',
          params: IdParams,
          response: {
            200: Type.Unknown({ description: format === 'pdf' ? 'application/pdf' : 'application/json' }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const r = await exportForRequest(ctx, request.params.id, format);
        if (!r.ok) throw await failure(ctx, r, 'subject_request', request.params.id);
        const date = ctx.now.toISOString().slice(0, 10);
        const body = format === 'pdf' ? await exportPdf(r.doc) : JSON.stringify(r.doc, null, 2);
        return reply
          .header('Content-Type', format === 'pdf' ? 'application/pdf' : 'application/json; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="inzage-${date}.${format}"`)
          .header('Cache-Control', 'no-store')
          .send(body);
      },
    );
  }

  app.get(
    '/api/personen/:id/beperkingen',
    {
      config: { access: 'privacy.restrictionFlag' },
      schema: {
        tags: [TAG],
        summary:
          'Active restrictions of processing of a person: shown as a flag wherever the person is shown',
        params: IdParams,
        response: { 200: Type.Array(RestrictionSchema), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = privacyContextOf(deps, request, 'beperking');
      const r = await activeRestrictions(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'person', request.params.id);
      return r.restrictions.map(presentRestriction);
    },
  );
}
