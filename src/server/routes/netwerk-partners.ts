import { Type } from 'typebox';
import {
  addContactPerson,
  listContactsDue,
  logContact,
  queueContactReminders,
  readContactLog,
  snoozeContact,
  updateContactPerson,
} from '../../app/netwerk/contacts.js';
import {
  addDistrict,
  addKind,
  createNetworkPartner,
  listNetworkPartners,
  networkCoverage,
  networkLookups,
  readNetworkPartner,
  updateNetworkPartner,
} from '../../app/netwerk/partners.js';
import { loadMeetingMailConfig } from '../../app/overleg/send-mail.js';
import {
  ContactCreate,
  ContactUpdate,
  CoverageSchema,
  DistrictCreate,
  DueListQuery,
  DuePageSchema,
  KindCreate,
  LogCreate,
  LogPageSchema,
  LookupsSchema,
  PageQuery,
  PartnerCreate,
  PartnerListQuery,
  PartnerPageSchema,
  PartnerSchema,
  PartnerUpdate,
  SnoozeBody,
} from '../../contract/netwerk-partners.js';
import { DateOnly, errorResponses, IdParams, Uuid } from '../../contract/primitives.js';
import { amsterdamHour, runInBackground } from '../background-step.js';
import type { App, ServerDeps } from '../deps.js';
import { requestContextOf } from '../request-context.js';
import { failure } from './overleggen-context.js';

const TAG = 'netwerk';
const BASE = '/api/netwerk';

/**
 * Netwerken: the partner register, contact upkeep and the coverage view. The officer and the policy advisor
 * keep the register; the mayor reads it (src/domain/access/policy.ts).
 */
