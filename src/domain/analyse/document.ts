/**
 * The analysis as a document: the analyst's own words per fenomeen and for the whole, approved as frozen
 * versions with the protected figures, and exported with the rules that bind whoever reads them. The system
 * writes no text and no judgement; these are only the shapes, the checks and the fixed wording of the stamp.
 */

/** The section about everything together; the other sections are the tenant's fenomeen codes. */
export const WHOLE_SECTION = 'geheel';

/** What the analyst writes about each fenomeen and about the whole (VAR toolkit, "Problematiek in kaart"). */
export const SECTION_FIELDS = ['aard', 'omvang', 'ontwikkeling', 'risicos'] as const;
export type SectionField = (typeof SECTION_FIELDS)[number];

export const SECTION_FIELD_LABELS: Readonly<Record<SectionField, { nl: string; en: string }>> = {
  aard: { nl: 'Aard', en: 'Nature' },
  omvang: { nl: 'Omvang', en: 'Volume' },
  ontwikkeling: { nl: 'Ontwikkeling', en: 'Development' },
  risicos: { nl: "Risico's", en: 'Risks' },
};

export const WHOLE_SECTION_LABEL = { nl: 'Geheel', en: 'Overall' } as const;

const PERIOD_ID = /^([0-9]{4})(?:-(H[12]|K[1-4]|0[1-9]|1[0-2]))?$/;

/** The first day of a fixed period ('2025', '2025-H1', '2025-K3', '2025-03') as YYYY-MM-DD, or null. */
export function periodStartDay(id: string): string | null {
  const m = PERIOD_ID.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2199) return null;
  const part = m[2];
  let month = 1;
  if (part === 'H2') month = 7;
  else if (part?.startsWith('K')) month = (Number(part.slice(1)) - 1) * 3 + 1;
  else if (part && part !== 'H1') month = Number(part);
  return `${m[1]}-${String(month).padStart(2, '0')}-01`;
}

/** A field problem in both languages. */
export interface DocumentIssue {
  readonly field: string;
  readonly nl: string;
  readonly en: string;
}

/**
 * The period of a new document: a fixed period that has begun (an analysis of a period that has not started
 * has nothing to describe). `today` is the Amsterdam date, YYYY-MM-DD.
 */
export function checkPeriod(id: string, today: string): DocumentIssue | null {
  const start = periodStartDay(id.trim());
  if (!start) {
    return {
      field: 'period',
      nl: 'Kies een periode als 2025 (jaar), 2025-H1 (halfjaar), 2025-K3 (kwartaal) of 2025-03 (maand).',
      en: 'Choose a period such as 2025 (year), 2025-H1 (half-year), 2025-K3 (quarter) or 2025-03 (month).',
    };
  }
  if (start > today) {
    return {
      field: 'period',
      nl: 'Deze periode is nog niet begonnen. Kies een periode die al begonnen of voorbij is.',
      en: 'This period has not started yet. Choose a period that has started or ended.',
    };
  }
  return null;
}

/** The texts' sections must be the whole or a fenomeen of the tenant's list. */
export function checkSections(keys: readonly string[], known: ReadonlySet<string>): DocumentIssue | null {
  const unknown = keys.filter((k) => k !== WHOLE_SECTION && !known.has(k));
  if (unknown.length === 0) return null;
  return {
    field: 'texts',
    nl: `Onbekend onderdeel: ${unknown.join(', ')}. Schrijf over het geheel of over een fenomeen uit de lijst.`,
    en: `Unknown section: ${unknown.join(', ')}. Write about the whole or about a fenomeen from the list.`,
  };
}

/** Sections that hold no words are not kept, so an empty form and an untouched one are the same document. */
export function withoutEmptySections<T extends Readonly<Record<SectionField, string>>>(
  texts: Readonly<Record<string, T>>,
): Record<string, Record<SectionField, string>> {
  const out: Record<string, Record<SectionField, string>> = {};
  for (const [key, s] of Object.entries(texts)) {
    const trimmed = Object.fromEntries(SECTION_FIELDS.map((f) => [f, (s[f] ?? '').trim()])) as Record<
      SectionField,
      string
    >;
    if (SECTION_FIELDS.some((f) => trimmed[f] !== '')) out[key] = trimmed;
  }
  return out;
}

/** The factsheet's rule for spokespeople (woordvoeringslijn), printed on every page and in every file. */
export const SPOKESPERSON_RULE = {
  nl: 'Niet voor woordvoering: noem nooit namen en nooit aantallen over concrete casussen.',
  en: 'Not for spokespeople: never give names, and never numbers about concrete cases.',
} as const;

/** The mark of a suppressed cell and its legend. */
export const SUPPRESSED_MARK = '·';
export const MARK_LEGEND = {
  nl: '· = niet getoond: te weinig personen, of af te leiden uit andere cijfers.',
  en: '· = not shown: too few persons, or derivable from other figures.',
} as const;

/** The disclosure rules a version used, in words for the stamp. */
export function rulesLine(rules: { k: number; rounded: boolean }): { nl: string; en: string } {
  return {
    nl:
      `Onthullingsbeheersing: elke cel met minder dan ${rules.k} personen is niet getoond, net als elke cel ` +
      'waaruit die af te leiden is' +
      (rules.rounded ? '; aantallen afgerond op veelvouden van 5.' : '; aantallen niet afgerond.'),
    en:
      `Disclosure control: every cell of fewer than ${rules.k} persons is not shown, nor any cell it could be ` +
      'derived from' +
      (rules.rounded ? '; counts rounded to multiples of 5.' : '; counts not rounded.'),
  };
}

/**
 * One CSV field for Dutch Excel (';' separated): quoted when needed, and a text a spreadsheet would read as a
 * formula (starting with = + - @, or a tab or carriage return) gets a leading apostrophe.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(values: ReadonlyArray<string | number>): string {
  return values.map(csvField).join(';');
}
