import type { FrequencyUnit } from '../domain/netwerk/contact-upkeep.js';
import type { KeyFigureRole, KeyFigureStatus } from '../domain/netwerk/key-figure.js';
import type { ContactForm } from '../domain/netwerk/partners.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/** Key figures (sleutelfiguren), their contact log, agreement document and peilingen. No case data. */

export interface KeyFigureRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly name: string;
  readonly community: string;
  readonly reach: string;
  readonly roles: KeyFigureRole[];
  readonly status: KeyFigureStatus;
  readonly agreementOn: string;
  readonly agreementEndedOn: string | null;
  readonly reviewOn: string;
  readonly contactOwnerId: string;
  readonly contactOwnerName: string;
  readonly contactEvery: number;
  readonly contactUnit: FrequencyUnit;
  readonly upkeepStartedOn: string;
  readonly lastContactOn: string | null;
  readonly snoozedUntil: string | null;
  readonly lastRemindedOn: string | null;
  readonly document: { fileName: string; mediaType: string; uploadedAt: Date } | null;
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
  readonly version: number;
}

interface Row {
  id: string;
  tenant_id: string;
  name: string;
  community: string;
  reach: string;
  roles: KeyFigureRole[];
  status: KeyFigureStatus;
  agreement_on: string;
  agreement_ended_on: string | null;
  review_on: string;
  contact_owner_id: string;
  contact_owner_name: string;
  contact_every: number;
  contact_unit: FrequencyUnit;
  upkeep_started_on: string;
  last_contact_on: string | null;
  snoozed_until: string | null;
  last_reminded_on: string | null;
  doc_file_name: string | null;
  doc_media_type: string | null;
  doc_uploaded_at: Date | null;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
}

const SELECT = `SELECT k.id, k.tenant_id, k.name, k.community, k.reach, k.roles, k.status,
    k.agreement_on::text AS agreement_on, k.agreement_ended_on::text AS agreement_ended_on,
    k.review_on::text AS review_on, k.contact_owner_id, o.display_name AS contact_owner_name, k.contact_every,
    k.contact_unit, k.upkeep_started_on::text AS upkeep_started_on, k.last_contact_on::text AS last_contact_on,
    k.snoozed_until::text AS snoozed_until, k.last_reminded_on::text AS last_reminded_on,
    d.file_name AS doc_file_name, d.media_type AS doc_media_type, d.uploaded_at AS doc_uploaded_at,
    k.updated_at, u.display_name AS updated_by_name, k.version
  FROM key_figure k
  JOIN app_user o ON o.id = k.contact_owner_id
  LEFT JOIN app_user u ON u.id = k.updated_by
  LEFT JOIN key_figure_document d ON d.key_figure_id = k.id`;

function toRecord(r: Row): KeyFigureRecord {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    name: r.name,
    community: r.community,
    reach: r.reach,
    roles: r.roles,
    status: r.status,
    agreementOn: r.agreement_on,
    agreementEndedOn: r.agreement_ended_on,
    reviewOn: r.review_on,
    contactOwnerId: r.contact_owner_id,
    contactOwnerName: r.contact_owner_name,
    contactEvery: r.contact_every,
    contactUnit: r.contact_unit,
    upkeepStartedOn: r.upkeep_started_on,
    lastContactOn: r.last_contact_on,
    snoozedUntil: r.snoozed_until,
    lastRemindedOn: r.last_reminded_on,
    document:
      r.doc_file_name && r.doc_media_type && r.doc_uploaded_at
        ? { fileName: r.doc_file_name, mediaType: r.doc_media_type, uploadedAt: r.doc_uploaded_at }
        : null,
    updatedAt: r.updated_at,
    updatedByName: r.updated_by_name,
    version: r.version,
  };
}

export async function findKeyFigure(q: Queryable, id: string): Promise<KeyFigureRecord | null> {
  return firstOrNull(await q.query<Row>(`${SELECT} WHERE k.id = $1`, [id]), toRecord);
}

