/**
 * Contact upkeep ("stay in touch"): the rules for keeping up a relationship in quiet times, shared by the
 * partner register's contact persons and by the key figures. Pure: dates are plain 'YYYY-MM-DD' strings (the
 * Amsterdam calendar date, see melding/calendar.ts), and "today" is always passed in.
 *
 * The rules, after Monica's stay-in-touch:
 * - A contact has a target frequency: every so many days or weeks.
 * - The next contact is due one period after the last contact; when there has been none yet, one period after
 *   the upkeep started (the day the frequency was set), so a new contact is not overdue on its first day.
 * - Status: `achterstallig` once the due date has passed; `binnenkort` from a short window before it up to and
 *   including the due date itself; `op_tijd` before that window; `gesnoozed` while a snooze is in force on a
 *   contact that would otherwise be binnenkort or achterstallig.
 * - A snooze postpones the reminder until a date (exclusive: on that day the contact counts normally again). It
 *   can only be set on a contact that is binnenkort, achterstallig or already gesnoozed, must lie after today and
 *   at most MAX_SNOOZE_DAYS ahead: a snooze is a postponement, not a way to stop the upkeep (change the frequency
 *   for that).
 * - Logging a contact that is later than the last one moves the last contact and ends the snooze: the snooze was
 *   about the old due date. Backfilling an older contact changes neither.
 * - A reminder mail goes out when a contact is achterstallig and none was sent since it fell due (or since a
 *   snooze ran out), and again every REMINDER_REPEAT_DAYS while it stays so.
 *
 * The API below is small on purpose: other modules (key figures) build on it. Add, do not change.
 */

import { addDays, daysBetween, isValidDate } from '../melding/calendar.js';
import { type FieldIssue, isOneOf } from '../overleg/types.js';

/** The units a target frequency is given in. */
export const FREQUENCY_UNITS = ['dagen', 'weken'] as const;
export type FrequencyUnit = (typeof FREQUENCY_UNITS)[number];

/** A target frequency: once every `every` days or weeks. */
export interface Frequency {
  readonly every: number;
  readonly unit: FrequencyUnit;
}

/** The statuses of a contact's upkeep, in the order a list of work shows them last to first. */
export const UPKEEP_STATUSES = ['op_tijd', 'binnenkort', 'gesnoozed', 'achterstallig'] as const;
export type UpkeepStatus = (typeof UPKEEP_STATUSES)[number];

/** The longest target frequency: two years. Beyond that there is no upkeep to speak of. */
export const MAX_FREQUENCY_DAYS = 730;
/** The furthest a snooze may reach from today. */
export const MAX_SNOOZE_DAYS = 90;
/** The snooze lengths the screens offer (days). */
export const SNOOZE_CHOICES = [7, 14, 30] as const;
/** While a contact stays overdue, the reminder is sent again after this many days. */
export const REMINDER_REPEAT_DAYS = 14;
/** The longest "binnenkort" window before the due date. */
export const MAX_SOON_DAYS = 14;

/** The state of one contact's upkeep, as stored. */
export interface UpkeepState {
  readonly frequency: Frequency;
  /** The date of the last logged contact, or null when there has been none. */
  readonly lastContactOn: string | null;
  /** The day the upkeep started (the frequency was set); the base when there was no contact yet. */
  readonly startedOn: string;
  /** The snooze: the reminder is held back until (not including) this date; null when not snoozed. */
  readonly snoozedUntil: string | null;
}

/** Where a contact's upkeep stands today. */
export interface Upkeep {
  readonly status: UpkeepStatus;
  /** The date the next contact is due (the snooze does not move it). */
  readonly dueOn: string;
  /** Days past the due date (0 when not overdue); a snoozed contact keeps counting. */
  readonly daysOverdue: number;
  /** The snooze in force today, or null. */
  readonly snoozedUntil: string | null;
}

/** The frequency in days. */
export function frequencyDays(frequency: Frequency): number {
  return frequency.unit === 'weken' ? frequency.every * 7 : frequency.every;
}

/**
 * The "binnenkort" window before the due date: a quarter of the period, at least one day and at most
 * MAX_SOON_DAYS, so a weekly contact is not always "binnenkort" and a yearly one is announced two weeks ahead.
 */
export function soonWindowDays(frequency: Frequency): number {
  return Math.min(MAX_SOON_DAYS, Math.max(1, Math.floor(frequencyDays(frequency) / 4)));
}

