import nodemailer from 'nodemailer';
import type { Database } from '../../db/database.js';
import {
  claimDueNotifications,
  markNotificationFailed,
  markNotificationSent,
} from '../../db/meldpunt-outbox.js';
import { purgeRateLimits } from '../../db/meldpunt-rate-limit.js';
import type { MeldpuntConfig } from './config.js';

/** Sends one e-mail; the SMTP transport in production, anything in a test. */
export type SendMail = (message: {
  from: string;
  to: string;
  subject: string;
  text: string;
}) => Promise<unknown>;

export function smtpSender(smtpUrl: string): SendMail {
  const transport = nodemailer.createTransport(smtpUrl);
  return (message) => transport.sendMail(message);
}

/**
 * The notification holds nothing but the reference: who reported what about whom stays in Duiden, where
 * every read is logged. Mail may pass servers outside the municipality's control.
 */
export function notificationMessage(reference: string): { subject: string; text: string } {
  return {
    subject: `Nieuwe melding ${reference} / New report ${reference}`,
    text:
      `Er is een nieuwe melding: ${reference}. Bekijk deze in Duiden.\n\n` +
      `There is a new report: ${reference}. Open it in Duiden.\n`,
  };
}

/** Waiting time before the next attempt: 1, 5, 30 minutes, then every 2 hours. */
export function retryDelayMs(attempts: number): number {
  const minutes = [1, 5, 30][attempts] ?? 120;
  return minutes * 60_000;
}

/**
 * Sends the due notifications of the outbox. Rows are written in the intake's transaction, so a signal
 * never exists without its notification; sending happens after commit, and a failure only moves the
 * next attempt (the signal itself is safe). At least once: a crash between sending and marking can
 * send one twice.
 */
export async function sendDueNotifications(
  db: Database,
  now: Date,
  config: Pick<MeldpuntConfig, 'mailFrom' | 'defaultNotifyEmail'>,
  send: SendMail,
  batch = 20,
): Promise<{ sent: number; failed: number }> {
  return db.tx(async (q) => {
    let sent = 0;
    let failed = 0;
    for (const n of await claimDueNotifications(q, now, batch)) {
      const to = n.notifyEmail ?? config.defaultNotifyEmail;
      if (!to) {
        failed += 1;
        await markNotificationFailed(
          q,
          n.id,
          new Date(now.getTime() + retryDelayMs(n.attempts)),
          'no recipient',
        );
        continue;
      }
      try {
        await send({ from: config.mailFrom, to, ...notificationMessage(n.reference) });
        await markNotificationSent(q, n.id, now);
        sent += 1;
      } catch (err) {
        failed += 1;
        const message = err instanceof Error ? err.message : String(err);
        await markNotificationFailed(q, n.id, new Date(now.getTime() + retryDelayMs(n.attempts)), message);
      }
    }
    return { sent, failed };
  });
}

export interface Notifier {
  /** Try now (after an intake committed) instead of waiting for the next tick. */
  kick(): void;
  /** Resolves when the current round has finished; for tests. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** Rate-limit counters are kept this long after their window started (longer than any window). */
const RATE_LIMIT_RETENTION_MS = 24 * 3_600_000;

/**
 * The meldpunt's background step, every intervalMs and when kicked, one round at a time: sends due
 * notifications and forgets old rate-limit counters. Without an SMTP server configured nothing is sent:
 * notifications wait in the outbox until one is.
 */
export function startNotifier(
  db: Database,
  clock: () => Date,
  config: MeldpuntConfig,
  onError: (err: unknown) => void,
  send: SendMail | undefined = config.smtpUrl ? smtpSender(config.smtpUrl) : undefined,
): Notifier {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let queued = false;
  const round = (purge: boolean) => {
    if (stopped || queued || (!purge && !send)) return;
    queued = true;
    running = running.then(async () => {
      queued = false;
      if (stopped) return;
      try {
        const now = clock();
        if (send) await sendDueNotifications(db, now, config, send);
        if (purge) await purgeRateLimits(db, new Date(now.getTime() - RATE_LIMIT_RETENTION_MS));
      } catch (err) {
        onError(err);
      }
    });
  };
  const timer = setInterval(() => round(true), config.outboxIntervalMs);
  timer.unref();
  return {
    kick: () => round(false),
    idle: async () => {
      await running;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
