import { type Static, Type } from 'typebox';
import { NullableTimestamp, Timestamp, Uuid } from './primitives.js';

export const Grant = Type.Object({
  id: Uuid,
  casusId: Uuid,
  casusReference: Type.Union([Type.String(), Type.Null()]),
  userName: Type.String(),
  organisationName: Type.String(),
  role: Type.String(),
  reason: Type.String(),
  /** wacht (four-eyes: awaits approval), actief, geweigerd, verlopen (no decision in time), afgelopen. */
  state: Type.Union([
    Type.Literal('wacht'),
    Type.Literal('actief'),
    Type.Literal('geweigerd'),
    Type.Literal('verlopen'),
    Type.Literal('afgelopen'),
  ]),
  requestedAt: Timestamp,
  pendingUntil: NullableTimestamp,
  grantedAt: NullableTimestamp,
  expiresAt: NullableTimestamp,
  endedAt: NullableTimestamp,
  active: Type.Boolean(),
  decision: Type.Union([
    Type.Object({
      approved: Type.Boolean(),
      reason: Type.String(),
      decidedAt: Timestamp,
      decidedByName: Type.String(),
    }),
    Type.Null(),
  ]),
  review: Type.Union([
    Type.Object({
      judgement: Type.String(),
      justified: Type.Boolean(),
      reviewedAt: Timestamp,
      reviewedByName: Type.String(),
    }),
    Type.Null(),
  ]),
  version: Type.Integer(),
});
export type Grant = Static<typeof Grant>;

export const RequestBody = Type.Object(
  {
    reference: Type.String({ minLength: 1, maxLength: 40 }),
    reason: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type RequestBody = Static<typeof RequestBody>;

export const ReviewBody = Type.Object(
  {
    judgement: Type.String({ maxLength: 4000 }),
    justified: Type.Boolean(),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type ReviewBody = Static<typeof ReviewBody>;

export const DecisionBody = Type.Object(
  {
    approve: Type.Boolean(),
    reason: Type.String({ maxLength: 2000 }),
    version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
  },
  { additionalProperties: false },
);
export type DecisionBody = Static<typeof DecisionBody>;

/** The user's own emergency access requests and the bounds that apply. */
export const MyRequests = Type.Object({
  requests: Type.Array(Grant),
  maxPer30Days: Type.Integer(),
  fourEyes: Type.Boolean(),
});
export type MyRequests = Static<typeof MyRequests>;
