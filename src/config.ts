import { resolve } from 'node:path';

/** Everything the server reads from its environment, parsed once at start-up. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** Public origin as the browser sees it, e.g. https://duiden.gemeente.nl. Used for OIDC redirects and Origin checks. */
  readonly publicOrigin: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly production: boolean;
  /** Demo sign-in and demo data. Default on with the embedded database, never in production. */
  readonly demo: boolean;
  readonly session: { readonly idleMinutes: number; readonly absoluteHours: number };
  readonly oidc: OidcConfig | undefined;
  readonly localAccounts: boolean;
  readonly bodyLimitBytes: number;
  /** Local sign-in attempts (each step) per client address per window. */
  readonly signInRateLimit: { readonly max: number; readonly windowMs: number };
  /** Key (base64, 32 bytes) that encrypts second-factor secrets in the database. */
  readonly secretKey: string | undefined;
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

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
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
  const demoRaw = env.DUIDEN_DEMO;
  const demo = demoRaw === undefined || demoRaw === '' ? !databaseUrl && !production : demoRaw === 'true';
  if (demo && production) {
    throw new ConfigError('Demo mode (DUIDEN_DEMO) is refused with NODE_ENV=production.');
  }
  const port = int(env, 'PORT', 3000);
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
  const localAccounts = env.LOCAL_ACCOUNTS !== 'false';
  if (production && localAccounts && !secretKey) {
    throw new ConfigError('DUIDEN_SECRET_KEY is required in production when local accounts are on.');
  }
  return {
    port,
    host,
    publicOrigin,
    databaseUrl,
    dataDir: resolve(env.DUIDEN_DATA_DIR || './data'),
    production,
    demo,
    session: {
      idleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30),
      absoluteHours: int(env, 'SESSION_ABSOLUTE_HOURS', 12),
    },
    oidc,
    localAccounts,
    signInRateLimit: {
      max: int(env, 'SIGN_IN_RATE_MAX', 60),
      windowMs: int(env, 'SIGN_IN_RATE_WINDOW_SECONDS', 900) * 1000,
    },
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1024 * 1024),
    secretKey,
  };
}
