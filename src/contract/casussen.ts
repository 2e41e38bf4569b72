import { type Static, Type } from 'typebox';
import { CASE_LIST_SORTS } from '../domain/casus/case-list.js';
import { CHECKLIST_KINDS } from '../domain/casus/checklists.js';
import { CLOSURE_REASON_MISSING } from '../domain/casus/closure.js';
import {
  CASE_LIMITS,
  CASE_PHASES,
  CASE_SITUATIONS,
  CHECKLIST_ITEM_STATUSES,
  CLOSURE_REASONS,
  MEASURE_STATUSES,
  MEASURE_TRACKS,
} from '../domain/casus/types.js';
import { ExclusionState } from './analyse.js';
import {
  DateOnly,
  fillIn,
  Label,
  Nullable,
  NullableTimestamp,
  Opt,
  Ref,
  Timestamp,
  Uuid,
  Version,
} from './primitives.js';

/**
 * Request and response shapes of the case API (casussen, deelnemers, plan van aanpak, maatregelen,
 * checklists). No field anywhere holds a score, ranking or prediction about a person.
 */

const Reason = Type.String({
  minLength: 1,
  maxLength: CASE_LIMITS.reason,
  description: 'Why this was decided',
});
const PlanText = Type.String({ maxLength: CASE_LIMITS.planText });

export const CaseParams = Type.Object({ id: Uuid });
export type CaseParams = Static<typeof CaseParams>;
export const ParticipantParams = Type.Object({ id: Uuid, participantId: Uuid });
export type ParticipantParams = Static<typeof ParticipantParams>;
export const MeasureParams = Type.Object({ id: Uuid, measureId: Uuid });
export type MeasureParams = Static<typeof MeasureParams>;
export const ItemParams = Type.Object({ id: Uuid, itemId: Uuid });
export type ItemParams = Static<typeof ItemParams>;

export const CaseSummary = Type.Object({
  id: Uuid,
  reference: Type.String(),
  person: Ref,
  phase: Type.Enum(CASE_PHASES),
  situation: Type.Enum(CASE_SITUATIONS),
  regisseur: Nullable(Ref),
  openedAt: Timestamp,
  nextReviewOn: DateOnly,
  reviewOverdue: Type.Boolean(),
  version: Type.Integer(),
});
export type CaseSummary = Static<typeof CaseSummary>;

/** The case list's filters (GET /api/casussen), read as the worklist's: several phases, one of the rest. */
export const CaseListQuery = Type.Object(
  {
    phase: Type.Optional(Type.Array(Type.Enum(CASE_PHASES), { maxItems: CASE_PHASES.length })),
    situation: Type.Optional(Type.Enum(CASE_SITUATIONS)),
    regisseurId: Type.Optional(Uuid),
    organisationId: Type.Optional(
      Type.String({ format: 'uuid', description: 'Only cases this organisation takes part in now' }),
    ),
    reviewOverdue: Type.Optional(
      Type.Boolean({ description: 'Only open cases whose review date has passed' }),
    ),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description:
          'A case number whole or in part (C-2026-0001, 2026-1, 0001); part of the name of the person for the ' +
          'roles that read persons (meldpunt, aandachtsfunctionaris, burgemeester)',
      }),
    ),
    sort: Type.Optional(Type.Enum(CASE_LIST_SORTS, { default: 'evaluatie' })),
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type CaseListQuery = Static<typeof CaseListQuery>;

export const CasePage = Type.Object({
  items: Type.Array(CaseSummary),
  nextCursor: Nullable(Type.String()),
  /** The case whose whole number was searched for (q), to open it straight away. */
  exactId: Nullable(Uuid),
});
export type CasePage = Static<typeof CasePage>;

const Participant = Type.Object({
  id: Uuid,
  organisation: Ref,
  user: Nullable(Ref),
  role: Type.String(),
  joinedAt: Timestamp,
  leftAt: NullableTimestamp,
  leftReason: Nullable(Type.String()),
  active: Type.Boolean(),
});

