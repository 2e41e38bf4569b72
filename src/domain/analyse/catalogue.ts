/**
 * The fixed catalogue of the phenomenon analysis: each report is defined here with the tables and dimensions it
 * allows. A user picks a report, a period and a scope; there is no free cross-tabulation (two free tables can be
 * subtracted to find one person).
 */

export const REPORT_IDS = [
  // Signals (meldingen and adviesvragen apart) by fenomeen, by source, by triage outcome (a)-(d), inflow into
  // the persoonsgerichte aanpak (weegploeg yes / no).
  'meldingen-fenomeen',
  'meldingen-bron',
  'meldingen-triage',
  'instroom',
  // Cases active in the period by phase, situation and age band; closure reasons; measures by track and type.
  'casussen',
  'afsluiting',
  'maatregelen',
  // Lead times as medians: intake to triage, triage to weighing, case duration.
  'doorlooptijden',
] as const;
export type ReportId = (typeof REPORT_IDS)[number];

/** Fixed period buckets: '2025' (jaar), '2025-H1' (halfjaar), '2025-K3' (kwartaal), '2025-03' (maand). */
export const PERIOD_KINDS = ['jaar', 'halfjaar', 'kwartaal', 'maand'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** What a report counts besides distinct persons. */
export const REPORT_UNITS = ['meldingen', 'casussen', 'maatregelen'] as const;
export type ReportUnit = (typeof REPORT_UNITS)[number];

/** Why a signal or case is left out of every figure (with a reason in words, on its page). */
export const STATISTICS_EXCLUSIONS = ['test', 'dubbel', 'niet_voor_statistiek'] as const;
export type StatisticsExclusion = (typeof STATISTICS_EXCLUSIONS)[number];

// The definition of each report: what it counts, its tables and their dimensions.

import { PARTNER_TYPES } from '../access/roles.js';
import { CASE_PHASES, CASE_SITUATIONS, CLOSURE_REASONS, MEASURE_TRACKS } from '../casus/types.js';
import { CHANNEL_LABELS, SIGNAL_KIND_LABELS } from '../melding/labels.js';
import { CHANNELS, SIGNAL_KINDS } from '../melding/types.js';
import { CASE_PHASE_LABELS, TRIAGE_OUTCOME_LABELS } from '../overleg/labels.js';
import type { FieldIssue } from '../overleg/types.js';

export interface Label {
  readonly nl: string;
  readonly en: string;
}

export const DIMENSION_NAMES = [
  'soort',
  'fenomeen',
  'kanaal',
  'melder',
  'uitkomst',
  'weging',
  'fase',
  'situatie',
  'leeftijd',
  'reden',
  'spoor',
  'type',
  'gemeente',
] as const;
export type DimensionName = (typeof DIMENSION_NAMES)[number];

export const DIMENSION_LABELS: Record<DimensionName, Label> = {
  soort: { nl: 'Soort', en: 'Kind' },
  fenomeen: { nl: 'Fenomeen', en: 'Phenomenon' },
  kanaal: { nl: 'Kanaal', en: 'Channel' },
  melder: { nl: 'Melder', en: 'Reporter' },
  uitkomst: { nl: 'Uitkomst triage', en: 'Triage outcome' },
  weging: { nl: 'Opgenomen in de persoonsgerichte aanpak', en: 'Included in the person-centred approach' },
  fase: { nl: 'Fase aan het eind van de periode', en: 'Phase at the end of the period' },
  situatie: { nl: 'Situatie aan het eind van de periode', en: 'Situation at the end of the period' },
  leeftijd: { nl: 'Leeftijd bij opening', en: 'Age when opened' },
  reden: { nl: 'Reden van afsluiting', en: 'Reason for closure' },
  spoor: { nl: 'Spoor', en: 'Track' },
  type: { nl: 'Soort maatregel', en: 'Kind of measure' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
};

export interface DimensionValue {
  readonly code: string;
  readonly label: Label;
}

const PARTNER_TYPE_LABELS: Record<(typeof PARTNER_TYPES)[number], Label> = {
  politie: { nl: 'Politie', en: 'Police' },
  om: { nl: 'Openbaar Ministerie', en: 'Public Prosecution Service' },
  zvh: { nl: 'Zorg- en Veiligheidshuis', en: 'Care and Safety House' },
  rvdk: { nl: 'Raad voor de Kinderbescherming', en: 'Child Protection Board' },
  reclassering: { nl: 'Reclassering', en: 'Probation service' },
  jeugdzorg: { nl: 'Jeugdzorg', en: 'Youth care' },
  ggz: { nl: 'GGZ', en: 'Mental health care' },
  school: { nl: 'School', en: 'School' },
  leerplicht: { nl: 'Leerplicht', en: 'School attendance' },
  jongerenwerk: { nl: 'Jongerenwerk', en: 'Youth work' },
  wijkteam: { nl: 'Wijkteam', en: 'Neighbourhood team' },
  nctv: { nl: 'NCTV', en: 'NCTV' },
  overig: { nl: 'overig', en: 'other' },
};

const SITUATION_LABELS: Record<(typeof CASE_SITUATIONS)[number], Label> = {
  zorgelijk: { nl: 'Zorgelijk', en: 'Worrying' },
  potentiele_uitreiziger: { nl: 'Potentiële uitreiziger', en: 'Potential traveller' },
  tegengehouden_uitreiziger: { nl: 'Tegengehouden uitreiziger', en: 'Stopped traveller' },
  uitgereisd: { nl: 'Uitgereisd', en: 'Departed' },
  terugkeerder: { nl: 'Terugkeerder', en: 'Returnee' },
  gedetineerd: { nl: 'Gedetineerd', en: 'Detained' },
  overleden: { nl: 'Overleden', en: 'Deceased' },
};

const CLOSURE_LABELS: Record<(typeof CLOSURE_REASONS)[number], Label> = {
  disengaged: { nl: 'Losgemaakt van het gedachtegoed (disengaged)', en: 'Disengaged' },
  verhuisd: { nl: 'Verhuisd', en: 'Moved' },
  gedetineerd: { nl: 'Gedetineerd', en: 'Detained' },
  overleden: { nl: 'Overleden', en: 'Deceased' },
  overgedragen: { nl: 'Overgedragen aan een andere gemeente', en: 'Handed over to another municipality' },
  anders: { nl: 'Anders', en: 'Other' },
};

const TRACK_LABELS: Record<(typeof MEASURE_TRACKS)[number], Label> = {
  strafrechtelijk: { nl: 'Strafrechtelijk', en: 'Criminal' },
  bestuurlijk: { nl: 'Bestuurlijk', en: 'Administrative' },
  zorg: { nl: 'Zorg', en: 'Care' },
};

/** AIVD ambtsberichten are secret and never counted, so their channel is no value of the dimension. */
export const COUNTED_CHANNELS = CHANNELS.filter((c) => c !== 'ambtsbericht_aivd');

/** The reporter: a resident, anonymous, or a professional per kind of partner organisation. */
export const REPORTER_VALUES: readonly string[] = [
  'inwoner',
  'anoniem',
  ...PARTNER_TYPES.filter((t) => t !== 'overig').map((t) => `professional_${t}`),
  'professional_overig',
];

export const AGE_BANDS = ['minderjarig', '18-23', 'ouder', 'onbekend'] as const;
export const NO_CATEGORY = 'geen_categorie';
export const OWN_MEASURE = 'eigen';

const values = (list: readonly string[], label: (code: string) => Label): DimensionValue[] =>
  list.map((code) => ({ code, label: label(code) }));

/** The values of the dimensions that do not depend on the municipality's configuration. */
export const FIXED_VALUES: Partial<Record<DimensionName, readonly DimensionValue[]>> = {
  soort: values(SIGNAL_KINDS, (c) => SIGNAL_KIND_LABELS[c as (typeof SIGNAL_KINDS)[number]]),
  kanaal: values(COUNTED_CHANNELS, (c) => CHANNEL_LABELS[c as (typeof CHANNELS)[number]]),
  melder: values(REPORTER_VALUES, (c) => {
    if (c === 'inwoner') return { nl: 'Inwoner', en: 'Resident' };
    if (c === 'anoniem') return { nl: 'Anoniem', en: 'Anonymous' };
    const t = PARTNER_TYPE_LABELS[c.slice('professional_'.length) as (typeof PARTNER_TYPES)[number]];
    return { nl: `Professional: ${t.nl}`, en: `Professional: ${t.en}` };
  }),
  uitkomst: values(
    ['zorgen_radicalisering', 'zorgen_geen_radicalisering', 'geen_zorgen', 'meer_informatie_nodig'],
    (c) => TRIAGE_OUTCOME_LABELS[c as keyof typeof TRIAGE_OUTCOME_LABELS],
  ),
  weging: [
    { code: 'ja', label: { nl: 'Ja', en: 'Yes' } },
    { code: 'nee', label: { nl: 'Nee', en: 'No' } },
  ],
  fase: values(CASE_PHASES, (c) => CASE_PHASE_LABELS[c as (typeof CASE_PHASES)[number]]),
  situatie: values(CASE_SITUATIONS, (c) => SITUATION_LABELS[c as (typeof CASE_SITUATIONS)[number]]),
  leeftijd: [
    { code: 'minderjarig', label: { nl: 'Minderjarig', en: 'Minor' } },
    { code: '18-23', label: { nl: '18 tot en met 23 jaar', en: '18 to 23 years' } },
    { code: 'ouder', label: { nl: '24 jaar of ouder', en: '24 years or older' } },
    { code: 'onbekend', label: { nl: 'Onbekend', en: 'Unknown' } },
  ],
  reden: values(CLOSURE_REASONS, (c) => CLOSURE_LABELS[c as (typeof CLOSURE_REASONS)[number]]),
  spoor: values(MEASURE_TRACKS, (c) => TRACK_LABELS[c as (typeof MEASURE_TRACKS)[number]]),
};

/** The fenomeen values: the categories of the region's municipalities by code, and signals without one. */
export function phenomenonValues(
  categories: readonly { code: string; labelNl: string; labelEn: string }[],
): DimensionValue[] {
  const seen = new Map<string, DimensionValue>();
  for (const c of categories) {
    if (c.code !== NO_CATEGORY && !seen.has(c.code))
      seen.set(c.code, { code: c.code, label: { nl: c.labelNl, en: c.labelEn } });
  }
  return [...seen.values(), { code: NO_CATEGORY, label: { nl: 'Geen categorie', en: 'No category' } }];
}

/** The kinds of measure: the catalogue's codes, and the measures of a case's own making. */
export function measureTypeValues(
  catalogue: readonly { code: string; labelNl: string; labelEn: string }[],
): DimensionValue[] {
  const seen = new Map<string, DimensionValue>();
  for (const c of catalogue) {
    if (c.code !== OWN_MEASURE && !seen.has(c.code))
      seen.set(c.code, { code: c.code, label: { nl: c.labelNl, en: c.labelEn } });
  }
  return [...seen.values(), { code: OWN_MEASURE, label: { nl: 'Eigen maatregel', en: 'Own measure' } }];
}

export interface TableDefinition {
  readonly id: string;
  readonly title: Label;
  readonly dimensions: readonly DimensionName[];
}

export const MEDIAN_STEPS = ['intake_triage', 'triage_weging', 'casusduur'] as const;
export type MedianStep = (typeof MEDIAN_STEPS)[number];

export const MEDIAN_LABELS: Record<MedianStep, Label> = {
  intake_triage: { nl: 'Van ontvangst tot triage', en: 'From receipt to triage' },
  triage_weging: { nl: 'Van triage tot weging', en: 'From triage to weighing' },
  casusduur: { nl: 'Duur van een afgesloten casus', en: 'Duration of a closed case' },
};

export interface ReportDefinition {
  readonly id: ReportId;
  readonly title: Label;
  readonly description: Label;
  readonly unit: ReportUnit;
  /** What the records of the report are, for the reader (signals, decisions, cases, measures). */
  readonly records: Label;
  readonly tables: readonly TableDefinition[];
  readonly medians: readonly MedianStep[];
}

const COMMON_NL =
  'Personen zijn de beschermde eenheid: een betrokkene die aan een persoon is gekoppeld telt als die persoon, een niet gekoppelde betrokkene als zichzelf. Iedere persoon telt per tabel en periode één keer, in de cel van zijn eerste registratie in de periode; de registraties zelf tellen elk in hun eigen cel. Niet meegeteld: meldingen en casussen gemarkeerd als test, dubbel of niet voor statistiek, en AIVD-ambtsberichten (die zijn geheim). Een cel met 1 tot de drempel aan personen, of met 1 tot de drempel aan personen achter haar registraties, wordt niet getoond (·), en zoveel andere cellen dat zij niet uit totalen of andere tabellen terug te rekenen is. Regio en gemeenten worden samen beschermd. Een jaar of halfjaar verbergt ook alles wat in een van zijn kwartalen of halfjaren verborgen is. Een maand wordt alleen getoond als die maand en haar kwartaal niets hoeven te verbergen.';
const COMMON_EN =
  'Persons are the protected unit: a subject linked to a person counts as that person, a subject never linked as themselves. Each person counts once per table and period, in the cell of their first record in the period; the records themselves each count in their own cell. Left out: signals and cases marked as a test, a duplicate or not for statistics, and AIVD official messages (they are secret). A cell of 1 up to the threshold of persons, or with 1 up to the threshold of persons behind its records, is not shown (·), and so many other cells that it cannot be worked back from totals or other tables. The region and its municipalities are protected together. A year or half-year also hides whatever is hidden in one of its quarters or halves. A month is shown only when neither the month nor its quarter needs to hide anything.';

const described = (nl: string, en: string): Label => ({ nl: `${nl} ${COMMON_NL}`, en: `${en} ${COMMON_EN}` });

export const REPORTS: Readonly<Record<ReportId, ReportDefinition>> = {
  'meldingen-fenomeen': {
    id: 'meldingen-fenomeen',
    title: {
      nl: 'Meldingen en adviesvragen per fenomeen',
      en: 'Signals and requests for advice by phenomenon',
    },
    description: described(
      'Meldingen en adviesvragen ontvangen in de periode, naar de categorie van het meldpunt; een melding zonder betrokkene (polarisatie en onrust) telt als melding zonder persoon.',
      'Signals and requests for advice received in the period, by the meldpunt category; a signal without a subject (polarisation and unrest) counts as a signal with no person.',
    ),
    unit: 'meldingen',
    records: { nl: 'meldingen', en: 'signals' },
    tables: [
      {
        id: 'fenomeen',
        title: { nl: 'Per fenomeen', en: 'By phenomenon' },
        dimensions: ['soort', 'fenomeen'],
      },
    ],
    medians: [],
  },
  'meldingen-bron': {
    id: 'meldingen-bron',
    title: { nl: 'Meldingen naar bron', en: 'Signals by source' },
    description: described(
      'Meldingen en adviesvragen ontvangen in de periode, naar het kanaal en naar de soort melder (een professional naar de soort organisatie die meldde).',
      'Signals and requests for advice received in the period, by channel and by kind of reporter (a professional by the kind of organisation that reported).',
    ),
    unit: 'meldingen',
    records: { nl: 'meldingen', en: 'signals' },
    tables: [
      { id: 'kanaal', title: { nl: 'Per kanaal', en: 'By channel' }, dimensions: ['soort', 'kanaal'] },
      {
        id: 'melder',
        title: { nl: 'Per soort melder', en: 'By kind of reporter' },
        dimensions: ['soort', 'melder'],
      },
    ],
    medians: [],
  },
  'meldingen-triage': {
    id: 'meldingen-triage',
    title: { nl: 'Uitkomst van de triage', en: 'Outcome of the triage' },
    description: described(
      'Triagebesluiten in de periode: (a) tot en met (c) op de dag van de triage, (d) meer informatie nodig op de dag dat de melding die status kreeg. Eén melding kan in de periode zowel (d) als later een ander besluit krijgen; elk besluit telt.',
      'Triage decisions in the period: (a) to (c) on the day of the triage, (d) more information needed on the day the signal got that status. One signal can get (d) and later another decision in the period; each decision counts.',
    ),
    unit: 'meldingen',
    records: { nl: 'besluiten', en: 'decisions' },
    tables: [
      { id: 'uitkomst', title: { nl: 'Per uitkomst', en: 'By outcome' }, dimensions: ['soort', 'uitkomst'] },
    ],
    medians: [],
  },
  instroom: {
    id: 'instroom',
    title: { nl: 'Instroom in de persoonsgerichte aanpak', en: 'Inflow into the person-centred approach' },
    description: described(
      'Vastgestelde besluiten van de weegploeg in de periode: wel of niet opnemen in de persoonsgerichte aanpak.',
      'Recorded decisions of the weighing meeting in the period: whether or not to include in the person-centred approach.',
    ),
    unit: 'meldingen',
    records: { nl: 'besluiten', en: 'decisions' },
    tables: [
      {
        id: 'weging',
        title: { nl: 'Uitkomst van de weging', en: 'Outcome of the weighing' },
        dimensions: ['weging'],
      },
    ],
    medians: [],
  },
  casussen: {
    id: 'casussen',
    title: { nl: 'Casussen naar fase, situatie en leeftijd', en: 'Cases by phase, situation and age' },
    description: described(
      'Casussen die in de periode liepen (geopend vóór het eind, niet afgesloten vóór het begin), naar fase en situatie aan het eind van de periode en naar leeftijd bij opening. Eén casus is één persoon.',
      'Cases running in the period (opened before its end, not closed before its start), by phase and situation at the end of the period and by age when opened. One case is one person.',
    ),
    unit: 'casussen',
    records: { nl: 'casussen', en: 'cases' },
    tables: [
      { id: 'fase', title: { nl: 'Per fase', en: 'By phase' }, dimensions: ['fase'] },
      { id: 'situatie', title: { nl: 'Per situatie', en: 'By situation' }, dimensions: ['situatie'] },
      { id: 'leeftijd', title: { nl: 'Per leeftijd', en: 'By age' }, dimensions: ['leeftijd'] },
    ],
    medians: [],
  },
  afsluiting: {
    id: 'afsluiting',
    title: { nl: 'Afgesloten casussen naar reden', en: 'Closed cases by reason' },
    description: described(
      'Casussen afgesloten in de periode, naar de reden van afsluiting.',
      'Cases closed in the period, by the reason for closure.',
    ),
    unit: 'casussen',
    records: { nl: 'casussen', en: 'cases' },
    tables: [{ id: 'reden', title: { nl: 'Per reden', en: 'By reason' }, dimensions: ['reden'] }],
    medians: [],
  },
  maatregelen: {
    id: 'maatregelen',
    title: { nl: 'Ingezette maatregelen', en: 'Measures used' },
    description: described(
      'Maatregelen die in de periode liepen, naar spoor en soort (de catalogus, of een eigen maatregel). Een persoon telt bij de eerste maatregel van zijn casus in de periode.',
      "Measures running in the period, by track and kind (the catalogue, or a case's own measure). A person counts at the first measure of their case in the period.",
    ),
    unit: 'maatregelen',
    records: { nl: 'maatregelen', en: 'measures' },
    tables: [
      {
        id: 'maatregel',
        title: { nl: 'Per spoor en soort', en: 'By track and kind' },
        dimensions: ['spoor', 'type'],
      },
    ],
    medians: [],
  },
  doorlooptijden: {
    id: 'doorlooptijden',
    title: { nl: 'Doorlooptijden', en: 'Lead times' },
    description: described(
      'Medianen in dagen: van ontvangst tot triage (meldingen getriageerd in de periode), van triage tot weging (weegploegbesluiten in de periode) en de duur van casussen afgesloten in de periode. Een mediaan wordt alleen getoond als er minstens de drempel aan personen achter staat.',
      'Medians in days: from receipt to triage (signals triaged in the period), from triage to weighing (weighing decisions in the period) and the duration of cases closed in the period. A median is shown only when at least the threshold of persons stands behind it.',
    ),
    unit: 'meldingen',
    records: { nl: 'registraties', en: 'records' },
    tables: [],
    medians: MEDIAN_STEPS,
  },
};

/** The report of an id, or the field-named problem. */
export function validateReport(
  id: string,
): { ok: true; report: ReportDefinition } | { ok: false; issue: FieldIssue } {
  if ((REPORT_IDS as readonly string[]).includes(id)) return { ok: true, report: REPORTS[id as ReportId] };
  return {
    ok: false,
    issue: {
      field: 'rapport',
      nl: 'Dit rapport bestaat niet. Kies een rapport uit de lijst.',
      en: 'This report does not exist. Choose a report from the list.',
    },
  };
}

/** Null when the report has the dimension, else the field-named problem (no free cross-tabulation). */
export function validateDimension(report: ReportDefinition, name: string): FieldIssue | null {
  if (name === 'gemeente' || report.tables.some((t) => (t.dimensions as readonly string[]).includes(name)))
    return null;
  return {
    field: 'rapport',
    nl: `Het rapport ${report.title.nl} kent geen indeling naar "${name}".`,
    en: `The report ${report.title.en} has no breakdown by "${name}".`,
  };
}
