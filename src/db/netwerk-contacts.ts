import type { FrequencyUnit } from '../domain/netwerk/contact-upkeep.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/**
 * The contact persons of the partner register and their contact log (migration 016). The upkeep status is
 * the domain's (src/domain/netwerk/contact-upkeep.ts); the SQL below only narrows the list of contacts that
 * need attention with the same due date and "binnenkort" window, so the list can be paged on the server.
 */

export interface ContactRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly name: string;
  readonly role: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly frequencyEvery: number;
  readonly frequencyUnit: FrequencyUnit;
  readonly startedOn: string;
  readonly lastContactOn: string | null;
  readonly snoozedUntil: string | null;
  readonly lastRemindedOn: string | null;
  readonly ownerUserId: string;
  readonly ownerName: string;
  readonly updatedAt: Date;
  readonly version: number;
}

interface ContactRow {
  id: string;
  tenant_id: string;
  organisation_id: string;
  organisation_name: string;
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
  frequency_every: number;
  frequency_unit: FrequencyUnit;
  started_on: string;
  last_contact_on: string | null;
  snoozed_until: string | null;
  last_reminded_on: string | null;
  owner_user_id: string;
  owner_name: string;
  updated_at: Date;
  version: number;
}

const CONTACT_COLUMNS = `c.id, c.tenant_id, c.organisation_id, o.name AS organisation_name, c.name, c.role, c.email,
  c.phone, c.frequency_every, c.frequency_unit, c.started_on::text AS started_on,
  c.last_contact_on::text AS last_contact_on, c.snoozed_until::text AS snoozed_until,
  c.last_reminded_on::text AS last_reminded_on, c.owner_user_id, u.display_name AS owner_name, c.updated_at,
  c.version`;
const CONTACT_FROM = `netwerk_contact c JOIN organisation o ON o.id = c.organisation_id
  JOIN app_user u ON u.id = c.owner_user_id`;

/** The due date and the start of the "binnenkort" window, as dueOn and soonWindowDays compute them. */
const PERIOD = `(c.frequency_every * CASE c.frequency_unit WHEN 'weken' THEN 7 ELSE 1 END)`;
const DUE_ON = `(coalesce(c.last_contact_on, c.started_on) + ${PERIOD})`;
const SOON_FROM = `(${DUE_ON} - least(14, greatest(1, ${PERIOD} / 4)))`;

const toContact = (r: ContactRow): ContactRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  name: r.name,
  role: r.role,
  email: r.email,
  phone: r.phone,
  frequencyEvery: r.frequency_every,
  frequencyUnit: r.frequency_unit,
  startedOn: r.started_on,
  lastContactOn: r.last_contact_on,
  snoozedUntil: r.snoozed_until,
  lastRemindedOn: r.last_reminded_on,
  ownerUserId: r.owner_user_id,
  ownerName: r.owner_name,
  updatedAt: r.updated_at,
  version: r.version,
});

export async function contactsOfPartner(q: Queryable, organisationId: string): Promise<ContactRecord[]> {
  const r = await q.query<ContactRow>(
    `SELECT ${CONTACT_COLUMNS} FROM ${CONTACT_FROM} WHERE c.organisation_id = $1 ORDER BY c.name, c.id`,
    [organisationId],
  );
  return r.rows.map(toContact);
}

