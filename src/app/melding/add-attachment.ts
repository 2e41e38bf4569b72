import type { Database } from '../../db/database.js';
import { bumpSignalVersion, insertAttachment, insertEvent } from '../../db/meldingen.js';
import type { Actor } from '../../domain/access/roles.js';
import { type AttachmentUpload, checkAttachment } from './check-attachment.js';
import { type AuditFn, invalid, type Result } from './results.js';
import { actorRef, auditSignalChange, loadForWork, StaleVersion, versioned } from './signal-work.js';

/** Staff add a document to a signal later (a police message, a letter from school). */
export async function addAttachment(
  db: Database,
  actor: Actor,
  now: Date,
  id: string,
  input: AttachmentUpload & { version: number },
  audit: AuditFn,
): Promise<Result<{ version: number; attachmentId: string }>> {
  const loaded = await loadForWork(db, actor, id, input.version);
  if (!loaded.ok) return loaded;
  const checked = await checkAttachment(input, 'file');
  if (!checked.ok) return invalid([checked.error]);
  const f = checked.file;
  const done = await versioned(() =>
    db.tx(async (q) => {
      if (!(await bumpSignalVersion(q, id, input.version))) throw new StaleVersion();
      const attachmentId = await insertAttachment(q, {
        signalId: id,
        fileName: f.fileName,
        mediaType: f.mediaType,
        content: f.content,
        sha256: f.sha256,
        at: now,
        userId: actor.userId,
      });
      await insertEvent(q, {
        signalId: id,
        at: now,
        actor: actorRef(actor),
        kind: 'bijlage',
        data: { attachmentId, fileName: f.fileName, mediaType: f.mediaType, sizeBytes: f.content.byteLength },
      });
      await auditSignalChange(q, audit, {
        action: 'create',
        objectType: 'attachment',
        objectId: attachmentId,
        signalId: id,
      });
      return attachmentId;
    }),
  );
  return done.ok ? { ok: true, version: input.version + 1, attachmentId: done.value } : done;
}
