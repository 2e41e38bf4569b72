import { affectsRows, firstOrNull, type Queryable } from './database.js';

/**
 * The partner register (migration 016): a profile per partner organisation of a tenant, the tenant's
 * districts and own kinds of partner. The organisation row itself stays what invitations use.
 */

export interface DistrictRecord {
  readonly id: string;
  readonly name: string;
}

export interface OwnKindRecord {
  readonly code: string;
  readonly nl: string;
  readonly en: string;
  readonly internal: boolean;
}

export interface PartnerRecord {
  readonly organisationId: string;
  readonly tenantId: string;
  readonly name: string;
  readonly kind: string;
  readonly internal: boolean;
  readonly domain: string;
  readonly citywide: boolean;
  readonly districtIds: string[];
  readonly tasks: string[];
  readonly notes: string;
  readonly contacts: number;
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
  readonly version: number;
}

export async function listDistricts(q: Queryable, tenantId: string): Promise<DistrictRecord[]> {
  const r = await q.query<{ id: string; name: string }>(
    'SELECT id, name FROM netwerk_district WHERE tenant_id = $1 ORDER BY name, id',
    [tenantId],
  );
  return r.rows;
}

/** Adds a district; false when the tenant has one of that name already. */
export async function insertDistrict(q: Queryable, tenantId: string, name: string): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO netwerk_district (tenant_id, name) VALUES ($1, $2)
     ON CONFLICT (tenant_id, name) DO NOTHING RETURNING id`,
    [tenantId, name],
  );
  return r.rows[0]?.id ?? null;
}

export async function listOwnKinds(q: Queryable, tenantId: string): Promise<OwnKindRecord[]> {
  const r = await q.query<{ code: string; label_nl: string; label_en: string; internal: boolean }>(
    'SELECT code, label_nl, label_en, internal FROM netwerk_partner_kind WHERE tenant_id = $1 ORDER BY label_nl',
    [tenantId],
  );
  return r.rows.map((k) => ({ code: k.code, nl: k.label_nl, en: k.label_en, internal: k.internal }));
}

export function insertOwnKind(q: Queryable, tenantId: string, k: OwnKindRecord): Promise<boolean> {
  return affectsRows(
    q,
    `INSERT INTO netwerk_partner_kind (tenant_id, code, label_nl, label_en, internal) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT DO NOTHING`,
    [tenantId, k.code, k.nl, k.en, k.internal],
  );
}

/** The tenant's partner organisations that have no profile yet (so one can be added to them). */
export async function organisationsWithoutProfile(q: Queryable, tenantId: string): Promise<DistrictRecord[]> {
  const r = await q.query<{ id: string; name: string }>(
    `SELECT o.id, o.name FROM organisation o
      WHERE o.tenant_id = $1 AND o.kind = 'partner'
        AND NOT EXISTS (SELECT 1 FROM netwerk_partner p WHERE p.organisation_id = o.id)
      ORDER BY o.name, o.id`,
    [tenantId],
  );
  return r.rows;
}

export interface PartnerFilter {
  readonly search?: string | undefined;
  readonly kind?: string | undefined;
  readonly domain?: string | undefined;
  readonly districtId?: string | undefined;
  readonly task?: string | undefined;
  readonly internal?: boolean | undefined;
}

interface PartnerRow {
  organisation_id: string;
  tenant_id: string;
  name: string;
  kind: string;
  internal: boolean;
  domain: string;
  citywide: boolean;
  district_ids: string[] | null;
  tasks: string[];
  notes: string;
  contacts: number;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
}

const PARTNER_COLUMNS = `p.organisation_id, p.tenant_id, o.name, p.kind, p.internal, p.domain, p.citywide,
  ARRAY(SELECT d.district_id FROM netwerk_partner_district d WHERE d.organisation_id = p.organisation_id
        ORDER BY d.district_id) AS district_ids,
  p.tasks, p.notes, p.updated_at, p.version,
  (SELECT count(*)::int FROM netwerk_contact c WHERE c.organisation_id = p.organisation_id) AS contacts,
  (SELECT u.display_name FROM app_user u WHERE u.id = p.updated_by) AS updated_by_name`;

const toPartner = (r: PartnerRow): PartnerRecord => ({
  organisationId: r.organisation_id,
  tenantId: r.tenant_id,
  name: r.name,
  kind: r.kind,
  internal: r.internal,
  domain: r.domain,
  citywide: r.citywide,
  districtIds: r.district_ids ?? [],
  tasks: r.tasks,
  notes: r.notes,
  contacts: Number(r.contacts),
  updatedAt: r.updated_at,
  updatedByName: r.updated_by_name,
  version: r.version,
});

/**
 * One page of the tenant's register, by name, after the keyset (name, id). The search matches the
 * organisation's name and its contact persons' names and roles; a district filter includes partners that work
 * in the whole municipality.
 */
export async function listPartners(
  q: Queryable,
  tenantId: string,
  f: PartnerFilter,
  page: { after?: { name: string; id: string } | undefined; limit: number },
): Promise<PartnerRecord[]> {
  const search = f.search?.trim() ? `%${f.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const r = await q.query<PartnerRow>(
    `SELECT ${PARTNER_COLUMNS}
       FROM netwerk_partner p JOIN organisation o ON o.id = p.organisation_id
      WHERE p.tenant_id = $1
        AND ($2::text IS NULL OR o.name ILIKE $2 OR EXISTS (
              SELECT 1 FROM netwerk_contact c WHERE c.organisation_id = p.organisation_id
                 AND (c.name ILIKE $2 OR c.role ILIKE $2)))
        AND ($3::text IS NULL OR p.kind = $3)
        AND ($4::text IS NULL OR p.domain = $4)
        AND ($5::uuid IS NULL OR p.citywide OR EXISTS (
              SELECT 1 FROM netwerk_partner_district d WHERE d.organisation_id = p.organisation_id
                 AND d.district_id = $5))
        AND ($6::text IS NULL OR $6 = ANY (p.tasks))
        AND ($7::boolean IS NULL OR p.internal = $7)
        AND ($8::text IS NULL OR (o.name, p.organisation_id) > ($8::text, $9::uuid))
      ORDER BY o.name, p.organisation_id
      LIMIT $10`,
    [
      tenantId,
      search,
      f.kind ?? null,
      f.domain ?? null,
      f.districtId ?? null,
      f.task ?? null,
      f.internal ?? null,
      page.after?.name ?? null,
      page.after?.id ?? null,
      page.limit,
    ],
  );
  return r.rows.map(toPartner);
}

