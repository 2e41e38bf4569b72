import type { Database } from '../../db/database.js';
import {
  bumpSignalVersion,
  findSignal,
  insertAnnotation,
  insertEvent,
  setAssumptionState,
} from '../../db/meldingen.js';
import type { Actor } from '../../domain/access/roles.js';
import {
  type AnnotationDraft,
  assumptionStateAfter,
  validateAnnotation,
} from '../../domain/melding/annotations.js';
import { type AuditFn, invalid, notFound, type Result } from './results.js';
import { actorRef, auditSignalChange, loadForWork, StaleVersion, versioned } from './signal-work.js';

/** A later annotation that confirms or refutes an assumption, or adds to the signal; kept in full. */
export async function annotateSignal(
  db: Database,
  actor: Actor,
  now: Date,
  id: string,
  input: AnnotationDraft & { version: number },
  audit: AuditFn,
): Promise<Result<{ version: number; annotationId: string }>> {
  const loaded = await loadForWork(db, actor, id, input.version);
  if (!loaded.ok) return loaded;
  const signal = await findSignal(db, id);
  if (!signal) return notFound;
  const errors = validateAnnotation(
    input,
    signal.assumptions.map((a) => a.id),
  );
  if (errors.length > 0) return invalid(errors);
  const text = input.text.trim();
  const assumptionId = input.assumptionId ?? null;
  const done = await versioned(() =>
    db.tx(async (q) => {
      if (!(await bumpSignalVersion(q, id, input.version))) throw new StaleVersion();
      const annotationId = await insertAnnotation(q, {
        signalId: id,
        assumptionId,
        effect: input.effect,
        text,
        at: now,
        actor: { userId: actor.userId, name: actor.displayName },
      });
      const state = assumptionStateAfter(input.effect);
      if (state && assumptionId) await setAssumptionState(q, id, assumptionId, state);
      await insertEvent(q, {
        signalId: id,
        at: now,
        actor: actorRef(actor),
        kind: 'annotatie',
        data: { annotationId, assumptionId, effect: input.effect },
        note: text,
      });
      await auditSignalChange(q, audit, {
        action: 'annotate',
        objectType: 'signal',
        objectId: id,
        signalId: id,
      });
      return annotationId;
    }),
  );
  return done.ok ? { ok: true, version: input.version + 1, annotationId: done.value } : done;
}
