import type { Label } from '../analyse/catalogue.js';
import {
  type CellCounts,
  type Coordinates,
  type Dimension,
  frequencyTable,
  linkTables,
  REGION_DIMENSION,
  type ReportModel,
} from '../analyse/table-model.js';
import type { MeasureStatus } from '../casus/types.js';
import type { FieldIssue } from '../overleg/types.js';

/**
 * The result of a measure of a case's plan, recorded by the case's regie when the measure has ended: was its
 * goal reached, why (in words), and which working elements mattered (tags the municipality keeps). Never a
 * score: across cases these are only counted, and every count goes through the fenomeenanalyse's disclosure
 * control (src/domain/analyse/disclosure.ts).
 */

export const MEASURE_OUTCOMES = ['ja', 'deels', 'nee', 'te_vroeg'] as const;
export type MeasureOutcome = (typeof MEASURE_OUTCOMES)[number];

export const OUTCOME_LABELS: Record<MeasureOutcome, Label> = {
  ja: { nl: 'Ja', en: 'Yes' },
  deels: { nl: 'Deels', en: 'Partly' },
  nee: { nl: 'Nee', en: 'No' },
  te_vroeg: { nl: 'Te vroeg om te zeggen', en: 'Too early to say' },
};

export const RESULT_LIMITS = { reason: 4000, elementLabel: 120, elements: 20 } as const;

/** The working elements a municipality starts with (it may add, rename and switch off its own). */
export const DEFAULT_WORKING_ELEMENTS: readonly string[] = [
  'Vertrouwensband met de professional',
  'Betrokkenheid van het gezin',
  'Zinvolle dagbesteding',
  'Samenwerking tussen partners',
  'Snelheid van handelen',
  'Een vast aanspreekpunt',
  'Aansluiting bij de leefwereld van de persoon',
];

/** A measure has ended when it is finished or stopped, or its end date has passed. */
export function measureHasEnded(
  m: { readonly status: MeasureStatus; readonly endsOn: string | null },
  today: string,
): boolean {
  return m.status === 'afgerond' || m.status === 'gestopt' || (m.endsOn !== null && m.endsOn <= today);
}

export interface MeasureResultInput {
  readonly outcome: string;
  readonly reason: string;
  readonly elementIds: readonly string[];
}

/** The field-named problems of a result; `known` are the municipality's active working elements. */
export function validateMeasureResult(r: MeasureResultInput, known: ReadonlySet<string>): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!(MEASURE_OUTCOMES as readonly string[]).includes(r.outcome)) {
    errors.push({
      field: 'outcome',
      nl: 'Kies of het doel van de maatregel is bereikt.',
      en: 'Choose whether the goal of the measure was reached.',
    });
  }
  if (r.reason.trim().length === 0) {
    errors.push({
      field: 'reason',
      nl: 'Beschrijf waarom het doel wel, deels of niet is bereikt.',
      en: 'Describe why the goal was or was not (fully) reached.',
    });
  }
  if (new Set(r.elementIds).size !== r.elementIds.length || r.elementIds.some((id) => !known.has(id))) {
    errors.push({
      field: 'elementIds',
      nl: 'Kies werkzame elementen uit de lijst van de gemeente.',
      en: "Choose working elements from the municipality's list.",
    });
  }
  return errors;
}

/** A working element's name: 1 to 120 characters, not a name the municipality already has. */
export function validateWorkingElement(label: string, existing: readonly string[]): FieldIssue[] {
  const t = label.trim();
  if (t.length === 0) {
    return [
      { field: 'label', nl: 'Vul de naam van het werkzame element in.', en: 'Enter the working element.' },
    ];
  }
  if (t.length > RESULT_LIMITS.elementLabel) {
    return [
      {
        field: 'label',
        nl: `De naam is hoogstens ${RESULT_LIMITS.elementLabel} tekens.`,
        en: `The name is at most ${RESULT_LIMITS.elementLabel} characters.`,
      },
    ];
  }
  if (existing.some((e) => e.toLowerCase() === t.toLowerCase())) {
    return [
      {
        field: 'label',
        nl: 'De gemeente heeft dit werkzame element al.',
        en: 'The municipality already has this working element.',
      },
    ];
  }
  return [];
}

// -------------------------------------------------------------------------------------------------
// Counting across cases

/**
 * One recorded result as the aggregate reads it: no case or person id, only an opaque number per distinct
 * person within one answer (`person`), and the moment it is placed by.
 */
