import type { Actor, Role } from '../access/roles.js';

/**
 * Training records are personnel data. The aandachtsfunctionaris, the beleidsmedewerker and the training
 * coordinator (opleidingscoordinator) the municipality assigns keep them for the whole municipality; a partner
 * organisation's users see only their own organisation's people. Everyone else sees none.
 */
export const TRAINING_RECORD_ROLES = [
  'aandachtsfunctionaris',
  'beleidsmedewerker',
  'opleidingscoordinator',
] as const;

export type TrainingRecordScope =
  | { readonly kind: 'tenant'; readonly tenantId: string }
  | { readonly kind: 'organisation'; readonly tenantId: string; readonly organisationId: string }
  | { readonly kind: 'none' };

export function trainingRecordScope(actor: Actor): TrainingRecordScope {
  if ((TRAINING_RECORD_ROLES as readonly Role[]).includes(actor.role)) {
    return { kind: 'tenant', tenantId: actor.tenantId };
  }
  if (actor.role === 'ketenpartner' && actor.organisationKind === 'partner') {
    return { kind: 'organisation', tenantId: actor.tenantId, organisationId: actor.organisationId };
  }
  return { kind: 'none' };
}

/** Whether the scope may see the record of a person of `organisationId` in `tenantId`. */
export function mayReadPerson(scope: TrainingRecordScope, tenantId: string, organisationId: string): boolean {
  if (scope.kind === 'none' || scope.tenantId !== tenantId) return false;
  return scope.kind === 'tenant' || scope.organisationId === organisationId;
}
