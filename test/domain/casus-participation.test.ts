import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/domain/access/roles.js';
import {
  type CaseAccess,
  canAccessCase,
  caseAccess,
  mayEditMeasure,
  type Participation,
} from '../../src/domain/casus/participation.js';
import type { CasePhase } from '../../src/domain/casus/types.js';

const NOW = new Date('2026-03-02T09:00:00Z');
const EARLIER = new Date('2026-02-01T09:00:00Z');
const LATER = new Date('2026-04-01T09:00:00Z');

function actor(role: Role, organisationId: string, tenantId = 'gem', userId = 'u1'): Actor {
  return {
    userId,
    displayName: 'x',
    membershipId: 'm',
    organisationId,
    organisationName: 'O',
    organisationKind: organisationId === tenantId ? 'gemeente' : 'partner',
    role,
    tenantId,
    sessionId: 's',
    authMethod: 'demo',
  };
}

const part = (o: Partial<Participation> = {}): Participation => ({
  organisationId: 'politie',
  userId: null,
  role: 'Wijkagent',
  joinedAt: EARLIER,
  leftAt: null,
  ...o,
});

describe('who may see a case', () => {
  it.each<[string, Actor, readonly Participation[], CasePhase, CaseAccess]>([
    [
      'the officer of the regie municipality',
      actor('aandachtsfunctionaris', 'gem'),
      [],
      'persoonsgerichte_aanpak',
      'regie',
    ],
    ['the officer also after closure', actor('aandachtsfunctionaris', 'gem'), [], 'afgesloten', 'regie'],
    ['the mayor, read-only', actor('burgemeester', 'gem'), [], 'persoonsgerichte_aanpak', 'read'],
    ['the meldpunt is not part of the case', actor('meldpunt', 'gem'), [], 'persoonsgerichte_aanpak', 'none'],
    ['the policy advisor never', actor('beleidsmedewerker', 'gem'), [], 'persoonsgerichte_aanpak', 'none'],
    ['the administrator never', actor('functioneel_beheerder', 'gem'), [], 'persoonsgerichte_aanpak', 'none'],
    [
      'an officer of another municipality',
      actor('aandachtsfunctionaris', 'other', 'other'),
      [],
      'nazorg',
      'none',
    ],
    [
      'a partner without participation',
      actor('ketenpartner', 'politie'),
      [],
      'persoonsgerichte_aanpak',
      'none',
    ],
    [
      'an active participant',
      actor('ketenpartner', 'politie'),
      [part()],
      'persoonsgerichte_aanpak',
      'partner',
    ],
    ['a participant that left', actor('ketenpartner', 'politie'), [part({ leftAt: NOW })], 'nazorg', 'none'],
    [
      'a participant leaving later',
      actor('ketenpartner', 'politie'),
      [part({ leftAt: LATER })],
      'nazorg',
      'partner',
    ],
    [
      'a participant not yet joined',
      actor('ketenpartner', 'politie'),
      [part({ joinedAt: LATER })],
      'nazorg',
      'none',
    ],
    ['another organisation’s participation', actor('ketenpartner', 'ggz'), [part()], 'nazorg', 'none'],
    [
      'the named person of the organisation',
      actor('ketenpartner', 'politie', 'gem', 'u1'),
      [part({ userId: 'u1' })],
      'nazorg',
      'partner',
    ],
    [
      'a colleague of the named person',
      actor('ketenpartner', 'politie', 'gem', 'u2'),
      [part({ userId: 'u1' })],
      'nazorg',
      'none',
    ],
    ['a participant of a closed case', actor('ketenpartner', 'politie'), [part()], 'afgesloten', 'none'],
    [
      'a participant acting in another tenant',
      actor('ketenpartner', 'politie', 'other'),
      [part()],
      'nazorg',
      'none',
    ],
  ])('%s', (_n, a, ps, phase, expected) => {
    expect(caseAccess(a, { tenantId: 'gem', phase }, ps, NOW)).toBe(expected);
    expect(canAccessCase(a, { tenantId: 'gem', phase }, ps, NOW)).toBe(expected !== 'none');
  });
});

describe('who may change a measure', () => {
  it.each<[string, CaseAccess, string, string, boolean]>([
    ['the regie, any measure', 'regie', 'gem', 'jeugdzorg', true],
    ['a partner, its own organisation’s measure', 'partner', 'jeugdzorg', 'jeugdzorg', true],
    ['a partner, another organisation’s measure', 'partner', 'politie', 'jeugdzorg', false],
    ['the mayor', 'read', 'gem', 'gem', false],
  ])('%s', (_n, access, org, owner, expected) => {
    expect(mayEditMeasure(access, actor('ketenpartner', org), owner)).toBe(expected);
  });
});
