import { affectsRows, firstOrNull, type Queryable } from './database.js';

/**
 * What an anonymised case summary is made from, and the summaries themselves (concept, reviewed, exported).
 * The content of the case is read here; the anonymising is in src/domain/privacy/anonymise.ts.
 */

export interface NetworkRow {
  readonly name: string;
  readonly relation: string;
  readonly relationNote: string;
  readonly vulnerability: string;
  readonly preventiveCare: boolean;
  readonly preventiveCareNote: string;
}

export interface FamilyContactRow {
  readonly contactOn: string;
  readonly kind: string;
  readonly withWhom: string;
  readonly summary: string;
  readonly followUp: string;
}

/** A network entry's content as read from casus_network_person (alias n); also read for a subject request. */
export interface NetworkColumns {
  name: string;
  relation: string;
  relation_note: string;
  vulnerability: string;
  preventive_care: boolean;
  preventive_care_note: string;
}

export const NETWORK_COLUMNS =
  'n.name, n.relation, n.relation_note, n.vulnerability, n.preventive_care, n.preventive_care_note';

export const toNetworkRow = (n: NetworkColumns): NetworkRow => ({
  name: n.name,
  relation: n.relation,
  relationNote: n.relation_note,
  vulnerability: n.vulnerability,
  preventiveCare: n.preventive_care,
  preventiveCareNote: n.preventive_care_note,
});

/** A family contact's content as read from casus_family_contact (alias f); also read for a subject request. */
export interface FamilyContactColumns {
  contact_on: string;
  kind: string;
  with_whom: string;
  summary: string;
  follow_up: string;
}

export const FAMILY_CONTACT_COLUMNS =
  'f.contact_on::text AS contact_on, f.kind, f.with_whom, f.summary, f.follow_up';

export const toFamilyContactRow = (f: FamilyContactColumns): FamilyContactRow => ({
  contactOn: f.contact_on,
  kind: f.kind,
  withWhom: f.with_whom,
  summary: f.summary,
  followUp: f.follow_up,
});

/** The persons around the subject (netwerkanalyse), when the case module recorded them. */
export async function caseNetwork(q: Queryable, casusId: string): Promise<NetworkRow[]> {
  const r = await q.query<NetworkColumns>(
    `SELECT ${NETWORK_COLUMNS} FROM casus_network_person n WHERE n.casus_id = $1 ORDER BY n.created_at, n.id`,
    [casusId],
  );
  return r.rows.map(toNetworkRow);
}

export async function caseFamilyContacts(q: Queryable, casusId: string): Promise<FamilyContactRow[]> {
  const r = await q.query<FamilyContactColumns>(
    `SELECT ${FAMILY_CONTACT_COLUMNS} FROM casus_family_contact f WHERE f.casus_id = $1 ORDER BY f.contact_on, f.id`,
    [casusId],
  );
  return r.rows.map(toFamilyContactRow);
}

/** Names of the tenant that could identify a place or a person: itself, its region, partners and staff. */
export async function tenantNames(
  q: Queryable,
  tenantId: string,
): Promise<{
  places: string[];
  partners: Array<{ name: string; type: string }>;
  staff: string[];
}> {
  const orgs = await q.query<{ name: string; kind: string; partner_type: string | null }>(
    `SELECT o.name, o.kind, o.partner_type FROM organisation o
      WHERE o.tenant_id = $1 OR o.id = (SELECT region_id FROM organisation WHERE id = $1)
         OR o.region_id = (SELECT region_id FROM organisation WHERE id = $1)`,
    [tenantId],
  );
  const staff = await q.query<{ display_name: string }>(
    `SELECT DISTINCT u.display_name FROM app_user u JOIN membership m ON m.user_id = u.id
       JOIN organisation o ON o.id = m.organisation_id WHERE o.tenant_id = $1`,
    [tenantId],
  );
  return {
    places: orgs.rows.filter((o) => o.kind !== 'partner').map((o) => o.name),
    partners: orgs.rows
      .filter((o) => o.kind === 'partner')
      .map((o) => ({ name: o.name, type: o.partner_type ?? 'overig' })),
    staff: staff.rows.map((s) => s.display_name),
  };
}

export interface SummaryRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly casusId: string;
  readonly text: string;
  readonly status: 'concept' | 'geexporteerd';
  readonly createdAt: Date;
  readonly createdByName: string;
  readonly exportedAt: Date | null;
  readonly exportedByName: string | null;
  readonly recipient: string | null;
  readonly version: number;
}

const SUMMARY_SELECT = `SELECT s.id, s.tenant_id, s.casus_id, s.text, s.status, s.created_at,
    cu.display_name AS created_by_name, s.exported_at, eu.display_name AS exported_by_name, s.recipient, s.version
  FROM anonymised_summary s JOIN app_user cu ON cu.id = s.created_by LEFT JOIN app_user eu ON eu.id = s.exported_by`;

interface SummaryRow {
  id: string;
  tenant_id: string;
  casus_id: string;
  text: string;
  status: 'concept' | 'geexporteerd';
  created_at: Date;
  created_by_name: string;
  exported_at: Date | null;
  exported_by_name: string | null;
  recipient: string | null;
  version: number;
}

const toSummary = (s: SummaryRow): SummaryRecord => ({
  id: s.id,
  tenantId: s.tenant_id,
  casusId: s.casus_id,
  text: s.text,
  status: s.status,
  createdAt: s.created_at,
  createdByName: s.created_by_name,
  exportedAt: s.exported_at,
  exportedByName: s.exported_by_name,
  recipient: s.recipient,
  version: s.version,
});

export async function findSummary(q: Queryable, id: string): Promise<SummaryRecord | null> {
  const r = await q.query<SummaryRow>(`${SUMMARY_SELECT} WHERE s.id = $1`, [id]);
  return firstOrNull(r, toSummary);
}

export async function listSummaries(q: Queryable, casusId: string): Promise<SummaryRecord[]> {
  const r = await q.query<SummaryRow>(
    `${SUMMARY_SELECT} WHERE s.casus_id = $1 ORDER BY s.created_at DESC, s.id`,
    [casusId],
  );
  return r.rows.map(toSummary);
}

export async function insertSummary(
  q: Queryable,
  s: { tenantId: string; casusId: string; text: string; at: Date; by: string },
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO anonymised_summary (tenant_id, casus_id, text, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [s.tenantId, s.casusId, s.text, s.at, s.by],
  );
  return r.rows[0]?.id as string;
}

export async function updateSummaryText(
  q: Queryable,
  id: string,
  version: number,
  text: string,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE anonymised_summary SET text = $3, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'concept'`,
    [id, version, text],
  );
}

export async function markExported(
  q: Queryable,
  id: string,
  version: number,
  e: { at: Date; by: string; recipient: string },
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE anonymised_summary SET status = 'geexporteerd', exported_at = $3, exported_by = $4, recipient = $5,
            version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'concept'`,
    [id, version, e.at, e.by, e.recipient],
  );
}
