import { listActionsOfMeeting } from '../../db/overleggen/actions.js';
import { listContributions } from '../../db/overleggen/contributions.js';
import type { ItemRecord } from '../../db/overleggen/items.js';
import { type ItemView, isChair, mayManageMeeting } from '../../domain/overleg/access.js';
import { type Ctx, type Failure, forbidden, logDenied } from './results.js';
import { itemView, loadItemScope, type MeetingScope, viewer } from './scope.js';
import { itemDetail } from './views.js';

export interface LoadedItem {
  readonly ok: true;
  readonly scope: MeetingScope;
  readonly item: ItemRecord;
  readonly view: ItemView;
}

/** The item, when the actor may see it (else a logged refusal, answered 404). */
export async function loadVisibleItem(ctx: Ctx, itemId: string): Promise<LoadedItem | Failure> {
  const found = await loadItemScope(ctx.db, itemId);
  const view = found ? itemView(viewer(ctx.actor), found.scope, found.item, ctx.now) : null;
  if (!found || !view) return logDenied(ctx, 'overleg_item', itemId);
  return { ok: true, scope: found.scope, item: found.item, view };
}

/** The item, when the actor may see it fully and edit the agenda (organiser or chair). */
export async function loadEditableItem(
  ctx: Ctx,
  itemId: string,
  chairToo: boolean,
): Promise<LoadedItem | Failure> {
  const loaded = await loadVisibleItem(ctx, itemId);
  if (!loaded.ok) return loaded;
  const v = viewer(ctx.actor);
  const allowed = mayManageMeeting(v, loaded.scope.facts) || (chairToo && isChair(v, loaded.scope.facts));
  if (loaded.view !== 'full' || !allowed) return forbidden;
  return loaded;
}

/** What the actor now sees of the item: sent along with a conflict. */
export async function currentItem(ctx: Ctx, itemId: string): Promise<unknown> {
  const found = await loadItemScope(ctx.db, itemId);
  if (!found) return null;
  const v = viewer(ctx.actor);
  const view = itemView(v, found.scope, found.item, ctx.now);
  if (!view) return null;
  const [contributions, actions] = await Promise.all([
    listContributions(ctx.db, [itemId]),
    listActionsOfMeeting(ctx.db, found.scope.meeting.id),
  ]);
  return itemDetail(
    v,
    found.scope,
    found.item,
    view,
    contributions,
    actions.filter((a) => a.itemId === itemId),
    ctx.now,
  );
}
