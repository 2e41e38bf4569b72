import type {
  CovenantAttention,
  CovenantDetail,
  CovenantPage,
  CovenantSummary,
  Coverage,
  CreateCovenantBody,
  UpdateCovenantBody,
} from '../../contract/netwerk-covenants.js';
import type { Database, Queryable } from '../../db/database.js';
import {
  type CovenantRow,
  covenantsOfParties,
  covenantsWithDates,
  findCovenant,
  findVersionFile,
  insertCovenant,
  insertVersion,
  listCovenants,
  listSignatories,
  listVersions,
  officersOf,
  organisationName,
  readCovenantSettings,
  saveCovenantSettings,
  updateCovenant,
} from '../../db/netwerk-covenants.js';
import { queueMail } from '../../db/overleggen/outbox.js';
import { listLegalBases } from '../../db/overleggen/settings.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import {
  type CovenantDraft,
  type CovenantWarning,
  checkCovenant,
  covenantStatus,
  covenantWarnings,
  covers,
  type EnforcementMode,
  type FieldIssue,
  type SharingOccasion,
  uncoveredMessage,
} from '../../domain/netwerk/covenant.js';
import { checkAttachment } from '../melding/check-attachment.js';
import { type Ctx, conflict, inTx, invalid, notFound, type Result, Stale } from '../overleg/results.js';

/** The covenant a disclosure relies on: which one, and its article on sharing. */
export interface CoveringCovenant {
  readonly id: string;
  readonly title: string;
  readonly article: string;
}

/**
 * The valid covenant that covers sharing with an organisation on a day (for a kind of meeting and a task,
 * when given), or null. For the sharing checks and the partner register ("gedekt door een geldig
 * convenant"). When several cover it, the one that runs longest.
 */
export async function coveringCovenant(
  q: Queryable,
  tenantId: string,
  organisationId: string,
  occasion: SharingOccasion,
): Promise<CoveringCovenant | null> {
  return (await coveringCovenants(q, tenantId, [organisationId], occasion)).get(organisationId) ?? null;
}

/** `coveringCovenant` for several organisations at once (a page of the partner register), by organisation. */
export async function coveringCovenants(
  q: Queryable,
  tenantId: string,
  organisationIds: readonly string[],
  occasion: SharingOccasion,
): Promise<Map<string, CoveringCovenant>> {
  const out = new Map<string, CoveringCovenant>();
  if (organisationIds.length === 0) return out;
  const all = await covenantsOfParties(q, tenantId, organisationIds);
  for (const id of organisationIds) {
    const c = all.find((x) => covers(x, id, occasion));
    if (c) out.set(id, { id: c.id, title: c.title, article: c.article });
  }
  return out;
}

/** What sharing with an organisation means under the municipality's setting: covered, warn or refuse. */
export type SharingOutcome =
  | { readonly covered: true; readonly covenant: CoveringCovenant }
  | {
      readonly covered: false;
      readonly mode: EnforcementMode;
      readonly message: { readonly nl: string; readonly en: string };
    };

export async function checkSharing(
  q: Queryable,
  tenantId: string,
  organisationId: string,
  occasion: SharingOccasion,
): Promise<SharingOutcome> {
  const covenant = await coveringCovenant(q, tenantId, organisationId, occasion);
  if (covenant) return { covered: true, covenant };
  const { enforcement } = await readCovenantSettings(q, tenantId);
  const name = (await organisationName(q, tenantId, organisationId)) ?? 'deze organisatie';
  return { covered: false, mode: enforcement, message: uncoveredMessage(enforcement, name) };
}

/** The coverage answer of the API (GET /api/netwerk/convenanten/dekking). */
export async function readCoverage(
  ctx: Ctx,
  organisationId: string,
  occasion: SharingOccasion,
): Promise<Coverage> {
  const r = await checkSharing(ctx.db, ctx.actor.tenantId, organisationId, occasion);
  if (r.covered) {
    const { enforcement } = await readCovenantSettings(ctx.db, ctx.actor.tenantId);
    return { covered: true, covenant: r.covenant, enforcement, message: null };
  }
  return { covered: false, covenant: null, enforcement: r.mode, message: r.message };
}

const mayManage = (ctx: Ctx) => ctx.actor.role === 'aandachtsfunctionaris';

