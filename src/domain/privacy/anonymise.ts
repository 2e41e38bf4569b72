import {
  collectIdentifiers,
  findIdentifiers,
  type IdentifierKind,
  type KnownIdentifier,
} from '../casus/identifiers.js';
import { daysBetween } from '../melding/calendar.js';
import { foldText } from '../melding/names.js';

/**
 * Anonymising a case for consultation with an outside expert (for example the LSE), and withholding third
 * parties from an export: names become roles, dates become relative to day 0, places and schools are
 * generalised, and every text is checked against every name and identifier known. Pure functions: the
 * caller collects what is known.
 */

/** A known identifier (src/domain/casus/identifiers.ts) and what it is replaced by. */
export interface Replacement {
  readonly identifier: KnownIdentifier;
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

const GENERAL: Partial<Record<IdentifierKind, string>> = {
  geboortedatum: '[geboortedatum]',
  adres: '[adres]',
  postcode: '[adres]',
  wijk: '[wijk]',
  school_of_werk: '[school of werk]',
  referentie: '[kenmerk]',
};

/**
 * A person known in the case: the name (every part of it) becomes the role, the rest is generalised.
 * `except` are folded name phrases that must stay (a brother's surname is also the person's own).
 */
export function personReplacements(
  p: {
    readonly name: string | null;
    readonly role: string;
    readonly birthDate?: string | null;
    readonly address?: string | null;
    readonly neighbourhood?: string | null;
    readonly schoolOrWork?: string | null;
  },
  except: ReadonlySet<string> = new Set(),
): Replacement[] {
  const ids = collectIdentifiers({
    person: {
      name: p.name ?? '',
      birthDate: p.birthDate ?? null,
      address: p.address ?? null,
      neighbourhood: p.neighbourhood ?? null,
      schoolOrWork: p.schoolOrWork ?? null,
    },
  });
  return ids.flatMap((identifier) => {
    const phrases = identifier.phrases.filter((x) => !except.has(x));
    if (phrases.length === 0) return [];
    const replacement = identifier.kind === 'naam' ? p.role : (GENERAL[identifier.kind] ?? '[weggelaten]');
    return [{ identifier: { ...identifier, phrases }, replacement }];
  });
}

/** Every phrase that identifies this person: what must not be withheld from their own export. */
export function ownPhrases(p: {
  readonly name: string | null;
  readonly birthDate?: string | null;
  readonly address?: string | null;
  readonly neighbourhood?: string | null;
  readonly schoolOrWork?: string | null;
}): Set<string> {
  const out = new Set<string>();
  for (const r of personReplacements({ ...p, role: '' })) {
    for (const x of r.identifier.phrases) out.add(x);
  }
  return out;
}

/** Replaces every known identifier found in the text (the longest match wins) by its replacement. */
export function replaceIdentifiers(text: string, reps: readonly Replacement[]): string {
  const key = (kind: string, value: string) => `${kind}\u0000${value}`;
  const byKey = new Map<string, string>();
  for (const r of reps) {
    const k = key(r.identifier.kind, r.identifier.value);
    if (!byKey.has(k)) byKey.set(k, r.replacement);
  }
  let out = '';
  let at = 0;
  for (const f of findIdentifiers(
    text,
    reps.map((r) => r.identifier),
  )) {
    out += text.slice(at, f.start) + (byKey.get(key(f.kind, f.value)) ?? '[weggelaten]');
    at = f.end;
  }
  return out + text.slice(at);
}

/** A place (the municipality, the region) or an organisation name generalised to a word. */
export function placeReplacements(names: readonly string[]): Replacement[] {
  const out: Replacement[] = [];
  for (const n of names) {
    const bare = n.replace(/^(gemeente|regio|samenwerkingsverband)\s+/i, '').trim();
    for (const [value, replacement] of [
      [n, '[de gemeente]'],
      [bare, '[plaats]'],
    ] as const) {
      const phrase = foldText(value);
      if (phrase.length >= 3)
        out.push({ identifier: { kind: 'wijk', value, phrases: [phrase] }, replacement });
    }
  }
  return out;
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

/** Anonymises one text: dates made relative, known identifiers replaced. */
export function anonymiseText(text: string, reps: readonly Replacement[], day0: string): string {
  return replaceIdentifiers(relativiseDates(text, day0), reps);
}

// ---------------------------------------------------------------------------------------------------
// The anonymised case summary

/** Words that say how someone relates without saying who they are: usable as a role as written. */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'moeder',
  'vader',
  'stiefmoeder',
  'stiefvader',
  'broer',
  'zus',
  'halfbroer',
  'halfzus',
  'broertje',
  'zusje',
  'oom',
  'tante',
  'neef',
  'nicht',
  'opa',
  'oma',
  'vriend',
  'vriendin',
  'oudere',
  'jongere',
  'jongste',
  'oudste',
  'beste',
]);

