const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'medium' });
const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' });

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
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
