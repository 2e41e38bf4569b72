import type { Database, Queryable } from './database.js';

/**
 * Runs the statement with room to sort a period's records in memory (the window and the grouping sets sort
 * them; with the default work_mem they spill to disk), inside a transaction so the setting ends with it.
 */
async function runWithMemory<T>(q: Queryable, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  if (!('tx' in q)) return fn(q);
  return (q as Database).tx(async (tx) => {
    await tx.query("SET LOCAL work_mem = '64MB'");
    return fn(tx);
  });
}

/**
 * The counts behind the phenomenon analysis (src/domain/analyse/, src/app/analyse/reports.ts). Every query
 * reads only the region's municipalities and only one period, through the partial indexes of migration 014,
 * and leaves out what is never counted: signals and cases marked test / dubbel / niet voor statistiek and AIVD
 * ambtsberichten (restricted: they are secret). Nothing here returns a person id to the caller: the queries
 * return counts per cell (and lead times per record with no person attached).
 *
 * A source yields records: rid (the record), at (its moment, for placement), pkey (the person, or the subject
 * row of a subject never linked to a person; null for a record with no person) and the dimension columns.
 * Each person is placed once, at their first record of the period (at, rid); `countCells` returns, for every
 * grouping set asked, the persons placed, the distinct records and the distinct persons behind the records
 * (contributors), all computed by one statement with GROUPING SETS.
 */

/** A signal that figures count: not left out of the statistics, not an AIVD ambtsbericht. */
const COUNTED_SIGNAL = `s.statistics_exclusion IS NULL AND NOT s.restricted AND s.channel <> 'ambtsbericht_aivd'`;

const REPORTER = `CASE WHEN s.reporter_kind <> 'professional' THEN s.reporter_kind
  WHEN po.partner_type IS NULL OR po.partner_type = 'overig' THEN 'professional_overig'
  ELSE 'professional_' || po.partner_type END`;

