import { describe, expect, it } from 'vitest';
import { decide, POLICY, type PolicyKey } from '../../src/domain/access/policy.js';
import { type Actor, ROLES, type Role } from '../../src/domain/access/roles.js';

function actor(role: Role): Actor {
  return {
    userId: 'u',
    displayName: 'x',
    membershipId: 'm',
    organisationId: 'o',
    organisationName: 'O',
    organisationKind: 'gemeente',
    role,
    tenantId: 't',
    sessionId: 's',
    authMethod: 'demo',
  };
}

describe('decide', () => {
  it.each([
    ['auth.session', null, 'allow'],
    ['auth.signOut', null, 'unauthenticated'],
    ['auth.signOut', 'ketenpartner', 'allow'],
    ['user.list', null, 'unauthenticated'],
    ['user.list', 'functioneel_beheerder', 'allow'],
    ['user.list', 'aandachtsfunctionaris', 'forbidden'],
    ['user.list', 'privacy_officer', 'forbidden'],
    ['accessLog.read', 'privacy_officer', 'allow'],
    ['accessLog.read', 'functioneel_beheerder', 'forbidden'],
    ['accessLog.read', 'burgemeester', 'forbidden'],
  ] as const)('%s for %s: %s', (key, role, expected) => {
    expect(decide(key, role ? actor(role) : null)).toBe(expected);
  });

  it('lets only the listed roles through for every role-restricted rule', () => {
    for (const [key, rule] of Object.entries(POLICY)) {
      if (typeof rule === 'string') continue;
      for (const role of ROLES) {
        expect(decide(key as PolicyKey, actor(role))).toBe(
          (rule as readonly Role[]).includes(role) ? 'allow' : 'forbidden',
        );
      }
    }
  });
});
