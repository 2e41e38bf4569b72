import type { Actor, Role } from '../access/roles.js';
import type { Participation } from '../casus/participation.js';
import type { CasePhase } from '../casus/types.js';
import type { FieldIssue } from './retention.js';

/**
 * Break-the-glass (noodtoegang), as hospitals do it under NEN 7513: emergency read access to one case for a
 * user who has none, with a reason in words, for a short time. It is rare (only for an organisation with a
 * standing relation to the municipality's approach or to this case), bounded (one at a time, a few per 30
 * days), seen at once (the regisseur and the privacy officer are told when it starts), optionally approved
 * by a second person first (four-eyes), flagged on every page while it lasts, and reviewed afterwards.
 */

/** pending: waits for approval (four-eyes); granted: reads allowed until it expires or is given back. */
export type GrantStatus = 'pending' | 'granted' | 'refused';

export interface EmergencyGrant {
  readonly userId: string;
  readonly membershipId: string;
  readonly status: GrantStatus;
  /** Set once granted. */
  readonly expiresAt: Date | null;
  readonly endedAt: Date | null;
}

/** The roles that can work on cases at all; only they may ask (the others never need case content). */
export const BREAK_GLASS_ROLES: readonly Role[] = ['ketenpartner', 'aandachtsfunctionaris', 'burgemeester'];

export function mayRequestBreakGlass(actor: Actor): boolean {
  return BREAK_GLASS_ROLES.includes(actor.role);
}

