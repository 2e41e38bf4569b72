import type {
  KeyFigure,
  KeyFigureCreate,
  KeyFigureListQuery,
  KeyFigureLookups,
  KeyFigurePage,
  KeyFigureUpdate,
} from '../../contract/netwerk-key-figures.js';
import {
  activeKeyFigures,
  bumpVersion,
  contactOwnerCandidates,
  findDocument,
  findKeyFigure,
  insertKeyFigure,
  type KeyFigureDocument,
  type KeyFigureFields,
  type KeyFigureRecord,
  listKeyFigures,
  saveDocument,
  updateKeyFigure,
} from '../../db/netwerk-key-figures.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import { checkFrequency, type UpkeepState, upkeep } from '../../domain/netwerk/contact-upkeep.js';
import { isInUpkeep, mayWorkWithKeyFigures, validateKeyFigure } from '../../domain/netwerk/key-figure.js';
import type { FieldIssue } from '../../domain/overleg/types.js';
import { checkAttachment } from '../melding/check-attachment.js';
import {
  type Ctx,
  conflict,
  fieldError,
  inTx,
  invalid,
  logDenied,
  type Result,
  Stale,
} from '../overleg/results.js';
import { decodeCursor, encodeCursor } from './cursor.js';

/**
 * Key figures (sleutelfiguren): kept apart from the case file. Only the aandachtsfunctionaris and the network
 * coordinator of the municipality see them (the route's rule and, per record, the tenant); every read is
 * logged per key figure, and a refused one too.
 */
export const OBJECT_KEY_FIGURE = 'sleutelfiguur';

export const todayOf = (now: Date): string => amsterdamDate(now);

export const upkeepStateOf = (k: KeyFigureRecord): UpkeepState => ({
  frequency: { every: k.contactEvery, unit: k.contactUnit },
  lastContactOn: k.lastContactOn,
  startedOn: k.upkeepStartedOn,
  snoozedUntil: k.snoozedUntil,
});

export function keyFigureJson(k: KeyFigureRecord, today: string): KeyFigure {
  return {
    id: k.id,
    name: k.name,
    community: k.community,
    reach: k.reach,
    roles: k.roles,
    status: k.status,
    agreementOn: k.agreementOn,
    agreementEndedOn: k.agreementEndedOn,
    reviewOn: k.reviewOn,
    reviewDue: k.status !== 'beeindigd' && k.reviewOn <= today,
    contactOwner: { id: k.contactOwnerId, name: k.contactOwnerName },
    frequency: { every: k.contactEvery, unit: k.contactUnit },
    lastContactOn: k.lastContactOn,
    upkeep: isInUpkeep(k.status) ? upkeep(upkeepStateOf(k), today) : null,
    document: k.document
      ? {
          fileName: k.document.fileName,
          mediaType: k.document.mediaType,
          uploadedAt: k.document.uploadedAt.toISOString(),
        }
      : null,
    updatedAt: k.updatedAt.toISOString(),
    updatedBy: k.updatedByName,
    version: k.version,
  };
}

/** The key figure when the actor may see it (own municipality, a role with access); else null. */
export async function visibleKeyFigure(ctx: Ctx, id: string): Promise<KeyFigureRecord | null> {
  if (!mayWorkWithKeyFigures(ctx.actor.role)) return null;
  const k = await findKeyFigure(ctx.db, id);
  return k && k.tenantId === ctx.actor.tenantId ? k : null;
}

const readEntry = (id: string) => ({ action: 'read', objectType: OBJECT_KEY_FIGURE, objectId: id });

/** One key figure; the read is logged. */
export async function readKeyFigure(ctx: Ctx, id: string): Promise<Result<{ keyFigure: KeyFigure }>> {
  const k = await visibleKeyFigure(ctx, id);
  if (!k) return logDenied(ctx, OBJECT_KEY_FIGURE, id);
  await ctx.audit(ctx.db, readEntry(id));
  return { ok: true, keyFigure: keyFigureJson(k, todayOf(ctx.now)) };
}

