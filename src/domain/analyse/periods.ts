import type { FieldIssue } from '../overleg/types.js';
import type { PeriodKind } from './catalogue.js';

/**
 * The fixed period buckets of the analysis: '2025' (jaar), '2025-H1' (halfjaar), '2025-K3' (kwartaal) and
 * '2025-03' (maand). A period runs from its first day up to, not including, its end (dates in Europe/Amsterdam,
 * as 'YYYY-MM-DD'). Free date ranges are not offered: two overlapping ranges could be subtracted.
 */

export interface Label {
  readonly nl: string;
  readonly en: string;
}

export interface Period {
  readonly id: string;
  readonly kind: PeriodKind;
  readonly label: Label;
  readonly year: number;
  /** The half (1-2), quarter (1-4) or month (1-12); 0 for a year. */
  readonly index: number;
  readonly start: string;
  /** The day after the last day. */
  readonly end: string;
}

/** A month's name in either language, from the platform's calendar (no list of our own). */
const monthName = (locale: 'nl-NL' | 'en-GB', year: number, month: number): string =>
  new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
const ORDINAL_EN = ['1st', '2nd', '3rd', '4th'];

const PERIOD_RE = /^([0-9]{4})(?:-(?:H([12])|K([1-4])|(0[1-9]|1[0-2])))?$/;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const firstOfMonth = (year: number, month: number): string =>
  month > 12 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(month)}-01`;

/** The period of a kind, year and index (no validation of the range). */
export function periodOf(kind: PeriodKind, year: number, index = 0): Period {
  switch (kind) {
    case 'jaar':
      return make(kind, year, 0, `${year}`, 1, 12, { nl: `${year}`, en: `${year}` });
    case 'halfjaar':
      return make(kind, year, index, `${year}-H${index}`, 6 * index - 5, 6 * index, {
        nl: `${index}e halfjaar ${year}`,
        en: `${ORDINAL_EN[index - 1]} half of ${year}`,
      });
    case 'kwartaal':
      return make(kind, year, index, `${year}-K${index}`, 3 * index - 2, 3 * index, {
        nl: `${index}e kwartaal ${year}`,
        en: `${ORDINAL_EN[index - 1]} quarter of ${year}`,
      });
    case 'maand':
      return make(kind, year, index, `${year}-${pad(index)}`, index, index, {
        nl: `${monthName('nl-NL', year, index)} ${year}`,
        en: `${monthName('en-GB', year, index)} ${year}`,
      });
  }
}

function make(
  kind: PeriodKind,
  year: number,
  index: number,
  id: string,
  firstMonth: number,
  lastMonth: number,
  label: Label,
): Period {
  return {
    id,
    kind,
    label,
    year,
    index,
    start: firstOfMonth(year, firstMonth),
    end: firstOfMonth(year, lastMonth + 1),
  };
}

/** The period named by an id, or null when the id names none. */
export function parsePeriod(id: string): Period | null {
  const m = PERIOD_RE.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900) return null;
  if (m[2]) return periodOf('halfjaar', year, Number(m[2]));
  if (m[3]) return periodOf('kwartaal', year, Number(m[3]));
  if (m[4]) return periodOf('maand', year, Number(m[4]));
  return periodOf('jaar', year);
}

/** The period before it, of the same kind. */
export function previousPeriod(p: Period): Period {
  const perYear = { jaar: 1, halfjaar: 2, kwartaal: 4, maand: 12 }[p.kind];
  if (p.kind === 'jaar') return periodOf('jaar', p.year - 1);
  return p.index > 1 ? periodOf(p.kind, p.year, p.index - 1) : periodOf(p.kind, p.year - 1, perYear);
}

/** The period of a kind that holds a date. */
export function periodContaining(kind: PeriodKind, date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (kind) {
    case 'jaar':
      return periodOf('jaar', year);
    case 'halfjaar':
      return periodOf('halfjaar', year, month <= 6 ? 1 : 2);
    case 'kwartaal':
      return periodOf('kwartaal', year, Math.ceil(month / 3));
    case 'maand':
      return periodOf('maand', year, month);
  }
}

/**
 * The periods that a year or half-year is made of and that are published on their own: a year's halves and
 * quarters, a half-year's quarters. A quarter and a month have none (a month is only published when it needs
 * no suppression at all, nor does its quarter).
 */
export function subPeriods(p: Period): Period[] {
  if (p.kind === 'jaar') {
    return [
      periodOf('halfjaar', p.year, 1),
      periodOf('halfjaar', p.year, 2),
      ...[1, 2, 3, 4].map((q) => periodOf('kwartaal', p.year, q)),
    ];
  }
  if (p.kind === 'halfjaar') return [1, 2].map((q) => periodOf('kwartaal', p.year, 2 * p.index - 2 + q));
  return [];
}

/** The quarter a month lies in. */
export function quarterOfMonth(p: Period): Period {
  return periodContaining('kwartaal', p.start);
}

/** Every period of a kind from the one holding `first` up to the one holding `today`, newest first. */
export function periodsOfKindBetween(kind: PeriodKind, first: string, today: string): Period[] {
  const out: Period[] = [];
  const oldest = periodContaining(kind, first);
  let p = periodContaining(kind, today);
  while (p.start >= oldest.start) {
    out.push(p);
    p = previousPeriod(p);
  }
  return out;
}

/**
 * The periods with data, for the period picker: per kind (years, half-years, quarters, months), newest first,
 * from the period of the first signal to the one of today. Empty without any signal.
 */
export function periodsBetween(first: string | null, today: string): Period[] {
  if (first === null || first > today) return [];
  return (['jaar', 'halfjaar', 'kwartaal', 'maand'] as const).flatMap((kind) =>
    periodsOfKindBetween(kind, first, today),
  );
}

const issue = (nl: string, en: string): FieldIssue => ({ field: 'periode', nl, en });

/**
 * The period of an id as the user may choose it: a known form, not starting after today, and not ending
 * before the first signal (there are no figures there). `first` is null when there is no signal at all.
 */
export function validatePeriod(
  id: string,
  first: string | null,
  today: string,
): { ok: true; period: Period } | { ok: false; issue: FieldIssue } {
  const period = parsePeriod(id);
  if (!period) {
    return {
      ok: false,
      issue: issue(
        'Kies een periode als 2025, 2025-H1 (halfjaar), 2025-K3 (kwartaal) of 2025-03 (maand).',
        'Choose a period such as 2025, 2025-H1 (half-year), 2025-K3 (quarter) or 2025-03 (month).',
      ),
    };
  }
  if (period.start > today) {
    return {
      ok: false,
      issue: issue(
        `De periode ${period.label.nl} is nog niet begonnen.`,
        `The period ${period.label.en} has not started yet.`,
      ),
    };
  }
  if (first === null || period.end <= first) {
    return {
      ok: false,
      issue: issue(
        `Er zijn geen gegevens over ${period.label.nl}: die periode ligt vóór de eerste melding.`,
        `There are no figures for ${period.label.en}: that period lies before the first signal.`,
      ),
    };
  }
  return { ok: true, period };
}

/** The issue when a month needs suppression (its own or its quarter's): choose the quarter instead. */
export function monthRefused(month: Period): FieldIssue {
  const quarter = quarterOfMonth(month);
  return issue(
    `Over ${month.label.nl} zijn de aantallen te klein om per maand te tonen. Kies het ${quarter.label.nl}.`,
    `The counts for ${month.label.en} are too small to show per month. Choose the ${quarter.label.en}.`,
  );
}
