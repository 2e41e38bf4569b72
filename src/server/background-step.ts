import type { App } from './deps.js';

/** The hour of the day in Amsterdam (0-23). */
export function amsterdamHour(now: Date): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(now),
  );
}

export interface BackgroundStep {
  /** Named in the log when the step fails. */
  readonly name: string;
  readonly everyMs: number;
  readonly clock: () => Date;
  readonly step: (now: Date) => Promise<unknown>;
}

/**
 * A step the server runs in the background (queueing reminders and warnings into an outbox, sending it): every
 * `everyMs`, never two runs at once, a failure logged and tried again at the next run, stopped when the server
 * closes. The steps are idempotent (each mail has a dedupe key), so several instances may run them side by side.
 */
export function runInBackground(app: App, s: BackgroundStep): void {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await s.step(s.clock());
    } catch (err) {
      app.log.error({ err }, `${s.name} failed`);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), s.everyMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
