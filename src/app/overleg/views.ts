import type { ActionRecord } from '../../db/overleggen/actions.js';
import type { ContributionRecord } from '../../db/overleggen/contributions.js';
import type { ItemRecord } from '../../db/overleggen/items.js';
import type { MeetingRecord } from '../../db/overleggen/meetings.js';
import {
  type ItemView,
  isChair,
  type MeetingStanding,
  mayContribute,
  mayDraftDecision,
  mayEditContribution,
  mayManageMeeting,
  mayRecordDecision,
  mayUpdateActionStatus,
  partnerWindowEnd,
  type Viewer,
  visibleContributions,
} from '../../domain/overleg/access.js';
import { isOverdue } from '../../domain/overleg/actions.js';
import { today } from '../../domain/overleg/decisions.js';
import type { MeetingScope } from './scope.js';
import { itemFacts, itemView, standingOf } from './scope.js';

/**
 * What the API returns: the response shapes, separate from the database rows, with only what the viewer
 * may see. Dates are ISO strings.
 */

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export interface MeetingSummaryView {
  readonly id: string;
  readonly type: MeetingRecord['type'];
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly location: string | null;
  readonly onlineUrl: string | null;
  readonly status: MeetingRecord['status'];
  readonly organiser: { id: string; name: string };
  readonly chair: { userId: string; name: string };
  readonly seriesId: string | null;
  readonly agendaPublishedAt: string | null;
  readonly minutesStatus: MeetingRecord['minutes']['status'];
  /** How the viewer takes part: the whole meeting, or (null) only items they are invited to. */
  readonly standing: MeetingStanding | null;
  readonly visibleItems: number;
  readonly version: number;
}

export function meetingSummary(v: Viewer, scope: MeetingScope, now: Date): MeetingSummaryView {
  const m = scope.meeting;
  return {
    id: m.id,
    type: m.type,
    title: m.title,
    startsAt: m.startsAt.toISOString(),
    endsAt: iso(m.endsAt),
    location: m.location,
    onlineUrl: m.onlineUrl,
    status: m.status,
    organiser: { id: m.organiserId, name: m.organiserName },
    chair: { userId: m.chairUserId, name: m.chairName },
    seriesId: m.seriesId,
    agendaPublishedAt: iso(m.agendaPublishedAt),
    minutesStatus: m.minutes.status,
    standing: standingOf(v, scope),
    visibleItems: scope.items.filter((i) => itemView(v, scope, i, now) !== null).length,
    version: m.version,
  };
}

export interface ItemSummaryView {
  readonly id: string;
  readonly meetingId: string;
  readonly position: number;
  readonly view: ItemView;
  readonly title: string;
  readonly subjectKind: ItemRecord['subjectKind'];
  readonly signal: {
    id: string;
    reference: string;
    status: string | null;
    kind: 'melding' | 'adviesvraag' | null;
  } | null;
  readonly casus: { id: string; reference: string; phase: string | null } | null;
  readonly persons: Array<{ id: string; name: string }>;
  readonly restricted: boolean;
  readonly decision: { status: string; outcome: string | null } | null;
  readonly invitations: Array<{ organisationId: string; organisationName: string; invitedAt: string }>;
  readonly version: number;
}

/**
 * The number an item has on the viewer's agenda: its place on the whole agenda for those who see the whole
 * meeting; otherwise its place among the items the viewer may see (so numbers do not reveal other items).
 */
export function displayPosition(v: Viewer, scope: MeetingScope, item: ItemRecord, now: Date): number {
  if (standingOf(v, scope)) return item.position;
  const visible = scope.items.filter((i) => itemView(v, scope, i, now) !== null);
  return visible.findIndex((i) => i.id === item.id) + 1;
}

