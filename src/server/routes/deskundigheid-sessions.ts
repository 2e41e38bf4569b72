import fastifyRateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  addParticipant,
  commitImport,
  createTrainingSession,
  downloadCertificate,
  listTrainingSessions,
  lookupsForSessions,
  openReactionForm,
  previewImport,
  publicReaction,
  readTrainingSession,
  removeParticipant,
  setCount,
  submitReaction,
  updateTrainingSession,
  uploadCertificate,
} from '../../app/deskundigheid/sessions.js';
import { loadMeldpuntConfig } from '../../app/melding/config.js';
import {
  CertificateUpload,
  CountSet,
  ImportCommit,
  ImportPreviewSchema,
  ImportResultSchema,
  ImportUpload,
  ParticipantAdd,
  PersonParams,
  PublicReactionSchema,
  ReactionBody,
  ReactionOpen,
  ReactionParams,
  SessionCreate,
  SessionListQuery,
  SessionLookupsSchema,
  SessionPageSchema,
  SessionSchema,
  SessionUpdate,
} from '../../contract/deskundigheid-sessions.js';
import { DateOnly, errorResponses, IdParams, Uuid } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { sendDownload } from '../download.js';
import { databaseStore, routeLimit, tooManyRequests } from '../rate-limit.js';
import { requestContextOf } from '../request-context.js';
import { failure, problemOf } from './overleggen-context.js';

const TAG = 'deskundigheid';
const BASE = '/api/deskundigheid';
const Version = Type.Object({ version: Type.Integer() });

/**
 * Deskundigheid, sessions: the sessions of a training with the organisations that joined, participants
 * (named or counted), certificates, the import of attendance lists, and the anonymous reaction form by token
 * (public, rate-limited per address as the public intake is).
 */
