import { type Static, Type } from 'typebox';
import {
  GOAL_LIMITS,
  GOAL_STATUSES,
  INDICATOR_DIRECTIONS,
  INDICATOR_SOURCES,
} from '../domain/evaluatie/policy-goals.js';
import { PeriodId } from './analyse.js';
import { DateOnly, fillIn, Label, LastSaved, Nullable, Opt, Uuid, Version } from './primitives.js';

/** Beleidsdoelen with indicators and their values per period (no personal data). */

export const GoalStatusSchema = Type.Enum(GOAL_STATUSES);

const goalFields = {
  title: fillIn(
    Type.String({ minLength: 1, maxLength: GOAL_LIMITS.title }),
    'Vul de titel van het doel in.',
    'Enter the title of the goal.',
  ),
  description: Type.String({ maxLength: GOAL_LIMITS.description }),
  periodStart: fillIn(DateOnly, 'Vul het begin van de periode in.', 'Enter the start of the period.'),
  periodEnd: fillIn(DateOnly, 'Vul het einde van de periode in.', 'Enter the end of the period.'),
  status: fillIn(GoalStatusSchema, 'Kies de status van het doel.', 'Choose the status of the goal.'),
};

export const GoalCreate = Type.Object(goalFields, { additionalProperties: false });
export type GoalCreate = Static<typeof GoalCreate>;
export const GoalUpdate = Type.Object({ ...goalFields, version: Version }, { additionalProperties: false });
export type GoalUpdate = Static<typeof GoalUpdate>;

export const GoalSummary = Type.Object({
  id: Uuid,
  title: Type.String(),
  periodStart: DateOnly,
  periodEnd: DateOnly,
  status: GoalStatusSchema,
  ...LastSaved,
});
export type GoalSummary = Static<typeof GoalSummary>;

export const GoalListQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ maxLength: 400 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);
export type GoalListQuery = Static<typeof GoalListQuery>;

export const GoalPage = Type.Object({ goals: Type.Array(GoalSummary), nextCursor: Nullable(Type.String()) });
export type GoalPage = Static<typeof GoalPage>;

/** One value of an indicator in a period: entered (with its source) or measured (protected). */
export const IndicatorValueSchema = Type.Object({
  period: PeriodId,
  /** Entered: the number; measured: the protected figure, or suppressed. */
  value: Type.Union([Type.Object({ value: Type.Number() }), Type.Object({ suppressed: Type.Literal(true) })]),
  source: Type.String(),
  recordedAt: Nullable(Type.String({ format: 'date-time' })),
  recordedBy: Nullable(Type.String()),
  /** Met the target, in the direction given; null without a target or value. */
  targetMet: Nullable(Type.Boolean()),
});
export type IndicatorValue = Static<typeof IndicatorValueSchema>;

export const IndicatorSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  unit: Type.String(),
  targetValue: Nullable(Type.Number()),
  direction: Type.Enum(INDICATOR_DIRECTIONS),
  source: Type.Enum(INDICATOR_SOURCES),
  duidenKey: Nullable(Type.String()),
  manualSource: Nullable(Type.String()),
  /** A Duiden figure not measured yet (the deskundigheid module's figure): "nog niet beschikbaar". */
  notAvailable: Type.Boolean(),
  values: Type.Array(IndicatorValueSchema),
});
export type Indicator = Static<typeof IndicatorSchema>;

export const GoalSchema = Type.Object({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  periodStart: DateOnly,
  periodEnd: DateOnly,
  status: GoalStatusSchema,
  indicators: Type.Array(IndicatorSchema),
  /** The k the Duiden-measured values were protected with. */
  k: Type.Integer(),
  /** The interventions that serve this goal (filled by the intervention register; empty until then). */
  interventions: Type.Optional(
    Type.Array(
      Type.Object({
        id: Uuid,
        title: Type.String(),
        type: Type.Optional(Type.String()),
        preventionLevel: Type.Optional(Type.String()),
        active: Type.Optional(Type.Boolean()),
        /** Its evaluations, the newest first. */
        evaluations: Type.Optional(
          Type.Array(
            Type.Object({
              id: Uuid,
              kind: Type.String(),
              title: Type.String(),
              status: Type.String(),
              evaluatedOn: DateOnly,
            }),
          ),
        ),
      }),
    ),
  ),
  ...LastSaved,
});
export type Goal = Static<typeof GoalSchema>;

export const GoalSaved = Type.Object({ id: Uuid, version: Type.Integer() });

export const IndicatorCreate = Type.Object(
  {
    name: fillIn(
      Type.String({ minLength: 1, maxLength: GOAL_LIMITS.name }),
      'Vul de naam van de indicator in.',
      'Enter the name of the indicator.',
    ),
    unit: fillIn(
      Type.String({ minLength: 1, maxLength: GOAL_LIMITS.unit }),
      'Vul de eenheid in (bijvoorbeeld personen).',
      'Enter the unit (for example persons).',
    ),
    targetValue: Opt(Type.Number()),
    direction: fillIn(
      Type.Enum(INDICATOR_DIRECTIONS),
      'Kies of een hogere of lagere waarde beter is.',
      'Choose whether a higher or lower value is better.',
    ),
    source: fillIn(
      Type.Enum(INDICATOR_SOURCES),
      'Kies of Duiden de waarde meet of dat u die invult.',
      'Choose whether Duiden measures the value or you enter it.',
    ),
    duidenKey: Opt(Type.String({ maxLength: 60 })),
    manualSource: Opt(Type.String({ maxLength: GOAL_LIMITS.source })),
    /** The goal's version read. */
    version: Version,
  },
  { additionalProperties: false },
);
export type IndicatorCreate = Static<typeof IndicatorCreate>;

export const IndicatorParams = Type.Object({ id: Uuid, indicatorId: Uuid });

export const ValueCreate = Type.Object(
  {
    period: fillIn(PeriodId, 'Vul de periode in.', 'Enter the period.'),
    value: fillIn(Type.Number(), 'Vul de waarde in.', 'Enter the value.'),
    source: fillIn(
      Type.String({ minLength: 1, maxLength: GOAL_LIMITS.source }),
      'Noem de bron van deze waarde.',
      'Name the source of this value.',
    ),
    version: Version,
  },
  { additionalProperties: false },
);
export type ValueCreate = Static<typeof ValueCreate>;

/** The figures Duiden measures that an indicator can follow. */
export const DuidenKeyList = Type.Array(
  Type.Object({ key: Type.String(), label: Label, unit: Label, available: Type.Boolean() }),
);
