import type { FamilyContactKind } from '../domain/casus/family.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/** Familieondersteuning: contacts with the family of a case over time. */

export interface FamilyContactRecord {
  readonly id: string;
  readonly casusId: string;
  readonly contactOn: string;
  readonly kind: FamilyContactKind;
  readonly withWhom: string;
  readonly networkPersonId: string | null;
  readonly byOrganisationId: string;
  readonly byOrganisationName: string;
  readonly byUserId: string | null;
  readonly byUserName: string | null;
  readonly summary: string;
  readonly followUp: string;
  readonly followUpDueOn: string | null;
  readonly followUpDoneAt: Date | null;
  readonly followUpDoneByName: string | null;
  readonly version: number;
}

interface Row {
  id: string;
  casus_id: string;
  contact_on: string;
  kind: FamilyContactKind;
  with_whom: string;
  network_person_id: string | null;
  by_organisation_id: string;
  by_organisation_name: string;
  by_user_id: string | null;
  by_user_name: string | null;
  summary: string;
  follow_up: string;
  follow_up_due_on: string | null;
  follow_up_done_at: Date | null;
  follow_up_done_by_name: string | null;
  version: number;
}

const SELECT = `SELECT f.id, f.casus_id, f.contact_on::text AS contact_on, f.kind, f.with_whom, f.network_person_id,
  f.by_organisation_id, o.name AS by_organisation_name, f.by_user_id, u.display_name AS by_user_name, f.summary,
  f.follow_up, f.follow_up_due_on::text AS follow_up_due_on, f.follow_up_done_at,
  d.display_name AS follow_up_done_by_name, f.version
  FROM casus_family_contact f JOIN organisation o ON o.id = f.by_organisation_id
  LEFT JOIN app_user u ON u.id = f.by_user_id LEFT JOIN app_user d ON d.id = f.follow_up_done_by`;

const toRecord = (r: Row): FamilyContactRecord => ({
  id: r.id,
  casusId: r.casus_id,
  contactOn: r.contact_on,
  kind: r.kind,
  withWhom: r.with_whom,
  networkPersonId: r.network_person_id,
  byOrganisationId: r.by_organisation_id,
  byOrganisationName: r.by_organisation_name,
  byUserId: r.by_user_id,
  byUserName: r.by_user_name,
  summary: r.summary,
  followUp: r.follow_up,
  followUpDueOn: r.follow_up_due_on,
  followUpDoneAt: r.follow_up_done_at,
  followUpDoneByName: r.follow_up_done_by_name,
  version: r.version,
});

/** Newest contact first. */
export async function listFamilyContacts(q: Queryable, casusId: string): Promise<FamilyContactRecord[]> {
  const r = await q.query<Row>(
    `${SELECT} WHERE f.casus_id = $1 ORDER BY f.contact_on DESC, f.created_at DESC, f.id LIMIT 1000`,
    [casusId],
  );
  return r.rows.map(toRecord);
}

export async function findFamilyContact(q: Queryable, id: string): Promise<FamilyContactRecord | null> {
  const r = await q.query<Row>(`${SELECT} WHERE f.id = $1`, [id]);
  return firstOrNull(r, toRecord);
}

export interface FamilyContactWrite {
  readonly contactOn: string;
  readonly kind: FamilyContactKind;
  readonly withWhom: string;
  readonly networkPersonId: string | null;
  readonly summary: string;
  readonly followUp: string;
  readonly followUpDueOn: string | null;
}

const values = (c: FamilyContactWrite) => [
  c.contactOn,
  c.kind,
  c.withWhom,
  c.networkPersonId,
  c.summary,
  c.followUp,
  c.followUpDueOn,
];

export async function insertFamilyContact(
  q: Queryable,
  casusId: string,
  c: FamilyContactWrite,
  by: { organisationId: string; userId: string },
  done: { at: Date; by: string } | null,
  at: Date,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO casus_family_contact (contact_on, kind, with_whom, network_person_id, summary, follow_up,
       follow_up_due_on, casus_id, by_organisation_id, by_user_id, follow_up_done_at, follow_up_done_by, created_at,
       created_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $10, $13) RETURNING id`,
    [...values(c), casusId, by.organisationId, by.userId, done?.at ?? null, done?.by ?? null, at],
  );
  return (r.rows[0] as { id: string }).id;
}

/** A follow-up marked done keeps who and when; marking it open again clears them. */
export async function updateFamilyContact(
  q: Queryable,
  id: string,
  version: number,
  c: FamilyContactWrite,
  done: { at: Date; by: string } | 'keep' | null,
  at: Date,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE casus_family_contact SET contact_on = $1, kind = $2, with_whom = $3, network_person_id = $4, summary = $5,
       follow_up = $6, follow_up_due_on = $7,
       follow_up_done_at = CASE WHEN $10 THEN follow_up_done_at ELSE $11::timestamptz END,
       follow_up_done_by = CASE WHEN $10 THEN follow_up_done_by ELSE $12::uuid END,
       updated_at = $13, version = version + 1
     WHERE id = $8 AND version = $9`,
    [
      ...values(c),
      id,
      version,
      done === 'keep',
      done === 'keep' || done === null ? null : done.at,
      done === 'keep' || done === null ? null : done.by,
      at,
    ],
  );
}
