import type { AccessEvent } from '../domain/privacy/unusual-access.js';
import type { Queryable } from './database.js';

/** The record types whose opening counts for the unusual-access rule: persons, signals and cases. */
export const COUNTED_OBJECT_TYPES = ['person', 'signal', 'casus'] as const;

/**
 * Who opened which record since a moment, from the access log of one tenant. Only the user, the time and a
 * key to tell records apart are read: the rule is about how users work, never about the people in the data.
 */
export async function accessEventsSince(
  q: Queryable,
  tenantId: string,
  since: Date,
  limit = 100_000,
): Promise<AccessEvent[]> {
  const r = await q.query<{ actor_user_id: string; at: Date; record_key: string }>(
    `SELECT actor_user_id, at, object_type || ':' || object_id AS record_key
       FROM access_log
      WHERE tenant_id = $1 AND at >= $2 AND result = 'ok' AND action IN ('read', 'download')
        AND object_type = ANY($3::text[]) AND actor_user_id IS NOT NULL AND object_id IS NOT NULL
      ORDER BY at LIMIT $4`,
    [tenantId, since, COUNTED_OBJECT_TYPES, limit],
  );
  return r.rows.map((x) => ({ userId: x.actor_user_id, at: x.at, recordKey: x.record_key }));
}

export async function userNames(q: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const r = await q.query<{ id: string; display_name: string }>(
    'SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(r.rows.map((x) => [x.id, x.display_name]));
}