const TimelineEvent = Type.Object({
  id: Uuid,
  at: Timestamp,
  by: Nullable(Type.String()),
  organisation: Nullable(Type.String()),
  kind: Type.String(),
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  occurredOn: Nullable(DateOnly),
});

export const CaseDetail = Type.Object({
  ...CaseSummary.properties,
  access: Type.Enum(['regie', 'read', 'partner'], {
    description:
      "'regie': changes everything; 'read': the mayor; 'partner': reads, works on its own measures",
  }),
  situationSince: Nullable(DateOnly),
  departedOn: Nullable(DateOnly),
  returnedOn: Nullable(DateOnly),
  deceasedOn: Nullable(DateOnly),
  closedAt: NullableTimestamp,
  closureReason: Nullable(Type.Enum(CLOSURE_REASONS)),
  closureNote: Nullable(Type.String()),
  participants: Type.Array(Participant),
  timeline: Type.Array(TimelineEvent),
  openChecklistItems: Type.Integer({
    minimum: 0,
    description: 'How many checklist items are still open (shown beside the Checklists part)',
  }),
  /** Whether the case is left out of the figures of the analysis. */
  statistics: ExclusionState,
});
export type CaseDetail = Static<typeof CaseDetail>;

export const Changed = Type.Object({ id: Uuid, version: Type.Integer() });
export type Changed = Static<typeof Changed>;

export const ParticipantBody = Type.Object(
  {
    organisationId: fillIn(
      Uuid,
      'Kies de organisatie die deelneemt.',
      'Choose the organisation that takes part.',
    ),
    userId: Opt(Uuid),
    role: fillIn(
      Type.String({ minLength: 1, maxLength: CASE_LIMITS.role, description: 'The role in this case' }),
      'Vul de rol in deze casus in.',
      'Enter the role in this case.',
    ),
  },
  { additionalProperties: false },
);
export type ParticipantBody = Static<typeof ParticipantBody>;
export const ParticipantCreated = Type.Object({ id: Uuid });
export type ParticipantCreated = Static<typeof ParticipantCreated>;

export const EndParticipationBody = Type.Object(
  { reason: Opt(Type.String({ maxLength: CASE_LIMITS.reason })) },
  { additionalProperties: false },
);
export type EndParticipationBody = Static<typeof EndParticipationBody>;

export const PhaseBody = Type.Object(
  {
    version: Version,
    phase: fillIn(Type.Enum(CASE_PHASES), 'Kies de nieuwe fase.', 'Choose the new phase.'),
    reason: fillIn(Reason, 'Leg vast waarom de fase verandert.', 'Record why the phase changes.'),
  },
  { additionalProperties: false },
);
export type PhaseBody = Static<typeof PhaseBody>;

export const SituationBody = Type.Object(
  {
    version: Version,
    situation: fillIn(Type.Enum(CASE_SITUATIONS), 'Kies de nieuwe situatie.', 'Choose the new situation.'),
    reason: fillIn(Reason, 'Leg vast waarom de situatie verandert.', 'Record why the situation changes.'),
    occurredOn: Opt(DateOnly),
  },
  { additionalProperties: false },
);
export type SituationBody = Static<typeof SituationBody>;
export const SituationChanged = Type.Object({
  id: Uuid,
  version: Type.Integer(),
  checklistId: Nullable(Uuid),
});
export type SituationChanged = Static<typeof SituationChanged>;

export const ReviewBody = Type.Object(
  {
    version: Version,
    note: Type.Optional(Type.String({ maxLength: CASE_LIMITS.reason })),
    nextReviewOn: Opt(DateOnly),
  },
  { additionalProperties: false },
);
export type ReviewBody = Static<typeof ReviewBody>;
export const ReviewRecorded = Type.Object({ id: Uuid, version: Type.Integer(), nextReviewOn: DateOnly });
export type ReviewRecorded = Static<typeof ReviewRecorded>;

