import type { Queryable } from '../../db/database.js';
import { findSignalHead, insertStatusEvent, updateSignalState } from '../../db/meldingen.js';
import type { TransitionCommand } from '../../domain/melding/status.js';
import { applySignalSteps } from '../../domain/overleg/decisions.js';
import { type Ctx, invalid, Refused, Stale } from './results.js';

/**
 * Moves a signal through the meldpunt's own state machine (src/domain/melding/status.ts) inside the
 * caller's transaction, with its history entries and an access-log entry. A step the signal does not allow
 * rolls the whole change back with field errors; a concurrent change of the signal is a conflict.
 */
export async function moveSignal(
  q: Queryable,
  ctx: Ctx,
  signalId: string,
  steps: readonly TransitionCommand[],
): Promise<void> {
  if (steps.length === 0) return;
  const head = await findSignalHead(q, signalId);
  if (!head) {
    throw new Refused(
      invalid([
        { field: 'signalId', nl: 'Dit signaal bestaat niet meer.', en: 'This signal no longer exists.' },
      ]),
    );
  }
  const actor = { userId: ctx.actor.userId, name: ctx.actor.displayName, role: ctx.actor.role };
  const r = applySignalSteps(head, steps, actor, ctx.now);
  if (!r.ok) throw new Refused(invalid(r.errors));
  if (!(await updateSignalState(q, signalId, head.version, r.state))) throw new Stale();
  for (const e of r.events) await insertStatusEvent(q, signalId, e);
  await ctx.audit(q, { action: 'status_change', objectType: 'signal', objectId: signalId });
}
