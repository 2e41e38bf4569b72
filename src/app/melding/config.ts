import { ConfigError, positiveInt } from '../../config.js';

/**
 * Settings of the meldpunt module, read from the environment (kept apart from src/config.ts):
 *
 * - SMTP_URL: the mail server, e.g. smtp://user:pass@mail.gemeente.nl:587 (unset: notifications wait in
 *   the outbox until it is set).
 * - MAIL_FROM: sender of the notifications (default "Duiden <noreply@localhost>").
 * - MELDPUNT_EMAIL: where notifications go when the municipality has no address of its own in its settings.
 * - MELDPUNT_RATE_LIMIT_STORE: 'database' (default; counters shared by all instances) or 'memory'
 *   (per instance, for a single-instance installation).
 * - MELDPUNT_SUBMIT_MAX / MELDPUNT_SUBMIT_WINDOW_SECONDS: public reports per address per window (100 / 3600):
 *   a backstop only, generous so a school or a town hall behind one address can report; the proof-of-work
 *   challenge of each report is what keeps robots out.
 * - MELDPUNT_POW_COUNTER_MAX: the work of the public form's proof-of-work challenge (ALTCHA, SHA-256): the
 *   browser tries on average about 3/4 of this many hashes, about a second on a phone at the default (40000).
 *   Lower it in tests only; 1 is the least.
 * - MELDPUNT_POW_EXPIRES_SECONDS: how long a challenge can be used (1800).
 * - MELDPUNT_STATUS_MAX / MELDPUNT_STATUS_WINDOW_SECONDS: status look-ups per address per window (30 / 600).
 * - MELDPUNT_STATUS_FAILURES_MAX / MELDPUNT_STATUS_FAILURES_WINDOW_SECONDS: wrong reference/code
 *   combinations per address per window (10 / 3600).
 * - MELDPUNT_OUTBOX_INTERVAL_MS: how often the outbox is tried (15000).
 */
export interface MeldpuntConfig {
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly defaultNotifyEmail: string | undefined;
  readonly rateLimitStore: 'database' | 'memory';
  readonly submit: RateLimit;
  readonly status: RateLimit;
  readonly statusFailures: RateLimit;
  readonly outboxIntervalMs: number;
  readonly pow: { readonly counterMax: number; readonly expiresMs: number };
}

export interface RateLimit {
  readonly max: number;
  readonly windowMs: number;
}

export function loadMeldpuntConfig(env: NodeJS.ProcessEnv = process.env): MeldpuntConfig {
  const store = env.MELDPUNT_RATE_LIMIT_STORE || 'database';
  if (store !== 'database' && store !== 'memory') {
    throw new ConfigError(`MELDPUNT_RATE_LIMIT_STORE must be "database" or "memory", got "${store}"`);
  }
  return {
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Duiden <noreply@localhost>',
    defaultNotifyEmail: env.MELDPUNT_EMAIL || undefined,
    rateLimitStore: store,
    submit: {
      max: positiveInt(env, 'MELDPUNT_SUBMIT_MAX', 100),
      windowMs: positiveInt(env, 'MELDPUNT_SUBMIT_WINDOW_SECONDS', 3600) * 1000,
    },
    status: {
      max: positiveInt(env, 'MELDPUNT_STATUS_MAX', 30),
      windowMs: positiveInt(env, 'MELDPUNT_STATUS_WINDOW_SECONDS', 600) * 1000,
    },
    statusFailures: {
      max: positiveInt(env, 'MELDPUNT_STATUS_FAILURES_MAX', 10),
      windowMs: positiveInt(env, 'MELDPUNT_STATUS_FAILURES_WINDOW_SECONDS', 3600) * 1000,
    },
    outboxIntervalMs: positiveInt(env, 'MELDPUNT_OUTBOX_INTERVAL_MS', 15_000),
    pow: {
      counterMax: positiveInt(env, 'MELDPUNT_POW_COUNTER_MAX', 40_000),
      expiresMs: positiveInt(env, 'MELDPUNT_POW_EXPIRES_SECONDS', 1800) * 1000,
    },
  };
}
