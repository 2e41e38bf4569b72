import { type Static, Type } from 'typebox';
import { CASE_LIMITS } from '../domain/casus/types.js';
import { LegalBasisChoice, Ref, Timestamp, Uuid } from './primitives.js';

export const Options = Type.Object({
  municipalities: Type.Array(Type.Object({ id: Uuid, name: Type.String(), officers: Type.Array(Ref) })),
  legalBases: Type.Array(LegalBasisChoice),
});
export type Options = Static<typeof Options>;
export const HandoverBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version of the case last read' }),
    toMunicipalityId: Uuid,
    toOfficerUserId: Uuid,
    legalBasisId: Uuid,
    reason: Type.String({ minLength: 1, maxLength: CASE_LIMITS.reason }),
  },
  { additionalProperties: false },
);
export type HandoverBody = Static<typeof HandoverBody>;
export const Handover = Type.Object({
  id: Uuid,
  reference: Type.String({ description: 'The reference the case had in this municipality' }),
  to: Type.String(),
  handedAt: Timestamp,
  by: Type.Union([Type.String(), Type.Null()]),
  closureReason: Type.Literal('overgedragen'),
});
export type Handover = Static<typeof Handover>;

export const HandoverPageQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export const HandoverPage = Type.Object({
  items: Type.Array(Handover),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type HandoverPage = Static<typeof HandoverPage>;