function summaryOf(c: CovenantRow, day: string, warnDays: number): CovenantSummary {
  return {
    id: c.id,
    title: c.title,
    status: covenantStatus(c, day, warnDays),
    parties: c.parties,
    meetingKinds: c.meetingKinds as CovenantSummary['meetingKinds'],
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    evaluationOn: c.evaluationOn,
    warnings: covenantWarnings(c, day, warnDays),
  };
}

function encodeCursor(c: CovenantRow): string {
  return Buffer.from(JSON.stringify([c.endsOn, c.id])).toString('base64url');
}

function decodeCursor(cursor: string): { endsOn: string | null; id: string } | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(v) &&
      v.length === 2 &&
      (v[0] === null || (typeof v[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v[0]))) &&
      typeof v[1] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(v[1])
    ) {
      return { endsOn: v[0], id: v[1] };
    }
  } catch {
    // Falls through: an unreadable cursor is a field error.
  }
  return null;
}

/** A page of the municipality's covenants, the first to end first. Names no persons: not logged per row. */
export async function listCovenantPage(
  ctx: Ctx,
  query: { cursor?: string | undefined; limit?: number | undefined; partij?: string | undefined },
): Promise<Result<{ page: CovenantPage }>> {
  const limit = query.limit ?? 25;
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !after) {
    return invalid([{ field: 'cursor', nl: 'Deze pagina bestaat niet.', en: 'This page does not exist.' }]);
  }
  const rows = await listCovenants(ctx.db, ctx.actor.tenantId, {
    after,
    limit: limit + 1,
    party: query.partij ?? null,
  });
  const { warnDays } = await readCovenantSettings(ctx.db, ctx.actor.tenantId);
  const day = amsterdamDate(ctx.now);
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    ok: true,
    page: {
      covenants: shown.map((c) => summaryOf(c, day, warnDays)),
      nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
      mayManage: mayManage(ctx),
    },
  };
}

async function detailOf(ctx: Ctx, c: CovenantRow): Promise<CovenantDetail> {
  const [signatories, versions, settings] = await Promise.all([
    listSignatories(ctx.db, c.id),
    listVersions(ctx.db, c.id),
    readCovenantSettings(ctx.db, ctx.actor.tenantId),
  ]);
  const day = amsterdamDate(ctx.now);
  return {
    id: c.id,
    title: c.title,
    purpose: c.purpose,
    article: c.article,
    status: covenantStatus(c, day, settings.warnDays),
    parties: c.parties,
    legalBases: c.legalBases.map((b) => ({
      id: b.id,
      code: b.code,
      label: { nl: b.labelNl, en: b.labelEn },
    })),
    dataCategories: c.dataCategories as CovenantDetail['dataCategories'],
    meetingKinds: c.meetingKinds as CovenantDetail['meetingKinds'],
    tasks: c.tasks as CovenantDetail['tasks'],
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    evaluationOn: c.evaluationOn,
    signatories: signatories.map((s) => ({
      id: s.id,
      name: s.name,
      function: s.function,
      organisation: { id: s.organisationId, name: s.organisationName },
    })),
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
    warnings: covenantWarnings(c, day, settings.warnDays),
    updatedAt: c.updatedAt.toISOString(),
    updatedByName: c.updatedByName,
    version: c.version,
    mayManage: mayManage(ctx),
  };
}

/**
 * One covenant with its signatories and versions. The signatories are personal data of professionals
 * (work data): every read is logged.
 */
export async function readCovenant(ctx: Ctx, id: string): Promise<Result<{ covenant: CovenantDetail }>> {
  const c = await findCovenant(ctx.db, ctx.actor.tenantId, id);
  if (!c) return notFound;
  await ctx.audit(ctx.db, { action: 'read', objectType: 'covenant', objectId: id });
  return { ok: true, covenant: await detailOf(ctx, c) };
}

function draftOf(b: CreateCovenantBody): CovenantDraft {
  return {
    title: b.title,
    purpose: b.purpose,
    article: b.article,
    partyIds: b.partyIds,
    legalBasisIds: b.legalBasisIds,
    dataCategories: b.dataCategories,
    meetingKinds: b.meetingKinds,
    tasks: b.tasks,
    startsOn: b.startsOn,
    endsOn: b.endsOn,
    evaluationOn: b.evaluationOn,
    signatories: b.signatories,
  };
}

