import type { Database } from '../../db/database.js';
import { insertEvent, updateSignalCategory } from '../../db/meldingen.js';
import { findCategory } from '../../db/meldpunt-settings.js';
import type { Actor } from '../../domain/access/roles.js';
import { type AuditFn, invalid, type Result } from './results.js';
import { actorRef, auditSignalChange, loadForWork, StaleVersion, versioned } from './signal-work.js';

/** Staff set (or clear) the phenomenon category; the reporter never does. */
export async function categoriseSignal(
  db: Database,
  actor: Actor,
  now: Date,
  id: string,
  input: { categoryId: string | null; version: number },
  audit: AuditFn,
): Promise<Result<{ version: number }>> {
  const loaded = await loadForWork(db, actor, id, input.version);
  if (!loaded.ok) return loaded;
  const head = loaded.head;
  let label: string | null = null;
  if (input.categoryId) {
    const c = await findCategory(db, head.tenantId, input.categoryId);
    if (!c || (!c.active && c.id !== head.categoryId)) {
      return invalid([
        {
          field: 'categoryId',
          nl: 'Kies een fenomeen uit de lijst van uw gemeente.',
          en: "Choose a phenomenon from your municipality's list.",
        },
      ]);
    }
    label = c.labelNl;
  }
  const done = await versioned(() =>
    db.tx(async (q) => {
      if (!(await updateSignalCategory(q, id, input.version, input.categoryId))) throw new StaleVersion();
      await insertEvent(q, {
        signalId: id,
        at: now,
        actor: actorRef(actor),
        kind: 'categorie',
        data: { from: head.categoryId, to: input.categoryId, label },
      });
      await auditSignalChange(q, audit, {
        action: 'categorise',
        objectType: 'signal',
        objectId: id,
        signalId: id,
      });
    }),
  );
  return done.ok ? { ok: true, version: input.version + 1 } : done;
}
