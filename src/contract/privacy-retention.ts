import { type Static, Type } from 'typebox';
import { RETENTION_KINDS } from '../domain/privacy/retention.js';
import { NullableTimestamp, Timestamp, Uuid } from './primitives.js';

export const Kind = Type.Enum(RETENTION_KINDS);
export const Counts = Type.Record(Type.String(), Type.Integer());
export type Counts = Static<typeof Counts>;
export const NullableString = Type.Union([Type.String(), Type.Null()]);

export const Rule = Type.Object({
  kind: Kind,
  termMonths: Type.Integer(),
  defaultMonths: Type.Integer(),
  countedFrom: Type.String(),
  source: Type.String(),
  note: NullableString,
  isDefault: Type.Boolean(),
  version: Type.Integer(),
});
export type RetentionRule = Static<typeof Rule>;

export const RuleBody = Type.Object(
  {
    termMonths: Type.Integer(),
    note: Type.Union([Type.String({ maxLength: 2000 }), Type.Null()]),
    version: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type RuleBody = Static<typeof RuleBody>;

export const Planned = Type.Object({
  kind: Kind,
  id: Uuid,
  label: Type.String(),
  lastProcessedAt: Timestamp,
  expiresAt: Timestamp,
  holdEndsOn: NullableString,
  restricted: Type.Boolean(),
  rule: Type.String({
    description: 'The rule it runs out under, as in the tombstone: bewaartermijn:<kind>:<months>m',
  }),
});
export type PlannedDeletion = Static<typeof Planned>;

export const HoldType = Type.Union([Type.Literal('signal'), Type.Literal('casus'), Type.Literal('meeting')]);
export type HoldObjectType = Static<typeof HoldType>;
export const Hold = Type.Object({
  id: Uuid,
  objectType: HoldType,
  objectId: Uuid,
  label: NullableString,
  reason: Type.String(),
  endsOn: Type.String(),
  createdAt: Timestamp,
  createdByName: Type.String(),
  liftedAt: NullableTimestamp,
  version: Type.Integer(),
});
export type LegalHold = Static<typeof Hold>;

export const Settings = Type.Object({
  breakGlassHours: Type.Integer(),
  breakGlassMaxPer30Days: Type.Integer(),
  breakGlassFourEyes: Type.Boolean(),
  breakGlassPendingMinutes: Type.Integer(),
  unusualWindowMinutes: Type.Integer(),
  unusualThreshold: Type.Integer(),
  unusualBreakGlassThreshold: Type.Integer(),
  /** The phenomenon analysis: the threshold k of the disclosure control (5 to 100, 10 unless set). */
  analysisK: Type.Integer(),
  version: Type.Integer(),
});
export type PrivacySettings = Static<typeof Settings>;

/** The retention runs and the content-free tombstones of what they deleted. */
export const RetentionHistory = Type.Object({
  runs: Type.Array(
    Type.Object({
      id: Uuid,
      startedAt: Timestamp,
      startedByName: NullableString,
      deleted: Counts,
      held: Counts,
    }),
  ),
  tombstones: Type.Array(
    Type.Object({
      id: Type.Integer(),
      at: Timestamp,
      objectType: NullableString,
      objectId: NullableString,
      rule: NullableString,
    }),
  ),
});
export type RetentionHistory = Static<typeof RetentionHistory>;

/** The privacy officer's dashboard: counts and findings, no content. */
export const Dashboard = Type.Object({
  openReviews: Type.Integer(),
  activeHolds: Type.Integer(),
  expiring: Type.Object(
    {
      days: Type.Integer(),
      byKind: Counts,
      kept: Type.Integer({ description: 'Kept by a legal hold or a restriction of processing' }),
    },
    {
      description: 'What runs out within `days` days (the dry run looking ahead), counted by kind',
    },
  ),
  lastRun: Type.Union([Type.Object({ startedAt: Timestamp, deleted: Counts, held: Counts }), Type.Null()]),
  unusualAccess: Type.Object({
    lookbackDays: Type.Integer(),
    windowMinutes: Type.Integer(),
    threshold: Type.Integer(),
    findings: Type.Array(
      Type.Object({
        userId: Uuid,
        userName: Type.String(),
        windowStart: Timestamp,
        windowEnd: Timestamp,
        distinctRecords: Type.Integer(),
      }),
    ),
  }),
  unusualBreakGlass: Type.Object({
    windowDays: Type.Integer(),
    threshold: Type.Integer(),
    findings: Type.Array(
      Type.Object({
        userId: Uuid,
        userName: Type.String(),
        requests: Type.Integer(),
        lastAt: Timestamp,
      }),
    ),
  }),
});
export type Dashboard = Static<typeof Dashboard>;
