import { type Static, Type } from 'typebox';
import { MEASURE_OUTCOMES, RESULT_LIMITS } from '../domain/evaluatie/measure-results.js';
import { PeriodSchema, TableSchema } from './analyse.js';
import { fillIn, Label, Uuid } from './primitives.js';

/**
 * Measure results (issue 17): recorded per ended measure by the case's regie, counted across cases only through
 * the fenomeenanalyse's disclosure control. No score, index or ranking of persons or partners.
 */

export const MeasureOutcomeSchema = Type.Enum(MEASURE_OUTCOMES);

export const WorkingElementSchema = Type.Object({
  id: Uuid,
  label: Type.String(),
  active: Type.Boolean(),
  version: Type.Integer(),
});
export type WorkingElement = Static<typeof WorkingElementSchema>;

export const MeasureResultSchema = Type.Object({
  measureId: Uuid,
  outcome: MeasureOutcomeSchema,
  reason: Type.String(),
  elements: Type.Array(Type.Object({ id: Uuid, label: Type.String() })),
  recordedAt: Type.String({ format: 'date-time' }),
  recordedBy: Type.String(),
  version: Type.Integer(),
});
export type MeasureResult = Static<typeof MeasureResultSchema>;

/** The results of a case's measures, and the working elements the form offers (the municipality's active ones). */
export const CaseMeasureResults = Type.Object({
  results: Type.Array(MeasureResultSchema),
  elements: Type.Array(WorkingElementSchema),
});
export type CaseMeasureResults = Static<typeof CaseMeasureResults>;

export const MeasureResultParams = Type.Object({ id: Uuid, measureId: Uuid });

export const MeasureResultBody = Type.Object(
  {
    outcome: fillIn(
      MeasureOutcomeSchema,
      'Kies of het doel van de maatregel is bereikt.',
      'Choose whether the goal of the measure was reached.',
    ),
    reason: fillIn(
      Type.String({ minLength: 1, maxLength: RESULT_LIMITS.reason }),
      'Beschrijf waarom het doel wel, deels of niet is bereikt.',
      'Describe why the goal was or was not (fully) reached.',
    ),
    elementIds: Type.Array(Uuid, { maxItems: RESULT_LIMITS.elements }),
    /** The version read; 0 when no result was recorded yet. */
    version: Type.Integer({
      minimum: 0,
      description: 'The version last read (0: none yet); a stale one is 409',
    }),
  },
  { additionalProperties: false },
);
export type MeasureResultBody = Static<typeof MeasureResultBody>;

export const MeasureResultSaved = Type.Object({ measureId: Uuid, version: Type.Integer() });

export const WorkingElementList = Type.Array(WorkingElementSchema);

export const WorkingElementCreate = Type.Object(
  {
    label: fillIn(
      Type.String({ minLength: 1, maxLength: RESULT_LIMITS.elementLabel }),
      'Vul de naam van het werkzame element in.',
      'Enter the working element.',
    ),
  },
  { additionalProperties: false },
);
export type WorkingElementCreate = Static<typeof WorkingElementCreate>;

export const WorkingElementUpdate = Type.Object(
  {
    label: fillIn(
      Type.String({ minLength: 1, maxLength: RESULT_LIMITS.elementLabel }),
      'Vul de naam van het werkzame element in.',
      'Enter the working element.',
    ),
    active: Type.Boolean(),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type WorkingElementUpdate = Static<typeof WorkingElementUpdate>;

export const WorkingElementSaved = Type.Object({ id: Uuid, version: Type.Integer() });

export const ResultsQuery = Type.Object(
  {
    /** A year: '2026'. Results are counted per year only, so no two periods overlap. */
    jaar: Type.Optional(Type.String({ pattern: '^(19|20|21)[0-9]{2}$' })),
    gemeente: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type ResultsQuery = Static<typeof ResultsQuery>;

/** The protected aggregate: the fenomeenanalyse's tables (cells published or suppressed), per year. */
export const ResultsReport = Type.Object({
  title: Label,
  description: Label,
  period: PeriodSchema,
  years: Type.Array(Type.String()),
  scope: Type.Object({
    kind: Type.Union([Type.Literal('gemeente'), Type.Literal('regio')]),
    id: Uuid,
    name: Type.String(),
  }),
  rules: Type.Object({
    k: Type.Integer(),
    method: Type.Literal('cell-suppression-audited'),
    exhausted: Type.Optional(Type.Literal(true)),
  }),
  /** The outcome by measure type, track, fenomeen and age band. */
  tables: Type.Array(TableSchema),
  /** Per measure type: how many named each working element. */
  elements: Type.Array(TableSchema),
});
export type ResultsReport = Static<typeof ResultsReport>;
