import type { Queryable } from './database.js';

/**
 * The disclosure register: every time information went to a partner or outside: what, to whom, on which
 * legal basis, by whom and when. Meeting disclosures are written by the meetings module
 * (src/db/overleggen/disclosures.ts); the others here. Rows are append-only for the application.
 */

export type DisclosureObject =
  | 'agenda_item'
  | 'meeting_minutes'
  | 'casus_summary'
  | 'casus_handover'
  | 'casus_participation'
  | 'subject_export'
  | 'anonymised_summary'
  | 'analysis_export';

export interface NewRegisterEntry {
  readonly tenantId: string;
  readonly objectType: DisclosureObject;
  readonly objectId: string;
  /** Content-free: what kind of document or access; never names. */
  readonly description: string;
  readonly recipientOrganisationId: string | null;
  /** A recipient outside the tenant's organisations, in words ("betrokkene", "Landelijk Steunpunt Extremisme"). */
  readonly recipientDescription: string | null;
  readonly legalBasisId: string;
  readonly disclosedBy: string;
  readonly disclosedAt: Date;
  readonly casusId: string | null;
  readonly personId: string | null;
  /** The covenant the disclosure relied on and its article (netwerk), when one covered it. */
  readonly covenantId?: string | null;
  readonly covenantArticle?: string | null;
}

