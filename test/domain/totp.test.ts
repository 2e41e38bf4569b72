import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  hotp,
  otpauthUri,
  TOTP_DEFAULTS,
  timeStep,
  totp,
  verifyTotp,
} from '../../src/domain/auth/totp.js';

// RFC 6238 appendix B: the seeds are ASCII "1234567890" repeated to the key length of each hash.
const seed = (length: number) => new TextEncoder().encode('1234567890'.repeat(7).slice(0, length));
const SEEDS = { sha1: seed(20), sha256: seed(32), sha512: seed(64) } as const;

describe('RFC 6238 test vectors (8 digits)', () => {
  it.each([
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ] as const)('at %i s', (seconds, sha1, sha256, sha512) => {
    const at = new Date(seconds * 1000);
    const opts = (algorithm: 'sha1' | 'sha256' | 'sha512') => ({ algorithm, digits: 8, periodSeconds: 30 });
    expect(totp(SEEDS.sha1, at, opts('sha1'))).toBe(sha1);
    expect(totp(SEEDS.sha256, at, opts('sha256'))).toBe(sha256);
    expect(totp(SEEDS.sha512, at, opts('sha512'))).toBe(sha512);
  });
});

describe('RFC 4226 HOTP test vectors (6 digits)', () => {
  const codes = [
    '755224',
    '287082',
    '359152',
    '969429',
    '338314',
    '254676',
    '287922',
    '162583',
    '399871',
    '520489',
  ];
  it.each(codes.map((c, i) => [i, c] as const))('counter %i', (counter, code) => {
    expect(hotp(SEEDS.sha1, counter, TOTP_DEFAULTS)).toBe(code);
  });
});

describe('base32', () => {
  it('encodes and decodes RFC 4648 vectors without padding', () => {
    const vectors: Array<[string, string]> = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base32Encode(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(base32Decode(encoded))).toBe(plain);
    }
  });

  it('reads secrets typed by hand (lower case, spaces, padding)', () => {
    expect(new TextDecoder().decode(base32Decode('mzxw 6ytb oi======'))).toBe('foobar');
    expect(() => base32Decode('MZXW1')).toThrow();
  });

  it('round-trips a 20-byte secret', () => {
    const secret = Uint8Array.from({ length: 20 }, (_, i) => (i * 37 + 11) & 0xff);
    expect(base32Decode(base32Encode(secret))).toEqual(secret);
    expect(base32Encode(secret)).toHaveLength(32);
  });
});

describe('verifyTotp', () => {
  const secret = SEEDS.sha1;
  const now = new Date('2026-03-02T09:00:10Z');
  const step = timeStep(now);
  const codeAt = (offsetSteps: number) => hotp(secret, step + offsetSteps);

  it.each([
    [-2, false],
    [-1, true],
    [0, true],
    [1, true],
    [2, false],
  ] as const)('a code of step %i relative to now is accepted: %s', (offset, ok) => {
    const r = verifyTotp(secret, codeAt(offset), now, null);
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.step).toBe(step + offset);
  });

  it('refuses a code of a step already used, and of an earlier one', () => {
    expect(verifyTotp(secret, codeAt(0), now, step)).toEqual({ ok: false, reason: 'reused' });
    expect(verifyTotp(secret, codeAt(-1), now, step)).toEqual({ ok: false, reason: 'reused' });
    expect(verifyTotp(secret, codeAt(1), now, step)).toEqual({ ok: true, step: step + 1 });
  });

  it('refuses wrong, malformed and wrong-length codes', () => {
    const right = codeAt(0);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    expect(verifyTotp(secret, wrong, now, null)).toEqual({ ok: false, reason: 'wrong' });
    expect(verifyTotp(secret, '', now, null).ok).toBe(false);
    expect(verifyTotp(secret, 'abcdef', now, null).ok).toBe(false);
    expect(verifyTotp(secret, `${right}0`, now, null).ok).toBe(false);
    expect(verifyTotp(secret, right.slice(0, 5), now, null).ok).toBe(false);
  });

  it('accepts a code typed with a space in the middle', () => {
    const right = codeAt(0);
    expect(verifyTotp(secret, `${right.slice(0, 3)} ${right.slice(3)}`, now, null).ok).toBe(true);
  });
});

describe('otpauthUri', () => {
  it('follows the Key Uri Format that authenticator apps read', () => {
    const uri = new URL(
      otpauthUri({ issuer: 'Duiden', account: 'j.jansen@lindeburg', secret: 'MZXW6YTBOI' }),
    );
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Duiden:j.jansen@lindeburg');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      secret: 'MZXW6YTBOI',
      issuer: 'Duiden',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });
});
