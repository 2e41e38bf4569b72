import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Config, ConfigError } from '../../config.js';
import { keyId } from '../../domain/audit/chain.js';

/** What sealing and verifying need, resolved once at start-up from the configuration. */
export interface AuditSettings {
  /** The audit key (32 bytes), or null when none was found and none may be made (a verifier without a key). */
  readonly key: Buffer | null;
  readonly checkpointFile: string | undefined;
  readonly checkpointIntervalMs: number;
  readonly sealIntervalMs: number;
  readonly timeToleranceMs: number;
}

function decode(raw: string, from: string): Buffer {
  const key = Buffer.from(raw.trim(), 'base64');
  if (key.length !== 32) {
    throw new ConfigError(`${from} must hold 32 random bytes in base64 (e.g. \`openssl rand -base64 32\`).`);
  }
  return key;
}

/**
 * Finds the audit key: DUIDEN_AUDIT_KEY, else DUIDEN_AUDIT_KEY_FILE, else (never in production) the file beside
 * the data directory, generated on first start when `generate` is set (the server; a verifier never makes one).
 * The key never goes into the database: whoever owns the database cannot recompute a seal.
 */
export function loadAuditSettings(
  config: Config,
  opts: { readonly generate: boolean; readonly warn: (message: string) => void },
): AuditSettings {
  const a = config.audit;
  let key: Buffer | null = null;
  if (a.key) {
    key = decode(a.key, 'DUIDEN_AUDIT_KEY');
  } else if (a.keyFile) {
    if (!existsSync(a.keyFile)) throw new ConfigError(`DUIDEN_AUDIT_KEY_FILE ${a.keyFile} does not exist.`);
    key = decode(readFileSync(a.keyFile, 'utf8'), `DUIDEN_AUDIT_KEY_FILE (${a.keyFile})`);
  } else if (config.production) {
    throw new ConfigError(
      'DUIDEN_AUDIT_KEY or DUIDEN_AUDIT_KEY_FILE is required in production: the key that seals the access log, ' +
        'kept outside the database (e.g. `openssl rand -base64 32`).',
    );
  } else if (existsSync(a.defaultKeyFile)) {
    key = decode(readFileSync(a.defaultKeyFile, 'utf8'), `the audit key file ${a.defaultKeyFile}`);
  } else if (opts.generate) {
    key = randomBytes(32);
    mkdirSync(dirname(a.defaultKeyFile), { recursive: true });
    writeFileSync(a.defaultKeyFile, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    opts.warn(
      `Let op: nieuwe sleutel voor het toegangslog aangemaakt in ${a.defaultKeyFile} (kenmerk ${keyId(key)}). ` +
        'Bewaar een kopie buiten deze machine: zonder de sleutel is het log niet meer te controleren. / ' +
        `New access-log key generated in ${a.defaultKeyFile} (id ${keyId(key)}). Keep a copy off this host: ` +
        'without it the log can no longer be verified; set DUIDEN_AUDIT_KEY or DUIDEN_AUDIT_KEY_FILE in production.',
    );
  }
  if (config.production && !a.checkpointFile) {
    throw new ConfigError(
      'DUIDEN_AUDIT_CHECKPOINT_FILE is required in production: an append-only file outside the database where ' +
        'the signed head of the access log is written, so that a cut-off tail is noticed.',
    );
  }
  return {
    key,
    checkpointFile: a.checkpointFile,
    checkpointIntervalMs: a.checkpointIntervalMs,
    sealIntervalMs: a.sealIntervalMs,
    timeToleranceMs: a.timeToleranceMs,
  };
}
