import type {
  Training,
  TrainingCreate,
  TrainingListQuery,
  TrainingPage,
  TrainingUpdate,
} from '../../contract/deskundigheid-curriculum.js';
import {
  findTraining,
  insertTraining,
  listTrainings,
  type TrainingRecord,
  targetGroupsAmong,
  updateTraining,
} from '../../db/deskundigheid-curriculum.js';
import type { FieldIssue } from '../../domain/overleg/types.js';
import { decodeCursor, encodeCursor } from '../netwerk/cursor.js';
import { type Ctx, fieldError, inTx, invalid, logDenied, type Result, Stale } from '../overleg/results.js';

/**
 * The training catalogue (issue 16): what is on offer, by which provider, in which format and at which level,
 * for which target groups, and how long it stays valid before a refresher. Duiden hosts no courses: a training
 * links to its provider (https only). Organisation data: writes and reads of one training are logged.
 */

export const OBJECT_TRAINING = 'deskundigheid_training';

export const trainingJson = (t: TrainingRecord): Training => ({
  id: t.id,
  provider: t.provider,
  title: t.title,
  format: t.format,
  durationMinutes: t.durationMinutes,
  level: t.level,
  validMonths: t.validMonths,
  url: t.url,
  description: t.description,
  active: t.active,
  recommendedFor: t.recommendedFor,
  updatedAt: t.updatedAt.toISOString(),
  updatedBy: t.updatedByName,
  version: t.version,
});

async function ownTraining(ctx: Ctx, id: string): Promise<TrainingRecord | null> {
  const t = await findTraining(ctx.db, id);
  return t && t.tenantId === ctx.actor.tenantId ? t : null;
}

export async function listCatalogue(ctx: Ctx, query: TrainingListQuery): Promise<Result<TrainingPage>> {
  const limit = query.limit ?? 25;
  const after = query.cursor ? decodeCursor(query.cursor, ['title', 'id']) : undefined;
  if (after === null) return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  const rows = await listTrainings(
    ctx.db,
    ctx.actor.tenantId,
    {
      search: query.zoek,
      level: query.niveau,
      targetGroupId: query.doelgroep,
      includeInactive: query.inactief ?? false,
    },
    { after, limit: limit + 1 },
  );
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    ok: true,
    trainings: shown.map(trainingJson),
    nextCursor: rows.length > limit && last ? encodeCursor({ title: last.title, id: last.id }) : null,
  };
}

export async function readTraining(ctx: Ctx, id: string): Promise<Result<Training>> {
  const t = await ownTraining(ctx, id);
  if (!t) return logDenied(ctx, OBJECT_TRAINING, id);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_TRAINING, objectId: id });
  return { ok: true, ...trainingJson(t) };
}

/** Whether the text is an https address with a host (Duiden links only to providers over a secure line). */
export function isProviderLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname.length > 0 && !u.username && !u.password;
  } catch {
    return false;
  }
}

async function checkTraining(ctx: Ctx, input: TrainingCreate): Promise<FieldIssue[]> {
  const errors: FieldIssue[] = [];
  if (!input.provider.trim()) {
    errors.push({ field: 'provider', nl: 'Vul de aanbieder in.', en: 'Enter the provider.' });
  }
  if (!input.title.trim()) {
    errors.push({
      field: 'title',
      nl: 'Vul de titel van de training in.',
      en: 'Enter the title of the training.',
    });
  }
  const url = input.url.trim();
  if (url && !isProviderLink(url)) {
    errors.push({
      field: 'url',
      nl: 'Vul een webadres in dat begint met https://, of laat het veld leeg.',
      en: 'Enter a web address that starts with https://, or leave the field empty.',
    });
  }
  const wanted = [...new Set(input.recommendedFor)];
  const known = await targetGroupsAmong(ctx.db, ctx.actor.tenantId, wanted);
  if (known.length !== wanted.length) {
    errors.push({
      field: 'recommendedFor',
      nl: 'Kies doelgroepen uit het leerplan van uw gemeente.',
      en: "Choose target groups of your municipality's curriculum.",
    });
  }
  return errors;
}

const valuesOf = (input: TrainingCreate) => ({
  provider: input.provider.trim(),
  title: input.title.trim(),
  format: input.format,
  durationMinutes: input.durationMinutes,
  level: input.level,
  validMonths: input.validMonths,
  url: input.url.trim() || null,
  description: input.description.trim(),
  recommendedFor: [...new Set(input.recommendedFor)],
});

export async function createTraining(ctx: Ctx, input: TrainingCreate): Promise<Result<{ id: string }>> {
  const errors = await checkTraining(ctx, input);
  if (errors.length > 0) return invalid(errors);
  const id = await ctx.db.tx(async (q) => {
    const added = await insertTraining(q, ctx.actor.tenantId, valuesOf(input), ctx.now, ctx.actor.userId);
    await ctx.audit(q, { action: 'create', objectType: OBJECT_TRAINING, objectId: added });
    return added;
  });
  return { ok: true, id };
}

export async function changeTraining(
  ctx: Ctx,
  id: string,
  input: TrainingUpdate,
): Promise<Result<{ version: number }>> {
  const t = await ownTraining(ctx, id);
  if (!t) return logDenied(ctx, OBJECT_TRAINING, id);
  const errors = await checkTraining(ctx, input);
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const saved = await updateTraining(
        q,
        id,
        input.version,
        { ...valuesOf(input), active: input.active },
        ctx.now,
        ctx.actor.userId,
      );
      if (!saved) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT_TRAINING, objectId: id });
    },
    async () => {
      const now = await findTraining(ctx.db, id);
      return now ? trainingJson(now) : null;
    },
  );
  return done.ok ? { ok: true, version: input.version + 1 } : done;
}
