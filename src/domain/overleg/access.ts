import type { Role } from '../access/roles.js';
import type { MeetingStatus, MeetingType } from './types.js';

/**
 * Need to know in meetings (DOMAIN.md: "a partner sees a meeting item only while it takes part, and only
 * what was shared with it"). Everything is scoped to the viewer's tenant first; the roles without case
 * content (beleidsmedewerker, functioneel beheerder, privacy officer) see nothing of any meeting.
 *
 * | who                                                | sees                                                   |
 * |----------------------------------------------------|--------------------------------------------------------|
 * | aandachtsfunctionaris of the tenant                | every meeting and item (also AIVD-restricted items)    |
 * | meldpunt of the tenant                             | every meeting and item, except restricted items        |
 * | burgemeester of the tenant                         | weegploeg meetings, restricted items, meetings chaired |
 * | the chair                                          | the whole meeting (restricted items per role/invite)   |
 * | ketenpartner of a standing member organisation     | the whole agenda, except restricted items              |
 * | ketenpartner of an organisation invited to an item | that item only, from the invitation until the window  |
 * |                                                    | after the minutes are final; then its own contributions |
 *
 * Who may change what: the aandachtsfunctionaris manages every meeting, the meldpunt the
 * signaleringsoverleg; only the chair records decisions and approves the minutes.
 */

/** Who is looking: the parts of the signed-in actor that decide access. */
export interface Viewer {
  readonly userId: string;
  readonly organisationId: string;
  readonly role: Role;
  readonly tenantId: string;
}

export interface MeetingAccessFacts {
  readonly tenantId: string;
  readonly type: MeetingType;
  readonly status: MeetingStatus;
  readonly chairUserId: string;
  /** Standing members (vaste leden): organisations whose partner users see the whole agenda. */
  readonly memberOrganisationIds: readonly string[];
  /** When the chair approved the minutes; null while they are a draft. */
  readonly minutesApprovedAt: Date | null;
}

export interface InvitationFacts {
  readonly organisationId: string;
  readonly invitedAt: Date;
}

export interface ItemAccessFacts {
  /** About an AIVD ambtsbericht: only aandachtsfunctionaris, burgemeester and explicitly invited partners. */
  readonly restricted: boolean;
  readonly invitations: readonly InvitationFacts[];
}

/**
 * 'full': the item with everything shared in it. 'own_contributions': the need-to-know window has passed
 * for an invited partner: only what its own organisation contributed stays visible to it.
 */
export type ItemView = 'full' | 'own_contributions';

/** How a viewer stands to a meeting as a whole (not per item). */
export type MeetingStanding = 'organiser' | 'chair' | 'role' | 'member';

/** Roles that ever see meeting content. */
export const CONTENT_ROLES: readonly Role[] = [
  'aandachtsfunctionaris',
  'meldpunt',
  'burgemeester',
  'ketenpartner',
];
const SEES_RESTRICTED: readonly Role[] = ['aandachtsfunctionaris', 'burgemeester'];
const DAY_MS = 86_400_000;

/** May create and change the meeting, its agenda, invitations, actions and minutes draft. */
export function mayManageMeeting(
  viewer: Viewer,
  meeting: Pick<MeetingAccessFacts, 'tenantId' | 'type'>,
): boolean {
  if (viewer.tenantId !== meeting.tenantId) return false;
  if (viewer.role === 'aandachtsfunctionaris') return true;
  return viewer.role === 'meldpunt' && meeting.type === 'signaleringsoverleg';
}

/** May create a meeting of this type at all (the same rule before the meeting exists). */
export function mayOrganise(viewer: Viewer, type: MeetingType): boolean {
  return mayManageMeeting(viewer, { tenantId: viewer.tenantId, type });
}

/** The chair of the meeting, acting in a membership of the meeting's tenant with a content role. */
export function isChair(
  viewer: Viewer,
  meeting: Pick<MeetingAccessFacts, 'tenantId' | 'chairUserId'>,
): boolean {
  return (
    viewer.tenantId === meeting.tenantId &&
    viewer.userId === meeting.chairUserId &&
    CONTENT_ROLES.includes(viewer.role) &&
    viewer.role !== 'ketenpartner'
  );
}

/** Standing towards the whole meeting, or null when the viewer sees at most the items it is invited to. */
export function meetingStanding(viewer: Viewer, meeting: MeetingAccessFacts): MeetingStanding | null {
  if (viewer.tenantId !== meeting.tenantId || !CONTENT_ROLES.includes(viewer.role)) return null;
  if (mayManageMeeting(viewer, meeting)) return 'organiser';
  if (isChair(viewer, meeting)) return 'chair';
  if (viewer.role === 'meldpunt') return 'role';
  if (viewer.role === 'burgemeester' && meeting.type === 'weegploeg') return 'role';
  if (viewer.role === 'ketenpartner' && meeting.memberOrganisationIds.includes(viewer.organisationId)) {
    return 'member';
  }
  return null;
}

/** The moment an invited partner's full view of its item ends, or null while the minutes are a draft. */
export function partnerWindowEnd(
  meeting: Pick<MeetingAccessFacts, 'minutesApprovedAt'>,
  windowDays: number,
): Date | null {
  if (!meeting.minutesApprovedAt) return null;
  return new Date(meeting.minutesApprovedAt.getTime() + windowDays * DAY_MS);
}

