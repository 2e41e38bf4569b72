const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'medium' });
const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' });

/** A moment in local time, Dutch notation (e.g. 22-11-2026 14:05:09). */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return date.format(new Date(iso));
}
