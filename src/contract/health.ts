import { type Static, Type } from 'typebox';

/** Liveness and readiness (src/server/routes/health.ts): no personal data. */
export const Health = Type.Object(
  {
    status: Type.Literal('ok'),
    checks: Type.Optional(
      Type.Object(
        { database: Type.Literal('ok'), migrations: Type.Literal('ok') },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type Health = Static<typeof Health>;