export async function findContact(
  q: Queryable,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ContactRecord | null> {
  const r = await q.query<ContactRow>(
    `SELECT ${CONTACT_COLUMNS} FROM ${CONTACT_FROM} WHERE c.id = $1${opts.forUpdate ? ' FOR UPDATE OF c' : ''}`,
    [id],
  );
  return firstOrNull(r, toContact);
}

/** Which contacts the list of attention shows: due soon or overdue and not snoozed, only overdue, or snoozed. */
export type DueFilter = 'aandacht' | 'achterstallig' | 'gesnoozed';

/**
 * One page of the tenant's contacts that need attention, earliest due date first, after the keyset
 * (due date, id); `ownerUserId` narrows to one owner's contacts.
 */
export async function listDueContacts(
  q: Queryable,
  tenantId: string,
  f: { filter: DueFilter; today: string; ownerUserId?: string | undefined },
  page: { after?: { dueOn: string; id: string } | undefined; limit: number },
): Promise<(ContactRecord & { dueOn: string })[]> {
  const where =
    f.filter === 'gesnoozed'
      ? `c.snoozed_until > $2::date AND ${SOON_FROM} <= $2::date`
      : f.filter === 'achterstallig'
        ? `${DUE_ON} < $2::date AND (c.snoozed_until IS NULL OR c.snoozed_until <= $2::date)`
        : `${SOON_FROM} <= $2::date AND (c.snoozed_until IS NULL OR c.snoozed_until <= $2::date)`;
  const r = await q.query<ContactRow & { due_on: string }>(
    `SELECT ${CONTACT_COLUMNS}, ${DUE_ON}::text AS due_on FROM ${CONTACT_FROM}
      WHERE c.tenant_id = $1 AND ${where}
        AND ($3::uuid IS NULL OR c.owner_user_id = $3)
        AND ($4::date IS NULL OR (${DUE_ON}, c.id) > ($4::date, $5::uuid))
      ORDER BY ${DUE_ON}, c.id
      LIMIT $6`,
    [tenantId, f.today, f.ownerUserId ?? null, page.after?.dueOn ?? null, page.after?.id ?? null, page.limit],
  );
  return r.rows.map((x) => ({ ...toContact(x), dueOn: x.due_on }));
}

/** Contacts that are overdue and not snoozed, for the reminders (the domain decides which get one today). */
export async function overdueContactsForReminders(q: Queryable, today: string): Promise<ContactRecord[]> {
  const r = await q.query<ContactRow>(
    `SELECT ${CONTACT_COLUMNS} FROM ${CONTACT_FROM}
      WHERE ${DUE_ON} < $1::date AND (c.snoozed_until IS NULL OR c.snoozed_until <= $1::date)
      ORDER BY c.owner_user_id, c.id`,
    [today],
  );
  return r.rows.map(toContact);
}

export interface ContactValues {
  readonly name: string;
  readonly role: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly frequencyEvery: number;
  readonly frequencyUnit: FrequencyUnit;
}

export async function insertContact(
  q: Queryable,
  c: ContactValues & {
    tenantId: string;
    organisationId: string;
    startedOn: string;
    ownerUserId: string;
    at: Date;
  },
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO netwerk_contact (tenant_id, organisation_id, name, role, email, phone, frequency_every,
       frequency_unit, started_on, owner_user_id, created_at, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $10) RETURNING id`,
    [
      c.tenantId,
      c.organisationId,
      c.name,
      c.role,
      c.email,
      c.phone,
      c.frequencyEvery,
      c.frequencyUnit,
      c.startedOn,
      c.ownerUserId,
      c.at,
    ],
  );
  return r.rows[0]?.id as string;
}

/** Saves the contact's details at the version read; false when another version is stored now. */
export function updateContact(
  q: Queryable,
  id: string,
  version: number,
  c: ContactValues & { at: Date; by: string },
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE netwerk_contact SET name = $3, role = $4, email = $5, phone = $6, frequency_every = $7,
            frequency_unit = $8, updated_at = $9, updated_by = $10, version = version + 1
      WHERE id = $1 AND version = $2`,
    [id, version, c.name, c.role, c.email, c.phone, c.frequencyEvery, c.frequencyUnit, c.at, c.by],
  );
}

/** The upkeep state after a logged contact or a snooze (not a change of the details: no new version). */
export async function setUpkeep(
  q: Queryable,
  id: string,
  s: { lastContactOn: string | null; snoozedUntil: string | null },
): Promise<void> {
  await q.query('UPDATE netwerk_contact SET last_contact_on = $2, snoozed_until = $3 WHERE id = $1', [
    id,
    s.lastContactOn,
    s.snoozedUntil,
  ]);
}

export async function markReminded(q: Queryable, ids: readonly string[], day: string): Promise<void> {
  await q.query('UPDATE netwerk_contact SET last_reminded_on = $2 WHERE id = ANY ($1::uuid[])', [
    [...ids],
    day,
  ]);
}

export interface LogRecord {
  readonly id: string;
  readonly contactedOn: string;
  readonly form: string;
  readonly byName: string;
  readonly note: string;
  readonly createdAt: Date;
}

export async function insertLog(
  q: Queryable,
  l: {
    tenantId: string;
    contactId: string;
    contactedOn: string;
    form: string;
    by: string;
    note: string;
    at: Date;
  },
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO netwerk_contact_log (tenant_id, contact_id, contacted_on, form, by_user_id, note, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [l.tenantId, l.contactId, l.contactedOn, l.form, l.by, l.note, l.at],
  );
  return r.rows[0]?.id as string;
}

/** A contact's log, newest first, after the keyset (date, created, id). */
export async function listLog(
  q: Queryable,
  contactId: string,
  page: { after?: { on: string; at: Date; id: string } | undefined; limit: number },
): Promise<LogRecord[]> {
  const r = await q.query<{
    id: string;
    contacted_on: string;
    form: string;
    by_name: string;
    note: string;
    created_at: Date;
  }>(
    `SELECT l.id, l.contacted_on::text AS contacted_on, l.form, u.display_name AS by_name, l.note, l.created_at
       FROM netwerk_contact_log l JOIN app_user u ON u.id = l.by_user_id
      WHERE l.contact_id = $1
        AND ($2::date IS NULL OR (l.contacted_on, l.created_at, l.id) < ($2::date, $3::timestamptz, $4::uuid))
      ORDER BY l.contacted_on DESC, l.created_at DESC, l.id DESC
      LIMIT $5`,
    [contactId, page.after?.on ?? null, page.after?.at ?? null, page.after?.id ?? null, page.limit],
  );
  return r.rows.map((x) => ({
    id: x.id,
    contactedOn: x.contacted_on,
    form: x.form,
    byName: x.by_name,
    note: x.note,
    createdAt: x.created_at,
  }));
}
