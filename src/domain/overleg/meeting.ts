import { addDays, amsterdamTime, isValidDate } from '../melding/calendar.js';
import {
  clean,
  type FieldIssue,
  LIMITS,
  type MeetingStatus,
  type SeriesFrequency,
  VALID_DATE,
} from './types.js';

/**
 * The steps of a meeting. Publishing the agenda again (after a change) is allowed and sends a new notice;
 * 'afgerond' comes only from approving the minutes (minutes.ts).
 */
export const MEETING_TRANSITIONS: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  voorbereiding: ['agenda_gepubliceerd', 'geannuleerd'],
  agenda_gepubliceerd: ['agenda_gepubliceerd', 'afgerond', 'geannuleerd'],
  afgerond: [],
  geannuleerd: [],
};

export function mayMoveMeeting(from: MeetingStatus, to: MeetingStatus): boolean {
  return MEETING_TRANSITIONS[from].includes(to);
}

/** Where and when, as entered. */
export interface MeetingPlanDraft {
  readonly startsAt: Date;
  readonly endsAt: Date | null;
  readonly location: string | null | undefined;
  readonly onlineUrl: string | null | undefined;
}

/**
 * A meeting needs a place or an online link (or both), and ends after it starts. An online link must be
 * https: it is sent to participants and opened from the agenda.
 */
export function validateMeetingPlan(d: MeetingPlanDraft): FieldIssue[] {
  const errors: FieldIssue[] = [];
  const location = clean(d.location);
  const onlineUrl = clean(d.onlineUrl);
  if (!location && !onlineUrl) {
    errors.push({
      field: 'location',
      nl: 'Vul een plaats of een link voor online deelname in.',
      en: 'Enter a place or a link for joining online.',
    });
  }
  if (onlineUrl && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(onlineUrl)) {
    errors.push({
      field: 'onlineUrl',
      nl: 'Vul een webadres in dat begint met https://.',
      en: 'Enter a web address starting with https://.',
    });
  }
  if (Number.isNaN(d.startsAt.getTime())) {
    errors.push({
      field: 'startsAt',
      nl: 'Vul een geldige datum en tijd in.',
      en: 'Enter a valid date and time.',
    });
  } else if (d.endsAt && d.endsAt.getTime() <= d.startsAt.getTime()) {
    errors.push({
      field: 'endsAt',
      nl: 'De eindtijd moet na de begintijd liggen.',
      en: 'The end time must be after the start time.',
    });
  }
  return errors;
}

const FREQUENCY_DAYS: Record<SeriesFrequency, number> = {
  wekelijks: 7,
  tweewekelijks: 14,
  vierwekelijks: 28,
};
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The instant of a local (Europe/Amsterdam) date and HH:MM time, summer and winter time alike. */
export function amsterdamDateTime(date: string, time: string): Date {
  const m = TIME_RE.exec(time);
  if (!m) throw new Error(`Not a time: ${time}`);
  return new Date(amsterdamTime(date, Number(m[1])).getTime() + Number(m[2]) * 60_000);
}

export interface SeriesDraft {
  readonly startDate: string;
  readonly startTime: string;
  readonly frequency: SeriesFrequency;
  /** Last possible date (inclusive); or give a count. */
  readonly untilDate: string | null;
  readonly count: number | null;
}

export type SeriesResult =
  | { readonly ok: true; readonly dates: readonly string[] }
  | { readonly ok: false; readonly errors: readonly FieldIssue[] };

/**
 * The dates of a recurring series (for example a weekly signaleringsoverleg): every 7, 14 or 28 days from
 * the start date, up to the end date or the number asked for, at most LIMITS.maxSeriesOccurrences.
 */
export function seriesDates(d: SeriesDraft): SeriesResult {
  const errors: FieldIssue[] = [];
  if (!isValidDate(d.startDate)) {
    errors.push({ field: 'startDate', ...VALID_DATE });
  }
  if (!TIME_RE.test(d.startTime)) {
    errors.push({ field: 'startTime', nl: 'Vul een tijd in als uu:mm.', en: 'Enter a time as hh:mm.' });
  }
  if ((d.untilDate === null) === (d.count === null)) {
    errors.push({
      field: 'untilDate',
      nl: 'Vul een einddatum of een aantal keren in (één van beide).',
      en: 'Enter an end date or a number of occurrences (one of the two).',
    });
  } else if (d.untilDate !== null && (!isValidDate(d.untilDate) || d.untilDate < d.startDate)) {
    errors.push({
      field: 'untilDate',
      nl: 'De einddatum moet een geldige datum op of na de startdatum zijn.',
      en: 'The end date must be a valid date on or after the start date.',
    });
  } else if (
    d.count !== null &&
    (!Number.isInteger(d.count) || d.count < 1 || d.count > LIMITS.maxSeriesOccurrences)
  ) {
    errors.push({
      field: 'count',
      nl: `Kies een aantal van 1 tot en met ${LIMITS.maxSeriesOccurrences}.`,
      en: `Choose a number from 1 to ${LIMITS.maxSeriesOccurrences}.`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  const step = FREQUENCY_DAYS[d.frequency];
  const dates: string[] = [];
  for (
    let date = d.startDate;
    dates.length < (d.count ?? LIMITS.maxSeriesOccurrences + 1);
    date = addDays(date, step)
  ) {
    if (d.untilDate !== null && date > d.untilDate) break;
    dates.push(date);
  }
  if (dates.length > LIMITS.maxSeriesOccurrences) {
    return {
      ok: false,
      errors: [
        {
          field: 'untilDate',
          nl: `Een reeks heeft hoogstens ${LIMITS.maxSeriesOccurrences} overleggen; kies een eerdere einddatum.`,
          en: `A series has at most ${LIMITS.maxSeriesOccurrences} meetings; choose an earlier end date.`,
        },
      ],
    };
  }
  return { ok: true, dates };
}
