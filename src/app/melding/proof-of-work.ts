import { createHmac } from 'node:crypto';
import { type Challenge, createChallenge, type Payload, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { Database } from '../../db/database.js';
import { markChallengeUsed, releaseChallenge } from '../../db/pow-challenges.js';

/**
 * The proof-of-work of the public form (ALTCHA, self-hosted: no third party sees the visitor). The server
 * hands out a signed challenge; the browser spends about a second finding the number that solves it; the
 * server checks the solution with one hash. Each challenge is used once: its nonce is stored until it
 * expires, in the database, so a solution cannot be replayed on another instance either. Nothing is
 * tracked: no cookie, no address, no fingerprint.
 *
 * The HMAC keys are derived from the server's secret key (DUIDEN_SECRET_KEY, or the key file outside
 * production), so every instance with the same key accepts every instance's challenges. Expiry is checked
 * against the server's clock (carried, signed, in the challenge data).
 */
export interface ProofOfWork {
  challenge(): Promise<Challenge>;
  /** Checks a payload and marks its challenge used; `release` gives it back if the report is refused. */
  check(payload: string): Promise<PowCheck>;
}

export type PowCheck =
  | { readonly ok: true; readonly release: () => Promise<void> }
  | { readonly ok: false; readonly reason: 'missing' | 'invalid' | 'expired' | 'used' };

export const POW_ALGORITHM = 'SHA-256';

function derived(key: Buffer, purpose: string): string {
  return createHmac('sha256', key).update(`duiden:altcha:${purpose}`).digest('hex');
}

function parse(payload: string): Payload | null {
  try {
    const p = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as Payload;
    return p && typeof p === 'object' && p.challenge?.parameters && p.solution ? p : null;
  } catch {
    return null;
  }
}

export function proofOfWork(
  db: Database,
  clock: () => Date,
  key: Buffer,
  settings: { readonly counterMax: number; readonly expiresMs: number },
): ProofOfWork {
  const hmacSignatureSecret = derived(key, 'challenge');
  const hmacKeySignatureSecret = derived(key, 'key');
  return {
    async challenge() {
      const max = Math.max(1, settings.counterMax);
      return createChallenge({
        algorithm: POW_ALGORITHM,
        cost: 1,
        // Deterministic: the server picks the number, so the work is the same for everyone.
        counter: randomInt(Math.ceil(max / 2), max),
        deriveKey,
        hmacSignatureSecret,
        hmacKeySignatureSecret,
        data: { expires: clock().getTime() + settings.expiresMs },
      });
    },
    async check(payload) {
      if (!payload) return { ok: false, reason: 'missing' };
      const p = parse(payload);
      if (!p) return { ok: false, reason: 'invalid' };
      const result = await verifySolution({
        challenge: p.challenge,
        solution: p.solution,
        deriveKey,
        hmacSignatureSecret,
        hmacKeySignatureSecret,
      }).catch(() => null);
      if (!result?.verified) return { ok: false, reason: 'invalid' };
      // Signed with the challenge, so it cannot be moved.
      const expires = Number(p.challenge.parameters.data?.expires);
      const now = clock();
      if (!Number.isFinite(expires) || expires <= now.getTime()) return { ok: false, reason: 'expired' };
      const nonce = p.challenge.parameters.nonce;
      if (!(await markChallengeUsed(db, nonce, new Date(expires), now))) return { ok: false, reason: 'used' };
      return { ok: true, release: () => releaseChallenge(db, nonce) };
    },
  };
}
