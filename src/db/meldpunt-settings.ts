import { affectsRows, firstOrNull, type Queryable } from './database.js';

/** The meldpunt's settings of one tenant (every gemeente and regio has a row, see 003-meldpunt.sql). */
export interface MeldpuntSettings {
  readonly tenantId: string;
  readonly acknowledgeWorkingDays: number;
  readonly triageWorkingDays: number;
  readonly notifyEmail: string | null;
  readonly publicIntake: boolean;
  readonly version: number;
}

interface SettingsRow {
  tenant_id: string;
  acknowledge_working_days: number;
  triage_working_days: number;
  notify_email: string | null;
  public_intake: boolean;
  version: number;
}

function toSettings(r: SettingsRow): MeldpuntSettings {
  return {
    tenantId: r.tenant_id,
    acknowledgeWorkingDays: r.acknowledge_working_days,
    triageWorkingDays: r.triage_working_days,
    notifyEmail: r.notify_email,
    publicIntake: r.public_intake,
    version: r.version,
  };
}

export async function findSettings(q: Queryable, tenantId: string): Promise<MeldpuntSettings | null> {
  const r = await q.query<SettingsRow>(
    `SELECT tenant_id, acknowledge_working_days, triage_working_days, notify_email, public_intake, version
       FROM meldpunt_settings WHERE tenant_id = $1`,
    [tenantId],
  );
  return firstOrNull(r, toSettings);
}

/** Changes the settings when the version is still the one the user read; false when it was not. */
export async function updateSettings(
  q: Queryable,
  tenantId: string,
  version: number,
  s: {
    acknowledgeWorkingDays?: number;
    triageWorkingDays?: number;
    notifyEmail?: string | null;
    publicIntake?: boolean;
  },
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE meldpunt_settings SET
       acknowledge_working_days = COALESCE($3, acknowledge_working_days),
       triage_working_days = COALESCE($4, triage_working_days),
       notify_email = CASE WHEN $5::boolean THEN $6 ELSE notify_email END,
       public_intake = COALESCE($7, public_intake),
       version = version + 1
     WHERE tenant_id = $1 AND version = $2`,
    [
      tenantId,
      version,
      s.acknowledgeWorkingDays ?? null,
      s.triageWorkingDays ?? null,
      s.notifyEmail !== undefined,
      s.notifyEmail ?? null,
      s.publicIntake ?? null,
    ],
  );
}

export interface PublicMunicipality {
  readonly id: string;
  readonly name: string;
}

/** The municipalities whose meldpunt takes reports through the public form. */
export async function listPublicMunicipalities(q: Queryable): Promise<PublicMunicipality[]> {
  const r = await q.query<PublicMunicipality>(
    `SELECT o.id, o.name FROM organisation o JOIN meldpunt_settings s ON s.tenant_id = o.id
      WHERE o.kind = 'gemeente' AND s.public_intake ORDER BY o.name, o.id`,
  );
  return r.rows;
}

/** Settings of a municipality that takes public reports, or null (unknown, a regio, or switched off). */
export async function findPublicMunicipality(
  q: Queryable,
  id: string,
): Promise<(MeldpuntSettings & { name: string }) | null> {
  const r = await q.query<SettingsRow & { name: string }>(
    `SELECT s.tenant_id, s.acknowledge_working_days, s.triage_working_days, s.notify_email, s.public_intake,
            s.version, o.name
       FROM organisation o JOIN meldpunt_settings s ON s.tenant_id = o.id
      WHERE o.id = $1 AND o.kind = 'gemeente' AND s.public_intake`,
    [id],
  );
  const row = r.rows[0];
  return row ? { ...toSettings(row), name: row.name } : null;
}

export interface Category {
  readonly id: string;
  readonly code: string;
  readonly labelNl: string;
  readonly labelEn: string;
  readonly nctv: boolean;
  readonly active: boolean;
  readonly sort: number;
  readonly version: number;
}

interface CategoryRow {
  id: string;
  code: string;
  label_nl: string;
  label_en: string;
  nctv: boolean;
  active: boolean;
  sort: number;
  version: number;
}

const toCategory = (r: CategoryRow): Category => ({
  id: r.id,
  code: r.code,
  labelNl: r.label_nl,
  labelEn: r.label_en,
  nctv: r.nctv,
  active: r.active,
  sort: r.sort,
  version: r.version,
});

export async function listCategories(q: Queryable, tenantId: string): Promise<Category[]> {
  const r = await q.query<CategoryRow>(
    `SELECT id, code, label_nl, label_en, nctv, active, sort, version FROM phenomenon_category
      WHERE tenant_id = $1 ORDER BY sort, label_nl, id`,
    [tenantId],
  );
  return r.rows.map(toCategory);
}

export async function findCategory(q: Queryable, tenantId: string, id: string): Promise<Category | null> {
  const r = await q.query<CategoryRow>(
    `SELECT id, code, label_nl, label_en, nctv, active, sort, version FROM phenomenon_category
      WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id],
  );
  return firstOrNull(r, toCategory);
}

export async function insertCategory(
  q: Queryable,
  tenantId: string,
  c: { code: string; labelNl: string; labelEn: string; sort: number },
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO phenomenon_category (tenant_id, code, label_nl, label_en, sort) VALUES ($1, $2, $3, $4, $5)
     RETURNING id`,
    [tenantId, c.code, c.labelNl, c.labelEn, c.sort],
  );
  return r.rows[0]?.id as string;
}

export async function updateCategory(
  q: Queryable,
  tenantId: string,
  id: string,
  version: number,
  c: { labelNl?: string; labelEn?: string; sort?: number; active?: boolean },
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE phenomenon_category SET label_nl = COALESCE($4, label_nl), label_en = COALESCE($5, label_en),
            sort = COALESCE($6, sort), active = COALESCE($7, active), version = version + 1
      WHERE tenant_id = $1 AND id = $2 AND version = $3`,
    [tenantId, id, version, c.labelNl ?? null, c.labelEn ?? null, c.sort ?? null, c.active ?? null],
  );
}
