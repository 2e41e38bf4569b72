import type { SoundingCreate, SoundingList } from '../../contract/netwerk-key-figures.js';
import {
  activeKeyFigures,
  contactOwnerCandidates,
  insertSounding,
  insertSoundingTargets,
  listSoundings,
} from '../../db/netwerk-key-figures.js';
import { insertAction } from '../../db/overleggen/actions.js';
import { addDays } from '../../domain/melding/calendar.js';
import {
  KEY_FIGURE_LIMITS,
  soundingActionText,
  soundingOwners,
  validateSounding,
} from '../../domain/netwerk/key-figure.js';
import { type Ctx, invalid, type Result, refused } from '../overleg/results.js';
import { todayOf } from './key-figures.js';

/**
 * "Peiling na een ingrijpende gebeurtenis": one step asks the contact owner of every active key figure to
 * sound out their community, as an action with a due date in their "Mijn acties" (the existing actions,
 * without a meeting). What they heard is not recorded here; only that it was done (the action's status).
 */
export async function startSounding(
  ctx: Ctx,
  input: SoundingCreate,
): Promise<Result<{ id: string; actions: number; keyFigures: number }>> {
  const today = todayOf(ctx.now);
  const errors = validateSounding(input, today, addDays(today, KEY_FIGURE_LIMITS.soundingDueDays));
  if (errors.length > 0) return invalid(errors);
  const tenantId = ctx.actor.tenantId;
  // Only owners who can still open key figures get an action; the others' key figures need a new owner first.
  const allowed = new Set((await contactOwnerCandidates(ctx.db, tenantId)).map((o) => o.id));
  const owners = [...soundingOwners(await activeKeyFigures(ctx.db, tenantId))].filter(([owner]) =>
    allowed.has(owner),
  );
  if (owners.length === 0) {
    return refused({
      code: 'no_active_key_figures',
      nl: 'Er zijn geen actieve sleutelfiguren met een contacteigenaar om te vragen.',
      en: 'There are no active key figures with a contact owner to ask.',
    });
  }
  const event = input.event.trim();
  const id = await ctx.db.tx(async (q) => {
    const id = await insertSounding(q, {
      tenantId,
      event,
      dueOn: input.dueOn,
      at: ctx.now,
      by: ctx.actor.userId,
    });
    for (const [ownerUserId, keyFigureIds] of owners) {
      const actionId = await insertAction(q, {
        tenantId,
        meetingId: null,
        soundingId: id,
        itemId: null,
        description: soundingActionText(event, keyFigureIds.length),
        ownerUserId,
        ownerOrganisationId: null,
        dueOn: input.dueOn,
        createdAt: ctx.now,
        createdBy: ctx.actor.userId,
      });
      await insertSoundingTargets(q, id, actionId, keyFigureIds);
      await ctx.audit(q, { action: 'create', objectType: 'overleg_actie', objectId: actionId });
    }
    await ctx.audit(q, { action: 'create', objectType: 'sleutelfiguur_peiling', objectId: id });
    return id;
  });
  return {
    ok: true,
    id,
    actions: owners.length,
    keyFigures: owners.reduce((n, [, list]) => n + list.length, 0),
  };
}

/** The municipality's peilingen with, per contact owner, whether it was done. Names no key figure. */
export async function readSoundings(ctx: Ctx): Promise<SoundingList> {
  const rows = await listSoundings(ctx.db, ctx.actor.tenantId, 50);
  await ctx.audit(ctx.db, { action: 'read', objectType: 'sleutelfiguur_peilingen', objectId: null });
  return {
    soundings: rows.map((s) => ({
      id: s.id,
      event: s.event,
      dueOn: s.dueOn,
      createdAt: s.createdAt.toISOString(),
      createdBy: s.createdByName,
      owners: s.owners.map((o) => ({
        actionId: o.actionId,
        owner: o.ownerName,
        keyFigureCount: o.keyFigureCount,
        status: o.status,
        completedAt: o.completedAt ? o.completedAt.toISOString() : null,
      })),
    })),
  };
}
