import type { Database } from '../../db/database.js';
import { overdueCountsPerUser } from '../../db/overleggen/actions.js';
import { claimDueMail, markMailFailed, markMailSent, queueMail } from '../../db/overleggen/outbox.js';
import { today } from '../../domain/overleg/decisions.js';
import { overdueReminder } from '../../domain/overleg/notices.js';
import { retryDelayMs, type SendMail, smtpSender } from '../melding/notify-meldpunt.js';

/**
 * The meetings module's e-mail: it reuses the meldpunt's SMTP sender (nodemailer over SMTP_URL) and its
 * retry schedule, with its own outbox. Every mail is content-free (src/domain/overleg/notices.ts).
 *
 * - SMTP_URL: the mail server (unset: mails wait in the outbox until it is set);
 * - MAIL_FROM: the sender (default "Duiden <noreply@localhost>").
 */
export interface MeetingMailConfig {
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
}

export function loadMeetingMailConfig(env: NodeJS.ProcessEnv = process.env): MeetingMailConfig {
  return { smtpUrl: env.SMTP_URL || undefined, mailFrom: env.MAIL_FROM || 'Duiden <noreply@localhost>' };
}

export { type SendMail, smtpSender };

/**
 * Sends the due mails of the outbox. Rows are written in the transaction of what caused them; sending
 * happens after commit, and a failure only moves the next attempt. At least once: a crash between
 * sending and marking can send one twice.
 */
export async function sendMeetingMail(
  db: Database,
  now: Date,
  config: Pick<MeetingMailConfig, 'mailFrom'>,
  send: SendMail,
  batch = 50,
): Promise<{ sent: number; failed: number }> {
  return db.tx(async (q) => {
    let sent = 0;
    let failed = 0;
    for (const m of await claimDueMail(q, now, batch)) {
      if (!m.email) {
        failed += 1;
        await markMailFailed(q, m.id, new Date(now.getTime() + retryDelayMs(m.attempts)), 'no address');
        continue;
      }
      try {
        await send({ from: config.mailFrom, to: m.email, subject: m.subject, text: m.body });
        await markMailSent(q, m.id, now);
        sent += 1;
      } catch (err) {
        failed += 1;
        const message = err instanceof Error ? err.message : String(err);
        await markMailFailed(q, m.id, new Date(now.getTime() + retryDelayMs(m.attempts)), message);
      }
    }
    return { sent, failed };
  });
}

/**
 * Queues today's reminder for everyone with open actions past their due date (their own, and those of the
 * organisations they belong to). Once per person per day, however often it runs.
 */
export async function queueOverdueReminders(db: Database, now: Date): Promise<number> {
  const day = today(now);
  const counts = await overdueCountsPerUser(db, day);
  return db.tx(async (q) => {
    let queued = 0;
    for (const c of counts) {
      const mail = overdueReminder(c.count);
      const added = await queueMail(q, {
        tenantId: c.tenantId,
        kind: 'herinnering',
        recipientUserId: c.userId,
        subject: mail.subject,
        body: mail.text,
        dedupeKey: `herinnering:${c.userId}:${c.tenantId}:${day}`,
        at: now,
      });
      if (added) queued += 1;
    }
    return queued;
  });
}

/** The daily step: queue the reminders, then send what is due. Run it once a day (e.g. 07:00). */
export async function runDailyActionReminders(
  db: Database,
  now: Date,
  config: MeetingMailConfig,
  send: SendMail | undefined = config.smtpUrl ? smtpSender(config.smtpUrl) : undefined,
): Promise<{ queued: number; sent: number; failed: number }> {
  const queued = await queueOverdueReminders(db, now);
  const result = send ? await sendMeetingMail(db, now, config, send) : { sent: 0, failed: 0 };
  return { queued, ...result };
}