/** The sources of the reports. $1 tenants (uuid[]), $2 start, $3 end (timestamptz), $4/$5 start/end dates. */
export const SOURCES = {
  signals: `
    SELECT s.id::text AS rid, s.received_at AS at, s.tenant_id::text AS gemeente, s.kind AS soort,
           COALESCE(pc.code, 'geen_categorie') AS fenomeen, s.channel AS kanaal, ${REPORTER} AS melder,
           COALESCE(ss.person_id, ss.id)::text AS pkey, ss.ordinal AS per
      FROM signal s
      LEFT JOIN signal_subject ss ON ss.signal_id = s.id
      LEFT JOIN phenomenon_category pc ON pc.id = s.category_id
      LEFT JOIN organisation po ON po.id = s.submitted_by_organisation_id
     WHERE s.tenant_id = ANY($1::uuid[]) AND s.received_at >= $2 AND s.received_at < $3 AND ${COUNTED_SIGNAL}`,
  triage: `
    SELECT s.id::text AS rid, s.triaged_at AS at, s.tenant_id::text AS gemeente, s.kind AS soort,
           s.decision_outcome AS uitkomst, COALESCE(ss.person_id, ss.id)::text AS pkey, ss.ordinal AS per
      FROM signal s
      LEFT JOIN signal_subject ss ON ss.signal_id = s.id
     WHERE s.tenant_id = ANY($1::uuid[]) AND s.triaged_at >= $2 AND s.triaged_at < $3
       AND s.decision_outcome IS NOT NULL AND ${COUNTED_SIGNAL}
    UNION ALL
    SELECT 'e' || e.id::text, e.at, s.tenant_id::text, s.kind, 'meer_informatie_nodig',
           COALESCE(ss.person_id, ss.id)::text, ss.ordinal
      FROM signal_event e
      JOIN signal s ON s.id = e.signal_id
      LEFT JOIN signal_subject ss ON ss.signal_id = s.id
     WHERE e.kind = 'status' AND e.to_status = 'meer_informatie_nodig' AND e.at >= $2 AND e.at < $3
       AND s.tenant_id = ANY($1::uuid[]) AND ${COUNTED_SIGNAL}`,
  instroom: `
    SELECT d.id::text AS rid, d.recorded_at AS at, d.tenant_id::text AS gemeente,
           CASE d.outcome WHEN 'pga_ja' THEN 'ja' ELSE 'nee' END AS weging,
           COALESCE(ss.person_id, ss.id, c.person_id)::text AS pkey, ss.ordinal AS per
      FROM meeting_decision d
      JOIN agenda_item ai ON ai.id = d.item_id
      LEFT JOIN signal s ON s.id = ai.signal_id
      LEFT JOIN signal_subject ss ON ss.signal_id = s.id
      LEFT JOIN casus c ON c.id = ai.casus_id
     WHERE d.tenant_id = ANY($1::uuid[]) AND d.kind = 'weegploeg' AND d.status = 'vastgesteld'
       AND d.outcome IN ('pga_ja', 'pga_nee') AND d.recorded_at >= $2 AND d.recorded_at < $3
       AND NOT ai.restricted
       AND (s.id IS NULL OR (${COUNTED_SIGNAL}))
       AND (c.id IS NULL OR c.statistics_exclusion IS NULL)`,
  casussen: `
    SELECT c.id::text AS rid, c.created_at AS at, c.tenant_id::text AS gemeente,
           COALESCE(
             (SELECT e.to_value FROM casus_event e WHERE e.casus_id = c.id AND e.kind = 'fase_gewijzigd' AND e.at < $3
               ORDER BY e.at DESC, e.seq DESC LIMIT 1),
             (SELECT e.from_value FROM casus_event e WHERE e.casus_id = c.id AND e.kind = 'fase_gewijzigd'
               ORDER BY e.at, e.seq LIMIT 1),
             c.phase) AS fase,
           COALESCE(
             (SELECT e.to_value FROM casus_event e WHERE e.casus_id = c.id AND e.kind = 'situatie_gewijzigd' AND e.at < $3
               ORDER BY e.at DESC, e.seq DESC LIMIT 1),
             (SELECT e.from_value FROM casus_event e WHERE e.casus_id = c.id AND e.kind = 'situatie_gewijzigd'
               ORDER BY e.at, e.seq LIMIT 1),
             c.situation) AS situatie,
           CASE WHEN p.birth_date IS NULL THEN 'onbekend'
                WHEN extract(year FROM age((c.created_at AT TIME ZONE 'Europe/Amsterdam')::date, p.birth_date)) < 18 THEN 'minderjarig'
                WHEN extract(year FROM age((c.created_at AT TIME ZONE 'Europe/Amsterdam')::date, p.birth_date)) < 24 THEN '18-23'
                ELSE 'ouder' END AS leeftijd,
           c.person_id::text AS pkey, 1 AS per
      FROM casus c
      JOIN person p ON p.id = c.person_id
     WHERE c.tenant_id = ANY($1::uuid[]) AND c.created_at < $3 AND (c.closed_at IS NULL OR c.closed_at >= $2)
       AND c.statistics_exclusion IS NULL`,
  afsluiting: `
    SELECT c.id::text AS rid, c.closed_at AS at, c.tenant_id::text AS gemeente,
           COALESCE(c.closure_reason, 'anders') AS reden, c.person_id::text AS pkey, 1 AS per
      FROM casus c
     WHERE c.tenant_id = ANY($1::uuid[]) AND c.closed_at >= $2 AND c.closed_at < $3
       AND c.statistics_exclusion IS NULL`,
  maatregelen: `
    SELECT m.id::text AS rid, x.start_on AS at, c.tenant_id::text AS gemeente, m.track AS spoor,
           COALESCE(mc.code, 'eigen') AS type, c.person_id::text AS pkey, 1 AS per
      FROM casus c
      JOIN casus_measure m ON m.casus_id = c.id
      LEFT JOIN measure_catalogue mc ON mc.id = m.catalogue_id
      CROSS JOIN LATERAL (SELECT
        COALESCE(m.starts_on, (m.created_at AT TIME ZONE 'Europe/Amsterdam')::date) AS start_on,
        COALESCE(m.ends_on, CASE WHEN m.status IN ('afgerond', 'gestopt')
          THEN (m.updated_at AT TIME ZONE 'Europe/Amsterdam')::date END) AS end_on) x
     WHERE c.tenant_id = ANY($1::uuid[]) AND c.created_at < $3 AND c.statistics_exclusion IS NULL
       AND x.start_on < $5::date AND (x.end_on IS NULL OR x.end_on >= $4::date)
       -- $2 (the period's start as a moment) is given to every source; typed here so the statement prepares.
       AND $2::timestamptz IS NOT NULL`,
} as const;
export type SourceName = keyof typeof SOURCES;

