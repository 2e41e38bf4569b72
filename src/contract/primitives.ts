import { type Static, type TSchema, Type } from 'typebox';
import { ROLES } from '../domain/access/roles.js';

/**
 * The building blocks every area of the API contract shares. The schemas in src/contract/ are what the
 * server validates and publishes as /api/openapi.json; the web app imports their types only.
 */

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
export const DateOnly = Type.String({ format: 'date' });

/** The annotation that says what to do when a required field is missing or empty (src/server/validation-messages.ts). */
export const FILL_IN = 'x-fill-in';

/**
 * A required field with its own words for "missing": what the user must do ("Kies de soort overleg", "Vul de
 * datum van het overleg in"), said once beside the schema. The server answers a missing or empty value with it
 * instead of the generic "Vul dit veld in."; OpenAPI publishes it as an `x-` extension. A union (a value or
 * null) carries it on each member too, as Ajv reports an empty text on the member.
 */
export function fillIn<T extends TSchema>(schema: T, nl: string, en: string): T {
  const words = { nl, en };
  const annotate = (s: TSchema): TSchema => {
    const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(s)) as Record<string, unknown>;
    copy[FILL_IN] = words;
    if (Array.isArray(copy.anyOf)) copy.anyOf = (copy.anyOf as TSchema[]).map(annotate);
    return copy as TSchema;
  };
  return annotate(schema) as T;
}

/** A value or null. */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/** A value, null or left out. */
export const Opt = <T extends TSchema>(t: T) => Type.Optional(Nullable(t));

/** A text in Dutch and English. */
export const Label = Type.Object({ nl: Type.String(), en: Type.String() });
export type Label = Static<typeof Label>;

/** An object named for the reader: a person, an organisation. */
export const Ref = Type.Object({ id: Uuid, name: Type.String() });
export type Ref = Static<typeof Ref>;

/** Who saved a versioned record last, when, and its version now: the closing fields of such a record. */
export const LastSaved = {
  updatedAt: Timestamp,
  updatedBy: Nullable(Type.String()),
  version: Type.Integer(),
};

/** A legal basis offered for a disclosure: its label, and whether it is one of the examples shipped. */
export const LegalBasisChoice = Type.Object({ id: Uuid, label: Label, example: Type.Boolean() });

/** The version a change is based on. */
export const Version = Type.Integer({
  minimum: 1,
  description: 'The version last read; a stale one is answered 409',
});

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
