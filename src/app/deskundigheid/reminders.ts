import type { Database } from '../../db/database.js';
import { reminderCandidates } from '../../db/deskundigheid-coverage.js';
import { queueMail } from '../../db/overleggen/outbox.js';
import { reminderDue, reminderMail } from '../../domain/deskundigheid/reminders.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';

/**
 * Queues today's training reminders (src/domain/deskundigheid/reminders.ts) into the meetings' outbox (kind
 * 'herinnering'): to the person's account when they have one, else to their work address; only people still
 * in their target group with an address. Marks them reminded (training_person.last_reminded_on) in the same
 * transaction; the dedupe key (person and period) keeps a repeated run from sending twice.
 */
export async function queueTrainingReminders(db: Database, now: Date): Promise<number> {
  const today = amsterdamDate(now);
  const candidates = await reminderCandidates(db);
  const due = candidates.flatMap((p) => {
    const d = reminderDue(p.required_level, p.completed ?? [], today, p.last_reminded_on);
    return d ? [{ person: p, due: d }] : [];
  });
  if (due.length === 0) return 0;
  return db.tx(async (q) => {
    let queued = 0;
    for (const { person, due: d } of due) {
      const mail = reminderMail(d.status, person.municipality);
      const added = await queueMail(q, {
        tenantId: person.tenant_id,
        kind: 'herinnering',
        recipientUserId: person.user_id,
        recipientEmail: person.email,
        subject: mail.subject,
        body: mail.text,
        dedupeKey: `deskundigheid:${person.id}:${d.periodStart}`,
        at: now,
      });
      await q.query('UPDATE training_person SET last_reminded_on = $2 WHERE id = $1', [person.id, today]);
      if (added) queued += 1;
    }
    return queued;
  });
}
