import { type Static, Type } from 'typebox';
import { CASE_PHASES } from '../domain/casus/types.js';
import {
  ACTION_STATUSES,
  LIMITS,
  MEETING_STATUSES,
  MEETING_TYPES,
  MINUTES_STATUSES,
  SERIES_FREQUENCIES,
  TRIAGE_OUTCOMES,
  WEIGHING_PARTIES,
} from '../domain/overleg/types.js';
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
 * Request and response shapes of the meetings API (overleggen, agendapunten, bijdragen, besluiten,
 * acties, notulen). The screens are built on these; they are also the published OpenAPI contract.
 */

const Title = Type.String({ minLength: 1, maxLength: LIMITS.title });
const Short = Type.String({ maxLength: LIMITS.shortText });
const Long = Type.String({ maxLength: LIMITS.longText });

export const MeetingTypeSchema = Type.Enum(MEETING_TYPES);

// What to do when a meeting's required field is missing, in the words of the planning form.
const MeetingType = fillIn(MeetingTypeSchema, 'Kies de soort overleg.', 'Choose the kind of meeting.');
const Chair = fillIn(Uuid, 'Kies de voorzitter van het overleg.', 'Choose who chairs the meeting.');
const StartsAt = fillIn(
  Timestamp,
  'Vul de datum en de begintijd van het overleg in.',
  'Enter the date and the start time of the meeting.',
);

// ---------------------------------------------------------------------------------------------------
// Meetings

const SharingBasis = fillIn(
  Uuid,
  'Kies de grondslag waarop de gegevens worden gedeeld.',
  'Choose the legal basis on which the data are shared.',
);

const MeetingFields = {
  title: Opt(Title),
  endsAt: Opt(Timestamp),
  location: Opt(Type.String({ maxLength: LIMITS.shortText })),
  onlineUrl: Opt(Type.String({ maxLength: 500, description: 'https:// link for joining online' })),
  organiserId: Opt(Uuid),
  memberOrganisationIds: Type.Optional(
    Type.Array(Uuid, { maxItems: 30, description: 'Standing members; default gemeente, politie and OM' }),
  ),
  legalBasisId: Opt(Uuid),
};

export const CreateMeetingBody = Type.Object(
  { type: MeetingType, startsAt: StartsAt, chairUserId: Chair, ...MeetingFields },
  { additionalProperties: false },
);
export type CreateMeetingBody = Static<typeof CreateMeetingBody>;

export const UpdateMeetingBody = Type.Object(
  {
    version: Version,
    startsAt: Type.Optional(Timestamp),
    chairUserId: Type.Optional(Uuid),
    ...MeetingFields,
  },
  { additionalProperties: false },
);
export type UpdateMeetingBody = Static<typeof UpdateMeetingBody>;

export const CreateSeriesBody = Type.Object(
  {
    type: MeetingType,
    frequency: fillIn(
      Type.Enum(SERIES_FREQUENCIES),
      'Kies hoe vaak het overleg plaatsvindt.',
      'Choose how often the meeting takes place.',
    ),
    startDate: fillIn(
      DateOnly,
      'Vul de datum van het eerste overleg in.',
      'Enter the date of the first meeting.',
    ),
    startTime: fillIn(
      Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'Local time, hh:mm' }),
      'Vul de begintijd van het overleg in.',
      'Enter the start time of the meeting.',
    ),
    durationMinutes: Type.Integer({ minimum: 5, maximum: 720 }),
    untilDate: Opt(DateOnly),
    count: Opt(Type.Integer({ minimum: 1, maximum: LIMITS.maxSeriesOccurrences })),
    chairUserId: Chair,
    ...MeetingFields,
  },
  { additionalProperties: false },
);
export type CreateSeriesBody = Static<typeof CreateSeriesBody>;

export const VersionBody = Type.Object({ version: Version }, { additionalProperties: false });
export type VersionBody = Static<typeof VersionBody>;
export const VersionQuery = Type.Object({ version: Version }, { additionalProperties: false });
export type VersionQuery = Static<typeof VersionQuery>;