export const ClosureBody = Type.Object(
  {
    version: Version,
    reason: fillIn(Type.Enum(CLOSURE_REASONS), CLOSURE_REASON_MISSING.nl, CLOSURE_REASON_MISSING.en),
    note: Type.Optional(Type.String({ maxLength: CASE_LIMITS.reason })),
  },
  { additionalProperties: false },
);
export type ClosureBody = Static<typeof ClosureBody>;

const Drivers = Type.Object(
  { identiteit: PlanText, betekenis: PlanText, rechtvaardigheid: PlanText, sensatie: PlanText },
  { additionalProperties: false, description: 'Professional notes in words, never a score' },
);

export const Plan = Type.Object({
  goals: Type.String(),
  drivers: Type.Object({
    identiteit: Type.String(),
    betekenis: Type.String(),
    rechtvaardigheid: Type.String(),
    sensatie: Type.String(),
  }),
  protectiveFactors: Type.String(),
  impactOnSurroundings: Type.String(),
  updatedAt: NullableTimestamp,
  updatedBy: Nullable(Type.String()),
  version: Type.Integer({ description: '0 while no plan has been saved' }),
});
export type Plan = Static<typeof Plan>;

export const PlanBody = Type.Object(
  {
    version: Type.Integer({ minimum: 0, description: 'The version last read (0: no plan yet)' }),
    goals: PlanText,
    drivers: Drivers,
    protectiveFactors: PlanText,
    impactOnSurroundings: PlanText,
  },
  { additionalProperties: false },
);
export type PlanBody = Static<typeof PlanBody>;
export const PlanSaved = Type.Object({ version: Type.Integer() });
export type PlanSaved = Static<typeof PlanSaved>;

export const CatalogueEntry = Type.Object({
  id: Uuid,
  code: Type.String(),
  track: Type.Enum(MEASURE_TRACKS),
  label: Label,
  legalBasis: Nullable(Type.String()),
  own: Type.Boolean({ description: "The municipality's own entry (not the shared list)" }),
  active: Type.Boolean(),
});
export type CatalogueEntry = Static<typeof CatalogueEntry>;

