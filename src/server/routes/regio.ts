import {
  agreementChoices,
  createAgreement,
  endRegionalAgreement,
  listAgreementPage,
  readAgreement,
} from '../../app/regio/agreements.js';
import { errorResponses } from '../../contract/primitives.js';
import {
  AgreementChoices,
  AgreementDetail,
  AgreementListQuery,
  AgreementPage,
  AgreementParams,
  AgreementSaved,
  CreateAgreementBody,
  EndAgreementBody,
} from '../../contract/regio.js';
import type { App, ServerDeps } from '../deps.js';
import { requestContextOf } from '../request-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'regio';
const ctxOf = (deps: ServerDeps, request: Parameters<typeof requestContextOf>[1]) =>
  requestContextOf(deps, request, 'regio');

/** Regional cooperation: the agreements of a region with its municipalities (list, choices, add, read, end). */
export async function regioRoutes(app: App, deps: ServerDeps): Promise<void> {
  app.get(
    '/api/regio/afspraken',
    {
      config: { access: 'regio.agreementRead' },
      schema: {
        tags: [TAG],
        summary: 'A page of the agreements the region or municipality takes part in, the latest start first',
        querystring: AgreementListQuery,
        response: { 200: AgreementPage, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(deps, request);
      const r = await listAgreementPage(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, 'regio_afspraak_lijst', ctx.actor.tenantId);
      return r.page;
    },
  );

  app.get(
    '/api/regio/afspraken/keuzes',
    {
      config: { access: 'regio.agreementManage' },
      schema: {
        tags: [TAG],
        summary: 'The municipalities of the region and the covenants an agreement can rest on',
        response: { 200: AgreementChoices, ...errorResponses },
      },
    },
    async (request) => agreementChoices(ctxOf(deps, request)),
  );

  app.post(
    '/api/regio/afspraken',
    {
      config: { access: 'regio.agreementManage' },
      schema: {
        tags: [TAG],
        summary:
          'Records an agreement: a municipality has a task worked by the region or a larger municipality',
        body: CreateAgreementBody,
        response: { 201: AgreementSaved, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(deps, request);
      const r = await createAgreement(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, 'regio_afspraak', ctx.actor.tenantId);
      return reply.status(201).send({ id: r.id, version: r.version });
    },
  );

  app.get(
    '/api/regio/afspraken/:id',
    {
      config: { access: 'regio.agreementRead' },
      schema: {
        tags: [TAG],
        summary: 'One agreement with its covenant, term and the open work under it (logged)',
        params: AgreementParams,
        response: { 200: AgreementDetail, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(deps, request);
      const r = await readAgreement(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'regio_afspraak', request.params.id);
      return r.agreement;
    },
  );

  app.post(
    '/api/regio/afspraken/:id/beeindigen',
    {
      config: { access: 'regio.agreementManage' },
      schema: {
        tags: [TAG],
        summary:
          'Ends an agreement today at the version last read (409 with the saved one); its open work goes back to the municipality',
        params: AgreementParams,
        body: EndAgreementBody,
        response: { 200: AgreementSaved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(deps, request);
      const r = await endRegionalAgreement(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'regio_afspraak', request.params.id);
      return { id: request.params.id, version: r.version, handedBack: r.handedBack };
    },
  );
}
