import { type Static, Type } from 'typebox';
import { NullableTimestamp, RoleSchema, Uuid } from './primitives.js';
import { Membership } from './users.js';

/** The signed-in user with the membership the session acts in. */
export const SessionUser = Type.Object({
  id: Uuid,
  displayName: Type.String(),
  role: RoleSchema,
  membershipId: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  organisationKind: Type.String(),
  tenantId: Uuid,
  authMethod: Type.String(),
  memberships: Type.Array(Membership),
});
export type SessionUser = Static<typeof SessionUser>;

export const SessionInfo = Type.Object({
  signedIn: Type.Boolean(),
  csrfToken: Type.String(),
  expiresAt: NullableTimestamp,
  user: Type.Union([SessionUser, Type.Null()]),
  methods: Type.Object({
    demo: Type.Boolean(),
    local: Type.Boolean(),
    oidc: Type.Union([Type.Object({ displayName: Type.String() }), Type.Null()]),
  }),
});
export type SessionInfo = Static<typeof SessionInfo>;

export const LocalSignInStep = Type.Union([
  Type.Object({ step: Type.Literal('totp') }),
  Type.Object({ step: Type.Literal('new-password') }),
  Type.Object({
    step: Type.Literal('enrol'),
    secret: Type.String({ description: 'Base32 secret for manual entry in an authenticator app' }),
    otpauthUri: Type.String(),
    qrSvgDataUri: Type.String({ description: 'The otpauth URI as a QR code (SVG data URI)' }),
  }),
]);
export type LocalSignInStep = Static<typeof LocalSignInStep>;

export const DemoUser = Type.Object({
  id: Uuid,
  displayName: Type.String(),
  role: RoleSchema,
  organisationName: Type.String(),
});
export type DemoUser = Static<typeof DemoUser>;
