import type {
  ContactCreate,
  ContactLogPage,
  ContactUpdate,
  DueContactPage,
  DueListQuery,
  LogCreate,
  NetworkContact,
} from '../../contract/netwerk-partners.js';
import type { Database } from '../../db/database.js';
import {
  type ContactRecord,
  type ContactValues,
  findContact,
  insertContact,
  insertLog,
  listDueContacts,
  listLog,
  markReminded,
  overdueContactsForReminders,
  setUpkeep,
  updateContact,
} from '../../db/netwerk-contacts.js';
import { findPartner } from '../../db/netwerk-partners.js';
import { queueMail } from '../../db/overleggen/outbox.js';
import { amsterdamDate, isValidDate } from '../../domain/melding/calendar.js';
import {
  afterContact,
  checkFrequency,
  checkSnooze,
  reminderDue,
  type UpkeepState,
  upkeep,
} from '../../domain/netwerk/contact-upkeep.js';
import { type ContactForm, checkContactPerson, FORMS } from '../../domain/netwerk/partners.js';
import type { FieldIssue } from '../../domain/overleg/types.js';
import { isOneOf } from '../../domain/overleg/types.js';
import { type Ctx, fieldError, inTx, invalid, logDenied, type Result, Stale } from '../overleg/results.js';
import { decodeCursor, encodeCursor } from './cursor.js';

/**
 * Contact upkeep of the partner register: contact persons with a target frequency, the contact log, the
 * snooze, the list of contacts that need attention and the reminder mails. The rules are the domain's
 * (src/domain/netwerk/contact-upkeep.ts). A contact person is a professional's work data: every read and
 * write is logged.
 */

const OBJECT_CONTACT = 'netwerk_contact';
const OBJECT_LOG = 'netwerk_contact_log';

export const todayOf = (now: Date): string => amsterdamDate(now);

const stateOf = (c: ContactRecord): UpkeepState => ({
  frequency: { every: c.frequencyEvery, unit: c.frequencyUnit },
  lastContactOn: c.lastContactOn,
  startedOn: c.startedOn,
  snoozedUntil: c.snoozedUntil,
});

export function contactJson(c: ContactRecord, today: string): NetworkContact {
  return {
    id: c.id,
    organisationId: c.organisationId,
    organisationName: c.organisationName,
    name: c.name,
    role: c.role,
    email: c.email,
    phone: c.phone,
    frequency: { every: c.frequencyEvery, unit: c.frequencyUnit },
    lastContactOn: c.lastContactOn,
    ownerName: c.ownerName,
    upkeep: upkeep(stateOf(c), today),
    updatedAt: c.updatedAt.toISOString(),
    updatedBy: null,
    version: c.version,
  };
}

async function ownContact(ctx: Ctx, id: string): Promise<ContactRecord | null> {
  const c = await findContact(ctx.db, id);
  return c && c.tenantId === ctx.actor.tenantId ? c : null;
}

function checkContact(input: ContactCreate | ContactUpdate): { errors: FieldIssue[]; values: ContactValues } {
  const email = input.email.trim() || null;
  const phone = input.phone.trim() || null;
  const errors = [
    ...checkContactPerson({ name: input.name, role: input.role, email, phone }),
    ...checkFrequency(input.frequencyEvery, input.frequencyUnit),
  ];
  return {
    errors,
    values: {
      name: input.name.trim(),
      role: input.role.trim(),
      email,
      phone,
      frequencyEvery: input.frequencyEvery,
      frequencyUnit: input.frequencyUnit,
    },
  };
}

/** A contact person of a partner; the signed-in user keeps it up (and gets its reminders). */
export async function addContactPerson(
  ctx: Ctx,
  organisationId: string,
  input: ContactCreate,
): Promise<Result<{ id: string }>> {
  const p = await findPartner(ctx.db, organisationId);
  if (!p || p.tenantId !== ctx.actor.tenantId) return logDenied(ctx, 'netwerk_partner', organisationId);
  const { errors, values } = checkContact(input);
  if (errors.length > 0) return invalid(errors);
  const id = await ctx.db.tx(async (q) => {
    const id = await insertContact(q, {
      ...values,
      tenantId: ctx.actor.tenantId,
      organisationId,
      startedOn: todayOf(ctx.now),
      ownerUserId: ctx.actor.userId,
      at: ctx.now,
    });
    await ctx.audit(q, { action: 'create', objectType: OBJECT_CONTACT, objectId: id });
    return id;
  });
  return { ok: true, id };
}