/** The dimension columns each source has (besides gemeente). */
export const SOURCE_COLUMNS: Record<SourceName, readonly string[]> = {
  signals: ['soort', 'fenomeen', 'kanaal', 'melder'],
  triage: ['soort', 'uitkomst'],
  instroom: ['weging'],
  casussen: ['fase', 'situatie', 'leeftijd'],
  afsluiting: ['reden'],
  maatregelen: ['spoor', 'type'],
};

export interface CountRow {
  /** The columns grouped by, with their values; a column summed over is absent. */
  readonly coordinates: Readonly<Record<string, string>>;
  readonly persons: number;
  readonly records: number;
  readonly contributors: number;
}

export interface Counts {
  readonly rows: readonly CountRow[];
  /** The most persons one record names in the period (at least 1). */
  readonly personsPerRecord: number;
}

export interface PeriodBounds {
  readonly start: Date;
  readonly end: Date;
  readonly startDate: string;
  readonly endDate: string;
}

/**
 * The counts of one source in one period for every grouping set given (each a list of column names of the
 * source, `gemeente` included), in one statement.
 */
export async function countCells(
  q: Queryable,
  source: SourceName,
  tenants: readonly string[],
  period: PeriodBounds,
  groupingSets: readonly (readonly string[])[],
): Promise<Counts> {
  const known = new Set(['gemeente', ...SOURCE_COLUMNS[source]]);
  const columns = [...new Set(groupingSets.flat())];
  for (const c of columns) if (!known.has(c)) throw new Error(`source ${source} has no column ${c}`);
  if (columns.length === 0) columns.push('gemeente');
  const sets = groupingSets.map((s) => `(${s.join(', ')})`).join(', ');
  const r = await runWithMemory(q, (tx) =>
    tx.query<Record<string, string | number | null>>(
      `WITH rec AS (${SOURCES[source]}),
     placed AS (
       SELECT rec.*, pkey IS NOT NULL AND row_number() OVER (PARTITION BY pkey ORDER BY at, rid) = 1 AS first
         FROM rec
     )
     SELECT ${columns.join(', ')}, GROUPING(${columns.join(', ')}) AS grp,
            count(*) FILTER (WHERE first) AS persons, count(DISTINCT rid) AS records,
            count(DISTINCT pkey) AS contributors, COALESCE(max(per), 1) AS per
       FROM placed
      GROUP BY GROUPING SETS (${sets})`,
      // Only the measures' source compares dates ($4, $5); a statement must use every parameter it is given.
      source === 'maatregelen'
        ? [tenants, period.start, period.end, period.startDate, period.endDate]
        : [tenants, period.start, period.end],
    ),
  );
  let personsPerRecord = 1;
  const rows: CountRow[] = [];
  for (const row of r.rows) {
    const grp = Number(row.grp);
    const coordinates: Record<string, string> = {};
    columns.forEach((c, i) => {
      // GROUPING sets the bit of a column summed over; the first column is the highest bit.
      if (!(grp & (1 << (columns.length - 1 - i)))) coordinates[c] = String(row[c]);
    });
    personsPerRecord = Math.max(personsPerRecord, Number(row.per));
    rows.push({
      coordinates,
      persons: Number(row.persons),
      records: Number(row.records),
      contributors: Number(row.contributors),
    });
  }
  return { rows, personsPerRecord };
}

