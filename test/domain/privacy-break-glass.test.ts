import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/domain/access/roles.js';
import { type CaseAccess, caseAccess, type Participation } from '../../src/domain/casus/participation.js';
import type { CasePhase } from '../../src/domain/casus/types.js';
import { checkReason, type EmergencyGrant, grantEnds } from '../../src/domain/privacy/break-glass.js';

const NOW = new Date('2026-03-02T09:00:00Z');

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
  expiresAt: new Date(NOW.getTime() + 3_600_000),
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

describe('break-the-glass in the case access rule', () => {
  it.each<[string, Actor, readonly Participation[], CasePhase, readonly EmergencyGrant[], CaseAccess]>([
    ['a partner without participation or grant', actor('ketenpartner', 'politie'), [], 'nazorg', [], 'none'],
    ['with an active grant: read only', actor('ketenpartner', 'politie'), [], 'nazorg', [grant()], 'read'],
    ['also for a closed case', actor('ketenpartner', 'politie'), [], 'afgesloten', [grant()], 'read'],
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
      [grant({ endedAt: new Date(NOW.getTime() - 1000) })],
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
