import { type Static, Type } from 'typebox';
import { FREQUENCY_UNITS, MAX_FREQUENCY_DAYS } from '../domain/netwerk/contact-upkeep.js';
import { KEY_FIGURE_LIMITS, KEY_FIGURE_ROLES, KEY_FIGURE_STATUSES } from '../domain/netwerk/key-figure.js';
import { FORMS, LOG_NOTE_MAX } from '../domain/netwerk/partners.js';
import { SnoozeBody, UpkeepSchema } from './netwerk-partners.js';
import { DateOnly, fillIn, LastSaved, Nullable, Ref, Timestamp, Uuid, Version } from './primitives.js';

/**
 * Key figures (sleutelfiguren): the record (minimal data, the agreement, roles, status, review date, contact
 * owner), contact upkeep (src/domain/netwerk/contact-upkeep.ts, shared with the partner register), the
 * contact log and the peiling after a major event. No field refers to a person, signal or case.
 */

export const KeyFigureStatusSchema = Type.Enum(KEY_FIGURE_STATUSES);
export const KeyFigureRoleSchema = Type.Enum(KEY_FIGURE_ROLES);

const fields = {
  name: fillIn(
    Type.String({ minLength: 1, maxLength: KEY_FIGURE_LIMITS.name }),
    'Vul de naam van de sleutelfiguur in.',
    'Enter the name of the key figure.',
  ),
  community: fillIn(
    Type.String({ minLength: 1, maxLength: KEY_FIGURE_LIMITS.community }),
    'Vul in in welke gemeenschap of wijk de sleutelfiguur inzicht geeft.',
    'Enter the community or neighbourhood the key figure gives insight into.',
  ),
  reach: Type.String({ maxLength: KEY_FIGURE_LIMITS.reach }),
  roles: Type.Array(KeyFigureRoleSchema, { uniqueItems: true, maxItems: KEY_FIGURE_ROLES.length }),
  status: fillIn(KeyFigureStatusSchema, 'Kies de status.', 'Choose the status.'),
  agreementOn: fillIn(DateOnly, 'Vul de datum van de afspraak in.', 'Enter the date of the agreement.'),
  agreementEndedOn: Nullable(DateOnly),
  reviewOn: fillIn(DateOnly, 'Vul de herzieningsdatum in.', 'Enter the review date.'),
  contactOwnerId: fillIn(Uuid, 'Kies de contacteigenaar.', 'Choose the contact owner.'),
  frequencyEvery: fillIn(
    Type.Integer({ minimum: 1, maximum: MAX_FREQUENCY_DAYS }),
    'Vul in hoe vaak er contact is.',
    'Enter how often there is contact.',
  ),
  frequencyUnit: fillIn(Type.Enum(FREQUENCY_UNITS), 'Kies dagen of weken.', 'Choose days or weeks.'),
};

export const KeyFigureCreate = Type.Object(fields, { additionalProperties: false });
export type KeyFigureCreate = Static<typeof KeyFigureCreate>;
export const KeyFigureUpdate = Type.Object({ ...fields, version: Version }, { additionalProperties: false });
export type KeyFigureUpdate = Static<typeof KeyFigureUpdate>;

export const KeyFigureSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  community: Type.String(),
  reach: Type.String(),
  roles: Type.Array(KeyFigureRoleSchema),
  status: KeyFigureStatusSchema,
  agreementOn: DateOnly,
  agreementEndedOn: Nullable(DateOnly),
  reviewOn: DateOnly,
  /** The review date has passed (for an agreement that has not ended). */
  reviewDue: Type.Boolean(),
  contactOwner: Ref,
  frequency: Type.Object({ every: Type.Integer(), unit: Type.Enum(FREQUENCY_UNITS) }),
  lastContactOn: Nullable(DateOnly),
  /** Contact upkeep today; null when the key figure is not active (slapend, beëindigd). */
  upkeep: Nullable(UpkeepSchema),
  document: Nullable(
    Type.Object({ fileName: Type.String(), mediaType: Type.String(), uploadedAt: Timestamp }),
  ),
  ...LastSaved,
});
export type KeyFigure = Static<typeof KeyFigureSchema>;

