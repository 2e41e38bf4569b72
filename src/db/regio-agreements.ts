import type { AgreementDraft, RegioTask } from '../domain/regio/agreements.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/** Regional cooperation: the agreements between a region and its member municipalities. */

export interface AgreementRow {
  readonly id: string;
  readonly regionId: string;
  readonly regionName: string;
  readonly municipalityId: string;
  readonly municipalityName: string;
  readonly task: RegioTask;
  readonly actingMunicipalityId: string | null;
  readonly actingMunicipalityName: string | null;
  readonly covenantId: string | null;
  readonly covenantTitle: string | null;
  readonly startsOn: string;
  readonly endsOn: string | null;
  readonly endedOn: string | null;
  readonly endReason: string | null;
  readonly endedByName: string | null;
  readonly note: string;
  readonly createdAt: Date;
  readonly createdByName: string;
  readonly updatedAt: Date;
  readonly updatedByName: string;
  readonly version: number;
}

interface Raw {
  id: string;
  region_id: string;
  region_name: string;
  municipality_id: string;
  municipality_name: string;
  task: RegioTask;
  acting_municipality_id: string | null;
  acting_municipality_name: string | null;
  covenant_id: string | null;
  covenant_title: string | null;
  starts_on: string;
  ends_on: string | null;
  ended_on: string | null;
  end_reason: string | null;
  ended_by_name: string | null;
  note: string;
  created_at: Date;
  created_by_name: string;
  updated_at: Date;
  updated_by_name: string;
  version: number;
}

const SELECT = `SELECT a.id, a.region_id, r.name AS region_name, a.municipality_id, m.name AS municipality_name,
    a.task, a.acting_municipality_id, am.name AS acting_municipality_name, a.covenant_id, c.title AS covenant_title,
    a.starts_on::text AS starts_on, a.ends_on::text AS ends_on, a.ended_on::text AS ended_on, a.end_reason,
    eb.display_name AS ended_by_name, a.note, a.created_at, cb.display_name AS created_by_name, a.updated_at,
    ub.display_name AS updated_by_name, a.version
  FROM regio_agreement a
  JOIN organisation r ON r.id = a.region_id
  JOIN organisation m ON m.id = a.municipality_id
  LEFT JOIN organisation am ON am.id = a.acting_municipality_id
  LEFT JOIN covenant c ON c.id = a.covenant_id
  LEFT JOIN app_user eb ON eb.id = a.ended_by
  JOIN app_user cb ON cb.id = a.created_by
  JOIN app_user ub ON ub.id = a.updated_by`;

const toRow = (r: Raw): AgreementRow => ({
  id: r.id,
  regionId: r.region_id,
  regionName: r.region_name,
  municipalityId: r.municipality_id,
  municipalityName: r.municipality_name,
  task: r.task,
  actingMunicipalityId: r.acting_municipality_id,
  actingMunicipalityName: r.acting_municipality_name,
  covenantId: r.covenant_id,
  covenantTitle: r.covenant_title,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  endedOn: r.ended_on,
  endReason: r.end_reason,
  endedByName: r.ended_by_name,
  note: r.note,
  createdAt: r.created_at,
  createdByName: r.created_by_name,
  updatedAt: r.updated_at,
  updatedByName: r.updated_by_name,
  version: Number(r.version),
});

/**
 * Who sees an agreement: the region that keeps it, the municipality it is about and the municipality that
 * acts under it. Tenant ids are organisation ids, so one condition serves a region and a municipality.
 */
const VISIBLE = '(a.region_id = $1 OR a.municipality_id = $1 OR a.acting_municipality_id = $1)';

/** A page of the agreements the tenant takes part in, the latest start first (keyset on start and id). */
export async function listAgreements(
  q: Queryable,
  tenantId: string,
  opts: {
    after: { startsOn: string; id: string } | null;
    limit: number;
    municipality: string | null;
    task: RegioTask | null;
  },
): Promise<AgreementRow[]> {
  const params: unknown[] = [tenantId, opts.limit, opts.municipality, opts.task];
  let cursor = '';
  if (opts.after) {
    params.push(opts.after.startsOn, opts.after.id);
    cursor = 'AND (a.starts_on, a.id) < ($5::date, $6::uuid)';
  }
  const r = await q.query<Raw>(
    `${SELECT} WHERE ${VISIBLE}
        AND ($3::uuid IS NULL OR a.municipality_id = $3) AND ($4::text IS NULL OR a.task = $4)
        ${cursor}
      ORDER BY a.starts_on DESC, a.id DESC LIMIT $2`,
    params,
  );
  return r.rows.map(toRow);
}

export async function findAgreement(
  q: Queryable,
  tenantId: string,
  id: string,
): Promise<AgreementRow | null> {
  return firstOrNull(await q.query<Raw>(`${SELECT} WHERE ${VISIBLE} AND a.id = $2`, [tenantId, id]), toRow);
}

/** The agreements of one municipality for one task (the overlap rule), after locking the municipality's row. */
export async function agreementsForTask(
  q: Queryable,
  municipalityId: string,
  task: RegioTask,
): Promise<AgreementRow[]> {
  await q.query('SELECT 1 FROM organisation WHERE id = $1 FOR UPDATE', [municipalityId]);
  const r = await q.query<Raw>(`${SELECT} WHERE a.municipality_id = $1 AND a.task = $2`, [
    municipalityId,
    task,
  ]);
  return r.rows.map(toRow);
}

