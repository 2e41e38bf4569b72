import { DEFAULT_PRIVACY_SETTINGS, type PrivacySettings } from '../domain/privacy/settings.js';
import type { Queryable } from './database.js';

export interface StoredSettings extends PrivacySettings {
  /** 0 while the municipality uses the defaults. */
  readonly version: number;
}

export async function readPrivacySettings(q: Queryable, tenantId: string): Promise<StoredSettings> {
  const r = await q.query<{
    break_glass_hours: number;
    break_glass_max_per_30_days: number;
    break_glass_four_eyes: boolean;
    break_glass_pending_minutes: number;
    unusual_window_minutes: number;
    unusual_threshold: number;
    unusual_break_glass_threshold: number;
    analysis_k: number;
    version: number;
  }>(
    `SELECT break_glass_hours, break_glass_max_per_30_days, break_glass_four_eyes, break_glass_pending_minutes,
        unusual_window_minutes, unusual_threshold, unusual_break_glass_threshold, analysis_k, version
       FROM privacy_settings WHERE tenant_id = $1`,
    [tenantId],
  );
  const row = r.rows[0];
  if (!row) return { ...DEFAULT_PRIVACY_SETTINGS, version: 0 };
  return {
    breakGlassHours: row.break_glass_hours,
    breakGlassMaxPer30Days: row.break_glass_max_per_30_days,
    breakGlassFourEyes: row.break_glass_four_eyes,
    breakGlassPendingMinutes: row.break_glass_pending_minutes,
    unusualWindowMinutes: row.unusual_window_minutes,
    unusualThreshold: row.unusual_threshold,
    unusualBreakGlassThreshold: row.unusual_break_glass_threshold,
    analysisK: row.analysis_k,
    version: Number(row.version),
  };
}

/** Saves when `version` is the stored one (0: none stored yet); false on a concurrent change. */
export async function savePrivacySettings(
  q: Queryable,
  tenantId: string,
  s: PrivacySettings,
  version: number,
  at: Date,
  by: string,
): Promise<boolean> {
  const values = [
    tenantId,
    s.breakGlassHours,
    s.breakGlassMaxPer30Days,
    s.breakGlassFourEyes,
    s.breakGlassPendingMinutes,
    s.unusualWindowMinutes,
    s.unusualThreshold,
    s.unusualBreakGlassThreshold,
    at,
    by,
    s.analysisK,
  ];
  const r =
    version === 0
      ? await q.query(
          `INSERT INTO privacy_settings (tenant_id, break_glass_hours, break_glass_max_per_30_days,
             break_glass_four_eyes, break_glass_pending_minutes, unusual_window_minutes, unusual_threshold,
             unusual_break_glass_threshold, updated_at, updated_by, analysis_k)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (tenant_id) DO NOTHING`,
          values,
        )
      : await q.query(
          `UPDATE privacy_settings SET break_glass_hours = $2, break_glass_max_per_30_days = $3,
             break_glass_four_eyes = $4, break_glass_pending_minutes = $5, unusual_window_minutes = $6,
             unusual_threshold = $7, unusual_break_glass_threshold = $8, updated_at = $9, updated_by = $10,
             analysis_k = $11, version = version + 1
           WHERE tenant_id = $1 AND version = $12`,
          [...values, version],
        );
  return r.rowCount > 0;
}
