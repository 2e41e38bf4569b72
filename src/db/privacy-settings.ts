import { DEFAULT_PRIVACY_SETTINGS, type PrivacySettings } from '../domain/privacy/settings.js';
import type { Queryable } from './database.js';

export interface StoredSettings extends PrivacySettings {
  /** 0 while the municipality uses the defaults. */
  readonly version: number;
}

export async function readPrivacySettings(q: Queryable, tenantId: string): Promise<StoredSettings> {
  const r = await q.query<{
    break_glass_hours: number;
    unusual_window_minutes: number;
    unusual_threshold: number;
    version: number;
  }>(
    `SELECT break_glass_hours, unusual_window_minutes, unusual_threshold, version FROM privacy_settings
      WHERE tenant_id = $1`,
    [tenantId],
  );
  const row = r.rows[0];
  if (!row) return { ...DEFAULT_PRIVACY_SETTINGS, version: 0 };
  return {
    breakGlassHours: row.break_glass_hours,
    unusualWindowMinutes: row.unusual_window_minutes,
    unusualThreshold: row.unusual_threshold,
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
  const r =
    version === 0
      ? await q.query(
          `INSERT INTO privacy_settings (tenant_id, break_glass_hours, unusual_window_minutes, unusual_threshold,
             updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant_id) DO NOTHING`,
          [tenantId, s.breakGlassHours, s.unusualWindowMinutes, s.unusualThreshold, at, by],
        )
      : await q.query(
          `UPDATE privacy_settings SET break_glass_hours = $2, unusual_window_minutes = $3, unusual_threshold = $4,
             updated_at = $5, updated_by = $6, version = version + 1 WHERE tenant_id = $1 AND version = $7`,
          [tenantId, s.breakGlassHours, s.unusualWindowMinutes, s.unusualThreshold, at, by, version],
        );
  return r.rowCount > 0;
}
