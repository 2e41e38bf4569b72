import { Type } from 'typebox';
import { actionOwners, createGapAction } from '../../app/zelfscan/actions.js';
import { readHint, reviewHint } from '../../app/zelfscan/hints.js';
import { regionOverview } from '../../app/zelfscan/region.js';
import { roundReportPdf } from '../../app/zelfscan/report-pdf.js';
import {
  addDocument,
  answerQuestion,
  changeOwnQuestion,
  changeRound,
  closeRoundUc,
  compareWithPrevious,
  createOwnQuestion,
  createRound,
  listRoundPage,
  OBJECT_QUESTION,
  OBJECT_ROUND,
  readDocument,
  readRound,
  readTemplates,
} from '../../app/zelfscan/rounds.js';
import { errorResponses, IdParams } from '../../contract/primitives.js';
import {
  ActionBody,
  ActionOwners,
  AnswerBody,
  AnswerParams,
  AnswerSaved,
  Comparison,
  Created,
  DocumentBody,
  DocumentParams,
  HintFacts,
  HintParams,
  HintReviewBody,
  OwnQuestionCreate,
  OwnQuestionUpdate,
  RegionOverview,
  ReportQuery,
  RoundClose,
  RoundCreate,
  RoundDetail,
  RoundListQuery,
  RoundPage,
  RoundParams,
  RoundUpdate,
  Templates,
} from '../../contract/zelfscan.js';
import type { App, ServerDeps } from '../deps.js';
import { sendDownload } from '../download.js';
import { requestContextOf } from '../request-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'zelfscan';
const Saved = Type.Object({ id: Type.String({ format: 'uuid' }), version: Type.Integer() });