/** An item as the agenda shows it. After the need-to-know window only its title remains for a partner. */
export function itemSummary(
  v: Viewer,
  scope: MeetingScope,
  item: ItemRecord,
  view: ItemView,
  now: Date,
): ItemSummaryView {
  const full = view === 'full';
  const organises = mayManageMeeting(v, scope.facts) || isChair(v, scope.facts);
  return {
    id: item.id,
    meetingId: item.meetingId,
    position: displayPosition(v, scope, item, now),
    view,
    title: item.title,
    subjectKind: item.subjectKind,
    signal:
      full && item.signalId && item.signalReference
        ? {
            id: item.signalId,
            reference: item.signalReference,
            status: organises ? item.signalStatus : null,
            kind: item.signalKind,
          }
        : null,
    casus:
      full && item.casusId && item.casusReference
        ? { id: item.casusId, reference: item.casusReference, phase: item.casusPhase }
        : null,
    persons: full ? [...item.persons] : [],
    restricted: item.restricted,
    decision: full && item.decision ? { status: item.decision.status, outcome: item.decision.outcome } : null,
    invitations: organises
      ? item.invitations.map((i) => ({
          organisationId: i.organisationId,
          organisationName: i.organisationName,
          invitedAt: i.invitedAt.toISOString(),
        }))
      : item.invitations
          .filter((i) => i.organisationId === v.organisationId)
          .map((i) => ({
            organisationId: i.organisationId,
            organisationName: i.organisationName,
            invitedAt: i.invitedAt.toISOString(),
          })),
    version: item.version,
  };
}

export interface MeetingDetailView extends MeetingSummaryView {
  readonly legalBasisId: string | null;
  readonly members: Array<{ organisationId: string; name: string; kind: string; partnerType: string | null }>;
  readonly minutes: {
    readonly generalText: string | null;
    readonly status: MeetingRecord['minutes']['status'];
    readonly approvedAt: string | null;
    readonly approvedByName: string | null;
    readonly version: number;
  };
  /** When invited partners lose their full view (the minutes' approval plus the tenant's window). */
  readonly partnerWindowEndsAt: string | null;
  readonly items: ItemSummaryView[];
  readonly permissions: {
    readonly manage: boolean;
    readonly draftDecisions: boolean;
    readonly recordDecisions: boolean;
    readonly approveMinutes: boolean;
  };
}

export function meetingDetail(v: Viewer, scope: MeetingScope, now: Date): MeetingDetailView {
  const m = scope.meeting;
  const standing = standingOf(v, scope);
  const items: ItemSummaryView[] = [];
  for (const item of scope.items) {
    const view = itemView(v, scope, item, now);
    if (view) items.push(itemSummary(v, scope, item, view, now));
  }
  const chair = isChair(v, scope.facts);
  return {
    ...meetingSummary(v, scope, now),
    legalBasisId: m.legalBasisId,
    members: m.members.map((o) => ({
      organisationId: o.organisationId,
      name: o.name,
      kind: o.kind,
      partnerType: o.partnerType,
    })),
    minutes: {
      // The general part of the minutes is for those who take part in the whole meeting.
      generalText: standing ? m.minutes.generalText : null,
      status: m.minutes.status,
      approvedAt: iso(m.minutes.approvedAt),
      approvedByName: m.minutes.approvedByName,
      version: m.minutes.version,
    },
    partnerWindowEndsAt: iso(partnerWindowEnd(scope.facts, scope.windowDays)),
    items,
    permissions: {
      manage: mayManageMeeting(v, scope.facts) && m.status !== 'afgerond' && m.status !== 'geannuleerd',
      draftDecisions: mayDraftDecision(v, scope.facts),
      recordDecisions: mayRecordDecision(v, scope.facts),
      approveMinutes: chair && m.minutes.status === 'concept' && m.status === 'agenda_gepubliceerd',
    },
  };
}

export interface ContributionView {
  readonly id: string;
  readonly itemId: string;
  readonly organisation: { id: string; name: string };
  readonly author: { userId: string; name: string };
  readonly legalBasis: { id: string; nl: string; en: string };
  readonly text: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
  readonly editable: boolean;
}

export function contributionView(
  v: Viewer,
  scope: MeetingScope,
  item: ItemRecord,
  c: ContributionRecord,
  now: Date,
): ContributionView {
  return {
    id: c.id,
    itemId: c.itemId,
    organisation: { id: c.organisationId, name: c.organisationName },
    author: { userId: c.authorUserId, name: c.authorName },
    legalBasis: { id: c.legalBasisId, nl: c.legalBasisNl, en: c.legalBasisEn },
    text: c.text,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
    editable: mayEditContribution(v, scope.facts, itemFacts(item), c, now, scope.windowDays),
  };
}