export async function netwerkPartnerRoutes(app: App, deps: ServerDeps): Promise<void> {
  const ctxOf = (request: Parameters<typeof requestContextOf>[1]) =>
    requestContextOf(deps, request, 'netwerk');

  // Reminders of overdue contacts, queued once a day from 07:00 (Amsterdam) into the meetings' outbox, which
  // the meetings module sends.
  if (loadMeetingMailConfig().smtpUrl) {
    runInBackground(app, {
      name: 'netwerk reminders',
      everyMs: 60_000,
      clock: deps.clock,
      step: async (now) => {
        if (amsterdamHour(now) >= 7) await queueContactReminders(deps.db, now);
      },
    });
  }

  app.get(
    `${BASE}/keuzelijsten`,
    {
      config: { access: 'netwerk.read' },
      schema: {
        tags: [TAG],
        summary:
          "The register's choices: kinds of partner (built in and own), districts, organisations without a profile",
        response: { 200: LookupsSchema, ...errorResponses },
      },
    },
    async (request) => networkLookups(ctxOf(request)),
  );

  app.post(
    `${BASE}/wijken`,
    {
      config: { access: 'netwerk.manage' },
      schema: {
        tags: [TAG],
        summary: 'Adds a district of the municipality',
        body: DistrictCreate,
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await addDistrict(ctx, request.body.name);
      if (!r.ok) throw await failure(ctx, r, 'netwerk_district', '');
      return reply.status(201).send({ id: r.id });
    },
  );

  app.post(
    `${BASE}/soorten`,
    {
      config: { access: 'netwerk.manage' },
      schema: {
        tags: [TAG],
        summary: "Adds a kind of partner of the municipality's own",
        body: KindCreate,
        response: { 201: Type.Object({ code: Type.String() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await addKind(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, 'netwerk_partner_kind', '');
      return reply.status(201).send({ code: r.code });
    },
  );

  app.get(
    `${BASE}/partners`,
    {
      config: { access: 'netwerk.read' },
      schema: {
        tags: [TAG],
        summary:
          'The partner register by name, by cursor pages; search (name, contact person) and filters by kind, ' +
          'domain, district, task and side',
        querystring: PartnerListQuery,
        response: { 200: PartnerPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listNetworkPartners(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, 'netwerk_partner_list', '');
      return { partners: r.partners, nextCursor: r.nextCursor };
    },
  );

  app.post(
    `${BASE}/partners`,
    {
      config: { access: 'netwerk.manage' },
      schema: {
        tags: [TAG],
        summary: 'A partner in the register: a new organisation, or a profile for one without',
        body: PartnerCreate,
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createNetworkPartner(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, 'netwerk_partner', '');
      return reply.status(201).send({ id: r.id });
    },
  );

  app.get(
    `${BASE}/partners/:id`,
    {
      config: { access: 'netwerk.read' },
      schema: {
        tags: [TAG],
        summary: 'One partner: its profile and its contact persons with their upkeep',
        params: IdParams,
        response: { 200: PartnerSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readNetworkPartner(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'netwerk_partner', request.params.id);
      const { ok: _ok, ...partner } = r;
      return partner;
    },
  );

  app.put(
    `${BASE}/partners/:id`,
    {
      config: { access: 'netwerk.manage' },
      schema: {
        tags: [TAG],
        summary:
          'Saves the profile at the version read; 409 with the saved partner when another was saved since',
        params: IdParams,
        body: PartnerUpdate,
        response: { 200: Type.Object({ version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await updateNetworkPartner(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'netwerk_partner', request.params.id);
      return { version: r.version };
    },
  );

  app.post(
    `${BASE}/partners/:id/contactpersonen`,
    {
      config: { access: 'netwerk.manage' },
      schema: {
        tags: [TAG],
        summary: 'Adds a contact person (work data only) with a target frequency; the user keeps it up',
        params: IdParams,
        body: ContactCreate,
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await addContactPerson(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'netwerk_partner', request.params.id);
      return reply.status(201).send({ id: r.id });
    },
  );

  app.put(
    `${BASE}/contactpersonen/:id`,
    {
      config: { access: 'netwerk.manage' },
      schema: {
        tags: [TAG],
        summary: "Saves a contact person's details at the version read; 409 with the saved one otherwise",
        params: IdParams,
        body: ContactUpdate,
        response: { 200: Type.Object({ version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await updateContactPerson(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'netwerk_contact', request.params.id);
      return { version: r.version };
    },
  );

  app.get(
    `${BASE}/contactpersonen/:id/contactmomenten`,
    {
      config: { access: 'netwerk.read' },
      schema: {
        tags: [TAG],
        summary: "A contact person's contact log, newest first, by cursor pages",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: LogPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readContactLog(ctx, request.params.id, request.query);
      if (!r.ok) throw await failure(ctx, r, 'netwerk_contact', request.params.id);
      return { entries: r.entries, nextCursor: r.nextCursor };
    },
  );

  app.post(
    `${BASE}/contactpersonen/:id/contactmomenten`,
    {
      config: { access: 'netwerk.manage' },
      schema: {
        tags: [TAG],
        summary: 'Logs a contact (date, form, a short note; never case content); a later one ends the snooze',
        params: IdParams,
        body: LogCreate,
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await logContact(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'netwerk_contact', request.params.id);
      return reply.status(201).send({ id: r.id });
    },
  );

  app.post(
    `${BASE}/contactpersonen/:id/uitstellen`,
    {
      config: { access: 'netwerk.manage' },
      schema: {
        tags: [TAG],
        summary: 'Snoozes the reminder of a contact that is due soon or overdue, at most 90 days',
        params: IdParams,
        body: SnoozeBody,
        response: { 200: Type.Object({ snoozedUntil: DateOnly }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await snoozeContact(ctx, request.params.id, request.body.until);
      if (!r.ok) throw await failure(ctx, r, 'netwerk_contact', request.params.id);
      return { snoozedUntil: r.snoozedUntil };
    },
  );

  app.get(
    `${BASE}/contactonderhoud`,
    {
      config: { access: 'netwerk.read' },
      schema: {
        tags: [TAG],
        summary:
          'Contacts that need attention (due soon or overdue, not snoozed), or only the overdue, or the ' +
          'snoozed; earliest due date first, by cursor pages',
        querystring: DueListQuery,
        response: { 200: DuePageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listContactsDue(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, 'netwerk_contact_list', '');
      return { contacts: r.contacts, nextCursor: r.nextCursor };
    },
  );

  app.get(
    `${BASE}/dekking`,
    {
      config: { access: 'netwerk.coverage' },
      schema: {
        tags: [TAG],
        summary:
          'Partner organisations per district and domain, with the gaps (organisations, never persons)',
        response: { 200: CoverageSchema, ...errorResponses },
      },
    },
    async (request) => networkCoverage(ctxOf(request)),
  );
}