export async function insertRegisterEntry(q: Queryable, d: NewRegisterEntry): Promise<void> {
  await q.query(
    `INSERT INTO disclosure (tenant_id, object_type, object_id, description, recipient_organisation_id,
       recipient_description, legal_basis_id, disclosed_by, disclosed_at, casus_id, person_id, covenant_id,
       covenant_article)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      d.tenantId,
      d.objectType,
      d.objectId,
      d.description,
      d.recipientOrganisationId,
      d.recipientDescription,
      d.legalBasisId,
      d.disclosedBy,
      d.disclosedAt,
      d.casusId,
      d.personId,
      d.covenantId ?? null,
      d.covenantArticle ?? null,
    ],
  );
}

/** The legal basis with this code (the tenant's own entry wins over the shared list). */
export async function legalBasisByCode(q: Queryable, tenantId: string, code: string): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `SELECT id FROM legal_basis WHERE code = $2 AND active AND (tenant_id IS NULL OR tenant_id = $1)
      ORDER BY tenant_id NULLS LAST LIMIT 1`,
    [tenantId, code],
  );
  return r.rows[0]?.id ?? null;
}

export interface RegisterEntry {
  readonly id: number;
  readonly objectType: DisclosureObject;
  readonly objectId: string;
  readonly description: string;
  readonly recipient: string;
  readonly recipientOrganisationId: string | null;
  readonly legalBasis: { readonly code: string; readonly labelNl: string; readonly labelEn: string };
  readonly disclosedByName: string;
  readonly disclosedAt: Date;
  readonly casusId: string | null;
  /** About an AIVD ambtsbericht (a restricted agenda item). */
  readonly restricted: boolean;
  /** The covenant and article the disclosure relied on (netwerk), when one covered it. */
  readonly covenant: { readonly id: string; readonly title: string; readonly article: string } | null;
}

// Agenda items about a person: through a linked signal or through a case of the person.
const ITEMS_OF_PERSON = `SELECT i.id, i.meeting_id FROM agenda_item i
  WHERE i.signal_id IN (SELECT ss.signal_id FROM signal_subject ss WHERE ss.person_id = $2)
     OR i.casus_id IN (SELECT c.id FROM casus c WHERE c.person_id = $2)`;
const ITEMS_OF_CASE = 'SELECT i.id, i.meeting_id FROM agenda_item i WHERE i.casus_id = $2';

function listSql(scope: 'person' | 'casus' | 'tenant', keyset: boolean): string {
  const items = scope === 'person' ? ITEMS_OF_PERSON : ITEMS_OF_CASE;
  const own =
    scope === 'person'
      ? `d.person_id = $2 OR d.casus_id IN (SELECT c.id FROM casus c WHERE c.person_id = $2)
         OR (d.object_type IN ('casus_summary', 'casus_handover')
             AND d.object_id IN (SELECT c.id FROM casus c WHERE c.person_id = $2))`
      : `d.casus_id = $2 OR (d.object_type IN ('casus_summary', 'casus_handover') AND d.object_id = $2)`;
  const where =
    scope === 'tenant'
      ? '$2::uuid IS NULL'
      : `(${own}
          OR (d.object_type = 'agenda_item' AND d.object_id IN (SELECT id FROM (${items}) x))
          OR (d.object_type = 'meeting_minutes' AND d.object_id IN (SELECT meeting_id FROM (${items}) y)))`;
  // The keyset of disclosure_list_idx (migration 029): newest first, then the highest id.
  const after = keyset ? 'AND (d.disclosed_at, d.id) < ($4::timestamptz, $5::bigint)' : '';
  return `SELECT d.id, d.object_type, d.object_id, d.description, d.recipient_organisation_id,
                 to_char(d.disclosed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS keyset,
                 COALESCE(o.name, d.recipient_description) AS recipient, lb.code, lb.label_nl, lb.label_en,
                 u.display_name AS by_name, d.disclosed_at, d.casus_id, d.covenant_id, cv.title AS covenant_title,
                 d.covenant_article,
                 COALESCE((SELECT i.restricted FROM agenda_item i
                            WHERE d.object_type = 'agenda_item' AND i.id = d.object_id), false) AS restricted
            FROM disclosure d
            JOIN legal_basis lb ON lb.id = d.legal_basis_id
            JOIN app_user u ON u.id = d.disclosed_by
            LEFT JOIN organisation o ON o.id = d.recipient_organisation_id
            LEFT JOIN covenant cv ON cv.id = d.covenant_id
           WHERE d.tenant_id = $1 AND ${where} ${after}
           ORDER BY d.disclosed_at DESC, d.id DESC
           LIMIT $3`;
}

/**
 * The register of one person, one case, or the whole tenant; newest first. The tenant's is read a page at a
 * time by keyset (`after`: the last entry's moment and id); one person's or case's is bounded by `limit`.
 */
export async function listRegister(
  q: Queryable,
  tenantId: string,
  scope: { person: string } | { casus: string } | 'tenant',
  limit = 500,
  after?: { readonly at: string; readonly id: number },
): Promise<Array<RegisterEntry & { readonly keyset: string }>> {
  const kind = scope === 'tenant' ? 'tenant' : 'person' in scope ? 'person' : 'casus';
  const id = scope === 'tenant' ? null : 'person' in scope ? scope.person : scope.casus;
  const r = await q.query<{
    id: number;
    object_type: DisclosureObject;
    object_id: string;
    description: string;
    recipient_organisation_id: string | null;
    recipient: string;
    code: string;
    label_nl: string;
    label_en: string;
    by_name: string;
    disclosed_at: Date;
    casus_id: string | null;
    restricted: boolean;
    covenant_id: string | null;
    covenant_title: string | null;
    covenant_article: string | null;
    keyset: string;
  }>(listSql(kind, after !== undefined), [tenantId, id, limit, ...(after ? [after.at, after.id] : [])]);
  return r.rows.map((d) => ({
    id: Number(d.id),
    objectType: d.object_type,
    objectId: d.object_id,
    description: d.description,
    recipient: d.recipient,
    recipientOrganisationId: d.recipient_organisation_id,
    legalBasis: { code: d.code, labelNl: d.label_nl, labelEn: d.label_en },
    disclosedByName: d.by_name,
    disclosedAt: d.disclosed_at,
    casusId: d.casus_id,
    restricted: d.restricted,
    keyset: d.keyset,
    covenant:
      d.covenant_id && d.covenant_title
        ? { id: d.covenant_id, title: d.covenant_title, article: d.covenant_article ?? '' }
        : null,
  }));
}