export interface DecisionView {
  readonly id: string;
  readonly kind: MeetingRecord['type'];
  readonly status: NonNullable<ItemRecord['decision']>['status'];
  readonly fields: Record<string, unknown>;
  readonly outcome: string | null;
  readonly casusId: string | null;
  readonly draftedAt: string;
  readonly recordedAt: string | null;
  readonly recordedByName: string | null;
  readonly version: number;
}

export function decisionView(scope: MeetingScope, item: ItemRecord): DecisionView | null {
  const d = item.decision;
  if (!d) return null;
  return {
    id: d.id,
    kind: scope.meeting.type,
    status: d.status,
    fields: d.payload,
    outcome: d.outcome,
    casusId: d.casusId,
    draftedAt: d.draftedAt.toISOString(),
    recordedAt: iso(d.recordedAt),
    recordedByName: d.recordedByName,
    version: d.version,
  };
}

export interface ActionView {
  readonly id: string;
  readonly meetingId: string | null;
  readonly soundingId: string | null;
  readonly itemId: string | null;
  readonly description: string;
  readonly owner: { kind: 'persoon' | 'organisatie'; id: string; name: string };
  readonly dueOn: string;
  readonly status: ActionRecord['status'];
  readonly overdue: boolean;
  readonly completedAt: string | null;
  readonly meeting: { type: string; startsAt: string } | null;
  readonly version: number;
}

export function actionView(a: ActionRecord, now: Date): ActionView {
  return {
    id: a.id,
    meetingId: a.meetingId,
    soundingId: a.soundingId,
    itemId: a.itemId,
    description: a.description,
    owner: a.ownerUserId
      ? { kind: 'persoon', id: a.ownerUserId, name: a.ownerUserName ?? '' }
      : { kind: 'organisatie', id: a.ownerOrganisationId ?? '', name: a.ownerOrganisationName ?? '' },
    dueOn: a.dueOn,
    status: a.status,
    overdue: isOverdue(a, today(now)),
    completedAt: iso(a.completedAt),
    meeting:
      a.meetingType && a.meetingStartsAt
        ? { type: a.meetingType, startsAt: a.meetingStartsAt.toISOString() }
        : null,
    version: a.version,
  };
}

export interface ItemDetailView extends ItemSummaryView {
  readonly notes: string | null;
  readonly minutesText: string | null;
  readonly contributions: ContributionView[];
  readonly decisionDetail: DecisionView | null;
  readonly actions: (ActionView & { mayUpdate: boolean })[];
  readonly permissions: {
    readonly edit: boolean;
    readonly contribute: boolean;
    readonly draftDecision: boolean;
    readonly recordDecision: boolean;
  };
}

export function itemDetail(
  v: Viewer,
  scope: MeetingScope,
  item: ItemRecord,
  view: ItemView,
  contributions: ContributionRecord[],
  actions: ActionRecord[],
  now: Date,
): ItemDetailView {
  const full = view === 'full';
  const closed = scope.meeting.status === 'afgerond' || scope.meeting.status === 'geannuleerd';
  return {
    ...itemSummary(v, scope, item, view, now),
    notes: full ? item.notes : null,
    minutesText: full ? item.minutesText : null,
    contributions: visibleContributions(v, view, contributions).map((c) =>
      contributionView(v, scope, item, c, now),
    ),
    decisionDetail: full ? decisionView(scope, item) : null,
    actions: full
      ? actions.map((a) => ({ ...actionView(a, now), mayUpdate: mayUpdateActionStatus(v, a, scope.facts) }))
      : [],
    permissions: {
      edit: mayManageMeeting(v, scope.facts) && !closed,
      contribute: mayContribute(v, scope.facts, itemFacts(item), now, scope.windowDays),
      draftDecision: full && mayDraftDecision(v, scope.facts),
      recordDecision: full && mayRecordDecision(v, scope.facts),
    },
  };
}
