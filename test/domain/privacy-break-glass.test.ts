import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/domain/access/roles.js';
import { type CaseAccess, caseAccess, type Participation } from '../../src/domain/casus/participation.js';
import type { CasePhase } from '../../src/domain/casus/types.js';
import {
  type BreakGlassCaseFacts,
  type BreakGlassEligibility,
  breakGlassEligibility,
  checkBounds,
  checkReason,
  type EmergencyGrant,
  findFrequentBreakGlass,
  type GrantState,
  type GrantTimes,
  grantEnds,
  grantState,
  mayDecideRequest,
  REFUSALS,
} from '../../src/domain/privacy/break-glass.js';
import { checkSettings, DEFAULT_PRIVACY_SETTINGS } from '../../src/domain/privacy/settings.js';

const NOW = new Date('2026-03-02T09:00:00Z');
const later = (min: number) => new Date(NOW.getTime() + min * 60_000);

function actor(
  role: Role,
  organisationId: string,
  tenantId = 'gem',
  userId = 'u1',
  membershipId = 'm1',
): Actor {
  return {
    userId,
    displayName: 'x',
    membershipId,
    organisationId,
    organisationName: 'O',
    organisationKind: organisationId === tenantId ? 'gemeente' : 'partner',
    role,
    tenantId,
    sessionId: 's',
    authMethod: 'demo',
  };
}

const grant = (o: Partial<EmergencyGrant> = {}): EmergencyGrant => ({
  userId: 'u1',
  membershipId: 'm1',
  status: 'granted',
  expiresAt: later(60),
  endedAt: null,
  ...o,
});

const part: Participation = {
  organisationId: 'politie',
  userId: null,
  role: 'Wijkagent',
  joinedAt: new Date('2026-02-01T09:00:00Z'),
  leftAt: null,
};
const left: Participation = {
  ...part,
  organisationId: 'reclassering',
  leftAt: new Date('2026-02-20T09:00:00Z'),
};

describe('break-the-glass in the case access rule', () => {
  it.each<[string, Actor, readonly Participation[], CasePhase, readonly EmergencyGrant[], CaseAccess]>([
    ['a partner without participation or grant', actor('ketenpartner', 'politie'), [], 'nazorg', [], 'none'],
    ['with an active grant: read only', actor('ketenpartner', 'politie'), [], 'nazorg', [grant()], 'read'],
    ['never for a closed case', actor('ketenpartner', 'politie'), [], 'afgesloten', [grant()], 'none'],
    [
      'a request still waiting for approval gives nothing',
      actor('ketenpartner', 'politie'),
      [],
      'nazorg',
      [grant({ status: 'pending', expiresAt: null })],
      'none',
    ],
    [
      'a refused request gives nothing',
      actor('ketenpartner', 'politie'),
      [],
      'nazorg',
      [grant({ status: 'refused' })],
      'none',
    ],
    [
      'a grant whose time is up',
      actor('ketenpartner', 'politie'),
      [],
      'nazorg',
      [grant({ expiresAt: NOW })],
      'none',
    ],
    [
      'a grant given back early',
      actor('ketenpartner', 'politie'),
      [],
      'nazorg',
      [grant({ endedAt: later(-1) })],
      'none',
    ],
    ["another user's grant", actor('ketenpartner', 'politie', 'gem', 'u2'), [], 'nazorg', [grant()], 'none'],
    [
      'the same user acting in another membership',
      actor('ketenpartner', 'politie', 'gem', 'u1', 'm2'),
      [],
      'nazorg',
      [grant()],
      'none',
    ],
    [
      'a grant never reaches into another municipality',
      actor('ketenpartner', 'politie', 'other'),
      [],
      'nazorg',
      [grant()],
      'none',
    ],
    [
      'a participant keeps partner access (never narrowed)',
      actor('ketenpartner', 'politie'),
      [part],
      'nazorg',
      [grant()],
      'partner',
    ],
    ['the regie keeps regie', actor('aandachtsfunctionaris', 'gem'), [], 'nazorg', [grant()], 'regie'],
  ])('%s', (_, a, ps, phase, grants, expected) => {
    expect(caseAccess(a, { tenantId: 'gem', phase }, ps, NOW, grants)).toBe(expected);
  });

  it('lasts the configured hours and needs a reason in words', () => {
    expect(grantEnds(NOW, 4).toISOString()).toBe('2026-03-02T13:00:00.000Z');
    expect(checkReason('spoed')).toHaveLength(1);
    expect(checkReason('Acute dreiging gemeld door de wijkagent')).toEqual([]);
  });
});

