import { foldText, NAME_PARTICLES } from '../melding/names.js';

/**
 * Known identifiers of a case, and finding them in a text that is meant to be anonymised (raadsinformatie,
 * anonymised summaries). Matching is case- and diacritic-insensitive and on whole words: "Sophie Berg"
 * is found in "sophie berg", "SOPHIE BERG" and "Sophié Berg", but "Berg" is not found in "Bergen".
 * A finding is a warning for the author, who decides: the text is never changed automatically.
 */

export const IDENTIFIER_KINDS = [
  'naam',
  'geboortedatum',
  'adres',
  'postcode',
  'wijk',
  'school_of_werk',
  'netwerkpersoon',
  'referentie',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const IDENTIFIER_LABELS: Readonly<Record<IdentifierKind, { nl: string; en: string }>> = {
  naam: { nl: 'naam van de persoon', en: "the person's name" },
  geboortedatum: { nl: 'geboortedatum', en: 'date of birth' },
  adres: { nl: 'adres', en: 'address' },
  postcode: { nl: 'postcode', en: 'postcode' },
  wijk: { nl: 'wijk of buurt', en: 'neighbourhood' },
  school_of_werk: { nl: 'school of werk', en: 'school or work' },
  netwerkpersoon: { nl: 'naam uit het netwerk', en: 'a name from the network' },
  referentie: { nl: 'kenmerk van een casus of melding', en: 'reference of a case or signal' },
};

/** What the case knows that could identify its person. */
export interface CaseIdentifierFacts {
  readonly person: {
    readonly name: string;
    readonly birthDate: string | null;
    readonly address: string | null;
    readonly neighbourhood: string | null;
    readonly schoolOrWork: string | null;
  };
  /** The person as named, living or schooling in the signals linked to them (other spellings too). */
  readonly otherNames?: readonly string[];
  readonly otherBirthDates?: readonly string[];
  readonly otherAddresses?: readonly string[];
  readonly otherSchoolsOrWork?: readonly string[];
  readonly networkNames?: readonly string[];
  /** Case and signal references (C-2026-0001, M-2026-00012). */
  readonly references?: readonly string[];
}

export interface KnownIdentifier {
  readonly kind: IdentifierKind;
  /** As recorded in the case. */
  readonly value: string;
  /** Folded word sequences that count as this identifier. */
  readonly phrases: readonly string[];
}

export interface Finding {
  readonly kind: IdentifierKind;
  /** The known identifier it matches, as recorded. */
  readonly value: string;
  /** The words as they appear in the text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Words that say how someone relates, not who they are: a network person recorded as "oudere zus" must
 * not make every "zus" in a text a finding. Only ever left out as a single word.
 */
const NOT_IDENTIFYING: ReadonlySet<string> = new Set([
  'moeder',
  'vader',
  'ouder',
  'ouders',
  'zus',
  'zusje',
  'broer',
  'broertje',
  'oom',
  'tante',
  'neef',
  'nicht',
  'neefje',
  'nichtje',
  'opa',
  'oma',
  'zoon',
  'dochter',
  'vriend',
  'vriendin',
  'partner',
  'oudere',
  'jongere',
  'jongste',
  'oudste',
  'een',
  'en',
]);

const MONTHS: readonly (readonly string[])[] = [
  ['januari', 'jan'],
  ['februari', 'feb', 'febr'],
  ['maart', 'mrt', 'mar'],
  ['april', 'apr'],
  ['mei'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augustus', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const tokensOf = (s: string): string[] => foldText(s).split(' ').filter(Boolean);

/**
 * Every contiguous run of a name's words that is not only particles or relation words, plus the name
 * without its particles: "Jan van den Berg" gives "jan van den berg", "van den berg", "berg", "jan",
 * "jan berg", ...
 */
export function namePhrases(name: string): string[] {
  const tokens = tokensOf(name);
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j <= tokens.length; j++) {
      const run = tokens.slice(i, j);
      const meaningful = run.filter((t) => !NAME_PARTICLES.has(t) && !NOT_IDENTIFYING.has(t));
      if (meaningful.length === 0) continue;
      if (run.length === 1 && (run[0] as string).length < 2) continue;
      out.add(run.join(' '));
    }
  }
  const core = tokens.filter((t) => !NAME_PARTICLES.has(t));
  if (core.length > 1 && core.some((t) => !NOT_IDENTIFYING.has(t))) out.add(core.join(' '));
  return [...out];
}

/** A yyyy-mm-dd date in the usual Dutch notations, folded (separators become spaces). */
export function datePhrases(date: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return [];
  const [, yyyy, mm, dd] = m as unknown as [string, string, string, string];
  const days = [...new Set([dd, String(Number(dd))])];
  const monthNumbers = [...new Set([mm, String(Number(mm))])];
  const years = [yyyy, yyyy.slice(2)];
  const out = new Set<string>([`${yyyy} ${mm} ${dd}`]);
  for (const d of days) {
    for (const y of years) {
      for (const mon of monthNumbers) out.add(`${d} ${mon} ${y}`);
      for (const name of MONTHS[Number(mm) - 1] ?? []) out.add(`${d} ${name} ${y}`);
    }
  }
  return [...out];
}

const POSTCODE = /\b([1-9]\d{3})\s?([A-Za-z]{2})\b/;

/** An address's postcode, its street and number, and the street alone. */
function addressIdentifiers(address: string): KnownIdentifier[] {
  const out: KnownIdentifier[] = [];
  const pc = POSTCODE.exec(address);
  if (pc) {
    const [digits, letters] = [pc[1] as string, (pc[2] as string).toLowerCase()];
    out.push({
      kind: 'postcode',
      value: `${digits} ${letters.toUpperCase()}`,
      phrases: [`${digits} ${letters}`, `${digits}${letters}`],
    });
  }
  const first = (address.replace(POSTCODE, ',').split(',')[0] ?? '').trim();
  const tokens = tokensOf(first);
  if (tokens.length > 0) {
    const numberAt = tokens.findIndex((t) => /\d/.test(t));
    const street = (numberAt === -1 ? tokens : tokens.slice(0, numberAt)).join(' ');
    const phrases = new Set<string>([tokens.join(' ')]);
    if (street.length >= 3) phrases.add(street);
    out.push({ kind: 'adres', value: first, phrases: [...phrases] });
  }
  return out;
}

const phrase = (kind: IdentifierKind, value: string | null | undefined): KnownIdentifier[] => {
  if (!value || value.trim().length === 0) return [];
  const p = tokensOf(value).join(' ');
  return p.length >= 2 ? [{ kind, value: value.trim(), phrases: [p] }] : [];
};

/** The known identifiers of a case, the person's own first (they win when two share a word). */
export function collectIdentifiers(f: CaseIdentifierFacts): KnownIdentifier[] {
  const out: KnownIdentifier[] = [];
  for (const name of [f.person.name, ...(f.otherNames ?? [])]) {
    const phrases = namePhrases(name);
    if (phrases.length > 0) out.push({ kind: 'naam', value: name.trim(), phrases });
  }
  for (const d of [f.person.birthDate, ...(f.otherBirthDates ?? [])]) {
    if (d) out.push({ kind: 'geboortedatum', value: d, phrases: datePhrases(d) });
  }
  for (const a of [f.person.address, ...(f.otherAddresses ?? [])]) if (a) out.push(...addressIdentifiers(a));
  out.push(...phrase('wijk', f.person.neighbourhood));
  for (const s of [f.person.schoolOrWork, ...(f.otherSchoolsOrWork ?? [])])
    out.push(...phrase('school_of_werk', s));
  for (const name of f.networkNames ?? []) {
    const phrases = namePhrases(name);
    if (phrases.length > 0) out.push({ kind: 'netwerkpersoon', value: name.trim(), phrases });
  }
  for (const r of f.references ?? []) out.push(...phrase('referentie', r));
  // The same value recorded twice (a name in the case and in a signal) is one identifier.
  const seen = new Set<string>();
  return out.filter((i) => {
    const key = `${i.kind}\u0000${i.phrases.join('|')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The folded text with, per folded character, where it came from in the original. */
function foldWithMap(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const ch of text) {
    const start = index;
    index += ch.length;
    // A combining mark (text in decomposed form) belongs to the letter before it.
    if (/^\p{M}$/u.test(ch)) {
      if (to.length > 0 && folded.at(-1) !== ' ') to[to.length - 1] = index;
      continue;
    }
    const f = foldText(ch);
    if (f.length === 0) {
      if (folded.length > 0 && !folded.endsWith(' ')) {
        folded += ' ';
        from.push(start);
        to.push(index);
      }
      continue;
    }
    for (const c of f) {
      folded += c;
      from.push(start);
      to.push(index);
    }
  }
  return { folded, from, to };
}

/**
 * Where the known identifiers occur in a text, in order. Overlapping matches give one finding: the
 * longest ("Jan van den Berg", not also "Berg").
 */
export function findIdentifiers(text: string, identifiers: readonly KnownIdentifier[]): Finding[] {
  const { folded, from, to } = foldWithMap(text);
  const hits: Array<{ s: number; e: number; id: KnownIdentifier; order: number }> = [];
  identifiers.forEach((id, order) => {
    for (const p of id.phrases) {
      if (p.length === 0) continue;
      let at = folded.indexOf(p);
      while (at !== -1) {
        const end = at + p.length;
        const before = at === 0 || folded[at - 1] === ' ';
        const after = end === folded.length || folded[end] === ' ';
        if (before && after) hits.push({ s: at, e: end, id, order });
        at = folded.indexOf(p, at + 1);
      }
    }
  });
  hits.sort((a, b) => a.s - b.s || b.e - b.s - (a.e - a.s) || a.order - b.order);
  const findings: Finding[] = [];
  let reached = -1;
  for (const h of hits) {
    if (h.s < reached) continue;
    const start = from[h.s] as number;
    const end = to[h.e - 1] as number;
    findings.push({ kind: h.id.kind, value: h.id.value, text: text.slice(start, end), start, end });
    reached = h.e;
  }
  return findings;
}