function invitationOf(viewer: Viewer, item: ItemAccessFacts, now: Date): InvitationFacts | undefined {
  if (viewer.role !== 'ketenpartner') return undefined;
  return item.invitations.find((i) => i.organisationId === viewer.organisationId && i.invitedAt <= now);
}

function invitedView(meeting: MeetingAccessFacts, now: Date, windowDays: number): ItemView {
  const end = partnerWindowEnd(meeting, windowDays);
  return end && now > end ? 'own_contributions' : 'full';
}

/**
 * What a viewer may see of one agenda item at `now`, or null when the item does not exist for them.
 * `windowDays` is the tenant's need-to-know window after the minutes are final (default 14).
 */
export function canSeeItem(
  viewer: Viewer,
  meeting: MeetingAccessFacts,
  item: ItemAccessFacts,
  now: Date,
  windowDays: number,
): ItemView | null {
  if (viewer.tenantId !== meeting.tenantId || !CONTENT_ROLES.includes(viewer.role)) return null;
  const invitation = invitationOf(viewer, item, now);
  if (item.restricted) {
    if (SEES_RESTRICTED.includes(viewer.role)) {
      // The mayor sees restricted signals in the meldpunt too, but not meetings outside their part.
      return viewer.role === 'aandachtsfunctionaris' || meetingStanding(viewer, meeting) ? 'full' : null;
    }
    return invitation ? invitedView(meeting, now, windowDays) : null;
  }
  if (meetingStanding(viewer, meeting)) return 'full';
  return invitation ? invitedView(meeting, now, windowDays) : null;
}

/** Whether the meeting exists for the viewer: standing, or at least one item it may see. */
export function canSeeMeeting(
  viewer: Viewer,
  meeting: MeetingAccessFacts,
  items: readonly ItemAccessFacts[],
  now: Date,
  windowDays: number,
): boolean {
  if (meetingStanding(viewer, meeting)) return true;
  return items.some((i) => canSeeItem(viewer, meeting, i, now, windowDays) !== null);
}

/** A meeting whose minutes are final, or that was cancelled, no longer changes. */
export function isClosed(meeting: Pick<MeetingAccessFacts, 'status'>): boolean {
  return meeting.status === 'afgerond' || meeting.status === 'geannuleerd';
}

/** May add what its organisation knows to the item: sees it fully, while the meeting is open. */
export function mayContribute(
  viewer: Viewer,
  meeting: MeetingAccessFacts,
  item: ItemAccessFacts,
  now: Date,
  windowDays: number,
): boolean {
  return !isClosed(meeting) && canSeeItem(viewer, meeting, item, now, windowDays) === 'full';
}

export interface ContributionFacts {
  readonly organisationId: string;
}

/** A contribution belongs to its organisation: a colleague may correct it while the meeting is open. */
export function mayEditContribution(
  viewer: Viewer,
  meeting: MeetingAccessFacts,
  item: ItemAccessFacts,
  contribution: ContributionFacts,
  now: Date,
  windowDays: number,
): boolean {
  return (
    contribution.organisationId === viewer.organisationId &&
    mayContribute(viewer, meeting, item, now, windowDays)
  );
}

/** The contributions a view shows: all of them, or only the viewer's organisation's own. */
export function visibleContributions<C extends ContributionFacts>(
  viewer: Viewer,
  view: ItemView,
  contributions: readonly C[],
): C[] {
  return view === 'full'
    ? [...contributions]
    : contributions.filter((c) => c.organisationId === viewer.organisationId);
}

/** Drafting a decision: the organiser or the chair. Recording it: the chair only. */
export function mayDraftDecision(viewer: Viewer, meeting: MeetingAccessFacts): boolean {
  return !isClosed(meeting) && (mayManageMeeting(viewer, meeting) || isChair(viewer, meeting));
}

export function mayRecordDecision(viewer: Viewer, meeting: MeetingAccessFacts): boolean {
  return !isClosed(meeting) && isChair(viewer, meeting);
}

export interface ActionOwnerFacts {
  readonly tenantId: string;
  readonly ownerUserId: string | null;
  readonly ownerOrganisationId: string | null;
}

/** The action is the viewer's: owned by them, or by the organisation they act for. */
export function ownsAction(viewer: Viewer, action: ActionOwnerFacts): boolean {
  if (viewer.tenantId !== action.tenantId || !CONTENT_ROLES.includes(viewer.role)) return false;
  return action.ownerUserId === viewer.userId || action.ownerOrganisationId === viewer.organisationId;
}

/** Sees the action: its owner always (it is their work), and whoever may see its item fully. */
export function maySeeAction(viewer: Viewer, action: ActionOwnerFacts, itemView: ItemView | null): boolean {
  return ownsAction(viewer, action) || itemView === 'full';
}

/** Marks it done or void: its owner or the organiser. Changes its text, owner or due date: the organiser. */
export function mayUpdateActionStatus(
  viewer: Viewer,
  action: ActionOwnerFacts,
  meeting: MeetingAccessFacts,
): boolean {
  return ownsAction(viewer, action) || mayManageMeeting(viewer, meeting);
}
