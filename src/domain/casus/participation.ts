import type { Actor } from '../access/roles.js';
import { type EmergencyGrant, hasActiveGrant } from '../privacy/break-glass.js';
import type { CasePhase } from './types.js';

/** An organisation (and optionally one named person of it) taking part in a case, from joining until leaving. */
export interface Participation {
  readonly organisationId: string;
  /** When set, only this person of the organisation takes part. */
  readonly userId: string | null;
  readonly role: string;
  readonly joinedAt: Date;
  readonly leftAt: Date | null;
}

export interface CaseAccessFacts {
  /** The municipality with the regierol. */
  readonly tenantId: string;
  readonly phase: CasePhase;
}

/**
 * - regie: the aandachtsfunctionaris of the municipality with the regierol: reads and changes everything;
 * - read: the burgemeester of that municipality: reads, changes nothing;
 * - partner: an active participant: reads the case and works on the measures its organisation owns;
 * - none: everybody else (answered as if the case does not exist).
 */
export type CaseAccess = 'regie' | 'read' | 'partner' | 'none';

export function isActiveParticipation(p: Participation, now: Date): boolean {
  return p.joinedAt.getTime() <= now.getTime() && (p.leftAt === null || p.leftAt.getTime() > now.getTime());
}

/** The active participation that gives this actor access, if any. */
export function participationOf(
  actor: Actor,
  participations: readonly Participation[],
  now: Date,
): Participation | null {
  return (
    participations.find(
      (p) =>
        isActiveParticipation(p, now) &&
        p.organisationId === actor.organisationId &&
        (p.userId === null || p.userId === actor.userId),
    ) ?? null
  );
}

/**
 * The access of an actor to a case now. Break-the-glass (an active emergency grant of this user in this
 * membership, same tenant, case not closed) gives read access to someone who would otherwise have none; it
 * never widens access someone already has.
 */
export function caseAccess(
  actor: Actor,
  c: CaseAccessFacts,
  participations: readonly Participation[],
  now: Date,
  emergency: readonly EmergencyGrant[] = [],
): CaseAccess {
  const ordinary = ordinaryAccess(actor, c, participations, now);
  // A grant ends when the case closes: emergency access is never for a closed case.
  if (ordinary !== 'none' || actor.tenantId !== c.tenantId || c.phase === 'afgesloten') return ordinary;
  return hasActiveGrant(actor, emergency, now) ? 'read' : 'none';
}

function ordinaryAccess(
  actor: Actor,
  c: CaseAccessFacts,
  participations: readonly Participation[],
  now: Date,
): CaseAccess {
  if (actor.tenantId !== c.tenantId) return 'none';
  if (actor.organisationId === c.tenantId) {
    if (actor.role === 'aandachtsfunctionaris') return 'regie';
    if (actor.role === 'burgemeester') return 'read';
  }
  if (actor.role !== 'ketenpartner' || c.phase === 'afgesloten') return 'none';
  return participationOf(actor, participations, now) ? 'partner' : 'none';
}

/** Need to know: the regie municipality and active participants only; leaving ends access at once. */
export function canAccessCase(
  actor: Actor,
  c: CaseAccessFacts,
  participations: readonly Participation[],
  now: Date,
): boolean {
  return caseAccess(actor, c, participations, now) !== 'none';
}

/** Changes to a measure: the regie, or a participant whose organisation owns it. */
export function mayEditMeasure(access: CaseAccess, actor: Actor, ownerOrganisationId: string): boolean {
  return access === 'regie' || (access === 'partner' && actor.organisationId === ownerOrganisationId);
}