export interface KeyFigureFilter {
  readonly tenantId: string;
  readonly status: KeyFigureStatus | null;
  readonly ownerId: string | null;
  /** Name or community contains this text (case-insensitive). */
  readonly text: string | null;
  /** The keyset of the last row shown: name and id. */
  readonly after: { name: string; id: string } | null;
  readonly limit: number;
}

/** A page of the municipality's key figures, by name. */
export async function listKeyFigures(q: Queryable, f: KeyFigureFilter): Promise<KeyFigureRecord[]> {
  const r = await q.query<Row>(
    `${SELECT}
      WHERE k.tenant_id = $1 AND ($2::text IS NULL OR k.status = $2) AND ($3::uuid IS NULL OR k.contact_owner_id = $3)
        AND ($4::text IS NULL OR strpos(lower(k.name || ' ' || k.community), lower($4)) > 0)
        AND ($5::text IS NULL OR (k.name, k.id) > ($5, $6::uuid))
      ORDER BY k.name, k.id
      LIMIT $7`,
    [f.tenantId, f.status, f.ownerId, f.text, f.after?.name ?? null, f.after?.id ?? null, f.limit],
  );
  return r.rows.map(toRecord);
}

/** The active key figures of a municipality (for a peiling and for contact upkeep). */
export async function activeKeyFigures(q: Queryable, tenantId: string): Promise<KeyFigureRecord[]> {
  const r = await q.query<Row>(
    `${SELECT} WHERE k.tenant_id = $1 AND k.status = 'actief' ORDER BY k.name, k.id LIMIT 2000`,
    [tenantId],
  );
  return r.rows.map(toRecord);
}

export interface KeyFigureFields {
  readonly name: string;
  readonly community: string;
  readonly reach: string;
  readonly roles: readonly KeyFigureRole[];
  readonly status: KeyFigureStatus;
  readonly agreementOn: string;
  readonly agreementEndedOn: string | null;
  readonly reviewOn: string;
  readonly contactOwnerId: string;
  readonly contactEvery: number;
  readonly contactUnit: FrequencyUnit;
}

export async function insertKeyFigure(
  q: Queryable,
  tenantId: string,
  k: KeyFigureFields,
  at: Date,
  by: string,
  startedOn: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO key_figure (tenant_id, name, community, reach, roles, status, agreement_on, agreement_ended_on,
       review_on, contact_owner_id, contact_every, contact_unit, upkeep_started_on, created_at, created_by,
       updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7::date, $8::date, $9::date, $10, $11, $12, $13::date, $14, $15, $14, $15)
     RETURNING id`,
    [
      tenantId,
      k.name,
      k.community,
      k.reach,
      [...k.roles],
      k.status,
      k.agreementOn,
      k.agreementEndedOn,
      k.reviewOn,
      k.contactOwnerId,
      k.contactEvery,
      k.contactUnit,
      startedOn,
      at,
      by,
    ],
  );
  return r.rows[0]?.id as string;
}

/**
 * Changes a key figure under the version read. A new frequency restarts the upkeep's base (startedOn), as
 * contact-upkeep.ts describes.
 */
export async function updateKeyFigure(
  q: Queryable,
  id: string,
  version: number,
  k: KeyFigureFields,
  at: Date,
  by: string,
  startedOn: string,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE key_figure SET name = $3, community = $4, reach = $5, roles = $6::text[], status = $7,
            agreement_on = $8::date, agreement_ended_on = $9::date, review_on = $10::date, contact_owner_id = $11,
            contact_every = $12, contact_unit = $13, upkeep_started_on = $14::date, updated_at = $15,
            updated_by = $16, version = version + 1
      WHERE id = $1 AND version = $2`,
    [
      id,
      version,
      k.name,
      k.community,
      k.reach,
      [...k.roles],
      k.status,
      k.agreementOn,
      k.agreementEndedOn,
      k.reviewOn,
      k.contactOwnerId,
      k.contactEvery,
      k.contactUnit,
      startedOn,
      at,
      by,
    ],
  );
}

/** The state of the upkeep after a contact or a snooze (not a change of the record: no new version). */
export async function setUpkeep(
  q: Queryable,
  id: string,
  u: { lastContactOn: string | null; snoozedUntil: string | null },
): Promise<void> {
  await q.query('UPDATE key_figure SET last_contact_on = $2::date, snoozed_until = $3::date WHERE id = $1', [
    id,
    u.lastContactOn,
    u.snoozedUntil,
  ]);
}

