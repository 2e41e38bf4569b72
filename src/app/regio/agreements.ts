import type {
  AgreementChoices,
  AgreementDetail,
  AgreementPage,
  AgreementSummary,
  CreateAgreementBody,
  EndAgreementBody,
} from '../../contract/regio.js';
import {
  type AgreementRow,
  agreementsForTask,
  covenantChoices,
  endAgreement,
  findAgreement,
  handBackSignals,
  insertAgreement,
  listAgreements,
  memberMunicipalities,
  openRegionalSignals,
  tenantOf,
} from '../../db/regio-agreements.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import {
  type AgreementDraft,
  agreementStatus,
  checkAgreement,
  checkEnding,
  HANDED_BACK,
  OVERLAP_ISSUE,
  overlaps,
  type RegioTask,
} from '../../domain/regio/agreements.js';
import { decodeCursor, encodeCursor } from '../netwerk/cursor.js';
import {
  type Ctx,
  forbidden,
  inTx,
  invalid,
  notFound,
  Refused,
  type Result,
  Stale,
} from '../overleg/results.js';

/**
 * The agreements of regional cooperation. The region's functioneel beheerder records and ends them; the
 * region's staff and the municipalities they concern (the member, and the larger municipality acting for it)
 * read them. Agreements name no persons concerned: only who recorded them (work data), so a read of one is
 * logged and a page is not.
 */

/** Records and ends agreements: the functioneel beheerder acting in the region itself. */
async function mayManage(ctx: Ctx): Promise<boolean> {
  if (ctx.actor.role !== 'functioneel_beheerder') return false;
  return (await tenantOf(ctx.db, ctx.actor.tenantId))?.kind === 'regio';
}

function summaryOf(a: AgreementRow, day: string): AgreementSummary {
  return {
    id: a.id,
    region: { id: a.regionId, name: a.regionName },
    municipality: { id: a.municipalityId, name: a.municipalityName },
    task: a.task,
    actingMunicipality:
      a.actingMunicipalityId && a.actingMunicipalityName
        ? { id: a.actingMunicipalityId, name: a.actingMunicipalityName }
        : null,
    status: agreementStatus(a, day),
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    endedOn: a.endedOn,
  };
}

/** The page reference of the agreements list: the keyset of the last row shown (the netwerk lists' format). */
function agreementCursor(cursor: string): { startsOn: string; id: string } | null {
  const k = decodeCursor(cursor, ['startsOn', 'id'] as const);
  return k && /^\d{4}-\d{2}-\d{2}$/.test(k.startsOn) ? k : null;
}

export async function listAgreementPage(
  ctx: Ctx,
  query: { cursor?: string | undefined; limit?: number | undefined; gemeente?: string; taak?: RegioTask },
): Promise<Result<{ page: AgreementPage }>> {
  const limit = query.limit ?? 25;
  const after = query.cursor ? agreementCursor(query.cursor) : null;
  if (query.cursor && !after) {
    return invalid([{ field: 'cursor', nl: 'Deze pagina bestaat niet.', en: 'This page does not exist.' }]);
  }
  const rows = await listAgreements(ctx.db, ctx.actor.tenantId, {
    after,
    limit: limit + 1,
    municipality: query.gemeente ?? null,
    task: query.taak ?? null,
  });
  const day = amsterdamDate(ctx.now);
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    ok: true,
    page: {
      agreements: shown.map((a) => summaryOf(a, day)),
      nextCursor: rows.length > limit && last ? encodeCursor({ startsOn: last.startsOn, id: last.id }) : null,
      mayManage: await mayManage(ctx),
    },
  };
}

async function openWorkOf(ctx: Ctx, a: AgreementRow): Promise<number> {
  if (a.endedOn !== null) return 0;
  if (a.task === 'regionaal_meldpunt') return openRegionalSignals(ctx.db, a.regionId, a.municipalityId);
  return 0;
}

async function detailOf(ctx: Ctx, a: AgreementRow): Promise<AgreementDetail> {
  const day = amsterdamDate(ctx.now);
  return {
    ...summaryOf(a, day),
    covenant: a.covenantId && a.covenantTitle ? { id: a.covenantId, title: a.covenantTitle } : null,
    note: a.note,
    endReason: a.endReason,
    endedByName: a.endedByName,
    openWork: await openWorkOf(ctx, a),
    createdAt: a.createdAt.toISOString(),
    createdByName: a.createdByName,
    mayManage: (await mayManage(ctx)) && a.regionId === ctx.actor.tenantId,
    updatedAt: a.updatedAt.toISOString(),
    updatedBy: a.updatedByName,
    version: a.version,
  };
}

export async function readAgreement(ctx: Ctx, id: string): Promise<Result<{ agreement: AgreementDetail }>> {
  const a = await findAgreement(ctx.db, ctx.actor.tenantId, id);
  if (!a) return notFound;
  await ctx.audit(ctx.db, { action: 'read', objectType: 'regio_afspraak', objectId: id });
  return { ok: true, agreement: await detailOf(ctx, a) };
}

