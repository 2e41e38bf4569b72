import type { Database } from '../../db/database.js';
import { insertStatusEvent, updateSignalState } from '../../db/meldingen.js';
import type { Actor } from '../../domain/access/roles.js';
import { type TransitionCommand, transition } from '../../domain/melding/status.js';
import { type AuditFn, invalid, type Result } from './results.js';
import { actorRef, auditSignalChange, loadForWork, StaleVersion, versioned } from './signal-work.js';

/** Moves a signal to another status (state machine in the domain), recording who, when and why. */
export async function changeSignalStatus(
  db: Database,
  actor: Actor,
  now: Date,
  id: string,
  command: TransitionCommand & { version: number },
  audit: AuditFn,
): Promise<Result<{ version: number }>> {
  const loaded = await loadForWork(db, actor, id, command.version);
  if (!loaded.ok) return loaded;
  const head = loaded.head;
  const r = transition(head, command, actorRef(actor), now);
  if (!r.ok) {
    return r.reason === 'not_allowed'
      ? { ok: false, kind: 'not_allowed', from: head.status, to: command.to, allowed: r.allowed }
      : invalid(r.errors);
  }
  const done = await versioned(() =>
    db.tx(async (q) => {
      if (!(await updateSignalState(q, id, command.version, r.state))) throw new StaleVersion();
      await insertStatusEvent(q, id, r.event);
      await auditSignalChange(q, audit, {
        action: 'status_change',
        objectType: 'signal',
        objectId: id,
        signalId: id,
      });
    }),
  );
  return done.ok ? { ok: true, version: command.version + 1 } : done;
}
