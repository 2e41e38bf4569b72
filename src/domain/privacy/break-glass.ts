import type { Actor, Role } from '../access/roles.js';
import type { FieldIssue } from './retention.js';

/**
 * Break-the-glass: emergency access to one case for a user who has none, with a reason in words, for a short
 * time. It gives read access only (like the mayor's), is flagged on every page while it lasts, and is
 * reviewed afterwards by the privacy officer, in words.
 */
export interface EmergencyGrant {
  readonly userId: string;
  readonly membershipId: string;
  readonly expiresAt: Date;
  readonly endedAt: Date | null;
}

/** The roles that can work on cases at all; only they may ask (the others never need case content). */
export const BREAK_GLASS_ROLES: readonly Role[] = ['ketenpartner', 'aandachtsfunctionaris', 'burgemeester'];

export function mayRequestBreakGlass(actor: Actor): boolean {
  return BREAK_GLASS_ROLES.includes(actor.role);
}

/** Active: for this user in this membership, not given back, and its time not up. */
export function grantIsActive(
  g: EmergencyGrant,
  actor: Pick<Actor, 'userId' | 'membershipId'>,
  now: Date,
): boolean {
  return (
    g.userId === actor.userId &&
    g.membershipId === actor.membershipId &&
    g.endedAt === null &&
    g.expiresAt.getTime() > now.getTime()
  );
}

export function hasActiveGrant(
  actor: Pick<Actor, 'userId' | 'membershipId'>,
  grants: readonly EmergencyGrant[],
  now: Date,
): boolean {
  return grants.some((g) => grantIsActive(g, actor, now));
}

export const MIN_REASON = 10;

export function checkReason(reason: string): FieldIssue[] {
  return reason.trim().length >= MIN_REASON
    ? []
    : [
        {
          field: 'reason',
          nl: `Geef de reden voor de noodtoegang (minstens ${MIN_REASON} tekens).`,
          en: `Give the reason for the emergency access (at least ${MIN_REASON} characters).`,
        },
      ];
}

export function checkJudgement(judgement: string): FieldIssue[] {
  return judgement.trim().length >= 5
    ? []
    : [
        {
          field: 'judgement',
          nl: 'Schrijf uw oordeel in woorden (minstens 5 tekens).',
          en: 'Write your judgement in words (at least 5 characters).',
        },
      ];
}

export function grantEnds(grantedAt: Date, hours: number): Date {
  return new Date(grantedAt.getTime() + hours * 3_600_000);
}
