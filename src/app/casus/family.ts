import {
  type FamilyContactRecord,
  type FamilyContactWrite,
  findFamilyContact,
  insertFamilyContact,
  listFamilyContacts,
  updateFamilyContact,
} from '../../db/casus-family.js';
import { findNetworkPerson } from '../../db/casus-network.js';
import { isFollowUpOverdue, mayEditFamilyContact, validateFamilyContact } from '../../domain/casus/family.js';
import type { CaseAccess } from '../../domain/casus/participation.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import type { FieldIssue } from '../../domain/overleg/types.js';
import { type Ctx, forbidden, invalid, notFound, type Result } from '../overleg/results.js';
import { auditCase, loadCase } from './load.js';
import { caseForChange, changeCasePart, created, savedAfter } from './versioned-change.js';

/** Familieondersteuning: the regie and the participating partners record their contacts with the family. */

export function familyContactView(
  f: FamilyContactRecord,
  access: Exclude<CaseAccess, 'none'>,
  actorOrganisationId: string,
  today: string,
) {
  const done = f.followUpDoneAt !== null;
  return {
    id: f.id,
    contactOn: f.contactOn,
    kind: f.kind,
    withWhom: f.withWhom,
    networkPersonId: f.networkPersonId,
    by: {
      organisation: { id: f.byOrganisationId, name: f.byOrganisationName },
      user: f.byUserId ? { id: f.byUserId, name: f.byUserName ?? '' } : null,
    },
    summary: f.summary,
    followUp: f.followUp,
    followUpDueOn: f.followUpDueOn,
    followUpDone: done,
    followUpDoneAt: f.followUpDoneAt?.toISOString() ?? null,
    followUpDoneBy: f.followUpDoneByName,
    overdue: isFollowUpOverdue(f.followUpDueOn, done, today),
    mayEdit: mayEditFamilyContact(access, actorOrganisationId, f.byOrganisationId),
    version: f.version,
  };
}

export async function readFamilyContacts(ctx: Ctx, id: string) {
  const c = await loadCase(ctx, id);
  if (!c.ok) return c;
  await auditCase(ctx, ctx.db, c, 'read');
  const today = amsterdamDate(ctx.now);
  const contacts = await listFamilyContacts(ctx.db, id);
  return {
    ok: true as const,
    family: {
      contacts: contacts.map((f) => familyContactView(f, c.access, ctx.actor.organisationId, today)),
      mayAdd: (c.access === 'regie' || c.access === 'partner') && c.dossier.phase !== 'afgesloten',
    },
  };
}

/** A contact as the form sends it: what is stored, and whether the follow-up is done. */
export interface FamilyContactFields extends FamilyContactWrite {
  readonly followUpDone: boolean;
}

async function check(ctx: Ctx, id: string, f: FamilyContactFields): Promise<FieldIssue[]> {
  const errors = validateFamilyContact(f, amsterdamDate(ctx.now));
  if (f.networkPersonId) {
    const p = await findNetworkPerson(ctx.db, f.networkPersonId);
    if (!p || p.casusId !== id) {
      errors.push({
        field: 'networkPersonId',
        nl: 'Kies een persoon uit het netwerk van deze casus.',
        en: 'Choose a person from the network of this case.',
      });
    }
  }
  return errors;
}

const write = (f: FamilyContactFields): FamilyContactWrite => ({
  contactOn: f.contactOn,
  kind: f.kind,
  withWhom: f.withWhom.trim(),
  networkPersonId: f.networkPersonId,
  summary: f.summary.trim(),
  followUp: f.followUp.trim(),
  followUpDueOn: f.followUpDueOn,
});

export async function createFamilyContact(
  ctx: Ctx,
  id: string,
  f: FamilyContactFields,
): Promise<Result<{ id: string; version: number }>> {
  const c = await caseForChange(ctx, id, 'familie', 'participants');
  if (!c.ok) return c;
  const errors = await check(ctx, id, f);
  if (errors.length > 0) return invalid(errors);
  const done = await changeCasePart(ctx, c, {
    action: 'create',
    write: (q) =>
      insertFamilyContact(
        q,
        id,
        write(f),
        { organisationId: ctx.actor.organisationId, userId: ctx.actor.userId },
        f.followUpDone ? { at: ctx.now, by: ctx.actor.userId } : null,
        ctx.now,
      ),
    event: (fid) => ({ kind: 'familiecontact', to: f.kind, occurredOn: f.contactOn, subjectId: fid }),
  });
  return created(done);
}

export async function changeFamilyContact(
  ctx: Ctx,
  id: string,
  contactId: string,
  input: FamilyContactFields & { version: number },
): Promise<Result<{ version: number }>> {
  const c = await caseForChange(ctx, id, 'familie', 'participants');
  if (!c.ok) return c;
  const existing = await findFamilyContact(ctx.db, contactId);
  if (!existing || existing.casusId !== id) return notFound;
  if (!mayEditFamilyContact(c.access, ctx.actor.organisationId, existing.byOrganisationId)) return forbidden;
  const errors = await check(ctx, id, input);
  if (errors.length > 0) return invalid(errors);
  const wasDone = existing.followUpDoneAt !== null;
  const doneChange =
    input.followUpDone === wasDone
      ? 'keep'
      : input.followUpDone
        ? { at: ctx.now, by: ctx.actor.userId }
        : null;
  const done = await changeCasePart(ctx, c, {
    action: 'update',
    write: (q) => updateFamilyContact(q, contactId, input.version, write(input), doneChange, ctx.now),
    // Only the follow-up being done is a decision the timeline records.
    event: () =>
      input.followUpDone && !wasDone
        ? { kind: 'familiecontact_vervolg_gedaan', to: existing.kind, subjectId: contactId }
        : null,
    current: async () => {
      const now = await findFamilyContact(ctx.db, contactId);
      return now ? familyContactView(now, c.access, ctx.actor.organisationId, amsterdamDate(ctx.now)) : null;
    },
  });
  return savedAfter(input.version, done);
}
