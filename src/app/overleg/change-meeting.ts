import { setMeetingStatus, updateMeeting } from '../../db/overleggen/meetings.js';
import { canSeeMeeting, isClosed, mayManageMeeting } from '../../domain/overleg/access.js';
import { signalStepOnRemoval } from '../../domain/overleg/agenda.js';
import { mayMoveMeeting } from '../../domain/overleg/meeting.js';
import { agendaNotice, cancellationNotice } from '../../domain/overleg/notices.js';
import { type MeetingInput, resolveMeetingInput } from './meeting-input.js';
import { queueForParticipants } from './notify-participants.js';
import { type Ctx, fieldError, forbidden, inTx, invalid, logDenied, type Result, Stale } from './results.js';
import { itemFacts, loadScope, type MeetingScope, viewer } from './scope.js';
import { moveSignal } from './signal-steps.js';
import { signalStepNote } from './texts.js';
import { meetingDetail } from './views.js';

/** The meeting the actor may manage, or why not (404 when they may not even see it). */
export async function loadManaged(
  ctx: Ctx,
  id: string,
): Promise<{ ok: true; scope: MeetingScope } | Awaited<ReturnType<typeof logDenied>> | typeof forbidden> {
  const scope = await loadScope(ctx.db, id);
  const v = viewer(ctx.actor);
  if (!scope || !canSeeMeeting(v, scope.facts, scope.items.map(itemFacts), ctx.now, scope.windowDays)) {
    return logDenied(ctx, 'overleg', id);
  }
  if (!mayManageMeeting(v, scope.facts)) return forbidden;
  return { ok: true, scope };
}

export const closedMeeting = fieldError(
  'status',
  'Dit overleg is afgerond of geannuleerd en kan niet meer worden gewijzigd.',
  'This meeting is completed or cancelled and can no longer be changed.',
);

/** What the actor now sees of the meeting: sent along with a conflict. */
export async function currentMeeting(ctx: Ctx, id: string): Promise<unknown> {
  const scope = await loadScope(ctx.db, id);
  return scope ? meetingDetail(viewer(ctx.actor), scope, ctx.now) : null;
}

export type MeetingChangeInput = Partial<MeetingInput> & { readonly version: number };

/** Changes date, place, chair, organiser, standing members or the minutes' legal basis. */
export async function changeMeeting(
  ctx: Ctx,
  id: string,
  input: MeetingChangeInput,
): Promise<Result<object>> {
  const loaded = await loadManaged(ctx, id);
  if (!loaded.ok) return loaded;
  const m = loaded.scope.meeting;
  if (isClosed(loaded.scope.facts)) return closedMeeting;
  const pick = <K extends keyof MeetingInput>(k: K, current: MeetingInput[K]) =>
    input[k] !== undefined ? input[k] : current;
  const r = await resolveMeetingInput(ctx.db, m.tenantId, m.type, {
    title: pick('title', m.title),
    startsAt: pick('startsAt', m.startsAt) as Date,
    endsAt: pick('endsAt', m.endsAt),
    location: pick('location', m.location),
    onlineUrl: pick('onlineUrl', m.onlineUrl),
    chairUserId: pick('chairUserId', m.chairUserId) as string,
    organiserId: pick('organiserId', m.organiserId),
    memberOrganisationIds: pick(
      'memberOrganisationIds',
      m.members.map((o) => o.organisationId),
    ),
    legalBasisId: pick('legalBasisId', m.legalBasisId),
  });
  if (!r.ok) return invalid(r.errors);
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await updateMeeting(q, id, input.version, r.meeting))) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: 'overleg', objectId: id });
    },
    () => currentMeeting(ctx, id),
  );
  return done.ok ? { ok: true } : done;
}

/**
 * Publishes the agenda: every participant gets a content-free notice. Publishing again after a change
 * sends an update notice.
 */
export async function publishAgenda(
  ctx: Ctx,
  id: string,
  version: number,
): Promise<Result<{ notified: number }>> {
  const loaded = await loadManaged(ctx, id);
  if (!loaded.ok) return loaded;
  const { meeting, facts, items, windowDays } = loaded.scope;
  if (!mayMoveMeeting(meeting.status, 'agenda_gepubliceerd')) return closedMeeting;
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await setMeetingStatus(q, id, version, 'agenda_gepubliceerd', ctx.now))) throw new Stale();
      const notice = agendaNotice(meeting.type, meeting.startsAt, meeting.status === 'agenda_gepubliceerd');
      const notified = await queueForParticipants(
        q,
        meeting,
        { ...facts, status: 'agenda_gepubliceerd' },
        items,
        notice,
        { now: ctx.now, windowDays, exceptUserId: ctx.actor.userId },
      );
      await ctx.audit(q, { action: 'publish_agenda', objectType: 'overleg', objectId: id });
      return notified;
    },
    () => currentMeeting(ctx, id),
  );
  return done.ok ? { ok: true, notified: done.value } : done;
}

/**
 * Cancels a meeting that has no recorded decisions. Signals on a triage agenda go back to the meldpunt
 * (in behandeling); participants who had the agenda are told it does not take place.
 */
export async function cancelMeeting(ctx: Ctx, id: string, version: number): Promise<Result<object>> {
  const loaded = await loadManaged(ctx, id);
  if (!loaded.ok) return loaded;
  const { meeting, facts, items, windowDays } = loaded.scope;
  if (!mayMoveMeeting(meeting.status, 'geannuleerd')) return closedMeeting;
  if (items.some((i) => i.decision?.status === 'vastgesteld')) {
    return fieldError(
      'status',
      'Er zijn al besluiten vastgesteld in dit overleg; het kan niet meer worden geannuleerd.',
      'Decisions have been recorded in this meeting; it can no longer be cancelled.',
    );
  }
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await setMeetingStatus(q, id, version, 'geannuleerd', ctx.now))) throw new Stale();
      for (const item of items) {
        if (!item.signalId || !item.signalStatus) continue;
        const step = signalStepOnRemoval(
          meeting.type,
          item.signalStatus,
          signalStepNote('cancelled', meeting),
        );
        if (step) await moveSignal(q, ctx, item.signalId, [step]);
      }
      if (meeting.status === 'agenda_gepubliceerd') {
        await queueForParticipants(
          q,
          meeting,
          facts,
          items,
          cancellationNotice(meeting.type, meeting.startsAt),
          {
            now: ctx.now,
            windowDays,
            exceptUserId: ctx.actor.userId,
          },
        );
      }
      await ctx.audit(q, { action: 'cancel', objectType: 'overleg', objectId: id });
    },
    () => currentMeeting(ctx, id),
  );
  return done.ok ? { ok: true } : done;
}
