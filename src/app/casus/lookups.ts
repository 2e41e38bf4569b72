import { checklistTermsDue } from '../../db/casus-checklists.js';
import { listCasePage } from '../../db/casus-list.js';
import { casesWithoutRegisseur, listPartnerStaff, listRegisseurCandidates } from '../../db/casus-lookups.js';
import { caseListScope } from '../../domain/casus/case-list.js';
import { addDays, amsterdamDate } from '../../domain/melding/calendar.js';
import { type Ctx, fieldError, type Result } from '../overleg/results.js';
import { caseSummary } from './views.js';

/**
 * Small look-ups for the case screens. They name no one the case is about: the people of a partner
 * organisation (to name one as participant or measure owner), and which cases are due for review.
 */

export async function partnerStaff(
  ctx: Ctx,
  organisationId: string,
): Promise<Result<{ staff: Array<{ id: string; name: string }> }>> {
  const staff = await listPartnerStaff(ctx.db, ctx.actor.tenantId, organisationId);
  if (!staff) {
    return fieldError(
      'organisationId',
      'Kies een ketenpartner van deze gemeente.',
      'Choose a partner organisation of this municipality.',
    );
  }
  return { ok: true, staff };
}

/** How many cases a list on the officer's home page names; the case list (or the count) has the rest. */
export const HOME_CASE_LIMIT = 20;

/**
 * The open cases of the own municipality whose review date has passed, by reference and date only (the
 * officer's home page): the HOME_CASE_LIMIT longest overdue, the rest in the case list it links to. Each
 * case listed is logged, like the case list.
 */
export async function reviewsDue(ctx: Ctx) {
  const a = ctx.actor;
  if (a.organisationId !== a.tenantId || a.role !== 'aandachtsfunctionaris') return [];
  const scope = caseListScope(a);
  if (!scope) return [];
  // The first page of the case list's own query, filtered on an overdue review, the longest overdue first.
  const due = await listCasePage(ctx.db, {
    scope,
    now: ctx.now,
    today: amsterdamDate(ctx.now),
    reviewOverdue: true,
    sort: 'evaluatie',
    limit: HOME_CASE_LIMIT,
  });
  await ctx.audit(
    ctx.db,
    due.map((c) => ({ action: 'list', objectType: 'casus', objectId: c.id, personId: c.personId })),
  );
  return due.map((c) => {
    const s = caseSummary(c, ctx.now);
    return { id: s.id, reference: s.reference, nextReviewOn: s.nextReviewOn };
  });
}

/** How far ahead the officer's home page shows checklist terms. */
export const CHECKLIST_LOOKAHEAD_DAYS = 7;

/**
 * What needs the officer's attention in the open cases of the own municipality, by reference only (the
 * home page names no one): checklist items whose term has passed or falls in the coming week, and open
 * cases without a regisseur (the first HOME_CASE_LIMIT by reference, with how many there are).
 */
export async function caseAttention(ctx: Ctx) {
  const a = ctx.actor;
  if (a.organisationId !== a.tenantId || a.role !== 'aandachtsfunctionaris') {
    return { checklistTerms: [], withoutRegisseur: [], withoutRegisseurTotal: 0 };
  }
  const today = amsterdamDate(ctx.now);
  const terms = await checklistTermsDue(ctx.db, a.tenantId, addDays(today, CHECKLIST_LOOKAHEAD_DAYS));
  const orphans = await casesWithoutRegisseur(ctx.db, a.tenantId, HOME_CASE_LIMIT);
  // One statement for every case the page names, each entry with its person (a list never commits per row).
  await ctx.audit(ctx.db, [
    ...orphans.cases.map((c) => ({
      action: 'list',
      objectType: 'casus',
      objectId: c.id,
      personId: c.personId,
    })),
    ...terms.map((t) => ({ action: 'list', objectType: 'casus', objectId: t.casusId, personId: t.personId })),
  ]);
  return {
    withoutRegisseur: orphans.cases.map((c) => ({ id: c.id, reference: c.reference })),
    withoutRegisseurTotal: orphans.total,
    checklistTerms: terms.map((t) => ({
      id: t.casusId,
      reference: t.reference,
      dueOn: t.dueOn,
      overdue: t.dueOn < today,
      openItems: t.count,
    })),
  };
}

/** The officers of the own municipality, to name one regisseur of a case. */
export async function regisseurCandidates(ctx: Ctx) {
  return listRegisseurCandidates(ctx.db, ctx.actor.tenantId);
}