export async function markKeyFiguresReminded(q: Queryable, ids: readonly string[], today: string) {
  if (ids.length === 0) return;
  await q.query('UPDATE key_figure SET last_reminded_on = $2::date WHERE id = ANY($1::uuid[])', [ids, today]);
}

/** Every active key figure with a contact that may be overdue, for the reminders (all tenants). */
export async function keyFiguresForReminders(q: Queryable): Promise<KeyFigureRecord[]> {
  const r = await q.query<Row>(
    `${SELECT}
      WHERE k.status = 'actief' AND o.disabled_at IS NULL AND o.email IS NOT NULL
        AND EXISTS (SELECT 1 FROM membership m WHERE m.user_id = k.contact_owner_id AND m.ended_at IS NULL
                     AND m.role IN ('aandachtsfunctionaris', 'netwerkcoordinator'))
      ORDER BY k.contact_owner_id, k.id`,
  );
  return r.rows.map(toRecord);
}

// -------------------------------------------------------------------------------------------------
// The agreement document

export interface KeyFigureDocument {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
  readonly sha256: string;
}

export async function saveDocument(
  q: Queryable,
  keyFigureId: string,
  d: KeyFigureDocument,
  at: Date,
  by: string,
): Promise<void> {
  await q.query(
    `INSERT INTO key_figure_document (key_figure_id, file_name, media_type, content, sha256, uploaded_at, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (key_figure_id) DO UPDATE SET file_name = $2, media_type = $3, content = $4, sha256 = $5,
       uploaded_at = $6, uploaded_by = $7`,
    [keyFigureId, d.fileName, d.mediaType, d.content, d.sha256, at, by],
  );
}

export async function findDocument(q: Queryable, keyFigureId: string): Promise<KeyFigureDocument | null> {
  const r = await q.query<{ file_name: string; media_type: string; content: Uint8Array; sha256: string }>(
    'SELECT file_name, media_type, content, sha256 FROM key_figure_document WHERE key_figure_id = $1',
    [keyFigureId],
  );
  return firstOrNull(r, (x) => ({
    fileName: x.file_name,
    mediaType: x.media_type,
    content: Buffer.from(x.content),
    sha256: x.sha256,
  }));
}

/** Bumps the version of the record the document belongs to (a new document is a change of the agreement). */
export async function bumpVersion(q: Queryable, id: string, version: number, at: Date, by: string) {
  return affectsRows(
    q,
    'UPDATE key_figure SET version = version + 1, updated_at = $3, updated_by = $4 WHERE id = $1 AND version = $2',
    [id, version, at, by],
  );
}

// -------------------------------------------------------------------------------------------------
// The contact log

export interface KeyFigureContact {
  readonly id: string;
  readonly contactOn: string;
  readonly form: ContactForm;
  readonly byName: string;
  readonly note: string;
}

