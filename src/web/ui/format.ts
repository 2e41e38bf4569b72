const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'medium' });
const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' });
const pad = (n: number) => String(n).padStart(2, '0');

/** A moment in local time, Dutch notation (e.g. 22-11-2026 14:05:09). */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return date.format(new Date(iso));
}

/** A calendar day (yyyy-mm-dd, no time zone) in Dutch notation, e.g. 22 november 2026. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return date.format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** Today's date in the browser's time zone, as yyyy-mm-dd (the value of a date input). */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const dayAndTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'full', timeStyle: 'short' });
const time = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short' });

/** When a meeting takes place, e.g. dinsdag 3 maart 2026 om 09:30. */
export function formatDayAndTime(iso: string): string {
  return dayAndTime.format(new Date(iso));
}

/** A time of day, e.g. 09:30. */
export function formatTime(iso: string): string {
  return time.format(new Date(iso));
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
