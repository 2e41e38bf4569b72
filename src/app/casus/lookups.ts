import { listDossiers } from '../../db/casus-dossier.js';
import { listPartnerStaff } from '../../db/casus-lookups.js';
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