export async function findPartner(
  q: Queryable,
  organisationId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<PartnerRecord | null> {
  const r = await q.query<PartnerRow>(
    `SELECT ${PARTNER_COLUMNS} FROM netwerk_partner p JOIN organisation o ON o.id = p.organisation_id
      WHERE p.organisation_id = $1${opts.forUpdate ? ' FOR UPDATE OF p' : ''}`,
    [organisationId],
  );
  return firstOrNull(r, toPartner);
}

/** Everything the coverage view counts, for the whole tenant (organisations only). */
export async function partnersForCoverage(
  q: Queryable,
  tenantId: string,
): Promise<{ domain: string; citywide: boolean; districtIds: string[] }[]> {
  const r = await q.query<{ domain: string; citywide: boolean; district_ids: string[] | null }>(
    `SELECT p.domain, p.citywide,
            ARRAY(SELECT d.district_id FROM netwerk_partner_district d WHERE d.organisation_id = p.organisation_id)
              AS district_ids
       FROM netwerk_partner p WHERE p.tenant_id = $1`,
    [tenantId],
  );
  return r.rows.map((x) => ({ domain: x.domain, citywide: x.citywide, districtIds: x.district_ids ?? [] }));
}

export interface PartnerValues {
  readonly kind: string;
  readonly internal: boolean;
  readonly domain: string;
  readonly citywide: boolean;
  readonly districtIds: readonly string[];
  readonly tasks: readonly string[];
  readonly notes: string;
}

/** A new partner organisation (kind 'partner', so it can be invited as before). */
export async function insertOrganisation(
  q: Queryable,
  o: { tenantId: string; name: string; partnerType: string },
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO organisation (kind, partner_type, name, tenant_id) VALUES ('partner', $1, $2, $3) RETURNING id`,
    [o.partnerType, o.name, o.tenantId],
  );
  return r.rows[0]?.id as string;
}

async function setDistricts(q: Queryable, organisationId: string, districtIds: readonly string[]) {
  await q.query('DELETE FROM netwerk_partner_district WHERE organisation_id = $1', [organisationId]);
  if (districtIds.length > 0) {
    await q.query(
      `INSERT INTO netwerk_partner_district (organisation_id, district_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [organisationId, [...districtIds]],
    );
  }
}

/** The profile of an organisation; false when it already has one. */
export async function insertPartner(
  q: Queryable,
  p: PartnerValues & { organisationId: string; tenantId: string; at: Date; by: string },
): Promise<boolean> {
  const added = await affectsRows(
    q,
    `INSERT INTO netwerk_partner (organisation_id, tenant_id, kind, internal, domain, citywide, tasks, notes,
       created_at, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10) ON CONFLICT DO NOTHING`,
    [
      p.organisationId,
      p.tenantId,
      p.kind,
      p.internal,
      p.domain,
      p.citywide,
      [...p.tasks],
      p.notes,
      p.at,
      p.by,
    ],
  );
  if (added) await setDistricts(q, p.organisationId, p.districtIds);
  return added;
}

/** Saves the profile and the organisation's name at the version read; false when another version is stored. */
export async function updatePartner(
  q: Queryable,
  organisationId: string,
  version: number,
  p: PartnerValues & { name: string; at: Date; by: string },
): Promise<boolean> {
  const saved = await affectsRows(
    q,
    `UPDATE netwerk_partner SET kind = $3, internal = $4, domain = $5, citywide = $6, tasks = $7, notes = $8,
            updated_at = $9, updated_by = $10, version = version + 1
      WHERE organisation_id = $1 AND version = $2`,
    [organisationId, version, p.kind, p.internal, p.domain, p.citywide, [...p.tasks], p.notes, p.at, p.by],
  );
  if (!saved) return false;
  await q.query('UPDATE organisation SET name = $2 WHERE id = $1', [organisationId, p.name]);
  await setDistricts(q, organisationId, p.districtIds);
  return true;
}
