import { resolve } from 'node:path';

/** Everything the server reads from its environment, parsed once at start-up. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** Public origin as the browser sees it, e.g. https://duiden.gemeente.nl. Used for OIDC redirects and Origin checks. */
  readonly publicOrigin: string;
  /** The application's connection: in production a login role that is only a member of duiden_app. */
  readonly databaseUrl: string | undefined;
  /** The owner's connection, for migrations and the job queue's schema only (never for requests). */
  readonly databaseOwnerUrl: string | undefined;
  readonly dataDir: string;
  readonly production: boolean;
  /** Demo sign-in and demo data. Default on with the embedded database, never in production. */
  readonly demo: boolean;
  readonly session: { readonly idleMinutes: number; readonly absoluteHours: number };
  readonly oidc: OidcConfig | undefined;
  readonly localAccounts: boolean;
  readonly bodyLimitBytes: number;
  /** On SIGTERM: how long readiness answers 503 before the server stops taking requests (for the proxy). */
  readonly shutdownDrainMs: number;
  /** Bearer token for GET /api/metrics (Prometheus); without one the endpoint does not exist. */
  readonly metricsToken: string | undefined;
  /** RETENTION_CRON: when the daily retention job runs (cron, Amsterdam time); 03:15 when not given. */
  readonly retentionCron: string | undefined;
  /** Local sign-in attempts (each step) per client address per window. */
  readonly signInRateLimit: { readonly max: number; readonly windowMs: number };
  /** Key (base64, 32 bytes) that encrypts second-factor secrets in the database. */
  readonly secretKey: string | undefined;
  readonly audit: AuditConfig;
}

/** The access log's key, checkpoints and checks (see src/app/audit/). */
export interface AuditConfig {
  /** DUIDEN_AUDIT_KEY: the key itself, base64 of 32 random bytes. */
  readonly key: string | undefined;
  /** DUIDEN_AUDIT_KEY_FILE: a file holding the key (base64), readable only by the service. */
  readonly keyFile: string | undefined;
  /** Where a key is generated when neither is given (evaluation only): beside the data directory. */
  readonly defaultKeyFile: string;
  /** DUIDEN_AUDIT_CHECKPOINT_FILE: append-only JSON lines with the signed head; beside the key by default. */
  readonly checkpointFile: string | undefined;
  readonly checkpointIntervalMs: number;
  readonly sealIntervalMs: number;
  /** How far an entry's time may lie before one sealed ahead of it before verify calls it back-dated. */
  readonly timeToleranceMs: number;
}

export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string | undefined;
  /** Claim that identifies the user in Duiden (matched against users.external_id). */
  readonly userClaim: string;
  readonly scopes: string;
  /** When set, sign-in is refused unless the ID token's acr equals one of these. */
  readonly requiredAcr: readonly string[];
  /** When set, sign-in is refused unless the ID token's amr contains one of these. */
  readonly requiredAmr: readonly string[];
  readonly displayName: string;
}

export class ConfigError extends Error {}

/** A positive whole number from the environment, or the fallback when the variable is unset or empty. */
export function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

