import { type Static, Type } from 'typebox';
import {
  COVENANT_LIMITS,
  COVENANT_MEETING_KINDS,
  COVENANT_STATUSES,
  DATA_CATEGORIES,
  ENFORCEMENT_MODES,
  NETWORK_TASKS,
} from '../domain/netwerk/covenant.js';
import { DateOnly, fillIn, Label, Nullable, Ref, Timestamp, Uuid } from './primitives.js';

/** Covenants (convenanten) on information sharing: the netwerk area's API. */

export const CovenantParams = Type.Object({ id: Uuid });
export type CovenantParams = Static<typeof CovenantParams>;
export const VersionParams = Type.Object({ id: Uuid, versionId: Uuid });
export type VersionParams = Static<typeof VersionParams>;

export const CovenantListQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    partij: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type CovenantListQuery = Static<typeof CovenantListQuery>;

export const SignatoryInput = Type.Object(
  {
    name: Type.String({ maxLength: COVENANT_LIMITS.signatoryName }),
    function: Type.String({ maxLength: COVENANT_LIMITS.signatoryFunction }),
    organisationId: fillIn(Uuid, 'Kies de partij namens wie is getekend.', 'Choose the party signed for.'),
  },
  { additionalProperties: false },
);

export const CovenantFields = {
  title: Type.String({ maxLength: COVENANT_LIMITS.title }),
  purpose: Type.String({ maxLength: COVENANT_LIMITS.purpose }),
  article: Type.String({ maxLength: COVENANT_LIMITS.article }),
  partyIds: Type.Array(Uuid, { maxItems: COVENANT_LIMITS.parties }),
  legalBasisIds: Type.Array(Uuid, { maxItems: 50 }),
  dataCategories: Type.Array(Type.Enum(DATA_CATEGORIES), { maxItems: DATA_CATEGORIES.length }),
  meetingKinds: Type.Array(Type.Enum(COVENANT_MEETING_KINDS), { maxItems: COVENANT_MEETING_KINDS.length }),
  tasks: Type.Array(Type.Enum(NETWORK_TASKS), { maxItems: NETWORK_TASKS.length }),
  startsOn: fillIn(DateOnly, 'Vul de ingangsdatum in.', 'Enter the start date.'),
  endsOn: Nullable(DateOnly),
  evaluationOn: Nullable(DateOnly),
  signatories: Type.Array(SignatoryInput, { maxItems: COVENANT_LIMITS.signatories }),
};
export const CreateCovenantBody = Type.Object(CovenantFields, { additionalProperties: false });
export type CreateCovenantBody = Static<typeof CreateCovenantBody>;
export const UpdateCovenantBody = Type.Object(
  { ...CovenantFields, version: Type.Integer({ minimum: 1, description: 'The version last read' }) },
  { additionalProperties: false },
);
export type UpdateCovenantBody = Static<typeof UpdateCovenantBody>;

export const AddVersionBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The covenant version last read' }),
    signedOn: fillIn(DateOnly, 'Vul de datum van ondertekening in.', 'Enter the date of signing.'),
    note: Type.Optional(Type.String({ maxLength: COVENANT_LIMITS.versionNote })),
    fileName: fillIn(
      Type.String({ minLength: 1, maxLength: 255 }),
      'Kies het ondertekende document.',
      'Choose the signed document.',
    ),
    contentBase64: fillIn(
      Type.String({ minLength: 1, maxLength: 13_981_016 }),
      'Kies het ondertekende document.',
      'Choose the signed document.',
    ),
  },
  { additionalProperties: false },
);
export type AddVersionBody = Static<typeof AddVersionBody>;

export const CovenantWarning = Type.Object({
  kind: Type.Union([
    Type.Literal('verloopt'),
    Type.Literal('verlopen'),
    Type.Literal('evaluatie'),
    Type.Literal('evaluatie_verstreken'),
  ]),
  on: DateOnly,
});
export type CovenantWarning = Static<typeof CovenantWarning>;

export const CovenantSummary = Type.Object({
  id: Uuid,
  title: Type.String(),
  status: Type.Enum(COVENANT_STATUSES),
  parties: Type.Array(Ref),
  meetingKinds: Type.Array(Type.Enum(COVENANT_MEETING_KINDS)),
  startsOn: DateOnly,
  endsOn: Nullable(DateOnly),
  evaluationOn: Nullable(DateOnly),
  warnings: Type.Array(CovenantWarning),
});
export type CovenantSummary = Static<typeof CovenantSummary>;

