import { type Static, Type } from 'typebox';
import { REQUEST_KINDS } from '../domain/privacy/subject-requests.js';
import { Nullable, NullableTimestamp, Timestamp, Uuid } from './primitives.js';

export const Kind = Type.Enum(REQUEST_KINDS);

export const RequestSchema = Type.Object({
  id: Uuid,
  personId: Nullable(Uuid),
  personName: Nullable(Type.String()),
  kind: Kind,
  receivedOn: Type.String({ format: 'date' }),
  reason: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('afgehandeld'), Type.Literal('geweigerd')]),
  outcome: Nullable(Type.String()),
  createdAt: Timestamp,
  createdByName: Type.String(),
  decidedAt: NullableTimestamp,
  decidedByName: Nullable(Type.String()),
  version: Type.Integer(),
});
export type SubjectRequest = Static<typeof RequestSchema>;

export const RequestListQuery = Type.Object(
  {
    status: Type.Optional(RequestSchema.properties.status),
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type RequestListQuery = Static<typeof RequestListQuery>;

export const RequestPage = Type.Object({
  items: Type.Array(RequestSchema),
  nextCursor: Nullable(Type.String()),
  /** How many requests are still open, whatever the page shows. */
  openCount: Type.Integer(),
});
export type RequestPage = Static<typeof RequestPage>;

export const RestrictionSchema = Type.Object({
  id: Uuid,
  scope: Type.String(),
  reason: Type.String(),
  createdAt: Timestamp,
  createdByName: Type.String(),
  liftedAt: NullableTimestamp,
  liftedByName: Nullable(Type.String()),
  liftReason: Nullable(Type.String()),
});
export type Restriction = Static<typeof RestrictionSchema>;

export const PersonSchema = Type.Object({
  id: Uuid,
  displayName: Type.String(),
  birthDate: Nullable(Type.String()),
  neighbourhood: Nullable(Type.String()),
  address: Nullable(Type.String()),
  schoolOrWork: Nullable(Type.String()),
  /** Known only from a restricted source (an AIVD ambtsbericht). */
  restrictedSource: Type.Boolean(),
  version: Type.Integer(),
});
export type SubjectPerson = Static<typeof PersonSchema>;
export const RequestParams = Type.Object({ id: Uuid });
export type RequestParams = Static<typeof RequestParams>;

/** A data-subject request with its person, restrictions, rectifications and whether erasure is allowed. */
export const SubjectRequestDetail = Type.Object({
  request: RequestSchema,
  person: Type.Union([PersonSchema, Type.Null()]),
  restrictions: Type.Array(RestrictionSchema),
  rectifications: Type.Array(
    Type.Object({
      field: Type.String(),
      reason: Type.String(),
      at: Timestamp,
      byName: Type.String(),
    }),
  ),
  erasure: Type.Union([
    Type.Object({
      allowed: Type.Boolean(),
      nl: Type.Optional(Type.String()),
      en: Type.Optional(Type.String()),
    }),
    Type.Null(),
  ]),
});
export type SubjectRequestDetail = Static<typeof SubjectRequestDetail>;

/** A person found for a request. */
export const PersonHit = Type.Object({
  id: Uuid,
  displayName: Type.String(),
  birthDate: Nullable(Type.String()),
});
export type PersonHit = Static<typeof PersonHit>;
