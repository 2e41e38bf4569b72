import type { Queryable } from './database.js';

/** What the metrics endpoint reads from the database: counts and ages only, never a record. */
export interface DatabaseFigures {
  readonly meldpuntOutboxPending: number;
  readonly meetingOutboxPending: number;
  readonly accessLogUnsealed: number;
  /** Age in seconds of the oldest access-log entry not yet sealed; 0 when all are sealed. */
  readonly accessLogUnsealedAgeSeconds: number;
  /** When the last retention run of any municipality finished (epoch seconds), null before the first. */
  readonly retentionLastRunAt: number | null;
  /** Records deleted by retention runs that finished in the last 24 hours. */
  readonly retentionDeletedLastDay: number;
}

export async function databaseFigures(q: Queryable, now: Date): Promise<DatabaseFigures> {
  const r = await q.query<{
    meldpunt: number;
    meeting: number;
    unsealed: number;
    unsealed_age: number | null;
    retention_last: number | null;
    retention_deleted: number | null;
  }>(
    `WITH sealed AS (SELECT coalesce(max(entry_id), 0) AS upto FROM access_log_seal)
     SELECT (SELECT count(*)::int FROM meldpunt_outbox WHERE sent_at IS NULL) AS meldpunt,
            (SELECT count(*)::int FROM meeting_outbox WHERE sent_at IS NULL) AS meeting,
            (SELECT count(*)::int FROM access_log, sealed WHERE id > sealed.upto) AS unsealed,
            (SELECT extract(epoch FROM $1::timestamptz - min(at))::float8
               FROM access_log, sealed WHERE id > sealed.upto) AS unsealed_age,
            (SELECT extract(epoch FROM max(finished_at))::float8 FROM retention_run) AS retention_last,
            (SELECT sum(v.value::numeric)::float8
               FROM retention_run rr, jsonb_each_text(rr.deleted) v
              WHERE rr.finished_at > $1::timestamptz - interval '24 hours'
                AND v.value ~ '^[0-9]+$') AS retention_deleted`,
    [now.toISOString()],
  );
  const row = r.rows[0];
  return {
    meldpuntOutboxPending: row?.meldpunt ?? 0,
    meetingOutboxPending: row?.meeting ?? 0,
    accessLogUnsealed: row?.unsealed ?? 0,
    accessLogUnsealedAgeSeconds: Math.max(0, Math.round(row?.unsealed_age ?? 0)),
    retentionLastRunAt:
      row?.retention_last === null || row?.retention_last === undefined
        ? null
        : Math.round(row.retention_last),
    retentionDeletedLastDay: row?.retention_deleted ?? 0,
  };
}