const facts = (o: Partial<BreakGlassCaseFacts> = {}): BreakGlassCaseFacts => ({
  found: true,
  tenantId: 'gem',
  phase: 'persoonsgerichte_aanpak',
  handedOver: false,
  participations: [],
  standingMember: false,
  hasAccess: false,
  ...o,
});

describe('who may ask for emergency access to a case', () => {
  it.each<[string, Actor, BreakGlassCaseFacts, BreakGlassEligibility]>([
    [
      'an uninvolved partner (no standing membership, never took part)',
      actor('ketenpartner', 'reclassering'),
      facts({ participations: [part] }),
      { kind: 'ineligible', reason: 'no_relation' },
    ],
    [
      'a standing member of the signalerings- or casusoverleg',
      actor('ketenpartner', 'om'),
      facts({ standingMember: true }),
      { kind: 'eligible', via: 'standing_member' },
    ],
    [
      'an organisation that took part before (participation ended)',
      actor('ketenpartner', 'reclassering'),
      facts({ participations: [left] }),
      { kind: 'eligible', via: 'took_part' },
    ],
    [
      "another organisation's participation does not count",
      actor('ketenpartner', 'ggz'),
      facts({ participations: [part, left] }),
      { kind: 'ineligible', reason: 'no_relation' },
    ],
    [
      'never for a closed case, even for a former participant',
      actor('ketenpartner', 'reclassering'),
      facts({ phase: 'afgesloten', participations: [left] }),
      { kind: 'ineligible', reason: 'closed' },
    ],
    [
      'never for a closed case, even for a standing member',
      actor('ketenpartner', 'om'),
      facts({ phase: 'afgesloten', standingMember: true }),
      { kind: 'ineligible', reason: 'closed' },
    ],
    [
      'never for a case the municipality handed over',
      actor('ketenpartner', 'om'),
      facts({ found: false, tenantId: null, phase: null, handedOver: true, standingMember: true }),
      { kind: 'ineligible', reason: 'handed_over' },
    ],
    [
      'a reference that does not exist',
      actor('ketenpartner', 'om'),
      facts({ found: false, tenantId: null, phase: null, standingMember: true }),
      { kind: 'ineligible', reason: 'not_found' },
    ],
    [
      "another tenant's case",
      actor('ketenpartner', 'om'),
      facts({ tenantId: 'other', standingMember: true }),
      { kind: 'ineligible', reason: 'not_found' },
    ],
    [
      'someone who already has access is told so',
      actor('ketenpartner', 'politie'),
      facts({ participations: [part], hasAccess: true }),
      { kind: 'has_access' },
    ],
    [
      'the municipality’s own officer (as today)',
      actor('aandachtsfunctionaris', 'gem'),
      facts(),
      { kind: 'eligible', via: 'own_municipality' },
    ],
    [
      'the mayor of the municipality (as today)',
      actor('burgemeester', 'gem'),
      facts(),
      { kind: 'eligible', via: 'own_municipality' },
    ],
    [
      'an officer of another organisation needs a relation too',
      actor('aandachtsfunctionaris', 'buurgemeente'),
      facts(),
      { kind: 'ineligible', reason: 'no_relation' },
    ],
  ])('%s', (_, a, f, expected) => {
    expect(breakGlassEligibility(a, f)).toEqual(expected);
  });

  it('has one refusal for every case-related reason, in Dutch and English, naming the field', () => {
    expect(REFUSALS.ineligible.field).toBe('reference');
    expect(REFUSALS.ineligible.nl).toMatch(/niet mogelijk/);
    expect(REFUSALS.ineligible.en).toMatch(/not possible/);
  });
});

