import type { MeasureInput } from '../domain/casus/measures.js';
import type { CasePlan } from '../domain/casus/plan.js';
import type { MeasureStatus, MeasureTrack } from '../domain/casus/types.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/** The plan van aanpak, the measure catalogue and the measures of a case. */

export interface PlanRecord extends CasePlan {
  readonly updatedAt: Date | null;
  readonly updatedByName: string | null;
  /** 0 while no plan has been saved. */
  readonly version: number;
}

export async function findPlan(q: Queryable, casusId: string): Promise<PlanRecord | null> {
  const r = await q.query<{
    goals: string;
    driver_identiteit: string;
    driver_betekenis: string;
    driver_rechtvaardigheid: string;
    driver_sensatie: string;
    protective_factors: string;
    impact_on_surroundings: string;
    updated_at: Date;
    updated_by_name: string | null;
    version: number;
  }>(
    `SELECT pl.*, u.display_name AS updated_by_name FROM casus_plan pl
     LEFT JOIN app_user u ON u.id = pl.updated_by WHERE pl.casus_id = $1`,
    [casusId],
  );
  const p = r.rows[0];
  if (!p) return null;
  return {
    goals: p.goals,
    drivers: {
      identiteit: p.driver_identiteit,
      betekenis: p.driver_betekenis,
      rechtvaardigheid: p.driver_rechtvaardigheid,
      sensatie: p.driver_sensatie,
    },
    protectiveFactors: p.protective_factors,
    impactOnSurroundings: p.impact_on_surroundings,
    updatedAt: p.updated_at,
    updatedByName: p.updated_by_name,
    version: p.version,
  };
}

/**
 * Saves the plan when the given version is the current one (0: no plan yet). False when someone else
 * saved in between.
 */
export async function savePlan(
  q: Queryable,
  casusId: string,
  version: number,
  p: CasePlan,
  at: Date,
  by: string,
): Promise<boolean> {
  const values = [
    casusId,
    p.goals,
    p.drivers.identiteit,
    p.drivers.betekenis,
    p.drivers.rechtvaardigheid,
    p.drivers.sensatie,
    p.protectiveFactors,
    p.impactOnSurroundings,
    at,
    by,
  ];
  if (version === 0) {
    return affectsRows(
      q,
      `INSERT INTO casus_plan (casus_id, goals, driver_identiteit, driver_betekenis, driver_rechtvaardigheid,
         driver_sensatie, protective_factors, impact_on_surroundings, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (casus_id) DO NOTHING`,
      values,
    );
  }
  return affectsRows(
    q,
    `UPDATE casus_plan SET goals = $2, driver_identiteit = $3, driver_betekenis = $4, driver_rechtvaardigheid = $5,
       driver_sensatie = $6, protective_factors = $7, impact_on_surroundings = $8, updated_at = $9, updated_by = $10,
       version = version + 1
     WHERE casus_id = $1 AND version = $11`,
    [...values, version],
  );
}

// -------------------------------------------------------------------------------------------------
// Catalogue

export interface CatalogueRecord {
  readonly id: string;
  readonly code: string;
  readonly track: MeasureTrack;
  readonly label: { readonly nl: string; readonly en: string };
  readonly legalBasis: string | null;
  readonly own: boolean;
  readonly active: boolean;
}

/**
 * The shared list plus the municipality's own entries; an own entry replaces a shared one of the same code
 * (an inactive own entry switches the shared one off). With all = true also the inactive ones (for beheer).
 */
export async function listCatalogue(q: Queryable, tenantId: string, all = false): Promise<CatalogueRecord[]> {
  const r = await q.query<{
    id: string;
    code: string;
    track: MeasureTrack;
    label_nl: string;
    label_en: string;
    legal_basis: string | null;
    tenant_id: string | null;
    active: boolean;
    sort: number;
  }>(
    `SELECT * FROM (
       SELECT DISTINCT ON (code) id, code, track, label_nl, label_en, legal_basis, tenant_id, active, sort
       FROM measure_catalogue WHERE tenant_id IS NULL OR tenant_id = $1
       ORDER BY code, tenant_id NULLS LAST
     ) c WHERE active OR $2
     ORDER BY sort, code`,
    [tenantId, all],
  );
  return r.rows.map((c) => ({
    id: c.id,
    code: c.code,
    track: c.track,
    label: { nl: c.label_nl, en: c.label_en },
    legalBasis: c.legal_basis,
    own: c.tenant_id !== null,
    active: c.active,
  }));
}

export interface NewCatalogueEntry {
  readonly code: string;
  readonly track: MeasureTrack;
  readonly labelNl: string;
  readonly labelEn: string;
  readonly legalBasis: string | null;
  readonly active: boolean;
}

