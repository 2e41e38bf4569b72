import {
  DEFAULT_WORKING_ELEMENTS,
  type MeasureOutcome,
  type ResultRecord,
} from '../domain/evaluatie/measure-results.js';
import { affectsRows, type Queryable } from './database.js';

/**
 * The results of ended measures (measure_result, migration 021) and the municipality's working elements. The
 * results are case data, read and written through the case's access rules by src/app/evaluatie/results.ts;
 * `resultRecords` gives the aggregate its records without any case or person id.
 */

export interface WorkingElementRecord {
  readonly id: string;
  readonly label: string;
  readonly active: boolean;
  readonly version: number;
}

export async function listWorkingElements(q: Queryable, tenantId: string): Promise<WorkingElementRecord[]> {
  const r = await q.query<{ id: string; label: string; active: boolean; version: number }>(
    'SELECT id, label, active, version FROM working_element WHERE tenant_id = $1 ORDER BY sort, label, id',
    [tenantId],
  );
  return r.rows;
}

/** Gives a municipality without any working element the default list; true when it added them. */
export async function ensureDefaultWorkingElements(
  q: Queryable,
  tenantId: string,
  at: Date,
): Promise<boolean> {
  const r = await q.query(
    `INSERT INTO working_element (tenant_id, label, sort, created_at)
     SELECT $1, d.label, d.ord * 10, $3 FROM unnest($2::text[]) WITH ORDINALITY AS d(label, ord)
      WHERE NOT EXISTS (SELECT 1 FROM working_element w WHERE w.tenant_id = $1)
     ON CONFLICT (tenant_id, label) DO NOTHING`,
    [tenantId, DEFAULT_WORKING_ELEMENTS, at],
  );
  return (r.rowCount ?? 0) > 0;
}

export async function insertWorkingElement(
  q: Queryable,
  tenantId: string,
  label: string,
  at: Date,
): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO working_element (tenant_id, label, sort, created_at)
     VALUES ($1, $2, coalesce((SELECT max(sort) + 10 FROM working_element WHERE tenant_id = $1), 10), $3)
     ON CONFLICT (tenant_id, label) DO NOTHING RETURNING id`,
    [tenantId, label, at],
  );
  return r.rows[0]?.id ?? null;
}

export async function updateWorkingElement(
  q: Queryable,
  tenantId: string,
  id: string,
  version: number,
  e: { label: string; active: boolean },
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE working_element SET label = $4, active = $5, version = version + 1
      WHERE id = $1 AND tenant_id = $2 AND version = $3`,
    [id, tenantId, version, e.label, e.active],
  );
}

export async function findWorkingElement(
  q: Queryable,
  tenantId: string,
  id: string,
): Promise<WorkingElementRecord | null> {
  const r = await q.query<WorkingElementRecord>(
    'SELECT id, label, active, version FROM working_element WHERE id = $1 AND tenant_id = $2',
    [id, tenantId],
  );
  return r.rows[0] ?? null;
}

// -------------------------------------------------------------------------------------------------
// Results

export interface MeasureResultRecord {
  readonly measureId: string;
  readonly outcome: MeasureOutcome;
  readonly reason: string;
  readonly elements: readonly { id: string; label: string }[];
  readonly recordedAt: Date;
  readonly recordedByName: string;
  readonly version: number;
}

/** The results of a case's measures. */
export async function listMeasureResults(q: Queryable, casusId: string): Promise<MeasureResultRecord[]> {
  const r = await q.query<{
    measure_id: string;
    outcome: MeasureOutcome;
    reason: string;
    elements: { id: string; label: string }[] | null;
    recorded_at: Date;
    recorded_by_name: string | null;
    version: number;
  }>(
    `SELECT mr.measure_id, mr.outcome, mr.reason, mr.recorded_at, u.display_name AS recorded_by_name, mr.version,
            (SELECT json_agg(json_build_object('id', w.id, 'label', w.label) ORDER BY w.sort, w.label)
               FROM measure_result_element e JOIN working_element w ON w.id = e.element_id
              WHERE e.measure_id = mr.measure_id) AS elements
       FROM measure_result mr LEFT JOIN app_user u ON u.id = mr.recorded_by
      WHERE mr.casus_id = $1 ORDER BY mr.recorded_at, mr.measure_id`,
    [casusId],
  );
  return r.rows.map((x) => ({
    measureId: x.measure_id,
    outcome: x.outcome,
    reason: x.reason,
    elements: x.elements ?? [],
    recordedAt: new Date(x.recorded_at),
    recordedByName: x.recorded_by_name ?? '',
    version: x.version,
  }));
}

export interface MeasureResultWrite {
  readonly outcome: MeasureOutcome;
  readonly reason: string;
  readonly elementIds: readonly string[];
}

/**
 * Saves a measure's result at the version read (0: none recorded yet); false when another version is saved.
 */
