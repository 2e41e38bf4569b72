import type { FieldIssue } from '../overleg/types.js';
import type { MeasureStatus, MeasureTrack } from './types.js';

/** An entry of the measure catalogue (the shared list below, plus a municipality's own entries). */
export interface CatalogueEntry {
  readonly code: string;
  readonly track: MeasureTrack;
  readonly nl: string;
  readonly en: string;
  /** For bestuurlijk measures: the usual legal basis, offered as a starting text. */
  readonly legalBasis: string | null;
}

/** The shared catalogue (DOMAIN.md step 6, seed 003 chapter 2), seeded by migration 006. */
export const DEFAULT_MEASURE_CATALOGUE: readonly CatalogueEntry[] = [
  {
    code: 'paspoortmaatregel',
    track: 'bestuurlijk',
    nl: 'Paspoortmaatregel',
    en: 'Passport measure',
    legalBasis: 'Art. 23 Paspoortwet',
  },
  {
    code: 'meldplicht',
    track: 'bestuurlijk',
    nl: 'Meldplicht',
    en: 'Reporting obligation',
    legalBasis: 'Art. 2 Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding',
  },
  {
    code: 'gebiedsverbod',
    track: 'bestuurlijk',
    nl: 'Gebiedsverbod',
    en: 'Area ban',
    legalBasis: 'Art. 2 Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding',
  },
  {
    code: 'contactverbod',
    track: 'bestuurlijk',
    nl: 'Contactverbod',
    en: 'Contact ban',
    legalBasis: 'Art. 2 Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding',
  },
  { code: 'herhuisvesting', track: 'bestuurlijk', nl: 'Herhuisvesting', en: 'Rehousing', legalBasis: null },
  {
    code: 'uitschrijving_brp',
    track: 'bestuurlijk',
    nl: 'Uitschrijving uit de BRP',
    en: 'Deregistration from the BRP',
    legalBasis: 'Art. 2.43 Wet basisregistratie personen',
  },
  {
    code: 'stopzetten_toeslagen_uitkeringen',
    track: 'bestuurlijk',
    nl: 'Stopzetten toeslagen en uitkeringen',
    en: 'Stopping allowances and benefits',
    legalBasis: null,
  },
  { code: 'jeugdzorg', track: 'zorg', nl: 'Jeugdzorg', en: 'Youth care', legalBasis: null },
  { code: 'ggz', track: 'zorg', nl: 'GGZ', en: 'Mental health care', legalBasis: null },
  {
    code: 'exitbegeleiding',
    track: 'zorg',
    nl: 'Exitbegeleiding / deradicalisering',
    en: 'Exit support / deradicalisation',
    legalBasis: null,
  },
  {
    code: 'familieondersteuning',
    track: 'zorg',
    nl: 'Familieondersteuning',
    en: 'Family support',
    legalBasis: null,
  },
  { code: 'mentor', track: 'zorg', nl: 'Mentor', en: 'Mentor', legalBasis: null },
  { code: 'werk', track: 'zorg', nl: 'Werk', en: 'Work', legalBasis: null },
  { code: 'woning', track: 'zorg', nl: 'Woning', en: 'Housing', legalBasis: null },
  { code: 'schuldhulp', track: 'zorg', nl: 'Schuldhulp', en: 'Debt help', legalBasis: null },
  {
    code: 'levensbeschouwelijke_begeleiding',
    track: 'zorg',
    nl: 'Levensbeschouwelijke begeleiding',
    en: 'Religious or philosophical guidance',
    legalBasis: null,
  },
  {
    code: 'alternatief_aanbod',
    track: 'zorg',
    nl: 'Alternatief aanbod (vrijwilligerswerk, sportvereniging)',
    en: 'An alternative (volunteer work, sports club)',
    legalBasis: null,
  },
  {
    code: 'strafrechtelijk_onderzoek',
    track: 'strafrechtelijk',
    nl: 'Strafrechtelijk onderzoek',
    en: 'Criminal investigation',
    legalBasis: null,
  },
  { code: 'vervolging', track: 'strafrechtelijk', nl: 'Vervolging', en: 'Prosecution', legalBasis: null },
  {
    code: 'bijzondere_voorwaarden',
    track: 'strafrechtelijk',
    nl: 'Bijzondere voorwaarden (reclasseringstoezicht)',
    en: 'Special conditions (probation supervision)',
    legalBasis: null,
  },
  {
    code: 'stopgesprek',
    track: 'strafrechtelijk',
    nl: 'Stopgesprek door de politie',
    en: 'Police warning conversation',
    legalBasis: null,
  },
];

export interface MeasureInput {
  readonly track: MeasureTrack;
  readonly title: string;
  readonly ownerOrganisationId: string;
  readonly legalBasis: string | null;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly status: MeasureStatus;
  /** The evaluation in words: what the measure brought about, and what worked. Never a score. */
  readonly evaluationResult: string | null;
  readonly evaluationWhatWorked: string | null;
}

const blank = (s: string | null): boolean => s === null || s.trim().length === 0;

/**
 * A bestuurlijk measure is a decision of the mayor and needs its legal basis; the end lies after the
 * start; a finished or stopped measure is evaluated in words.
 */
export function validateMeasure(m: MeasureInput): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (blank(m.title)) {
    errors.push({ field: 'title', nl: 'Vul de maatregel in.', en: 'Enter the measure.' });
  }
  if (m.track === 'bestuurlijk' && blank(m.legalBasis)) {
    errors.push({
      field: 'legalBasis',
      nl: 'Een bestuurlijke maatregel heeft een wettelijke grondslag nodig (bijvoorbeeld art. 23 Paspoortwet).',
      en: 'An administrative measure needs a legal basis (for example art. 23 Passport Act).',
    });
  }
  if (m.startsOn && m.endsOn && m.endsOn < m.startsOn) {
    errors.push({
      field: 'endsOn',
      nl: 'De einddatum ligt voor de begindatum.',
      en: 'The end date is before the start date.',
    });
  }
  if ((m.status === 'afgerond' || m.status === 'gestopt') && blank(m.evaluationResult)) {
    errors.push({
      field: 'evaluationResult',
      nl: 'Beschrijf bij een afgeronde of gestopte maatregel wat die heeft opgeleverd.',
      en: 'Describe what a finished or stopped measure brought about.',
    });
  }
  return errors;
}

/** A municipality's own catalogue entry: a code of lower-case letters, digits and _, labels in both languages. */
export function validateCatalogueEntry(e: CatalogueEntry): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!/^[a-z0-9_]{2,60}$/.test(e.code)) {
    errors.push({
      field: 'code',
      nl: 'De code bestaat uit 2 tot 60 kleine letters, cijfers of _.',
      en: 'The code consists of 2 to 60 lower-case letters, digits or _.',
    });
  }
  if (e.nl.trim().length === 0) {
    errors.push({ field: 'labelNl', nl: 'Vul de Nederlandse naam in.', en: 'Enter the Dutch name.' });
  }
  if (e.en.trim().length === 0) {
    errors.push({ field: 'labelEn', nl: 'Vul de Engelse naam in.', en: 'Enter the English name.' });
  }
  return errors;
}
