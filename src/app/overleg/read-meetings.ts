import { listActionsOfMeeting } from '../../db/overleggen/actions.js';
import { listContributions } from '../../db/overleggen/contributions.js';
import { type ItemRecord, listItemsOfMeetings } from '../../db/overleggen/items.js';
import { listMeetings } from '../../db/overleggen/meetings.js';
import { partnerWindowDays } from '../../db/overleggen/settings.js';
import { canSeeMeeting } from '../../domain/overleg/access.js';
import type { MeetingType } from '../../domain/overleg/types.js';
import { decodeCursor, encodeCursor } from '../netwerk/cursor.js';
import { type Ctx, fieldError, logDenied, type Result } from './results.js';
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

/** How many meetings a page of the list shows unless asked otherwise. */
export const MEETINGS_PAGE = 25;
/** A page is filled from at most this many reads, so a page costs a bounded amount whatever is hidden. */
const MAX_READS = 4;

export interface MeetingListFilter {
  readonly from: Date | null;
  readonly to: Date | null;
  readonly type: MeetingType | null;
  /** Coming: from the start of `today`, earliest first. Past: before it, latest first. Else the period. */
  readonly when?: { readonly part: 'coming' | 'past'; readonly today: Date } | undefined;
  readonly cursor?: string | undefined;
  readonly limit?: number | undefined;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * One page of the meetings in a period that the actor takes part in (wholly, or through an item they are
 * invited to), read by keyset cursor. One access-log entry per page names the meetings shown.
 */
export async function listMeetingsFor(
  ctx: Ctx,
  f: MeetingListFilter,
): Promise<Result<{ meetings: MeetingSummaryView[]; nextCursor: string | null }>> {
  const page = await readMeetingsPage(ctx, f);
  if (!page.ok) return page;
  await ctx.audit(ctx.db, {
    action: 'list',
    objectType: 'overleg_list',
    objectId: page.meetings.map((m) => m.id).join(',') || null,
  });
  return page;
}

/**
 * A page of meetings as listMeetingsFor reads it, not logged: for a caller that logs what it shows of it
 * (Mijn werk). Whether a meeting exists for the actor is decided per meeting (canSeeMeeting); the database
 * narrows a partner's to those its organisation is in.
 */
export async function readMeetingsPage(
  ctx: Ctx,
  f: MeetingListFilter,
): Promise<Result<{ meetings: MeetingSummaryView[]; nextCursor: string | null }>> {
  const a = ctx.actor;
  const limit = f.limit ?? MEETINGS_PAGE;
  const decoded = f.cursor ? decodeCursor(f.cursor, ['startsAt', 'id']) : undefined;
  if (decoded === null || (decoded && !INSTANT.test(decoded.startsAt))) {
    return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  }
  const latest = (x: Date | null, y: Date) => (x && x > y ? x : y);
  const earliest = (x: Date | null, y: Date) => (x && x < y ? x : y);
  const from = f.when?.part === 'coming' ? latest(f.from, f.when.today) : f.from;
  const to = f.when?.part === 'past' ? earliest(f.to, f.when.today) : f.to;
  const order = f.when?.part === 'past' ? 'desc' : 'asc';
  const window = await partnerWindowDays(ctx.db, a.tenantId);
  const v = viewer(a);
  const out: MeetingSummaryView[] = [];
  let after: { startsAt: string; id: string } | undefined = decoded;
  let more = false;
  for (let read = 0; read < MAX_READS && out.length < limit; read++) {
    const meetings = await listMeetings(ctx.db, {
      tenantId: a.tenantId,
      from,
      to,
      type: f.type,
      organisationId: a.role === 'ketenpartner' ? a.organisationId : null,
      order,
      after,
      limit: limit + 1,
    });
    const items = await listItemsOfMeetings(
      ctx.db,
      meetings.map((m) => m.id),
    );
    let i = 0;
    for (; i < meetings.length && out.length < limit; i++) {
      const meeting = meetings[i] as (typeof meetings)[number];
      after = { startsAt: meeting.keyset, id: meeting.id };
      const own = items.filter((x) => x.meetingId === meeting.id);
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
    // Rows left unread in this batch, or a full batch read to its end: there may be more.
    more = i < meetings.length || meetings.length > limit;
    if (!more) break;
  }
  return { ok: true, meetings: out, nextCursor: more && after ? encodeCursor(after) : null };
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
