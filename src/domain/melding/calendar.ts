/**
 * Dates for the meldpunt's deadlines. A date is a plain 'YYYY-MM-DD' string in the Europe/Amsterdam time
 * zone: a signal that arrives at 23:30 on a Friday is received on that Friday, whatever UTC says.
 */

const AMSTERDAM = 'Europe/Amsterdam';
const dateFormat = /* @__PURE__ */ new Intl.DateTimeFormat('en-CA', {
  timeZone: AMSTERDAM,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const hourFormat = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  timeZone: AMSTERDAM,
  hour: '2-digit',
  hourCycle: 'h23',
});

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date in Amsterdam of an instant. */
export function amsterdamDate(instant: Date): string {
  return dateFormat.format(instant);
}

const dutchDayFormat = /* @__PURE__ */ new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/**
 * A calendar date (YYYY-MM-DD) written out in Dutch, as the screens write it: "27 augustus 2026". For what
 * is read on paper (the case summary), where 2026-08-27 is a code rather than a date.
 */
export function dutchDate(date: string): string {
  const m = DATE_RE.exec(date);
  if (!m) return date;
  return dutchDayFormat.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** Whether the string is a real calendar date (rejects 2026-02-30). */
export function isValidDate(date: string): boolean {
  const m = DATE_RE.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return toDate(d) === date;
}

function parse(date: string): Date {
  const m = DATE_RE.exec(date);
  if (!m) throw new Error(`Not a date: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function toDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toDate(d);
}

/** Whole calendar days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parse(b).getTime() - parse(a).getTime()) / 86_400_000);
}

/** The instant at which it is the given hour on that date in Amsterdam (UTC+1 in winter, UTC+2 in summer). */
export function amsterdamTime(date: string, hour: number): Date {
  const utc = parse(date).getTime() + hour * 3_600_000;
  // The offset in force an hour before the wanted moment (DST changes at 01:00 UTC, never near it).
  const probe = new Date(utc - 3_600_000);
  const offset = (Number(hourFormat.format(probe)) - probe.getUTCHours() + 24) % 24;
  return new Date(utc - offset * 3_600_000);
}

/** 12:00 in Amsterdam on that date: the time given to a signal recorded for an earlier day. */
export function amsterdamNoon(date: string): Date {
  return amsterdamTime(date, 12);
}

/** 00:00 in Amsterdam on that date: the start of a day in a period filter. */
export function amsterdamStartOfDay(date: string): Date {
  return amsterdamTime(date, 0);
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The Dutch public holidays on which municipal offices are closed (the CAO Gemeenten list): Nieuwjaarsdag,
 * Eerste en Tweede Paasdag, Koningsdag (27 April, 26 April when the 27th is a Sunday), Bevrijdingsdag
 * (5 May, every year for municipal staff), Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste en
 * Tweede Kerstdag. Goede Vrijdag is not a general day off and is not included.
 */
export function dutchPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const kingsDay = `${year}-04-27`;
  const kingsDayObserved = parse(kingsDay).getUTCDay() === 0 ? `${year}-04-26` : kingsDay;
  return [
    `${year}-01-01`,
    easter,
    addDays(easter, 1),
    kingsDayObserved,
    `${year}-05-05`,
    addDays(easter, 39),
    addDays(easter, 49),
    addDays(easter, 50),
    `${year}-12-25`,
    `${year}-12-26`,
  ];
}

const holidayCache = /* @__PURE__ */ new Map<number, Set<string>>();

export function isDutchPublicHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(dutchPublicHolidays(year));
    holidayCache.set(year, set);
  }
  return set.has(date);
}

/** Monday to Friday, and not a public holiday. */
export function isWorkingDay(date: string): boolean {
  const dow = parse(date).getUTCDay();
  return dow !== 0 && dow !== 6 && !isDutchPublicHoliday(date);
}

/**
 * The date n working days after the given date (the date itself does not count, so a Friday plus one
 * working day is the next Monday). n = 0 gives the date itself.
 */
export function addWorkingDays(date: string, n: number): string {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}
