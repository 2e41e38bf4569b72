import { type Static, Type } from 'typebox';
import {
  TARGET_GROUP_LIMITS,
  TARGET_GROUP_SIDES,
  TRAINING_FORMATS,
  TRAINING_LEVELS,
  TRAINING_LIMITS,
} from '../domain/deskundigheid/curriculum.js';
import { fillIn, LastSaved, Nullable, Ref, Uuid, Version } from './primitives.js';

/**
 * Deskundigheid, the curriculum and the catalogue: target groups of the own organisation and of the partner
 * organisations with the level each needs, and the training on offer (Duiden hosts no courses: it links to
 * the provider). Organisation data, no persons.
 */

export const TrainingLevelSchema = Type.Enum(TRAINING_LEVELS);
export const TrainingFormatSchema = Type.Enum(TRAINING_FORMATS);
export const TargetGroupSideSchema = Type.Enum(TARGET_GROUP_SIDES);

export const TargetGroupSchema = Type.Object({
  id: Uuid,
  side: TargetGroupSideSchema,
  name: Type.String(),
  description: Type.String(),
  requiredLevel: TrainingLevelSchema,
  active: Type.Boolean(),
  ...LastSaved,
});
export type TargetGroup = Static<typeof TargetGroupSchema>;

export const TargetGroupListQuery = Type.Object(
  {
    zijde: Type.Optional(TargetGroupSideSchema),
    /** Also the target groups no longer in use. */
    inactief: Type.Optional(Type.Boolean()),
    cursor: Type.Optional(Type.String({ maxLength: 400 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  },
  { additionalProperties: false },
);
export type TargetGroupListQuery = Static<typeof TargetGroupListQuery>;

export const TargetGroupPageSchema = Type.Object({
  targetGroups: Type.Array(TargetGroupSchema),
  nextCursor: Nullable(Type.String()),
  /** Whether the municipality has no target group at all yet (then the default curriculum can be adopted). */
  empty: Type.Boolean(),
});
export type TargetGroupPage = Static<typeof TargetGroupPageSchema>;

const targetGroupFields = {
  // The name is checked by the use case with the other fields (trimmed, unique in the municipality).
  name: Type.String({ maxLength: TARGET_GROUP_LIMITS.name }),
  side: fillIn(
    TargetGroupSideSchema,
    'Kies eigen organisatie of partner.',
    'Choose own organisation or partner.',
  ),
  requiredLevel: fillIn(TrainingLevelSchema, 'Kies het vereiste niveau.', 'Choose the required level.'),
  description: Type.String({ maxLength: TARGET_GROUP_LIMITS.description }),
};

export const TargetGroupCreate = Type.Object(targetGroupFields, { additionalProperties: false });
export type TargetGroupCreate = Static<typeof TargetGroupCreate>;

export const TargetGroupUpdate = Type.Object(
  { ...targetGroupFields, active: Type.Boolean(), version: Version },
  { additionalProperties: false },
);
export type TargetGroupUpdate = Static<typeof TargetGroupUpdate>;

export const AdoptedSchema = Type.Object({ added: Type.Integer() });

export const TrainingSchema = Type.Object({
  id: Uuid,
  provider: Type.String(),
  title: Type.String(),
  format: TrainingFormatSchema,
  durationMinutes: Nullable(Type.Integer()),
  level: TrainingLevelSchema,
  /** Months before a refresher is due; null: it does not expire. */
  validMonths: Nullable(Type.Integer()),
  /** The provider's page (https only); Duiden hosts no courses. */
  url: Nullable(Type.String()),
  description: Type.String(),
  active: Type.Boolean(),
  recommendedFor: Type.Array(Ref),
  ...LastSaved,
});
export type Training = Static<typeof TrainingSchema>;

export const TrainingListQuery = Type.Object(
  {
    zoek: Type.Optional(Type.String({ maxLength: 200 })),
    niveau: Type.Optional(TrainingLevelSchema),
    doelgroep: Type.Optional(Uuid),
    inactief: Type.Optional(Type.Boolean()),
    cursor: Type.Optional(Type.String({ maxLength: 400 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type TrainingListQuery = Static<typeof TrainingListQuery>;

export const TrainingPageSchema = Type.Object({
  trainings: Type.Array(TrainingSchema),
  nextCursor: Nullable(Type.String()),
});
export type TrainingPage = Static<typeof TrainingPageSchema>;

const trainingFields = {
  // Provider and title are checked by the use case with the other fields, so one send names each one missing.
  provider: Type.String({ maxLength: TRAINING_LIMITS.provider }),
  title: Type.String({ maxLength: TRAINING_LIMITS.title }),
  format: fillIn(TrainingFormatSchema, 'Kies de vorm.', 'Choose the format.'),
  durationMinutes: Nullable(Type.Integer({ minimum: 1, maximum: TRAINING_LIMITS.maxDurationMinutes })),
  level: fillIn(TrainingLevelSchema, 'Kies het niveau.', 'Choose the level.'),
  validMonths: Nullable(Type.Integer({ minimum: 1, maximum: TRAINING_LIMITS.maxValidMonths })),
  /** Empty: no link. Else an https address (checked by the use case). */
  url: Type.String({ maxLength: TRAINING_LIMITS.url }),
  description: Type.String({ maxLength: TRAINING_LIMITS.description }),
  recommendedFor: Type.Array(Uuid, { maxItems: 100 }),
};

export const TrainingCreate = Type.Object(trainingFields, { additionalProperties: false });
export type TrainingCreate = Static<typeof TrainingCreate>;

export const TrainingUpdate = Type.Object(
  { ...trainingFields, active: Type.Boolean(), version: Version },
  { additionalProperties: false },
);
export type TrainingUpdate = Static<typeof TrainingUpdate>;

/** What the forms choose from: the active target groups and the organisations a person can belong to. */
export const DeskundigheidLookupsSchema = Type.Object({
  targetGroups: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      side: TargetGroupSideSchema,
      requiredLevel: TrainingLevelSchema,
    }),
  ),
  /** The municipality itself (side eigen) and its partner organisations (side partner); a partner only its own. */
  organisations: Type.Array(Type.Object({ id: Uuid, name: Type.String(), side: TargetGroupSideSchema })),
});
export type DeskundigheidLookups = Static<typeof DeskundigheidLookupsSchema>;
