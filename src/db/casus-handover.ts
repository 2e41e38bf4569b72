import { caseReference, takeNextNumber } from './counters.js';
import { affectsRows, type Queryable } from './database.js';

/** Handing a case to another municipality: the receiving side, the move itself, and the sender's record. */

export interface Municipality {
  readonly id: string;
  readonly name: string;
  readonly officers: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

/** Every other municipality with its active aandachtsfunctionarissen (the possible new regisseurs). */
export async function listReceivingMunicipalities(
  q: Queryable,
  exceptTenantId: string,
): Promise<Municipality[]> {
  const r = await q.query<{ id: string; name: string; user_id: string | null; user_name: string | null }>(
    `SELECT o.id, o.name, u.id AS user_id, u.display_name AS user_name
     FROM organisation o
     LEFT JOIN membership m ON m.organisation_id = o.id AND m.role = 'aandachtsfunctionaris' AND m.ended_at IS NULL
     LEFT JOIN app_user u ON u.id = m.user_id AND u.disabled_at IS NULL
     WHERE o.kind = 'gemeente' AND o.id <> $1
     ORDER BY o.name, u.display_name`,
    [exceptTenantId],
  );
  const byId = new Map<string, { id: string; name: string; officers: Array<{ id: string; name: string }> }>();
  for (const row of r.rows) {
    const m = byId.get(row.id) ?? { id: row.id, name: row.name, officers: [] };
    byId.set(row.id, m);
    if (row.user_id) m.officers.push({ id: row.user_id, name: row.user_name ?? '' });
  }
  return [...byId.values()];
}

/** The municipality's file gets a new person record in the receiving tenant: a copy of what was known. */
export async function copyPersonTo(
  q: Queryable,
  personId: string,
  tenantId: string,
  at: Date,
  by: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO person (tenant_id, display_name, normalized_name, birth_date, neighbourhood, address,
       normalized_address, school_or_work, restricted, created_at, created_by)
     SELECT $2, display_name, normalized_name, birth_date, neighbourhood, address, normalized_address,
       school_or_work, restricted, $3, $4
     FROM person WHERE id = $1 RETURNING id`,
    [personId, tenantId, at, by],
  );
  const row = r.rows[0];
  if (!row) throw new Error('copyPersonTo: no person');
  return row.id;
}

/** The next case reference of a tenant for a year (C-YYYY-NNNN); the counter row stays locked until commit. */
export async function nextCasusReference(q: Queryable, tenantId: string, year: number): Promise<string> {
  const r = await q.query<{ reference: string }>(
    `${takeNextNumber('casus_counter')} RETURNING ${caseReference('last_value')} AS reference`,
    [tenantId, year],
  );
  return (r.rows[0] as { reference: string }).reference;
}

/** Moves the case to the receiving municipality when the version is current. */
export async function moveCase(
  q: Queryable,
  id: string,
  version: number,
  to: { tenantId: string; personId: string; reference: string; regisseurUserId: string },
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE casus SET tenant_id = $3, person_id = $4, reference = $5, regisseur_user_id = $6, version = version + 1
     WHERE id = $1 AND version = $2 AND phase <> 'afgesloten'`,
    [id, version, to.tenantId, to.personId, to.reference, to.regisseurUserId],
  );
}

export interface NewHandover {
  readonly casusId: string;
  readonly fromTenantId: string;
  readonly fromReference: string;
  readonly toTenantId: string;
  readonly toOfficerUserId: string;
  readonly legalBasisId: string;
  readonly at: Date;
  readonly by: string;
}

export async function insertHandover(q: Queryable, h: NewHandover): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO casus_handover (casus_id, from_tenant_id, from_reference, to_tenant_id, to_officer_user_id,
       legal_basis_id, handed_at, handed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [h.casusId, h.fromTenantId, h.fromReference, h.toTenantId, h.toOfficerUserId, h.legalBasisId, h.at, h.by],
  );
  return (r.rows[0] as { id: string }).id;
}

export interface HandoverRecord {
  readonly id: string;
  readonly fromReference: string;
  readonly toTenantName: string;
  readonly handedAt: Date;
  readonly handedByName: string | null;
}

/**
 * What the sending municipality keeps: the content-free fact of each handover, newest first, a page at a
 * time by keyset (`after`: the last one's moment and id) through casus_handover_list_idx (migration 029).
 */
export async function listHandoversFrom(
  q: Queryable,
  tenantId: string,
  page: { readonly after?: { readonly at: string; readonly id: string } | undefined; readonly limit: number },
): Promise<Array<HandoverRecord & { readonly keyset: string }>> {
  const r = await q.query<{
    id: string;
    from_reference: string;
    to_name: string;
    handed_at: Date;
    by_name: string | null;
    keyset: string;
  }>(
    `SELECT h.id, h.from_reference, o.name AS to_name, h.handed_at, u.display_name AS by_name,
            to_char(h.handed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS keyset
     FROM casus_handover h JOIN organisation o ON o.id = h.to_tenant_id LEFT JOIN app_user u ON u.id = h.handed_by
     WHERE h.from_tenant_id = $1
       AND ($3::timestamptz IS NULL OR (h.handed_at, h.id) < ($3::timestamptz, $4::uuid))
     ORDER BY h.handed_at DESC, h.id DESC LIMIT $2`,
    [tenantId, page.limit, page.after?.at ?? null, page.after?.id ?? null],
  );
  return r.rows.map((h) => ({
    keyset: h.keyset,
    id: h.id,
    fromReference: h.from_reference,
    toTenantName: h.to_name,
    handedAt: h.handed_at,
    handedByName: h.by_name,
  }));
}
