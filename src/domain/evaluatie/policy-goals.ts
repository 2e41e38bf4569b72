import type { Label } from '../analyse/catalogue.js';
import { parsePeriod } from '../analyse/periods.js';
import type { FieldIssue } from '../overleg/types.js';

/**
 * Beleidsdoelen (policy goals) with their indicators: a target and a direction, and values per period, either
 * entered with their source or measured by Duiden. A Duiden-measured value is always one of the
 * fenomeenanalyse's protected figures (src/app/evaluatie/goals.ts reads it through the protection), so a
 * suppressed figure stays suppressed here too.
 */

export const GOAL_STATUSES = ['concept', 'actief', 'afgerond'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const INDICATOR_DIRECTIONS = ['hoger', 'lager', 'gelijk'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const INDICATOR_SOURCES = ['duiden', 'handmatig'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

/** How a Duiden-measured figure is read from the fenomeenanalyse. */
export type DuidenFigure =
  /** The grand total of a report's first table: persons, or the records counted with them. */
  | { readonly kind: 'total'; readonly report: string; readonly count: 'persons' | 'records' }
  /** One cell of a report's first table. */
  | {
      readonly kind: 'cell';
      readonly report: string;
      readonly coordinates: Readonly<Record<string, string>>;
      readonly count: 'persons' | 'records';
    }
  /** A median of the lead times (days). */
  | { readonly kind: 'median'; readonly step: string }
  /** Not measured yet (a module that will expose it). */
  | { readonly kind: 'pending' };

export interface DuidenKey {
  readonly key: string;
  readonly label: Label;
  readonly unit: Label;
  readonly figure: DuidenFigure;
}

/** The figures Duiden measures for an indicator. */
export const DUIDEN_KEYS: readonly DuidenKey[] = [
  {
    key: 'meldingen',
    label: { nl: 'Meldingen en adviesvragen', en: 'Signals and requests for advice' },
    unit: { nl: 'meldingen', en: 'signals' },
    figure: { kind: 'total', report: 'meldingen-fenomeen', count: 'records' },
  },
  {
    key: 'personen_gemeld',
    label: { nl: 'Personen over wie gemeld is', en: 'Persons signalled' },
    unit: { nl: 'personen', en: 'persons' },
    figure: { kind: 'total', report: 'meldingen-fenomeen', count: 'persons' },
  },
  {
    key: 'instroom_aanpak',
    label: {
      nl: 'Instroom in de persoonsgerichte aanpak',
      en: 'Inflow into the person-centred approach',
    },
    unit: { nl: 'personen', en: 'persons' },
    figure: { kind: 'cell', report: 'instroom', coordinates: { weging: 'ja' }, count: 'persons' },
  },
  {
    key: 'uitstroom_aanpak',
    label: { nl: 'Afgesloten casussen (uitstroom)', en: 'Closed cases (outflow)' },
    unit: { nl: 'casussen', en: 'cases' },
    figure: { kind: 'total', report: 'afsluiting', count: 'records' },
  },
  {
    key: 'casussen_lopend',
    label: { nl: 'Lopende casussen', en: 'Running cases' },
    unit: { nl: 'casussen', en: 'cases' },
    figure: { kind: 'total', report: 'casussen', count: 'records' },
  },
  {
    key: 'doorlooptijd_triage',
    label: {
      nl: 'Doorlooptijd van ontvangst tot triage (mediaan)',
      en: 'Lead time from receipt to triage (median)',
    },
    unit: { nl: 'dagen', en: 'days' },
    figure: { kind: 'median', step: 'intake_triage' },
  },
  {
    key: 'doorlooptijd_weging',
    label: {
      nl: 'Doorlooptijd van triage tot weging (mediaan)',
      en: 'Lead time from triage to weighing (median)',
    },
    unit: { nl: 'dagen', en: 'days' },
    figure: { kind: 'median', step: 'triage_weging' },
  },
  {
    key: 'casusduur',
    label: { nl: 'Duur van een afgesloten casus (mediaan)', en: 'Duration of a closed case (median)' },
    unit: { nl: 'dagen', en: 'days' },
    figure: { kind: 'median', step: 'casusduur' },
  },
  {
    // The deskundigheid module will expose this figure; until it is wired the value is "nog niet beschikbaar".
    key: 'getrainde_professionals',
    label: { nl: 'Getrainde professionals', en: 'Trained professionals' },
    unit: { nl: 'professionals', en: 'professionals' },
    figure: { kind: 'pending' },
  },
];

export const duidenKey = (key: string): DuidenKey | undefined => DUIDEN_KEYS.find((k) => k.key === key);

export const GOAL_LIMITS = { title: 200, description: 4000, name: 200, unit: 60, source: 300 } as const;

export interface GoalInput {
  readonly title: string;
  readonly description: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly status: string;
}

export function validateGoal(g: GoalInput): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (g.title.trim().length === 0) {
    errors.push({ field: 'title', nl: 'Vul de titel van het doel in.', en: 'Enter the title of the goal.' });
  }
  if (!(GOAL_STATUSES as readonly string[]).includes(g.status)) {
    errors.push({
      field: 'status',
      nl: 'Kies de status van het doel.',
      en: 'Choose the status of the goal.',
    });
  }
  if (g.periodEnd < g.periodStart) {
    errors.push({
      field: 'periodEnd',
      nl: 'Het einde van de periode ligt voor het begin.',
      en: 'The end of the period is before its start.',
    });
  }
  return errors;
}

export interface IndicatorInput {
  readonly name: string;
  readonly unit: string;
  readonly targetValue: number | null;
  readonly direction: string;
  readonly source: string;
  readonly duidenKey: string | null;
  readonly manualSource: string | null;
}

export function validateIndicator(i: IndicatorInput): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (i.name.trim().length === 0) {
    errors.push({
      field: 'name',
      nl: 'Vul de naam van de indicator in.',
      en: 'Enter the name of the indicator.',
    });
  }
  if (i.unit.trim().length === 0) {
    errors.push({
      field: 'unit',
      nl: 'Vul de eenheid in (bijvoorbeeld personen).',
      en: 'Enter the unit (for example persons).',
    });
  }
  if (!(INDICATOR_DIRECTIONS as readonly string[]).includes(i.direction)) {
    errors.push({
      field: 'direction',
      nl: 'Kies of een hogere of lagere waarde beter is.',
      en: 'Choose whether a higher or lower value is better.',
    });
  }
  if (i.source === 'duiden') {
    if (!i.duidenKey || !duidenKey(i.duidenKey)) {
      errors.push({
        field: 'duidenKey',
        nl: 'Kies een cijfer dat Duiden meet.',
        en: 'Choose a figure Duiden measures.',
      });
    }
  } else if (i.source === 'handmatig') {
    if (!i.manualSource?.trim()) {
      errors.push({
        field: 'manualSource',
        nl: 'Noem de bron van de waarden (bijvoorbeeld de jaarrapportage van de partner).',
        en: "Name the source of the values (for example the partner's annual report).",
      });
    }
  } else {
    errors.push({
      field: 'source',
      nl: 'Kies of Duiden de waarde meet of dat u die invult.',
      en: 'Choose whether Duiden measures the value or you enter it.',
    });
  }
  return errors;
}

export interface ValueInput {
  readonly period: string;
  readonly value: number;
  readonly source: string;
}

export function validateValue(v: ValueInput): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!parsePeriod(v.period)) {
    errors.push({
      field: 'period',
      nl: 'Vul een periode in als 2026, 2026-H1, 2026-K2 of 2026-03.',
      en: 'Enter a period such as 2026, 2026-H1, 2026-K2 or 2026-03.',
    });
  }
  if (!Number.isFinite(v.value)) {
    errors.push({ field: 'value', nl: 'Vul een getal in.', en: 'Enter a number.' });
  }
  if (v.source.trim().length === 0) {
    errors.push({
      field: 'source',
      nl: 'Noem de bron van deze waarde.',
      en: 'Name the source of this value.',
    });
  }
  return errors;
}

/**
 * Whether a value meets its target, in words for the reader (never a score): null without a target or value.
 */
export function targetMet(
  direction: IndicatorDirection,
  target: number | null,
  value: number | null,
): boolean | null {
  if (target === null || value === null) return null;
  if (direction === 'hoger') return value >= target;
  if (direction === 'lager') return value <= target;
  return value === target;
}
