import type { Queryable } from '../../db/database.js';
import { findItem, type ItemRecord, listItems } from '../../db/overleggen/items.js';
import { findMeeting, type MeetingRecord } from '../../db/overleggen/meetings.js';
import { partnerWindowDays } from '../../db/overleggen/settings.js';
import type { Actor } from '../../domain/access/roles.js';
import {
  canSeeItem,
  type ItemAccessFacts,
  type ItemView,
  type MeetingAccessFacts,
  meetingStanding,
  type Viewer,
} from '../../domain/overleg/access.js';

/** A meeting with its items and the tenant's need-to-know window: everything access decisions need. */
export interface MeetingScope {
  readonly meeting: MeetingRecord;
  readonly items: readonly ItemRecord[];
  readonly facts: MeetingAccessFacts;
  readonly windowDays: number;
}

export function meetingFacts(m: MeetingRecord): MeetingAccessFacts {
  return {
    tenantId: m.tenantId,
    type: m.type,
    status: m.status,
    chairUserId: m.chairUserId,
    memberOrganisationIds: m.members.map((o) => o.organisationId),
    minutesApprovedAt: m.minutes.approvedAt,
  };
}

export function itemFacts(i: ItemRecord): ItemAccessFacts {
  return {
    restricted: i.restricted,
    invitations: i.invitations.map((v) => ({ organisationId: v.organisationId, invitedAt: v.invitedAt })),
  };
}

export async function loadScope(q: Queryable, meetingId: string): Promise<MeetingScope | null> {
  const meeting = await findMeeting(q, meetingId);
  if (!meeting) return null;
  const [items, window] = await Promise.all([
    listItems(q, meetingId),
    partnerWindowDays(q, meeting.tenantId),
  ]);
  return { meeting, items, facts: meetingFacts(meeting), windowDays: window.days };
}

/** The scope of the meeting an item is on, with that item. */
export async function loadItemScope(
  q: Queryable,
  itemId: string,
): Promise<{ scope: MeetingScope; item: ItemRecord } | null> {
  const head = await findItem(q, itemId);
  if (!head) return null;
  const scope = await loadScope(q, head.meetingId);
  const item = scope?.items.find((i) => i.id === itemId);
  return scope && item ? { scope, item } : null;
}

export function viewer(a: Actor): Viewer {
  return { userId: a.userId, organisationId: a.organisationId, role: a.role, tenantId: a.tenantId };
}

export function itemView(v: Viewer, scope: MeetingScope, item: ItemRecord, now: Date): ItemView | null {
  return canSeeItem(v, scope.facts, itemFacts(item), now, scope.windowDays);
}

export function standingOf(v: Viewer, scope: MeetingScope) {
  return meetingStanding(v, scope.facts);
}
