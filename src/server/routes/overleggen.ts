import { Type } from 'typebox';
import { agendaCandidates } from '../../app/overleg/agenda-candidates.js';
import { changeItem, removeItem } from '../../app/overleg/change-item.js';
import { cancelMeeting, changeMeeting, publishAgenda } from '../../app/overleg/change-meeting.js';
import { addContribution, changeContribution } from '../../app/overleg/contribute.js';
import { createMeeting, createSeries } from '../../app/overleg/create-meeting.js';
import { discardDecisionDraft, saveDecisionDraft } from '../../app/overleg/draft-decision.js';
import { invitePartner, revokeInvitation } from '../../app/overleg/invite-partner.js';
import { approveMinutes, saveMinutes } from '../../app/overleg/minutes.js';
import { placeItem } from '../../app/overleg/place-item.js';
import { listMeetingsFor, readItem, readMeeting } from '../../app/overleg/read-meetings.js';
import { recordDecision } from '../../app/overleg/record-decision.js';
import {
  loadMeetingMailConfig,
  queueOverdueReminders,
  sendMeetingMail,
  smtpSender,
} from '../../app/overleg/send-mail.js';
import { legalBases, readMeetingSettings, saveMeetingSettings } from '../../app/overleg/settings.js';
import { InvitationSaved } from '../../contract/netwerk-covenants.js';
import {
  Candidate,
  CandidateQuery,
  Changed,
  ContributionBody,
  CreateMeetingBody,
  CreateSeriesBody,
  DecisionDraftBody,
  InviteBody,
  ItemDetail,
  LegalBasis,
  MeetingDetail,
  MeetingListQuery,
  MeetingPage,
  MinutesBody,
  PlaceItemBody,
  Published,
  Recorded,
  SeriesCreated,
  Settings,
  SettingsBody,
  UpdateContributionBody,
  UpdateItemBody,
  UpdateMeetingBody,
  VersionBody,
  VersionQuery,
} from '../../contract/overleggen.js';
import { errorResponses, IdParams, Uuid } from '../../contract/primitives.js';
import { findContribution } from '../../db/overleggen/contributions.js';
import { findItem } from '../../db/overleggen/items.js';
import { findMeeting } from '../../db/overleggen/meetings.js';
import { addDays, amsterdamStartOfDay } from '../../domain/melding/calendar.js';
import { today } from '../../domain/overleg/decisions.js';
import { amsterdamHour, runInBackground } from '../background-step.js';
import type { App, ServerDeps } from '../deps.js';
import { problems } from '../problem.js';
import { actorOf } from '../request-context.js';
import { acties } from './acties.js';
import { contextOf, failure } from './overleggen-context.js';
import { notulenRoutes } from './overleggen-notulen.js';

const TAG = 'overleggen';

/** The version an object has now (after a change), read back for the response. */
async function versionOf(
  deps: ServerDeps,
  kind: 'meeting' | 'minutes' | 'item',
  id: string,
): Promise<number> {
  if (kind === 'item') return (await findItem(deps.db, id))?.version ?? 0;
  const m = await findMeeting(deps.db, id);
  return (kind === 'meeting' ? m?.version : m?.minutes.version) ?? 0;
}

