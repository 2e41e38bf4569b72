import { Type } from 'typebox';
import {
  logKeyFigureContact,
  queueKeyFigureReminders,
  readKeyFigureContacts,
  snoozeKeyFigure,
} from '../../app/netwerk/key-figure-contacts.js';
import { readSoundings, startSounding } from '../../app/netwerk/key-figure-sounding.js';
import {
  changeKeyFigure,
  createKeyFigure,
  keyFigureLookups,
  listKeyFigurePage,
  readAgreement,
  readKeyFigure,
  uploadAgreement,
} from '../../app/netwerk/key-figures.js';
import { loadMeetingMailConfig } from '../../app/overleg/send-mail.js';
import {
  KeyFigureContactCreate,
  KeyFigureContactLog,
  KeyFigureCreate,
  KeyFigureDocumentUpload,
  KeyFigureListQuery,
  KeyFigureLookups,
  KeyFigurePage,
  KeyFigureSaved,
  KeyFigureSchema,
  KeyFigureSnooze,
  KeyFigureUpdate,
  SoundingCreate,
  SoundingCreated,
  SoundingList,
} from '../../contract/netwerk-key-figures.js';
import { DateOnly, errorResponses, IdParams, Uuid } from '../../contract/primitives.js';
import { amsterdamHour, runInBackground } from '../background-step.js';
import type { App, ServerDeps } from '../deps.js';
import { sendDownload } from '../download.js';
import { requestContextOf } from '../request-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'netwerk';
const OBJECT = 'sleutelfiguur';

/**
 * Key figures (sleutelfiguren): their record, the agreement document, contact upkeep and the peiling after
 * a major event. Only for the aandachtsfunctionaris and the network coordinator; every read is logged.
 */