export const MeetingListQuery = Type.Object(
  {
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
    type: Type.Optional(MeetingTypeSchema),
    when: Type.Optional(
      Type.Enum(['coming', 'past'], {
        description: 'coming: from today, earliest first; past: before today, latest first',
      }),
    ),
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type MeetingListQuery = Static<typeof MeetingListQuery>;

const Standing = Nullable(Type.Enum(['organiser', 'chair', 'role', 'member']));

export const MeetingSummary = Type.Object({
  id: Uuid,
  type: MeetingTypeSchema,
  title: Type.String(),
  startsAt: Timestamp,
  endsAt: NullableTimestamp,
  location: Nullable(Type.String()),
  onlineUrl: Nullable(Type.String()),
  status: Type.Enum(MEETING_STATUSES),
  organiser: Ref,
  chair: Type.Object({ userId: Uuid, name: Type.String() }),
  seriesId: Nullable(Uuid),
  agendaPublishedAt: NullableTimestamp,
  minutesStatus: Type.Enum(MINUTES_STATUSES),
  standing: Standing,
  visibleItems: Type.Integer(),
  version: Type.Integer(),
});
export type MeetingSummary = Static<typeof MeetingSummary>;

export const MeetingPage = Type.Object({
  items: Type.Array(MeetingSummary),
  nextCursor: Nullable(Type.String()),
});
export type MeetingPage = Static<typeof MeetingPage>;

export const CandidateQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);

export const Invitation = Type.Object({
  organisationId: Uuid,
  organisationName: Type.String(),
  invitedAt: Timestamp,
});

export const ItemSummary = Type.Object({
  id: Uuid,
  meetingId: Uuid,
  position: Type.Integer(),
  view: Type.Enum(['full', 'own_contributions'], {
    description: "'own_contributions': the need-to-know window has passed; only the own contributions remain",
  }),
  title: Type.String(),
  subjectKind: Type.Enum(['signaal', 'casus']),
  signal: Nullable(
    Type.Object({
      id: Uuid,
      reference: Type.String(),
      status: Nullable(Type.String()),
      kind: Nullable(
        Type.Enum(['melding', 'adviesvraag'], { description: 'An adviesvraag names no persons' }),
      ),
    }),
  ),
  casus: Nullable(Type.Object({ id: Uuid, reference: Type.String(), phase: Nullable(Type.String()) })),
  persons: Type.Array(Ref),
  restricted: Type.Boolean(),
  decision: Nullable(Type.Object({ status: Type.String(), outcome: Nullable(Type.String()) })),
  invitations: Type.Array(Invitation),
  version: Type.Integer(),
});
export type AgendaItemSummary = Static<typeof ItemSummary>;

export const MeetingDetail = Type.Object({
  ...MeetingSummary.properties,
  legalBasisId: Nullable(Uuid),
  members: Type.Array(
    Type.Object({
      organisationId: Uuid,
      name: Type.String(),
      kind: Type.String(),
      partnerType: Nullable(Type.String()),
    }),
  ),
  minutes: Type.Object({
    generalText: Nullable(Type.String()),
    status: Type.Enum(MINUTES_STATUSES),
    approvedAt: NullableTimestamp,
    approvedByName: Nullable(Type.String()),
    version: Type.Integer(),
  }),
  partnerWindowEndsAt: NullableTimestamp,
  items: Type.Array(ItemSummary),
  permissions: Type.Object({
    manage: Type.Boolean(),
    draftDecisions: Type.Boolean(),
    recordDecisions: Type.Boolean(),
    approveMinutes: Type.Boolean(),
  }),
});
export type MeetingDetail = Static<typeof MeetingDetail>;

/** What a change answers: the object's id and its new version (for the next change). */
export const Changed = Type.Object({ id: Uuid, version: Type.Integer() });
export type Changed = Static<typeof Changed>;

// ---------------------------------------------------------------------------------------------------
// Agenda items, invitations, contributions

export const PlaceItemBody = Type.Object(
  {
    signalId: Opt(Uuid),
    casusId: Opt(Uuid),
    title: Opt(Title),
    notes: Opt(Long),
  },
  { additionalProperties: false, description: 'A signal (triage, weegploeg) or a case (casusoverleg)' },
);
export type PlaceItemBody = Static<typeof PlaceItemBody>;

export const UpdateItemBody = Type.Object(
  {
    version: Version,
    title: Type.Optional(Title),
    notes: Opt(Long),
    minutesText: Opt(Type.String({ maxLength: LIMITS.minutesText })),
    position: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  { additionalProperties: false },
);
export type UpdateItemBody = Static<typeof UpdateItemBody>;

export const InviteBody = Type.Object(
  {
    organisationId: fillIn(
      Uuid,
      'Kies de organisatie die u uitnodigt.',
      'Choose the organisation you invite.',
    ),
    legalBasisId: SharingBasis,
  },
  { additionalProperties: false },
);
export type InviteBody = Static<typeof InviteBody>;

export const ContributionBody = Type.Object(
  {
    text: fillIn(
      Type.String({ minLength: 1, maxLength: LIMITS.longText }),
      'Schrijf de bijdrage.',
      'Write the contribution.',
    ),
    legalBasisId: SharingBasis,
  },
  { additionalProperties: false },
);
export type ContributionBody = Static<typeof ContributionBody>;

export const UpdateContributionBody = Type.Object(
  {
    version: Version,
    text: Type.Optional(Type.String({ minLength: 1, maxLength: LIMITS.longText })),
    legalBasisId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type UpdateContributionBody = Static<typeof UpdateContributionBody>;

export const Contribution = Type.Object({
  id: Uuid,
  itemId: Uuid,
  organisation: Ref,
  author: Type.Object({ userId: Uuid, name: Type.String() }),
  legalBasis: Type.Object({ id: Uuid, nl: Type.String(), en: Type.String() }),
  text: Type.String(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
  editable: Type.Boolean(),
});
export type Contribution = Static<typeof Contribution>;

// ---------------------------------------------------------------------------------------------------
// Decisions

export const DecisionDraftBody = Type.Object(
  {
    version: Type.Union([Version, Type.Null()], { description: 'null for the first draft' }),
    // signaleringsoverleg
    outcome: Opt(Type.Enum(TRIAGE_OUTCOMES)),
    motivation: Opt(Long),
    referredTo: Opt(Short),
    fromWhom: Opt(Short),
    dueOn: Opt(DateOnly),
    // weegploeg
    included: Opt(Type.Boolean()),
    criteriaWeighed: Opt(Type.Array(Short, { maxItems: LIMITS.criteria })),
    decidedBy: Opt(
      Type.Array(
        Type.Object(
          { party: Type.Enum(WEIGHING_PARTIES), organisationId: Opt(Uuid), name: Opt(Short) },
          { additionalProperties: false },
        ),
        { maxItems: 3 },
      ),
    ),
    reasons: Opt(Long),
    // casusoverleg
    decisions: Opt(Long),
    nextPhase: Opt(Type.Enum(CASE_PHASES)),
    // weegploeg (with a yes) and casusoverleg: the regisseur of the case
    regisseurUserId: Opt(Uuid),
  },
  {
    additionalProperties: false,
    description:
      'signaleringsoverleg: outcome, motivation, referredTo (b), fromWhom and dueOn (d); weegploeg: included, ' +
      'criteriaWeighed, decidedBy, reasons, regisseurUserId; casusoverleg: decisions, nextPhase, regisseurUserId',
  },
);
export type DecisionDraftBody = Static<typeof DecisionDraftBody>;

export const Decision = Type.Object({
  id: Uuid,
  kind: MeetingTypeSchema,
  status: Type.Enum(['concept', 'vastgesteld']),
  fields: Type.Object({}, { additionalProperties: true }),
  outcome: Nullable(Type.String()),
  casusId: Nullable(Uuid),
  draftedAt: Timestamp,
  recordedAt: NullableTimestamp,
  recordedByName: Nullable(Type.String()),
  version: Type.Integer(),
});
/** The fields of a decision differ per meeting type: an open object in the schema, read key by key. */
export type MeetingDecision = Omit<Static<typeof Decision>, 'fields'> & {
  fields: Readonly<Record<string, unknown>>;
};

export const Recorded = Type.Object({ id: Uuid, version: Type.Integer(), casusId: Nullable(Uuid) });
export type DecisionRecorded = Static<typeof Recorded>;

// ---------------------------------------------------------------------------------------------------
// Actions

export const CreateActionBody = Type.Object(
  {
    description: fillIn(
      Type.String({ minLength: 1, maxLength: 2000 }),
      'Beschrijf de actie.',
      'Describe the action.',
    ),
    ownerUserId: Opt(Uuid),
    ownerOrganisationId: Opt(Uuid),
    dueOn: fillIn(
      DateOnly,
      'Vul in wanneer de actie klaar moet zijn.',
      'Enter when the action must be done.',
    ),
  },
  { additionalProperties: false, description: 'Owner: a person or an organisation (one of the two)' },
);
export type CreateActionBody = Static<typeof CreateActionBody>;

export const UpdateActionBody = Type.Object(
  {
    version: Version,
    status: Type.Optional(Type.Enum(ACTION_STATUSES)),
    description: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
    dueOn: Type.Optional(DateOnly),
    ownerUserId: Opt(Uuid),
    ownerOrganisationId: Opt(Uuid),
  },
  { additionalProperties: false },
);
export type UpdateActionBody = Static<typeof UpdateActionBody>;

export const Action = Type.Object({
  id: Uuid,
  /** The meeting it was agreed in; null for the action of a key figures' peiling (soundingId). */
  meetingId: Nullable(Uuid),
  soundingId: Nullable(Uuid),
  itemId: Nullable(Uuid),
  description: Type.String(),
  owner: Type.Object({ kind: Type.Enum(['persoon', 'organisatie']), id: Uuid, name: Type.String() }),
  dueOn: DateOnly,
  status: Type.Enum(ACTION_STATUSES),
  overdue: Type.Boolean({ description: 'Open and past its due date (computed in the domain)' }),
  completedAt: NullableTimestamp,
  meeting: Nullable(Type.Object({ type: Type.String(), startsAt: Timestamp })),
  version: Type.Integer(),
});
export type MeetingAction = Static<typeof Action>;

export const ItemDetail = Type.Object({
  ...ItemSummary.properties,
  notes: Nullable(Type.String()),
  minutesText: Nullable(Type.String()),
  contributions: Type.Array(Contribution),
  decisionDetail: Nullable(Decision),
  actions: Type.Array(Type.Object({ ...Action.properties, mayUpdate: Type.Boolean() })),
  permissions: Type.Object({
    edit: Type.Boolean(),
    contribute: Type.Boolean(),
    draftDecision: Type.Boolean(),
    recordDecision: Type.Boolean(),
  }),
});
export type AgendaItemDetail = Omit<Static<typeof ItemDetail>, 'decisionDetail'> & {
  decisionDetail: MeetingDecision | null;
};

export const MyActions = Type.Object({
  actions: Type.Array(
    Type.Object({
      ...Action.properties,
      itemTitle: Nullable(Type.String()),
      meetingTitle: Nullable(Type.String()),
      /** An action from a self-assessment gap: the round and question it closes (src/app/zelfscan/actions.ts). */
      zelfscan: Type.Optional(
        Type.Object({ roundId: Uuid, roundTitle: Type.String(), questionKey: Type.String() }),
      ),
    }),
  ),
  nextCursor: Nullable(Type.String()),
  /** How many are open and overdue, whatever the page shows. */
  overdueCount: Type.Integer(),
  openCount: Type.Integer(),
});
export type MyActions = Static<typeof MyActions>;

export const MyActionsQuery = Type.Object(
  {
    includeDone: Type.Optional(Type.Boolean({ default: false })),
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type MyActionsQuery = Static<typeof MyActionsQuery>;

// ---------------------------------------------------------------------------------------------------
// Minutes, candidates, reference data

export const MinutesBody = Type.Object(
  { version: Version, generalText: Nullable(Type.String({ maxLength: LIMITS.minutesText })) },
  { additionalProperties: false },
);
export type MinutesBody = Static<typeof MinutesBody>;

export const PdfQuery = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    legalBasisId: Type.Optional(Uuid),
  },
  {
    additionalProperties: false,
    description:
      'Without organisationId: the version for the signed-in user. With it (organiser): the version for that partner.',
  },
);
export type PdfQuery = Static<typeof PdfQuery>;

export const Candidate = Type.Object({
  kind: Type.Enum(['signaal', 'casus']),
  signalKind: Nullable(
    Type.Enum(['melding', 'adviesvraag'], {
      description: 'An adviesvraag is discussed on anonymous data: no persons are listed',
    }),
  ),
  id: Uuid,
  reference: Type.String(),
  status: Type.String(),
  summary: Nullable(Type.String()),
  category: Nullable(Label),
  receivedAt: NullableTimestamp,
  restricted: Type.Boolean(),
  persons: Type.Array(Ref),
});
export type AgendaCandidate = Static<typeof Candidate>;

export const LegalBasis = Type.Object({
  id: Uuid,
  code: Type.String(),
  labelNl: Type.String(),
  labelEn: Type.String(),
  example: Type.Boolean({ description: 'An example text from the initial list, to be replaced' }),
});
export type LegalBasis = Static<typeof LegalBasis>;

export const Settings = Type.Object({
  partnerWindowDays: Type.Integer({ minimum: 0, maximum: 365 }),
  version: Type.Integer({ minimum: 0, description: '0 while the default applies' }),
});
export type MeetingSettings = Static<typeof Settings>;

export const SettingsBody = Type.Object(
  { partnerWindowDays: Type.Integer({ minimum: 0, maximum: 365 }), version: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);
export type SettingsBody = Static<typeof SettingsBody>;

export const SeriesCreated = Type.Object({ id: Uuid, meetingIds: Type.Array(Uuid) });
export type SeriesCreated = Static<typeof SeriesCreated>;
export const Published = Type.Object({ id: Uuid, version: Type.Integer(), notified: Type.Integer() });
export type Published = Static<typeof Published>;

/** For the home page: how many own actions are open and how many are overdue. */
export const ActionCounts = Type.Object({ openCount: Type.Integer(), overdueCount: Type.Integer() });
export type ActionCounts = Static<typeof ActionCounts>;

export type Invitation = Static<typeof Invitation>;