export async function deskundigheidSessionRoutes(root: App, deps: ServerDeps): Promise<void> {
  const app = root;
  const ctxOf = (request: Parameters<typeof requestContextOf>[1]) =>
    requestContextOf(deps, request, 'deskundigheid');

  app.get(
    `${BASE}/sessie-keuzelijsten`,
    {
      config: { access: 'deskundigheid.read' },
      schema: {
        tags: [TAG],
        summary: 'What the session forms choose from: trainings, organisations, target groups',
        response: { 200: SessionLookupsSchema, ...errorResponses },
      },
    },
    async (request) => lookupsForSessions(ctxOf(request)),
  );

  app.get(
    `${BASE}/sessies`,
    {
      config: { access: 'deskundigheid.read' },
      schema: {
        tags: [TAG],
        summary:
          'Sessions, newest first, by cursor pages; filters by training, year and organisation. A partner sees ' +
          'the sessions it joined and counts only its own people',
        querystring: SessionListQuery,
        response: { 200: SessionPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listTrainingSessions(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, 'training_session_list', '');
      return { sessions: r.sessions, nextCursor: r.nextCursor };
    },
  );

  app.post(
    `${BASE}/sessies`,
    {
      config: { access: 'deskundigheid.manage' },
      schema: {
        tags: [TAG],
        summary: 'Records a session: training, date, status (a held one not in the future), organisations',
        body: SessionCreate,
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createTrainingSession(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, 'training_session', '');
      return reply.status(201).send({ id: r.id });
    },
  );

  app.get(
    `${BASE}/sessies/:id`,
    {
      config: { access: 'deskundigheid.read' },
      schema: {
        tags: [TAG],
        summary:
          'One session: organisations, named participants (a partner: its own only; each logged), counts, and ' +
          'for the organisers the reaction form with its protected counts',
        params: IdParams,
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readTrainingSession(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'training_session', request.params.id);
      const { ok: _ok, ...session } = r;
      return session;
    },
  );

  app.put(
    `${BASE}/sessies/:id`,
    {
      config: { access: 'deskundigheid.manage' },
      schema: {
        tags: [TAG],
        summary:
          'Saves a session at the version read; 409 with the saved session when another was saved since',
        params: IdParams,
        body: SessionUpdate,
        response: { 200: Version, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await updateTrainingSession(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'training_session', request.params.id);
      return { version: r.version };
    },
  );

  app.post(
    `${BASE}/sessies/:id/deelnemers`,
    {
      config: { access: 'deskundigheid.peopleManage' },
      schema: {
        tags: [TAG],
        summary: 'Records a named participant from the register, or whether they completed',
        params: IdParams,
        body: ParticipantAdd,
        response: { 200: Version, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await addParticipant(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'training_session', request.params.id);
      return { version: r.version };
    },
  );

  app.delete(
    `${BASE}/sessies/:id/deelnemers/:personId`,
    {
      config: { access: 'deskundigheid.peopleManage' },
      schema: {
        tags: [TAG],
        summary: 'Removes a named participant (and their certificate) from the session',
        params: PersonParams,
        response: { 200: Version, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await removeParticipant(ctx, request.params.id, request.params.personId);
      if (!r.ok) throw await failure(ctx, r, 'training_session', request.params.id);
      return { version: r.version };
    },
  );

  app.put(
    `${BASE}/sessies/:id/aantallen`,
    {
      config: { access: 'deskundigheid.manage' },
      schema: {
        tags: [TAG],
        summary: 'Sets the count of participants of an organisation and target group; 0 removes it',
        params: IdParams,
        body: CountSet,
        response: { 200: Version, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await setCount(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'training_session', request.params.id);
      return { version: r.version };
    },
  );

  app.put(
    `${BASE}/sessies/:id/deelnemers/:personId/certificaat`,
    {
      config: { access: 'deskundigheid.peopleManage' },
      bodyLimit: 7_000_000 + 64 * 1024,
      schema: {
        tags: [TAG],
        summary:
          'Attaches the certificate of a participant: PDF, PNG or JPEG (decided by content), at most 5 MB',
        params: PersonParams,
        body: CertificateUpload,
        response: { 200: Version, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await uploadCertificate(ctx, request.params.id, request.params.personId, request.body);
      if (!r.ok) throw await failure(ctx, r, 'training_session', request.params.id);
      return { version: r.version };
    },
  );

  app.get(
    `${BASE}/sessies/:id/deelnemers/:personId/certificaat`,
    {
      config: { access: 'deskundigheid.people' },
      schema: {
        tags: [TAG],
        summary: 'Downloads a certificate (a partner: of its own people only); logged',
        params: PersonParams,
        response: { 200: Type.Unknown(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await downloadCertificate(ctx, request.params.id, request.params.personId);
      if (!r.ok) throw await failure(ctx, r, 'training_certificate', request.params.id);
      return sendDownload(reply, r.file);
    },
  );

  app.put(
    `${BASE}/sessies/:id/reactieformulier`,
    {
      config: { access: 'deskundigheid.manage' },
      schema: {
        tags: [TAG],
        summary:
          'Opens the anonymous reaction form of a held session until a date (at most 90 days after it)',
        params: IdParams,
        body: ReactionOpen,
        response: { 200: Type.Object({ token: Type.String(), openUntil: DateOnly }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await openReactionForm(ctx, request.params.id, request.body.openUntil);
      if (!r.ok) throw await failure(ctx, r, 'training_session', request.params.id);
      return { token: r.token, openUntil: r.openUntil };
    },
  );

  app.post(
    `${BASE}/import/voorbeeld`,
    {
      config: { access: 'deskundigheid.peopleManage' },
      bodyLimit: 1_400_000 + 64 * 1024,
      schema: {
        tags: [TAG],
        summary:
          'Previews the import of an attendance list (CSV in UTF-8, base64): sessions, persons matched by e-mail ' +
          'or created, counts, and every row problem with its row and field. Writes nothing',
        body: ImportUpload,
        response: { 200: ImportPreviewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await previewImport(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, 'training_import', '');
      const { ok: _ok, ...preview } = r;
      return preview;
    },
  );

  app.post(
    `${BASE}/import`,
    {
      config: { access: 'deskundigheid.peopleManage' },
      bodyLimit: 1_400_000 + 64 * 1024,
      schema: {
        tags: [TAG],
        summary:
          'Records the previewed attendance list in one transaction: nothing when a row has a problem; the same ' +
          'file again changes nothing',
        body: ImportCommit,
        response: { 201: ImportResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await commitImport(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, 'training_import', '');
      const { ok: _ok, ...result } = r;
      return reply.status(201).send(result);
    },
  );

  await deskundigheidReactionRoutes(root, deps);
}

/** The anonymous reaction form: no sign-in, by the session's token, rate-limited per client address. */
async function deskundigheidReactionRoutes(root: App, deps: ServerDeps): Promise<void> {
  const { db, clock } = deps;
  const mc = loadMeldpuntConfig();
  await root.register(async (scope) => {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    await app.register(fastifyRateLimit, {
      global: false,
      ...(mc.rateLimitStore === 'database' ? { store: databaseStore(db, clock) } : {}),
      errorResponseBuilder: (_request, ctx) => tooManyRequests(Math.ceil(ctx.ttl / 1000)),
    });

    app.get(
      '/api/public/deskundigheid/reactie/:token',
      {
        config: {
          access: 'deskundigheid.reaction',
          rateLimit: { ...routeLimit(mc.status, 'reaction-read') },
        },
        schema: {
          tags: ['deskundigheid (publiek)'],
          summary: 'The training and day of the session the reaction form is about, and whether it is open',
          params: ReactionParams,
          response: { 200: PublicReactionSchema, ...errorResponses },
        },
      },
      async (request) => {
        const r = await publicReaction(db, clock(), request.params.token);
        if (!r.ok) throw problemOf(r);
        const { ok: _ok, ...info } = r;
        return info;
      },
    );

    app.post(
      '/api/public/deskundigheid/reactie/:token',
      {
        config: { access: 'deskundigheid.reaction', rateLimit: { ...routeLimit(mc.submit, 'reaction') } },
        schema: {
          tags: ['deskundigheid (publiek)'],
          summary:
            'Sends an anonymous reaction (useful: ja/deels/nee, what was missing) while the form is open',
          params: ReactionParams,
          body: ReactionBody,
          response: { 204: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        // Anonymous and not about a person: nothing is logged, so no address is kept with a reaction.
        const r = await submitReaction(db, clock(), request.params.token, request.body);
        if (!r.ok) throw problemOf(r);
        return reply.status(204).send(null);
      },
    );
  });
}
