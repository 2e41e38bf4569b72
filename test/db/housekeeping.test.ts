import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpiredAuth } from '../../src/app/housekeeping/purge-expired-auth.js';
import { seedDemo } from '../../src/demo/seed.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
});
afterAll(() => t.drop());

const day = 86_400_000;
const now = new Date('2026-06-01T12:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * day);

describe('purgeExpiredAuth', () => {
  it('deletes expired sign-ins in progress and sessions ended beyond the term, nothing else', async () => {
    const m = await t.db.query<{ id: string; user_id: string }>('SELECT id, user_id FROM membership LIMIT 1');
    const { id: membershipId, user_id: userId } = m.rows[0] as { id: string; user_id: string };
    const session = (id: string, endedDaysAgo: number | null, expiresDaysAgo: number) =>
      t.db.query(
        `INSERT INTO session (id_hash, user_id, membership_id, auth_method, csrf_token, created_at, last_seen_at,
                              expires_at, ended_at)
         VALUES ($1, $2, $3, 'demo', 'x', $4, $4, $5, $6)`,
        [
          id,
          userId,
          membershipId,
          ago(expiresDaysAgo + 1),
          ago(expiresDaysAgo),
          endedDaysAgo === null ? null : ago(endedDaysAgo),
        ],
      );
    await session('old-ended', 31, 31);
    await session('recent-ended', 29, -1);
    await session('old-expired', null, 31);
    await session('active', null, -1);
    const pending = (id: string, expiresDaysAgo: number) =>
      t.db.query(
        `INSERT INTO auth_pending (id_hash, kind, data, created_at, expires_at) VALUES ($1, 'oidc', '{}', $2, $2)`,
        [id, ago(expiresDaysAgo)],
      );
    await pending('expired', 0.01);
    await pending('valid', -0.01);

    expect(await purgeExpiredAuth(t.db, now)).toEqual({ pending: 1, sessions: 2 });
    const left = await t.db.query<{ id_hash: string }>('SELECT id_hash FROM session ORDER BY id_hash');
    expect(left.rows.map((r) => r.id_hash)).toEqual(['active', 'recent-ended']);
    const pendingLeft = await t.db.query<{ id_hash: string }>('SELECT id_hash FROM auth_pending');
    expect(pendingLeft.rows.map((r) => r.id_hash)).toEqual(['valid']);
  });
});