/**
 * A page of the municipality's key figures by name; each key figure shown is logged. The overdue view
 * applies the upkeep rules (src/domain/netwerk/contact-upkeep.ts) to the active key figures.
 */
export async function listKeyFigurePage(ctx: Ctx, query: KeyFigureListQuery): Promise<Result<KeyFigurePage>> {
  const limit = query.limit ?? 25;
  const after = query.cursor ? decodeCursor(query.cursor, ['name', 'id']) : undefined;
  if (after === null) return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  const today = todayOf(ctx.now);
  const ownerId = query.mijn ? ctx.actor.userId : null;
  const text = query.zoek?.trim() || null;
  let rows: KeyFigureRecord[];
  if (query.achterstallig) {
    const all = (await activeKeyFigures(ctx.db, ctx.actor.tenantId)).filter(
      (k) =>
        upkeep(upkeepStateOf(k), today).status === 'achterstallig' &&
        (ownerId === null || k.contactOwnerId === ownerId) &&
        (text === null || `${k.name} ${k.community}`.toLowerCase().includes(text.toLowerCase())),
    );
    const from = after
      ? all.findIndex((k) => k.name > after.name || (k.name === after.name && k.id > after.id))
      : 0;
    rows = from < 0 ? [] : all.slice(from, from + limit + 1);
  } else {
    rows = await listKeyFigures(ctx.db, {
      tenantId: ctx.actor.tenantId,
      status: query.status ?? null,
      ownerId,
      text,
      after: after ? { name: after.name, id: after.id } : null,
      limit: limit + 1,
    });
  }
  const shown = rows.slice(0, limit);
  await ctx.audit(
    ctx.db,
    shown.length > 0
      ? shown.map((k) => readEntry(k.id))
      : { action: 'read', objectType: 'sleutelfiguur_lijst', objectId: null },
  );
  const last = shown.at(-1);
  return {
    ok: true,
    keyFigures: shown.map((k) => keyFigureJson(k, today)),
    nextCursor: rows.length > limit && last ? encodeCursor({ name: last.name, id: last.id }) : null,
  };
}

export async function keyFigureLookups(ctx: Ctx): Promise<KeyFigureLookups> {
  return { contactOwners: await contactOwnerCandidates(ctx.db, ctx.actor.tenantId) };
}

type Input = KeyFigureCreate;

async function check(ctx: Ctx, input: Input): Promise<FieldIssue[]> {
  const errors = validateKeyFigure(
    {
      name: input.name,
      community: input.community,
      reach: input.reach,
      roles: input.roles,
      status: input.status,
      agreementOn: input.agreementOn,
      agreementEndedOn: input.agreementEndedOn,
      reviewOn: input.reviewOn,
    },
    todayOf(ctx.now),
  );
  errors.push(
    ...checkFrequency(input.frequencyEvery, input.frequencyUnit).map((e) => ({
      ...e,
      field: 'frequencyEvery',
    })),
  );
  const owners = await contactOwnerCandidates(ctx.db, ctx.actor.tenantId);
  if (!owners.some((o) => o.id === input.contactOwnerId)) {
    errors.push({
      field: 'contactOwnerId',
      nl: 'Kies een aandachtsfunctionaris of netwerkcoördinator van uw gemeente.',
      en: 'Choose an aandachtsfunctionaris or network coordinator of your municipality.',
    });
  }
  return errors;
}

const fieldsOf = (input: Input): KeyFigureFields => ({
  name: input.name.trim(),
  community: input.community.trim(),
  reach: input.reach.trim(),
  roles: input.roles,
  status: input.status,
  agreementOn: input.agreementOn,
  agreementEndedOn: input.agreementEndedOn,
  reviewOn: input.reviewOn,
  contactOwnerId: input.contactOwnerId,
  contactEvery: input.frequencyEvery,
  contactUnit: input.frequencyUnit,
});

