import type { MeetingRecord } from '../../db/overleggen/meetings.js';
import { MEETING_TYPE_LABELS } from '../../domain/overleg/labels.js';

const day = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' });

/** The note in a signal's history when a meeting gives it back to the meldpunt. */
export function signalStepNote(why: 'removed' | 'cancelled' | 'not_discussed', m: MeetingRecord): string {
  const meeting = `${MEETING_TYPE_LABELS[m.type].nl.toLowerCase()} van ${day.format(m.startsAt)}`;
  if (why === 'removed') return `Van de agenda van het ${meeting} gehaald.`;
  if (why === 'cancelled') return `Het ${meeting} is geannuleerd.`;
  return `Niet behandeld in het ${meeting}.`;
}
