import { setMeetingStatus } from '../../db/overleggen/meetings.js';
import { approveMinutes as approveMinutesRow, updateMinutesText } from '../../db/overleggen/minutes.js';
import { canSeeMeeting, isChair, isClosed, mayManageMeeting } from '../../domain/overleg/access.js';
import { signalStepOnRemoval } from '../../domain/overleg/agenda.js';
import { approvalIssues, mayEditMinutes } from '../../domain/overleg/minutes.js';
import { clean } from '../../domain/overleg/types.js';
import { closedMeeting, currentMeeting } from './change-meeting.js';
import { type Ctx, forbidden, inTx, invalid, logDenied, type Result, Stale } from './results.js';
import { itemFacts, loadScope, viewer } from './scope.js';
import { moveSignal } from './signal-steps.js';
import { signalStepNote } from './texts.js';

async function loadForMinutes(ctx: Ctx, meetingId: string) {
  const scope = await loadScope(ctx.db, meetingId);
  const v = viewer(ctx.actor);
  if (!scope || !canSeeMeeting(v, scope.facts, scope.items.map(itemFacts), ctx.now, scope.windowDays)) {
    return logDenied(ctx, 'overleg_notulen', meetingId);
  }
  if (!mayManageMeeting(v, scope.facts) && !isChair(v, scope.facts)) return forbidden;
  return { ok: true as const, scope };
}

/** Saves the general part of the minutes draft (the per-item minutes are saved with the item). */
export async function saveMinutes(
  ctx: Ctx,
  meetingId: string,
  input: { version: number; generalText: string | null },
): Promise<Result<object>> {
  const loaded = await loadForMinutes(ctx, meetingId);
  if (!loaded.ok) return loaded;
  if (isClosed(loaded.scope.facts) || !mayEditMinutes(loaded.scope.meeting.minutes.status))
    return closedMeeting;
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await updateMinutesText(q, meetingId, input.version, clean(input.generalText))))
        throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: 'overleg_notulen', objectId: meetingId });
    },
    () => currentMeeting(ctx, meetingId),
  );
  return done.ok ? { ok: true } : done;
}

/**
 * The chair approves the minutes: they become final (definitief) and the meeting is completed. From then
 * on nothing of the meeting changes, and the need-to-know window of invited partners starts. A triage
 * signal that got no decision goes back to the meldpunt.
 */
export async function approveMinutes(ctx: Ctx, meetingId: string, version: number): Promise<Result<object>> {
  const loaded = await loadForMinutes(ctx, meetingId);
  if (!loaded.ok) return loaded;
  const { meeting, items } = loaded.scope;
  if (!isChair(viewer(ctx.actor), loaded.scope.facts)) return forbidden;
  const issues = approvalIssues(
    {
      meetingStatus: meeting.status,
      minutesStatus: meeting.minutes.status,
      startsAt: meeting.startsAt,
      draftDecisionItems: items.filter((i) => i.decision?.status === 'concept').map((i) => i.title),
    },
    ctx.now,
  );
  if (issues.length > 0) return invalid(issues);
  const done = await inTx(
    ctx,
    async (q) => {
      if (
        !(await approveMinutesRow(q, meetingId, version, {
          at: ctx.now,
          by: ctx.actor.userId,
          byName: ctx.actor.displayName,
        }))
      ) {
        throw new Stale();
      }
      if (!(await setMeetingStatus(q, meetingId, meeting.version, 'afgerond', ctx.now))) throw new Stale();
      for (const item of items) {
        if (item.decision || !item.signalId || !item.signalStatus) continue;
        const step = signalStepOnRemoval(
          meeting.type,
          item.signalStatus,
          signalStepNote('not_discussed', meeting),
        );
        if (step) await moveSignal(q, ctx, item.signalId, [step]);
      }
      await ctx.audit(q, { action: 'approve', objectType: 'overleg_notulen', objectId: meetingId });
    },
    () => currentMeeting(ctx, meetingId),
  );
  return done.ok ? { ok: true } : done;
}
