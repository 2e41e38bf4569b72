import type { Label } from '../analyse/catalogue.js';
import type { FieldIssue } from '../overleg/types.js';

/**
 * The intervention register (issue 17): the municipality's preventive programmes and the PGA measure types of
 * the case catalogue, each with a theory of change in words and its plan, process and effect evaluations
 * (the Toolkit Evidence-Based Werken). Organisation data only; nothing here scores or ranks anyone.
 */

export const INTERVENTION_KINDS = ['preventief_programma', 'pga_maatregel'] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

export const INTERVENTION_TYPES = ['bestuurlijk', 'strafrechtelijk', 'zorg', 'preventief'] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

/** After the prevention classification model (seed 001's tools). */
export const PREVENTION_LEVELS = ['primair', 'secundair', 'tertiair'] as const;
export type PreventionLevel = (typeof PREVENTION_LEVELS)[number];

export const EVALUATION_KINDS = ['plan', 'proces', 'effect'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

export const EVALUATION_STATUSES = ['concept', 'vastgesteld'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export const INTERVENTION_LIMITS = {
  title: 200,
  description: 4000,
  targetGroup: 500,
  provider: 200,
  budgetLine: 200,
  theory: 4000,
  participants: 2000,
  method: 4000,
  findings: 8000,
  recommendations: 4000,
  followUp: 4000,
  question: 500,
  questions: 20,
} as const;

export const THEORY_FIELDS = [
  'inputs',
  'activities',
  'outputs',
  'outcomes',
  'assumptions',
  'indicators',
] as const;
export type TheoryField = (typeof THEORY_FIELDS)[number];

/** The default frame of an evaluation's questions: seed 004's five, as the municipality asks them. */
export const DEFAULT_EVALUATION_QUESTIONS: readonly string[] = [
  'Wat is de effectiviteit van uw interventies?',
  'Wat zijn de werkzame elementen van uw aanpak?',
  'Heeft de inzet op de preventie van radicalisering bijgedragen aan de beleidsdoelstellingen?',
  'Is er genoeg kennis en kunde onder eerstelijnsprofessionals?',
  'Waar zitten verbeterpunten, waar kan het draagvlak nog beter?',
];

export const EVALUATION_KIND_LABELS: Record<EvaluationKind, Label> = {
  plan: { nl: 'Planevaluatie', en: 'Plan evaluation' },
  proces: { nl: 'Procesevaluatie', en: 'Process evaluation' },
  effect: { nl: 'Effectevaluatie', en: 'Effect evaluation' },
};

export const TYPE_LABELS: Record<InterventionType, Label> = {
  bestuurlijk: { nl: 'Bestuurlijk', en: 'Administrative' },
  strafrechtelijk: { nl: 'Strafrechtelijk', en: 'Criminal law' },
  zorg: { nl: 'Zorg', en: 'Care' },
  preventief: { nl: 'Preventief', en: 'Preventive' },
};

export const LEVEL_LABELS: Record<PreventionLevel, Label> = {
  primair: { nl: 'Primair', en: 'Primary' },
  secundair: { nl: 'Secundair', en: 'Secondary' },
  tertiair: { nl: 'Tertiair', en: 'Tertiary' },
};

export const THEORY_LABELS: Record<TheoryField, Label> = {
  inputs: { nl: 'Inzet (input)', en: 'Inputs' },
  activities: { nl: 'Activiteiten', en: 'Activities' },
  outputs: { nl: 'Prestaties (output)', en: 'Outputs' },
  outcomes: { nl: 'Beoogde effecten (outcome)', en: 'Outcomes' },
  assumptions: { nl: 'Aannames', en: 'Assumptions' },
  indicators: { nl: 'Indicatoren', en: 'Indicators' },
};

export interface InterventionInput {
  readonly title: string;
  readonly kind: string;
  readonly catalogueId: string | null;
  readonly type: string;
  readonly preventionLevel: string;
  readonly periodStart: string;
  readonly periodEnd: string | null;
}

/** The rules a form cannot carry in its schema: a PGA measure names its catalogue entry, the period runs forward. */
export function validateIntervention(i: InterventionInput): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (i.title.trim().length === 0) {
    errors.push({
      field: 'title',
      nl: 'Vul de naam van de interventie in.',
      en: 'Enter the name of the intervention.',
    });
  }
  if (i.kind === 'pga_maatregel' && !i.catalogueId) {
    errors.push({
      field: 'catalogueId',
      nl: 'Kies de soort maatregel uit de catalogus.',
      en: 'Choose the kind of measure from the catalogue.',
    });
  }
  if (i.kind === 'pga_maatregel' && i.type === 'preventief') {
    errors.push({
      field: 'type',
      nl: 'Een maatregel uit de casuscatalogus is bestuurlijk, strafrechtelijk of zorg.',
      en: 'A measure of the case catalogue is administrative, criminal law or care.',
    });
  }
  if (i.periodEnd && i.periodEnd < i.periodStart) {
    errors.push({
      field: 'periodEnd',
      nl: 'Het einde van de periode ligt voor het begin.',
      en: 'The end of the period is before its start.',
    });
  }
  return errors;
}

export interface EvaluationInput {
  readonly title: string;
  readonly questions: readonly string[];
}

export function validateEvaluation(e: EvaluationInput): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (e.title.trim().length === 0) {
    errors.push({
      field: 'title',
      nl: 'Vul de titel van de evaluatie in.',
      en: 'Enter the title of the evaluation.',
    });
  }
  if (e.questions.filter((q) => q.trim().length > 0).length === 0) {
    errors.push({
      field: 'questions',
      nl: 'Noem minstens één evaluatievraag.',
      en: 'Name at least one evaluation question.',
    });
  }
  return errors;
}
