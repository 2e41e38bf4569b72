import type { Actor, Role } from './roles.js';

/**
 * Who may call what, as one table. Every HTTP route names one of these keys (enforced at start-up and
 * by test/server/route-access.test.ts). Object-level rules (same tenant, participation) live in the
 * functions below and are applied by the use cases.
 *
 * - 'public': anyone, also without signing in (sign-in pages, the public report form).
 * - 'signedIn': any signed-in user, whatever the role.
 * - a list of roles: only a signed-in user acting in one of them.
 */
export const POLICY = {
  // Sign-in and the own session.
  'auth.signIn': 'public',
  'auth.session': 'public',
  'auth.signOut': 'signedIn',
  'auth.switchMembership': 'signedIn',
  // Reference data of the own tenant, no personal data.
  'organisation.listOwn': 'signedIn',
  // Administration (Beheer): users and memberships; never case content.
  'user.list': ['functioneel_beheerder'],
  'user.read': ['functioneel_beheerder'],
  'user.create': ['functioneel_beheerder'],
  'user.update': ['functioneel_beheerder'],
  'user.unlock': ['functioneel_beheerder'],
  'user.resetCredentials': ['functioneel_beheerder'],
  // Privacy officer (FG): the access log and its verification.
  'accessLog.read': ['privacy_officer'],
  'accessLog.verify': ['privacy_officer'],
  // API description and the web app's static files (no personal data).
  'api.docs': 'public',
  'web.static': 'public',
} as const satisfies Record<string, 'public' | 'signedIn' | readonly Role[]>;

export type PolicyKey = keyof typeof POLICY;

export function isPolicyKey(key: unknown): key is PolicyKey {
  return typeof key === 'string' && Object.hasOwn(POLICY, key);
}

export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

/** Decides a route-level rule for an actor (null when not signed in). */
export function decide(key: PolicyKey, actor: Actor | null): Decision {
  const rule: 'public' | 'signedIn' | readonly Role[] = POLICY[key];
  if (rule === 'public') return 'allow';
  if (!actor) return 'unauthenticated';
  if (rule === 'signedIn') return 'allow';
  return rule.includes(actor.role) ? 'allow' : 'forbidden';
}

/** A user sees an object of a tenant only when acting in a membership of that same tenant. */
export function sameTenant(actor: Actor, tenantId: string): boolean {
  return actor.tenantId === tenantId;
}
