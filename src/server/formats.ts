/**
 * Strict `date` and `date-time` formats for the schemas, replacing ajv-formats' fast ones (which accept
 * 2026-02-30, 25:61 and year 0000). A value that passes is a real day or moment in the years 1800-2199,
 * well around every date this system records (the domain's own rules, such as birth dates from 1900, give
 * their own messages inside it), so date arithmetic on it (a period's end, a term) stays within what
 * PostgreSQL and JavaScript read alike.
 */
export const FIRST_YEAR = 1800;
export const LAST_YEAR = 2199;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return (
    year >= FIRST_YEAR &&
    year <= LAST_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month)
  );
}

export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m || !isDate(m[1] ?? '')) return false;
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (m[7] !== undefined && (Number(m[7]) > 14 || Number(m[8]) > 59)) return false;
  return !Number.isNaN(Date.parse(value.replace(' ', 'T')));
}

/** An Ajv plugin (for Fastify's `ajv.plugins`, after ajv-formats). */
export function strictDateFormats<A extends { addFormat(name: string, format: unknown): unknown }>(
  ajv: A,
): A {
  ajv.addFormat('date', { type: 'string', validate: isDate });
  ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
  return ajv;
}
