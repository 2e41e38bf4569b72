import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/access/roles.js';
import {
  canSeeItem,
  canSeeMeeting,
  type ItemAccessFacts,
  type MeetingAccessFacts,
  mayContribute,
  mayDraftDecision,
  mayEditContribution,
  mayManageMeeting,
  mayRecordDecision,
  maySeeAction,
  mayUpdateActionStatus,
  meetingStanding,
  partnerWindowEnd,
  type Viewer,
  visibleContributions,
} from '../../src/domain/overleg/access.js';
import type { MeetingType } from '../../src/domain/overleg/types.js';

const T = 'tenant-lindeburg';
const GEMEENTE = 'org-gemeente';
const POLITIE = 'org-politie';
const OM = 'org-om';
const SCHOOL = 'org-school';
const JEUGDZORG = 'org-jeugdzorg';

function viewer(role: Role, organisationId = GEMEENTE, userId = `user-${role}`, tenantId = T): Viewer {
  return { userId, organisationId, role, tenantId };
}

function meeting(
  type: MeetingType = 'signaleringsoverleg',
  over: Partial<MeetingAccessFacts> = {},
): MeetingAccessFacts {
  return {
    tenantId: T,
    type,
    status: 'agenda_gepubliceerd',
    chairUserId: 'user-chair',
    memberOrganisationIds: [GEMEENTE, POLITIE, OM],
    minutesApprovedAt: null,
    ...over,
  };
}

const invitedAt = new Date('2026-03-01T09:00:00Z');
const approvedAt = new Date('2026-03-10T12:00:00Z');
const DAY = 86_400_000;
const item: ItemAccessFacts = { restricted: false, invitations: [{ organisationId: SCHOOL, invitedAt }] };
const restrictedItem: ItemAccessFacts = {
  restricted: true,
  invitations: [{ organisationId: JEUGDZORG, invitedAt }],
};
const notInvited: ItemAccessFacts = { restricted: false, invitations: [] };

