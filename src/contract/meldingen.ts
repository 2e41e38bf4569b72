import { type Static, Type } from 'typebox';
import { LIMITS } from '../domain/melding/intake.js';
import {
  ANNOTATION_EFFECTS,
  ASSUMPTION_STATES,
  CHANNELS,
  CLOSE_REASONS,
  DECISION_OUTCOMES,
  LINK_DECISIONS,
  PLACES,
  PUBLIC_STATUSES,
  RELATIONS,
  REPORTER_KINDS,
  SIGNAL_KINDS,
  SOURCES,
  STAFF_CHANNELS,
  STATUSES,
  WORKLIST_SORTS,
} from '../domain/melding/types.js';
import { ExclusionState } from './analyse.js';
import { DateOnly, fillIn, Label, Nullable, NullableTimestamp, Opt, Timestamp, Uuid } from './primitives.js';

/**
 * Request and response shapes of the meldpunt API. The web screens are built on these; they are also
 * the published OpenAPI contract, so change them only in a backward-compatible way.
 */

const Short = Type.String({ maxLength: LIMITS.shortText });
const Long = Type.String({ maxLength: LIMITS.longText });

export const SignalKindSchema = Type.Enum(SIGNAL_KINDS);
export const StatusSchema = Type.Enum(STATUSES);
export const PublicStatusSchema = Type.Enum(PUBLIC_STATUSES);
export const ChannelSchema = Type.Enum(CHANNELS);

// ---------------------------------------------------------------------------------------------------
// Intake

const Observation = Type.Object(
  {
    description: fillIn(
      Type.String({
        minLength: 1,
        maxLength: LIMITS.longText,
        description: 'What was seen or heard: a fact',
      }),
      'Beschrijf wat er is gezien of gehoord.',
      'Describe what was seen or heard.',
    ),
    observedOn: Opt(DateOnly),
    observedWhen: Opt(
      Type.String({ maxLength: LIMITS.shortText, description: 'When no exact date is known' }),
    ),
    place: Opt(Type.Enum(PLACES)),
    placeDetail: Opt(Short),
    source: fillIn(Type.Enum(SOURCES), 'Kies hoe dit bekend is.', 'Choose how this is known.'),
    sourceDetail: Opt(
      Type.String({ maxLength: LIMITS.shortText, description: 'Needed when not own observation' }),
    ),
  },
  { additionalProperties: false },
);

const PersonConcerned = Type.Object(
  {
    name: Opt(Short),
    age: Opt(Type.Integer({ minimum: 0, maximum: 120 })),
    birthDate: Opt(DateOnly),
    neighbourhood: Opt(Short),
    address: Opt(Type.String({ maxLength: LIMITS.address })),
    schoolOrWork: Opt(Short),
    relation: Opt(Type.Enum(RELATIONS)),
    relationDetail: Opt(Short),
  },
  { additionalProperties: false, description: 'Every field optional; at least one filled in' },
);

