import { listActionsOfMeeting } from '../../db/overleggen/actions.js';
import { listContributions } from '../../db/overleggen/contributions.js';
import { type ItemRecord, listItemsOfMeetings } from '../../db/overleggen/items.js';
import { listMeetings } from '../../db/overleggen/meetings.js';
import { partnerWindowDays } from '../../db/overleggen/settings.js';
import { canSeeMeeting } from '../../domain/overleg/access.js';
import type { MeetingType } from '../../domain/overleg/types.js';
import { type Ctx, logDenied, type Result } from './results.js';
import {
  itemFacts,
  itemView,
  loadItemScope,
  loadScope,
  type MeetingScope,
  meetingFacts,
  viewer,
} from './scope.js';
import {
  type ItemDetailView,
  itemDetail,
  type MeetingDetailView,
  type MeetingSummaryView,
  meetingDetail,
  meetingSummary,
} from './views.js';

/** Every person an item is about gets its own log entry, so a data-subject request finds each read. */
async function logItemRead(ctx: Ctx, item: ItemRecord, action = 'read'): Promise<void> {
  const persons = item.persons.length > 0 ? item.persons.map((p) => p.id) : [null];
  await ctx.audit(
    ctx.db,
    persons.map((personId) => ({ action, objectType: 'overleg_item', objectId: item.id, personId })),
  );
}

/** The meetings in a period that the actor takes part in (wholly, or through an item they are invited to). */
export async function listMeetingsFor(
  ctx: Ctx,
  f: { from: Date | null; to: Date | null; type: MeetingType | null },
): Promise<MeetingSummaryView[]> {
  const a = ctx.actor;
  const meetings = await listMeetings(ctx.db, {
    tenantId: a.tenantId,
    from: f.from,
    to: f.to,
    type: f.type,
    organisationId: a.role === 'ketenpartner' ? a.organisationId : null,
    limit: 300,
  });
  const [items, window] = await Promise.all([
    listItemsOfMeetings(
      ctx.db,
      meetings.map((m) => m.id),
    ),
    partnerWindowDays(ctx.db, a.tenantId),
  ]);
  const v = viewer(a);
  const out: MeetingSummaryView[] = [];
  for (const meeting of meetings) {
    const own = items.filter((i) => i.meetingId === meeting.id);
    const scope: MeetingScope = {
      meeting,
      items: own,
      facts: meetingFacts(meeting),
      windowDays: window.days,
    };
    if (canSeeMeeting(v, scope.facts, own.map(itemFacts), ctx.now, window.days)) {
      out.push(meetingSummary(v, scope, ctx.now));
    }
  }
  await ctx.audit(ctx.db, { action: 'read', objectType: 'overleg_list', objectId: null });
  return out;
}

/** One meeting with the agenda items the actor may see; each item shown is a logged read. */
export async function readMeeting(ctx: Ctx, id: string): Promise<Result<{ meeting: MeetingDetailView }>> {
  const scope = await loadScope(ctx.db, id);
  const v = viewer(ctx.actor);
  if (!scope || !canSeeMeeting(v, scope.facts, scope.items.map(itemFacts), ctx.now, scope.windowDays)) {
    return logDenied(ctx, 'overleg', id);
  }
  const meeting = meetingDetail(v, scope, ctx.now);
  await ctx.audit(ctx.db, { action: 'read', objectType: 'overleg', objectId: id });
  for (const shown of meeting.items) {
    const item = scope.items.find((i) => i.id === shown.id);
    if (item) await logItemRead(ctx, item);
  }
  return { ok: true, meeting };
}

/** One agenda item with its contributions, decision and actions, as far as the actor may see them. */
export async function readItem(ctx: Ctx, id: string): Promise<Result<{ item: ItemDetailView }>> {
  const found = await loadItemScope(ctx.db, id);
  const v = viewer(ctx.actor);
  const view = found ? itemView(v, found.scope, found.item, ctx.now) : null;
  if (!found || !view) return logDenied(ctx, 'overleg_item', id);
  const [contributions, actions] = await Promise.all([
    listContributions(ctx.db, [id]),
    listActionsOfMeeting(ctx.db, found.scope.meeting.id),
  ]);
  const item = itemDetail(
    v,
    found.scope,
    found.item,
    view,
    contributions,
    actions.filter((a) => a.itemId === id),
    ctx.now,
  );
  await logItemRead(ctx, found.item);
  await ctx.audit(
    ctx.db,
    item.contributions.map((c) => ({ action: 'read', objectType: 'overleg_bijdrage', objectId: c.id })),
  );
  return { ok: true, item };
}
