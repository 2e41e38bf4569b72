import type { FastifyRequest } from 'fastify';
import { type Static, type TSchema, Type } from 'typebox';
import { markSignalStatistics } from '../../app/analyse/exclusion.js';
import { addAttachment } from '../../app/melding/add-attachment.js';
import { annotateSignal } from '../../app/melding/annotate-signal.js';
import { categoriseSignal } from '../../app/melding/categorise-signal.js';
import { changeSignalStatus } from '../../app/melding/change-signal-status.js';
import { loadMeldpuntConfig } from '../../app/melding/config.js';
import { startNotifier } from '../../app/melding/notify-meldpunt.js';
import { PublicMunicipalities } from '../../app/melding/public-municipalities.js';
import type { AuditFn, Failure, Result } from '../../app/melding/results.js';
import { sendFeedback } from '../../app/melding/send-feedback.js';
import { type SubmitSignalInput, submitSignal } from '../../app/melding/submit-signal.js';
import { ExclusionBody, ExclusionState } from '../../contract/analyse.js';
import {
  AnnotationBody,
  AttachmentBody,
  CategoryBody,
  CategorySchema,
  ChangeResponse,
  FeedbackBody,
  IntakeResponse,
  NewCategoryBody,
  ProfessionalIntakeBody,
  SettingsBody,
  SettingsSchema,
  SignalCounts,
  SignalDetail,
  StaffIntakeBody,
  TransitionBody,
  UpdateCategoryBody,
  WorklistQuery,
  WorklistResponse,
} from '../../contract/meldingen.js';
import { errorResponses, IdParams, Uuid } from '../../contract/primitives.js';
import type { Database, Queryable } from '../../db/database.js';
import {
  countOpenSignals,
  findAttachment,
  findSignal,
  findSignalHead,
  listWorklist,
  type WorklistSort,
} from '../../db/meldingen.js';
import {
  type Category,
  findCategory,
  findSettings,
  insertCategory,
  listCategories,
  type MeldpuntSettings,
  updateCategory,
  updateSettings,
} from '../../db/meldpunt-settings.js';
import { municipalityWorkedBy } from '../../db/regio-agreements.js';
import type { PolicyKey } from '../../domain/access/policy.js';
import type { Actor } from '../../domain/access/roles.js';
import { signalViewFor, worklistScope } from '../../domain/melding/access.js';
import { addDays, amsterdamDate, amsterdamStartOfDay, isValidDate } from '../../domain/melding/calendar.js';
import { DEFAULT_DEADLINES } from '../../domain/melding/deadlines.js';
import { referenceSearch } from '../../domain/melding/reference.js';
import type { App, ServerDeps } from '../deps.js';
import { sendDownload } from '../download.js';
import { type HttpProblem, problems } from '../problem.js';
import { actorOf, audit } from '../request-context.js';
import { auditFor, failure, presentSignal, presentWorklistItem } from './meldingen-present.js';
import { INTAKE_BODY_LIMIT, meldingPublicRoutes } from './meldingen-public.js';

const TAG = 'meldpunt';

function badCursor(): HttpProblem {
  return problems.validation([
    { field: 'cursor', nl: 'Ongeldige paginaverwijzing.', en: 'Invalid page reference.' },
  ]);
}

/** Keyset cursor: the sort it belongs to, the last row's sort value and id. */
function encodeCursor(sort: WorklistSort, value: string, id: string): string {
  return Buffer.from(JSON.stringify([sort, value, id])).toString('base64url');
}

function decodeCursor(
  cursor: string | undefined,
  sort: WorklistSort,
): { value: string; id: string } | undefined {
  if (!cursor) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== sort) throw badCursor();
  const [, value, id] = parsed as [string, unknown, unknown];
  const valid =
    typeof value === 'string' &&
    typeof id === 'string' &&
    /^[0-9a-f-]{36}$/.test(id) &&
    (sort === 'termijn' ? isValidDate(value) || value === 'infinity' : !Number.isNaN(Date.parse(value)));
  if (!valid) throw badCursor();
  return { value: value as string, id: id as string };
}