/** The lead times of one step in one period, one row per record and person (no person id leaves here). */
export interface LeadTimeRow {
  readonly gemeente: string;
  readonly rid: string;
  /** An opaque number per distinct person within this answer, null for a record with no person. */
  readonly person: number | null;
  readonly days: number;
}

const LEAD_TIMES = {
  intake_triage: `
    SELECT s.tenant_id::text AS gemeente, s.id::text AS rid, COALESCE(ss.person_id, ss.id) AS pkey,
           extract(epoch FROM (s.triaged_at - s.received_at)) / 86400 AS days
      FROM signal s LEFT JOIN signal_subject ss ON ss.signal_id = s.id
     WHERE s.tenant_id = ANY($1::uuid[]) AND s.triaged_at >= $2 AND s.triaged_at < $3 AND ${COUNTED_SIGNAL}`,
  triage_weging: `
    SELECT d.tenant_id::text AS gemeente, d.id::text AS rid, COALESCE(ss.person_id, ss.id) AS pkey,
           extract(epoch FROM (d.recorded_at - s.triaged_at)) / 86400 AS days
      FROM meeting_decision d
      JOIN agenda_item ai ON ai.id = d.item_id
      JOIN signal s ON s.id = ai.signal_id
      LEFT JOIN signal_subject ss ON ss.signal_id = s.id
     WHERE d.tenant_id = ANY($1::uuid[]) AND d.kind = 'weegploeg' AND d.status = 'vastgesteld'
       AND d.recorded_at >= $2 AND d.recorded_at < $3 AND s.triaged_at IS NOT NULL AND NOT ai.restricted
       AND ${COUNTED_SIGNAL}`,
  casusduur: `
    SELECT c.tenant_id::text AS gemeente, c.id::text AS rid, c.person_id AS pkey,
           extract(epoch FROM (c.closed_at - c.created_at)) / 86400 AS days
      FROM casus c
     WHERE c.tenant_id = ANY($1::uuid[]) AND c.closed_at >= $2 AND c.closed_at < $3
       AND c.statistics_exclusion IS NULL`,
} as const;
export type LeadTimeStep = keyof typeof LEAD_TIMES;

export async function leadTimes(
  q: Queryable,
  step: LeadTimeStep,
  tenants: readonly string[],
  period: PeriodBounds,
): Promise<LeadTimeRow[]> {
  const r = await q.query<{ gemeente: string; rid: string; person: number | null; days: number | string }>(
    `SELECT gemeente, rid, CASE WHEN pkey IS NULL THEN NULL ELSE dense_rank() OVER (ORDER BY pkey) END AS person,
            days
       FROM (${LEAD_TIMES[step]}) x`,
    [tenants, period.start, period.end],
  );
  return r.rows.map((row) => ({
    gemeente: row.gemeente,
    rid: row.rid,
    person: row.person === null ? null : Number(row.person),
    days: Number(row.days),
  }));
}

export interface AnalysisOrganisation {
  readonly id: string;
  readonly name: string;
  readonly kind: 'gemeente' | 'regio' | 'partner';
  readonly regionId: string | null;
}

/**
 * The organisation a tenant is, its region, the region's municipalities (by name) and the threshold k of the
 * region (or of the municipality without region); null k when none is set.
 */
