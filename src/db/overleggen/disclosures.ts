import type { Queryable } from '../database.js';

/** The disclosures (verstrekkingen) of meeting items, minutes and case documents, each with its legal basis. */

export interface DisclosureRecord {
  readonly objectType: string;
  readonly objectId: string;
  readonly description: string;
  readonly recipientOrganisationId: string;
  readonly recipientUserId: string | null;
  readonly legalBasisId: string;
  readonly disclosedBy: string;
  readonly disclosedAt: Date;
}

export interface NewDisclosure extends DisclosureRecord {
  readonly tenantId: string;
  readonly objectType: 'agenda_item' | 'meeting_minutes' | 'casus_summary' | 'casus_handover';
  /** The covenant the disclosure relied on, and its article (netwerk), when one covered it. */
  readonly covenantId?: string | null;
  readonly covenantArticle?: string | null;
}

export async function insertDisclosure(q: Queryable, d: NewDisclosure): Promise<void> {
  await q.query(
    `INSERT INTO disclosure (tenant_id, object_type, object_id, description, recipient_organisation_id,
       recipient_user_id, legal_basis_id, disclosed_by, disclosed_at, covenant_id, covenant_article)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      d.tenantId,
      d.objectType,
      d.objectId,
      d.description,
      d.recipientOrganisationId,
      d.recipientUserId,
      d.legalBasisId,
      d.disclosedBy,
      d.disclosedAt,
      d.covenantId ?? null,
      d.covenantArticle ?? null,
    ],
  );
}

export async function listDisclosures(q: Queryable, objectId: string): Promise<DisclosureRecord[]> {
  const r = await q.query<{
    object_type: string;
    object_id: string;
    description: string;
    recipient_organisation_id: string;
    recipient_user_id: string | null;
    legal_basis_id: string;
    disclosed_by: string;
    disclosed_at: Date;
  }>(
    `SELECT object_type, object_id, description, recipient_organisation_id, recipient_user_id, legal_basis_id,
            disclosed_by, disclosed_at
       FROM disclosure WHERE object_id = $1 ORDER BY id`,
    [objectId],
  );
  return r.rows.map((d) => ({
    objectType: d.object_type,
    objectId: d.object_id,
    description: d.description,
    recipientOrganisationId: d.recipient_organisation_id,
    recipientUserId: d.recipient_user_id,
    legalBasisId: d.legal_basis_id,
    disclosedBy: d.disclosed_by,
    disclosedAt: d.disclosed_at,
  }));
}