/** Adds an own entry; null when the municipality already has one with this code. */
export async function insertCatalogueEntry(
  q: Queryable,
  tenantId: string,
  e: NewCatalogueEntry,
): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO measure_catalogue (tenant_id, code, track, label_nl, label_en, legal_basis, active, sort)
     VALUES ($1, $2, $3, $4, $5, $6, $7,
       coalesce((SELECT sort FROM measure_catalogue WHERE tenant_id IS NULL AND code = $2), 500))
     ON CONFLICT (tenant_id, code) DO NOTHING RETURNING id`,
    [tenantId, e.code, e.track, e.labelNl, e.labelEn, e.legalBasis, e.active],
  );
  return r.rows[0]?.id ?? null;
}

/** Switches an own entry on or off; false when it is not an entry of this municipality. */
export async function setCatalogueEntryActive(
  q: Queryable,
  tenantId: string,
  id: string,
  active: boolean,
): Promise<boolean> {
  return affectsRows(q, 'UPDATE measure_catalogue SET active = $3 WHERE id = $1 AND tenant_id = $2', [
    id,
    tenantId,
    active,
  ]);
}

export async function findCatalogueEntry(
  q: Queryable,
  tenantId: string,
  id: string,
): Promise<CatalogueRecord | null> {
  return (await listCatalogue(q, tenantId)).find((c) => c.id === id) ?? null;
}

// -------------------------------------------------------------------------------------------------
// Measures

export interface MeasureRecord extends MeasureInput {
  readonly id: string;
  readonly casusId: string;
  readonly catalogueId: string | null;
  readonly ownerOrganisationName: string;
  readonly ownerUserId: string | null;
  readonly ownerUserName: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly version: number;
}

/** A measure's legal basis, term, status and evaluation as stored; also read for a subject request. */
export interface MeasureTermColumns<S extends string = MeasureStatus> {
  legal_basis: string | null;
  starts_on: string | null;
  ends_on: string | null;
  status: S;
  evaluation_result: string | null;
  evaluation_what_worked: string | null;
}

export const toMeasureTerms = <S extends string>(m: MeasureTermColumns<S>) => ({
  legalBasis: m.legal_basis,
  startsOn: m.starts_on,
  endsOn: m.ends_on,
  status: m.status,
  evaluationResult: m.evaluation_result,
  evaluationWhatWorked: m.evaluation_what_worked,
});

interface MeasureRow extends MeasureTermColumns {
  id: string;
  casus_id: string;
  catalogue_id: string | null;
  track: MeasureTrack;
  title: string;
  owner_organisation_id: string;
  owner_organisation_name: string;
  owner_user_id: string | null;
  owner_user_name: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const MEASURE_SELECT = `SELECT m.id, m.casus_id, m.catalogue_id, m.track, m.title, m.owner_organisation_id,
  o.name AS owner_organisation_name, m.owner_user_id, u.display_name AS owner_user_name, m.legal_basis,
  m.starts_on::text AS starts_on, m.ends_on::text AS ends_on, m.status, m.evaluation_result,
  m.evaluation_what_worked, m.created_at, m.updated_at, m.version
  FROM casus_measure m JOIN organisation o ON o.id = m.owner_organisation_id
  LEFT JOIN app_user u ON u.id = m.owner_user_id`;

function toMeasure(m: MeasureRow): MeasureRecord {
  return {
    id: m.id,
    casusId: m.casus_id,
    catalogueId: m.catalogue_id,
    track: m.track,
    title: m.title,
    ownerOrganisationId: m.owner_organisation_id,
    ownerOrganisationName: m.owner_organisation_name,
    ownerUserId: m.owner_user_id,
    ownerUserName: m.owner_user_name,
    ...toMeasureTerms(m),
    createdAt: m.created_at,
    updatedAt: m.updated_at,
    version: m.version,
  };
}

export async function listMeasures(q: Queryable, casusId: string): Promise<MeasureRecord[]> {
  const r = await q.query<MeasureRow>(
    `${MEASURE_SELECT} WHERE m.casus_id = $1 ORDER BY m.track, m.created_at, m.id`,
    [casusId],
  );
  return r.rows.map(toMeasure);
}

export async function findMeasure(q: Queryable, id: string): Promise<MeasureRecord | null> {
  const r = await q.query<MeasureRow>(`${MEASURE_SELECT} WHERE m.id = $1`, [id]);
  return firstOrNull(r, toMeasure);
}

export interface MeasureWrite extends MeasureInput {
  readonly catalogueId: string | null;
  readonly ownerUserId: string | null;
}

function measureValues(m: MeasureWrite): unknown[] {
  return [
    m.catalogueId,
    m.track,
    m.title,
    m.ownerOrganisationId,
    m.ownerUserId,
    m.legalBasis,
    m.startsOn,
    m.endsOn,
    m.status,
    m.evaluationResult,
    m.evaluationWhatWorked,
  ];
}

export async function insertMeasure(
  q: Queryable,
  casusId: string,
  m: MeasureWrite,
  at: Date,
  by: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO casus_measure (catalogue_id, track, title, owner_organisation_id, owner_user_id, legal_basis,
       starts_on, ends_on, status, evaluation_result, evaluation_what_worked, casus_id, created_at, created_by,
       updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $13) RETURNING id`,
    [...measureValues(m), casusId, at, by],
  );
  const row = r.rows[0];
  if (!row) throw new Error('insertMeasure returned no row');
  return row.id;
}

export async function updateMeasure(
  q: Queryable,
  id: string,
  version: number,
  m: MeasureWrite,
  at: Date,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE casus_measure SET catalogue_id = $1, track = $2, title = $3, owner_organisation_id = $4,
       owner_user_id = $5, legal_basis = $6, starts_on = $7, ends_on = $8, status = $9, evaluation_result = $10,
       evaluation_what_worked = $11, updated_at = $12, version = version + 1
     WHERE id = $13 AND version = $14`,
    [...measureValues(m), at, id, version],
  );
}

export async function deleteMeasure(q: Queryable, id: string, version: number): Promise<boolean> {
  return affectsRows(q, 'DELETE FROM casus_measure WHERE id = $1 AND version = $2', [id, version]);
}
