import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Time-based one-time passwords (RFC 6238 on top of RFC 4226), as authenticator apps implement them:
 * HMAC-SHA-1, 6 digits, 30-second steps. Pure computation; the secret comes from the caller.
 */
export interface TotpOptions {
  readonly algorithm: 'sha1' | 'sha256' | 'sha512';
  readonly digits: number;
  readonly periodSeconds: number;
}

export const TOTP_DEFAULTS: TotpOptions = { algorithm: 'sha1', digits: 6, periodSeconds: 30 };

/** Steps either side of the current one that are still accepted, for clock drift and typing time. */
export const TOTP_WINDOW = 1;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding: the form authenticator apps expect in an otpauth:// URI. */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

/** Decodes base32, ignoring case, spaces and padding (people copy secrets by hand). */
export function base32Decode(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/[\s=]/g, '');
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const v = BASE32.indexOf(ch);
    if (v < 0) throw new Error('Invalid base32 character');
    buffer = (buffer << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  return Uint8Array.from(out);
}

/** The step number (counter) for a moment: whole periods since the Unix epoch. */
export function timeStep(at: Date, periodSeconds = TOTP_DEFAULTS.periodSeconds): number {
  return Math.floor(at.getTime() / 1000 / periodSeconds);
}

/** RFC 4226 HOTP with dynamic truncation, for one counter value. */
export function hotp(secret: Uint8Array, counter: number, opts: TotpOptions = TOTP_DEFAULTS): string {
  const message = Buffer.alloc(8);
  // Counters pass 2^32 in 2106 (and in the RFC's last test vector), so write all 64 bits.
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(opts.algorithm, secret).update(message).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** opts.digits).padStart(opts.digits, '0');
}

/** The code an authenticator app shows at this moment. */
export function totp(secret: Uint8Array, at: Date, opts: TotpOptions = TOTP_DEFAULTS): string {
  return hotp(secret, timeStep(at, opts.periodSeconds), opts);
}

export type TotpCheck =
  | { readonly ok: true; readonly step: number }
  | { readonly ok: false; readonly reason: 'wrong' | 'reused' };

/**
 * Checks a code against the current step and one step either side. A code of a step at or before the last
 * one accepted is refused as reused: a code seen over someone's shoulder cannot be played again.
 */
export function verifyTotp(
  secret: Uint8Array,
  code: string,
  at: Date,
  lastAcceptedStep: number | null,
  opts: TotpOptions = TOTP_DEFAULTS,
): TotpCheck {
  const given = code.replace(/\s/g, '');
  if (!/^[0-9]+$/.test(given) || given.length !== opts.digits) return { ok: false, reason: 'wrong' };
  const current = timeStep(at, opts.periodSeconds);
  let reused = false;
  // Every candidate is computed and compared, so the time taken does not tell which step matched.
  let matched: number | null = null;
  for (let step = current - TOTP_WINDOW; step <= current + TOTP_WINDOW; step++) {
    const expected = hotp(secret, step, opts);
    if (!timingSafeEqual(Buffer.from(expected), Buffer.from(given))) continue;
    if (lastAcceptedStep !== null && step <= lastAcceptedStep) reused = true;
    else matched ??= step;
  }
  if (matched !== null) return { ok: true, step: matched };
  return { ok: false, reason: reused ? 'reused' : 'wrong' };
}

/** The otpauth:// URI that authenticator apps read from a QR code (Key Uri Format). */
export function otpauthUri(input: {
  readonly issuer: string;
  readonly account: string;
  readonly secret: string;
  readonly opts?: TotpOptions;
}): string {
  const opts = input.opts ?? TOTP_DEFAULTS;
  const label = `${encodeURIComponent(input.issuer)}:${encodeURIComponent(input.account)}`;
  const params = new URLSearchParams({
    secret: input.secret,
    issuer: input.issuer,
    algorithm: opts.algorithm.toUpperCase(),
    digits: String(opts.digits),
    period: String(opts.periodSeconds),
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}