describe('bounds', () => {
  it.each([
    ['nothing open, none asked', { openGrants: 0, requestsInWindow: 0, maxPerWindow: 3 }, null],
    ['two asked of three', { openGrants: 0, requestsInWindow: 2, maxPerWindow: 3 }, null],
    [
      'one open grant (active or waiting)',
      { openGrants: 1, requestsInWindow: 1, maxPerWindow: 3 },
      'one_at_a_time',
    ],
    ['the limit reached', { openGrants: 0, requestsInWindow: 3, maxPerWindow: 3 }, 'limit_reached'],
    ['a limit of one', { openGrants: 0, requestsInWindow: 1, maxPerWindow: 1 }, 'limit_reached'],
  ] as const)('%s', (_, b, expected) => {
    expect(checkBounds(b)).toBe(expected);
  });

  it('says in Dutch and English how many and over which period', () => {
    const m = REFUSALS.limit_reached(3);
    expect(m.nl).toContain('30 dagen al 3 keer');
    expect(m.en).toContain('3 times in the last 30 days');
  });
});

describe('four-eyes: the state of a request and who decides', () => {
  const t = (o: Partial<GrantTimes>): GrantTimes => ({
    status: 'pending',
    pendingUntil: later(30),
    expiresAt: null,
    endedAt: null,
    ...o,
  });
  it.each<[string, GrantTimes, GrantState]>([
    ['waits for approval', t({}), 'wacht'],
    ['lapses without a decision in time', t({ pendingUntil: NOW }), 'verlopen'],
    ['withdrawn while waiting', t({ endedAt: later(-1) }), 'afgelopen'],
    ['refused', t({ status: 'refused' }), 'geweigerd'],
    ['approved and running', t({ status: 'granted', expiresAt: later(60) }), 'actief'],
    ['approved, time up', t({ status: 'granted', expiresAt: NOW }), 'afgelopen'],
    ['approved, given back', t({ status: 'granted', expiresAt: later(60), endedAt: later(-1) }), 'afgelopen'],
  ])('%s', (_, g, expected) => {
    expect(grantState(g, NOW)).toBe(expected);
  });

  const req = { tenantId: 'gem', userId: 'requester' };
  it.each<[string, Actor, boolean]>([
    [
      'an aandachtsfunctionaris of the municipality',
      actor('aandachtsfunctionaris', 'gem', 'gem', 'o1'),
      true,
    ],
    ['the privacy officer', actor('privacy_officer', 'gem', 'gem', 'p1'), true],
    ['never the requester', actor('aandachtsfunctionaris', 'gem', 'gem', 'requester'), false],
    ['not a partner', actor('ketenpartner', 'politie', 'gem', 'k1'), false],
    ['not the mayor', actor('burgemeester', 'gem', 'gem', 'b1'), false],
    ['not another tenant', actor('privacy_officer', 'other', 'other', 'p2'), false],
    [
      'not an officer of another organisation in the tenant',
      actor('aandachtsfunctionaris', 'buurgemeente', 'gem', 'o2'),
      false,
    ],
  ])('%s', (_, a, expected) => {
    expect(mayDecideRequest(a, req)).toBe(expected);
  });
});

describe('unusual use counts emergency access', () => {
  it('lists users with more requests than the threshold, most first', () => {
    const ev = (userId: string, min: number) => ({ userId, at: later(-min) });
    const found = findFrequentBreakGlass(
      [ev('a', 10), ev('a', 600), ev('b', 5), ev('c', 1), ev('c', 2), ev('c', 3)],
      1,
    );
    expect(found).toEqual([
      { userId: 'c', requests: 3, lastAt: later(-1) },
      { userId: 'a', requests: 2, lastAt: later(-10) },
    ]);
    expect(findFrequentBreakGlass([ev('b', 5)], 0)).toHaveLength(1);
  });
});

describe('privacy settings', () => {
  it('defaults to 3 per 30 days, no four-eyes, 30 minutes to decide', () => {
    expect(DEFAULT_PRIVACY_SETTINGS).toMatchObject({
      breakGlassMaxPer30Days: 3,
      breakGlassFourEyes: false,
      breakGlassPendingMinutes: 30,
    });
    expect(checkSettings(DEFAULT_PRIVACY_SETTINGS)).toEqual([]);
  });
  it.each([
    ['breakGlassMaxPer30Days', 0],
    ['breakGlassMaxPer30Days', 21],
    ['breakGlassMaxPer30Days', 1.5],
    ['breakGlassPendingMinutes', 4],
    ['breakGlassPendingMinutes', 241],
    ['unusualBreakGlassThreshold', -1],
  ] as const)('refuses %s = %s, naming the field', (field, value) => {
    expect(checkSettings({ ...DEFAULT_PRIVACY_SETTINGS, [field]: value }).map((i) => i.field)).toEqual([
      field,
    ]);
  });
});