export async function insertAgreement(
  q: Queryable,
  regionId: string,
  d: AgreementDraft & { covenantId: string | null },
  by: string,
  at: Date,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO regio_agreement (region_id, municipality_id, task, acting_municipality_id, covenant_id,
       starts_on, ends_on, note, created_at, created_by, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9, $10) RETURNING id`,
    [
      regionId,
      d.municipalityId,
      d.task,
      d.actingMunicipalityId,
      d.covenantId,
      d.startsOn,
      d.endsOn,
      d.note.trim(),
      at,
      by,
    ],
  );
  return r.rows[0]?.id as string;
}

/** Ends an agreement at the version read; false when another version is saved (or it was ended). */
export async function endAgreement(
  q: Queryable,
  regionId: string,
  id: string,
  version: number,
  end: { on: string; reason: string },
  by: string,
  at: Date,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE regio_agreement SET ended_on = $4, ended_at = $6, ended_by = $7, end_reason = $5,
       updated_at = $6, updated_by = $7, version = version + 1
     WHERE region_id = $1 AND id = $2 AND version = $3 AND ended_on IS NULL`,
    [regionId, id, version, end.on, end.reason.trim(), at, by],
  );
}

/** The tenant's own organisation: its kind and its region. */
export async function tenantOf(
  q: Queryable,
  tenantId: string,
): Promise<{ kind: string; name: string; regionId: string | null } | null> {
  return firstOrNull(
    await q.query<{ kind: string; name: string; region_id: string | null }>(
      'SELECT kind, name, region_id FROM organisation WHERE id = $1',
      [tenantId],
    ),
    (r) => ({ kind: r.kind, name: r.name, regionId: r.region_id }),
  );
}

/** The region's member municipalities, by name. */
export async function memberMunicipalities(
  q: Queryable,
  regionId: string,
): Promise<Array<{ id: string; name: string }>> {
  const r = await q.query<{ id: string; name: string }>(
    "SELECT id, name FROM organisation WHERE region_id = $1 AND kind = 'gemeente' ORDER BY name, id",
    [regionId],
  );
  return r.rows;
}

/** Covenants of the region and its municipalities (the form's choice), with whose they are. */
export async function covenantChoices(
  q: Queryable,
  regionId: string,
): Promise<Array<{ id: string; title: string; tenant: string; tenantId: string }>> {
  const r = await q.query<{ id: string; title: string; tenant: string; tenant_id: string }>(
    `SELECT c.id, c.title, o.name AS tenant, c.tenant_id FROM covenant c JOIN organisation o ON o.id = c.tenant_id
      WHERE c.tenant_id = $1 OR o.region_id = $1 ORDER BY o.name, c.title, c.id LIMIT 500`,
    [regionId],
  );
  return r.rows.map((x) => ({ id: x.id, title: x.title, tenant: x.tenant, tenantId: x.tenant_id }));
}

/** How many open signals the region's meldpunt works for the municipality now. */
export async function openRegionalSignals(
  q: Queryable,
  regionId: string,
  municipalityId: string,
): Promise<number> {
  const r = await q.query<{ n: string }>(
    `SELECT count(*) AS n FROM signal
      WHERE worked_by_region_id = $1 AND tenant_id = $2 AND status <> 'afgesloten'`,
    [regionId, municipalityId],
  );
  return Number(r.rows[0]?.n ?? 0);
}

/**
 * Hands the open signals the region worked for the municipality back to the municipality's own meldpunt:
 * they are no longer the region's to work. Returns the signals handed back (for the log on both sides).
 */
export async function handBackSignals(
  q: Queryable,
  regionId: string,
  municipalityId: string,
): Promise<string[]> {
  const r = await q.query<{ id: string }>(
    `UPDATE signal SET worked_by_region_id = NULL
      WHERE worked_by_region_id = $1 AND tenant_id = $2 AND status <> 'afgesloten' RETURNING id`,
    [regionId, municipalityId],
  );
  return r.rows.map((x) => x.id);
}

/** The agreements of a municipality in force on a day (for the processing register and the routing). */
export async function agreementsInForce(
  q: Queryable,
  tenantId: string,
  day: string,
): Promise<AgreementRow[]> {
  const r = await q.query<Raw>(
    `${SELECT} WHERE ${VISIBLE} AND a.starts_on <= $2::date
        AND (a.ends_on IS NULL OR a.ends_on >= $2::date) AND (a.ended_on IS NULL OR a.ended_on > $2::date)
      ORDER BY a.task, m.name LIMIT 500`,
    [tenantId, day],
  );
  return r.rows.map(toRow);
}

/**
 * Routes a new signal to its municipality's regional meldpunt, when an agreement for it is in force on the
 * day (never an AIVD ambtsbericht): the region's meldpunt works it on the municipality's behalf. Returns the
 * region, or null when the municipality's own meldpunt works it.
 */
export async function routeToRegionalMeldpunt(
  q: Queryable,
  signalId: string,
  day: string,
): Promise<string | null> {
  const r = await q.query<{ region_id: string }>(
    `UPDATE signal s SET worked_by_region_id = a.region_id
       FROM regio_agreement a
      WHERE s.id = $1 AND NOT s.restricted AND a.municipality_id = s.tenant_id AND a.task = 'regionaal_meldpunt'
        AND a.starts_on <= $2::date AND (a.ends_on IS NULL OR a.ends_on >= $2::date)
        AND (a.ended_on IS NULL OR a.ended_on > $2::date)
      RETURNING a.region_id`,
    [signalId, day],
  );
  return r.rows[0]?.region_id ?? null;
}

/** The municipality whose signal the region's meldpunt works, or null (not a signal it works). */
export async function municipalityWorkedBy(
  q: Queryable,
  signalId: string,
  regionId: string,
): Promise<string | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(signalId)) return null;
  const r = await q.query<{ tenant_id: string }>(
    'SELECT tenant_id FROM signal WHERE id = $1 AND worked_by_region_id = $2',
    [signalId, regionId],
  );
  return r.rows[0]?.tenant_id ?? null;
}
