import { daysBetween } from '../melding/calendar.js';
import { NAME_PARTICLES } from '../melding/names.js';

/**
 * Anonymising a case for consultation with an outside expert (for example the LSE), and withholding third
 * parties from an export: names become roles, dates become relative to day 0, places and schools are
 * generalised, and every text is checked against every name and identifier known. Pure functions: the
 * caller collects what is known.
 */

/** Something that identifies a person or a place, and what it is replaced by. */
export interface KnownTerm {
  readonly kind:
    | 'naam'
    | 'geboortedatum'
    | 'adres'
    | 'school'
    | 'plaats'
    | 'wijk'
    | 'contact'
    | 'organisatie';
  readonly value: string;
  readonly replacement: string;
}

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

// Letters with their accented forms, so "Zoë" is found as "Zoe" and the other way round.
const ACCENTS: Record<string, string> = {
  a: 'aàáâãäå',
  c: 'cç',
  e: 'eèéêë',
  i: 'iìíîï',
  n: 'nñ',
  o: 'oòóôõöø',
  u: 'uùúûü',
  y: 'yýÿ',
};

function escapeChar(ch: string): string {
  const base = ch
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const variants = ACCENTS[base];
  if (variants) return `[${variants}]`;
  if (/\s/.test(ch)) return '\\s+';
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that finds the term as a whole word, ignoring case, accents and extra spaces. */
export function termPattern(value: string): RegExp {
  const body = [...value.normalize('NFC').trim()].map(escapeChar).join('');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** The parts of a name that identify on their own: given names and surnames, never particles or initials. */
export function nameParts(name: string): string[] {
  const parts = name
    .normalize('NFC')
    .split(/[\s,]+/)
    .flatMap((p) => [p, ...(p.includes('-') ? p.split('-') : [])])
    .map((p) => p.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((p) => p.length >= 3 && !NAME_PARTICLES.has(p.toLowerCase()));
  return [...new Set(parts)];
}

/** The ways a date is written in Dutch texts: 2009-08-14, 14-08-2009, 14-8-2009, 14/8/2009, 14 augustus 2009. */
export function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-');
  if (!y || !m || !d) return [iso];
  const dn = String(Number(d));
  const mn = String(Number(m));
  const month = MONTHS_NL[Number(m) - 1] ?? '';
  return [
    ...new Set([
      iso,
      `${d}-${m}-${y}`,
      `${dn}-${mn}-${y}`,
      `${d}/${m}/${y}`,
      `${dn}/${mn}/${y}`,
      `${dn} ${month} ${y}`,
    ]),
  ];
}

/** A person known in the case: the name (and its parts) become the role. */
export function personTerms(p: {
  readonly name: string | null;
  readonly role: string;
  readonly birthDate?: string | null;
  readonly address?: string | null;
  readonly neighbourhood?: string | null;
  readonly schoolOrWork?: string | null;
}): KnownTerm[] {
  const terms: KnownTerm[] = [];
  if (p.name) {
    terms.push({ kind: 'naam', value: p.name, replacement: p.role });
    for (const part of nameParts(p.name)) terms.push({ kind: 'naam', value: part, replacement: p.role });
  }
  if (p.birthDate) {
    for (const f of dateForms(p.birthDate))
      terms.push({ kind: 'geboortedatum', value: f, replacement: '[geboortedatum]' });
  }
  if (p.address) terms.push({ kind: 'adres', value: p.address, replacement: '[adres]' });
  if (p.neighbourhood) terms.push({ kind: 'wijk', value: p.neighbourhood, replacement: '[wijk]' });
  if (p.schoolOrWork) terms.push({ kind: 'school', value: p.schoolOrWork, replacement: '[school of werk]' });
  return terms;
}

/** Replaces every known term, longest first (a full name before its parts). */
export function replaceTerms(text: string, terms: readonly KnownTerm[]): string {
  const sorted = [...terms]
    .filter((t) => t.value.trim().length >= 2)
    .sort((a, b) => b.value.length - a.value.length);
  let out = text.normalize('NFC');
  for (const t of sorted) out = out.replace(termPattern(t.value), t.replacement);
  return out;
}

export interface Finding {
  readonly kind: KnownTerm['kind'];
  readonly value: string;
}

/** Every known term still present in the text: what the officer must resolve before export. */
export function findTerms(text: string, terms: readonly KnownTerm[]): Finding[] {
  const seen = new Set<string>();
  const found: Finding[] = [];
  for (const t of terms) {
    const key = `${t.kind}:${t.value.toLowerCase()}`;
    if (seen.has(key) || t.value.trim().length < 2) continue;
    seen.add(key);
    if (termPattern(t.value).test(text)) found.push({ kind: t.kind, value: t.value });
  }
  return found;
}

/** "dag 0", "+12 dagen", "+3 weken", "+4 maanden", "-1 jaar": how far a date lies from day 0. */
export function relativeDay(day0: string, date: string): string {
  const days = daysBetween(day0, date);
  if (days === 0) return 'dag 0';
  const sign = days > 0 ? '+' : '-';
  const n = Math.abs(days);
  if (n < 14) return `${sign}${n} ${n === 1 ? 'dag' : 'dagen'}`;
  if (n < 60) return `${sign}${Math.round(n / 7)} weken`;
  if (n < 730) {
    const months = Math.round(n / 30.44);
    return `${sign}${months} ${months === 1 ? 'maand' : 'maanden'}`;
  }
  return `${sign}${Math.round(n / 365.25)} jaar`;
}

/** Whole years between a birth date and day 0: the age matters for the advice, the birth date does not. */
export function ageAt(birthDate: string, day0: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day0.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const DATE_IN_TEXT = new RegExp(
  `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|\\b(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})\\b|\\b(\\d{1,2}) (${MONTHS_NL.join('|')}) (\\d{4})\\b`,
  'giu',
);

/** Every written date in a free text becomes relative to day 0. */
export function relativiseDates(text: string, day0: string): string {
  return text.replace(DATE_IN_TEXT, (match, y1, m1, d1, d2, m2, y2, d3, mon, y3) => {
    let iso: string | null = null;
    const pad = (n: string | number) => String(n).padStart(2, '0');
    if (y1) iso = `${y1}-${m1}-${d1}`;
    else if (y2) iso = `${y2}-${pad(m2)}-${pad(d2)}`;
    else if (y3) iso = `${y3}-${pad(MONTHS_NL.indexOf(String(mon).toLowerCase()) + 1)}-${pad(d3)}`;
    if (!iso || Number.isNaN(Date.parse(`${iso}T00:00:00Z`))) return match;
    return relativeDay(day0, iso);
  });
}

/** The role of another person in a signal about the person concerned, from how the reporter named them. */
export const RELATION_ROLES: Record<string, string> = {
  ouder_verzorger: 'ouder',
  familielid: 'familielid',
  partner: 'partner',
  vriend_kennis: 'vriend(in)',
  buurtbewoner: 'buurtbewoner',
  school: 'persoon van school',
  werk: 'collega',
  hulpverlener: 'hulpverlener',
  geen: 'andere persoon',
  anders: 'andere persoon',
};

/** Numbers roles that occur more than once ("familielid 1", "familielid 2"); a single one keeps its name. */
export function numberRoles(roles: readonly string[]): string[] {
  const total = new Map<string, number>();
  for (const r of roles) total.set(r, (total.get(r) ?? 0) + 1);
  const seen = new Map<string, number>();
  return roles.map((r) => {
    if ((total.get(r) ?? 0) < 2) return r;
    const n = (seen.get(r) ?? 0) + 1;
    seen.set(r, n);
    return `${r} ${n}`;
  });
}

/** Place names of the municipality and region ("Gemeente Lindeburg" gives "Lindeburg"). */
export function placeTerms(names: readonly string[]): KnownTerm[] {
  const out: KnownTerm[] = [];
  for (const n of names) {
    out.push({ kind: 'plaats', value: n, replacement: '[de gemeente]' });
    const bare = n.replace(/^(gemeente|regio|samenwerkingsverband)\s+/i, '').trim();
    if (bare && bare !== n) out.push({ kind: 'plaats', value: bare, replacement: '[plaats]' });
  }
  return out;
}

/** Anonymises one text: dates made relative, known terms replaced. */
export function anonymiseText(text: string, terms: readonly KnownTerm[], day0: string): string {
  return replaceTerms(relativiseDates(text, day0), terms);
}
