import type { KeyFigureContactCreate, KeyFigureContactLog } from '../../contract/netwerk-key-figures.js';
import type { Database } from '../../db/database.js';
import {
  insertContact,
  keyFiguresForReminders,
  listContacts,
  markKeyFiguresReminded,
  setUpkeep,
} from '../../db/netwerk-key-figures.js';
import { queueMail } from '../../db/overleggen/outbox.js';
import { afterContact, checkSnooze, reminderDue } from '../../domain/netwerk/contact-upkeep.js';
import { isInUpkeep } from '../../domain/netwerk/key-figure.js';
import { type Ctx, invalid, logDenied, type Result, refused } from '../overleg/results.js';
import { OBJECT_KEY_FIGURE, todayOf, upkeepStateOf, visibleKeyFigure } from './key-figures.js';

/**
 * Contact upkeep of key figures, on the shared rules of src/domain/netwerk/contact-upkeep.ts: the contact
 * log (date, form, who, a short note; never content about persons), the snooze and the reminder mails.
 */
const OBJECT_LOG = 'sleutelfiguur_contact';

export async function readKeyFigureContacts(
  ctx: Ctx,
  id: string,
): Promise<Result<{ log: KeyFigureContactLog }>> {
  const k = await visibleKeyFigure(ctx, id);
  if (!k) return logDenied(ctx, OBJECT_KEY_FIGURE, id);
  const contacts = await listContacts(ctx.db, id, 100);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_LOG, objectId: id });
  return { ok: true, log: { contacts } };
}

/** Logs a contact by the signed-in user; a later contact becomes the last one and ends the snooze. */
export async function logKeyFigureContact(
  ctx: Ctx,
  id: string,
  input: KeyFigureContactCreate,
): Promise<Result<{ id: string }>> {
  const k = await visibleKeyFigure(ctx, id);
  if (!k) return logDenied(ctx, OBJECT_KEY_FIGURE, id);
  const today = todayOf(ctx.now);
  if (input.contactOn > today) {
    return invalid([
      {
        field: 'contactOn',
        nl: 'Het contact kan niet in de toekomst liggen.',
        en: 'The contact cannot lie in the future.',
      },
    ]);
  }
  if (input.contactOn < k.agreementOn) {
    return invalid([
      {
        field: 'contactOn',
        nl: 'Het contact ligt niet vóór de afspraak met de sleutelfiguur.',
        en: 'The contact does not lie before the agreement with the key figure.',
      },
    ]);
  }
  const next = afterContact(upkeepStateOf(k), input.contactOn);
  const contactId = await ctx.db.tx(async (q) => {
    const contactId = await insertContact(q, {
      keyFigureId: id,
      contactOn: input.contactOn,
      form: input.form,
      byUserId: ctx.actor.userId,
      note: input.note.trim(),
      at: ctx.now,
    });
    await setUpkeep(q, id, { lastContactOn: next.lastContactOn, snoozedUntil: next.snoozedUntil });
    await ctx.audit(q, { action: 'create', objectType: OBJECT_LOG, objectId: id });
    return contactId;
  });
  return { ok: true, id: contactId };
}

/** Snoozes the reminder of an active key figure whose contact is due soon or overdue. */
export async function snoozeKeyFigure(
  ctx: Ctx,
  id: string,
  until: string,
): Promise<Result<{ snoozedUntil: string }>> {
  const k = await visibleKeyFigure(ctx, id);
  if (!k) return logDenied(ctx, OBJECT_KEY_FIGURE, id);
  if (!isInUpkeep(k.status)) {
    return refused({
      code: 'not_active',
      nl: 'Alleen bij een actieve sleutelfiguur loopt het contactonderhoud.',
      en: 'Contact upkeep runs only for an active key figure.',
    });
  }
  const errors = checkSnooze(upkeepStateOf(k), until, todayOf(ctx.now));
  if (errors.length > 0) return invalid(errors);
  await ctx.db.tx(async (q) => {
    await setUpkeep(q, id, { lastContactOn: k.lastContactOn, snoozedUntil: until });
    await ctx.audit(q, { action: 'update', objectType: OBJECT_KEY_FIGURE, objectId: id });
  });
  return { ok: true, snoozedUntil: until };
}

/** The content-free reminder: how many key figures' contacts are overdue, and where to see them. No names. */
export function keyFigureReminder(count: number): { subject: string; text: string } {
  const nl =
    count === 1
      ? 'Het contact met 1 sleutelfiguur is achterstallig.'
      : `Het contact met ${count} sleutelfiguren is achterstallig.`;
  const en =
    count === 1
      ? 'The contact with 1 key figure is overdue.'
      : `The contact with ${count} key figures is overdue.`;
  return {
    subject: 'Contact met sleutelfiguren / Contact with key figures',
    text: `${nl}\nZie Sleutelfiguren in Duiden. U kunt een herinnering daar uitstellen.\n\n${en}\nSee Key figures in Duiden. You can snooze a reminder there.\n`,
  };
}

/**
 * Queues today's reminders: per contact owner one mail naming how many of their key figures are overdue
 * (reminderDue), through the meetings' outbox (kind 'herinnering', once per owner per day).
 */
export async function queueKeyFigureReminders(db: Database, now: Date): Promise<number> {
  const today = todayOf(now);
  const due = (await keyFiguresForReminders(db)).filter((k) =>
    reminderDue(upkeepStateOf(k), k.lastRemindedOn, today),
  );
  const byOwner = new Map<string, typeof due>();
  for (const k of due) {
    const key = `${k.contactOwnerId}:${k.tenantId}`;
    byOwner.set(key, [...(byOwner.get(key) ?? []), k]);
  }
  return db.tx(async (q) => {
    let queued = 0;
    for (const list of byOwner.values()) {
      const first = list[0];
      if (!first) continue;
      const mail = keyFigureReminder(list.length);
      const added = await queueMail(q, {
        tenantId: first.tenantId,
        kind: 'herinnering',
        recipientUserId: first.contactOwnerId,
        subject: mail.subject,
        body: mail.text,
        dedupeKey: `sleutelfiguren:${first.contactOwnerId}:${first.tenantId}:${today}`,
        at: now,
      });
      await markKeyFiguresReminded(
        q,
        list.map((k) => k.id),
        today,
      );
      if (added) queued += 1;
    }
    return queued;
  });
}
