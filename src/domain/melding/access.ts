import type { Actor, Role } from '../access/roles.js';
import type { Channel } from './types.js';

/**
 * Who may see and work on which signal, beyond the route rules of POLICY. Everything is scoped to the
 * actor's tenant first.
 *
 * | role                   | sees                                               | works on (steps, category, notes, links) |
 * |------------------------|----------------------------------------------------|------------------------------------------|
 * | meldpunt               | all signals of the tenant, except AIVD ambtsberichten | the signals it sees                    |
 * | aandachtsfunctionaris  | all signals of the tenant                          | all signals of the tenant                |
 * | burgemeester           | all signals of the tenant (reading only)           | nothing                                  |
 * | ketenpartner           | only what they submitted themselves, as submitted  | nothing                                  |
 * | other roles            | no signal content                                  | nothing                                  |
 */

/** The facts of a signal that decide who may see it. */
export interface SignalAccessFacts {
  readonly tenantId: string;
  /** An AIVD ambtsbericht: only the mayor and the aandachtsfunctionaris. */
  readonly restricted: boolean;
  readonly submittedByUserId: string | null;
  /** Regional cooperation: the region whose meldpunt works the signal on the municipality's behalf. */
  readonly workedByRegionId?: string | null;
}

/**
 * 'full': the whole signal with the meldpunt's work on it. 'submitter': what the partner submitted, with
 * the coarse status and the feedback (the meldpunt's own work is not theirs to see).
 */
export type SignalView = 'full' | 'submitter';

const SEES_RESTRICTED: readonly Role[] = ['aandachtsfunctionaris', 'burgemeester'];
const FULL_READERS: readonly Role[] = ['meldpunt', 'aandachtsfunctionaris', 'burgemeester'];
const WORKERS: readonly Role[] = ['meldpunt', 'aandachtsfunctionaris'];

/**
 * A region's meldpunt staff work the signals of the municipalities that use the regional meldpunt, on their
 * behalf (src/domain/regio/): the signal stays the municipality's; an AIVD ambtsbericht never goes there.
 */
export function worksForMunicipality(actor: Actor, s: SignalAccessFacts): boolean {
  return (
    actor.role === 'meldpunt' &&
    actor.organisationKind === 'regio' &&
    !s.restricted &&
    s.workedByRegionId === actor.tenantId &&
    s.tenantId !== actor.tenantId
  );
}

export function signalViewFor(actor: Actor, s: SignalAccessFacts): SignalView | null {
  if (worksForMunicipality(actor, s)) return 'full';
  if (actor.tenantId !== s.tenantId) return null;
  if (s.restricted && !SEES_RESTRICTED.includes(actor.role)) return null;
  if (FULL_READERS.includes(actor.role)) return 'full';
  if (actor.role === 'ketenpartner' && s.submittedByUserId === actor.userId) return 'submitter';
  return null;
}

/** May change the signal: steps, category, annotations, feedback, person links, attachments. */
export function mayWorkOnSignal(actor: Actor, s: SignalAccessFacts): boolean {
  return WORKERS.includes(actor.role) && signalViewFor(actor, s) === 'full';
}

/** The part of the tenant's signals a worklist shows, or null when the role sees none. */
export interface WorklistScope {
  readonly tenantId: string;
  readonly includeRestricted: boolean;
  /** Only signals submitted by this user (a partner sees only their own). */
  readonly submittedBy: string | null;
  /** A region's meldpunt: the signals it works on behalf of its municipalities (tenantId is the region). */
  readonly regional: boolean;
}

export function worklistScope(actor: Actor): WorklistScope | null {
  if (FULL_READERS.includes(actor.role)) {
    return {
      tenantId: actor.tenantId,
      includeRestricted: SEES_RESTRICTED.includes(actor.role),
      submittedBy: null,
      regional: actor.role === 'meldpunt' && actor.organisationKind === 'regio',
    };
  }
  if (actor.role === 'ketenpartner') {
    return { tenantId: actor.tenantId, includeRestricted: false, submittedBy: actor.userId, regional: false };
  }
  return null;
}

/**
 * Persons (betrokkenen) are seen by those who work with the tenant's signals and by the mayor. A person
 * known only from restricted signals is itself restricted: its existence says something.
 */
export function personScope(
  actor: Actor,
): { tenantId: string; includeRestricted: boolean; includeCases: boolean } | null {
  if (!FULL_READERS.includes(actor.role)) return null;
  const officerOrMayor = SEES_RESTRICTED.includes(actor.role);
  // The officer and the mayor see every case of their municipality, so may find a person by its number.
  return { tenantId: actor.tenantId, includeRestricted: officerOrMayor, includeCases: officerOrMayor };
}

export function mayLinkPersons(actor: Actor): boolean {
  return WORKERS.includes(actor.role);
}

/**
 * Who may record a signal coming in through a channel. An AIVD ambtsbericht is recorded by the
 * aandachtsfunctionaris: a meldpunt employee who recorded one could not see it afterwards.
 */
export function mayRecordChannel(role: Role, channel: Channel): boolean {
  if (channel === 'webformulier') return false;
  if (channel === 'ambtsbericht_aivd') return role === 'aandachtsfunctionaris';
  return WORKERS.includes(role);
}

/** Signals through this channel are restricted to the mayor and the aandachtsfunctionaris. */
export function isRestrictedChannel(channel: Channel): boolean {
  return channel === 'ambtsbericht_aivd';
}
