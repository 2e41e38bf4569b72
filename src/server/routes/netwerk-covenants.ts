import { Type } from 'typebox';
import {
  addCovenantVersion,
  changeCovenant,
  covenantAttention,
  createCovenant,
  listCovenantPage,
  queueCovenantWarnings,
  readCovenant,
  readCoverage,
  readSettings,
  readVersionFile,
  saveSettings,
} from '../../app/netwerk/covenants.js';
import {
  AddVersionBody,
  CovenantAttention,
  CovenantDetail,
  CovenantListQuery,
  CovenantPage,
  CovenantParams,
  CovenantSaved,
  CovenantSettings,
  CovenantSettingsBody,
  Coverage,
  CoverageQuery,
  CreateCovenantBody,
  UpdateCovenantBody,
  VersionParams,
} from '../../contract/netwerk-covenants.js';
import { errorResponses, Uuid } from '../../contract/primitives.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import { runInBackground } from '../background-step.js';
import type { App, ServerDeps } from '../deps.js';
import { sendDownload } from '../download.js';
import { requestContextOf } from '../request-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'netwerk';
const ctxOf = (deps: ServerDeps, request: Parameters<typeof requestContextOf>[1]) =>
  requestContextOf(deps, request, 'netwerk');

/** Covenants (convenanten) on information sharing: list, read, record, change, signed versions, settings. */
export async function netwerkCovenantRoutes(app: App, deps: ServerDeps): Promise<void> {
  // The officer's warnings ahead of the end and the evaluation date, through the meetings' outbox (sent by
  // its mail step). Queued hourly; each warning once per covenant, kind, date and officer.
  runInBackground(app, {
    name: 'covenant warnings',
    everyMs: 3_600_000,
    clock: deps.clock,
    step: (now) => queueCovenantWarnings(deps.db, now),
  });

  app.get(
    '/api/netwerk/convenanten',
    {
      config: { access: 'netwerk.covenantRead' },
      schema: {
        tags: [TAG],
        summary: 'A page of the municipality’s covenants, the first to end first (cursor paging)',
        querystring: CovenantListQuery,
        response: { 200: CovenantPage, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(deps, request);
      const r = await listCovenantPage(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, 'covenant_list', ctx.actor.tenantId);
      return r.page;
    },
  );

  app.get(
    '/api/netwerk/convenanten/aandacht',
    {
      config: { access: 'netwerk.covenantAttention' },
      schema: {
        tags: [TAG],
        summary: 'The covenants that end, ended or are due for evaluation within the warning period',
        response: { 200: CovenantAttention, ...errorResponses },
      },
    },
    async (request) => covenantAttention(ctxOf(deps, request)),
  );

  app.get(
    '/api/netwerk/convenanten/dekking',
    {
      config: { access: 'netwerk.covenantCoverage' },
      schema: {
        tags: [TAG],
        summary:
          'Whether a valid covenant covers sharing with an organisation (on a day, for a meeting kind and a task)',
        querystring: CoverageQuery,
        response: { 200: Coverage, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(deps, request);
      const q = request.query;
      return readCoverage(ctx, q.organisatie, {
        on: q.datum ?? amsterdamDate(ctx.now),
        meetingKind: q.overleg,
        task: q.taak,
      });
    },
  );

  app.get(
    '/api/netwerk/convenanten/instellingen',
    {
      config: { access: 'netwerk.covenantRead' },
      schema: {
        tags: [TAG],
        summary: 'Whether sharing without a covenant warns or is refused, and the warning period in days',
        response: { 200: CovenantSettings, ...errorResponses },
      },
    },
    async (request) => readSettings(ctxOf(deps, request)),
  );

  app.put(
    '/api/netwerk/convenanten/instellingen',
    {
      config: { access: 'netwerk.covenantSettings' },
      schema: {
        tags: [TAG],
        summary: 'Changes the covenant settings at the version last read',
        body: CovenantSettingsBody,
        response: { 200: CovenantSettings, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(deps, request);
      const r = await saveSettings(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, 'covenant_settings', ctx.actor.tenantId);
      return { enforcement: request.body.enforcement, warnDays: request.body.warnDays, version: r.version };
    },
  );

  app.post(
    '/api/netwerk/convenanten',
    {
      config: { access: 'netwerk.covenantManage' },
      schema: {
        tags: [TAG],
        summary: 'Records a covenant: parties, signatories, purpose, legal bases, scope and term',
        body: CreateCovenantBody,
        response: { 201: CovenantSaved, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(deps, request);
      const r = await createCovenant(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, 'covenant', ctx.actor.tenantId);
      return reply.status(201).send({ id: r.id, version: r.version });
    },
  );

  app.get(
    '/api/netwerk/convenanten/:id',
    {
      config: { access: 'netwerk.covenantRead' },
      schema: {
        tags: [TAG],
        summary: 'One covenant with its signatories (logged) and signed versions',
        params: CovenantParams,
        response: { 200: CovenantDetail, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(deps, request);
      const r = await readCovenant(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'covenant', request.params.id);
      return r.covenant;
    },
  );

  app.put(
    '/api/netwerk/convenanten/:id',
    {
      config: { access: 'netwerk.covenantManage' },
      schema: {
        tags: [TAG],
        summary: 'Changes a covenant at the version last read (409 with the version saved meanwhile)',
        params: CovenantParams,
        body: UpdateCovenantBody,
        response: { 200: CovenantSaved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(deps, request);
      const r = await changeCovenant(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'covenant', request.params.id);
      return { id: request.params.id, version: r.version };
    },
  );

  app.post(
    '/api/netwerk/convenanten/:id/versies',
    {
      config: { access: 'netwerk.covenantManage' },
      bodyLimit: 13_981_016 + 64 * 1024,
      schema: {
        tags: [TAG],
        summary:
          'Adds a signed version with its document (base64, at most 10 MB; PDF, image, text or office document by content)',
        params: CovenantParams,
        body: AddVersionBody,
        response: {
          201: Type.Object({ id: Uuid, version: Type.Integer(), versionId: Uuid }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(deps, request);
      const r = await addCovenantVersion(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'covenant', request.params.id);
      return reply.status(201).send({ id: request.params.id, version: r.version, versionId: r.versionId });
    },
  );

  app.get(
    '/api/netwerk/convenanten/:id/versies/:versionId',
    {
      config: { access: 'netwerk.covenantRead' },
      schema: {
        tags: [TAG],
        summary: 'Downloads the signed document of a version (Content-Disposition: attachment, no-store)',
        params: VersionParams,
        response: {
          200: Type.Unknown({ description: 'The file, with the media type detected from its content' }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(deps, request);
      const r = await readVersionFile(ctx, request.params.id, request.params.versionId);
      if (!r.ok) throw await failure(ctx, r, 'covenant_version', request.params.versionId);
      const f = r.file;
      return sendDownload(reply, f);
    },
  );
}
