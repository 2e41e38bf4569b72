import { Type } from 'typebox';
import { ROLES } from '../domain/access/roles.js';

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    message: Type.Object({ nl: Type.String(), en: Type.String() }),
    errors: Type.Array(Type.Object({ field: Type.String(), nl: Type.String(), en: Type.String() })),
    requestId: Type.String(),
  },
  { additionalProperties: true, description: 'application/problem+json' },
);

export const Uuid = Type.String({ format: 'uuid' });
export const RoleSchema = Type.Enum(ROLES);
export const Timestamp = Type.String({ format: 'date-time' });
export const NullableTimestamp = Type.Union([Timestamp, Type.Null()]);

/** Standard error responses, added to every route's schema. */
export const errorResponses = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
  413: Problem,
  429: Problem,
  500: Problem,
};

export const IdParams = Type.Object({ id: Uuid });

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