export const CovenantPage = Type.Object({
  covenants: Type.Array(CovenantSummary),
  nextCursor: Nullable(Type.String()),
  mayManage: Type.Boolean(),
});
export type CovenantPage = Static<typeof CovenantPage>;

export const CovenantVersion = Type.Object({
  id: Uuid,
  number: Type.Integer(),
  signedOn: DateOnly,
  note: Type.String(),
  fileName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  createdAt: Timestamp,
  createdByName: Type.String(),
});
export type CovenantVersion = Static<typeof CovenantVersion>;

export const CovenantDetail = Type.Object({
  id: Uuid,
  title: Type.String(),
  purpose: Type.String(),
  article: Type.String(),
  status: Type.Enum(COVENANT_STATUSES),
  parties: Type.Array(Ref),
  legalBases: Type.Array(Type.Object({ id: Uuid, code: Type.String(), label: Label })),
  dataCategories: Type.Array(Type.Enum(DATA_CATEGORIES)),
  meetingKinds: Type.Array(Type.Enum(COVENANT_MEETING_KINDS)),
  tasks: Type.Array(Type.Enum(NETWORK_TASKS)),
  startsOn: DateOnly,
  endsOn: Nullable(DateOnly),
  evaluationOn: Nullable(DateOnly),
  signatories: Type.Array(
    Type.Object({ id: Uuid, name: Type.String(), function: Type.String(), organisation: Ref }),
  ),
  versions: Type.Array(CovenantVersion),
  warnings: Type.Array(CovenantWarning),
  updatedAt: Timestamp,
  updatedByName: Type.String(),
  version: Type.Integer(),
  mayManage: Type.Boolean(),
});
export type CovenantDetail = Static<typeof CovenantDetail>;

export const CovenantSaved = Type.Object({ id: Uuid, version: Type.Integer() });
export type CovenantSaved = Static<typeof CovenantSaved>;

/** The covenants that need the officer's attention: ending, ended, or due for evaluation. */
export const CovenantAttention = Type.Object({
  covenants: Type.Array(
    Type.Object({ id: Uuid, title: Type.String(), warnings: Type.Array(CovenantWarning) }),
  ),
});
export type CovenantAttention = Static<typeof CovenantAttention>;

export const CovenantSettingsBody = Type.Object(
  {
    enforcement: fillIn(
      Type.Enum(ENFORCEMENT_MODES, { description: 'waarschuwen (warn) or weigeren (refuse)' }),
      'Kies wat er gebeurt zonder convenant.',
      'Choose what happens without a covenant.',
    ),
    warnDays: Type.Integer({ minimum: COVENANT_LIMITS.warnDaysMin, maximum: COVENANT_LIMITS.warnDaysMax }),
    version: Type.Integer({ minimum: 0, description: 'The version last read (0: never saved)' }),
  },
  { additionalProperties: false },
);
export type CovenantSettingsBody = Static<typeof CovenantSettingsBody>;
export const CovenantSettings = Type.Object({
  enforcement: Type.Enum(ENFORCEMENT_MODES),
  warnDays: Type.Integer(),
  version: Type.Integer(),
});
export type CovenantSettings = Static<typeof CovenantSettings>;

/** Whether a valid covenant covers sharing with an organisation (for the partner register and the forms). */
export const CoverageQuery = Type.Object(
  {
    organisatie: Uuid,
    datum: Type.Optional(DateOnly),
    overleg: Type.Optional(Type.Enum(COVENANT_MEETING_KINDS)),
    taak: Type.Optional(Type.Enum(NETWORK_TASKS)),
  },
  { additionalProperties: false },
);
export type CoverageQuery = Static<typeof CoverageQuery>;
export const Coverage = Type.Object({
  covered: Type.Boolean(),
  covenant: Nullable(Type.Object({ id: Uuid, title: Type.String(), article: Type.String() })),
  enforcement: Type.Enum(ENFORCEMENT_MODES),
  message: Nullable(Label),
});
export type Coverage = Static<typeof Coverage>;

/**
 * Added to the answers where sharing happens (an invitation to an agenda item, a partner joining a case):
 * the warning when no valid covenant covers the organisation and the municipality warns rather than refuses.
 */
export const SharingWarningFields = { covenantWarning: Type.Optional(Nullable(Label)) };
export const InvitationSaved = Type.Object({ id: Uuid, version: Type.Integer(), ...SharingWarningFields });
export type InvitationSaved = Static<typeof InvitationSaved>;
export const ParticipantAdded = Type.Object({ id: Uuid, ...SharingWarningFields });
export type ParticipantAdded = Static<typeof ParticipantAdded>;
