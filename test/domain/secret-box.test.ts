import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecretBox, secretBox } from '../../src/app/auth/secret-box.js';

describe('secret box', () => {
  const box = secretBox(Buffer.alloc(32, 1));

  it('opens what it sealed, with a fresh nonce each time', () => {
    const a = box.seal('JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(box.seal('JBSWY3DPEHPK3PXP'));
    expect(box.open(a)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a changed ciphertext and another key', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    const parts = sealed.split('.');
    const ct = Buffer.from(parts[3] as string, 'base64url');
    ct[0] = (ct[0] as number) ^ 1;
    expect(() => box.open([parts[0], parts[1], parts[2], ct.toString('base64url')].join('.'))).toThrow();
    expect(() => secretBox(Buffer.alloc(32, 2)).open(sealed)).toThrow();
  });

  it('creates one key file outside production and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duiden-key-'));
    try {
      const sealed = loadSecretBox({ secretKey: undefined, dataDir: dir }).seal('x');
      expect(loadSecretBox({ secretKey: undefined, dataDir: dir }).open(sealed)).toBe('x');
      expect(Buffer.from(readFileSync(join(dir, 'secret.key'), 'utf8'), 'base64')).toHaveLength(32);
      expect(statSync(join(dir, 'secret.key')).mode & 0o077).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
