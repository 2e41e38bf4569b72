import { type Static, Type } from 'typebox';
import { COMMUNICATION_LIMITS, SPOKESPERSONS } from '../domain/casus/communication.js';
import { IDENTIFIER_KINDS } from '../domain/casus/identifiers.js';
import { DateOnly, LastSaved, Nullable, Timestamp, Uuid } from './primitives.js';

export const Spokesline = Type.Object({
  spokesperson: Type.Enum(SPOKESPERSONS, { description: 'Who speaks: the OM or the gemeente' }),
  lines: Type.String(),
  agreedOn: DateOnly,
  ...LastSaved,
});
export type Spokesline = Static<typeof Spokesline>;
export const Briefing = Type.Object({
  id: Uuid,
  briefedOn: DateOnly,
  text: Type.String(),
  confirmedFindings: Type.Array(Type.String(), {
    description: 'The kinds of known identifiers the author was warned about and saved anyway',
  }),
  createdAt: Timestamp,
  createdBy: Nullable(Type.String()),
});
export type Briefing = Static<typeof Briefing>;
export const Communication = Type.Object({
  spokesline: Nullable(Spokesline),
  // The council briefings; null for who may not see them (partners).
  briefings: Nullable(Type.Array(Briefing)),
  mayEdit: Type.Boolean(),
});
export type Communication = Static<typeof Communication>;
export const Finding = Type.Object({
  kind: Type.Enum(IDENTIFIER_KINDS),
  value: Type.String({ description: 'The known identifier, as recorded in the case' }),
  text: Type.String({ description: 'The words as found in the text' }),
  start: Type.Integer(),
  end: Type.Integer(),
  label: Type.Object({ nl: Type.String(), en: Type.String() }),
});
export type Finding = Static<typeof Finding>;

export const SpokeslineBody = Type.Object(
  {
    version: Type.Integer({ minimum: 0, description: 'The version last read (0 for the first save)' }),
    spokesperson: Type.Enum(SPOKESPERSONS),
    lines: Type.String({ minLength: 1, maxLength: COMMUNICATION_LIMITS.lines }),
    agreedOn: DateOnly,
  },
  { additionalProperties: false },
);
export type SpokeslineBody = Static<typeof SpokeslineBody>;
export const CheckBody = Type.Object(
  { text: Type.String({ maxLength: COMMUNICATION_LIMITS.briefing }) },
  { additionalProperties: false },
);
export type CheckBody = Static<typeof CheckBody>;
export const BriefingBody = Type.Object(
  {
    briefedOn: DateOnly,
    text: Type.String({ minLength: 1, maxLength: COMMUNICATION_LIMITS.briefing }),
    confirmed: Type.Optional(
      Type.Boolean({
        description: 'Save although the text contains identifiers known in the case (after seeing them)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type BriefingBody = Static<typeof BriefingBody>;
