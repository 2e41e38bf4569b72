import { insertDisclosure } from '../../db/overleggen/disclosures.js';
import { deleteInvitation, insertInvitation } from '../../db/overleggen/items.js';
import { findOrganisation } from '../../db/overleggen/parties.js';
import { findLegalBasis } from '../../db/overleggen/settings.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import { isClosed } from '../../domain/overleg/access.js';
import { MEETING_TYPE_LABELS } from '../../domain/overleg/labels.js';
import { agendaNotice } from '../../domain/overleg/notices.js';
import type { FieldIssue } from '../../domain/overleg/types.js';
import { checkSharing } from '../netwerk/covenants.js';
import { closedMeeting } from './change-meeting.js';
import { loadEditableItem } from './item-access.js';
import { queueForParticipants } from './notify-participants.js';
import { type Ctx, fieldError, invalid, notFound, type Result } from './results.js';

const day = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'short' });

/**
 * Invites a partner organisation for one item: from now on its users see that item only (need to know).
 * The invitation is a disclosure and is recorded with its legal basis. When the agenda was already
 * published, the partner's users get the content-free notice. The covenant counts: without a valid covenant
 * that covers the organisation for this kind of meeting, the invitation warns (the answer carries the
 * warning) or is refused, as the municipality configured; with one, the disclosure names it and its article.
 */
export async function invitePartner(
  ctx: Ctx,
  itemId: string,
  input: { organisationId: string; legalBasisId: string },
): Promise<Result<{ covenantWarning: { nl: string; en: string } | null }>> {
  const loaded = await loadEditableItem(ctx, itemId, false);
  if (!loaded.ok) return loaded;
  const { scope, item } = loaded;
  if (isClosed(scope.facts)) return closedMeeting;
  const errors: FieldIssue[] = [];
  const org = await findOrganisation(ctx.db, input.organisationId);
  if (org?.kind !== 'partner' || org.tenantId !== ctx.actor.tenantId) {
    errors.push({
      field: 'organisationId',
      nl: 'Kies een ketenpartner van uw eigen gemeente of regio.',
      en: 'Choose a partner organisation of your own municipality or region.',
    });
  }
  if (!(await findLegalBasis(ctx.db, input.legalBasisId, ctx.actor.tenantId))) {
    errors.push({
      field: 'legalBasisId',
      nl: 'Kies een grondslag uit de lijst.',
      en: 'Choose a legal basis from the list.',
    });
  }
  if (errors.length > 0) return invalid(errors);
  const m = scope.meeting;
  const sharing = await checkSharing(ctx.db, ctx.actor.tenantId, input.organisationId, {
    on: amsterdamDate(ctx.now),
    meetingKind: m.type,
  });
  if (!sharing.covered && sharing.mode === 'weigeren') {
    return invalid([{ field: 'organisationId', ...sharing.message }]);
  }
  const inserted = await ctx.db.tx(async (q) => {
    if (!(await insertInvitation(q, { itemId, ...input, at: ctx.now, by: ctx.actor.userId }))) return false;
    await insertDisclosure(q, {
      tenantId: m.tenantId,
      objectType: 'agenda_item',
      objectId: itemId,
      description: `Agendapunt ${MEETING_TYPE_LABELS[m.type].nl.toLowerCase()} ${day.format(m.startsAt)}`,
      recipientOrganisationId: input.organisationId,
      recipientUserId: null,
      legalBasisId: input.legalBasisId,
      disclosedBy: ctx.actor.userId,
      disclosedAt: ctx.now,
      covenantId: sharing.covered ? sharing.covenant.id : null,
      covenantArticle: sharing.covered ? sharing.covenant.article : null,
    });
    if (m.status === 'agenda_gepubliceerd') {
      const items = scope.items.map((i) =>
        i.id === itemId
          ? {
              ...i,
              invitations: [
                ...i.invitations,
                {
                  organisationId: input.organisationId,
                  organisationName: '',
                  legalBasisId: input.legalBasisId,
                  invitedAt: ctx.now,
                },
              ],
            }
          : i,
      );
      await queueForParticipants(q, m, scope.facts, items, agendaNotice(m.type, m.startsAt, false), {
        now: ctx.now,
        windowDays: scope.windowDays,
        exceptUserId: ctx.actor.userId,
        onlyOrganisationId: input.organisationId,
      });
    }
    await ctx.audit(q, { action: 'invite', objectType: 'overleg_item', objectId: item.id });
    return true;
  });
  if (!inserted) {
    return fieldError(
      'organisationId',
      'Deze organisatie is al uitgenodigd.',
      'This organisation has already been invited.',
    );
  }
  return { ok: true, covenantWarning: sharing.covered ? null : sharing.message };
}

/** Ends an invitation: the partner no longer sees the item (its contributions stay part of the record). */
export async function revokeInvitation(
  ctx: Ctx,
  itemId: string,
  organisationId: string,
): Promise<Result<object>> {
  const loaded = await loadEditableItem(ctx, itemId, false);
  if (!loaded.ok) return loaded;
  if (isClosed(loaded.scope.facts)) return closedMeeting;
  const removed = await ctx.db.tx(async (q) => {
    if (!(await deleteInvitation(q, itemId, organisationId))) return false;
    await ctx.audit(q, { action: 'revoke_invitation', objectType: 'overleg_item', objectId: itemId });
    return true;
  });
  return removed ? { ok: true } : notFound;
}
