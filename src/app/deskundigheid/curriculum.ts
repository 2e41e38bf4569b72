import type {
  DeskundigheidLookups,
  TargetGroup,
  TargetGroupCreate,
  TargetGroupListQuery,
  TargetGroupPage,
  TargetGroupUpdate,
} from '../../contract/deskundigheid-curriculum.js';
import {
  activeTargetGroups,
  countTargetGroups,
  findTargetGroup,
  insertTargetGroup,
  listTargetGroups,
  organisationsOfTenant,
  sideKey,
  type TargetGroupRecord,
  updateTargetGroup,
} from '../../db/deskundigheid-curriculum.js';
import { DEFAULT_CURRICULUM } from '../../domain/deskundigheid/curriculum.js';
import type { FieldIssue } from '../../domain/overleg/types.js';
import { decodeCursor, encodeCursor } from '../netwerk/cursor.js';
import {
  type Ctx,
  fieldError,
  inTx,
  invalid,
  logDenied,
  type Result,
  refused,
  Stale,
} from '../overleg/results.js';

/**
 * The curriculum (issue 16): the target groups of the own organisation and of the partner organisations, each
 * with the level it needs. A municipality without one takes over the default curriculum once and then edits
 * it. Organisation data: writes and reads of one target group are logged, as other organisation data is.
 */

export const OBJECT_TARGET_GROUP = 'deskundigheid_doelgroep';
/** The most target groups the forms offer (a curriculum is a short list). */
const MAX_CHOICES = 200;

export const targetGroupJson = (g: TargetGroupRecord): TargetGroup => ({
  id: g.id,
  side: g.side,
  name: g.name,
  description: g.description,
  requiredLevel: g.requiredLevel,
  active: g.active,
  updatedAt: g.updatedAt.toISOString(),
  updatedBy: g.updatedByName,
  version: g.version,
});

/** The target group of the actor's tenant, or null (another tenant's is never revealed). */
async function ownTargetGroup(ctx: Ctx, id: string): Promise<TargetGroupRecord | null> {
  const g = await findTargetGroup(ctx.db, id);
  return g && g.tenantId === ctx.actor.tenantId ? g : null;
}

export async function listCurriculum(
  ctx: Ctx,
  query: TargetGroupListQuery,
): Promise<Result<TargetGroupPage>> {
  const limit = query.limit ?? 50;
  const after = query.cursor ? decodeCursor(query.cursor, ['side', 'name', 'id']) : undefined;
  if (after === null || (after && !['0', '1'].includes(after.side))) {
    return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  }
  const rows = await listTargetGroups(
    ctx.db,
    ctx.actor.tenantId,
    { side: query.zijde, includeInactive: query.inactief ?? false },
    { after, limit: limit + 1 },
  );
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  const empty =
    rows.length === 0 && !after ? (await countTargetGroups(ctx.db, ctx.actor.tenantId)) === 0 : false;
  return {
    ok: true,
    targetGroups: shown.map(targetGroupJson),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ side: sideKey(last.side), name: last.name, id: last.id })
        : null,
    empty,
  };
}

export async function readTargetGroup(ctx: Ctx, id: string): Promise<Result<TargetGroup>> {
  const g = await ownTargetGroup(ctx, id);
  if (!g) return logDenied(ctx, OBJECT_TARGET_GROUP, id);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_TARGET_GROUP, objectId: id });
  return { ok: true, ...targetGroupJson(g) };
}

function checkTargetGroup(input: TargetGroupCreate): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!input.name.trim()) {
    errors.push({
      field: 'name',
      nl: 'Vul de naam van de doelgroep in.',
      en: 'Enter the name of the target group.',
    });
  }
  return errors;
}

const NAME_TAKEN = {
  field: 'name',
  nl: 'Er is al een doelgroep met deze naam.',
  en: 'There already is a target group with this name.',
};

const valuesOf = (input: TargetGroupCreate) => ({
  side: input.side,
  name: input.name.trim(),
  description: input.description.trim(),
  requiredLevel: input.requiredLevel,
});

