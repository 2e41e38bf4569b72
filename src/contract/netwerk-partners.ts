import { type Static, Type } from 'typebox';
import { FREQUENCY_UNITS, UPKEEP_STATUSES } from '../domain/netwerk/contact-upkeep.js';
import { DOMAINS, FORMS, LOG_NOTE_MAX, NOTES_MAX, TASKS } from '../domain/netwerk/partners.js';
import { DateOnly, fillIn, Label, LastSaved, Nullable, Timestamp, Uuid, Version } from './primitives.js';

/**
 * Netwerken: the partner register (organisations with their profile and contact persons), contact upkeep
 * (frequency, last contact, snooze, the contact log) and the coverage view (organisations per district and
 * domain, never persons).
 */

export const DomainSchema = Type.Enum(DOMAINS);
export const TaskSchema = Type.Enum(TASKS);
export const FormSchema = Type.Enum(FORMS);
export const FrequencyUnitSchema = Type.Enum(FREQUENCY_UNITS);
export const UpkeepStatusSchema = Type.Enum(UPKEEP_STATUSES);

export const DistrictSchema = Type.Object({ id: Uuid, name: Type.String() });
export type NetworkDistrict = Static<typeof DistrictSchema>;

export const KindSchema = Type.Object({
  code: Type.String(),
  label: Label,
  internal: Type.Boolean(),
  /** One of the municipality's own kinds, not the built-in list. */
  own: Type.Boolean(),
});
export type NetworkKind = Static<typeof KindSchema>;

/** What the forms choose from: kinds, districts, and organisations that have no profile yet. */
export const LookupsSchema = Type.Object({
  kinds: Type.Array(KindSchema),
  districts: Type.Array(DistrictSchema),
  organisationsWithoutProfile: Type.Array(DistrictSchema),
});
export type NetworkLookups = Static<typeof LookupsSchema>;

export const DistrictCreate = Type.Object(
  {
    name: fillIn(
      Type.String({ minLength: 1, maxLength: 100 }),
      'Vul de naam van de wijk in.',
      'Enter the name of the district.',
    ),
  },
  { additionalProperties: false },
);
export const KindCreate = Type.Object(
  {
    nl: fillIn(
      Type.String({ minLength: 1, maxLength: 100 }),
      'Vul de Nederlandse naam in.',
      'Enter the Dutch name.',
    ),
    en: fillIn(
      Type.String({ minLength: 1, maxLength: 100 }),
      'Vul de Engelse naam in.',
      'Enter the English name.',
    ),
    internal: Type.Boolean(),
  },
  { additionalProperties: false },
);

/** The status of one contact's upkeep today (src/domain/netwerk/contact-upkeep.ts). */
export const UpkeepSchema = Type.Object({
  status: UpkeepStatusSchema,
  dueOn: DateOnly,
  daysOverdue: Type.Integer(),
  snoozedUntil: Nullable(DateOnly),
});

export const ContactSchema = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  name: Type.String(),
  role: Type.String(),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  frequency: Type.Object({ every: Type.Integer(), unit: FrequencyUnitSchema }),
  lastContactOn: Nullable(DateOnly),
  ownerName: Type.String(),
  upkeep: UpkeepSchema,
  ...LastSaved,
});
export type NetworkContact = Static<typeof ContactSchema>;

export const PartnerSummarySchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: Type.String(),
  internal: Type.Boolean(),
  domain: DomainSchema,
  citywide: Type.Boolean(),
  districtIds: Type.Array(Uuid),
  tasks: Type.Array(TaskSchema),
  contacts: Type.Integer(),
  /** The signed covenant in force today that has this partner as a party, or null (src/app/netwerk/covenants.ts). */
  covenant: Nullable(Type.Object({ id: Uuid, title: Type.String() })),
});
export type PartnerSummary = Static<typeof PartnerSummarySchema>;

export const PartnerSchema = Type.Object({
  ...PartnerSummarySchema.properties,
  notes: Type.String(),
  contactPersons: Type.Array(ContactSchema),
  ...LastSaved,
});
export type Partner = Static<typeof PartnerSchema>;

