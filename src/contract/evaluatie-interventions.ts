import { type Static, Type } from 'typebox';
import {
  EVALUATION_KINDS,
  EVALUATION_STATUSES,
  INTERVENTION_KINDS,
  INTERVENTION_TYPES,
  INTERVENTION_LIMITS as L,
  PREVENTION_LEVELS,
} from '../domain/evaluatie/interventions.js';
import { TableSchema } from './analyse.js';
import { DateOnly, fillIn, Label, LastSaved, Nullable, Opt, Uuid, Version } from './primitives.js';

/**
 * The intervention register (issue 17): interventions with their theory of change, and their plan, process and
 * effect evaluations. Organisation data, no personal data of case subjects.
 */

export const InterventionKindSchema = Type.Enum(INTERVENTION_KINDS);
export const InterventionTypeSchema = Type.Enum(INTERVENTION_TYPES);
export const PreventionLevelSchema = Type.Enum(PREVENTION_LEVELS);
export const EvaluationKindSchema = Type.Enum(EVALUATION_KINDS);
export const EvaluationStatusSchema = Type.Enum(EVALUATION_STATUSES);

const words = (max: number) => Type.String({ maxLength: max });

const theoryFields = {
  inputs: words(L.theory),
  activities: words(L.theory),
  outputs: words(L.theory),
  outcomes: words(L.theory),
  assumptions: words(L.theory),
  indicators: words(L.theory),
};

export const TheorySchema = Type.Object(theoryFields);
export type Theory = Static<typeof TheorySchema>;

const interventionFields = {
  title: fillIn(
    Type.String({ minLength: 1, maxLength: L.title }),
    'Vul de naam van de interventie in.',
    'Enter the name of the intervention.',
  ),
  description: words(L.description),
  kind: fillIn(
    InterventionKindSchema,
    'Kies of het een preventief programma is of een maatregel uit de casuscatalogus.',
    'Choose whether it is a preventive programme or a measure of the case catalogue.',
  ),
  catalogueId: Opt(Uuid),
  type: fillIn(InterventionTypeSchema, 'Kies het soort interventie.', 'Choose the type of intervention.'),
  preventionLevel: fillIn(PreventionLevelSchema, 'Kies het preventieniveau.', 'Choose the prevention level.'),
  targetGroup: words(L.targetGroup),
  provider: words(L.provider),
  periodStart: fillIn(DateOnly, 'Vul het begin van de periode in.', 'Enter the start of the period.'),
  periodEnd: Opt(DateOnly),
  budgetLine: words(L.budgetLine),
  policyGoalId: Opt(Uuid),
  active: Type.Boolean(),
  ...theoryFields,
};

export const InterventionCreate = Type.Object(interventionFields, { additionalProperties: false });
export type InterventionCreate = Static<typeof InterventionCreate>;
export const InterventionUpdate = Type.Object(
  { ...interventionFields, version: Version },
  { additionalProperties: false },
);
export type InterventionUpdate = Static<typeof InterventionUpdate>;

export const InterventionSummary = Type.Object({
  id: Uuid,
  title: Type.String(),
  kind: InterventionKindSchema,
  type: InterventionTypeSchema,
  preventionLevel: PreventionLevelSchema,
  provider: Type.String(),
  periodStart: DateOnly,
  periodEnd: Nullable(DateOnly),
  policyGoal: Nullable(Type.Object({ id: Uuid, title: Type.String() })),
  catalogue: Nullable(Type.Object({ id: Uuid, code: Type.String(), label: Label })),
  active: Type.Boolean(),
  evaluations: Type.Integer(),
  ...LastSaved,
});
export type InterventionSummary = Static<typeof InterventionSummary>;

