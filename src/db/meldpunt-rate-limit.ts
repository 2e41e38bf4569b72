import type { Queryable } from './database.js';

/** A key's count in its current window, and when that window started. */
export interface RateWindow {
  readonly hits: number;
  readonly windowStart: Date;
}

/** Counting a request, or only reading the count: both look at one key's window at one moment. */
export type RateLimitCall = (
  q: Queryable,
  keyHash: string,
  now: Date,
  windowMs: number,
) => Promise<RateWindow>;

/**
 * Counts one request in a fixed window per key (one statement, safe under concurrency: the row lock
 * serialises hits on the same key). A window that has run out starts again at 1.
 */
export const hitRateLimit: RateLimitCall = async (q, keyHash, now, windowMs) => {
  const r = await q.query<{ hits: number; window_start: Date }>(
    `INSERT INTO meldpunt_rate_limit AS r (key_hash, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (key_hash) DO UPDATE SET
       hits = CASE WHEN r.window_start <= $2::timestamptz - make_interval(secs => $3::double precision / 1000)
                   THEN 1 ELSE r.hits + 1 END,
       window_start = CASE WHEN r.window_start <= $2::timestamptz - make_interval(secs => $3::double precision / 1000)
                           THEN $2::timestamptz ELSE r.window_start END
     RETURNING hits, window_start`,
    [keyHash, now, windowMs],
  );
  const row = r.rows[0];
  return { hits: row?.hits ?? 1, windowStart: row?.window_start ?? now };
};

/** The count so far without adding a hit (0 when the window ran out). */
export const readRateLimit: RateLimitCall = async (q, keyHash, now, windowMs) => {
  const r = await q.query<{ hits: number; window_start: Date }>(
    'SELECT hits, window_start FROM meldpunt_rate_limit WHERE key_hash = $1',
    [keyHash],
  );
  const row = r.rows[0];
  if (!row || row.window_start.getTime() + windowMs <= now.getTime()) return { hits: 0, windowStart: now };
  return { hits: row.hits, windowStart: row.window_start };
};

/** Forgets counters whose window ended long ago: no client address (hashed) is kept longer than needed. */
export async function purgeRateLimits(q: Queryable, olderThan: Date): Promise<number> {
  const r = await q.query('DELETE FROM meldpunt_rate_limit WHERE window_start < $1', [olderThan]);
  return r.rowCount;
}
