import { type Static, Type } from 'typebox';
import { NullableTimestamp, RoleSchema, Uuid } from './primitives.js';

/** Users, their memberships of an organisation and the organisations of a municipality (beheer). */

export const Membership = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  organisationKind: Type.String(),
  tenantId: Uuid,
  tenantName: Type.String(),
  role: RoleSchema,
  endedAt: NullableTimestamp,
});
export type Membership = Static<typeof Membership>;

export const User = Type.Object({
  id: Uuid,
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  username: Type.Union([Type.String(), Type.Null()]),
  externalId: Type.Union([Type.String(), Type.Null()]),
  hasPassword: Type.Boolean(),
  totpEnrolled: Type.Boolean(),
  failedAttempts: Type.Integer(),
  lockedUntil: NullableTimestamp,
  lockedOut: Type.Boolean(),
  disabledAt: NullableTimestamp,
  isDemo: Type.Boolean(),
  version: Type.Integer(),
  memberships: Type.Array(Membership),
});
export type User = Static<typeof User>;

export const Organisation = Type.Object({
  id: Uuid,
  kind: Type.String(),
  partnerType: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  tenantId: Uuid,
  regionId: Type.Union([Uuid, Type.Null()]),
});
export type Organisation = Static<typeof Organisation>;

const DisplayName = Type.String({ minLength: 1, maxLength: 200 });
const Email = Type.String({ format: 'email', maxLength: 320 });
const Username = Type.String({ pattern: '^[a-z0-9._@-]{3,100}$' });
const ExternalId = Type.String({ minLength: 1, maxLength: 300 });

export const CreateUser = Type.Object(
  {
    displayName: DisplayName,
    email: Type.Optional(Type.Union([Email, Type.Null()])),
    username: Type.Optional(Type.Union([Username, Type.Null()])),
    externalId: Type.Optional(Type.Union([ExternalId, Type.Null()])),
    organisationId: Uuid,
    role: RoleSchema,
  },
  { additionalProperties: false },
);
export type CreateUser = Static<typeof CreateUser>;

export const UpdateUser = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    displayName: Type.Optional(DisplayName),
    email: Type.Optional(Type.Union([Email, Type.Null()])),
    externalId: Type.Optional(Type.Union([ExternalId, Type.Null()])),
    disabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type UpdateUser = Static<typeof UpdateUser>;

export const ResetCredentialsResult = Type.Object({ temporaryPassword: Type.String() });
export type ResetCredentialsResult = Static<typeof ResetCredentialsResult>;
