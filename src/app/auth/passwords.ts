import { randomBytes, randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane); the library's default algorithm is argon2id,
 * which test/server/auth-local.test.ts checks on a stored hash.
 */
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

let dummyHash: Promise<string> | null = null;

/**
 * Verifies a password against a stored hash, or against a dummy hash when there is none (unknown user,
 * no password yet), so the answer takes as long either way and does not tell whether an account exists.
 */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const target = stored ?? (await dummyHash);
  try {
    const ok = await verify(target, password);
    return stored !== null && ok;
  } catch {
    // A malformed stored hash is a refusal, never a crash that would tell the account apart.
    return false;
  }
}

// No look-alikes (0/O, 1/l/I), so an administrator can read it out over the phone.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A temporary password of 20 characters from 55: about 115 bits, shown once to the administrator. */
export function temporaryPassword(): string {
  let out = '';
  for (let i = 0; i < 20; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out.replace(/(.{5})(?=.)/g, '$1-');
}
