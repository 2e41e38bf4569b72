import type { NetworkLinkKind, NetworkPersonInput, NetworkRelation } from '../domain/casus/network.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/** The netwerkanalyse of a case: persons around the subject and the relations between them. */

export interface NetworkPersonRecord extends NetworkPersonInput {
  readonly id: string;
  readonly casusId: string;
  readonly linkedPerson: {
    readonly id: string;
    readonly name: string;
    readonly tenantId: string;
    readonly restricted: boolean;
  } | null;
  readonly linkedCasus: { readonly id: string; readonly reference: string } | null;
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
  readonly version: number;
}

interface PersonRow {
  id: string;
  casus_id: string;
  name: string;
  relation: NetworkRelation;
  relation_note: string;
  vulnerability: string;
  preventive_care: boolean;
  preventive_care_note: string;
  linked_person_id: string | null;
  linked_person_name: string | null;
  linked_person_tenant_id: string | null;
  linked_person_restricted: boolean | null;
  linked_casus_id: string | null;
  linked_casus_reference: string | null;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
}

const SELECT_PERSON = `SELECT n.id, n.casus_id, n.name, n.relation, n.relation_note, n.vulnerability, n.preventive_care,
  n.preventive_care_note, n.linked_person_id, lp.display_name AS linked_person_name,
  lp.tenant_id AS linked_person_tenant_id, lp.restricted AS linked_person_restricted, n.linked_casus_id,
  lc.reference AS linked_casus_reference, n.updated_at, u.display_name AS updated_by_name, n.version
  FROM casus_network_person n LEFT JOIN person lp ON lp.id = n.linked_person_id
  LEFT JOIN casus lc ON lc.id = n.linked_casus_id LEFT JOIN app_user u ON u.id = n.updated_by`;

function toPerson(r: PersonRow): NetworkPersonRecord {
  return {
    id: r.id,
    casusId: r.casus_id,
    name: r.name,
    relation: r.relation,
    relationNote: r.relation_note,
    vulnerability: r.vulnerability,
    preventiveCare: r.preventive_care,
    preventiveCareNote: r.preventive_care_note,
    linkedPerson:
      r.linked_person_id && r.linked_person_tenant_id
        ? {
            id: r.linked_person_id,
            name: r.linked_person_name ?? '',
            tenantId: r.linked_person_tenant_id,
            restricted: r.linked_person_restricted ?? false,
          }
        : null,
    linkedCasus:
      r.linked_casus_id && r.linked_casus_reference
        ? { id: r.linked_casus_id, reference: r.linked_casus_reference }
        : null,
    updatedAt: r.updated_at,
    updatedByName: r.updated_by_name,
    version: r.version,
  };
}

export async function listNetworkPersons(q: Queryable, casusId: string): Promise<NetworkPersonRecord[]> {
  const r = await q.query<PersonRow>(
    `${SELECT_PERSON} WHERE n.casus_id = $1 ORDER BY n.created_at, n.name, n.id`,
    [casusId],
  );
  return r.rows.map(toPerson);
}

export async function findNetworkPerson(q: Queryable, id: string): Promise<NetworkPersonRecord | null> {
  const r = await q.query<PersonRow>(`${SELECT_PERSON} WHERE n.id = $1`, [id]);
  return firstOrNull(r, toPerson);
}

export interface NetworkPersonWrite extends NetworkPersonInput {
  readonly linkedPersonId: string | null;
  readonly linkedCasusId: string | null;
}

const personValues = (p: NetworkPersonWrite) => [
  p.name,
  p.relation,
  p.relationNote,
  p.vulnerability,
  p.preventiveCare,
  p.preventiveCareNote,
  p.linkedPersonId,
  p.linkedCasusId,
];