/** The draft's rules, and that its parties and legal bases are the municipality's own. */
async function checkDraft(ctx: Ctx, d: CovenantDraft): Promise<FieldIssue[]> {
  const errors = checkCovenant(d);
  const own = await ctx.db.query<{ id: string }>(
    'SELECT id FROM organisation WHERE tenant_id = $1 AND id = ANY($2::uuid[])',
    [ctx.actor.tenantId, d.partyIds],
  );
  if (own.rows.length !== new Set(d.partyIds).size) {
    errors.push({
      field: 'partyIds',
      nl: 'Kies de partijen uit de organisaties van uw gemeente of regio.',
      en: 'Choose the parties from the organisations of your municipality or region.',
    });
  }
  const bases = new Set((await listLegalBases(ctx.db, ctx.actor.tenantId)).map((b) => b.id));
  if (!d.legalBasisIds.every((id) => bases.has(id))) {
    errors.push({
      field: 'legalBasisIds',
      nl: 'Kies de grondslagen uit de lijst.',
      en: 'Choose the legal bases from the list.',
    });
  }
  return errors;
}

export async function createCovenant(
  ctx: Ctx,
  body: CreateCovenantBody,
): Promise<Result<{ id: string; version: number }>> {
  const d = draftOf(body);
  const errors = await checkDraft(ctx, d);
  if (errors.length > 0) return invalid(errors);
  const id = await ctx.db.tx(async (q) => {
    const newId = await insertCovenant(q, ctx.actor.tenantId, d, ctx.actor.userId, ctx.now);
    await ctx.audit(q, { action: 'create', objectType: 'covenant', objectId: newId });
    return newId;
  });
  return { ok: true, id, version: 1 };
}

/** The covenant as it is saved now, for the 409 answer (a read of the signatories: logged by the caller). */
async function currentOf(ctx: Ctx, id: string): Promise<CovenantDetail | null> {
  const c = await findCovenant(ctx.db, ctx.actor.tenantId, id);
  return c ? detailOf(ctx, c) : null;
}

export async function changeCovenant(
  ctx: Ctx,
  id: string,
  body: UpdateCovenantBody,
): Promise<Result<{ version: number }>> {
  if (!(await findCovenant(ctx.db, ctx.actor.tenantId, id))) return notFound;
  const d = draftOf(body);
  const errors = await checkDraft(ctx, d);
  if (errors.length > 0) return invalid(errors);
  const r = await inTx(
    ctx,
    async (q) => {
      if (!(await updateCovenant(q, ctx.actor.tenantId, id, body.version, d, ctx.actor.userId, ctx.now))) {
        throw new Stale();
      }
      await ctx.audit(q, { action: 'update', objectType: 'covenant', objectId: id });
    },
    () => currentOf(ctx, id),
  );
  return r.ok ? { ok: true, version: body.version + 1 } : r;
}

/** Adds a signed version with its document (type decided from the content, as attachments are). */
export async function addCovenantVersion(
  ctx: Ctx,
  id: string,
  body: {
    version: number;
    signedOn: string;
    note?: string | undefined;
    fileName: string;
    contentBase64: string;
  },
): Promise<Result<{ version: number; versionId: string }>> {
  const c = await findCovenant(ctx.db, ctx.actor.tenantId, id);
  if (!c) return notFound;
  const checked = await checkAttachment(
    { fileName: body.fileName, contentBase64: body.contentBase64 },
    'file',
  );
  if (!checked.ok) {
    // The form has one file field; the check names the path of the upload.
    return invalid([{ ...checked.error, field: 'file' }]);
  }
  if (c.endsOn !== null && body.signedOn > c.endsOn) {
    return invalid([
      {
        field: 'signedOn',
        nl: 'De datum van ondertekening ligt na de einddatum.',
        en: 'The date of signing is after the end date.',
      },
    ]);
  }
  const f = checked.file;
  const r = await inTx(
    ctx,
    async (q) => {
      const versionId = await insertVersion(q, {
        tenantId: ctx.actor.tenantId,
        covenantId: id,
        version: body.version,
        signedOn: body.signedOn,
        note: (body.note ?? '').trim(),
        fileName: f.fileName,
        mediaType: f.mediaType,
        content: f.content,
        sha256: f.sha256,
        by: ctx.actor.userId,
        at: ctx.now,
      });
      if (!versionId) throw new Stale();
      await ctx.audit(q, { action: 'create', objectType: 'covenant_version', objectId: versionId });
      return versionId;
    },
    () => currentOf(ctx, id),
  );
  return r.ok ? { ok: true, version: body.version + 1, versionId: r.value } : r;
}