export async function saveMeasureResult(
  q: Queryable,
  casusId: string,
  measureId: string,
  version: number,
  r: MeasureResultWrite,
  at: Date,
  by: string,
): Promise<boolean> {
  const ok =
    version === 0
      ? await affectsRows(
          q,
          `INSERT INTO measure_result (measure_id, casus_id, outcome, reason, recorded_at, recorded_by)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (measure_id) DO NOTHING`,
          [measureId, casusId, r.outcome, r.reason, at, by],
        )
      : await affectsRows(
          q,
          `UPDATE measure_result SET outcome = $3, reason = $4, recorded_at = $5, recorded_by = $6,
             version = version + 1
           WHERE measure_id = $1 AND casus_id = $2 AND version = $7`,
          [measureId, casusId, r.outcome, r.reason, at, by, version],
        );
  if (!ok) return false;
  await q.query('DELETE FROM measure_result_element WHERE measure_id = $1', [measureId]);
  if (r.elementIds.length > 0) {
    await q.query(
      `INSERT INTO measure_result_element (measure_id, element_id) SELECT $1, unnest($2::uuid[])`,
      [measureId, r.elementIds],
    );
  }
  return true;
}

/**
 * The results of measures that ended in the period (the end date, else the day recorded), of the given
 * municipalities, for the aggregate: never of a case marked test / dubbel / niet voor statistiek. No case or
 * person id leaves here: each person is an opaque number within this answer. $2/$3: the period's first day and
 * the day after its last.
 */
export async function resultRecords(
  q: Queryable,
  tenants: readonly string[],
  startDate: string,
  endDate: string,
): Promise<ResultRecord[]> {
  const r = await q.query<{
    rid: string;
    person: number;
    at: string;
    gemeente: string;
    type: string;
    spoor: string;
    fenomeen: string;
    leeftijd: string;
    resultaat: MeasureOutcome;
    elements: string[] | null;
  }>(
    `SELECT row_number() OVER (ORDER BY mr.recorded_at, mr.measure_id)::text AS rid,
            dense_rank() OVER (ORDER BY c.person_id)::int AS person,
            x.on_day::text AS at, c.tenant_id::text AS gemeente,
            COALESCE(mc.code, 'eigen') AS type, m.track AS spoor,
            COALESCE((SELECT pc.code FROM meeting_decision d JOIN agenda_item ai ON ai.id = d.item_id
                        JOIN signal s ON s.id = ai.signal_id JOIN phenomenon_category pc ON pc.id = s.category_id
                       WHERE d.id = c.opened_from_decision_id), 'geen_categorie') AS fenomeen,
            CASE WHEN p.birth_date IS NULL THEN 'onbekend'
                 WHEN extract(year FROM age((c.created_at AT TIME ZONE 'Europe/Amsterdam')::date, p.birth_date)) < 18 THEN 'minderjarig'
                 WHEN extract(year FROM age((c.created_at AT TIME ZONE 'Europe/Amsterdam')::date, p.birth_date)) < 24 THEN '18-23'
                 ELSE 'ouder' END AS leeftijd,
            mr.outcome AS resultaat,
            (SELECT array_agg(e.element_id::text) FROM measure_result_element e WHERE e.measure_id = mr.measure_id) AS elements
       FROM measure_result mr
       JOIN casus_measure m ON m.id = mr.measure_id
       JOIN casus c ON c.id = mr.casus_id
       JOIN person p ON p.id = c.person_id
       LEFT JOIN measure_catalogue mc ON mc.id = m.catalogue_id
       CROSS JOIN LATERAL (SELECT COALESCE(m.ends_on, (mr.recorded_at AT TIME ZONE 'Europe/Amsterdam')::date) AS on_day) x
      WHERE c.tenant_id = ANY($1::uuid[]) AND c.statistics_exclusion IS NULL
        AND x.on_day >= $2::date AND x.on_day < $3::date`,
    [tenants, startDate, endDate],
  );
  return r.rows.map((x) => ({
    rid: x.rid,
    person: Number(x.person),
    at: x.at,
    gemeente: x.gemeente,
    type: x.type,
    spoor: x.spoor,
    fenomeen: x.fenomeen,
    leeftijd: x.leeftijd,
    resultaat: x.resultaat,
    elements: x.elements ?? [],
  }));
}

/** The labels of the measure types and fenomeen categories of the given municipalities. */
export async function resultLabels(q: Queryable, tenants: readonly string[]) {
  const cat = await q.query<{ code: string; label_nl: string; label_en: string }>(
    `SELECT DISTINCT ON (code) code, label_nl, label_en FROM measure_catalogue
      WHERE tenant_id IS NULL OR tenant_id = ANY($1::uuid[]) ORDER BY code, tenant_id NULLS FIRST`,
    [tenants],
  );
  const phen = await q.query<{ code: string; label_nl: string; label_en: string }>(
    `SELECT DISTINCT ON (code) code, label_nl, label_en FROM phenomenon_category
      WHERE tenant_id = ANY($1::uuid[]) ORDER BY code, sort`,
    [tenants],
  );
  const el = await q.query<{ id: string; label: string }>(
    'SELECT id::text, label FROM working_element WHERE tenant_id = ANY($1::uuid[]) ORDER BY sort, label',
    [tenants],
  );
  return {
    types: cat.rows.map((c) => ({ code: c.code, labelNl: c.label_nl, labelEn: c.label_en })),
    phenomena: phen.rows.map((c) => ({ code: c.code, labelNl: c.label_nl, labelEn: c.label_en })),
    elements: el.rows,
  };
}