export async function overlegRoutes(app: App, deps: ServerDeps): Promise<void> {
  const { db, clock } = deps;

  // Content-free e-mail: agenda notices when due, overdue reminders once a day (from 07:00, Amsterdam).
  const mail = loadMeetingMailConfig();
  if (mail.smtpUrl) {
    const send = smtpSender(mail.smtpUrl);
    runInBackground(app, {
      name: 'meeting mail',
      everyMs: 60_000,
      clock,
      step: async (now) => {
        if (amsterdamHour(now) >= 7) await queueOverdueReminders(db, now);
        await sendMeetingMail(db, now, mail, send);
      },
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Meetings

  app.get(
    '/api/overleggen',
    {
      config: { access: 'overleg.read' },
      schema: {
        tags: [TAG],
        summary:
          'Meetings in a period (default: from 4 weeks ago to 12 weeks ahead) that the user takes part in, ' +
          'wholly or through an item they are invited to; the coming or the past ones; cursor pages',
        querystring: MeetingListQuery,
        response: { 200: MeetingPage, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const day = today(ctx.now);
      const from = request.query.from ?? addDays(day, -28);
      const to = request.query.to ?? addDays(day, 84);
      if (to < from) {
        throw problems.validation([
          {
            field: 'to',
            nl: 'De einddatum ligt voor de begindatum.',
            en: 'The end date is before the start date.',
          },
        ]);
      }
      const { when, cursor, limit } = request.query;
      const r = await listMeetingsFor(ctx, {
        from: amsterdamStartOfDay(from),
        to: amsterdamStartOfDay(addDays(to, 1)),
        type: request.query.type ?? null,
        when: when ? { part: when, today: amsterdamStartOfDay(day) } : undefined,
        cursor,
        limit,
      });
      if (!r.ok) throw await failure(ctx, r, 'overleg_list', '');
      return { items: r.meetings, nextCursor: r.nextCursor };
    },
  );

  app.post(
    '/api/overleggen',
    {
      config: { access: 'overleg.manage' },
      schema: {
        tags: [TAG],
        summary: 'Plans a meeting (signaleringsoverleg, weegploeg or casusoverleg) with its standing members',
        body: CreateMeetingBody,
        response: { 201: Changed, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(deps, request);
      const { type, startsAt, endsAt, ...rest } = request.body;
      const r = await createMeeting(ctx, type, {
        ...rest,
        startsAt: new Date(startsAt),
        endsAt: endsAt ? new Date(endsAt) : null,
      });
      if (!r.ok) throw await failure(ctx, r, 'overleg', '');
      return reply.status(201).send({ id: r.id, version: 1 });
    },
  );

  app.post(
    '/api/overleggen/reeksen',
    {
      config: { access: 'overleg.manage' },
      schema: {
        tags: [TAG],
        summary: 'Plans a recurring series (for example a weekly signaleringsoverleg): one meeting per date',
        body: CreateSeriesBody,
        response: { 201: SeriesCreated, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(deps, request);
      const { type, ...rest } = request.body;
      const r = await createSeries(ctx, type, rest);
      if (!r.ok) throw await failure(ctx, r, 'overleg_reeks', '');
      return reply.status(201).send({ id: r.id, meetingIds: r.meetingIds });
    },
  );

  app.get(
    '/api/overleggen/grondslagen',
    {
      config: { access: 'overleg.read' },
      schema: {
        tags: [TAG],
        summary: 'The legal bases on which information is shared (the seeded texts are examples)',
        response: { 200: Type.Array(LegalBasis), ...errorResponses },
      },
    },
    async (request) => legalBases(db, actorOf(request).tenantId),
  );

  app.get(
    '/api/overleggen/instellingen',
    {
      config: { access: 'overleg.settings' },
      schema: {
        tags: [TAG],
        summary: 'How many days after the minutes are final an invited partner still sees its item',
        response: { 200: Settings, ...errorResponses },
      },
    },
    async (request) => readMeetingSettings(db, actorOf(request).tenantId),
  );

  app.put(
    '/api/overleggen/instellingen',
    {
      config: { access: 'overleg.settings' },
      schema: {
        tags: [TAG],
        summary: 'Changes the need-to-know window of invited partners (0-365 days)',
        body: SettingsBody,
        response: { 200: Settings, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const r = await saveMeetingSettings(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, 'overleg_instellingen', ctx.actor.tenantId);
      return readMeetingSettings(db, ctx.actor.tenantId);
    },
  );

  app.get(
    '/api/overleggen/:id',
    {
      config: { access: 'overleg.read' },
      schema: {
        tags: [TAG],
        summary: 'One meeting with the agenda items the user may see (need to know)',
        params: IdParams,
        response: { 200: MeetingDetail, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const r = await readMeeting(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'overleg', request.params.id);
      return r.meeting;
    },
  );

  app.patch(
    '/api/overleggen/:id',
    {
      config: { access: 'overleg.manage' },
      schema: {
        tags: [TAG],
        summary: 'Changes date, place, chair, organiser or standing members. Needs the version last read.',
        params: IdParams,
        body: UpdateMeetingBody,
        response: { 200: Changed, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const { startsAt, endsAt, ...rest } = request.body;
      const r = await changeMeeting(ctx, request.params.id, {
        ...rest,
        ...(startsAt !== undefined ? { startsAt: new Date(startsAt) } : {}),
        ...(endsAt !== undefined ? { endsAt: endsAt ? new Date(endsAt) : null } : {}),
      });
      if (!r.ok) throw await failure(ctx, r, 'overleg', request.params.id);
      return { id: request.params.id, version: await versionOf(deps, 'meeting', request.params.id) };
    },
  );

  app.post(
    '/api/overleggen/:id/agenda-publiceren',
    {
      config: { access: 'overleg.manage' },
      schema: {
        tags: [TAG],
        summary: 'Publishes the agenda: every participant gets a content-free e-mail (again after a change)',
        params: IdParams,
        body: VersionBody,
        response: { 200: Published, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const r = await publishAgenda(ctx, request.params.id, request.body.version);
      if (!r.ok) throw await failure(ctx, r, 'overleg', request.params.id);
      return {
        id: request.params.id,
        version: await versionOf(deps, 'meeting', request.params.id),
        notified: r.notified,
      };
    },
  );

  app.post(
    '/api/overleggen/:id/annuleren',
    {
      config: { access: 'overleg.manage' },
      schema: {
        tags: [TAG],
        summary: 'Cancels a meeting without recorded decisions; its triage signals go back to the meldpunt',
        params: IdParams,
        body: VersionBody,
        response: { 200: Changed, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const r = await cancelMeeting(ctx, request.params.id, request.body.version);
      if (!r.ok) throw await failure(ctx, r, 'overleg', request.params.id);
      return { id: request.params.id, version: await versionOf(deps, 'meeting', request.params.id) };
    },
  );

  app.get(
    '/api/overleggen/:id/kandidaten',
    {
      config: { access: 'overleg.manage' },
      schema: {
        tags: [TAG],
        summary:
          'What may be put on this agenda: signals for triage or weighing (oldest first), open cases for a ' +
          'casusoverleg (by reference); cursor pages',
        params: IdParams,
        querystring: CandidateQuery,
        response: {
          200: Type.Object({
            items: Type.Array(Candidate),
            nextCursor: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const r = await agendaCandidates(ctx, request.params.id, request.query);
      if (!r.ok) throw await failure(ctx, r, 'overleg', request.params.id);
      return { items: r.candidates, nextCursor: r.nextCursor };
    },
  );

  app.post(
    '/api/overleggen/:id/agendapunten',
    {
      config: { access: 'overleg.manage' },
      schema: {
        tags: [TAG],
        summary: 'Puts a signal or a case on the agenda (a triage signal moves to "geagendeerd")',
        params: IdParams,
        body: PlaceItemBody,
        response: { 201: Changed, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(deps, request);
      const r = await placeItem(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'overleg', request.params.id);
      return reply.status(201).send({ id: r.id, version: 1 });
    },
  );

  app.put(
    '/api/overleggen/:id/notulen',
    {
      config: { access: 'overleg.decide' },
      schema: {
        tags: [TAG],
        summary:
          'Saves the general part of the minutes draft (organiser or chair). Needs the minutes version.',
        params: IdParams,
        body: MinutesBody,
        response: { 200: Changed, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const r = await saveMinutes(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'overleg_notulen', request.params.id);
      return { id: request.params.id, version: await versionOf(deps, 'minutes', request.params.id) };
    },
  );

  app.post(
    '/api/overleggen/:id/notulen/vaststellen',
    {
      config: { access: 'overleg.chair' },
      schema: {
        tags: [TAG],
        summary: 'The chair approves the minutes: final, the meeting is completed and no longer changes',
        params: IdParams,
        body: VersionBody,
        response: { 200: Changed, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const r = await approveMinutes(ctx, request.params.id, request.body.version);
      if (!r.ok) throw await failure(ctx, r, 'overleg_notulen', request.params.id);
      return { id: request.params.id, version: await versionOf(deps, 'minutes', request.params.id) };
    },
  );

  // -------------------------------------------------------------------------------------------------
  // Agenda items

  app.get(
    '/api/agendapunten/:id',
    {
      config: { access: 'overleg.read' },
      schema: {
        tags: [TAG],
        summary:
          'One agenda item with its contributions, decision and actions, as far as the user may see them',
        params: IdParams,
        response: { 200: ItemDetail, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const r = await readItem(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, 'overleg_item', request.params.id);
      return r.item;
    },
  );

  app.patch(
    '/api/agendapunten/:id',
    {
      config: { access: 'overleg.decide' },
      schema: {
        tags: [TAG],
        summary:
          'Changes title, notes, minutes text or position (organiser or chair). Needs the item version.',
        params: IdParams,
        body: UpdateItemBody,
        response: { 200: Changed, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const r = await changeItem(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'overleg_item', request.params.id);
      return { id: request.params.id, version: await versionOf(deps, 'item', request.params.id) };
    },
  );

  app.delete(
    '/api/agendapunten/:id',
    {
      config: { access: 'overleg.manage' },
      schema: {
        tags: [TAG],
        summary: 'Takes an item without contributions, actions or decision off the agenda',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(deps, request);
      const r = await removeItem(ctx, request.params.id, request.query.version);
      if (!r.ok) throw await failure(ctx, r, 'overleg_item', request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/agendapunten/:id/uitnodigingen',
    {
      config: { access: 'overleg.manage' },
      schema: {
        tags: [TAG],
        summary:
          'Invites a partner organisation for this item only; recorded as a disclosure with its legal basis',
        params: IdParams,
        body: InviteBody,
        response: { 201: InvitationSaved, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(deps, request);
      const r = await invitePartner(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'overleg_item', request.params.id);
      return reply.status(201).send({
        id: request.params.id,
        version: await versionOf(deps, 'item', request.params.id),
        covenantWarning: r.covenantWarning,
      });
    },
  );

  app.delete(
    '/api/agendapunten/:id/uitnodigingen/:organisationId',
    {
      config: { access: 'overleg.manage' },
      schema: {
        tags: [TAG],
        summary: 'Ends an invitation: the partner no longer sees the item',
        params: Type.Object({ id: Uuid, organisationId: Uuid }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(deps, request);
      const r = await revokeInvitation(ctx, request.params.id, request.params.organisationId);
      if (!r.ok) throw await failure(ctx, r, 'overleg_item', request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/agendapunten/:id/bijdragen',
    {
      config: { access: 'overleg.contribute' },
      schema: {
        tags: [TAG],
        summary: "Adds what the user's organisation knows about the item, with its legal basis",
        params: IdParams,
        body: ContributionBody,
        response: { 201: Changed, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(deps, request);
      const r = await addContribution(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'overleg_item', request.params.id);
      return reply.status(201).send({ id: r.id, version: 1 });
    },
  );

  app.patch(
    '/api/bijdragen/:id',
    {
      config: { access: 'overleg.contribute' },
      schema: {
        tags: [TAG],
        summary: 'Corrects a contribution of the own organisation. Needs the version last read.',
        params: IdParams,
        body: UpdateContributionBody,
        response: { 200: Changed, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const r = await changeContribution(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'overleg_bijdrage', request.params.id);
      return {
        id: request.params.id,
        version: (await findContribution(db, request.params.id))?.version ?? 0,
      };
    },
  );

  app.put(
    '/api/agendapunten/:id/besluit',
    {
      config: { access: 'overleg.decide' },
      schema: {
        tags: [TAG],
        summary:
          'Saves the decision draft (organiser or chair): version null for the first draft, then the version last read',
        params: IdParams,
        body: DecisionDraftBody,
        response: { 200: Changed, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const r = await saveDecisionDraft(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, 'overleg_item', request.params.id);
      const item = await findItem(db, request.params.id);
      return { id: item?.decision?.id ?? request.params.id, version: item?.decision?.version ?? 0 };
    },
  );

  app.delete(
    '/api/agendapunten/:id/besluit',
    {
      config: { access: 'overleg.decide' },
      schema: {
        tags: [TAG],
        summary: 'Removes a decision draft that will not be recorded',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(deps, request);
      const r = await discardDecisionDraft(ctx, request.params.id, request.query.version);
      if (!r.ok) throw await failure(ctx, r, 'overleg_item', request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/agendapunten/:id/besluit/vaststellen',
    {
      config: { access: 'overleg.chair' },
      schema: {
        tags: [TAG],
        summary:
          'The chair records the decision: the signal or case moves through its state machine; a yes of the ' +
          'weegploeg opens a case',
        params: IdParams,
        body: VersionBody,
        response: { 200: Recorded, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const r = await recordDecision(ctx, request.params.id, request.body.version);
      if (!r.ok) throw await failure(ctx, r, 'overleg_item', request.params.id);
      const item = await findItem(db, request.params.id);
      return {
        id: item?.decision?.id ?? request.params.id,
        version: item?.decision?.version ?? 0,
        casusId: r.casusId,
      };
    },
  );

  await acties(app, deps);
  await notulenRoutes(app, deps);
}
