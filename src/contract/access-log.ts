import { Type } from 'typebox';
import { Nullable, Timestamp, Uuid } from './primitives.js';

export const Entry = Type.Object({
  id: Type.Integer(),
  at: Timestamp,
  actorUserId: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  organisationName: Nullable(Type.String()),
  actorRole: Nullable(Type.String()),
  onBehalfOf: Nullable(Type.String()),
  action: Type.String(),
  objectType: Nullable(Type.String()),
  objectId: Nullable(Type.String()),
  personId: Nullable(Type.String()),
  purpose: Nullable(Type.String()),
  result: Type.String(),
  clientIp: Nullable(Type.String()),
});

export const Query = Type.Object(
  {
    actorUserId: Type.Optional(Uuid),
    action: Type.Optional(Type.String({ maxLength: 60 })),
    result: Type.Optional(Type.Union(['ok', 'denied', 'failed', 'error'].map((r) => Type.Literal(r)))),
    objectType: Type.Optional(Type.String({ maxLength: 60 })),
    objectId: Type.Optional(Type.String({ maxLength: 200 })),
    from: Type.Optional(Type.String({ format: 'date' })),
    to: Type.Optional(Type.String({ format: 'date' })),
    cursor: Type.Optional(Type.String({ maxLength: 100 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
