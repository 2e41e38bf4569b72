import { insertMeeting, insertSeries } from '../../db/overleggen/meetings.js';
import { mayOrganise } from '../../domain/overleg/access.js';
import { amsterdamDateTime, seriesDates } from '../../domain/overleg/meeting.js';
import type { MeetingType, SeriesFrequency } from '../../domain/overleg/types.js';
import { type MeetingInput, resolveMeetingInput } from './meeting-input.js';
import { type Ctx, forbidden, invalid, type Result } from './results.js';
import { viewer } from './scope.js';

/** Plans one meeting; its agenda is empty and only the organiser sees it until the agenda is published. */
export async function createMeeting(
  ctx: Ctx,
  type: MeetingType,
  input: MeetingInput,
): Promise<Result<{ id: string }>> {
  const a = ctx.actor;
  if (!mayOrganise(viewer(a), type)) return forbidden;
  const r = await resolveMeetingInput(ctx.db, a.tenantId, type, input);
  if (!r.ok) return invalid(r.errors);
  const id = await ctx.db.tx(async (q) => {
    const id = await insertMeeting(q, {
      ...r.meeting,
      tenantId: a.tenantId,
      seriesId: null,
      type,
      createdAt: ctx.now,
      createdBy: a.userId,
    });
    await ctx.audit(q, { action: 'create', objectType: 'overleg', objectId: id });
    return id;
  });
  return { ok: true, id };
}

export interface SeriesInput extends Omit<MeetingInput, 'startsAt' | 'endsAt'> {
  readonly frequency: SeriesFrequency;
  readonly startDate: string;
  readonly startTime: string;
  readonly durationMinutes: number;
  readonly untilDate?: string | null | undefined;
  readonly count?: number | null | undefined;
}

/**
 * Plans a recurring series (for example the weekly signaleringsoverleg): one meeting per date, each with
 * its own agenda, all in one transaction.
 */
export async function createSeries(
  ctx: Ctx,
  type: MeetingType,
  input: SeriesInput,
): Promise<Result<{ id: string; meetingIds: string[] }>> {
  const a = ctx.actor;
  if (!mayOrganise(viewer(a), type)) return forbidden;
  const dates = seriesDates({
    startDate: input.startDate,
    startTime: input.startTime,
    frequency: input.frequency,
    untilDate: input.untilDate ?? null,
    count: input.count ?? null,
  });
  if (!dates.ok) return invalid(dates.errors);
  const first = dates.dates[0] as string;
  const startsAt = amsterdamDateTime(first, input.startTime);
  const r = await resolveMeetingInput(ctx.db, a.tenantId, type, {
    ...input,
    startsAt,
    endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
  });
  if (!r.ok) return invalid(r.errors.map((e) => (e.field === 'startsAt' ? { ...e, field: 'startDate' } : e)));
  const m = r.meeting;
  const result = await ctx.db.tx(async (q) => {
    const seriesId = await insertSeries(q, {
      tenantId: a.tenantId,
      organiserId: m.organiserId,
      type,
      title: m.title,
      frequency: input.frequency,
      startDate: input.startDate,
      startTime: input.startTime,
      durationMinutes: input.durationMinutes,
      memberOrganisationIds: m.memberOrganisationIds,
      createdAt: ctx.now,
      createdBy: a.userId,
    });
    const meetingIds: string[] = [];
    for (const date of dates.dates) {
      const starts = amsterdamDateTime(date, input.startTime);
      meetingIds.push(
        await insertMeeting(q, {
          ...m,
          startsAt: starts,
          endsAt: new Date(starts.getTime() + input.durationMinutes * 60_000),
          tenantId: a.tenantId,
          seriesId,
          type,
          createdAt: ctx.now,
          createdBy: a.userId,
        }),
      );
    }
    await ctx.audit(q, { action: 'create', objectType: 'overleg_reeks', objectId: seriesId });
    return { id: seriesId, meetingIds };
  });
  return { ok: true, ...result };
}