const NETWORK_ROLES: Record<string, string> = {
  ouder: 'ouder',
  broer_zus: 'broer of zus',
  neef_nicht: 'neef of nicht',
  partner: 'partner',
  kind: 'kind',
  ander_familielid: 'familielid',
  vriend: 'vriend(in)',
  anders: 'andere persoon',
};

/** The role of a network person: the relation note when it is only relation words ("oudere zus"). */
export function networkRole(relation: string, note: string): string {
  const words = foldText(note).split(' ').filter(Boolean);
  if (words.length > 0 && words.length <= 3 && words.every((w) => ROLE_WORDS.has(w))) return words.join(' ');
  return NETWORK_ROLES[relation] ?? 'andere persoon';
}

export interface SummaryPerson {
  readonly name: string | null;
  readonly birthDate: string | null;
  readonly address: string | null;
  readonly neighbourhood: string | null;
  readonly schoolOrWork: string | null;
}

/** What the case holds, as read from the database; nothing here leaves without being anonymised. */
export interface SummaryFacts {
  /** The day the case was opened: dag 0. */
  readonly day0: string;
  readonly person: SummaryPerson;
  /** The person as named in the linked signals (other spellings, other addresses). */
  readonly mentions: readonly SummaryPerson[];
  readonly phase: string;
  readonly situation: string;
  readonly situationSince: string | null;
  readonly signals: ReadonlyArray<{
    readonly receivedOn: string;
    readonly kind: string;
    readonly category: string | null;
    readonly observations: ReadonlyArray<{
      description: string;
      observedOn: string | null;
      place: string | null;
    }>;
    readonly assumptions: ReadonlyArray<{ text: string; state: string }>;
    readonly contraIndications: string | null;
    readonly others: readonly SummaryPerson[];
    readonly reporter: { name: string | null; email: string | null; phone: string | null };
  }>;
  readonly plan: Readonly<Record<string, string>> | null;
  readonly measures: ReadonlyArray<{
    track: string;
    title: string;
    ownerType: string;
    status: string;
    startsOn: string | null;
    endsOn: string | null;
    evaluationResult: string | null;
    evaluationWhatWorked: string | null;
  }>;
  readonly network: ReadonlyArray<{
    name: string;
    relation: string;
    relationNote: string;
    vulnerability: string;
    preventiveCare: boolean;
  }>;
  readonly family: ReadonlyArray<{ contactOn: string; kind: string; withWhom: string; summary: string }>;
  readonly events: ReadonlyArray<{ kind: string; on: string; reason: string | null }>;
  readonly places: readonly string[];
  readonly partners: ReadonlyArray<{ name: string; type: string }>;
  readonly staff: readonly string[];
  /** Case and signal references: never in the summary. */
  readonly references: readonly string[];
}

const PLAN_LABELS: Record<string, string> = {
  goals: 'Doelen',
  identiteit: 'Identiteit',
  betekenis: 'Betekenis',
  rechtvaardigheid: 'Rechtvaardigheid',
  sensatie: 'Sensatie',
  protectiveFactors: 'Beschermende factoren',
  impactOnSurroundings: 'Impact op de omgeving',
};

const words = (code: string) => code.replace(/_/g, ' ');

/**
 * Every replacement for this case, in order of precedence: the person first ("betrokkene"), then the
 * network by role, then everyone else named in the signals, the reporters, staff, partners and places.
 */
export function caseReplacements(f: SummaryFacts): Replacement[] {
  const out: Replacement[] = [];
  for (const p of [f.person, ...f.mentions]) out.push(...personReplacements({ ...p, role: 'betrokkene' }));
  const roles = numberRoles(f.network.map((n) => networkRole(n.relation, n.relationNote)));
  f.network.forEach((n, i) => {
    out.push(...personReplacements({ name: n.name, role: roles[i] ?? 'andere persoon' }));
  });
  const others = f.signals.flatMap((s) => s.others);
  const otherRoles = numberRoles(others.map(() => 'andere persoon'));
  others.forEach((o, i) => {
    out.push(...personReplacements({ ...o, role: otherRoles[i] ?? 'andere persoon' }));
  });
  for (const s of f.signals) {
    out.push(...personReplacements({ name: s.reporter.name, role: 'melder' }));
    for (const c of [s.reporter.email, s.reporter.phone]) {
      const phrase = c ? foldText(c) : '';
      if (c && phrase.length >= 3)
        out.push({
          identifier: { kind: 'referentie', value: c, phrases: [phrase] },
          replacement: '[contactgegeven]',
        });
    }
  }
  for (const name of f.staff) out.push(...personReplacements({ name, role: 'medewerker' }));
  for (const p of f.partners) {
    const phrase = foldText(p.name);
    if (phrase.length >= 3) {
      out.push({
        identifier: { kind: 'school_of_werk', value: p.name, phrases: [phrase] },
        replacement: p.type === 'school' ? '[school]' : words(p.type),
      });
    }
  }
  out.push(...placeReplacements(f.places));
  for (const r of f.references) {
    const phrase = foldText(r);
    if (phrase.length >= 3)
      out.push({ identifier: { kind: 'referentie', value: r, phrases: [phrase] }, replacement: '[kenmerk]' });
  }
  return out;
}