export const KeyFigureListQuery = Type.Object(
  {
    status: Type.Optional(KeyFigureStatusSchema),
    /** Only those the signed-in user is the contact owner of. */
    mijn: Type.Optional(Type.Boolean()),
    /** Only active key figures whose contact is overdue (achterstallig). */
    achterstallig: Type.Optional(Type.Boolean()),
    zoek: Type.Optional(Type.String({ maxLength: 100 })),
    cursor: Type.Optional(Type.String({ maxLength: 400 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type KeyFigureListQuery = Static<typeof KeyFigureListQuery>;

export const KeyFigurePage = Type.Object({
  keyFigures: Type.Array(KeyFigureSchema),
  nextCursor: Nullable(Type.String()),
});
export type KeyFigurePage = Static<typeof KeyFigurePage>;

/** Those who may be named contact owner: users of the municipality in the key figures' roles. */
export const KeyFigureLookups = Type.Object({ contactOwners: Type.Array(Ref) });
export type KeyFigureLookups = Static<typeof KeyFigureLookups>;

export const KeyFigureContactCreate = Type.Object(
  {
    contactOn: fillIn(DateOnly, 'Vul de datum van het contact in.', 'Enter the date of the contact.'),
    form: fillIn(Type.Enum(FORMS), 'Kies de vorm van het contact.', 'Choose the form of contact.'),
    note: Type.String({ maxLength: LOG_NOTE_MAX }),
  },
  { additionalProperties: false },
);
export type KeyFigureContactCreate = Static<typeof KeyFigureContactCreate>;

export const KeyFigureContactSchema = Type.Object({
  id: Uuid,
  contactOn: DateOnly,
  form: Type.Enum(FORMS),
  byName: Type.String(),
  note: Type.String(),
});
export const KeyFigureContactLog = Type.Object({ contacts: Type.Array(KeyFigureContactSchema) });
export type KeyFigureContactLog = Static<typeof KeyFigureContactLog>;

export const KeyFigureSnooze = SnoozeBody;

export const KeyFigureDocumentUpload = Type.Object(
  {
    fileName: fillIn(Type.String({ minLength: 1, maxLength: 255 }), 'Kies een bestand.', 'Choose a file.'),
    contentBase64: fillIn(
      Type.String({ minLength: 1, maxLength: 14_000_000 }),
      'Kies een bestand.',
      'Choose a file.',
    ),
    version: Version,
  },
  { additionalProperties: false },
);
export type KeyFigureDocumentUpload = Static<typeof KeyFigureDocumentUpload>;

export const KeyFigureSaved = Type.Object({ id: Uuid, version: Type.Integer() });

export const SoundingCreate = Type.Object(
  {
    event: fillIn(
      Type.String({ minLength: 1, maxLength: KEY_FIGURE_LIMITS.soundingEvent }),
      'Beschrijf kort en in algemene woorden welke gebeurtenis de aanleiding is.',
      'Describe briefly and in general words which event is the reason.',
    ),
    dueOn: fillIn(DateOnly, 'Vul in wanneer de peiling gedaan moet zijn.', 'Enter when the peiling is due.'),
  },
  { additionalProperties: false },
);
export type SoundingCreate = Static<typeof SoundingCreate>;

export const SoundingSchema = Type.Object({
  id: Uuid,
  event: Type.String(),
  dueOn: DateOnly,
  createdAt: Timestamp,
  createdBy: Type.String(),
  /** One action per contact owner: whether it was done (never what was said). */
  owners: Type.Array(
    Type.Object({
      actionId: Uuid,
      owner: Nullable(Type.String()),
      keyFigureCount: Type.Integer(),
      status: Type.String(),
      completedAt: Nullable(Timestamp),
    }),
  ),
});
export type Sounding = Static<typeof SoundingSchema>;
export const SoundingList = Type.Object({ soundings: Type.Array(SoundingSchema) });
export type SoundingList = Static<typeof SoundingList>;
export const SoundingCreated = Type.Object({ id: Uuid, actions: Type.Integer(), keyFigures: Type.Integer() });
export type SoundingCreated = Static<typeof SoundingCreated>;