const Reporter = Type.Object(
  {
    kind: fillIn(Type.Enum(REPORTER_KINDS), 'Kies wie de melding doet.', 'Choose who makes the report.'),
    name: Opt(Short),
    email: Opt(Type.String({ format: 'email', maxLength: 320 })),
    phone: Opt(Type.String({ maxLength: 30 })),
    organisation: Opt(Short),
    role: Opt(Short),
    feedbackWanted: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);

export const AttachmentUploadSchema = Type.Object(
  {
    fileName: Type.String({ minLength: 1, maxLength: 255 }),
    // 10 MB in base64 is at most 13,981,016 characters.
    contentBase64: Type.String({ minLength: 4, maxLength: 13_981_016 }),
  },
  { additionalProperties: false },
);
export type AttachmentUpload = Static<typeof AttachmentUploadSchema>;

/** The content every intake shares: the form of step 1 of the Werkwijze. */
const intakeFields = {
  kind: fillIn(SignalKindSchema, 'Kies de soort melding.', 'Choose the kind of report.'),
  reporter: Reporter,
  question: Opt(Long),
  observations: Type.Optional(Type.Array(Observation, { maxItems: LIMITS.observations })),
  assumptions: Type.Optional(
    Type.Array(Type.String({ maxLength: LIMITS.assumption }), {
      maxItems: LIMITS.assumptions,
      description: 'Opinions and assumptions, kept apart from the facts',
    }),
  ),
  contraIndications: Opt(
    Type.String({
      maxLength: LIMITS.longText,
      description: 'What contradicts a concern about radicalisation',
    }),
  ),
  persons: Type.Optional(Type.Array(PersonConcerned, { maxItems: LIMITS.persons })),
  attachments: Type.Optional(Type.Array(AttachmentUploadSchema, { maxItems: LIMITS.attachments })),
};

export const PublicIntakeBody = Type.Object(
  {
    municipalityId: fillIn(Uuid, 'Kies de gemeente.', 'Choose the municipality.'),
    ...intakeFields,
    // Honeypot: hidden in the form; people leave it empty, form-filling robots do not.
    website: Type.Optional(Type.String({ maxLength: 500 })),
    // The solved proof-of-work challenge (GET /api/public/meldingen/uitdaging), base64 JSON as ALTCHA sends it.
    altcha: Type.Optional(Type.String({ maxLength: 8000 })),
  },
  { additionalProperties: false },
);
export type PublicIntakeBody = Static<typeof PublicIntakeBody>;

const Step = Type.Object({ done: Type.Boolean(), note: Opt(Long) }, { additionalProperties: false });

export const SharingStepsSchema = Type.Object(
  {
    adviceAsked: Step,
    conversationHeld: Step,
    safetyRisksWeighed: Step,
    consent: Type.Object(
      { asked: Type.Boolean(), given: Type.Boolean(), note: Opt(Long) },
      { additionalProperties: false },
    ),
    onlyNecessaryData: Step,
    recordedInOwnFile: Step,
  },
  { additionalProperties: false, description: 'The steps of the Werkwijze informatie delen' },
);
export type SharingSteps = Static<typeof SharingStepsSchema>;

export const ProfessionalIntakeBody = Type.Object(
  {
    ...intakeFields,
    sharingSteps: fillIn(
      SharingStepsSchema,
      'Doorloop de stappen van de Werkwijze informatie delen.',
      'Go through the steps of the Werkwijze informatie delen.',
    ),
  },
  { additionalProperties: false },
);
export type ProfessionalIntakeBody = Static<typeof ProfessionalIntakeBody>;

export const StaffIntakeBody = Type.Object(
  {
    ...intakeFields,
    channel: fillIn(
      Type.Enum(STAFF_CHANNELS),
      'Kies hoe de melding binnenkwam.',
      'Choose how the report came in.',
    ),
    receivedOn: Opt(DateOnly),
    statusCodeForReporter: Type.Optional(
      Type.Boolean({ default: false, description: 'Give the reporter (e.g. on the phone) a status code' }),
    ),
  },
  { additionalProperties: false },
);
export type StaffIntakeBody = Static<typeof StaffIntakeBody>;

export const IntakeResponse = Type.Object({
  id: Uuid,
  reference: Type.String(),
  receivedAt: Timestamp,
  statusCode: Nullable(Type.String({ description: 'Shown once; never retrievable again' })),
  message: Label,
});
export type IntakeResult = Static<typeof IntakeResponse>;

export const PublicIntakeResponse = Type.Object({
  reference: Type.String(),
  statusCode: Type.String({ description: 'Shown once; never retrievable again' }),
  municipality: Type.String(),
  receivedAt: Timestamp,
  message: Label,
});
export type PublicIntakeResult = Static<typeof PublicIntakeResponse>;

export const PublicStatusBody = Type.Object(
  {
    reference: Type.String({ minLength: 1, maxLength: 40 }),
    statusCode: Type.String({ minLength: 1, maxLength: 80 }),
  },
  { additionalProperties: false },
);
export type PublicStatusBody = Static<typeof PublicStatusBody>;

export const PublicStatusResponse = Type.Object({
  reference: Type.String(),
  municipality: Type.String(),
  receivedOn: DateOnly,
  status: PublicStatusSchema,
  statusLabel: Label,
  feedback: Type.Array(Type.Object({ at: Timestamp, message: Type.String() })),
});
export type PublicStatusResult = Static<typeof PublicStatusResponse>;

// ---------------------------------------------------------------------------------------------------
// Signals as staff see them

const Deadline = Type.Object({ dueOn: DateOnly, metAt: NullableTimestamp, overdue: Type.Boolean() });
export const DeadlinesSchema = Type.Object({
  acknowledge: Deadline,
  triage: Deadline,
  moreInformation: Nullable(Deadline),
  overdue: Type.Boolean(),
});
export type Deadlines = Static<typeof DeadlinesSchema>;

export const CategoryRef = Type.Object({ id: Uuid, labelNl: Type.String(), labelEn: Type.String() });
export type CategoryRef = Static<typeof CategoryRef>;

export const WorklistItem = Type.Object({
  id: Uuid,
  reference: Type.String(),
  kind: SignalKindSchema,
  intake: Type.String(),
  channel: ChannelSchema,
  receivedAt: Timestamp,
  restricted: Type.Boolean({ description: 'AIVD ambtsbericht: only burgemeester and aandachtsfunctionaris' }),
  reporterKind: Type.Enum(REPORTER_KINDS),
  status: Nullable(StatusSchema),
  publicStatus: PublicStatusSchema,
  statusChangedAt: Timestamp,
  category: Nullable(CategoryRef),
  summary: Type.String(),
  subjectCount: Type.Integer(),
  attachmentCount: Type.Integer(),
  deadlines: Nullable(DeadlinesSchema),
  version: Type.Integer(),
});
export type WorklistItem = Static<typeof WorklistItem>;

export const WorklistQuery = Type.Object(
  {
    status: Type.Optional(Type.Array(StatusSchema, { maxItems: STATUSES.length })),
    categoryId: Type.Optional(Uuid),
    channel: Type.Optional(Type.Array(ChannelSchema, { maxItems: CHANNELS.length })),
    kind: Type.Optional(SignalKindSchema),
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
    overdue: Type.Optional(Type.Boolean()),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description:
          'Dutch full-text search, or a reference whole or in part (M-2026-00039, 2026-00039, 00039)',
      }),
    ),
    sort: Type.Optional(Type.Enum(WORKLIST_SORTS, { default: 'ontvangen_nieuw' })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type WorklistQuery = Static<typeof WorklistQuery>;

export const WorklistResponse = Type.Object({
  items: Type.Array(WorklistItem),
  nextCursor: Nullable(Type.String()),
  /** The signal whose whole reference was searched for (q), to open it straight away. */
  exactId: Nullable(Uuid),
});
export type WorklistPage = Static<typeof WorklistResponse>;

/** Content-free counts of the worklist for the home page: open signals, still received, past a deadline. */
export const SignalCounts = Type.Object({
  open: Type.Integer(),
  received: Type.Integer(),
  overdue: Type.Integer(),
});
export type SignalCounts = Static<typeof SignalCounts>;

const ObservationOut = Type.Object({
  id: Uuid,
  description: Type.String(),
  observedOn: Nullable(DateOnly),
  observedWhen: Nullable(Type.String()),
  place: Nullable(Type.Enum(PLACES)),
  placeDetail: Nullable(Type.String()),
  source: Type.Enum(SOURCES),
  sourceDetail: Nullable(Type.String()),
});

const PersonLink = Type.Object({
  personId: Uuid,
  personName: Type.String(),
  linkedByName: Nullable(Type.String()),
  linkedAt: NullableTimestamp,
});

const SubjectOut = Type.Object({
  id: Uuid,
  name: Nullable(Type.String()),
  age: Nullable(Type.Integer()),
  birthDate: Nullable(DateOnly),
  neighbourhood: Nullable(Type.String()),
  address: Nullable(Type.String()),
  schoolOrWork: Nullable(Type.String()),
  relation: Nullable(Type.Enum(RELATIONS)),
  relationDetail: Nullable(Type.String()),
  link: Nullable(PersonLink),
});

export const SignalDetail = Type.Object({
  id: Uuid,
  view: Type.Enum(['full', 'submitter'], {
    description: "'submitter': a partner's own submission, without the meldpunt's work on it",
  }),
  reference: Type.String(),
  kind: SignalKindSchema,
  intake: Type.String(),
  channel: ChannelSchema,
  receivedAt: Timestamp,
  restricted: Type.Boolean(),
  status: Nullable(StatusSchema),
  publicStatus: PublicStatusSchema,
  statusChangedAt: Timestamp,
  allowedTransitions: Type.Array(StatusSchema, { description: 'Steps this user may take now' }),
  mayWork: Type.Boolean(),
  category: Nullable(CategoryRef),
  deadlines: Nullable(DeadlinesSchema),
  decisionOutcome: Nullable(Type.Enum(DECISION_OUTCOMES)),
  closeReason: Nullable(Type.Enum(CLOSE_REASONS)),
  reporter: Type.Object({
    kind: Type.Enum(REPORTER_KINDS),
    name: Nullable(Type.String()),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    organisation: Nullable(Type.String()),
    role: Nullable(Type.String()),
    feedbackWanted: Type.Boolean(),
  }),
  submittedByOrganisation: Nullable(Type.String()),
  question: Nullable(Type.String()),
  observations: Type.Array(ObservationOut),
  assumptions: Type.Array(
    Type.Object({ id: Uuid, text: Type.String(), state: Type.Enum(ASSUMPTION_STATES) }),
  ),
  contraIndications: Nullable(Type.String()),
  persons: Type.Array(SubjectOut),
  sharingSteps: Nullable(SharingStepsSchema),
  annotations: Type.Array(
    Type.Object({
      id: Uuid,
      assumptionId: Nullable(Uuid),
      effect: Type.Enum(ANNOTATION_EFFECTS),
      text: Type.String(),
      createdAt: Timestamp,
      createdByName: Type.String(),
    }),
  ),
  feedback: Type.Array(Type.Object({ id: Uuid, message: Type.String(), createdAt: Timestamp })),
  attachments: Type.Array(
    Type.Object({
      id: Uuid,
      fileName: Type.String(),
      mediaType: Type.String(),
      sizeBytes: Type.Integer(),
      createdAt: Timestamp,
    }),
  ),
  history: Type.Array(
    Type.Object({
      at: Timestamp,
      actorName: Nullable(Type.String()),
      actorRole: Nullable(Type.String()),
      kind: Type.String(),
      fromStatus: Nullable(StatusSchema),
      toStatus: Nullable(StatusSchema),
      data: Type.Record(Type.String(), Type.Unknown()),
      note: Nullable(Type.String()),
    }),
  ),
  /** Whether the signal is left out of the figures of the analysis (a partner's own submission: all null). */
  statistics: ExclusionState,
  version: Type.Integer(),
});
export type SignalDetail = Static<typeof SignalDetail>;

export const VersionBody = { version: Type.Integer({ minimum: 1 }) };

export const TransitionBody = Type.Object(
  {
    ...VersionBody,
    to: StatusSchema,
    note: Opt(Type.String({ maxLength: LIMITS.note })),
    dueOn: Opt(DateOnly),
    outcome: Opt(Type.Enum(DECISION_OUTCOMES)),
    closeReason: Opt(Type.Enum(CLOSE_REASONS)),
  },
  { additionalProperties: false },
);
export type TransitionBody = Static<typeof TransitionBody>;

export const CategoryBody = Type.Object(
  { ...VersionBody, categoryId: Nullable(Uuid) },
  { additionalProperties: false },
);
export type CategoryBody = Static<typeof CategoryBody>;

export const AnnotationBody = Type.Object(
  {
    ...VersionBody,
    effect: Type.Enum(ANNOTATION_EFFECTS),
    assumptionId: Opt(Uuid),
    text: Type.String({ minLength: 1, maxLength: LIMITS.note }),
  },
  { additionalProperties: false },
);
export type AnnotationBody = Static<typeof AnnotationBody>;

export const FeedbackBody = Type.Object(
  { ...VersionBody, message: Type.String({ minLength: 1, maxLength: LIMITS.feedback }) },
  { additionalProperties: false },
);
export type FeedbackBody = Static<typeof FeedbackBody>;

export const AttachmentBody = Type.Object(
  {
    ...VersionBody,
    fileName: AttachmentUploadSchema.properties.fileName,
    contentBase64: AttachmentUploadSchema.properties.contentBase64,
  },
  { additionalProperties: false },
);
export type AttachmentBody = Static<typeof AttachmentBody>;

export const ChangeResponse = Type.Object({ id: Uuid, version: Type.Integer() });
export type SignalChange = Static<typeof ChangeResponse>;

export const LinkBody = Type.Object(
  {
    ...VersionBody,
    action: Type.Enum(['bevestigen', 'nieuwe_persoon', 'afwijzen', 'ontkoppelen'], {
      description:
        'bevestigen: link to personId; nieuwe_persoon: create a person from this mention; afwijzen: personId is not this person; ontkoppelen: undo the link',
    }),
    personId: Type.Optional(Uuid),
    note: Opt(Type.String({ maxLength: LIMITS.note })),
  },
  { additionalProperties: false },
);
export type LinkBody = Static<typeof LinkBody>;

export const LinkResponse = Type.Object({ id: Uuid, version: Type.Integer(), personId: Nullable(Uuid) });
export type LinkResult = Static<typeof LinkResponse>;

// ---------------------------------------------------------------------------------------------------
// Persons

export const PersonSchema = Type.Object({
  id: Uuid,
  displayName: Type.String(),
  birthDate: Nullable(DateOnly),
  neighbourhood: Nullable(Type.String()),
  address: Nullable(Type.String()),
  schoolOrWork: Nullable(Type.String()),
  createdAt: Timestamp,
  version: Type.Integer(),
});
export type Person = Static<typeof PersonSchema>;

export const CandidateSchema = Type.Object({
  ...PersonSchema.properties,
  matchedOn: Type.Array(Type.Enum(['naam', 'geboortedatum', 'adres', 'referentie']), {
    description:
      'Which details are similar (referentie: linked to the signal or case searched for by reference): a reason to look, not a judgement',
  }),
});
export type Candidate = Static<typeof CandidateSchema>;

export const SuggestionsResponse = Type.Object({
  subjects: Type.Array(
    Type.Object({ subjectId: Uuid, linkedPersonId: Nullable(Uuid), candidates: Type.Array(CandidateSchema) }),
  ),
});
export type Suggestions = Static<typeof SuggestionsResponse>;

export const PersonPageResponse = Type.Object({
  person: PersonSchema,
  timeline: Type.Array(
    Type.Object({
      signalId: Uuid,
      reference: Type.String(),
      kind: SignalKindSchema,
      channel: ChannelSchema,
      receivedAt: Timestamp,
      status: StatusSchema,
      category: Nullable(Type.Object({ labelNl: Type.String(), labelEn: Type.String() })),
      namedAs: Nullable(Type.String()),
      relation: Nullable(Type.Enum(RELATIONS)),
      linkedAt: NullableTimestamp,
      linkedByName: Nullable(Type.String()),
      question: Nullable(Type.String()),
      observations: Type.Array(
        Type.Object({
          description: Type.String(),
          observedOn: Nullable(DateOnly),
          observedWhen: Nullable(Type.String()),
          place: Nullable(Type.String()),
        }),
      ),
      assumptions: Type.Array(Type.Object({ text: Type.String(), state: Type.String() })),
    }),
  ),
  links: Type.Array(
    Type.Object({
      decision: Type.Enum(LINK_DECISIONS),
      at: Timestamp,
      byName: Type.String(),
      reference: Type.String(),
      signalId: Uuid,
      note: Nullable(Type.String()),
    }),
  ),
});
export type PersonPage = Static<typeof PersonPageResponse>;

export const PersonUpdateBody = Type.Object(
  {
    ...VersionBody,
    displayName: Type.String({ minLength: 1, maxLength: LIMITS.shortText }),
    birthDate: Opt(DateOnly),
    neighbourhood: Opt(Short),
    address: Opt(Type.String({ maxLength: LIMITS.address })),
    schoolOrWork: Opt(Short),
  },
  { additionalProperties: false },
);
export type PersonUpdateBody = Static<typeof PersonUpdateBody>;

// ---------------------------------------------------------------------------------------------------
// Categories and settings

export const CategorySchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  labelNl: Type.String(),
  labelEn: Type.String(),
  nctv: Type.Boolean(),
  active: Type.Boolean(),
  sort: Type.Integer(),
  version: Type.Integer(),
});
export type Category = Static<typeof CategorySchema>;