/** A whole number from 0 up from the environment, or the fallback when the variable is unset or empty. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  return n;
}

function list(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL || undefined;
  const databaseOwnerUrl = env.DATABASE_OWNER_URL || undefined;
  if (databaseOwnerUrl && !databaseUrl) {
    throw new ConfigError("DATABASE_OWNER_URL is set but DATABASE_URL (the application's own login) is not.");
  }
  const dataDir = resolve(env.DUIDEN_DATA_DIR || './data');
  const demoRaw = env.DUIDEN_DEMO;
  const demo = demoRaw === undefined || demoRaw === '' ? !databaseUrl && !production : demoRaw === 'true';
  if (demo && production) {
    throw new ConfigError('Demo mode (DUIDEN_DEMO) is refused with NODE_ENV=production.');
  }
  const port = positiveInt(env, 'PORT', 3000);
  const host = env.HOST || '127.0.0.1';
  const publicOrigin = (env.PUBLIC_ORIGIN || `http://localhost:${port}`).replace(/\/$/, '');
  let oidc: OidcConfig | undefined;
  if (env.OIDC_ISSUER) {
    if (!env.OIDC_CLIENT_ID) throw new ConfigError('OIDC_CLIENT_ID is required when OIDC_ISSUER is set.');
    oidc = {
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET || undefined,
      userClaim: env.OIDC_USER_CLAIM || 'sub',
      scopes: env.OIDC_SCOPES || 'openid profile email',
      requiredAcr: list(env.OIDC_REQUIRED_ACR),
      requiredAmr: list(env.OIDC_REQUIRED_AMR),
      displayName: env.OIDC_DISPLAY_NAME || 'Inloggen via uw organisatie',
    };
  }
  const secretKey = env.DUIDEN_SECRET_KEY || undefined;
  if (secretKey && Buffer.from(secretKey, 'base64').length !== 32) {
    throw new ConfigError(
      'DUIDEN_SECRET_KEY must be 32 random bytes in base64 (e.g. `openssl rand -base64 32`).',
    );
  }
  const retentionCron = env.RETENTION_CRON?.trim() || undefined;
  if (retentionCron && !/^\S+( \S+){4}$/.test(retentionCron)) {
    throw new ConfigError('RETENTION_CRON is a cron expression of five fields, e.g. "15 3 * * *".');
  }
  const metricsToken = env.DUIDEN_METRICS_TOKEN || undefined;
  if (metricsToken && metricsToken.length < 32) {
    throw new ConfigError(
      'DUIDEN_METRICS_TOKEN must be at least 32 characters (e.g. `openssl rand -hex 32`).',
    );
  }
  const localAccounts = env.LOCAL_ACCOUNTS !== 'false';
  if (production && localAccounts && !secretKey) {
    throw new ConfigError('DUIDEN_SECRET_KEY is required in production when local accounts are on.');
  }
  return {
    port,
    host,
    publicOrigin,
    databaseUrl,
    databaseOwnerUrl,
    dataDir,
    production,
    demo,
    session: {
      idleMinutes: positiveInt(env, 'SESSION_IDLE_MINUTES', 30),
      absoluteHours: positiveInt(env, 'SESSION_ABSOLUTE_HOURS', 12),
    },
    oidc,
    localAccounts,
    signInRateLimit: {
      max: positiveInt(env, 'SIGN_IN_RATE_MAX', 60),
      windowMs: positiveInt(env, 'SIGN_IN_RATE_WINDOW_SECONDS', 900) * 1000,
    },
    bodyLimitBytes: positiveInt(env, 'BODY_LIMIT_BYTES', 1024 * 1024),
    metricsToken,
    retentionCron,
    shutdownDrainMs: wholeNumber(env, 'SHUTDOWN_DRAIN_MS', production ? 5000 : 0),
    secretKey,
    audit: {
      key: env.DUIDEN_AUDIT_KEY || undefined,
      keyFile: env.DUIDEN_AUDIT_KEY_FILE ? resolve(env.DUIDEN_AUDIT_KEY_FILE) : undefined,
      defaultKeyFile: `${dataDir}.audit-key`,
      checkpointFile: env.DUIDEN_AUDIT_CHECKPOINT_FILE
        ? resolve(env.DUIDEN_AUDIT_CHECKPOINT_FILE)
        : databaseUrl
          ? undefined
          : `${dataDir}.audit-checkpoints.jsonl`,
      checkpointIntervalMs: positiveInt(env, 'DUIDEN_AUDIT_CHECKPOINT_INTERVAL_SECONDS', 60) * 1000,
      sealIntervalMs: positiveInt(env, 'AUDIT_SEAL_INTERVAL_MS', 250),
      timeToleranceMs: positiveInt(env, 'DUIDEN_AUDIT_TIME_TOLERANCE_SECONDS', 300) * 1000,
    },
  };
}