/** The form's choices: the municipalities of the actor's region and the covenants they could rest on. */
export async function agreementChoices(ctx: Ctx): Promise<AgreementChoices> {
  const t = await tenantOf(ctx.db, ctx.actor.tenantId);
  if (t?.kind !== 'regio') return { region: null, municipalities: [], covenants: [] };
  const [municipalities, covenants] = await Promise.all([
    memberMunicipalities(ctx.db, ctx.actor.tenantId),
    covenantChoices(ctx.db, ctx.actor.tenantId),
  ]);
  return {
    region: { id: ctx.actor.tenantId, name: t.name },
    municipalities,
    covenants: covenants.map((c) => ({ id: c.id, title: c.title, tenant: c.tenant })),
  };
}

export async function createAgreement(
  ctx: Ctx,
  body: CreateAgreementBody,
): Promise<Result<{ id: string; version: number }>> {
  if (!(await mayManage(ctx))) return forbidden;
  const regionId = ctx.actor.tenantId;
  const d: AgreementDraft = {
    municipalityId: body.municipalityId,
    task: body.task,
    actingMunicipalityId: body.actingMunicipalityId ?? null,
    startsOn: body.startsOn,
    endsOn: body.endsOn ?? null,
    note: body.note ?? '',
  };
  const errors = checkAgreement(d);
  const members = new Set((await memberMunicipalities(ctx.db, regionId)).map((m) => m.id));
  if (!members.has(d.municipalityId)) {
    errors.push({
      field: 'municipalityId',
      nl: 'Kies een gemeente van de regio.',
      en: 'Choose a municipality of the region.',
    });
  }
  if (d.actingMunicipalityId !== null && !members.has(d.actingMunicipalityId)) {
    errors.push({
      field: 'actingMunicipalityId',
      nl: 'Kies een gemeente van de regio.',
      en: 'Choose a municipality of the region.',
    });
  }
  const covenantId = body.covenantId ?? null;
  if (covenantId !== null) {
    const c = (await covenantChoices(ctx.db, regionId)).find((x) => x.id === covenantId);
    if (!c || (c.tenantId !== regionId && c.tenantId !== d.municipalityId)) {
      errors.push({
        field: 'covenantId',
        nl: 'Kies een convenant van de regio of van deze gemeente.',
        en: 'Choose a covenant of the region or of this municipality.',
      });
    }
  }
  if (errors.length > 0) return invalid(errors);
  const r = await inTx(
    ctx,
    async (q) => {
      const existing = await agreementsForTask(q, d.municipalityId, d.task);
      const draft = { ...d, endedOn: null };
      if (existing.some((e) => overlaps(e, draft))) throw new Refused(invalid([OVERLAP_ISSUE]));
      const id = await insertAgreement(q, regionId, { ...d, covenantId }, ctx.actor.userId, ctx.now);
      // Recorded on both sides: the region keeps it, the municipality's log shows its task went to the region.
      await ctx.audit(q, [
        { action: 'create', objectType: 'regio_afspraak', objectId: id },
        { action: 'create', objectType: 'regio_afspraak', objectId: id, tenantId: d.municipalityId },
      ]);
      return id;
    },
    async () => null,
  );
  return r.ok ? { ok: true, id: r.value, version: 1 } : r;
}

/**
 * Ends an agreement today, at the version read (409 with the saved one), and hands its open work back to
 * the municipality: for the regional meldpunt, its open signals go back to its own meldpunt. The ending and
 * every record handed back are logged on both sides, the region's and the municipality's.
 */
export async function endRegionalAgreement(
  ctx: Ctx,
  id: string,
  body: EndAgreementBody,
): Promise<Result<{ version: number; handedBack: number }>> {
  const a = await findAgreement(ctx.db, ctx.actor.tenantId, id);
  if (!a) return notFound;
  if (!(await mayManage(ctx)) || a.regionId !== ctx.actor.tenantId) return forbidden;
  if (body.version !== a.version) {
    // The conflict's answer is a read of the agreement: failure() logs it.
    return { ok: false, kind: 'conflict', current: await detailOf(ctx, a) };
  }
  const errors = checkEnding(a, body.reason);
  if (errors.length > 0) return invalid(errors);
  const day = amsterdamDate(ctx.now);
  const r = await inTx(
    ctx,
    async (q) => {
      if (
        !(await endAgreement(
          q,
          a.regionId,
          id,
          body.version,
          { on: day, reason: body.reason },
          ctx.actor.userId,
          ctx.now,
        ))
      ) {
        throw new Stale();
      }
      const back =
        a.task === 'regionaal_meldpunt' ? await handBackSignals(q, a.regionId, a.municipalityId) : [];
      const purpose = `regio:teruggegeven:${HANDED_BACK[a.task]}`;
      const sides = [a.regionId, a.municipalityId];
      await ctx.audit(q, [
        ...sides.map((tenantId) => ({
          action: 'end',
          objectType: 'regio_afspraak',
          objectId: id,
          tenantId,
        })),
        ...back.flatMap((signalId) =>
          sides.map((tenantId) => ({
            action: 'hand_back',
            objectType: 'signal',
            objectId: signalId,
            tenantId,
            purpose,
          })),
        ),
      ]);
      return back.length;
    },
    async () => {
      const now = await findAgreement(ctx.db, ctx.actor.tenantId, id);
      return now ? detailOf(ctx, now) : null;
    },
  );
  return r.ok ? { ok: true, version: body.version + 1, handedBack: r.value } : r;
}