export const NewCategoryBody = Type.Object(
  {
    code: Type.String({ pattern: '^[a-z0-9_]{2,60}$' }),
    labelNl: Type.String({ minLength: 1, maxLength: 200 }),
    labelEn: Type.String({ minLength: 1, maxLength: 200 }),
    sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000, default: 100 })),
  },
  { additionalProperties: false },
);
export type NewCategoryBody = Static<typeof NewCategoryBody>;

export const UpdateCategoryBody = Type.Object(
  {
    ...VersionBody,
    labelNl: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    labelEn: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type UpdateCategoryBody = Static<typeof UpdateCategoryBody>;

export const SettingsSchema = Type.Object({
  acknowledgeWorkingDays: Type.Integer(),
  triageWorkingDays: Type.Integer(),
  notifyEmail: Nullable(Type.String()),
  publicIntake: Type.Boolean(),
  version: Type.Integer(),
});
export type MeldpuntSettings = Static<typeof SettingsSchema>;

export const SettingsBody = Type.Object(
  {
    ...VersionBody,
    acknowledgeWorkingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 30 })),
    triageWorkingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
    notifyEmail: Opt(Type.String({ format: 'email', maxLength: 320 })),
    publicIntake: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type SettingsBody = Static<typeof SettingsBody>;

export const Option = Type.Object({ value: Type.String(), label: Label });
export type Option = Static<typeof Option>;
export const FormOptions = Type.Object({
  acuteDanger: Label,
  kinds: Type.Array(Option),
  reporterKinds: Type.Array(Option),
  places: Type.Array(Option),
  sources: Type.Array(Option),
  relations: Type.Array(Option),
  channels: Type.Array(Option),
  statuses: Type.Array(Option),
  publicStatuses: Type.Array(Option),
  decisionOutcomes: Type.Array(Option),
  closeReasons: Type.Array(Option),
  annotationEffects: Type.Array(Option),
  assumptionStates: Type.Array(Option),
  transitions: Type.Record(Type.String(), Type.Array(Type.String())),
  limits: Type.Record(Type.String(), Type.Integer()),
  attachmentTypes: Type.Array(Type.Object({ mediaType: Type.String(), extension: Type.String() })),
});
export type FormOptions = Static<typeof FormOptions>;

export type Deadline = Deadlines['acknowledge'];
export type Observation = SignalDetail['observations'][number];
export type Subject = SignalDetail['persons'][number];
export type HistoryEntry = SignalDetail['history'][number];
export type PersonTimelineEntry = PersonPage['timeline'][number];
export type MatchedOn = Candidate['matchedOn'][number];

/** A municipality that takes reports through the public form. */
export const Municipality = Type.Object({ id: Uuid, name: Type.String() });
export type Municipality = Static<typeof Municipality>;

export type { WorklistSort } from '../domain/melding/types.js';
