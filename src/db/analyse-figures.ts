import type { Queryable } from './database.js';

/**
 * The stored protected figures of closed periods (migration 015). The figures are the serialised protection
 * of one report in one period (src/app/analyse/figures-store.ts gives them their shape); this module only
 * keeps and finds them.
 */

export interface StoredFiguresKey {
  readonly modelId: string;
  readonly report: string;
  readonly period: string;
  readonly k: number;
}

export interface StoredFiguresRow {
  readonly computedAt: Date;
  readonly figures: unknown;
}

export async function findStoredFigures(
  q: Queryable,
  key: StoredFiguresKey,
): Promise<StoredFiguresRow | null> {
  const r = await q.query<{ computed_at: Date | string; figures: unknown }>(
    `SELECT computed_at, figures FROM analysis_figures
      WHERE model_id = $1 AND report = $2 AND period = $3 AND k = $4`,
    [key.modelId, key.report, key.period, key.k],
  );
  const row = r.rows[0];
  if (!row) return null;
  const figures = typeof row.figures === 'string' ? JSON.parse(row.figures) : row.figures;
  return { computedAt: new Date(row.computed_at), figures };
}

/** Keeps a protection; one already there (another request protected the same period) is kept instead. */
export async function storeFigures(
  q: Queryable,
  key: StoredFiguresKey,
  computedAt: Date,
  figures: unknown,
): Promise<void> {
  await q.query(
    `INSERT INTO analysis_figures (model_id, report, period, k, computed_at, figures)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb)
     ON CONFLICT (model_id, report, period, k) DO NOTHING`,
    [key.modelId, key.report, key.period, key.k, computedAt, JSON.stringify(figures)],
  );
}

/**
 * Forgets a model's stored figures: all of them, or those of the periods of the given years and later (period
 * ids start with their year). Forgetting whole years keeps a year and its quarters and halves together: they
 * are protected again as one.
 */
export async function forgetFigures(q: Queryable, modelId: string, fromYear?: number): Promise<number> {
  const r =
    fromYear === undefined
      ? await q.query('DELETE FROM analysis_figures WHERE model_id = $1', [modelId])
      : await q.query(
          'DELETE FROM analysis_figures WHERE model_id = $1 AND substr(period, 1, 4)::int >= $2',
          [modelId, fromYear],
        );
  return r.rowCount;
}

/** Forgets stored figures protected with another threshold than the model's k now. */
export async function forgetOtherThresholds(q: Queryable, modelId: string, k: number): Promise<number> {
  const r = await q.query('DELETE FROM analysis_figures WHERE model_id = $1 AND k <> $2', [modelId, k]);
  return r.rowCount;
}

/** The models (regions, and municipalities without a region) that have counted signals. */
export async function analysisModels(q: Queryable): Promise<string[]> {
  const r = await q.query<{ id: string }>(
    `SELECT DISTINCT COALESCE(o.region_id, o.id)::text AS id FROM organisation o
      WHERE o.kind = 'gemeente' AND EXISTS (SELECT 1 FROM signal s WHERE s.tenant_id = o.id)
      ORDER BY 1`,
  );
  return r.rows.map((x) => x.id);
}