/** Saves a contact person's details at the version read; a stale version is a conflict with the saved one. */
export async function updateContactPerson(
  ctx: Ctx,
  id: string,
  input: ContactUpdate,
): Promise<Result<{ version: number }>> {
  const c = await ownContact(ctx, id);
  if (!c) return logDenied(ctx, OBJECT_CONTACT, id);
  const { errors, values } = checkContact(input);
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await updateContact(q, id, input.version, { ...values, at: ctx.now, by: ctx.actor.userId }))) {
        throw new Stale();
      }
      await ctx.audit(q, { action: 'update', objectType: OBJECT_CONTACT, objectId: id });
    },
    async () => {
      const now = await findContact(ctx.db, id);
      return now ? contactJson(now, todayOf(ctx.now)) : null;
    },
  );
  return done.ok ? { ok: true, version: input.version + 1 } : done;
}

/**
 * Logs a contact (date, form, who, a short note: never case content). A later contact becomes the last one
 * and ends the snooze; a contact in the future is refused.
 */
export async function logContact(ctx: Ctx, id: string, input: LogCreate): Promise<Result<{ id: string }>> {
  const c = await ownContact(ctx, id);
  if (!c) return logDenied(ctx, OBJECT_CONTACT, id);
  const errors: FieldIssue[] = [];
  const today = todayOf(ctx.now);
  if (!isValidDate(input.contactedOn)) {
    errors.push({ field: 'contactedOn', nl: 'Vul een geldige datum in.', en: 'Enter a valid date.' });
  } else if (input.contactedOn > today) {
    errors.push({
      field: 'contactedOn',
      nl: 'Een contact ligt niet in de toekomst; vul de datum in waarop het was.',
      en: 'A contact is not in the future; enter the date it took place.',
    });
  }
  if (!isOneOf(FORMS, input.form)) {
    errors.push({ field: 'form', nl: 'Kies de vorm van het contact.', en: 'Choose the form of contact.' });
  }
  if (errors.length > 0) return invalid(errors);
  const logId = await ctx.db.tx(async (q) => {
    const now = await findContact(q, id, { forUpdate: true });
    if (!now) throw new Error('contact vanished');
    const next = afterContact(stateOf(now), input.contactedOn);
    await setUpkeep(q, id, next);
    const logId = await insertLog(q, {
      tenantId: ctx.actor.tenantId,
      contactId: id,
      contactedOn: input.contactedOn,
      form: input.form,
      by: ctx.actor.userId,
      note: input.note.trim(),
      at: ctx.now,
    });
    await ctx.audit(q, { action: 'create', objectType: OBJECT_LOG, objectId: logId });
    return logId;
  });
  return { ok: true, id: logId };
}

/** A contact's log, newest first, by cursor pages. */
export async function readContactLog(
  ctx: Ctx,
  id: string,
  page: { cursor?: string | undefined; limit?: number | undefined },
): Promise<Result<ContactLogPage>> {
  const c = await ownContact(ctx, id);
  if (!c) return logDenied(ctx, OBJECT_CONTACT, id);
  const limit = page.limit ?? 25;
  const after = page.cursor ? decodeCursor(page.cursor, ['on', 'at', 'id']) : undefined;
  if (after === null || (after && (!isValidDate(after.on) || Number.isNaN(Date.parse(after.at))))) {
    return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  }
  const rows = await listLog(ctx.db, id, {
    after: after ? { on: after.on, at: new Date(after.at), id: after.id } : undefined,
    limit: limit + 1,
  });
  const shown = rows.slice(0, limit);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_LOG, objectId: id });
  const last = shown.at(-1);
  return {
    ok: true,
    entries: shown.map((l) => ({
      id: l.id,
      contactedOn: l.contactedOn,
      form: (isOneOf(FORMS, l.form) ? l.form : 'gesprek') as ContactForm,
      byName: l.byName,
      note: l.note,
      createdAt: l.createdAt.toISOString(),
    })),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ on: last.contactedOn, at: last.createdAt.toISOString(), id: last.id })
        : null,
  };
}