export async function readVersionFile(
  ctx: Ctx,
  id: string,
  versionId: string,
): Promise<Result<{ file: { fileName: string; mediaType: string; content: Buffer } }>> {
  if (!(await findCovenant(ctx.db, ctx.actor.tenantId, id))) return notFound;
  const file = await findVersionFile(ctx.db, id, versionId);
  if (!file) return notFound;
  await ctx.audit(ctx.db, { action: 'read', objectType: 'covenant_version', objectId: versionId });
  return { ok: true, file };
}

/** The covenants with a warning today: the officer's home page. Titles only: no persons, not logged. */
export async function covenantAttention(ctx: Ctx): Promise<CovenantAttention> {
  const { warnDays } = await readCovenantSettings(ctx.db, ctx.actor.tenantId);
  const day = amsterdamDate(ctx.now);
  const covenants = (await covenantsWithDates(ctx.db, ctx.actor.tenantId))
    .map((c) => ({ id: c.id, title: c.title, warnings: covenantWarnings(c, day, warnDays) }))
    .filter((c) => c.warnings.length > 0)
    .sort((a, b) => (a.warnings[0]?.on ?? '').localeCompare(b.warnings[0]?.on ?? ''));
  return { covenants };
}

export async function readSettings(ctx: Ctx) {
  return readCovenantSettings(ctx.db, ctx.actor.tenantId);
}

export async function saveSettings(
  ctx: Ctx,
  body: { enforcement: EnforcementMode; warnDays: number; version: number },
): Promise<Result<{ version: number }>> {
  const saved = await ctx.db.tx(async (q) => {
    if (!(await saveCovenantSettings(q, ctx.actor.tenantId, body, ctx.actor.userId, ctx.now))) return false;
    await ctx.audit(q, { action: 'update', objectType: 'covenant_settings', objectId: ctx.actor.tenantId });
    return true;
  });
  if (!saved) return conflict(await readCovenantSettings(ctx.db, ctx.actor.tenantId));
  return { ok: true, version: body.version + 1 };
}

const MAIL_WORDS: Record<CovenantWarning['kind'], { nl: string; en: string }> = {
  verloopt: { nl: 'loopt af op', en: 'ends on' },
  verlopen: { nl: 'is afgelopen op', en: 'ended on' },
  evaluatie: { nl: 'moet worden geëvalueerd op', en: 'is due for evaluation on' },
  evaluatie_verstreken: { nl: 'had geëvalueerd moeten zijn op', en: 'was due for evaluation on' },
};

/**
 * Queues the covenant warnings in the meetings' outbox (kind 'herinnering'): to every aandachtsfunctionaris
 * of the municipality, once per covenant, kind of warning and date, however often it runs. The mail names
 * the covenant's title and the date, nothing about persons.
 */
export async function queueCovenantWarnings(db: Database, now: Date): Promise<number> {
  const day = amsterdamDate(now);
  const rows = await covenantsWithDates(db, null);
  let queued = 0;
  const byTenant = new Map<string, CovenantRow[]>();
  for (const c of rows) byTenant.set(c.tenantId, [...(byTenant.get(c.tenantId) ?? []), c]);
  for (const [tenantId, covenants] of byTenant) {
    const { warnDays } = await readCovenantSettings(db, tenantId);
    const officers = await officersOf(db, tenantId);
    await db.tx(async (q) => {
      for (const c of covenants) {
        for (const w of covenantWarnings(c, day, warnDays)) {
          const words = MAIL_WORDS[w.kind];
          for (const userId of officers) {
            const added = await queueMail(q, {
              tenantId,
              kind: 'herinnering',
              recipientUserId: userId,
              subject: `Convenant vraagt aandacht / Covenant needs attention: ${c.title}`,
              body:
                `Het convenant "${c.title}" ${words.nl} ${w.on}. Bekijk het onder Convenanten in Duiden.\n\n` +
                `The covenant "${c.title}" ${words.en} ${w.on}. See Covenants in Duiden.\n`,
              dedupeKey: `convenant:${c.id}:${w.kind}:${w.on}:${userId}`,
              at: now,
            });
            if (added) queued += 1;
          }
        }
      }
    });
  }
  return queued;
}
