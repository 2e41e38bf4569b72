import type { Database } from '../../db/database.js';
import { bumpSignalVersion, insertEvent, insertFeedback } from '../../db/meldingen.js';
import type { Actor } from '../../domain/access/roles.js';
import { clean } from '../../domain/melding/intake.js';
import { type AuditFn, invalid, type Result } from './results.js';
import { actorRef, auditSignalChange, loadForWork, StaleVersion, versioned } from './signal-work.js';

/**
 * Feedback (terugkoppeling) the meldpunt chooses to give: shown to the reporter on the status page and
 * to a partner in their own submission. Written for the reporter: no names, no case content.
 */
export async function sendFeedback(
  db: Database,
  actor: Actor,
  now: Date,
  id: string,
  input: { message: string; version: number },
  audit: AuditFn,
): Promise<Result<{ version: number }>> {
  const message = clean(input.message);
  if (!message) {
    return invalid([{ field: 'message', nl: 'Schrijf de terugkoppeling.', en: 'Write the feedback.' }]);
  }
  const loaded = await loadForWork(db, actor, id, input.version);
  if (!loaded.ok) return loaded;
  const done = await versioned(() =>
    db.tx(async (q) => {
      if (!(await bumpSignalVersion(q, id, input.version))) throw new StaleVersion();
      const feedbackId = await insertFeedback(q, { signalId: id, message, at: now, userId: actor.userId });
      await insertEvent(q, {
        signalId: id,
        at: now,
        actor: actorRef(actor),
        kind: 'terugkoppeling',
        data: { feedbackId },
        note: message,
      });
      await auditSignalChange(q, audit, {
        action: 'feedback',
        objectType: 'signal',
        objectId: id,
        signalId: id,
      });
    }),
  );
  return done.ok ? { ok: true, version: input.version + 1 } : done;
}
