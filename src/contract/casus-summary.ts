import { type Static, Type } from 'typebox';
import { LegalBasisChoice, Timestamp, Uuid } from './primitives.js';

export const Options = Type.Object({
  recipients: Type.Array(
    Type.Object({
      organisationId: Uuid,
      name: Type.String(),
      partner: Type.Boolean({ description: 'A partner needs a legal basis: providing it is a disclosure' }),
    }),
  ),
  meetings: Type.Array(
    Type.Object({ id: Uuid, type: Type.String(), title: Type.String(), startsAt: Timestamp }),
  ),
  legalBases: Type.Array(LegalBasisChoice),
});
export type Options = Static<typeof Options>;

export const PdfQuery = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    legalBasisId: Type.Optional(Uuid),
    meetingId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type PdfQuery = Static<typeof PdfQuery>;
