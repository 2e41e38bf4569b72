import { POLICY } from '../access/policy.js';
import type { Actor } from '../access/roles.js';

/**
 * The case list (GET /api/casussen) decides need to know in its query. This is the same rule as
 * `caseAccess` in participation.ts (without break-the-glass, which opens one case, never a list), written
 * as the set of cases the actor may see, so the database can page through them:
 * - own: the officer and the mayor of the municipality itself: every case of the municipality;
 * - participant: a ketenpartner: the cases that are not closed in which its organisation (or the person
 *   themself, when one person of it is named) takes part now;
 * - null: nobody else sees a case in the list.
 * test/db/casus-list.test.ts checks the query against caseAccess case by case.
 */
export type CaseListScope =
  | { readonly kind: 'own'; readonly tenantId: string }
  | {
      readonly kind: 'participant';
      readonly tenantId: string;
      readonly organisationId: string;
      readonly userId: string;
    };

export function caseListScope(actor: Actor): CaseListScope | null {
  if (
    actor.organisationId === actor.tenantId &&
    (actor.role === 'aandachtsfunctionaris' || actor.role === 'burgemeester')
  ) {
    return { kind: 'own', tenantId: actor.tenantId };
  }
  if (actor.role !== 'ketenpartner') return null;
  return {
    kind: 'participant',
    tenantId: actor.tenantId,
    organisationId: actor.organisationId,
    userId: actor.userId,
  };
}

/**
 * The orders of the case list: the next review first (the default: the work that is due), or by the
 * moment the case was opened, newest or oldest first.
 */
export const CASE_LIST_SORTS = ['evaluatie', 'geopend_nieuw', 'geopend_oud'] as const;
export type CaseListSort = (typeof CASE_LIST_SORTS)[number];

/**
 * A search of the case list by a person's name is for the roles that may read persons (persoon.read);
 * everyone else searches by case number only, so a name cannot be tried against the list.
 */
export function mayFindCasesByName(actor: Actor): boolean {
  return (POLICY['persoon.read'] as readonly string[]).includes(actor.role);
}