describe('canSeeItem: need to know per agenda item', () => {
  const before = new Date('2026-03-05T10:00:00Z');
  const final = meeting('signaleringsoverleg', { status: 'afgerond', minutesApprovedAt: approvedAt });
  const inWindow = new Date(approvedAt.getTime() + 14 * DAY - 1000);
  const afterWindow = new Date(approvedAt.getTime() + 14 * DAY + 1000);

  it.each([
    // viewer, meeting, item, now, expected
    ['aandachtsfunctionaris', viewer('aandachtsfunctionaris'), meeting(), item, before, 'full'],
    ['meldpunt', viewer('meldpunt'), meeting(), item, before, 'full'],
    ['meldpunt, casusoverleg', viewer('meldpunt'), meeting('casusoverleg'), item, before, 'full'],
    ['burgemeester, triage', viewer('burgemeester'), meeting(), item, before, null],
    ['burgemeester, weegploeg', viewer('burgemeester'), meeting('weegploeg'), item, before, 'full'],
    [
      'burgemeester chairing a triage',
      viewer('burgemeester', GEMEENTE, 'user-chair'),
      meeting(),
      item,
      before,
      'full',
    ],
    ['police, standing member', viewer('ketenpartner', POLITIE), meeting(), item, before, 'full'],
    [
      'police, standing member, after the window',
      viewer('ketenpartner', POLITIE),
      final,
      item,
      afterWindow,
      'full',
    ],
    [
      'police, not a member of this meeting',
      viewer('ketenpartner', POLITIE),
      meeting('casusoverleg', { memberOrganisationIds: [GEMEENTE] }),
      item,
      before,
      null,
    ],
    ['school, invited', viewer('ketenpartner', SCHOOL), meeting(), item, before, 'full'],
    [
      'school, before its invitation',
      viewer('ketenpartner', SCHOOL),
      meeting(),
      item,
      new Date('2026-02-28T09:00:00Z'),
      null,
    ],
    ['school, not invited to this item', viewer('ketenpartner', SCHOOL), meeting(), notInvited, before, null],
    [
      'school, within the window after the minutes',
      viewer('ketenpartner', SCHOOL),
      final,
      item,
      inWindow,
      'full',
    ],
    [
      'school, after the window',
      viewer('ketenpartner', SCHOOL),
      final,
      item,
      afterWindow,
      'own_contributions',
    ],
    ['jeugdzorg, invited elsewhere only', viewer('ketenpartner', JEUGDZORG), meeting(), item, before, null],
    [
      'restricted: aandachtsfunctionaris',
      viewer('aandachtsfunctionaris'),
      meeting(),
      restrictedItem,
      before,
      'full',
    ],
    ['restricted: meldpunt', viewer('meldpunt'), meeting(), restrictedItem, before, null],
    ['restricted: standing police', viewer('ketenpartner', POLITIE), meeting(), restrictedItem, before, null],
    [
      'restricted: invited jeugdzorg',
      viewer('ketenpartner', JEUGDZORG),
      meeting(),
      restrictedItem,
      before,
      'full',
    ],
    [
      'restricted: burgemeester in weegploeg',
      viewer('burgemeester'),
      meeting('weegploeg'),
      restrictedItem,
      before,
      'full',
    ],
    [
      'restricted: burgemeester outside their meetings',
      viewer('burgemeester'),
      meeting('casusoverleg'),
      restrictedItem,
      before,
      null,
    ],
    ['beleidsmedewerker', viewer('beleidsmedewerker'), meeting(), item, before, null],
    [
      'functioneel beheerder who is the chair',
      viewer('functioneel_beheerder', GEMEENTE, 'user-chair'),
      meeting(),
      item,
      before,
      null,
    ],
    ['privacy officer', viewer('privacy_officer'), meeting(), item, before, null],
    [
      'aandachtsfunctionaris of another tenant',
      viewer('aandachtsfunctionaris', 'x', 'u', 'tenant-oosterveen'),
      meeting(),
      item,
      before,
      null,
    ],
    [
      'school acting in another tenant',
      viewer('ketenpartner', SCHOOL, 'u', 'tenant-oosterveen'),
      meeting(),
      item,
      before,
      null,
    ],
  ] as const)('%s', (_name, v, m, i, now, expected) => {
    expect(canSeeItem(v, m, i, now, 14)).toBe(expected);
  });

  it('uses the configured window', () => {
    const school = viewer('ketenpartner', SCHOOL);
    expect(canSeeItem(school, final, item, afterWindow, 30)).toBe('full');
    expect(canSeeItem(school, final, item, new Date(approvedAt.getTime() + 31 * DAY), 30)).toBe(
      'own_contributions',
    );
    expect(canSeeItem(school, final, item, new Date(approvedAt.getTime() + 1000), 0)).toBe(
      'own_contributions',
    );
  });

  it('keeps the full view exactly until the window ends', () => {
    const end = partnerWindowEnd(final, 14) as Date;
    expect(end.toISOString()).toBe('2026-03-24T12:00:00.000Z');
    expect(canSeeItem(viewer('ketenpartner', SCHOOL), final, item, end, 14)).toBe('full');
    expect(canSeeItem(viewer('ketenpartner', SCHOOL), final, item, new Date(end.getTime() + 1), 14)).toBe(
      'own_contributions',
    );
    expect(partnerWindowEnd(meeting(), 14)).toBeNull();
  });
});

describe('meetings, management and decisions', () => {
  it.each([
    ['aandachtsfunctionaris', viewer('aandachtsfunctionaris'), 'casusoverleg', 'organiser', true],
    ['meldpunt, triage', viewer('meldpunt'), 'signaleringsoverleg', 'organiser', true],
    ['meldpunt, weegploeg', viewer('meldpunt'), 'weegploeg', 'role', false],
    ['burgemeester, weegploeg', viewer('burgemeester'), 'weegploeg', 'role', false],
    ['burgemeester as chair', viewer('burgemeester', GEMEENTE, 'user-chair'), 'casusoverleg', 'chair', false],
    ['police member', viewer('ketenpartner', POLITIE), 'weegploeg', 'member', false],
    [
      'police as "chair" (a partner never chairs)',
      viewer('ketenpartner', SCHOOL, 'user-chair'),
      'signaleringsoverleg',
      null,
      false,
    ],
    ['school', viewer('ketenpartner', SCHOOL), 'signaleringsoverleg', null, false],
  ] as const)('%s', (_n, v, type, standing, manages) => {
    expect(meetingStanding(v, meeting(type))).toBe(standing);
    expect(mayManageMeeting(v, meeting(type))).toBe(manages);
  });

  it('shows a meeting to an invited partner only through an item it may see', () => {
    const now = new Date('2026-03-05T10:00:00Z');
    const school = viewer('ketenpartner', SCHOOL);
    expect(canSeeMeeting(school, meeting(), [notInvited, item], now, 14)).toBe(true);
    expect(canSeeMeeting(school, meeting(), [notInvited], now, 14)).toBe(false);
    expect(canSeeMeeting(viewer('ketenpartner', POLITIE), meeting(), [], now, 14)).toBe(true);
  });

  it('lets the organiser and the chair draft a decision, and only the chair record it', () => {
    const chair = viewer('burgemeester', GEMEENTE, 'user-chair');
    const af = viewer('aandachtsfunctionaris');
    const police = viewer('ketenpartner', POLITIE);
    const m = meeting('weegploeg');
    expect([mayDraftDecision(chair, m), mayRecordDecision(chair, m)]).toEqual([true, true]);
    expect([mayDraftDecision(af, m), mayRecordDecision(af, m)]).toEqual([true, false]);
    expect([mayDraftDecision(police, m), mayRecordDecision(police, m)]).toEqual([false, false]);
    const closed = meeting('weegploeg', { status: 'afgerond', minutesApprovedAt: approvedAt });
    expect([mayDraftDecision(chair, closed), mayRecordDecision(chair, closed)]).toEqual([false, false]);
  });
});

