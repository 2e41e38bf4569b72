import { Type } from 'typebox';
import {
  createSummary,
  editSummary,
  exportedText,
  exportSummary,
  listCaseSummaries,
  readSummary,
} from '../../app/privacy/anonymised-summary.js';
import { caseRegister, personRegister, tenantRegister } from '../../app/privacy/disclosures.js';
import { readProcessingRegister } from '../../app/privacy/processing-register.js';
import { errorResponses, IdParams, Timestamp, Uuid } from '../../contract/primitives.js';
import {
  EntrySchema,
  RegisterPage,
  RegisterPageQuery,
  SummarySchema,
  SummaryWithFindings,
} from '../../contract/privacy-registers.js';
import { listLegalBases } from '../../db/overleggen/settings.js';
import type { SummaryRecord } from '../../db/privacy-anonymise.js';
import type { RegisterEntry } from '../../db/privacy-disclosures.js';
import type { App, ServerDeps } from '../deps.js';
import { problems } from '../problem.js';
import { actorOf } from '../request-context.js';
import { failure } from './overleggen-context.js';
import { privacyContextOf } from './privacy-context.js';

const TAG = 'privacy';

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
  covenant: e.covenant,
});

const presentSummary = (s: SummaryRecord) => ({
  id: s.id,
  casusId: s.casusId,
  text: s.text,
  status: s.status,
  createdAt: s.createdAt.toISOString(),
  createdByName: s.createdByName,
  exportedAt: s.exportedAt?.toISOString() ?? null,
  exportedByName: s.exportedByName,
  recipient: s.recipient,
  version: s.version,
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
          'Every disclosure of the municipality, newest first: what, to whom, on which legal basis, by whom; ' +
          'cursor pages',
        querystring: RegisterPageQuery,
        response: { 200: RegisterPage, ...errorResponses },
      },
    },
    async (request) => {
      if (actorOf(request).role !== 'privacy_officer') throw problems.forbidden();
      const ctx = privacyContextOf(deps, request, 'toezicht');
      const r = await tenantRegister(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, 'disclosure_register', '');
      return { items: r.entries.map(present), nextCursor: r.nextCursor };
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

  const anonCtx = (request: Parameters<typeof privacyContextOf>[1]) =>
    privacyContextOf(deps, request, 'anonieme_consultatie');

  app.post(
    '/api/privacy/casussen/:id/anoniem',
    {
      config: { access: 'privacy.anonymise' },
      schema: {
        tags: [TAG],
        summary:
          'Makes an anonymised summary of the case for consultation with an outside expert (a concept for review): names replaced by roles, dates relative, places and schools generalised',
        params: IdParams,
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = anonCtx(request);
      const r = await createSummary(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return reply.status(201).send({ id: r.id });
    },
  );

  app.get(
    '/api/privacy/casussen/:id/anoniem',
    {
      config: { access: 'privacy.anonymise' },
      schema: {
        tags: [TAG],
        summary: 'The anonymised summaries of a case, newest first',
        params: IdParams,
        response: { 200: Type.Array(SummarySchema), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = anonCtx(request);
      const r = await listCaseSummaries(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'casus', request.params.id);
      return r.summaries.map(presentSummary);
    },
  );

  app.get(
    '/api/privacy/anoniem/:id',
    {
      config: { access: 'privacy.anonymise' },
      schema: {
        tags: [TAG],
        summary: 'A summary with what the check against every known identifier of the case still finds in it',
        params: IdParams,
        response: {
          200: SummaryWithFindings,
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const ctx = anonCtx(request);
      const r = await readSummary(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'anonymised_summary', request.params.id);
      return { summary: presentSummary(r.summary), findings: [...r.findings] };
    },
  );

  app.patch(
    '/api/privacy/anoniem/:id',
    {
      config: { access: 'privacy.anonymise' },
      schema: {
        tags: [TAG],
        summary:
          "The officer's review: saves an edited text (needs the version last read); it is checked again",
        params: IdParams,
        body: Type.Object(
          { version: Type.Integer({ minimum: 1 }), text: Type.String({ maxLength: 100000 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = anonCtx(request);
      const r = await editSummary(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'anonymised_summary', request.params.id);
      return { id: request.params.id };
    },
  );

  app.post(
    '/api/privacy/anoniem/:id/export',
    {
      config: { access: 'privacy.anonymise' },
      schema: {
        tags: [TAG],
        summary:
          'Exports the reviewed summary to the named recipient on the chosen legal basis; refused while an identifier is still found. Logged and registered as a disclosure.',
        params: IdParams,
        body: Type.Object(
          {
            version: Type.Integer({ minimum: 1 }),
            recipient: Type.String({ maxLength: 400 }),
            legalBasisId: Uuid,
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ text: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = anonCtx(request);
      const r = await exportSummary(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'anonymised_summary', request.params.id);
      return { text: r.text };
    },
  );

  app.get(
    '/api/privacy/anoniem/:id/tekst.txt',
    {
      config: { access: 'privacy.anonymise' },
      schema: {
        tags: [TAG],
        summary: 'The text of an exported summary as a file (attachment); every download is logged',
        params: IdParams,
        response: { 200: Type.Unknown({ description: 'text/plain' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = anonCtx(request);
      const r = await exportedText(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'anonymised_summary', request.params.id);
      return reply
        .header('Content-Type', 'text/plain; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="casusbeschrijving-anoniem.txt"')
        .send(r.text);
    },
  );

  const Strings = Type.Array(Type.String());
  app.get(
    '/api/privacy/verwerkingsregister',
    {
      config: { access: 'privacy.processingRegister' },
      schema: {
        tags: [TAG],
        summary:
          'The register of processing activities (art. 30 AVG) generated from the configuration: purposes, categories of data and persons, recipients, retention terms',
        response: {
          200: Type.Object({
            controller: Type.String(),
            generatedAt: Timestamp,
            contact: Type.String(),
            thirdCountries: Type.String(),
            security: Strings,
            activities: Type.Array(
              Type.Object({
                key: Type.String(),
                name: Type.String(),
                purposes: Strings,
                legalBases: Strings,
                subjects: Strings,
                data: Strings,
                special: Strings,
                recipients: Strings,
                retention: Strings,
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => readProcessingRegister(deps.db, actorOf(request).tenantId, deps.clock()),
  );
}
