import { findDossier } from '../../db/casus-dossier.js';
import type { Queryable } from '../../db/database.js';
import { findPerson } from '../../db/personen.js';
import { insertRegisterEntry, legalBasisByCode, listRegister } from '../../db/privacy-disclosures.js';
import { loadCase } from '../casus/load.js';
import { decodeCursor, encodeCursor } from '../netwerk/cursor.js';
import { type Ctx, fieldError, logPersonRead, notFound } from '../overleg/results.js';

/**
 * The disclosure register, viewed per case, per person or for the whole municipality. The privacy officer
 * sees every entry of the tenant; the aandachtsfunctionaris the entries of a case it may see.
 */

export async function caseRegister(ctx: Ctx, casusId: string) {
  if (ctx.actor.role === 'privacy_officer') {
    const d = await findDossier(ctx.db, casusId);
    if (!d || d.tenantId !== ctx.actor.tenantId) return notFound;
    await logPersonRead(ctx, 'disclosure_register', casusId, d.personId);
    return {
      ok: true as const,
      reference: d.reference,
      entries: await listRegister(ctx.db, d.tenantId, { casus: casusId }),
    };
  }
  const c = await loadCase(ctx, casusId);
  if (!c.ok) return c;
  if (c.access !== 'regie') return notFound;
  await logPersonRead(ctx, 'disclosure_register', casusId, c.dossier.personId);
  return {
    ok: true as const,
    reference: c.dossier.reference,
    entries: await listRegister(ctx.db, c.dossier.tenantId, { casus: casusId }),
  };
}

export async function personRegister(ctx: Ctx, personId: string) {
  const p = await findPerson(ctx.db, personId);
  if (!p || p.tenantId !== ctx.actor.tenantId) return notFound;
  await logPersonRead(ctx, 'disclosure_register', personId, personId);
  return { ok: true as const, entries: await listRegister(ctx.db, p.tenantId, { person: personId }) };
}

/**
 * One page of the whole register of the municipality, newest first, read by keyset cursor. One access-log
 * entry per page names the entries shown.
 */
export async function tenantRegister(ctx: Ctx, query: { readonly cursor?: string; readonly limit?: number }) {
  const limit = query.limit ?? 25;
  const after = query.cursor ? decodeCursor(query.cursor, ['at', 'seq']) : undefined;
  if (after === null || (after && (!INSTANT.test(after.at) || !/^\d{1,18}$/.test(after.seq)))) {
    return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  }
  const rows = await listRegister(
    ctx.db,
    ctx.actor.tenantId,
    'tenant',
    limit + 1,
    after ? { at: after.at, id: Number(after.seq) } : undefined,
  );
  const page = rows.slice(0, limit);
  await ctx.audit(ctx.db, {
    action: 'list',
    objectType: 'disclosure_register',
    objectId: page.map((e) => e.id).join(',') || null,
  });
  const last = page.at(-1);
  return {
    ok: true as const,
    entries: page,
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.keyset, seq: String(last.id) }) : null,
  };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The basis used for case participation when the officer did not pick one: the covenant's article. */
export const DEFAULT_PARTICIPATION_BASIS = 'convenant_pga_deelname';

/**
 * A partner joining a case is a disclosure: from then on it sees the case. Recorded in the transaction
 * that adds the participant, with the basis picked (or the covenant's default).
 */
export async function registerParticipation(
  q: Queryable,
  p: {
    tenantId: string;
    casusId: string;
    personId: string;
    participantId: string;
    organisationId: string;
    recipientUserId?: string | null;
    legalBasisId: string | null;
    role: string;
    by: string;
    at: Date;
    /** The covenant that covers the organisation (netwerk), recorded with its article. */
    covenant?: { readonly id: string; readonly article: string } | null;
  },
): Promise<void> {
  const basis = p.legalBasisId ?? (await legalBasisByCode(q, p.tenantId, DEFAULT_PARTICIPATION_BASIS));
  if (!basis) return;
  await insertRegisterEntry(q, {
    tenantId: p.tenantId,
    objectType: 'casus_participation',
    objectId: p.participantId,
    description: `Deelname aan de casus (${p.role.slice(0, 120)})`,
    recipientOrganisationId: p.organisationId,
    recipientDescription: null,
    legalBasisId: basis,
    disclosedBy: p.by,
    disclosedAt: p.at,
    casusId: p.casusId,
    personId: p.personId,
    covenantId: p.covenant?.id ?? null,
    covenantArticle: p.covenant?.article ?? null,
  });
}