/** Checks a target frequency as typed; field 'frequency'. */
export function checkFrequency(every: unknown, unit: unknown): FieldIssue[] {
  if (!isOneOf(FREQUENCY_UNITS, unit)) {
    return [{ field: 'frequency', nl: 'Kies dagen of weken.', en: 'Choose days or weeks.' }];
  }
  if (typeof every !== 'number' || !Number.isInteger(every) || every < 1) {
    return [
      {
        field: 'frequency',
        nl: 'Vul een heel aantal van ten minste 1 in.',
        en: 'Enter a whole number of at least 1.',
      },
    ];
  }
  if (frequencyDays({ every, unit }) > MAX_FREQUENCY_DAYS) {
    return [
      {
        field: 'frequency',
        nl: 'Kies een frequentie van hoogstens twee jaar (730 dagen of 104 weken).',
        en: 'Choose a frequency of at most two years (730 days or 104 weeks).',
      },
    ];
  }
  return [];
}

/** The date the next contact is due: one period after the last contact, or after the start when there was none. */
export function dueOn(state: Pick<UpkeepState, 'frequency' | 'lastContactOn' | 'startedOn'>): string {
  return addDays(state.lastContactOn ?? state.startedOn, frequencyDays(state.frequency));
}

/** Where the upkeep of a contact stands on `today`. */
export function upkeep(state: UpkeepState, today: string): Upkeep {
  const due = dueOn(state);
  const daysOverdue = Math.max(0, daysBetween(due, today));
  const soonFrom = addDays(due, -soonWindowDays(state.frequency));
  const base: UpkeepStatus = today > due ? 'achterstallig' : today >= soonFrom ? 'binnenkort' : 'op_tijd';
  const snoozeInForce = state.snoozedUntil !== null && state.snoozedUntil > today;
  if (snoozeInForce && base !== 'op_tijd') {
    return { status: 'gesnoozed', dueOn: due, daysOverdue, snoozedUntil: state.snoozedUntil };
  }
  return { status: base, dueOn: due, daysOverdue, snoozedUntil: snoozeInForce ? state.snoozedUntil : null };
}

/** Checks a snooze until `until` set on `today`; field 'snoozedUntil'. */
export function checkSnooze(state: UpkeepState, until: string, today: string): FieldIssue[] {
  if (!isValidDate(until)) {
    return [{ field: 'snoozedUntil', nl: 'Vul een geldige datum in.', en: 'Enter a valid date.' }];
  }
  if (upkeep(state, today).status === 'op_tijd') {
    return [
      {
        field: 'snoozedUntil',
        nl: 'Dit contact is op tijd; er is niets uit te stellen.',
        en: 'This contact is on time; there is nothing to snooze.',
      },
    ];
  }
  if (until <= today) {
    return [
      {
        field: 'snoozedUntil',
        nl: 'Kies een datum na vandaag.',
        en: 'Choose a date after today.',
      },
    ];
  }
  if (daysBetween(today, until) > MAX_SNOOZE_DAYS) {
    return [
      {
        field: 'snoozedUntil',
        nl: `Stel hoogstens ${MAX_SNOOZE_DAYS} dagen uit; wijzig anders de frequentie.`,
        en: `Snooze for at most ${MAX_SNOOZE_DAYS} days; otherwise change the frequency.`,
      },
    ];
  }
  return [];
}

/** The snooze date for one of the offered lengths (or any number of days) from today. */
export function snoozeDate(today: string, days: number): string {
  return addDays(today, days);
}

/**
 * The state after a contact on `contactOn` was logged: a later contact becomes the last one and ends the
 * snooze; an earlier one (backfilled) leaves the state as it was.
 */
export function afterContact(state: UpkeepState, contactOn: string): UpkeepState {
  if (state.lastContactOn !== null && contactOn <= state.lastContactOn) return state;
  return { ...state, lastContactOn: contactOn, snoozedUntil: null };
}

/**
 * Whether a reminder mail is due today: the contact is achterstallig (not snoozed), and no reminder was sent
 * since it fell due or since its snooze ran out, or the last one is REMINDER_REPEAT_DAYS or more ago.
 */
export function reminderDue(state: UpkeepState, lastRemindedOn: string | null, today: string): boolean {
  const u = upkeep(state, today);
  if (u.status !== 'achterstallig') return false;
  if (lastRemindedOn === null || lastRemindedOn <= u.dueOn) return true;
  // A snooze that has run out asks again on its last day, whatever was sent before it.
  if (state.snoozedUntil !== null && lastRemindedOn < state.snoozedUntil) return true;
  return daysBetween(lastRemindedOn, today) >= REMINDER_REPEAT_DAYS;
}