export const CatalogueBody = Type.Object(
  {
    code: Type.String({
      minLength: 2,
      maxLength: 60,
      description: 'a-z, 0-9 and _; a shared code replaces that entry',
    }),
    track: Type.Enum(MEASURE_TRACKS),
    labelNl: Type.String({ minLength: 1, maxLength: CASE_LIMITS.title }),
    labelEn: Type.String({ minLength: 1, maxLength: CASE_LIMITS.title }),
    legalBasis: Opt(Type.String({ maxLength: CASE_LIMITS.legalBasis })),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CatalogueBody = Static<typeof CatalogueBody>;
export const CatalogueParams = Type.Object({ entryId: Uuid });
export type CatalogueParams = Static<typeof CatalogueParams>;
export const CatalogueSwitchBody = Type.Object({ active: Type.Boolean() }, { additionalProperties: false });
export type CatalogueSwitchBody = Static<typeof CatalogueSwitchBody>;

export const Measure = Type.Object({
  id: Uuid,
  catalogueId: Nullable(Uuid),
  track: Type.Enum(MEASURE_TRACKS),
  title: Type.String(),
  owner: Type.Object({ organisation: Ref, user: Nullable(Ref) }),
  legalBasis: Nullable(Type.String()),
  startsOn: Nullable(DateOnly),
  endsOn: Nullable(DateOnly),
  status: Type.Enum(MEASURE_STATUSES),
  evaluation: Type.Object({ result: Nullable(Type.String()), whatWorked: Nullable(Type.String()) }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  mayEdit: Type.Boolean(),
  version: Type.Integer(),
});
export type Measure = Static<typeof Measure>;

const MeasureFields = {
  catalogueId: Opt(Uuid),
  track: Type.Optional(Type.Enum(MEASURE_TRACKS)),
  title: Type.Optional(
    fillIn(
      Type.String({ minLength: 1, maxLength: CASE_LIMITS.title }),
      'Vul de naam van de maatregel in.',
      'Enter the name of the measure.',
    ),
  ),
  ownerOrganisationId: Type.Optional(Uuid),
  ownerUserId: Opt(Uuid),
  legalBasis: Opt(
    Type.String({ maxLength: CASE_LIMITS.legalBasis, description: 'Required for bestuurlijk' }),
  ),
  startsOn: Opt(DateOnly),
  endsOn: Opt(DateOnly),
  status: Type.Optional(Type.Enum(MEASURE_STATUSES)),
  evaluationResult: Opt(
    Type.String({
      maxLength: CASE_LIMITS.evaluation,
      description: 'What the measure brought about, in words',
    }),
  ),
  evaluationWhatWorked: Opt(Type.String({ maxLength: CASE_LIMITS.evaluation, description: 'What worked' })),
};

export const CreateMeasureBody = Type.Object(
  {
    ...MeasureFields,
    ownerOrganisationId: fillIn(
      Uuid,
      'Kies de organisatie die de maatregel uitvoert.',
      'Choose the organisation that carries out the measure.',
    ),
  },
  { additionalProperties: false },
);
export type CreateMeasureBody = Static<typeof CreateMeasureBody>;
export const UpdateMeasureBody = Type.Object(
  { version: Version, ...MeasureFields },
  { additionalProperties: false },
);
export type UpdateMeasureBody = Static<typeof UpdateMeasureBody>;
export const VersionQuery = Type.Object(
  { version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type VersionQuery = Static<typeof VersionQuery>;

export const Checklist = Type.Object({
  id: Uuid,
  kind: Type.Enum(CHECKLIST_KINDS),
  label: Label,
  createdAt: Timestamp,
  items: Type.Array(
    Type.Object({
      id: Uuid,
      code: Type.String(),
      label: Label,
      dueOn: Nullable(DateOnly),
      overdue: Type.Boolean(),
      status: Type.Enum(CHECKLIST_ITEM_STATUSES),
      note: Type.String(),
      required: Type.Boolean({ description: 'Required in this case: it cannot be marked not applicable' }),
      reason: Nullable(Label),
      by: Nullable(Type.String()),
      at: NullableTimestamp,
      version: Type.Integer(),
    }),
  ),
});
export type Checklist = Static<typeof Checklist>;

export const ItemBody = Type.Object(
  {
    version: Version,
    status: fillIn(
      Type.Enum(CHECKLIST_ITEM_STATUSES),
      'Kies de stand van dit punt.',
      'Choose the state of this item.',
    ),
    note: Type.Optional(Type.String({ maxLength: CASE_LIMITS.note })),
  },
  { additionalProperties: false },
);
export type ItemBody = Static<typeof ItemBody>;

/** An open case whose review date has passed: reference and date only. */
export const ReviewDue = Type.Object({
  id: Uuid,
  reference: Type.String(),
  nextReviewOn: Type.String({ format: 'date' }),
});
export type ReviewDue = Static<typeof ReviewDue>;

/** What needs the officer's attention in the open cases, by reference only. */
export const CaseAttention = Type.Object({
  checklistTerms: Type.Array(
    Type.Object({
      id: Uuid,
      reference: Type.String(),
      dueOn: Type.String({ format: 'date', description: 'The earliest term of its open items' }),
      overdue: Type.Boolean(),
      openItems: Type.Integer({ description: 'Open items with a term up to a week ahead' }),
    }),
  ),
  withoutRegisseur: Type.Array(Type.Object({ id: Uuid, reference: Type.String() }), {
    description: 'Open cases that have no regisseur yet: the first ones by reference',
  }),
  withoutRegisseurTotal: Type.Integer({ description: 'How many open cases have no regisseur in all' }),
});
export type CaseAttention = Static<typeof CaseAttention>;

export type Participant = CaseDetail['participants'][number];
export type TimelineEvent = CaseDetail['timeline'][number];
/** 'regie': changes everything; 'read': the mayor; 'partner': reads, works on its own measures. */
export type CaseAccess = CaseDetail['access'];
export type ChecklistItem = Checklist['items'][number];
