import { affectsRows, type Queryable } from './database.js';

/**
 * Marks a proof-of-work challenge as used until it expires; false when it was used already (by any
 * instance: the primary key decides). Expired marks are cleared on the way.
 */
export async function markChallengeUsed(
  q: Queryable,
  nonce: string,
  expiresAt: Date,
  now: Date,
): Promise<boolean> {
  await q.query('DELETE FROM pow_challenge_used WHERE expires_at < $1', [now]);
  return affectsRows(
    q,
    'INSERT INTO pow_challenge_used (nonce, expires_at) VALUES ($1, $2) ON CONFLICT (nonce) DO NOTHING',
    [nonce, expiresAt],
  );
}

/** Gives a challenge back when the report it came with was refused (so the sender can correct and resend). */
export async function releaseChallenge(q: Queryable, nonce: string): Promise<void> {
  await q.query('DELETE FROM pow_challenge_used WHERE nonce = $1', [nonce]);
}
