import type { Queryable } from '../database.js';

/** A tenant's meeting settings (the partner window) and the legal bases a contribution or disclosure names. */

export async function partnerWindowDays(
  q: Queryable,
  tenantId: string,
): Promise<{ days: number; version: number }> {
  const r = await q.query<{ partner_window_days: number; version: number }>(
    'SELECT partner_window_days, version FROM meeting_settings WHERE tenant_id = $1',
    [tenantId],
  );
  const row = r.rows[0];
  return row ? { days: row.partner_window_days, version: row.version } : { days: 14, version: 0 };
}

/** Saves the window under the version last read (0 when the tenant still has the default). */
export async function savePartnerWindowDays(
  q: Queryable,
  tenantId: string,
  version: number,
  days: number,
): Promise<boolean> {
  const r =
    version === 0
      ? await q.query(
          `INSERT INTO meeting_settings (tenant_id, partner_window_days) VALUES ($1, $2)
           ON CONFLICT (tenant_id) DO NOTHING`,
          [tenantId, days],
        )
      : await q.query(
          `UPDATE meeting_settings SET partner_window_days = $3, version = version + 1
            WHERE tenant_id = $1 AND version = $2`,
          [tenantId, version, days],
        );
  return r.rowCount > 0;
}

export interface LegalBasisRecord {
  readonly id: string;
  readonly code: string;
  readonly labelNl: string;
  readonly labelEn: string;
  readonly example: boolean;
}

/** The shared list and the tenant's own entries, active ones only. */
export async function listLegalBases(q: Queryable, tenantId: string): Promise<LegalBasisRecord[]> {
  const r = await q.query<{ id: string; code: string; label_nl: string; label_en: string; example: boolean }>(
    `SELECT id, code, label_nl, label_en, example FROM legal_basis
      WHERE active AND (tenant_id IS NULL OR tenant_id = $1)
      ORDER BY sort, label_nl`,
    [tenantId],
  );
  return r.rows.map((b) => ({
    id: b.id,
    code: b.code,
    labelNl: b.label_nl,
    labelEn: b.label_en,
    example: b.example,
  }));
}

export async function findLegalBasis(
  q: Queryable,
  id: string,
  tenantId: string,
): Promise<LegalBasisRecord | null> {
  const all = await listLegalBases(q, tenantId);
  return all.find((b) => b.id === id) ?? null;
}
