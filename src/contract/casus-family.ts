import { type Static, Type } from 'typebox';
import { FAMILY_CONTACT_KINDS, FAMILY_LIMITS } from '../domain/casus/family.js';
import { DateOnly, fillIn, Nullable, NullableTimestamp, Ref, Uuid } from './primitives.js';

export const ContactParams = Type.Object({ id: Uuid, contactId: Uuid });
export type ContactParams = Static<typeof ContactParams>;

export const Fields = {
  contactOn: fillIn(DateOnly, 'Vul de datum van het contact in.', 'Enter the date of the contact.'),
  kind: fillIn(
    Type.Enum(FAMILY_CONTACT_KINDS, { description: 'praktisch, emotioneel or zorgvraag' }),
    'Kies de soort contact.',
    'Choose the kind of contact.',
  ),
  withWhom: fillIn(
    Type.String({ minLength: 1, maxLength: FAMILY_LIMITS.withWhom }),
    'Vul in met wie het contact was.',
    'Enter with whom the contact was.',
  ),
  networkPersonId: Type.Optional(Nullable(Uuid)),
  summary: fillIn(
    Type.String({ minLength: 1, maxLength: FAMILY_LIMITS.summary }),
    'Beschrijf kort waar het contact over ging.',
    'Describe briefly what the contact was about.',
  ),
  followUp: Type.Optional(Type.String({ maxLength: FAMILY_LIMITS.followUp })),
  followUpDueOn: Type.Optional(Nullable(DateOnly)),
  followUpDone: Type.Optional(Type.Boolean()),
};
export const CreateBody = Type.Object(Fields, { additionalProperties: false });
export type CreateBody = Static<typeof CreateBody>;
export const UpdateBody = Type.Object(
  { ...Fields, version: Type.Integer({ minimum: 1, description: 'The version last read' }) },
  { additionalProperties: false },
);
export type UpdateBody = Static<typeof UpdateBody>;

export const FamilyContact = Type.Object({
  id: Uuid,
  contactOn: DateOnly,
  kind: Type.Enum(FAMILY_CONTACT_KINDS),
  withWhom: Type.String(),
  networkPersonId: Nullable(Uuid),
  by: Type.Object({ organisation: Ref, user: Nullable(Ref) }),
  summary: Type.String(),
  followUp: Type.String(),
  followUpDueOn: Nullable(DateOnly),
  followUpDone: Type.Boolean(),
  followUpDoneAt: NullableTimestamp,
  followUpDoneBy: Nullable(Type.String()),
  overdue: Type.Boolean(),
  mayEdit: Type.Boolean(),
  version: Type.Integer(),
});
export type FamilyContact = Static<typeof FamilyContact>;
export const Family = Type.Object({ contacts: Type.Array(FamilyContact), mayAdd: Type.Boolean() });
export type Family = Static<typeof Family>;
export const Saved = Type.Object({ id: Uuid, version: Type.Integer() });
export type Saved = Static<typeof Saved>;
