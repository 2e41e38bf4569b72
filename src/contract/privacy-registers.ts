import { type Static, Type } from 'typebox';
import { Nullable, NullableTimestamp, Timestamp, Uuid } from './primitives.js';

export const EntrySchema = Type.Object({
  id: Type.Integer(),
  objectType: Type.String(),
  objectId: Uuid,
  description: Type.String(),
  recipient: Type.String(),
  legalBasis: Type.Object({ code: Type.String(), labelNl: Type.String(), labelEn: Type.String() }),
  disclosedByName: Type.String(),
  disclosedAt: Timestamp,
  casusId: Type.Union([Uuid, Type.Null()]),
  restricted: Type.Boolean(),
  /** The covenant and article the disclosure relied on, when one covered it (netwerk). */
  covenant: Type.Optional(
    Type.Union([Type.Object({ id: Uuid, title: Type.String(), article: Type.String() }), Type.Null()]),
  ),
});
export type RegisterEntry = Static<typeof EntrySchema>;

/** A page of the register of the municipality, newest first, read by cursor. */
export const RegisterPageQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export const RegisterPage = Type.Object({
  items: Type.Array(EntrySchema),
  nextCursor: Nullable(Type.String()),
});
export type RegisterPage = Static<typeof RegisterPage>;
export const SummarySchema = Type.Object({
  id: Uuid,
  casusId: Uuid,
  text: Type.String(),
  status: Type.Union([Type.Literal('concept'), Type.Literal('geexporteerd')]),
  createdAt: Timestamp,
  createdByName: Type.String(),
  exportedAt: NullableTimestamp,
  exportedByName: Type.Union([Type.String(), Type.Null()]),
  recipient: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
});
export type AnonymisedSummary = Static<typeof SummarySchema>;
export const Finding = Type.Object({ kind: Type.String(), text: Type.String() });
export type Finding = Static<typeof Finding>;
/** An anonymised summary with what the check against the case's identifiers still finds in it. */
export const SummaryWithFindings = Type.Object({ summary: SummarySchema, findings: Type.Array(Finding) });
export type SummaryWithFindings = Static<typeof SummaryWithFindings>;
