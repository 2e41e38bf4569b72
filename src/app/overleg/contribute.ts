import {
  findContribution,
  insertContribution,
  listContributions,
  updateContribution,
} from '../../db/overleggen/contributions.js';
import { findLegalBasis } from '../../db/overleggen/settings.js';
import {
  isClosed,
  mayContribute,
  mayEditContribution,
  visibleContributions,
} from '../../domain/overleg/access.js';
import { clean } from '../../domain/overleg/types.js';
import { closedMeeting } from './change-meeting.js';
import { loadVisibleItem } from './item-access.js';
import {
  type Ctx,
  type Failure,
  forbidden,
  inTx,
  invalid,
  logDenied,
  type Result,
  Stale,
} from './results.js';
import { itemFacts, loadItemScope, viewer } from './scope.js';
import { contributionView } from './views.js';

export interface ContributionInput {
  readonly text: string;
  readonly legalBasisId: string;
}

async function checkInput(ctx: Ctx, input: Partial<ContributionInput>): Promise<Failure | null> {
  const errors = [];
  if (input.text !== undefined && !clean(input.text))
    errors.push({
      field: 'text',
      nl: 'Schrijf de bijdrage.',
      en: 'Write the contribution.',
    });
  if (
    input.legalBasisId !== undefined &&
    !(await findLegalBasis(ctx.db, input.legalBasisId, ctx.actor.tenantId))
  ) {
    errors.push({
      field: 'legalBasisId',
      nl: 'Kies een grondslag uit de lijst.',
      en: 'Choose a legal basis from the list.',
    });
  }
  return errors.length > 0 ? invalid(errors) : null;
}

/** Adds what the actor's organisation knows about the item, with the legal basis on which it is shared. */
export async function addContribution(
  ctx: Ctx,
  itemId: string,
  input: ContributionInput,
): Promise<Result<{ id: string }>> {
  const loaded = await loadVisibleItem(ctx, itemId);
  if (!loaded.ok) return loaded;
  const { scope, item } = loaded;
  if (isClosed(scope.facts)) return closedMeeting;
  if (!mayContribute(viewer(ctx.actor), scope.facts, itemFacts(item), ctx.now, scope.windowDays))
    return forbidden;
  const bad = await checkInput(ctx, input);
  if (bad) return bad;
  const id = await ctx.db.tx(async (q) => {
    const id = await insertContribution(q, {
      itemId,
      meetingId: scope.meeting.id,
      tenantId: scope.meeting.tenantId,
      organisationId: ctx.actor.organisationId,
      authorUserId: ctx.actor.userId,
      authorName: ctx.actor.displayName,
      legalBasisId: input.legalBasisId,
      text: clean(input.text) as string,
      at: ctx.now,
    });
    await ctx.audit(q, {
      action: 'create',
      objectType: 'overleg_bijdrage',
      objectId: id,
      personId: item.persons[0]?.id ?? null,
    });
    return id;
  });
  return { ok: true, id };
}

/** The contribution as the actor sees it now (for a conflict), or null when it is not theirs to see. */
async function currentContribution(ctx: Ctx, id: string): Promise<unknown> {
  const c = await findContribution(ctx.db, id);
  const found = c ? await loadItemScope(ctx.db, c.itemId) : null;
  if (!c || !found) return null;
  return contributionView(viewer(ctx.actor), found.scope, found.item, c, ctx.now);
}

/** Corrects a contribution of the actor's own organisation, under the version last read. */
export async function changeContribution(
  ctx: Ctx,
  id: string,
  input: Partial<ContributionInput> & { version: number },
): Promise<Result<object>> {
  const c = await findContribution(ctx.db, id);
  if (!c) return logDenied(ctx, 'overleg_bijdrage', id);
  const loaded = await loadVisibleItem(ctx, c.itemId);
  if (!loaded.ok) return logDenied(ctx, 'overleg_bijdrage', id);
  const { scope, item, view } = loaded;
  const v = viewer(ctx.actor);
  const all = await listContributions(ctx.db, [c.itemId]);
  if (!visibleContributions(v, view, all).some((x) => x.id === id))
    return logDenied(ctx, 'overleg_bijdrage', id);
  if (isClosed(scope.facts)) return closedMeeting;
  if (!mayEditContribution(v, scope.facts, itemFacts(item), c, ctx.now, scope.windowDays)) return forbidden;
  const bad = await checkInput(ctx, input);
  if (bad) return bad;
  const done = await inTx(
    ctx,
    async (q) => {
      const ok = await updateContribution(q, id, input.version, {
        text: input.text !== undefined ? (clean(input.text) as string) : c.text,
        legalBasisId: input.legalBasisId ?? c.legalBasisId,
        at: ctx.now,
        by: ctx.actor.userId,
      });
      if (!ok) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: 'overleg_bijdrage', objectId: id });
    },
    () => currentContribution(ctx, id),
  );
  return done.ok ? { ok: true } : done;
}
