import { endAllParticipants } from '../../db/casus-dossier.js';
import {
  copyPersonTo,
  insertHandover,
  listHandoversFrom,
  listReceivingMunicipalities,
  moveCase,
  nextCasusReference,
} from '../../db/casus-handover.js';
import { clearForeignLinks } from '../../db/casus-network.js';
import { findOrganisation } from '../../db/overleggen/parties.js';
import { findLegalBasis, listLegalBases } from '../../db/overleggen/settings.js';
import { insertRegisterEntry } from '../../db/privacy-disclosures.js';
import { checkHandover } from '../../domain/casus/handover.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import { decodeCursor, encodeCursor } from '../netwerk/cursor.js';
import {
  type Ctx,
  fieldError,
  inTx,
  invalid,
  logPersonRead,
  type Result,
  Stale,
} from '../overleg/results.js';
import { readCase } from './case-file.js';
import { loadForRegie } from './load.js';
import { recordEvent } from './versioned-change.js';

/**
 * Handing a case to another municipality (DOMAIN.md step 11): the receiving municipality gets the file and
 * the regie, its aandachtsfunctionaris becomes the regisseur, the sending side's participations end, and
 * the links into the sender's own records are removed. Both municipalities' access logs and the case's
 * timeline record it; the sender keeps only the content-free fact (src/domain/casus/handover.ts).
 */

export async function handoverOptions(ctx: Ctx, id: string) {
  const c = await loadForRegie(ctx, id);
  if (!c.ok) return c;
  const [municipalities, bases] = await Promise.all([
    listReceivingMunicipalities(ctx.db, c.dossier.tenantId),
    listLegalBases(ctx.db, c.dossier.tenantId),
  ]);
  await logPersonRead(ctx, 'casus', id, c.dossier.personId);
  return {
    ok: true as const,
    options: {
      municipalities: municipalities.map((m) => ({ ...m, officers: [...m.officers] })),
      legalBases: bases.map((b) => ({
        id: b.id,
        label: { nl: b.labelNl, en: b.labelEn },
        example: b.example,
      })),
    },
  };
}

export interface HandoverInput {
  readonly version: number;
  readonly toMunicipalityId: string;
  readonly toOfficerUserId: string;
  readonly legalBasisId: string;
  readonly reason: string;
}

export async function handOverCase(
  ctx: Ctx,
  id: string,
  input: HandoverInput,
): Promise<Result<{ reference: string }>> {
  const c = await loadForRegie(ctx, id);
  if (!c.ok) return c;
  const d = c.dossier;
  const to = await findOrganisation(ctx.db, input.toMunicipalityId);
  const officer = await ctx.db.query(
    `SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id
     WHERE m.user_id = $1 AND m.organisation_id = $2 AND m.role = 'aandachtsfunctionaris' AND m.ended_at IS NULL
       AND u.disabled_at IS NULL`,
    [input.toOfficerUserId, input.toMunicipalityId],
  );
  const reason = input.reason.trim();
  const errors = checkHandover({
    phase: d.phase,
    fromTenantId: d.tenantId,
    to: to ? { id: to.id, kind: to.kind } : null,
    officerOfReceiver: officer.rowCount > 0,
    reason,
  });
  if (errors.length > 0) return invalid(errors);
  if (!(await findLegalBasis(ctx.db, input.legalBasisId, d.tenantId))) {
    return fieldError(
      'legalBasisId',
      'Kies de grondslag waarop het dossier aan de andere gemeente wordt verstrekt.',
      'Choose the legal basis on which the file is provided to the other municipality.',
    );
  }
  const receiver = to as NonNullable<typeof to>;
  const done = await inTx(
    ctx,
    async (q) => {
      const personId = await copyPersonTo(q, d.personId, receiver.id, ctx.now, ctx.actor.userId);
      const reference = await nextCasusReference(q, receiver.id, Number(amsterdamDate(ctx.now).slice(0, 4)));
      const moved = await moveCase(q, id, input.version, {
        tenantId: receiver.id,
        personId,
        reference,
        regisseurUserId: input.toOfficerUserId,
      });
      if (!moved) throw new Stale();
      await endAllParticipants(q, id, ctx.now, ctx.actor.userId);
      await clearForeignLinks(q, id, receiver.id);
      await insertHandover(q, {
        casusId: id,
        fromTenantId: d.tenantId,
        fromReference: d.reference,
        toTenantId: receiver.id,
        toOfficerUserId: input.toOfficerUserId,
        legalBasisId: input.legalBasisId,
        at: ctx.now,
        by: ctx.actor.userId,
      });
      await insertRegisterEntry(q, {
        tenantId: d.tenantId,
        objectType: 'casus_handover',
        objectId: id,
        casusId: id,
        personId: d.personId,
        recipientDescription: null,
        description: `Casusdossier ${d.reference} overgedragen aan ${receiver.name}`,
        recipientOrganisationId: receiver.id,
        legalBasisId: input.legalBasisId,
        disclosedBy: ctx.actor.userId,
        disclosedAt: ctx.now,
      });
      await recordEvent(ctx, q, id, {
        kind: 'overgedragen',
        from: `${ctx.actor.organisationName} (${d.reference})`,
        to: `${receiver.name} (${reference})`,
        reason,
      });
      // Both sides' logs: the sender handed the person's file over, the receiver got it.
      await ctx.audit(q, { action: 'handover', objectType: 'casus', objectId: id, personId: d.personId });
      await ctx.audit(q, {
        action: 'handover_received',
        objectType: 'casus',
        objectId: id,
        personId,
        tenantId: receiver.id,
      });
      return reference;
    },
    async () => {
      const now = await readCase(ctx, id);
      return now.ok ? now.detail : null;
    },
  );
  return done.ok ? { ok: true, reference: done.value } : done;
}

/**
 * The sending municipality's record of its handovers: content-free (old reference, when, to whom), newest
 * first, one page by keyset cursor; one access-log entry per page names the handovers shown.
 */
export async function listHandovers(ctx: Ctx, query: { readonly cursor?: string; readonly limit?: number }) {
  const limit = query.limit ?? 25;
  const after = query.cursor ? decodeCursor(query.cursor, ['at', 'id']) : undefined;
  if (after === null || (after && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(after.at))) {
    return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  }
  const own = ctx.actor.organisationId === ctx.actor.tenantId;
  const rows = own ? await listHandoversFrom(ctx.db, ctx.actor.tenantId, { after, limit: limit + 1 }) : [];
  const page = rows.slice(0, limit);
  await ctx.audit(ctx.db, {
    action: 'list',
    objectType: 'casus_overdracht',
    objectId: page.map((h) => h.id).join(',') || null,
  });
  const last = page.at(-1);
  return {
    ok: true as const,
    items: page.map((h) => ({
      id: h.id,
      reference: h.fromReference,
      to: h.toTenantName,
      handedAt: h.handedAt.toISOString(),
      by: h.handedByName,
      closureReason: 'overgedragen' as const,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.keyset, id: last.id }) : null,
  };
}
