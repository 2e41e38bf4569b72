import type { ExclusionState } from '../contract/analyse.js';
import type { StatisticsExclusion } from '../domain/analyse/catalogue.js';
import type { Queryable } from './database.js';

/**
 * Whether a signal or a case is left out of the figures of the phenomenon analysis (test, dubbel,
 * niet_voor_statistiek), with the reason and who decided it. The tables are `signal` and `casus` (migration 014).
 */
export type ExclusionTable = 'signal' | 'casus';

interface Row {
  exclusion: StatisticsExclusion | null;
  reason: string | null;
  by_name: string | null;
  at: Date | null;
}

export async function readExclusion(
  q: Queryable,
  table: ExclusionTable,
  id: string,
): Promise<ExclusionState> {
  const r = await q.query<Row>(
    `SELECT t.statistics_exclusion AS exclusion, t.statistics_exclusion_reason AS reason,
            u.display_name AS by_name, t.statistics_exclusion_at AS at
       FROM ${table} t LEFT JOIN app_user u ON u.id = t.statistics_exclusion_by WHERE t.id = $1`,
    [id],
  );
  const row = r.rows[0];
  return {
    exclusion: row?.exclusion ?? null,
    reason: row?.exclusion ? row.reason : null,
    byName: row?.exclusion ? row.by_name : null,
    at: row?.exclusion && row.at ? new Date(row.at).toISOString() : null,
  };
}

/** Sets or clears the exclusion at the version read; false when another version is saved. */
export async function updateExclusion(
  q: Queryable,
  table: ExclusionTable,
  id: string,
  version: number,
  change: { exclusion: StatisticsExclusion | null; reason: string | null; by: string; at: Date },
): Promise<boolean> {
  const set = change.exclusion !== null;
  const r = await q.query(
    `UPDATE ${table} SET statistics_exclusion = $3, statistics_exclusion_reason = $4,
            statistics_exclusion_by = $5, statistics_exclusion_at = $6, version = version + 1
      WHERE id = $1 AND version = $2`,
    [
      id,
      version,
      change.exclusion,
      set ? change.reason : null,
      set ? change.by : null,
      set ? change.at : null,
    ],
  );
  if (r.rowCount !== 1) return false;
  // The kept figures of its region's (or its municipality's) ended periods counted it, or left it out: they
  // are protected again from the records as they are now (migration 015).
  await q.query(
    `DELETE FROM analysis_figures WHERE model_id = (
       SELECT COALESCE(o.region_id, o.id) FROM ${table} t JOIN organisation o ON o.id = t.tenant_id WHERE t.id = $1)`,
    [id],
  );
  return true;
}
