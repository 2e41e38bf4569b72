import { listActionsOfMeeting } from '../../db/overleggen/actions.js';
import { countContributions } from '../../db/overleggen/contributions.js';
import { deleteItem, updateItem } from '../../db/overleggen/items.js';
import { isClosed } from '../../domain/overleg/access.js';
import { signalStepOnRemoval } from '../../domain/overleg/agenda.js';
import { clean } from '../../domain/overleg/types.js';
import { closedMeeting, currentMeeting } from './change-meeting.js';
import { currentItem, loadEditableItem } from './item-access.js';
import { type Ctx, fieldError, inTx, type Result, Stale } from './results.js';
import { moveSignal } from './signal-steps.js';
import { signalStepNote } from './texts.js';

export interface ItemChangeInput {
  readonly version: number;
  readonly title?: string | undefined;
  readonly notes?: string | null | undefined;
  readonly minutesText?: string | null | undefined;
  readonly position?: number | undefined;
}

/** Changes the title, the notes (toelichting), the minutes text or the place on the agenda. */
export async function changeItem(ctx: Ctx, itemId: string, input: ItemChangeInput): Promise<Result<object>> {
  const loaded = await loadEditableItem(ctx, itemId, true);
  if (!loaded.ok) return loaded;
  if (isClosed(loaded.scope.facts)) return closedMeeting;
  const i = loaded.item;
  const change = {
    title: input.title !== undefined ? (clean(input.title) ?? i.title) : i.title,
    notes: input.notes !== undefined ? clean(input.notes) : i.notes,
    minutesText: input.minutesText !== undefined ? clean(input.minutesText) : i.minutesText,
    position: input.position ?? i.position,
  };
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await updateItem(q, itemId, input.version, change))) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: 'overleg_item', objectId: itemId });
    },
    () => currentItem(ctx, itemId),
  );
  return done.ok ? { ok: true } : done;
}

/**
 * Takes an item off the agenda while nothing has been said or decided on it; a triage signal goes back to
 * the meldpunt (in behandeling).
 */
export async function removeItem(ctx: Ctx, itemId: string, version: number): Promise<Result<object>> {
  const loaded = await loadEditableItem(ctx, itemId, false);
  if (!loaded.ok) return loaded;
  const { scope, item } = loaded;
  if (isClosed(scope.facts)) return closedMeeting;
  if (item.decision?.status === 'vastgesteld') {
    return fieldError(
      'version',
      'Over dit agendapunt is al besloten.',
      'A decision has been recorded on this item.',
    );
  }
  const actions = await listActionsOfMeeting(ctx.db, scope.meeting.id);
  if ((await countContributions(ctx.db, itemId)) > 0 || actions.some((a) => a.itemId === itemId)) {
    return fieldError(
      'version',
      'Bij dit agendapunt zijn al bijdragen of acties vastgelegd; het kan niet meer van de agenda.',
      'Contributions or actions have been recorded on this item; it can no longer be removed.',
    );
  }
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await deleteItem(q, itemId, version))) throw new Stale();
      if (item.signalId && item.signalStatus) {
        const step = signalStepOnRemoval(
          scope.meeting.type,
          item.signalStatus,
          signalStepNote('removed', scope.meeting),
        );
        if (step) await moveSignal(q, ctx, item.signalId, [step]);
      }
      await ctx.audit(q, { action: 'delete', objectType: 'overleg_item', objectId: itemId });
    },
    async () => (await currentItem(ctx, itemId)) ?? (await currentMeeting(ctx, scope.meeting.id)),
  );
  return done.ok ? { ok: true } : done;
}
