import { type Static, Type } from 'typebox';
import { PERSON_LIMITS, SESSION_STATUSES } from '../domain/deskundigheid/curriculum.js';
import { REQUIREMENT_STATUSES } from '../domain/deskundigheid/validity.js';
import { TargetGroupSideSchema, TrainingLevelSchema } from './deskundigheid-curriculum.js';
import { DateOnly, fillIn, LastSaved, Nullable, Ref, Uuid, Version } from './primitives.js';

/**
 * Deskundigheid, the people register: the municipality's own staff and named professionals of partner
 * organisations, with work data only (name, work e-mail, department), in one target group each; and, for
 * organisations that report counts, how many people they have per target group. Training records are
 * personnel data: a partner's users see their own organisation's people only, and every read is logged.
 */

export const RequirementStatusSchema = Type.Enum(REQUIREMENT_STATUSES);

export const PersonSummarySchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  email: Nullable(Type.String()),
  department: Type.String(),
  organisation: Ref,
  targetGroup: Ref,
  activeSince: DateOnly,
  leftOn: Nullable(DateOnly),
});
export type TrainingPersonSummary = Static<typeof PersonSummarySchema>;

/** The requirement of the person's target group on today's date (src/domain/deskundigheid/validity.ts). */
export const RequirementSchema = Type.Object({
  requiredLevel: TrainingLevelSchema,
  status: RequirementStatusSchema,
  /** The last day the training that meets it counts; null when it does not expire or nothing meets it. */
  validUntil: Nullable(DateOnly),
  /** The session that gives the status. */
  basis: Nullable(Type.Object({ sessionId: Uuid, heldOn: DateOnly, trainingTitle: Type.String() })),
});

export const FollowedSessionSchema = Type.Object({
  sessionId: Uuid,
  heldOn: DateOnly,
  status: Type.Enum(SESSION_STATUSES),
  training: Ref,
  level: TrainingLevelSchema,
  validMonths: Nullable(Type.Integer()),
  /** False: registered, but did not complete. */
  completed: Type.Boolean(),
});

export const PersonSchema = Type.Object({
  ...PersonSummarySchema.properties,
  side: TargetGroupSideSchema,
  requirement: RequirementSchema,
  /** The sessions the person was registered for, newest first (the latest 100). */
  sessions: Type.Array(FollowedSessionSchema),
  ...LastSaved,
});
export type TrainingPerson = Static<typeof PersonSchema>;

export const PersonListQuery = Type.Object(
  {
    zoek: Type.Optional(Type.String({ maxLength: 200 })),
    organisatie: Type.Optional(Uuid),
    doelgroep: Type.Optional(Uuid),
    /** Also the people who left. */
    vertrokken: Type.Optional(Type.Boolean()),
    cursor: Type.Optional(Type.String({ maxLength: 400 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type PersonListQuery = Static<typeof PersonListQuery>;

export const PersonPageSchema = Type.Object({
  people: Type.Array(PersonSummarySchema),
  nextCursor: Nullable(Type.String()),
});
export type TrainingPersonPage = Static<typeof PersonPageSchema>;

const personFields = {
  // The name is checked by the use case with the other fields (trimmed).
  name: Type.String({ maxLength: PERSON_LIMITS.name }),
  /** The work e-mail address; empty: none. */
  email: Type.String({ maxLength: PERSON_LIMITS.email }),
  department: Type.String({ maxLength: PERSON_LIMITS.department }),
  organisationId: fillIn(Uuid, 'Kies de organisatie.', 'Choose the organisation.'),
  targetGroupId: fillIn(Uuid, 'Kies de doelgroep.', 'Choose the target group.'),
  activeSince: fillIn(DateOnly, 'Vul in sinds wanneer.', 'Enter since when.'),
  leftOn: Nullable(DateOnly),
};

export const PersonCreate = Type.Object(personFields, { additionalProperties: false });
export type TrainingPersonCreate = Static<typeof PersonCreate>;

export const PersonUpdate = Type.Object(
  { ...personFields, version: Version },
  { additionalProperties: false },
);
export type TrainingPersonUpdate = Static<typeof PersonUpdate>;

export const GroupSizeSchema = Type.Object({
  organisation: Ref,
  targetGroup: Ref,
  people: Type.Integer(),
  asOf: DateOnly,
});
export type GroupSize = Static<typeof GroupSizeSchema>;

export const GroupSizeListQuery = Type.Object(
  {
    organisatie: Type.Optional(Uuid),
    cursor: Type.Optional(Type.String({ maxLength: 400 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  },
  { additionalProperties: false },
);
export type GroupSizeListQuery = Static<typeof GroupSizeListQuery>;

export const GroupSizePageSchema = Type.Object({
  groupSizes: Type.Array(GroupSizeSchema),
  nextCursor: Nullable(Type.String()),
});
export type GroupSizePage = Static<typeof GroupSizePageSchema>;

export const GroupSizeSave = Type.Object(
  {
    organisationId: fillIn(Uuid, 'Kies de organisatie.', 'Choose the organisation.'),
    targetGroupId: fillIn(Uuid, 'Kies de doelgroep.', 'Choose the target group.'),
    people: fillIn(
      Type.Integer({ minimum: 0, maximum: 100_000 }),
      'Vul het aantal mensen in.',
      'Enter the number of people.',
    ),
    asOf: fillIn(DateOnly, 'Vul de peildatum in.', 'Enter the date of the count.'),
  },
  { additionalProperties: false },
);
export type GroupSizeSave = Static<typeof GroupSizeSave>;