export async function insertContact(
  q: Queryable,
  c: { keyFigureId: string; contactOn: string; form: ContactForm; byUserId: string; note: string; at: Date },
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO key_figure_contact (key_figure_id, contact_on, form, by_user_id, note, created_at)
     VALUES ($1, $2::date, $3, $4, $5, $6) RETURNING id`,
    [c.keyFigureId, c.contactOn, c.form, c.byUserId, c.note, c.at],
  );
  return r.rows[0]?.id as string;
}

export async function listContacts(q: Queryable, keyFigureId: string, limit: number) {
  const r = await q.query<{
    id: string;
    contact_on: string;
    form: ContactForm;
    by_name: string;
    note: string;
  }>(
    `SELECT c.id, c.contact_on::text AS contact_on, c.form, u.display_name AS by_name, c.note
       FROM key_figure_contact c JOIN app_user u ON u.id = c.by_user_id
      WHERE c.key_figure_id = $1 ORDER BY c.contact_on DESC, c.seq DESC LIMIT $2`,
    [keyFigureId, limit],
  );
  return r.rows.map(
    (x): KeyFigureContact => ({
      id: x.id,
      contactOn: x.contact_on,
      form: x.form,
      byName: x.by_name,
      note: x.note,
    }),
  );
}

// -------------------------------------------------------------------------------------------------
// Who may be a contact owner

/** The users of the municipality who may keep up key figures (an active membership in one of the roles). */
export async function contactOwnerCandidates(
  q: Queryable,
  tenantId: string,
): Promise<Array<{ id: string; name: string }>> {
  const r = await q.query<{ id: string; name: string }>(
    `SELECT DISTINCT u.id, u.display_name AS name
       FROM app_user u
       JOIN membership m ON m.user_id = u.id AND m.ended_at IS NULL
        AND m.role IN ('aandachtsfunctionaris', 'netwerkcoordinator')
       JOIN organisation o ON o.id = m.organisation_id AND o.tenant_id = $1 AND o.kind <> 'partner'
      WHERE u.disabled_at IS NULL
      ORDER BY name, id`,
    [tenantId],
  );
  return r.rows;
}

// -------------------------------------------------------------------------------------------------
// Peilingen

export async function insertSounding(
  q: Queryable,
  s: { tenantId: string; event: string; dueOn: string; at: Date; by: string },
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO key_figure_sounding (tenant_id, event, due_on, created_at, created_by)
     VALUES ($1, $2, $3::date, $4, $5) RETURNING id`,
    [s.tenantId, s.event, s.dueOn, s.at, s.by],
  );
  return r.rows[0]?.id as string;
}

export async function insertSoundingTargets(
  q: Queryable,
  soundingId: string,
  actionId: string,
  keyFigureIds: readonly string[],
): Promise<void> {
  await q.query(
    `INSERT INTO key_figure_sounding_target (sounding_id, key_figure_id, action_id)
     SELECT $1, k, $2 FROM unnest($3::uuid[]) AS k`,
    [soundingId, actionId, keyFigureIds],
  );
}

export interface SoundingRecord {
  readonly id: string;
  readonly event: string;
  readonly dueOn: string;
  readonly createdAt: Date;
  readonly createdByName: string;
  readonly owners: Array<{
    actionId: string;
    ownerId: string | null;
    ownerName: string | null;
    status: string;
    completedAt: Date | null;
    keyFigureCount: number;
  }>;
}

/** The municipality's peilingen, newest first, each with its actions per contact owner and their status. */
export async function listSoundings(
  q: Queryable,
  tenantId: string,
  limit: number,
): Promise<SoundingRecord[]> {
  const r = await q.query<{
    id: string;
    event: string;
    due_on: string;
    created_at: Date;
    created_by_name: string;
    owners: Array<{
      action_id: string;
      owner_id: string | null;
      owner_name: string | null;
      status: string;
      completed_at: string | null;
      n: number;
    }> | null;
  }>(
    `SELECT s.id, s.event, s.due_on::text AS due_on, s.created_at, c.display_name AS created_by_name,
            (SELECT json_agg(json_build_object('action_id', a.id, 'owner_id', a.owner_user_id,
                     'owner_name', u.display_name, 'status', a.status, 'completed_at', a.completed_at,
                     'n', (SELECT count(*) FROM key_figure_sounding_target t WHERE t.action_id = a.id))
                     ORDER BY u.display_name, a.id)
               FROM meeting_action a LEFT JOIN app_user u ON u.id = a.owner_user_id
              WHERE a.sounding_id = s.id) AS owners
       FROM key_figure_sounding s JOIN app_user c ON c.id = s.created_by
      WHERE s.tenant_id = $1 ORDER BY s.created_at DESC, s.seq DESC LIMIT $2`,
    [tenantId, limit],
  );
  return r.rows.map((x) => ({
    id: x.id,
    event: x.event,
    dueOn: x.due_on,
    createdAt: x.created_at,
    createdByName: x.created_by_name,
    owners: (x.owners ?? []).map((o) => ({
      actionId: o.action_id,
      ownerId: o.owner_id,
      ownerName: o.owner_name,
      status: o.status,
      completedAt: o.completed_at ? new Date(o.completed_at) : null,
      keyFigureCount: Number(o.n),
    })),
  }));
}
