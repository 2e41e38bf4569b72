import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { hitRateLimit, type RateLimitCall, readRateLimit } from '../db/meldpunt-rate-limit.js';
import { HttpProblem } from './problem.js';

/**
 * Rate limiting per client address with @fastify/rate-limit: the public report form, the status page and
 * local sign-in.
 *
 * Choice: the counters live in the database by default (table meldpunt_rate_limit, one upsert per
 * request), so the limit holds across several server instances and restarts (the table is UNLOGGED: no
 * disk flush per request, so a database crash empties the counters, which is acceptable for a rate limit);
 * MELDPUNT_RATE_LIMIT_STORE=
 * memory keeps them in the process instead (one instance only: with N instances the effective limit is
 * N times higher). Addresses are stored only as a SHA-256 hash and forgotten a day after their window.
 * Behind a reverse proxy (NODE_ENV=production) the address is taken from X-Forwarded-For.
 */

type IncrCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

export function keyHash(key: string): string {
  return createHash('sha256').update(`duiden-rate:${key}`).digest('hex');
}

/** A store class for @fastify/rate-limit, bound to the database and the server's clock. */
export function databaseStore(db: Database, clock: () => Date) {
  /** Counts or reads the key's window and answers with the count and the time left in the window. */
  const answer = (call: RateLimitCall, key: string, callback: IncrCallback, timeWindow: number): void => {
    const now = clock();
    call(db, keyHash(key), now, timeWindow).then(
      (r) =>
        callback(null, {
          current: r.hits,
          ttl: Math.max(0, r.windowStart.getTime() + timeWindow - now.getTime()),
        }),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
    );
  };
  return class DatabaseRateLimitStore {
    incr(key: string, callback: IncrCallback, timeWindow: number): void {
      answer(hitRateLimit, key, callback, timeWindow);
    }

    read(key: string, callback: IncrCallback, timeWindow: number): void {
      answer(readRateLimit, key, callback, timeWindow);
    }

    child(): DatabaseRateLimitStore {
      return this;
    }
  };
}

/**
 * 429 as problem+json in Dutch and English; the Retry-After header is set alongside. The public pages add the
 * reminder to call 112 in acute danger.
 */
export function tooManyRequests(
  retryAfterSeconds: number,
  opts: { acuteDanger?: boolean } = {},
): HttpProblem {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const nl = `U heeft dit te vaak geprobeerd. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`;
  const en = `You have tried this too often. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
  return new HttpProblem(
    429,
    'too_many_requests',
    opts.acuteDanger ? `${nl} Bij acuut gevaar: bel 112.` : nl,
    opts.acuteDanger ? `${en} In acute danger: call 112.` : en,
    [],
    { retryAfter: retryAfterSeconds },
  );
}

/** The route options of @fastify/rate-limit for one bucket (the key is the client address plus the bucket). */
export function routeLimit(limit: { readonly max: number; readonly windowMs: number }, bucket: string) {
  return {
    max: limit.max,
    timeWindow: limit.windowMs,
    keyGenerator: (request: FastifyRequest) => `${bucket}:${request.ip}`,
  };
}