/**
 * The meldpunt: staff and professional intake, the worklist, a signal's detail, its steps, category,
 * annotations, feedback and attachments; the categories and settings of the municipality. Registers the
 * public routes and starts the notification sender too.
 */
export async function meldingRoutes(app: App, deps: ServerDeps): Promise<void> {
  const { db, clock } = deps;
  const mc = loadMeldpuntConfig();
  const notifier = startNotifier(db, clock, mc, (err) =>
    app.log.error({ err }, 'meldpunt notifications failed'),
  );
  app.addHook('onClose', async () => notifier.stop());
  const municipalities = new PublicMunicipalities(db, clock);
  await meldingPublicRoutes(app, deps, mc, notifier, municipalities);

  // Regional cooperation: a region's meldpunt works a municipality's signal on its behalf. Every access-log
  // entry of such a request names the municipality (its log, on_behalf_of) with the region as the actor's
  // organisation; the access rules themselves are in src/domain/melding/access.ts (worksForMunicipality).
  app.addHook('preHandler', async (request) => {
    const a = request.actor;
    if (a?.role !== 'meldpunt' || a.organisationKind !== 'regio') return;
    if (!(request.routeOptions.url ?? '').startsWith('/api/meldingen/:id')) return;
    const id = (request.params as { id?: unknown }).id;
    if (typeof id !== 'string') return;
    request.onBehalfOf = await municipalityWorkedBy(db, id, a.tenantId);
  });

  /**
   * Saves a versioned change to the municipality's own administration (a category, the settings), logged in
   * the same transaction; a save by someone else since the version read is answered 409 with `current`.
   */
  const saveAdministration = async (
    request: FastifyRequest,
    current: unknown,
    object: { readonly objectType: string; readonly objectId: string },
    update: (q: Queryable) => Promise<boolean>,
  ): Promise<void> => {
    const changed = await db.tx(async (q) => {
      const ok = await update(q);
      if (ok)
        await audit(q, clock(), request, { action: 'update', ...object, purpose: 'beheer', result: 'ok' });
      return ok;
    });
    if (!changed) throw problems.conflict(current);
  };

  const settingsOf = async (tenantId: string) => (await findSettings(db, tenantId)) ?? DEFAULT_DEADLINES;
  const refuse = (f: Failure, request: FastifyRequest, signalId?: string) =>
    failure(f, { db, actor: actorOf(request), now: clock(), ...(signalId ? { signalId } : {}) });

  /**
   * A signed-in intake (staff or partner): the same body limit and answer. The signal is recorded for the
   * actor's municipality with its deadlines; the answer carries the reference and the message for the sender.
   */
  const intakeRoute = <B extends TSchema>(
    route: { readonly url: string; readonly access: PolicyKey; readonly summary: string; readonly body: B },
    input: (b: Static<B>, a: Actor) => Omit<SubmitSignalInput, 'tenantId' | 'actor' | 'deadlines'>,
    message: (reference: string) => { nl: string; en: string },
    afterSaved: () => void = () => {},
  ) =>
    app.route({
      method: 'POST',
      url: route.url,
      config: { access: route.access },
      bodyLimit: INTAKE_BODY_LIMIT,
      schema: {
        tags: [TAG],
        summary: route.summary,
        body: route.body,
        response: { 201: IntakeResponse, ...errorResponses },
      },
      handler: async (request, reply) => {
        const a = actorOf(request);
        const result = await submitSignal(
          db,
          clock(),
          {
            ...input(request.body as Static<B>, a),
            tenantId: a.tenantId,
            actor: a,
            deadlines: await settingsOf(a.tenantId),
          },
          auditFor(request, clock),
        );
        if (!result.ok) throw await refuse(result, request);
        afterSaved();
        reply.status(201);
        return {
          id: result.id,
          reference: result.reference,
          receivedAt: result.receivedAt.toISOString(),
          statusCode: result.statusCode,
          message: message(result.reference),
        };
      },
    });

  intakeRoute(
    {
      url: '/api/meldingen',
      access: 'melding.intake',
      summary:
        'Staff intake: a signal received by telephone, e-mail, at the desk, from the police/CTER, a partner, or an AIVD ambtsbericht (aandachtsfunctionaris only)',
      body: StaffIntakeBody,
    },
    (b) => ({
      route: 'medewerker',
      channel: b.channel,
      receivedOn: b.receivedOn,
      draft: b,
      attachments: b.attachments ?? [],
      issueStatusCode: b.statusCodeForReporter ?? false,
    }),
    (reference) => ({ nl: `Vastgelegd als ${reference}.`, en: `Recorded as ${reference}.` }),
  );

  intakeRoute(
    {
      url: '/api/meldingen/professioneel',
      access: 'melding.submitProfessional',
      summary:
        'Professional intake by a signed-in partner: the form plus the steps of the Werkwijze informatie delen, each confirmed with a note',
      body: ProfessionalIntakeBody,
    },
    (b, a) => ({
      route: 'professional',
      channel: 'ketenpartner',
      // The signed-in professional is known; the form may still name another contact.
      draft: {
        ...b,
        reporter: {
          ...b.reporter,
          kind: 'professional',
          name: b.reporter.name || a.displayName,
          organisation: b.reporter.organisation || a.organisationName,
        },
      },
      sharingSteps: b.sharingSteps,
      attachments: b.attachments ?? [],
      // Not issued: the partner follows the signal in the application.
      issueStatusCode: false,
    }),
    (reference) => ({
      nl: `Uw melding is ontvangen als ${reference}. U vindt haar terug onder uw eigen meldingen.`,
      en: `Your report was received as ${reference}. You will find it among your own reports.`,
    }),
    () => notifier.kick(),
  );

  app.get(
    '/api/meldingen/aantallen',
    {
      config: { access: 'melding.counts' },
      schema: {
        tags: [TAG],
        summary:
          'Content-free counts for the home page of the meldpunt, officer and mayor: open signals, still received, past a deadline',
        response: {
          200: SignalCounts,
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const scope = worklistScope(actorOf(request));
      // The route rule leaves partners out (no status or deadlines of their reports); the scope agrees.
      if (!scope || scope.submittedBy) throw problems.forbidden();
      return countOpenSignals(db, scope, amsterdamDate(clock()));
    },
  );

  app.get(
    '/api/meldingen',
    {
      config: { access: 'melding.list' },
      schema: {
        tags: [TAG],
        summary:
          'The worklist: filter by status, category, channel, kind, period (received, Amsterdam dates, inclusive), overdue; Dutch full-text search (q); sort; cursor pages',
        querystring: WorklistQuery,
        response: { 200: WorklistResponse, ...errorResponses },
      },
    },
    async (request) => {
      const a = actorOf(request);
      const scope = worklistScope(a);
      if (!scope) throw problems.forbidden();
      const qs = request.query;
      const sort = (qs.sort ?? 'ontvangen_nieuw') as WorklistSort;
      const limit = qs.limit ?? 25;
      const now = clock();
      const today = amsterdamDate(now);
      const text = qs.q?.trim() || undefined;
      // "M-2026-00039", "2026-00039" or "00039" is a reference, not a word in the text.
      const reference = text ? (referenceSearch(text, 'M') ?? undefined) : undefined;
      const rows = await listWorklist(db, {
        ...scope,
        statuses: qs.status,
        categoryId: qs.categoryId,
        channels: qs.channel,
        kind: qs.kind,
        from: qs.from ? amsterdamStartOfDay(qs.from) : undefined,
        before: qs.to ? amsterdamStartOfDay(addDays(qs.to, 1)) : undefined,
        overdueBefore: qs.overdue ? today : undefined,
        text: reference ? undefined : text,
        reference,
        sort,
        after: decodeCursor(qs.cursor, sort),
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      // One entry per page, naming every signal shown; a region's meldpunt one per municipality on the page,
      // in that municipality's log and on its behalf.
      const owners = scope.regional && page.length > 0 ? [...new Set(page.map((r) => r.tenantId))] : [null];
      await audit(
        db,
        now,
        request,
        owners.map((owner) => ({
          action: 'read',
          objectType: 'signal_list',
          objectId:
            page
              .filter((r) => owner === null || r.tenantId === owner)
              .map((r) => r.id)
              .join(',') || null,
          purpose: 'meldpunt',
          result: 'ok' as const,
          ...(owner ? { tenantId: owner, onBehalfOf: owner } : {}),
        })),
      );
      const last = page.at(-1);
      return {
        items: page.map((r) => presentWorklistItem(r, a, today)),
        nextCursor: rows.length > limit && last ? encodeCursor(sort, last.sortValue, last.id) : null,
        exactId: (reference?.exact && page.find((r) => r.reference === reference.exact)?.id) || null,
      };
    },
  );

  app.get(
    '/api/meldingen/:id',
    {
      config: { access: 'melding.read' },
      schema: {
        tags: [TAG],
        summary:
          'One signal with its facts, assumptions, persons, deadlines, history, annotations, feedback and attachments',
        params: IdParams,
        response: { 200: SignalDetail, ...errorResponses },
      },
    },
    async (request) => {
      const a = actorOf(request);
      const s = await findSignal(db, request.params.id);
      const view = s ? signalViewFor(a, s) : null;
      if (!s || !view) throw problems.notFound();
      const persons = [...new Set(s.subjects.map((p) => p.personId).filter((p): p is string => p !== null))];
      await db.tx(async (q) => {
        for (const personId of persons.length > 0 ? persons : [null]) {
          await audit(q, clock(), request, {
            action: 'read',
            objectType: 'signal',
            objectId: s.id,
            personId,
            purpose: 'meldpunt',
            result: 'ok',
          });
        }
      });
      return presentSignal(s, view, a, clock());
    },
  );

  /**
   * A route that changes one signal under the version last read: the use case is given who, when, the
   * signal's id, the body and the access-log writer; a refusal becomes its problem response (a conflict
   * carries the signal as it is now), success answers the signal's id and new version.
   */
  const signalChange = <B extends TSchema, R extends { version: number }>(
    route: {
      readonly method: 'POST' | 'PUT';
      readonly url: string;
      readonly access: PolicyKey;
      readonly summary: string;
      readonly body: B;
      /** 201 for a change that adds something to the signal (an annotation, feedback, an attachment). */
      readonly status: 200 | 201;
      readonly bodyLimit?: number;
      readonly response?: TSchema;
    },
    change: (
      db: Database,
      actor: Actor,
      now: Date,
      id: string,
      body: Static<B>,
      audit: AuditFn,
    ) => Promise<Result<R>>,
    answer: (r: R) => object = () => ({}),
  ) =>
    app.route({
      method: route.method,
      url: route.url,
      config: { access: route.access },
      ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
      schema: {
        tags: [TAG],
        summary: route.summary,
        params: IdParams,
        body: route.body,
        response: {
          [route.status]: route.response ?? ChangeResponse,
          ...errorResponses,
        } as Record<number, TSchema>,
      },
      handler: async (request, reply) => {
        const r = await change(
          db,
          actorOf(request),
          clock(),
          request.params.id,
          request.body as Static<B>,
          auditFor(request, clock),
        );
        if (!r.ok) throw await refuse(r, request, request.params.id);
        reply.status(route.status);
        return { id: request.params.id, version: r.version, ...answer(r) };
      },
    });

  signalChange(
    {
      method: 'POST',
      url: '/api/meldingen/:id/status',
      access: 'melding.transition',
      summary:
        'Takes the next step (state machine): meer_informatie_nodig needs dueOn and note; besloten needs outcome and note; afgesloten needs closeReason. 409 with "allowed" for a step that is not allowed.',
      body: TransitionBody,
      status: 200,
    },
    changeSignalStatus,
  );
  signalChange(
    {
      method: 'PUT',
      url: '/api/meldingen/:id/categorie',
      access: 'melding.categorise',
      summary: 'Sets (or clears, with null) the phenomenon category; staff only, never the reporter',
      body: CategoryBody,
      status: 200,
    },
    categoriseSignal,
  );
  signalChange(
    {
      method: 'PUT',
      url: '/api/meldingen/:id/statistiek',
      access: 'melding.statistics',
      summary:
        'Leaves the signal out of the figures of the analysis (test, dubbel, niet_voor_statistiek; a reason is required) or, with null, puts it back',
      body: ExclusionBody,
      status: 200,
      response: Type.Object({ id: Uuid, version: Type.Integer(), statistics: ExclusionState }),
    },
    markSignalStatistics,
    (r) => ({ statistics: r.statistics }),
  );
  signalChange(
    {
      method: 'POST',
      url: '/api/meldingen/:id/annotaties',
      access: 'melding.annotate',
      summary: 'A later annotation: confirms or refutes an assumption (assumptionId), or adds information',
      body: AnnotationBody,
      status: 201,
    },
    annotateSignal,
  );
  signalChange(
    {
      method: 'POST',
      url: '/api/meldingen/:id/terugkoppeling',
      access: 'melding.feedback',
      summary: 'Feedback for the reporter: shown on the public status page (and to a submitting partner)',
      body: FeedbackBody,
      status: 201,
    },
    sendFeedback,
  );
  signalChange(
    {
      method: 'POST',
      url: '/api/meldingen/:id/bijlagen',
      access: 'melding.addAttachment',
      bodyLimit: 13_981_016 + 64 * 1024,
      summary:
        'Adds an attachment (base64, at most 10 MB; PDF, image, plain text or office document by content)',
      body: AttachmentBody,
      status: 201,
      response: Type.Object({ id: Uuid, version: Type.Integer(), attachmentId: Uuid }),
    },
    addAttachment,
    (r) => ({ attachmentId: r.attachmentId }),
  );

  app.get(
    '/api/meldingen/:id/bijlagen/:attachmentId',
    {
      config: { access: 'melding.readAttachment' },
      schema: {
        tags: [TAG],
        summary: 'Downloads an attachment (Content-Disposition: attachment, Cache-Control: no-store)',
        params: Type.Object({ id: Uuid, attachmentId: Uuid }),
        response: {
          200: Type.Unknown({ description: 'The file, with the media type detected from its content' }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const a = actorOf(request);
      const head = await findSignalHead(db, request.params.id);
      if (!head || !signalViewFor(a, head)) throw problems.notFound();
      const file = await findAttachment(db, head.id, request.params.attachmentId);
      if (!file) throw problems.notFound();
      await audit(db, clock(), request, {
        action: 'download',
        objectType: 'attachment',
        objectId: file.id,
        purpose: 'meldpunt',
        result: 'ok',
      });
      return sendDownload(reply, file);
    },
  );

  // Categories (fenomenen) and settings of the own municipality.

  app.get(
    '/api/meldpunt/categorieen',
    {
      config: { access: 'melding.categories' },
      schema: {
        tags: [TAG],
        summary: "The municipality's phenomenon categories (the NCTV list plus its own)",
        response: { 200: Type.Array(CategorySchema), ...errorResponses },
      },
    },
    async (request) => listCategories(db, actorOf(request).tenantId),
  );

  app.post(
    '/api/meldpunt/categorieen',
    {
      config: { access: 'melding.manageCategories' },
      schema: {
        tags: [TAG],
        summary: 'Adds a category of the municipality',
        body: NewCategoryBody,
        response: { 201: CategorySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const a = actorOf(request);
      const b = request.body;
      // The labels are stored trimmed: only spaces is no label (the database would refuse it as a 500).
      const blank = (['labelNl', 'labelEn'] as const).filter((f) => b[f].trim() === '');
      if (blank.length > 0) {
        throw problems.validation(
          blank.map((field) =>
            field === 'labelNl'
              ? { field, nl: 'Vul de naam in het Nederlands in.', en: 'Enter the name in Dutch.' }
              : { field, nl: 'Vul de naam in het Engels in.', en: 'Enter the name in English.' },
          ),
        );
      }
      try {
        const id = await db.tx(async (q) => {
          const id = await insertCategory(q, a.tenantId, {
            code: b.code,
            labelNl: b.labelNl.trim(),
            labelEn: b.labelEn.trim(),
            sort: b.sort ?? 100,
          });
          await audit(q, clock(), request, {
            action: 'create',
            objectType: 'phenomenon_category',
            objectId: id,
            purpose: 'beheer',
            result: 'ok',
          });
          return id;
        });
        return reply.status(201).send((await findCategory(db, a.tenantId, id)) as Category);
      } catch (err) {
        if ((err as { code?: string }).code === '23505') {
          throw problems.validation([
            { field: 'code', nl: 'Deze code is al in gebruik.', en: 'This code is already in use.' },
          ]);
        }
        throw err;
      }
    },
  );

  app.patch(
    '/api/meldpunt/categorieen/:id',
    {
      config: { access: 'melding.manageCategories' },
      schema: {
        tags: [TAG],
        summary: 'Changes or deactivates a category (signals keep theirs); needs the version last read',
        params: IdParams,
        body: UpdateCategoryBody,
        response: { 200: CategorySchema, ...errorResponses },
      },
    },
    async (request) => {
      const a = actorOf(request);
      const current = await findCategory(db, a.tenantId, request.params.id);
      if (!current) throw problems.notFound();
      const b = request.body;
      await saveAdministration(
        request,
        current,
        { objectType: 'phenomenon_category', objectId: current.id },
        (q) => updateCategory(q, a.tenantId, current.id, b.version, b),
      );
      return (await findCategory(db, a.tenantId, current.id)) as Category;
    },
  );

  app.get(
    '/api/meldpunt/instellingen',
    {
      config: { access: 'melding.settings' },
      schema: {
        tags: [TAG],
        summary: 'Deadlines (working days), notification address and public form of the own municipality',
        response: { 200: SettingsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const s = await findSettings(db, actorOf(request).tenantId);
      if (!s) throw problems.notFound();
      return s;
    },
  );

  app.patch(
    '/api/meldpunt/instellingen',
    {
      config: { access: 'melding.settings' },
      schema: {
        tags: [TAG],
        summary: 'Changes the settings; new deadlines apply to signals received from now on',
        body: SettingsBody,
        response: { 200: SettingsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const a = actorOf(request);
      const current = await findSettings(db, a.tenantId);
      if (!current) throw problems.notFound();
      const b = request.body;
      await saveAdministration(
        request,
        current,
        { objectType: 'meldpunt_settings', objectId: a.tenantId },
        (q) =>
          updateSettings(q, a.tenantId, b.version, {
            acknowledgeWorkingDays: b.acknowledgeWorkingDays,
            triageWorkingDays: b.triageWorkingDays,
            ...(b.notifyEmail !== undefined ? { notifyEmail: b.notifyEmail?.toLowerCase() ?? null } : {}),
            publicIntake: b.publicIntake,
          }),
      );
      municipalities.clear();
      return (await findSettings(db, a.tenantId)) as MeldpuntSettings;
    },
  );
}