/**
 * The summary for anonymous consultation: the case in words, with names replaced by roles, dates relative
 * to the opening of the case (dag 0), places, schools and organisations generalised. Places of observation
 * are given as their kind only ("school", "online"); the free detail is left out.
 */
export function composeSummary(f: SummaryFacts): string {
  const reps = caseReplacements(f);
  const t = (text: string) => anonymiseText(text, reps, f.day0);
  const rel = (date: string | null) => (date ? relativeDay(f.day0, date) : 'onbekend');
  const lines: string[] = [
    'Geanonimiseerde casusbeschrijving voor consultatie',
    'Dag 0 is de dag waarop de casus werd geopend. Namen zijn vervangen door rollen, datums zijn relatief, plaatsen, scholen en organisaties zijn algemeen gemaakt.',
    '',
    'Betrokkene',
  ];
  if (f.person.birthDate) lines.push(`- Leeftijd op dag 0: ${ageAt(f.person.birthDate, f.day0)} jaar`);
  lines.push(`- Fase: ${words(f.phase)}`);
  lines.push(
    `- Situatie: ${words(f.situation)}${f.situationSince ? ` (sinds ${rel(f.situationSince)})` : ''}`,
  );
  if (f.signals.length > 0) {
    lines.push('', 'Signalen');
    for (const s of f.signals) {
      lines.push(`- ${rel(s.receivedOn)}: ${words(s.kind)}${s.category ? ` (${s.category})` : ''}`);
      for (const o of s.observations) {
        lines.push(
          `  Waarneming (${o.observedOn ? rel(o.observedOn) : 'datum onbekend'}${o.place ? `, ${words(o.place)}` : ''}): ${t(o.description)}`,
        );
      }
      for (const a of s.assumptions) lines.push(`  Veronderstelling (${a.state}): ${t(a.text)}`);
      if (s.contraIndications) lines.push(`  Wat ertegen pleit: ${t(s.contraIndications)}`);
    }
  }
  if (f.plan) {
    const entries = Object.entries(f.plan).filter(([, v]) => v.trim().length > 0);
    if (entries.length > 0) {
      lines.push('', 'Plan van aanpak');
      for (const [k, v] of entries) lines.push(`- ${PLAN_LABELS[k] ?? k}: ${t(v)}`);
    }
  }
  if (f.measures.length > 0) {
    lines.push('', 'Maatregelen');
    for (const m of f.measures) {
      lines.push(
        `- ${m.track}: ${t(m.title)} (${words(m.status)}, vanaf ${rel(m.startsOn)}${m.endsOn ? ` tot ${rel(m.endsOn)}` : ''}; uitgevoerd door: ${words(m.ownerType)})`,
      );
      if (m.evaluationResult) lines.push(`  Resultaat: ${t(m.evaluationResult)}`);
      if (m.evaluationWhatWorked) lines.push(`  Wat werkte: ${t(m.evaluationWhatWorked)}`);
    }
  }
  if (f.network.length > 0) {
    const roles = numberRoles(f.network.map((n) => networkRole(n.relation, n.relationNote)));
    lines.push('', 'Netwerk');
    f.network.forEach((n, i) => {
      lines.push(
        `- ${roles[i]}: ${n.vulnerability ? t(n.vulnerability) : 'geen bijzonderheden vastgelegd'}; preventieve zorg ${n.preventiveCare ? 'geregeld' : 'niet geregeld'}`,
      );
    });
  }
  if (f.family.length > 0) {
    lines.push('', 'Familieondersteuning');
    for (const c of f.family)
      lines.push(`- ${rel(c.contactOn)}, ${words(c.kind)}, met ${t(c.withWhom)}: ${t(c.summary)}`);
  }
  if (f.events.length > 0) {
    lines.push('', 'Verloop');
    for (const e of f.events)
      lines.push(`- ${rel(e.on)}: ${words(e.kind)}${e.reason ? ` (${t(e.reason)})` : ''}`);
  }
  return lines.join('\n');
}

/** What is still recognisable in a (possibly edited) summary: every known identifier found in it. */
export function checkSummary(text: string, f: SummaryFacts): Array<{ kind: IdentifierKind; text: string }> {
  return findIdentifiers(
    text,
    caseReplacements(f).map((r) => r.identifier),
  ).map((x) => ({ kind: x.kind, text: x.text }));
}