export async function netwerkKeyFigureRoutes(app: App, deps: ServerDeps): Promise<void> {
  const ctxOf = (request: Parameters<typeof requestContextOf>[1]) =>
    requestContextOf(deps, request, 'netwerk');

  // Reminders of overdue key-figure contacts, queued once a day from 07:00 (Amsterdam) into the meetings'
  // outbox, which the meetings module sends.
  if (loadMeetingMailConfig().smtpUrl) {
    runInBackground(app, {
      name: 'key figure reminders',
      everyMs: 60_000,
      clock: deps.clock,
      step: async (now) => {
        if (amsterdamHour(now) >= 7) await queueKeyFigureReminders(deps.db, now);
      },
    });
  }

  app.get(
    '/api/netwerk/sleutelfiguren',
    {
      config: { access: 'netwerk.keyFigure.read' },
      schema: {
        tags: [TAG],
        summary:
          'The key figures of the own municipality by name (paged; by status, own, overdue or text); each one shown is logged',
        querystring: KeyFigureListQuery,
        response: { 200: KeyFigurePage, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listKeyFigurePage(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, OBJECT, '');
      return { keyFigures: r.keyFigures, nextCursor: r.nextCursor };
    },
  );

  app.get(
    '/api/netwerk/sleutelfiguren/keuzes',
    {
      config: { access: 'netwerk.keyFigure.read' },
      schema: {
        tags: [TAG],
        summary: 'Who may be named contact owner: users of the municipality in the key figures roles',
        response: { 200: KeyFigureLookups, ...errorResponses },
      },
    },
    async (request) => keyFigureLookups(ctxOf(request)),
  );

  app.post(
    '/api/netwerk/sleutelfiguren',
    {
      config: { access: 'netwerk.keyFigure.manage' },
      schema: {
        tags: [TAG],
        summary: 'Adds a key figure: minimal data, the agreement, roles, status, review date, contact owner',
        body: KeyFigureCreate,
        response: { 201: KeyFigureSaved, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createKeyFigure(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT, '');
      return reply.status(201).send({ id: r.id, version: 1 });
    },
  );

  app.get(
    '/api/netwerk/sleutelfiguren/:id',
    {
      config: { access: 'netwerk.keyFigure.read' },
      schema: {
        tags: [TAG],
        summary: 'One key figure (the read is logged)',
        params: IdParams,
        response: { 200: KeyFigureSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readKeyFigure(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      return r.keyFigure;
    },
  );

  app.put(
    '/api/netwerk/sleutelfiguren/:id',
    {
      config: { access: 'netwerk.keyFigure.manage' },
      schema: {
        tags: [TAG],
        summary: 'Changes a key figure; needs the version last read (409 with the version saved)',
        params: IdParams,
        body: KeyFigureUpdate,
        response: { 200: KeyFigureSaved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await changeKeyFigure(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      return { id: request.params.id, version: r.version };
    },
  );

  app.put(
    '/api/netwerk/sleutelfiguren/:id/afspraak',
    {
      config: { access: 'netwerk.keyFigure.manage' },
      bodyLimit: 15 * 1024 * 1024,
      schema: {
        tags: [TAG],
        summary:
          'Attaches the signed agreement (base64, at most 10 MB; PDF, image, text or office document by content)',
        params: IdParams,
        body: KeyFigureDocumentUpload,
        response: { 200: KeyFigureSaved, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await uploadAgreement(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      return { id: request.params.id, version: r.version };
    },
  );

  app.get(
    '/api/netwerk/sleutelfiguren/:id/afspraak',
    {
      config: { access: 'netwerk.keyFigure.read' },
      schema: {
        tags: [TAG],
        summary: 'Downloads the signed agreement (Content-Disposition: attachment, Cache-Control: no-store)',
        params: IdParams,
        response: { 200: Type.Any(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await readAgreement(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      const file = r.file;
      return sendDownload(reply, file);
    },
  );

  app.get(
    '/api/netwerk/sleutelfiguren/:id/contacten',
    {
      config: { access: 'netwerk.keyFigure.read' },
      schema: {
        tags: [TAG],
        summary: 'The contact log of a key figure, newest first (date, form, who, a short note)',
        params: IdParams,
        response: { 200: KeyFigureContactLog, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readKeyFigureContacts(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      return r.log;
    },
  );

  app.post(
    '/api/netwerk/sleutelfiguren/:id/contacten',
    {
      config: { access: 'netwerk.keyFigure.contact' },
      schema: {
        tags: [TAG],
        summary: 'Logs a contact with a key figure (never content about persons)',
        params: IdParams,
        body: KeyFigureContactCreate,
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await logKeyFigureContact(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      return reply.status(201).send({ id: r.id });
    },
  );

  app.post(
    '/api/netwerk/sleutelfiguren/:id/uitstellen',
    {
      config: { access: 'netwerk.keyFigure.contact' },
      schema: {
        tags: [TAG],
        summary: 'Snoozes the contact reminder of a key figure that is due soon or overdue (at most 90 days)',
        params: IdParams,
        body: KeyFigureSnooze,
        response: { 200: Type.Object({ snoozedUntil: DateOnly }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await snoozeKeyFigure(ctx, request.params.id, request.body.until);
      if (!r.ok) throw await failure(ctx, r, OBJECT, request.params.id);
      return { snoozedUntil: r.snoozedUntil };
    },
  );

  app.get(
    '/api/netwerk/peilingen',
    {
      config: { access: 'netwerk.keyFigure.sounding' },
      schema: {
        tags: [TAG],
        summary: 'The peilingen among key figures, newest first, with per contact owner whether it was done',
        response: { 200: SoundingList, ...errorResponses },
      },
    },
    async (request) => readSoundings(ctxOf(request)),
  );

  app.post(
    '/api/netwerk/peilingen',
    {
      config: { access: 'netwerk.keyFigure.sounding' },
      schema: {
        tags: [TAG],
        summary:
          'Peiling na een ingrijpende gebeurtenis: asks every active key figure’s contact owner, as an action with a due date',
        body: SoundingCreate,
        response: { 201: SoundingCreated, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await startSounding(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, 'sleutelfiguur_peiling', '');
      return reply.status(201).send({ id: r.id, actions: r.actions, keyFigures: r.keyFigures });
    },
  );
}
