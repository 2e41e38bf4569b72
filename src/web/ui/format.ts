import i18next from 'i18next';
import { currentLanguage, type Language } from '../i18n/i18n';

/*
 * One way of writing dates and times, in the language shown: "2 december 2026 om 05:58" and
 * "2 December 2026 at 05:58", a day as "2 december 2026"; never seconds, never a weekday, never
 * 02-12-2026. Moments are shown in the browser's time zone, as the date and time fields read them.
 */

const pad = (n: number) => String(n).padStart(2, '0');

interface Formats {
  readonly day: Intl.DateTimeFormat;
  /** A calendar day has no time zone: written from midnight UTC, as UTC. */
  readonly calendarDay: Intl.DateTimeFormat;
  readonly time: Intl.DateTimeFormat;
  /** Between the day and the time of a moment. */
  readonly at: string;
}

/** The formats of one language: its locale, and the word between the day and the time of a moment. */
function formatsOf(locale: string, at: string): Formats {
  const day = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  return {
    day: new Intl.DateTimeFormat(locale, day),
    calendarDay: new Intl.DateTimeFormat(locale, { ...day, timeZone: 'UTC' }),
    time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    at,
  };
}

const FORMATS: Record<Language, Formats> = { nl: formatsOf('nl-NL', 'om'), en: formatsOf('en-GB', 'at') };

/** The formats of the language the user chose (Dutch unless switched to English). */
function formats(): Formats {
  return FORMATS[currentLanguage(i18next.resolvedLanguage ?? i18next.language)];
}

/** A moment, e.g. 22 november 2026 om 14:05 (English: 22 November 2026 at 14:05). */
export function formatDateTime(iso: string): string {
  const f = formats();
  const moment = new Date(iso);
  return `${f.day.format(moment)} ${f.at} ${f.time.format(moment)}`;
}

/** The day of a moment, e.g. 22 november 2026. */
export function formatDate(iso: string): string {
  return formats().day.format(new Date(iso));
}

/** A calendar day (yyyy-mm-dd, no time zone), e.g. 22 november 2026. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return formats().calendarDay.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

/** Today's date in the browser's time zone, as yyyy-mm-dd (the value of a date input). */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** When a meeting takes place: a moment like any other, e.g. 3 maart 2026 om 09:30. */
export function formatDayAndTime(iso: string): string {
  return formatDateTime(iso);
}

/** A time of day, e.g. 09:30. */
export function formatTime(iso: string): string {
  return formats().time.format(new Date(iso));
}

/** The local date of a moment as yyyy-mm-dd (the value of a date input). */
export function localDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local time of a moment as hh:mm (the value of a time input). */
export function localTime(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A local date (yyyy-mm-dd) and time (hh:mm) as an ISO moment, or undefined when either is missing or not
 * a real date and time (the server then names the field).
 */
export function toMoment(day: string, timeOfDay: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(timeOfDay)) return undefined;
  const d = new Date(`${day}T${timeOfDay}`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** A calendar day moved by a number of days (yyyy-mm-dd in, yyyy-mm-dd out). */
export function addDaysTo(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const NUMBERS: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** A count or a figure in the language shown, e.g. 1.250 (English 1,250); at most one decimal. */
export function formatNumber(n: number): string {
  return NUMBERS[currentLanguage(i18next.resolvedLanguage ?? i18next.language)].format(n);
}
