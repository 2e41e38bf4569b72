import type { Database } from '../../db/database.js';
import { queueMail } from '../../db/overleggen/outbox.js';
import type { TrainingLevel } from '../../domain/deskundigheid/curriculum.js';
import { reminderDue, reminderMail } from '../../domain/deskundigheid/reminders.js';
import type { CompletedTraining } from '../../domain/deskundigheid/validity.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';

/**
 * Queues today's training reminders (src/domain/deskundigheid/reminders.ts) into the meetings' outbox (kind
 * 'herinnering'): to the person's account when they have one, else to their work address; only people still
 * in their target group with an address. Marks them reminded (training_person.last_reminded_on) in the same
 * transaction; the dedupe key (person and period) keeps a repeated run from sending twice.
 */
export async function queueTrainingReminders(db: Database, now: Date): Promise<number> {
  const today = amsterdamDate(now);
  const r = await db.query<{
    id: string;
    tenant_id: string;
    municipality: string;
    email: string | null;
    user_id: string | null;
    required_level: TrainingLevel;
    last_reminded_on: string | null;
    completed: CompletedTraining[] | null;
  }>(
    `SELECT p.id, p.tenant_id, o.name AS municipality, p.email, p.user_id, g.required_level,
            p.last_reminded_on::text AS last_reminded_on,
            (SELECT json_agg(json_build_object('heldOn', s.held_on::text, 'level', t.level, 'validMonths', t.valid_months))
               FROM training_attendance a JOIN training_session s ON s.id = a.session_id
               JOIN training t ON t.id = s.training_id
              WHERE a.person_id = p.id AND a.completed AND s.status = 'gehouden') AS completed
       FROM training_person p JOIN training_target_group g ON g.id = p.target_group_id AND g.active
       JOIN organisation o ON o.id = p.tenant_id
      WHERE p.left_on IS NULL AND (p.email IS NOT NULL OR p.user_id IS NOT NULL)
        AND EXISTS (SELECT 1 FROM training_attendance a WHERE a.person_id = p.id AND a.completed)`,
  );
  const due = r.rows.flatMap((p) => {
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
