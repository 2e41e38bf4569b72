import {
  findOwnChecklistItem,
  insertOwnChecklistItem,
  listOwnChecklistItems,
  type OwnChecklistItemWrite,
  updateOwnChecklistItem,
} from '../../db/casus-checklist-templates.js';
import {
  DEFAULT_OWN_SORT,
  factsheetSortOf,
  mergeChecklistItems,
  validateTemplateItem,
} from '../../domain/casus/checklist-templates.js';
import { type CaseDateAnchor, CHECKLISTS, type ChecklistKind } from '../../domain/casus/checklists.js';
import {
  type Ctx,
  fieldError,
  inTx,
  invalid,
  notFound,
  Refused,
  type Result,
  Stale,
} from '../overleg/results.js';

/**
 * The situation checklists as the municipality has made them its own (beheer, like the measure catalogue).
 * These are templates without personal data; changes are logged all the same, as beheer actions.
 */

const OBJECT_TYPE = 'checklistsjabloon';

/** Every checklist with its merged items; beheer also sees the items switched off. */
export async function readChecklistTemplates(ctx: Ctx) {
  const own = await listOwnChecklistItems(ctx.db, ctx.actor.tenantId);
  const all = ctx.actor.role === 'functioneel_beheerder';
  return CHECKLISTS.map((c) => ({
    kind: c.kind,
    label: { nl: c.nl, en: c.en },
    items: mergeChecklistItems(c.kind, own)
      .filter((m) => all || m.active)
      .map((m) => ({
        id: m.ownId,
        code: m.code,
        text: { nl: m.nl, en: m.en },
        due: m.due ? { anchor: m.due.anchor, months: m.due.months ?? 0, days: m.due.days ?? 0 } : null,
        sort: m.sort,
        origin: m.origin,
        active: m.active,
        version: m.version,
      })),
  }));
}

export interface TemplateItemFields {
  readonly nl: string;
  readonly en: string;
  readonly due: { readonly anchor: CaseDateAnchor; readonly months?: number; readonly days?: number } | null;
  readonly sort?: number | null;
  readonly active?: boolean;
}

function toWrite(kind: ChecklistKind, code: string, f: TemplateItemFields): OwnChecklistItemWrite {
  return {
    nl: f.nl.trim(),
    en: f.en.trim(),
    dueAnchor: f.due?.anchor ?? null,
    dueMonths: f.due?.months ?? 0,
    dueDays: f.due?.days ?? 0,
    sort: f.sort ?? factsheetSortOf(kind, code) ?? DEFAULT_OWN_SORT,
    active: f.active ?? true,
  };
}

/** Beheer adds an own item; with the code of a factsheet item it replaces that one (active: false: off). */
export async function addChecklistTemplateItem(
  ctx: Ctx,
  input: TemplateItemFields & { readonly kind: ChecklistKind; readonly code: string },
): Promise<Result<{ id: string }>> {
  const errors = validateTemplateItem({ ...input, sort: input.sort ?? null });
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const id = await insertOwnChecklistItem(
        q,
        ctx.actor.tenantId,
        input.kind,
        input.code,
        toWrite(input.kind, input.code, input),
        ctx.now,
        ctx.actor.userId,
      );
      if (!id) {
        throw new Refused(
          fieldError(
            'code',
            'De gemeente heeft in deze checklist al een eigen punt met deze code.',
            'The municipality already has an own item with this code in this checklist.',
          ),
        );
      }
      await ctx.audit(q, { action: 'create', objectType: OBJECT_TYPE, objectId: id });
      return id;
    },
    async () => null,
  );
  return done.ok ? { ok: true, id: done.value } : done;
}

/** Beheer changes an own item at the version it read; a stale version is a conflict, never an overwrite. */
export async function changeChecklistTemplateItem(
  ctx: Ctx,
  id: string,
  input: TemplateItemFields & { readonly version: number },
): Promise<Result<{ version: number }>> {
  const item = await findOwnChecklistItem(ctx.db, ctx.actor.tenantId, id);
  if (!item) return notFound;
  const errors = validateTemplateItem({
    ...input,
    kind: item.kind,
    code: item.code,
    sort: input.sort ?? null,
  });
  if (errors.length > 0) return invalid(errors);
  const write = toWrite(item.kind, item.code, {
    ...input,
    sort: input.sort ?? item.sort,
    active: input.active ?? item.active,
  });
  const done = await inTx(
    ctx,
    async (q) => {
      if (
        !(await updateOwnChecklistItem(
          q,
          ctx.actor.tenantId,
          id,
          input.version,
          write,
          ctx.now,
          ctx.actor.userId,
        ))
      ) {
        throw new Stale();
      }
      await ctx.audit(q, { action: 'update', objectType: OBJECT_TYPE, objectId: id });
    },
    async () => findOwnChecklistItem(ctx.db, ctx.actor.tenantId, id),
  );
  return done.ok ? { ok: true, version: input.version + 1 } : done;
}
