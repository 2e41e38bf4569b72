import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAuditSettings } from '../../src/app/audit/audit-settings.js';
import { ConfigError, loadConfig } from '../../src/config.js';

const dir = mkdtempSync(join(tmpdir(), 'duiden-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const KEY = Buffer.alloc(32, 9).toString('base64');
const PROD = { NODE_ENV: 'production', LOCAL_ACCOUNTS: 'false', DATABASE_URL: 'postgres://app@db/duiden' };

describe('the audit key and checkpoint file', () => {
  it('generates a key for the embedded database beside the data directory, not in it, and warns', () => {
    const warnings: string[] = [];
    const config = loadConfig({ DUIDEN_DATA_DIR: join(dir, 'data') });
    const a = loadAuditSettings(config, { generate: true, warn: (m) => warnings.push(m) });
    const file = join(dir, 'data.audit-key');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toEqual(a.key);
    expect(a.checkpointFile).toBe(join(dir, 'data.audit-checkpoints.jsonl'));
    expect(warnings.join()).toMatch(/Keep a copy off this host/);
    // The next start (and the verifier) finds the same key and makes no new one.
    const again = loadAuditSettings(config, { generate: false, warn: () => {} });
    expect(again.key).toEqual(a.key);
  });

  it('a verifier without a key makes none', () => {
    const config = loadConfig({ DUIDEN_DATA_DIR: join(dir, 'elsewhere') });
    expect(loadAuditSettings(config, { generate: false, warn: () => {} }).key).toBeNull();
    expect(existsSync(join(dir, 'elsewhere.audit-key'))).toBe(false);
  });

  it('takes the key from DUIDEN_AUDIT_KEY or DUIDEN_AUDIT_KEY_FILE, 32 bytes only', () => {
    const quiet = { generate: true, warn: () => {} };
    expect(loadAuditSettings(loadConfig({ DUIDEN_AUDIT_KEY: KEY }), quiet).key).toEqual(Buffer.alloc(32, 9));
    const file = join(dir, 'key');
    writeFileSync(file, `${KEY}\n`);
    expect(loadAuditSettings(loadConfig({ DUIDEN_AUDIT_KEY_FILE: file }), quiet).key).toEqual(
      Buffer.alloc(32, 9),
    );
    expect(() => loadAuditSettings(loadConfig({ DUIDEN_AUDIT_KEY: 'short' }), quiet)).toThrow(
      /32 random bytes/,
    );
    expect(() => loadAuditSettings(loadConfig({ DUIDEN_AUDIT_KEY_FILE: join(dir, 'none') }), quiet)).toThrow(
      /does not exist/,
    );
  });

  it('production refuses to start without a key or without a checkpoint file', () => {
    const quiet = { generate: true, warn: () => {} };
    expect(() => loadAuditSettings(loadConfig(PROD), quiet)).toThrow(ConfigError);
    expect(() => loadAuditSettings(loadConfig(PROD), quiet)).toThrow(/DUIDEN_AUDIT_KEY/);
    expect(() => loadAuditSettings(loadConfig({ ...PROD, DUIDEN_AUDIT_KEY: KEY }), quiet)).toThrow(
      /DUIDEN_AUDIT_CHECKPOINT_FILE/,
    );
    const ok = loadAuditSettings(
      loadConfig({ ...PROD, DUIDEN_AUDIT_KEY: KEY, DUIDEN_AUDIT_CHECKPOINT_FILE: join(dir, 'cp.jsonl') }),
      quiet,
    );
    expect(ok.checkpointFile).toBe(join(dir, 'cp.jsonl'));
  });

  it('refuses an owner URL without the application URL', () => {
    expect(() => loadConfig({ DATABASE_OWNER_URL: 'postgres://owner@db/duiden' })).toThrow(ConfigError);
  });
});
