import { Type } from 'typebox';
import { CONTENT_TYPES, exportAnalysisVersion } from '../../app/analyse/document-export.js';
import { catalogueReports } from '../../app/analyse/document-reports.js';
import {
  analysisSections,
  approveAnalysisDocument,
  createAnalysisDocument,
  listAnalysisDocuments,
  listAnalysisVersions,
  type ReportsOfPeriod,
  readAnalysisDocument,
  readAnalysisVersion,
  updateAnalysisDocument,
} from '../../app/analyse/documents.js';
import {
  ApproveBody,
  DocumentCreate,
  DocumentListQuery,
  DocumentPageSchema,
  DocumentSchema,
  DocumentUpdate,
  ExportQuery,
  SectionListSchema,
  VersionListSchema,
  VersionParams,
  VersionSchema,
} from '../../contract/analyse.js';
import { errorResponses, IdParams, Uuid } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { requestContextOf } from '../request-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'analyse';
const OBJECT_TYPE = 'analysis_document';
const BASE = '/api/analyse/documenten';

/**
 * The analysis as a document: the list, a new document about a fixed period, the words per fenomeen and for
 * the whole (versioned), approving a frozen version, the versions and their exports. Aggregates only.
 */
export async function analyseDocumentRoutes(
  app: App,
  deps: ServerDeps,
  reports: ReportsOfPeriod = catalogueReports,
): Promise<void> {
  const ctxOf = (request: Parameters<typeof requestContextOf>[1]) =>
    requestContextOf(deps, request, 'fenomeenanalyse');

  app.get(
    BASE,
    {
      config: { access: 'analyse.document.read' },
      schema: {
        tags: [TAG],
        summary: "The municipality's (or region's) analysis documents, newest first, by cursor pages",
        querystring: DocumentListQuery,
        response: { 200: DocumentPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listAnalysisDocuments(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, OBJECT_TYPE, '');
      return { documents: r.documents, nextCursor: r.nextCursor };
    },
  );

  app.get(
    '/api/analyse/onderdelen',
    {
      config: { access: 'analyse.document.read' },
      schema: {
        tags: [TAG],
        summary: 'The sections a document is written in: the whole, then every fenomeen of the list',
        response: { 200: SectionListSchema, ...errorResponses },
      },
    },
    async (request) => analysisSections(ctxOf(request)),
  );

  app.post(
    BASE,
    {
      config: { access: 'analyse.document.write' },
      schema: {
        tags: [TAG],
        summary: "A new analysis document about one fixed period ('2025', '2025-H1', '2025-K3', '2025-03')",
        body: DocumentCreate,
        response: { 201: Type.Object({ id: Uuid, version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createAnalysisDocument(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_TYPE, '');
      return reply.status(201).send({ id: r.id, version: r.version });
    },
  );

  app.get(
    `${BASE}/:id`,
    {
      config: { access: 'analyse.document.read' },
      schema: {
        tags: [TAG],
        summary: 'One analysis document: its words per section, its version and its approved versions',
        params: IdParams,
        response: { 200: DocumentSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readAnalysisDocument(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, OBJECT_TYPE, request.params.id);
      const { ok: _ok, ...doc } = r;
      return doc;
    },
  );

  app.put(
    `${BASE}/:id`,
    {
      config: { access: 'analyse.document.write' },
      schema: {
        tags: [TAG],
        summary:
          'Saves the title and the words (aard, omvang, ontwikkeling, risicos per section) at the version read; ' +
          '409 with the saved document when another version was saved since',
        params: IdParams,
        body: DocumentUpdate,
        response: { 200: Type.Object({ version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await updateAnalysisDocument(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_TYPE, request.params.id);
      return { version: r.version };
    },
  );

  app.post(
    `${BASE}/:id/vaststellen`,
    {
      config: { access: 'analyse.document.approve' },
      schema: {
        tags: [TAG],
        summary:
          'Approves the document at the version read: a new frozen version with the words, every report of ' +
          'the period as protected by the disclosure control, and the rules used',
        params: IdParams,
        body: ApproveBody,
        response: { 201: Type.Object({ id: Uuid, number: Type.Integer() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await approveAnalysisDocument(ctx, request.params.id, request.body, reports);
      if (!r.ok) throw await failure(ctx, r, OBJECT_TYPE, request.params.id);
      return reply.status(201).send({ id: r.id, number: r.number });
    },
  );

  app.get(
    `${BASE}/:id/versies`,
    {
      config: { access: 'analyse.document.read' },
      schema: {
        tags: [TAG],
        summary: 'The approved versions of a document, newest first',
        params: IdParams,
        response: { 200: VersionListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listAnalysisVersions(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, OBJECT_TYPE, request.params.id);
      return r.versions;
    },
  );

  app.get(
    `${BASE}/:id/versies/:versionId`,
    {
      config: { access: 'analyse.document.read' },
      schema: {
        tags: [TAG],
        summary: 'One approved version as it was frozen: the words, the protected figures and the rules',
        params: VersionParams,
        response: { 200: VersionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readAnalysisVersion(ctx, request.params.id, request.params.versionId);
      if (!r.ok) throw await failure(ctx, r, 'analysis_version', request.params.versionId);
      const { ok: _ok, ...version } = r;
      return version;
    },
  );

  for (const format of ['pdf', 'csv', 'xlsx'] as const) {
    app.get(
      `${BASE}/:id/versies/:versionId/export.${format}`,
      {
        config: { access: 'analyse.export' },
        schema: {
          tags: [TAG],
          summary:
            `An approved version as ${format.toUpperCase()} (attachment), stamped with the rule for ` +
            'spokespeople, the disclosure rules and the legend; logged and registered as a disclosure of ' +
            'aggregates (by default to the council and the college, on art. 6(1)(e) AVG)',
          params: VersionParams,
          querystring: ExportQuery,
          response: {
            200: Type.Unknown({ description: CONTENT_TYPES[format] }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const { id, versionId } = request.params;
        const r = await exportAnalysisVersion(ctx, id, versionId, format, request.query);
        if (!r.ok) throw await failure(ctx, r, 'analysis_version', versionId);
        return reply
          .header('Content-Type', r.contentType)
          .header('Content-Disposition', `attachment; filename="${r.fileName}"`)
          .header('Cache-Control', 'no-store')
          .header('X-Content-Type-Options', 'nosniff')
          .send(r.body);
      },
    );
  }
}
