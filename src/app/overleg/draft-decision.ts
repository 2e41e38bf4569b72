import {
  deleteDecisionDraft,
  insertDecisionDraft,
  updateDecisionDraft,
} from '../../db/overleggen/decisions.js';
import { isClosed, mayDraftDecision } from '../../domain/overleg/access.js';
import { type DecisionDraft, normaliseDraft } from '../../domain/overleg/decisions.js';
import { closedMeeting } from './change-meeting.js';
import { currentItem, loadVisibleItem } from './item-access.js';
import { type Ctx, fieldError, forbidden, inTx, invalid, notFound, type Result, Stale } from './results.js';
import { viewer } from './scope.js';

const alreadyRecorded = fieldError(
  'version',
  'Het besluit is al vastgesteld en kan niet meer worden gewijzigd.',
  'The decision has been recorded and can no longer be changed.',
);

async function loadForDecision(ctx: Ctx, itemId: string) {
  const loaded = await loadVisibleItem(ctx, itemId);
  if (!loaded.ok) return loaded;
  if (loaded.view !== 'full') return forbidden;
  if (isClosed(loaded.scope.facts)) return closedMeeting;
  if (!mayDraftDecision(viewer(ctx.actor), loaded.scope.facts)) return forbidden;
  if (loaded.item.decision?.status === 'vastgesteld') return alreadyRecorded;
  return loaded;
}

/**
 * Saves the decision draft of an item: any field may still be empty. The first save passes no version
 * (null); every next save the version last read, so a second person's save never overwrites the first.
 */
export async function saveDecisionDraft(
  ctx: Ctx,
  itemId: string,
  input: DecisionDraft & { version: number | null },
): Promise<Result<object>> {
  const loaded = await loadForDecision(ctx, itemId);
  if (!loaded.ok) return loaded;
  const { scope, item } = loaded;
  const { version, ...draft } = input;
  const n = normaliseDraft(scope.meeting.type, draft);
  if (!n.ok) return invalid(n.errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const saved =
        version === null
          ? await insertDecisionDraft(q, {
              itemId,
              meetingId: scope.meeting.id,
              tenantId: scope.meeting.tenantId,
              kind: scope.meeting.type,
              payload: n.draft,
              at: ctx.now,
              by: ctx.actor.userId,
            })
          : item.decision !== null &&
            (await updateDecisionDraft(q, item.decision.id, version, {
              payload: n.draft,
              at: ctx.now,
              by: ctx.actor.userId,
            }));
      if (!saved) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: 'overleg_besluit', objectId: itemId });
    },
    () => currentItem(ctx, itemId),
  );
  return done.ok ? { ok: true } : done;
}

/** Removes a draft that should not be recorded (for example an item that was postponed). */
export async function discardDecisionDraft(
  ctx: Ctx,
  itemId: string,
  version: number,
): Promise<Result<object>> {
  const loaded = await loadForDecision(ctx, itemId);
  if (!loaded.ok) return loaded;
  const decision = loaded.item.decision;
  if (!decision) return notFound;
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await deleteDecisionDraft(q, decision.id, version))) throw new Stale();
      await ctx.audit(q, { action: 'delete', objectType: 'overleg_besluit', objectId: itemId });
    },
    () => currentItem(ctx, itemId),
  );
  return done.ok ? { ok: true } : done;
}