export const PartnerListQuery = Type.Object(
  {
    zoek: Type.Optional(Type.String({ maxLength: 200 })),
    soort: Type.Optional(Type.String({ maxLength: 40 })),
    domein: Type.Optional(Type.String({ maxLength: 40 })),
    wijk: Type.Optional(Uuid),
    taak: Type.Optional(Type.String({ maxLength: 40 })),
    kant: Type.Optional(Type.Union([Type.Literal('intern'), Type.Literal('extern')])),
    cursor: Type.Optional(Type.String({ maxLength: 400 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type PartnerListQuery = Static<typeof PartnerListQuery>;

export const PartnerPageSchema = Type.Object({
  partners: Type.Array(PartnerSummarySchema),
  nextCursor: Nullable(Type.String()),
});
export type PartnerPage = Static<typeof PartnerPageSchema>;

const partnerFields = {
  // Name, kind and domain are checked together by the use case, so one send names every missing field.
  name: Type.String({ maxLength: 200 }),
  // Checked against the built-in and the municipality's own kinds by the use case ("Kies de soort partner.").
  kind: Type.String({ maxLength: 40 }),
  internal: Type.Boolean(),
  domain: Type.String({ maxLength: 40 }),
  citywide: Type.Boolean(),
  districtIds: Type.Array(Uuid, { maxItems: 200 }),
  tasks: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 7 }),
  notes: Type.String({ maxLength: NOTES_MAX }),
};

export const PartnerCreate = Type.Object(
  {
    ...partnerFields,
    /** An organisation of the tenant that has no profile yet; left out, a new organisation is registered. */
    organisationId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type PartnerCreate = Static<typeof PartnerCreate>;

export const PartnerUpdate = Type.Object(
  { ...partnerFields, version: Version },
  { additionalProperties: false },
);
export type PartnerUpdate = Static<typeof PartnerUpdate>;

const contactFields = {
  // Checked by the use case with the other fields (src/domain/netwerk/partners.ts checkContactPerson).
  name: Type.String({ maxLength: 200 }),
  role: Type.String({ maxLength: 200 }),
  email: Type.String({ maxLength: 320 }),
  phone: Type.String({ maxLength: 30 }),
  frequencyEvery: fillIn(Type.Integer({ minimum: 1, maximum: 730 }), 'Vul in hoe vaak.', 'Enter how often.'),
  frequencyUnit: fillIn(FrequencyUnitSchema, 'Kies dagen of weken.', 'Choose days or weeks.'),
};

export const ContactCreate = Type.Object(contactFields, { additionalProperties: false });
export type ContactCreate = Static<typeof ContactCreate>;
export const ContactUpdate = Type.Object(
  { ...contactFields, version: Version },
  { additionalProperties: false },
);
export type ContactUpdate = Static<typeof ContactUpdate>;

export const LogCreate = Type.Object(
  {
    contactedOn: fillIn(DateOnly, 'Vul de datum van het contact in.', 'Enter the date of the contact.'),
    form: Type.String({ maxLength: 40 }),
    note: Type.String({ maxLength: LOG_NOTE_MAX }),
  },
  { additionalProperties: false },
);
export type LogCreate = Static<typeof LogCreate>;

export const LogEntrySchema = Type.Object({
  id: Uuid,
  contactedOn: DateOnly,
  form: FormSchema,
  byName: Type.String(),
  note: Type.String(),
  createdAt: Timestamp,
});
export type ContactLogEntry = Static<typeof LogEntrySchema>;

export const LogPageSchema = Type.Object({
  entries: Type.Array(LogEntrySchema),
  nextCursor: Nullable(Type.String()),
});
export type ContactLogPage = Static<typeof LogPageSchema>;

export const PageQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ maxLength: 400 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);

export const SnoozeBody = Type.Object(
  { until: fillIn(DateOnly, 'Kies tot wanneer.', 'Choose until when.') },
  { additionalProperties: false },
);

export const DueListQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Union([Type.Literal('aandacht'), Type.Literal('achterstallig'), Type.Literal('gesnoozed')]),
    ),
    /** Only the contacts the signed-in user keeps up. */
    mijn: Type.Optional(Type.Boolean()),
    cursor: Type.Optional(Type.String({ maxLength: 400 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type DueListQuery = Static<typeof DueListQuery>;

export const DuePageSchema = Type.Object({
  contacts: Type.Array(ContactSchema),
  nextCursor: Nullable(Type.String()),
});
export type DueContactPage = Static<typeof DuePageSchema>;

/** Organisations per district and domain; a zero is a gap. Never persons. */
export const CoverageSchema = Type.Object({
  domains: Type.Array(DomainSchema),
  rows: Type.Array(
    Type.Object({
      district: DistrictSchema,
      counts: Type.Array(Type.Integer()),
      gaps: Type.Integer(),
    }),
  ),
  /** Partners for the whole municipality (counted in every district). */
  citywide: Type.Integer(),
  partners: Type.Integer(),
});
export type NetworkCoverage = Static<typeof CoverageSchema>;