export async function analysisScopeData(
  q: Queryable,
  tenantId: string,
): Promise<{
  tenant: AnalysisOrganisation;
  region: AnalysisOrganisation | null;
  municipalities: { id: string; name: string }[];
  k: number | null;
} | null> {
  // One statement: the tenant, its region, the region's municipalities and the threshold.
  const r = await q.query<{
    id: string;
    name: string;
    kind: AnalysisOrganisation['kind'];
    region_id: string | null;
    role: 'tenant' | 'region' | 'member';
    analysis_k: number | null;
  }>(
    `WITH t AS (SELECT id, name, kind, region_id FROM organisation WHERE id = $1),
          reg AS (SELECT o.id, o.name, o.kind, o.region_id FROM organisation o, t
                   WHERE o.id = CASE WHEN t.kind = 'regio' THEN t.id ELSE t.region_id END)
     SELECT t.*, 'tenant' AS role,
            (SELECT analysis_k FROM privacy_settings WHERE tenant_id = COALESCE((SELECT id FROM reg), t.id)) AS analysis_k
       FROM t
     UNION ALL SELECT reg.*, 'region', NULL FROM reg
     UNION ALL SELECT m.id, m.name, m.kind, m.region_id, 'member', NULL
       FROM organisation m, reg WHERE m.region_id = reg.id AND m.kind = 'gemeente'`,
    [tenantId],
  );
  const own = r.rows.find((x) => x.role === 'tenant');
  if (!own) return null;
  const org = (row: (typeof r.rows)[number]): AnalysisOrganisation => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    regionId: row.region_id,
  });
  const tenant = org(own);
  const regionRow = r.rows.find((x) => x.role === 'region');
  const region = regionRow ? org(regionRow) : null;
  const byName = (a: { id: string; name: string }, b: { id: string; name: string }) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const municipalities = region
    ? r.rows
        .filter((x) => x.role === 'member')
        .map((x) => ({ id: x.id, name: x.name }))
        .sort(byName)
    : tenant.kind === 'gemeente'
      ? [{ id: tenant.id, name: tenant.name }]
      : [];
  return { tenant, region, municipalities, k: own.analysis_k === null ? null : Number(own.analysis_k) };
}

/** The day (Europe/Amsterdam) of the first counted signal of these municipalities, or null. */
export async function firstSignalDate(q: Queryable, tenants: readonly string[]): Promise<string | null> {
  const r = await q.query<{ first: string | null }>(
    `SELECT to_char(min(x.received_at) AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS first
       FROM unnest($1::uuid[]) t(id)
       CROSS JOIN LATERAL (SELECT s.received_at FROM signal s
          WHERE s.tenant_id = t.id AND ${COUNTED_SIGNAL} ORDER BY s.received_at LIMIT 1) x`,
    [tenants],
  );
  return r.rows[0]?.first ?? null;
}

/** The phenomenon categories and the measure catalogue of these municipalities (codes and labels). */
export async function analysisValueLists(
  q: Queryable,
  tenants: readonly string[],
): Promise<{
  categories: { code: string; labelNl: string; labelEn: string }[];
  measureTypes: { code: string; labelNl: string; labelEn: string }[];
}> {
  const r = await q.query<{ list: 'c' | 'm'; code: string; label_nl: string; label_en: string }>(
    `SELECT * FROM (
       SELECT 'c' AS list, code, label_nl, label_en, '' AS track, sort, tenant_id
         FROM phenomenon_category WHERE tenant_id = ANY($1::uuid[])
       UNION ALL
       SELECT 'm', code, label_nl, label_en, track::text, sort, tenant_id
         FROM measure_catalogue WHERE tenant_id IS NULL OR tenant_id = ANY($1::uuid[])
     ) x ORDER BY list, track, sort, code, tenant_id NULLS FIRST`,
    [tenants],
  );
  const map = (row: { code: string; label_nl: string; label_en: string }) => ({
    code: row.code,
    labelNl: row.label_nl,
    labelEn: row.label_en,
  });
  return {
    categories: r.rows.filter((x) => x.list === 'c').map(map),
    measureTypes: r.rows.filter((x) => x.list === 'm').map(map),
  };
}
