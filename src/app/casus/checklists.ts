import { findChecklistItem, listChecklists, updateChecklistItem } from '../../db/casus-checklists.js';
import { checkItemUpdate } from '../../domain/casus/checklists.js';
import type { ChecklistItemStatus } from '../../domain/casus/types.js';
import { type Ctx, invalid, notFound, type Result } from '../overleg/results.js';
import { auditCase, loadCase, loadForRegie } from './load.js';
import { changeCasePart, closedCase, savedAfter } from './versioned-change.js';
import { checklistView } from './views.js';

/** The situation checklists of a case: read by all who see the case, ticked off by the regie. */

export async function readChecklists(ctx: Ctx, id: string) {
  const c = await loadCase(ctx, id);
  if (!c.ok) return c;
  await auditCase(ctx, ctx.db, c, 'read');
  const lists = await listChecklists(ctx.db, id);
  return { ok: true as const, checklists: lists.map((l) => checklistView(l, ctx.now)) };
}

export async function changeChecklistItem(
  ctx: Ctx,
  id: string,
  itemId: string,
  input: { version: number; status: ChecklistItemStatus; note: string },
): Promise<Result<{ version: number }>> {
  const c = await loadForRegie(ctx, id);
  if (!c.ok) return c;
  const item = await findChecklistItem(ctx.db, itemId);
  if (!item || item.casusId !== id) return notFound;
  if (c.dossier.phase === 'afgesloten') return closedCase('checklist');
  const note = input.note.trim();
  const errors = checkItemUpdate(input.status, note, item.required ? item.reason : null);
  if (errors.length > 0) return invalid(errors);
  const done = await changeCasePart(ctx, c, {
    action: 'update',
    write: (q) =>
      updateChecklistItem(q, itemId, input.version, input.status, note, ctx.now, ctx.actor.userId),
    event: () => ({
      kind: 'checklistpunt_gewijzigd',
      from: item.status,
      to: input.status,
      reason: `${item.kind}: ${item.code}`,
      subjectId: itemId,
    }),
    current: async () => {
      const lists = await listChecklists(ctx.db, id);
      const list = lists.find((l) => l.id === item.checklistId);
      return list ? checklistView(list, ctx.now).items.find((i) => i.id === itemId) : null;
    },
  });
  return savedAfter(input.version, done);
}