export const InterventionListQuery = Type.Object(
  {
    type: Type.Optional(InterventionTypeSchema),
    niveau: Type.Optional(PreventionLevelSchema),
    doel: Type.Optional(Uuid),
    cursor: Type.Optional(Type.String({ maxLength: 400 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);
export type InterventionListQuery = Static<typeof InterventionListQuery>;

export const InterventionPage = Type.Object({
  interventions: Type.Array(InterventionSummary),
  nextCursor: Nullable(Type.String()),
});
export type InterventionPage = Static<typeof InterventionPage>;

export const EvaluationSummary = Type.Object({
  id: Uuid,
  interventionId: Uuid,
  kind: EvaluationKindSchema,
  title: Type.String(),
  status: EvaluationStatusSchema,
  evaluatedOn: DateOnly,
  ...LastSaved,
});
export type EvaluationSummary = Static<typeof EvaluationSummary>;

export const EvaluationSchema = Type.Object({
  ...EvaluationSummary.properties,
  questions: Type.Array(Type.String()),
  participants: Type.String(),
  method: Type.String(),
  findings: Type.String(),
  recommendations: Type.String(),
  followUp: Type.String(),
});
export type Evaluation = Static<typeof EvaluationSchema>;

export const InterventionSchema = Type.Object({
  ...InterventionSummary.properties,
  description: Type.String(),
  targetGroup: Type.String(),
  budgetLine: Type.String(),
  theory: TheorySchema,
  evaluationList: Type.Array(EvaluationSummary),
});
export type Intervention = Static<typeof InterventionSchema>;

export const InterventionSaved = Type.Object({ id: Uuid, version: Type.Integer() });

/** What the form chooses from: the catalogue's measure types and the municipality's goals (the newest 100). */
export const InterventionOptions = Type.Object({
  catalogue: Type.Array(
    Type.Object({ id: Uuid, code: Type.String(), track: InterventionTypeSchema, label: Label }),
  ),
  goals: Type.Array(Type.Object({ id: Uuid, title: Type.String() })),
  defaultQuestions: Type.Array(Type.String()),
});
export type InterventionOptions = Static<typeof InterventionOptions>;

const evaluationFields = {
  kind: fillIn(
    EvaluationKindSchema,
    'Kies of het een plan-, proces- of effectevaluatie is.',
    'Choose whether it is a plan, process or effect evaluation.',
  ),
  title: fillIn(
    Type.String({ minLength: 1, maxLength: L.title }),
    'Vul de titel van de evaluatie in.',
    'Enter the title of the evaluation.',
  ),
  questions: Type.Array(Type.String({ maxLength: L.question }), { maxItems: L.questions }),
  participants: words(L.participants),
  method: words(L.method),
  findings: words(L.findings),
  recommendations: words(L.recommendations),
  followUp: words(L.followUp),
  status: fillIn(
    EvaluationStatusSchema,
    'Kies de status van de evaluatie.',
    'Choose the status of the evaluation.',
  ),
  evaluatedOn: fillIn(DateOnly, 'Vul de datum van de evaluatie in.', 'Enter the date of the evaluation.'),
};

export const EvaluationCreate = Type.Object(evaluationFields, { additionalProperties: false });
export type EvaluationCreate = Static<typeof EvaluationCreate>;
export const EvaluationUpdate = Type.Object(
  { ...evaluationFields, version: Version },
  { additionalProperties: false },
);
export type EvaluationUpdate = Static<typeof EvaluationUpdate>;

export const EvaluationParams = Type.Object({ id: Uuid, evaluationId: Uuid });

/**
 * For an intervention that is a PGA measure type: the closure reasons and lead times of the cases that had
 * that measure, protected as the fenomeenanalyse's figures are (never a score or ranking).
 */
export const InterventionFigures = Type.Object({
  /** The intervention is a PGA measure type of the catalogue (else there is nothing to show). */
  applies: Type.Boolean(),
  year: Type.String(),
  /** The threshold the figures were protected with. */
  k: Type.Integer(),
  /** Cases closed in the year that had the measure, by closure reason: protected cells. */
  table: Nullable(TableSchema),
  /** The median duration (days) of those cases, shown only with the threshold of persons behind it. */
  leadTime: Nullable(
    Type.Object({
      label: Label,
      value: Type.Union([
        Type.Object({ days: Type.Number() }),
        Type.Object({ suppressed: Type.Literal(true) }),
      ]),
    }),
  ),
});
export type InterventionFigures = Static<typeof InterventionFigures>;

export const FiguresQuery = Type.Object(
  { jaar: Type.Optional(Type.String({ pattern: '^[0-9]{4}$' })) },
  { additionalProperties: false },
);

/** Who the evaluation report is for: the college (default) or the council. */
export const ReportQuery = Type.Object(
  { voor: Type.Optional(Type.Union([Type.Literal('college'), Type.Literal('raad')])) },
  { additionalProperties: false },
);