export async function createKeyFigure(ctx: Ctx, input: Input): Promise<Result<{ id: string }>> {
  const errors = await check(ctx, input);
  if (errors.length > 0) return invalid(errors);
  const id = await ctx.db.tx(async (q) => {
    const id = await insertKeyFigure(
      q,
      ctx.actor.tenantId,
      fieldsOf(input),
      ctx.now,
      ctx.actor.userId,
      todayOf(ctx.now),
    );
    await ctx.audit(q, { action: 'create', objectType: OBJECT_KEY_FIGURE, objectId: id });
    return id;
  });
  return { ok: true, id };
}

/** Changes a key figure under the version read; a stale version is a conflict carrying the one saved. */
export async function changeKeyFigure(
  ctx: Ctx,
  id: string,
  input: KeyFigureUpdate,
): Promise<Result<{ version: number }>> {
  const k = await visibleKeyFigure(ctx, id);
  if (!k) return logDenied(ctx, OBJECT_KEY_FIGURE, id);
  const today = todayOf(ctx.now);
  if (k.version !== input.version) return conflict(keyFigureJson(k, today));
  const errors = await check(ctx, input);
  if (errors.length > 0) return invalid(errors);
  const sameFrequency = k.contactEvery === input.frequencyEvery && k.contactUnit === input.frequencyUnit;
  const done = await inTx(
    ctx,
    async (q) => {
      const ok = await updateKeyFigure(
        q,
        id,
        input.version,
        fieldsOf(input),
        ctx.now,
        ctx.actor.userId,
        // A new frequency counts from today when there has been no contact yet.
        sameFrequency ? k.upkeepStartedOn : today,
      );
      if (!ok) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT_KEY_FIGURE, objectId: id });
    },
    async () => {
      const now = await findKeyFigure(ctx.db, id);
      return now ? keyFigureJson(now, today) : null;
    },
  );
  return done.ok ? { ok: true, version: input.version + 1 } : done;
}

/** Attaches the signed agreement (checked by content like a signal's attachment); replaces an earlier one. */
export async function uploadAgreement(
  ctx: Ctx,
  id: string,
  input: { fileName: string; contentBase64: string; version: number },
): Promise<Result<{ version: number }>> {
  const k = await visibleKeyFigure(ctx, id);
  if (!k) return logDenied(ctx, OBJECT_KEY_FIGURE, id);
  const today = todayOf(ctx.now);
  if (k.version !== input.version) return conflict(keyFigureJson(k, today));
  const checked = await checkAttachment(input, 'file');
  if (!checked.ok) return invalid([checked.error]);
  const f = checked.file;
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await bumpVersion(q, id, input.version, ctx.now, ctx.actor.userId))) throw new Stale();
      await saveDocument(
        q,
        id,
        { fileName: f.fileName, mediaType: f.mediaType, content: f.content, sha256: f.sha256 },
        ctx.now,
        ctx.actor.userId,
      );
      await ctx.audit(q, { action: 'update', objectType: 'sleutelfiguur_afspraak', objectId: id });
    },
    async () => {
      const now = await findKeyFigure(ctx.db, id);
      return now ? keyFigureJson(now, today) : null;
    },
  );
  return done.ok ? { ok: true, version: input.version + 1 } : done;
}

/** The agreement document, for download; the read is logged. */
export async function readAgreement(ctx: Ctx, id: string): Promise<Result<{ file: KeyFigureDocument }>> {
  const k = await visibleKeyFigure(ctx, id);
  const file = k ? await findDocument(ctx.db, id) : null;
  if (!k || !file) return logDenied(ctx, 'sleutelfiguur_afspraak', id);
  await ctx.audit(ctx.db, { action: 'read', objectType: 'sleutelfiguur_afspraak', objectId: id });
  return { ok: true, file };
}