export async function createTargetGroup(ctx: Ctx, input: TargetGroupCreate): Promise<Result<{ id: string }>> {
  const errors = checkTargetGroup(input);
  if (errors.length > 0) return invalid(errors);
  const id = await ctx.db.tx(async (q) => {
    const added = await insertTargetGroup(q, ctx.actor.tenantId, valuesOf(input), ctx.now, ctx.actor.userId);
    if (added) await ctx.audit(q, { action: 'create', objectType: OBJECT_TARGET_GROUP, objectId: added });
    return added;
  });
  if (!id) return invalid([NAME_TAKEN]);
  return { ok: true, id };
}

/** Saves at the version read (also switching it off or on); a stale version is a conflict with the saved one. */
export async function changeTargetGroup(
  ctx: Ctx,
  id: string,
  input: TargetGroupUpdate,
): Promise<Result<{ version: number }>> {
  const g = await ownTargetGroup(ctx, id);
  if (!g) return logDenied(ctx, OBJECT_TARGET_GROUP, id);
  const errors = checkTargetGroup(input);
  if (errors.length > 0) return invalid(errors);
  let taken = false;
  const done = await inTx(
    ctx,
    async (q) => {
      const saved = await updateTargetGroup(
        q,
        id,
        input.version,
        { ...valuesOf(input), active: input.active },
        ctx.now,
        ctx.actor.userId,
      );
      if (saved === 'stale') throw new Stale();
      if (saved === 'taken') {
        taken = true;
        return;
      }
      await ctx.audit(q, { action: 'update', objectType: OBJECT_TARGET_GROUP, objectId: id });
    },
    async () => {
      const now = await findTargetGroup(ctx.db, id);
      return now ? targetGroupJson(now) : null;
    },
  );
  if (!done.ok) return done;
  if (taken) return invalid([NAME_TAKEN]);
  return { ok: true, version: input.version + 1 };
}

/**
 * Takes over the default curriculum (the VAR toolkit's table) for a municipality that has no target group
 * yet; once it has one, it edits its own.
 */
export async function adoptDefaultCurriculum(ctx: Ctx): Promise<Result<{ added: number }>> {
  const added = await ctx.db.tx(async (q) => {
    // One adoption at a time per municipality: a second click waits, then finds the groups there.
    await q.query("SELECT pg_advisory_xact_lock(hashtext('deskundigheid-leerplan:' || $1))", [
      ctx.actor.tenantId,
    ]);
    if ((await countTargetGroups(q, ctx.actor.tenantId)) > 0) return null;
    const ids: string[] = [];
    for (const g of DEFAULT_CURRICULUM) {
      const id = await insertTargetGroup(q, ctx.actor.tenantId, g, ctx.now, ctx.actor.userId);
      if (id) ids.push(id);
    }
    await ctx.audit(
      q,
      ids.map((objectId) => ({ action: 'create', objectType: OBJECT_TARGET_GROUP, objectId })),
    );
    return ids.length;
  });
  if (added === null) {
    return refused({
      code: 'curriculum-exists',
      nl: 'Uw gemeente heeft al een leerplan. Wijzig de doelgroepen of voeg er een toe.',
      en: 'Your municipality already has a curriculum. Change its target groups or add one.',
    });
  }
  return { ok: true, added };
}

/**
 * What the forms choose from. A partner's user gets its own organisation only (src/domain/deskundigheid/
 * access.ts): it sees only its own people.
 */
export async function deskundigheidLookups(ctx: Ctx): Promise<DeskundigheidLookups> {
  const onlyOwn = ctx.actor.organisationKind === 'partner' ? ctx.actor.organisationId : null;
  const [targetGroups, organisations] = await Promise.all([
    activeTargetGroups(ctx.db, ctx.actor.tenantId, MAX_CHOICES),
    organisationsOfTenant(ctx.db, ctx.actor.tenantId, onlyOwn),
  ]);
  return { targetGroups, organisations };
}
