import { type Static, Type } from 'typebox';
import { REACTION_USEFUL, SESSION_LIMITS, SESSION_STATUSES } from '../domain/deskundigheid/curriculum.js';
import { DateOnly, fillIn, LastSaved, Nullable, Ref, Uuid, Version } from './primitives.js';

/**
 * Deskundigheid, sessions: a session of a training with the organisations that joined, its participants
 * (named, or counted per organisation and target group), certificates, the CSV import of attendance lists
 * (preview, then commit in one go) and the anonymous reaction form by token.
 */

export const SessionStatusSchema = Type.Enum(SESSION_STATUSES);
export const ReactionUsefulSchema = Type.Enum(REACTION_USEFUL);
export const ReactionToken = Type.String({ pattern: '^[A-Za-z0-9_-]{32,64}$' });

/** What the session forms choose from: trainings, organisations of the municipality, target groups. */
export const SessionLookupsSchema = Type.Object({
  trainings: Type.Array(Type.Object({ id: Uuid, name: Type.String(), provider: Type.String() })),
  organisations: Type.Array(Ref),
  targetGroups: Type.Array(Ref),
});
export type SessionLookups = Static<typeof SessionLookupsSchema>;

export const SessionListQuery = Type.Object(
  {
    training: Type.Optional(Uuid),
    jaar: Type.Optional(Type.Integer({ minimum: 1800, maximum: 2199 })),
    organisatie: Type.Optional(Uuid),
    cursor: Type.Optional(Type.String({ maxLength: 400 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type SessionListQuery = Static<typeof SessionListQuery>;

export const SessionSummarySchema = Type.Object({
  id: Uuid,
  heldOn: DateOnly,
  status: SessionStatusSchema,
  training: Ref,
  location: Type.String(),
  organisations: Type.Array(Ref),
  /** Participants the reader may see: named and counted (a partner: its own organisation's only). */
  participants: Type.Integer(),
});
export type SessionSummary = Static<typeof SessionSummarySchema>;

export const SessionPageSchema = Type.Object({
  sessions: Type.Array(SessionSummarySchema),
  nextCursor: Nullable(Type.String()),
});
export type SessionPage = Static<typeof SessionPageSchema>;

const sessionFields = {
  trainingId: fillIn(Uuid, 'Kies de training.', 'Choose the training.'),
  heldOn: fillIn(DateOnly, 'Vul de datum van de sessie in.', 'Enter the date of the session.'),
  status: fillIn(SessionStatusSchema, 'Kies de status van de sessie.', 'Choose the status of the session.'),
  location: Type.String({ maxLength: SESSION_LIMITS.location }),
  notes: Type.String({ maxLength: SESSION_LIMITS.notes }),
  organisationIds: Type.Array(Uuid, { maxItems: 50 }),
};

export const SessionCreate = Type.Object(sessionFields, { additionalProperties: false });
export type SessionCreate = Static<typeof SessionCreate>;
export const SessionUpdate = Type.Object(
  { ...sessionFields, version: Version },
  { additionalProperties: false },
);
export type SessionUpdate = Static<typeof SessionUpdate>;

export const ParticipantSchema = Type.Object({
  personId: Uuid,
  name: Type.String(),
  email: Nullable(Type.String()),
  department: Type.String(),
  organisation: Ref,
  targetGroup: Ref,
  completed: Type.Boolean(),
  certificate: Nullable(Type.Object({ fileName: Type.String(), mediaType: Type.String() })),
});
export type Participant = Static<typeof ParticipantSchema>;

export const AttendanceCountSchema = Type.Object({
  organisation: Ref,
  targetGroup: Ref,
  participants: Type.Integer(),
});
export type AttendanceCount = Static<typeof AttendanceCountSchema>;

/** A count as the disclosure control publishes it: the number, or null with the reason it is not shown. */
export const ProtectedCount = Type.Object({
  value: Nullable(Type.Integer()),
  suppressed: Nullable(Type.Union([Type.Literal('primary'), Type.Literal('secondary')])),
});
export type ProtectedCount = Static<typeof ProtectedCount>;

export const ReactionSummarySchema = Type.Object({
  /** The token of the public form (the organisers only), or null when no form was opened. */
  token: Nullable(Type.String()),
  openUntil: Nullable(DateOnly),
  open: Type.Boolean(),
  k: Type.Integer(),
  total: ProtectedCount,
  useful: Type.Object({ ja: ProtectedCount, deels: ProtectedCount, nee: ProtectedCount }),
  /** What participants missed: only from k reactions on, else empty. */
  missing: Type.Array(Type.String()),
});
export type ReactionSummary = Static<typeof ReactionSummarySchema>;

export const SessionSchema = Type.Object({
  ...SessionSummarySchema.properties,
  notes: Type.String(),
  people: Type.Array(ParticipantSchema),
  counts: Type.Array(AttendanceCountSchema),
  /** The reaction form and its protected counts; null for a reader who does not organise. */
  reaction: Nullable(ReactionSummarySchema),
  ...LastSaved,
});
export type Session = Static<typeof SessionSchema>;

export const ParticipantAdd = Type.Object(
  {
    personId: fillIn(Uuid, 'Kies de deelnemer.', 'Choose the participant.'),
    completed: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type ParticipantAdd = Static<typeof ParticipantAdd>;

export const PersonParams = Type.Object({ id: Uuid, personId: Uuid });

export const CountSet = Type.Object(
  {
    organisationId: fillIn(Uuid, 'Kies de organisatie.', 'Choose the organisation.'),
    targetGroupId: fillIn(Uuid, 'Kies de doelgroep.', 'Choose the target group.'),
    participants: Type.Integer({ minimum: 0, maximum: 10_000, description: '0 removes the count' }),
  },
  { additionalProperties: false },
);
export type CountSet = Static<typeof CountSet>;

/** The largest certificate: 5 MB, in base64. */
export const CERTIFICATE_MAX_BYTES = 5 * 1024 * 1024;
export const CertificateUpload = Type.Object(
  {
    fileName: fillIn(
      Type.String({ minLength: 1, maxLength: 255 }),
      'Kies het certificaat.',
      'Choose the certificate.',
    ),
    contentBase64: fillIn(
      Type.String({ minLength: 1, maxLength: 7_000_000 }),
      'Kies het certificaat.',
      'Choose the certificate.',
    ),
  },
  { additionalProperties: false },
);
export type CertificateUpload = Static<typeof CertificateUpload>;

export const ReactionOpen = Type.Object(
  { openUntil: fillIn(DateOnly, 'Vul de sluitingsdatum in.', 'Enter the closing date.') },
  { additionalProperties: false },
);

/** An attendance list: a CSV file in base64, so its bytes (and their encoding) arrive unchanged. */
export const ImportUpload = Type.Object(
  {
    fileName: fillIn(Type.String({ minLength: 1, maxLength: 255 }), 'Kies het bestand.', 'Choose the file.'),
    contentBase64: fillIn(
      Type.String({ minLength: 1, maxLength: 1_400_000 }),
      'Kies het bestand.',
      'Choose the file.',
    ),
  },
  { additionalProperties: false },
);
export type ImportUpload = Static<typeof ImportUpload>;

export const ImportCommit = Type.Object(
  {
    ...ImportUpload.properties,
    /** The file's SHA-256 as the preview gave it: the commit records exactly what was previewed. */
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  },
  { additionalProperties: false },
);
export type ImportCommit = Static<typeof ImportCommit>;

export const ImportIssueSchema = Type.Object({
  row: Type.Integer(),
  field: Type.String(),
  column: Type.String(),
  nl: Type.String(),
  en: Type.String(),
});

export const ImportPreviewSchema = Type.Object({
  sha256: Type.String(),
  rows: Type.Integer(),
  issues: Type.Array(ImportIssueSchema),
  sessions: Type.Array(
    Type.Object({
      heldOn: DateOnly,
      training: Ref,
      /** The session this would add to (same date and training), or null for a new one. */
      existingId: Nullable(Uuid),
      organisations: Type.Array(Ref),
      people: Type.Array(
        Type.Object({
          row: Type.Integer(),
          name: Type.String(),
          email: Nullable(Type.String()),
          organisation: Type.String(),
          completed: Type.Boolean(),
          /** Matched in the register by e-mail (its id), or null: created. */
          personId: Nullable(Uuid),
          /** Already recorded in this session: nothing changes. */
          already: Type.Boolean(),
        }),
      ),
      counts: Type.Array(AttendanceCountSchema),
    }),
  ),
  totals: Type.Object({
    newSessions: Type.Integer(),
    newPeople: Type.Integer(),
    matchedPeople: Type.Integer(),
    attendances: Type.Integer(),
    counted: Type.Integer(),
  }),
});
export type ImportPreview = Static<typeof ImportPreviewSchema>;

export const ImportResultSchema = Type.Object({
  sessionIds: Type.Array(Uuid),
  createdSessions: Type.Integer(),
  createdPeople: Type.Integer(),
  attendances: Type.Integer(),
});
export type ImportResult = Static<typeof ImportResultSchema>;

export const ReactionParams = Type.Object({ token: ReactionToken });

export const PublicReactionSchema = Type.Object({
  training: Type.String(),
  heldOn: DateOnly,
  open: Type.Boolean(),
});
export type PublicReaction = Static<typeof PublicReactionSchema>;

export const ReactionBody = Type.Object(
  {
    useful: fillIn(
      ReactionUsefulSchema,
      'Kies of de sessie nuttig was.',
      'Choose whether the session was useful.',
    ),
    missing: Type.String({ maxLength: SESSION_LIMITS.reactionMissing }),
  },
  { additionalProperties: false },
);
export type ReactionBody = Static<typeof ReactionBody>;