export async function insertNetworkPerson(
  q: Queryable,
  casusId: string,
  p: NetworkPersonWrite,
  at: Date,
  by: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO casus_network_person (name, relation, relation_note, vulnerability, preventive_care,
       preventive_care_note, linked_person_id, linked_casus_id, casus_id, created_at, created_by, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $10, $11) RETURNING id`,
    [...personValues(p), casusId, at, by],
  );
  return (r.rows[0] as { id: string }).id;
}

export async function updateNetworkPerson(
  q: Queryable,
  id: string,
  version: number,
  p: NetworkPersonWrite,
  at: Date,
  by: string,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE casus_network_person SET name = $1, relation = $2, relation_note = $3, vulnerability = $4,
       preventive_care = $5, preventive_care_note = $6, linked_person_id = $7, linked_casus_id = $8,
       updated_at = $9, updated_by = $10, version = version + 1
     WHERE id = $11 AND version = $12`,
    [...personValues(p), at, by, id, version],
  );
}

export async function deleteNetworkPerson(q: Queryable, id: string, version: number): Promise<boolean> {
  return affectsRows(q, 'DELETE FROM casus_network_person WHERE id = $1 AND version = $2', [id, version]);
}

// -------------------------------------------------------------------------------------------------
// Relations between network persons

export interface NetworkRelationRecord {
  readonly id: string;
  readonly casusId: string;
  readonly fromPersonId: string;
  readonly toPersonId: string;
  readonly kind: NetworkLinkKind;
  readonly note: string;
  readonly version: number;
}

export async function listNetworkRelations(q: Queryable, casusId: string): Promise<NetworkRelationRecord[]> {
  const r = await q.query<{
    id: string;
    casus_id: string;
    from_person_id: string;
    to_person_id: string;
    kind: NetworkLinkKind;
    note: string;
    version: number;
  }>(
    `SELECT id, casus_id, from_person_id, to_person_id, kind, note, version FROM casus_network_relation
     WHERE casus_id = $1 ORDER BY created_at, id`,
    [casusId],
  );
  return r.rows.map((x) => ({
    id: x.id,
    casusId: x.casus_id,
    fromPersonId: x.from_person_id,
    toPersonId: x.to_person_id,
    kind: x.kind,
    note: x.note,
    version: x.version,
  }));
}

export interface NetworkRelationWrite {
  readonly fromPersonId: string;
  readonly toPersonId: string;
  readonly kind: NetworkLinkKind;
  readonly note: string;
}

/** Null when the pair already has a relation (entered at the same moment by someone else). */
export async function insertNetworkRelation(
  q: Queryable,
  casusId: string,
  l: NetworkRelationWrite,
  at: Date,
  by: string,
): Promise<string | null> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO casus_network_relation (casus_id, from_person_id, to_person_id, kind, note, created_at, created_by,
       updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $6) ON CONFLICT DO NOTHING RETURNING id`,
    [casusId, l.fromPersonId, l.toPersonId, l.kind, l.note, at, by],
  );
  return r.rows[0]?.id ?? null;
}

export async function updateNetworkRelation(
  q: Queryable,
  id: string,
  version: number,
  l: NetworkRelationWrite,
  at: Date,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE casus_network_relation SET from_person_id = $3, to_person_id = $4, kind = $5, note = $6, updated_at = $7,
       version = version + 1
     WHERE id = $1 AND version = $2`,
    [id, version, l.fromPersonId, l.toPersonId, l.kind, l.note, at],
  );
}

export async function deleteNetworkRelation(q: Queryable, id: string, version: number): Promise<boolean> {
  return affectsRows(q, 'DELETE FROM casus_network_relation WHERE id = $1 AND version = $2', [id, version]);
}

/**
 * A handed-over case keeps no links into the sending municipality's records: its meldpunt persons and
 * cases are not the receiver's to see.
 */
export async function clearForeignLinks(q: Queryable, casusId: string, tenantId: string): Promise<void> {
  await q.query(
    `UPDATE casus_network_person n SET
       linked_person_id = CASE WHEN EXISTS (SELECT 1 FROM person p WHERE p.id = n.linked_person_id
         AND p.tenant_id = $2) THEN n.linked_person_id END,
       linked_casus_id = CASE WHEN EXISTS (SELECT 1 FROM casus c WHERE c.id = n.linked_casus_id
         AND c.tenant_id = $2) THEN n.linked_casus_id END,
       version = version + 1
     WHERE n.casus_id = $1 AND (n.linked_person_id IS NOT NULL OR n.linked_casus_id IS NOT NULL)`,
    [casusId, tenantId],
  );
}
