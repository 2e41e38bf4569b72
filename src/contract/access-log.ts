import { type Static, Type } from 'typebox';
import type { AnchorSource, ChainProblem } from '../domain/audit/chain.js';
import { Nullable, Timestamp, Uuid } from './primitives.js';

/** The access log as the privacy officer and the functioneel beheerder read it. */

export const AccessLogEntry = Type.Object({
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
export type AccessLogEntry = Static<typeof AccessLogEntry>;

export const AccessLogQuery = Type.Object(
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
export type AccessLogQuery = Static<typeof AccessLogQuery>;

export const AccessLogPage = Type.Object({
  entries: Type.Array(AccessLogEntry),
  nextCursor: Nullable(Type.String()),
});
export type AccessLogPage = Static<typeof AccessLogPage>;

/** The check of the access log's hash chain. */
export const VerifyResult = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  headSeq: Type.Integer(),
  headHash: Type.String(),
  unkeyedSeals: Type.Integer(),
  anchoredSeq: Type.Union([Type.Integer(), Type.Null()]),
  problem: Type.Union([Type.Object({ kind: Type.String() }, { additionalProperties: true }), Type.Null()]),
});
/** What the check found first (src/app/audit/verify-access-log.ts answers with these). */
export type VerifyProblem =
  | ChainProblem
  | { readonly kind: 'entry-not-sealed'; readonly entryId: number }
  /** The chain ends before a head recorded outside the database: its tail was removed. */
  | {
      readonly kind: 'truncated';
      readonly seq: number;
      readonly headSeq: number;
      readonly anchoredSeq: number;
      readonly source: AnchorSource;
    }
  /** A line of the checkpoint file that is not a checkpoint signed with this key. */
  | { readonly kind: 'checkpoint-invalid'; readonly line: number; readonly reason: string };

/** The schema lets any problem through (it has more properties per kind); the type names them. */
export type VerifyResult = Omit<Static<typeof VerifyResult>, 'problem'> & { problem: VerifyProblem | null };