describe('contributions', () => {
  const now = new Date('2026-03-05T10:00:00Z');
  const contributions = [
    { id: 'c1', organisationId: POLITIE },
    { id: 'c2', organisationId: SCHOOL },
    { id: 'c3', organisationId: GEMEENTE },
  ];

  it('shows all contributions in the full view and only the own ones afterwards', () => {
    const school = viewer('ketenpartner', SCHOOL);
    expect(visibleContributions(school, 'full', contributions).map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(visibleContributions(school, 'own_contributions', contributions).map((c) => c.id)).toEqual(['c2']);
  });

  it.each([
    ['invited school, open meeting', viewer('ketenpartner', SCHOOL), meeting(), true],
    ['standing police', viewer('ketenpartner', POLITIE), meeting(), true],
    ['school not invited', viewer('ketenpartner', JEUGDZORG), meeting(), false],
    [
      'after the minutes are final',
      viewer('ketenpartner', POLITIE),
      meeting('signaleringsoverleg', { status: 'afgerond', minutesApprovedAt: approvedAt }),
      false,
    ],
    [
      'cancelled meeting',
      viewer('aandachtsfunctionaris'),
      meeting('signaleringsoverleg', { status: 'geannuleerd' }),
      false,
    ],
  ] as const)('may contribute: %s', (_n, v, m, expected) => {
    expect(mayContribute(v, m, item, now, 14)).toBe(expected);
  });

  it('lets only the own organisation correct a contribution', () => {
    expect(
      mayEditContribution(
        viewer('ketenpartner', POLITIE, 'other-agent'),
        meeting(),
        item,
        { organisationId: POLITIE },
        now,
        14,
      ),
    ).toBe(true);
    expect(
      mayEditContribution(
        viewer('ketenpartner', SCHOOL),
        meeting(),
        item,
        { organisationId: POLITIE },
        now,
        14,
      ),
    ).toBe(false);
    expect(
      mayEditContribution(
        viewer('aandachtsfunctionaris'),
        meeting(),
        item,
        { organisationId: POLITIE },
        now,
        14,
      ),
    ).toBe(false);
  });
});

describe('actions', () => {
  const byUser = { tenantId: T, ownerUserId: 'user-a', ownerOrganisationId: null };
  const byOrg = { tenantId: T, ownerUserId: null, ownerOrganisationId: SCHOOL };

  it.each([
    ['the owning user', viewer('ketenpartner', POLITIE, 'user-a'), byUser, null, true, true],
    [
      'a colleague of the owning organisation',
      viewer('ketenpartner', SCHOOL, 'user-b'),
      byOrg,
      null,
      true,
      true,
    ],
    ['someone else who sees the item', viewer('ketenpartner', POLITIE), byOrg, 'full', true, false],
    [
      'someone else after the window',
      viewer('ketenpartner', POLITIE),
      byOrg,
      'own_contributions',
      false,
      false,
    ],
    ['the organiser', viewer('aandachtsfunctionaris'), byOrg, 'full', true, true],
    [
      'the owner acting in another tenant',
      viewer('ketenpartner', SCHOOL, 'user-b', 'other'),
      byOrg,
      null,
      false,
      false,
    ],
  ] as const)('%s', (_n, v, action, itemView, sees, updates) => {
    expect(maySeeAction(v, action, itemView)).toBe(sees);
    expect(mayUpdateActionStatus(v, action, meeting())).toBe(updates);
  });
});