export interface ResultRecord {
  /** An opaque record key (unique within the answer). */
  readonly rid: string;
  readonly person: number;
  readonly at: string;
  readonly gemeente: string;
  readonly type: string;
  readonly spoor: string;
  readonly fenomeen: string;
  readonly leeftijd: string;
  readonly resultaat: MeasureOutcome;
  readonly elements: readonly string[];
}

/** The tables of the results report: the outcome by each breakdown, and each working element by measure type. */
export const RESULT_TABLES = ['type', 'spoor', 'fenomeen', 'leeftijd'] as const;
export type ResultTable = (typeof RESULT_TABLES)[number];

/** The dimension of one working element in the elements tables: named or not. */
export const elementDimension = (elementId: string): string => `element_${elementId.replaceAll('-', '')}`;
export const NAMED = ['genoemd', 'niet_genoemd'] as const;

export interface ResultsTableModel {
  readonly id: string;
  readonly dimensions: readonly Dimension[];
  readonly model: ReportModel;
}

export interface ResultsModel {
  readonly tables: readonly ResultsTableModel[];
  /** All tables linked as one model: their shared totals protected together. */
  readonly model: ReportModel;
}

/**
 * The report model of recorded measure results, the fenomeenanalyse's way (`table-model.ts`): a person is the
 * protected unit and is placed once per table, in the cell of their first result in the period (by moment,
 * then record); each result counts as a record in its own cell; `contributors` are the distinct persons behind
 * a cell's results. With `municipalities` (a region) every table gets the `gemeente` dimension and its
 * roll-up, so the region and its municipalities are protected together. The values of each dimension are
 * given (those of the data: a value that does not occur would only add zeros, which are published anyway).
 */
export function resultsModel(
  records: readonly ResultRecord[],
  values: {
    readonly type: readonly string[];
    readonly spoor: readonly string[];
    readonly fenomeen: readonly string[];
    readonly leeftijd: readonly string[];
    readonly elements: readonly string[];
  },
  municipalities: readonly string[] | null,
): ResultsModel {
  const sorted = [...records].sort((a, b) =>
    a.at === b.at ? (a.rid < b.rid ? -1 : a.rid > b.rid ? 1 : 0) : a.at < b.at ? -1 : 1,
  );
  const first = new Set<string>();
  const seen = new Set<number>();
  for (const r of sorted) {
    if (seen.has(r.person)) continue;
    seen.add(r.person);
    first.add(r.rid);
  }
  const region: Dimension[] =
    municipalities && municipalities.length > 0 ? [{ name: REGION_DIMENSION, values: municipalities }] : [];
  const count =
    (coordinate: (r: ResultRecord) => Coordinates) =>
    (inner: Coordinates): CellCounts => {
      let persons = 0;
      let signals = 0;
      const behind = new Set<number>();
      for (const r of records) {
        const c = coordinate(r);
        if (!Object.entries(inner).every(([k, v]) => c[k] === v)) continue;
        signals++;
        behind.add(r.person);
        if (first.has(r.rid)) persons++;
      }
      return { persons, signals, contributors: behind.size };
    };
  const base = (r: ResultRecord): Record<string, string> => ({
    gemeente: r.gemeente,
    type: r.type,
    spoor: r.spoor,
    fenomeen: r.fenomeen,
    leeftijd: r.leeftijd,
    resultaat: r.resultaat,
  });
  const tables: ResultsTableModel[] = [];
  const outcome: Dimension = { name: 'resultaat', values: MEASURE_OUTCOMES };
  for (const t of RESULT_TABLES) {
    const list = values[t];
    if (list.length === 0) continue;
    const dimensions: Dimension[] = [...region, { name: t, values: list }, outcome];
    tables.push({ id: t, dimensions, model: frequencyTable(dimensions, count(base)) });
  }
  if (values.type.length > 0) {
    for (const e of values.elements) {
      const name = elementDimension(e);
      const dimensions: Dimension[] = [
        ...region,
        { name: 'type', values: values.type },
        { name, values: NAMED },
      ];
      const coordinate = (r: ResultRecord) => ({
        ...base(r),
        [name]: r.elements.includes(e) ? 'genoemd' : 'niet_genoemd',
      });
      tables.push({ id: name, dimensions, model: frequencyTable(dimensions, count(coordinate)) });
    }
  }
  return { tables, model: linkTables(tables.map((t) => t.model)) };
}