/** Active: granted (and approved, in four-eyes mode), for this user in this membership, not given back, in time. */
export function grantIsActive(
  g: EmergencyGrant,
  actor: Pick<Actor, 'userId' | 'membershipId'>,
  now: Date,
): boolean {
  return (
    g.status === 'granted' &&
    g.userId === actor.userId &&
    g.membershipId === actor.membershipId &&
    g.endedAt === null &&
    g.expiresAt !== null &&
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

// ---------------------------------------------------------------------------------------------------
// Who may ask, per case

/**
 * What is known about the case asked for, looked up by reference in the actor's own tenant only. `found` is
 * false for a reference that does not exist there (also one of another tenant).
 */
export interface BreakGlassCaseFacts {
  readonly found: boolean;
  readonly tenantId: string | null;
  readonly phase: CasePhase | null;
  /** The actor's tenant handed a case with this reference over to another municipality. */
  readonly handedOver: boolean;
  /** Every participation in the case, ended ones too. */
  readonly participations: readonly Participation[];
  /** The actor's organisation is a standing member of the municipality's signaleringsoverleg or casusoverleg. */
  readonly standingMember: boolean;
  /** The actor already has ordinary access to the case (regie, read or as a participant). */
  readonly hasAccess: boolean;
}

/** Why someone may not ask; for the access log and the tests only: the answer is the same for every reason. */
export type IneligibleReason = 'not_found' | 'handed_over' | 'closed' | 'no_relation';

export type BreakGlassEligibility =
  | { readonly kind: 'eligible'; readonly via: 'own_municipality' | 'standing_member' | 'took_part' }
  | { readonly kind: 'has_access' }
  | { readonly kind: 'ineligible'; readonly reason: IneligibleReason };

/**
 * Who may ask for one case: the municipality's own officer or mayor; an organisation that is a standing member
 * of the municipality's signaleringsoverleg or casusoverleg; an organisation that took part in this case
 * before. Never for a closed or handed-over case. Someone who already has access is told so (it reveals
 * nothing they could not see).
 */
export function breakGlassEligibility(actor: Actor, c: BreakGlassCaseFacts): BreakGlassEligibility {
  if (c.handedOver && !c.found) return { kind: 'ineligible', reason: 'handed_over' };
  if (!c.found || c.tenantId !== actor.tenantId) return { kind: 'ineligible', reason: 'not_found' };
  if (c.hasAccess) return { kind: 'has_access' };
  if (c.phase === 'afgesloten') return { kind: 'ineligible', reason: 'closed' };
  if (actor.organisationId === actor.tenantId && actor.role !== 'ketenpartner') {
    return { kind: 'eligible', via: 'own_municipality' };
  }
  if (c.participations.some((p) => p.organisationId === actor.organisationId)) {
    return { kind: 'eligible', via: 'took_part' };
  }
  if (c.standingMember) return { kind: 'eligible', via: 'standing_member' };
  return { kind: 'ineligible', reason: 'no_relation' };
}

// ---------------------------------------------------------------------------------------------------
// Bounds

export const BOUND_WINDOW_DAYS = 30;

export interface BoundFacts {
  /** The user's grants that are active or still wait for approval. */
  readonly openGrants: number;
  /** The user's requests in the last 30 days, whatever came of them. */
  readonly requestsInWindow: number;
  /** The municipality's limit per 30 days. */
  readonly maxPerWindow: number;
}

export type BoundRefusal = 'one_at_a_time' | 'limit_reached';

/** At most one open grant per user, and at most the configured number of requests per 30 days. */
export function checkBounds(b: BoundFacts): BoundRefusal | null {
  if (b.openGrants > 0) return 'one_at_a_time';
  if (b.requestsInWindow >= b.maxPerWindow) return 'limit_reached';
  return null;
}

/** The answers, in Dutch and English, that a refused ask gets. Every case-related refusal is the same one. */
export const REFUSALS = {
  ineligible: {
    field: 'reference',
    nl:
      'Noodtoegang tot deze casus is niet mogelijk. Dat kan zijn omdat er in uw gemeente geen lopende casus ' +
      'met dit kenmerk is, of omdat uw organisatie geen vaste relatie heeft met deze casus (vast lid van het ' +
      'signalerings- of casusoverleg, of eerder deelnemer). Neem contact op met de aandachtsfunctionaris.',
    en:
      'Emergency access to this case is not possible. This may be because your municipality has no open case ' +
      'with this reference, or because your organisation has no standing relation with this case (a standing ' +
      'member of the signalling or case meeting, or an earlier participant). Contact the aandachtsfunctionaris.',
  },
  has_access: {
    field: 'reference',
    nl: 'U heeft al toegang tot deze casus; noodtoegang is niet nodig.',
    en: 'You already have access to this case; emergency access is not needed.',
  },
  one_at_a_time: {
    field: 'reference',
    nl: 'U heeft al een noodtoegang die loopt of op goedkeuring wacht. Geef die eerst terug; u kunt er één tegelijk hebben.',
    en: 'You already have an emergency access that is running or awaiting approval. Give it back first; you can have one at a time.',
  },
  limit_reached: (max: number): FieldIssue => ({
    field: 'reference',
    nl: `U heeft in de afgelopen ${BOUND_WINDOW_DAYS} dagen al ${max} keer noodtoegang gevraagd, het maximum van uw gemeente. Neem contact op met de aandachtsfunctionaris of de privacy officer.`,
    en: `You have asked for emergency access ${max} times in the last ${BOUND_WINDOW_DAYS} days, your municipality's maximum. Contact the aandachtsfunctionaris or the privacy officer.`,
  }),
} as const;

// ---------------------------------------------------------------------------------------------------
// Four-eyes mode and the state of a request

/** wacht: awaits approval; actief: reads allowed; geweigerd: refused; verlopen: no decision in time; afgelopen: its time is up or given back. */
export type GrantState = 'wacht' | 'actief' | 'geweigerd' | 'verlopen' | 'afgelopen';

export interface GrantTimes {
  readonly status: GrantStatus;
  readonly pendingUntil: Date | null;
  readonly expiresAt: Date | null;
  readonly endedAt: Date | null;
}

export function grantState(g: GrantTimes, now: Date): GrantState {
  if (g.status === 'refused') return 'geweigerd';
  if (g.status === 'pending') {
    if (g.endedAt !== null) return 'afgelopen';
    return g.pendingUntil !== null && g.pendingUntil.getTime() > now.getTime() ? 'wacht' : 'verlopen';
  }
  if (g.endedAt !== null || g.expiresAt === null || g.expiresAt.getTime() <= now.getTime())
    return 'afgelopen';
  return 'actief';
}

/** Open: it still counts as the user's one grant (active, or waiting for approval). */
export function grantIsOpen(g: GrantTimes, now: Date): boolean {
  const s = grantState(g, now);
  return s === 'wacht' || s === 'actief';
}

/**
 * Four-eyes: who may approve or refuse a waiting request: an aandachtsfunctionaris of the municipality (the
 * regisseur is one) or its privacy officer, never the requester.
 */
export function mayDecideRequest(
  actor: Pick<Actor, 'userId' | 'role' | 'organisationId' | 'tenantId'>,
  request: { readonly tenantId: string; readonly userId: string },
): boolean {
  if (actor.tenantId !== request.tenantId || actor.userId === request.userId) return false;
  if (actor.role === 'privacy_officer') return true;
  return actor.role === 'aandachtsfunctionaris' && actor.organisationId === request.tenantId;
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

export function checkDecisionReason(reason: string): FieldIssue[] {
  return reason.trim().length >= 5
    ? []
    : [
        {
          field: 'reason',
          nl: 'Geef de reden van uw besluit in woorden (minstens 5 tekens).',
          en: 'Give the reason for your decision in words (at least 5 characters).',
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

export function pendingEnds(requestedAt: Date, minutes: number): Date {
  return new Date(requestedAt.getTime() + minutes * 60_000);
}

// ---------------------------------------------------------------------------------------------------
// Unusual use

export interface GrantEvent {
  readonly userId: string;
  readonly at: Date;
}

export interface FrequentBreakGlass {
  readonly userId: string;
  readonly requests: number;
  readonly lastAt: Date;
}

/**
 * Users who asked for emergency access more than `threshold` times in the window: a rule about how users
 * work, never about the people in the data. Nothing is concluded; the privacy officer looks.
 */
export function findFrequentBreakGlass(
  events: readonly GrantEvent[],
  threshold: number,
): FrequentBreakGlass[] {
  const byUser = new Map<string, { requests: number; lastAt: Date }>();
  for (const e of events) {
    const u = byUser.get(e.userId) ?? { requests: 0, lastAt: e.at };
    u.requests += 1;
    if (e.at.getTime() > u.lastAt.getTime()) u.lastAt = e.at;
    byUser.set(e.userId, u);
  }
  return [...byUser]
    .filter(([, u]) => u.requests > threshold)
    .map(([userId, u]) => ({ userId, requests: u.requests, lastAt: u.lastAt }))
    .sort((a, b) => b.requests - a.requests || b.lastAt.getTime() - a.lastAt.getTime());
}