/** Snoozes the reminder of a contact that is due soon or overdue, until a date at most 90 days ahead. */
export async function snoozeContact(
  ctx: Ctx,
  id: string,
  until: string,
): Promise<Result<{ snoozedUntil: string }>> {
  const c = await ownContact(ctx, id);
  if (!c) return logDenied(ctx, OBJECT_CONTACT, id);
  const today = todayOf(ctx.now);
  const errors = checkSnooze(stateOf(c), until, today);
  if (errors.length > 0) return invalid(errors);
  await ctx.db.tx(async (q) => {
    await setUpkeep(q, id, { lastContactOn: c.lastContactOn, snoozedUntil: until });
    await ctx.audit(q, { action: 'update', objectType: OBJECT_CONTACT, objectId: id });
  });
  return { ok: true, snoozedUntil: until };
}

/** The contacts of the tenant that need attention (or only the overdue, or the snoozed), by due date. */
export async function listContactsDue(ctx: Ctx, query: DueListQuery): Promise<Result<DueContactPage>> {
  const limit = query.limit ?? 25;
  const after = query.cursor ? decodeCursor(query.cursor, ['dueOn', 'id']) : undefined;
  if (after === null || (after && !isValidDate(after.dueOn))) {
    return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  }
  const today = todayOf(ctx.now);
  const rows = await listDueContacts(
    ctx.db,
    ctx.actor.tenantId,
    { filter: query.status ?? 'aandacht', today, ownerUserId: query.mijn ? ctx.actor.userId : undefined },
    { after: after ? { dueOn: after.dueOn, id: after.id } : undefined, limit: limit + 1 },
  );
  const shown = rows.slice(0, limit);
  await ctx.audit(
    ctx.db,
    shown.length > 0
      ? shown.map((c) => ({ action: 'read', objectType: OBJECT_CONTACT, objectId: c.id }))
      : { action: 'read', objectType: 'netwerk_contact_list', objectId: null },
  );
  const last = shown.at(-1);
  return {
    ok: true,
    contacts: shown.map((c) => contactJson(c, today)),
    nextCursor: rows.length > limit && last ? encodeCursor({ dueOn: last.dueOn, id: last.id }) : null,
  };
}

/** The content-free reminder: how many contacts are overdue, and where to see them. No names. */
export function contactReminder(count: number): { subject: string; text: string } {
  const nl =
    count === 1
      ? 'Eén netwerkcontact dat u onderhoudt is achterstallig.'
      : `${count} netwerkcontacten die u onderhoudt zijn achterstallig.`;
  const en =
    count === 1
      ? 'One network contact you keep up is overdue.'
      : `${count} network contacts you keep up are overdue.`;
  return {
    subject: 'Duiden: netwerkcontacten onderhouden / keeping up network contacts',
    text: `${nl}\nZie Netwerk > Contactonderhoud in Duiden. U kunt een herinnering daar uitstellen.\n\n${en}\nSee Network > Contact upkeep in Duiden. You can snooze a reminder there.\n`,
  };
}

/**
 * Queues today's reminders: per owner one mail naming how many of their contacts are overdue and due for a
 * reminder (src/domain/netwerk/contact-upkeep.ts reminderDue), through the meetings' outbox (kind
 * 'herinnering', once per owner per day). Marks the contacts reminded in the same transaction.
 */
export async function queueContactReminders(db: Database, now: Date): Promise<number> {
  const today = todayOf(now);
  const overdue = await overdueContactsForReminders(db, today);
  const due = overdue.filter((c) => reminderDue(stateOf(c), c.lastRemindedOn, today));
  const byOwner = new Map<string, ContactRecord[]>();
  for (const c of due) {
    const key = `${c.ownerUserId}:${c.tenantId}`;
    byOwner.set(key, [...(byOwner.get(key) ?? []), c]);
  }
  return db.tx(async (q) => {
    let queued = 0;
    for (const contacts of byOwner.values()) {
      const first = contacts[0];
      if (!first) continue;
      const mail = contactReminder(contacts.length);
      const added = await queueMail(q, {
        tenantId: first.tenantId,
        kind: 'herinnering',
        recipientUserId: first.ownerUserId,
        subject: mail.subject,
        body: mail.text,
        dedupeKey: `netwerk:${first.ownerUserId}:${first.tenantId}:${today}`,
        at: now,
      });
      await markReminded(
        q,
        contacts.map((c) => c.id),
        today,
      );
      if (added) queued += 1;
    }
    return queued;
  });
}