/** The self-assessment: questionnaires and own questions, rounds, answers, evidence hints and gap actions. */
export async function zelfscanRoutes(app: App, deps: ServerDeps): Promise<void> {
  const ctxOf = (request: Parameters<typeof requestContextOf>[1]) =>
    requestContextOf(deps, request, 'zelfscan');

  app.get(
    '/api/zelfscan/vragenlijsten',
    {
      config: { access: 'zelfscan.read' },
      schema: {
        tags: [TAG],
        summary:
          "The questionnaires (VAR's four themes, the VNG/NGB checklist) with the municipality's own questions",
        response: { 200: Templates, ...errorResponses },
      },
    },
    async (request) => readTemplates(ctxOf(request)),
  );

  app.post(
    '/api/zelfscan/eigen-vragen',
    {
      config: { access: 'zelfscan.manage' },
      schema: {
        tags: [TAG],
        summary: 'Adds an own question under a part of a questionnaire',
        body: OwnQuestionCreate,
        response: { 201: Created, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createOwnQuestion(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_QUESTION, '');
      return reply.status(201).send({ id: r.id, version: 1 });
    },
  );

  app.put(
    '/api/zelfscan/eigen-vragen/:id',
    {
      config: { access: 'zelfscan.manage' },
      schema: {
        tags: [TAG],
        summary: 'Changes an own question or switches it off (never deleted), at the version read',
        params: IdParams,
        body: OwnQuestionUpdate,
        response: { 200: Saved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await changeOwnQuestion(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_QUESTION, request.params.id);
      return { id: request.params.id, version: r.version };
    },
  );

  app.get(
    '/api/zelfscan/rondes',
    {
      config: { access: 'zelfscan.read' },
      schema: {
        tags: [TAG],
        summary: "The municipality's self-assessment rounds, the latest first (paged)",
        querystring: RoundListQuery,
        response: { 200: RoundPage, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listRoundPage(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ROUND, '');
      return { rounds: r.rounds, nextCursor: r.nextCursor };
    },
  );

  app.post(
    '/api/zelfscan/rondes',
    {
      config: { access: 'zelfscan.manage' },
      schema: {
        tags: [TAG],
        summary: 'Starts a round of a questionnaire, with who takes part (one open round per questionnaire)',
        body: RoundCreate,
        response: { 201: Created, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createRound(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ROUND, '');
      return reply.status(201).send({ id: r.id, version: 1 });
    },
  );

  app.get(
    '/api/zelfscan/rondes/:id',
    {
      config: { access: 'zelfscan.read' },
      schema: {
        tags: [TAG],
        summary: 'One round: who took part, its questions, answers, verdicts on evidence hints and actions',
        params: RoundParams,
        response: { 200: RoundDetail, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readRound(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ROUND, request.params.id);
      return r.round;
    },
  );

  app.put(
    '/api/zelfscan/rondes/:id',
    {
      config: { access: 'zelfscan.manage' },
      schema: {
        tags: [TAG],
        summary: "Changes an open round's title, start and participants at the version read",
        params: RoundParams,
        body: RoundUpdate,
        response: { 200: Saved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await changeRound(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ROUND, request.params.id);
      return { id: request.params.id, version: r.version };
    },
  );

  app.put(
    '/api/zelfscan/rondes/:id/antwoorden/:questionKey',
    {
      config: { access: 'zelfscan.manage' },
      schema: {
        tags: [TAG],
        summary:
          'Answers a question (ja, deels, nee, n.v.t.) with an explanation and an https link, at the answer’s version',
        params: AnswerParams,
        body: AnswerBody,
        response: { 200: AnswerSaved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const { id, questionKey } = request.params;
      const r = await answerQuestion(ctx, id, questionKey, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ROUND, id);
      return { questionKey, version: r.version };
    },
  );

  app.post(
    '/api/zelfscan/rondes/:id/antwoorden/:questionKey/documenten',
    {
      config: { access: 'zelfscan.manage' },
      schema: {
        tags: [TAG],
        summary: "Adds a document as evidence to an answer (checked by content), at the answer's version",
        params: AnswerParams,
        body: DocumentBody,
        response: { 201: Saved, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const { id, questionKey } = request.params;
      const r = await addDocument(ctx, id, questionKey, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ROUND, id);
      return reply.status(201).send({ id: r.id, version: r.version });
    },
  );

  app.get(
    '/api/zelfscan/rondes/:id/antwoorden/:questionKey/documenten/:documentId',
    {
      config: { access: 'zelfscan.read' },
      schema: {
        tags: [TAG],
        summary: 'Downloads a document given as evidence',
        params: DocumentParams,
        response: { 200: Type.Unknown({ description: 'the document' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const { id, questionKey, documentId } = request.params;
      const r = await readDocument(ctx, id, questionKey, documentId);
      if (!r.ok) throw await failure(ctx, r, 'zelfscan_bewijs', documentId);
      return sendDownload(reply, r.file);
    },
  );

  app.get(
    '/api/zelfscan/rondes/:id/aanwijzingen/:questionKey',
    {
      config: { access: 'zelfscan.read' },
      schema: {
        tags: [TAG],
        summary:
          "What Duiden's own records show for a question (facts to confirm or correct, never an answer)",
        params: HintParams,
        response: { 200: HintFacts, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readHint(ctx, request.params.id, request.params.questionKey);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ROUND, request.params.id);
      return r.hint;
    },
  );

  app.post(
    '/api/zelfscan/rondes/:id/aanwijzingen/:questionKey',
    {
      config: { access: 'zelfscan.manage' },
      schema: {
        tags: [TAG],
        summary:
          'Confirms the facts of a hint, or corrects them with a note (stored with who, when and the facts)',
        params: HintParams,
        body: HintReviewBody,
        response: { 201: Created, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await reviewHint(ctx, request.params.id, request.params.questionKey, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ROUND, request.params.id);
      return reply.status(201).send({ id: r.id, version: 1 });
    },
  );

  app.post(
    '/api/zelfscan/rondes/:id/afsluiten',
    {
      config: { access: 'zelfscan.manage' },
      schema: {
        tags: [TAG],
        summary: 'Closes a round once every question is answered; its answers are final from then on',
        params: RoundParams,
        body: RoundClose,
        response: { 200: Saved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await closeRoundUc(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ROUND, request.params.id);
      return { id: request.params.id, version: r.version };
    },
  );

  app.get(
    '/api/zelfscan/rondes/:id/vergelijking',
    {
      config: { access: 'zelfscan.read' },
      schema: {
        tags: [TAG],
        summary:
          'The round against the previous closed round: answers per kind per theme and part, and what changed (no score)',
        params: RoundParams,
        response: { 200: Comparison, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await compareWithPrevious(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ROUND, request.params.id);
      return r.comparison;
    },
  );

  app.get(
    '/api/zelfscan/actiehouders',
    {
      config: { access: 'zelfscan.manage' },
      schema: {
        tags: [TAG],
        summary: 'Who of the municipality can own an action from a gap (those who see "Mijn acties")',
        response: { 200: ActionOwners, ...errorResponses },
      },
    },
    async (request) => actionOwners(ctxOf(request)),
  );

  app.post(
    '/api/zelfscan/rondes/:id/acties',
    {
      config: { access: 'zelfscan.manage' },
      schema: {
        tags: [TAG],
        summary: 'Makes a gap (an answer deels or nee) an action with an owner and a due date',
        params: RoundParams,
        body: ActionBody,
        response: { 201: Created, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createGapAction(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ROUND, request.params.id);
      return reply.status(201).send({ id: r.id, version: 1 });
    },
  );

  app.get(
    '/api/zelfscan/rondes/:id/rapport.pdf',
    {
      config: { access: 'zelfscan.read' },
      schema: {
        tags: [TAG],
        summary:
          'The round as a PDF report for the college or the council, with the substantive part of the NCTV funding request',
        params: RoundParams,
        querystring: ReportQuery,
        response: { 200: Type.Unknown({ description: 'application/pdf' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await roundReportPdf(ctx, request.params.id, request.query.voor ?? 'college');
      if (!r.ok) throw await failure(ctx, r, OBJECT_ROUND, request.params.id);
      return sendDownload(reply, { fileName: r.fileName, mediaType: 'application/pdf', content: r.pdf });
    },
  );

  app.get(
    '/api/zelfscan/regio',
    {
      config: { access: 'zelfscan.read' },
      schema: {
        tags: [TAG],
        summary:
          "For a region: each member municipality's latest closed round, per theme answered, ja, deels and nee (counts)",
        response: { 200: RegionOverview, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await regionOverview(ctx);
      if (!r.ok) throw await failure(ctx, r, 'zelfscan_regio', '');
      return r.overview;
    },
  );
}
