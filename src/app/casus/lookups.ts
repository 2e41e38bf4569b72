import { checklistTermsDue } from '../../db/casus-checklists.js';
import { listDossiers } from '../../db/casus-dossier.js';
import { listPartnerStaff, listRegisseurCandidates } from '../../db/casus-lookups.js';
import { needsRegisseur } from '../../domain/casus/open-case.js';
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

/**
 * The open cases of the own municipality whose review date has passed, by reference and date only (the
 * officer's home page). Each case listed is logged, like the case list.
 */
export async function reviewsDue(ctx: Ctx) {
  const a = ctx.actor;
  if (a.organisationId !== a.tenantId || a.role !== 'aandachtsfunctionaris') return [];
  const due = (await listDossiers(ctx.db, a.tenantId, null))
    .map((c) => ({ dossier: c, summary: caseSummary(c, ctx.now) }))
    .filter((x) => x.summary.reviewOverdue)
    .sort((x, y) => x.summary.nextReviewOn.localeCompare(y.summary.nextReviewOn));
  for (const { dossier } of due) {
    await ctx.audit(ctx.db, {
      action: 'list',
      objectType: 'casus',
      objectId: dossier.id,
      personId: dossier.personId,
    });
  }
  return due.map(({ summary }) => ({
    id: summary.id,
    reference: summary.reference,
    nextReviewOn: summary.nextReviewOn,
  }));
}

/** How far ahead the officer's home page shows checklist terms. */
export const CHECKLIST_LOOKAHEAD_DAYS = 7;

/**
 * What needs the officer's attention in the open cases of the own municipality, by reference only (the
 * home page names no one): checklist items whose term has passed or falls in the coming week, and open
 * cases without a regisseur.
 */
export async function caseAttention(ctx: Ctx) {
  const a = ctx.actor;
  if (a.organisationId !== a.tenantId || a.role !== 'aandachtsfunctionaris') {
    return { checklistTerms: [], withoutRegisseur: [] };
  }
  const today = amsterdamDate(ctx.now);
  const terms = await checklistTermsDue(ctx.db, a.tenantId, addDays(today, CHECKLIST_LOOKAHEAD_DAYS));
  const orphans = (await listDossiers(ctx.db, a.tenantId, null))
    .filter(needsRegisseur)
    .sort((x, y) => x.reference.localeCompare(y.reference));
  // One statement for every case the page names, each entry with its person (a list never commits per row).
  await ctx.audit(ctx.db, [
    ...orphans.map((c) => ({ action: 'list', objectType: 'casus', objectId: c.id, personId: c.personId })),
    ...terms.map((t) => ({ action: 'list', objectType: 'casus', objectId: t.casusId, personId: t.personId })),
  ]);
  return {
    withoutRegisseur: orphans.map((c) => ({ id: c.id, reference: c.reference })),
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
