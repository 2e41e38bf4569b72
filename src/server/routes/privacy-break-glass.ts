import { Type } from 'typebox';
import {
  giveBack,
  grantsForReview,
  grantView,
  myActiveGrants,
  requestBreakGlass,
  reviewBreakGlass,
} from '../../app/privacy/break-glass.js';
import type { App, ServerDeps } from '../deps.js';
import { errorResponses, IdParams, NullableTimestamp, Timestamp, Uuid } from '../schemas.js';
import { privacyContextOf, privacyFailure } from './privacy-context.js';

const TAG = 'privacy';

export const Grant = Type.Object({
  id: Uuid,
  casusId: Uuid,
  casusReference: Type.Union([Type.String(), Type.Null()]),
  userName: Type.String(),
  organisationName: Type.String(),
  role: Type.String(),
  reason: Type.String(),
  grantedAt: Timestamp,
  expiresAt: Timestamp,
  endedAt: NullableTimestamp,
  active: Type.Boolean(),
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

const RequestBody = Type.Object(
  {
    reference: Type.String({ minLength: 1, maxLength: 40 }),
    reason: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);

const ReviewBody = Type.Object(
  {
    judgement: Type.String({ maxLength: 4000 }),
    justified: Type.Boolean(),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

export async function privacyBreakGlassRoutes(app: App, deps: ServerDeps): Promise<void> {
  app.post(
    '/api/noodtoegang',
    {
      config: { access: 'breakGlass.request' },
      schema: {
        tags: [TAG],
        summary:
          'Break-the-glass: emergency read access to a case of the own municipality, with a reason, for a short ' +
          'time; logged, and the privacy officer is notified and reviews it',
        body: RequestBody,
        response: { 201: Grant, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = privacyContextOf(deps, request);
      const r = await requestBreakGlass(ctx, request.body);
      if (!r.ok) throw privacyFailure(r);
      return reply.code(201).send(grantView(r.grant, ctx.now));
    },
  );

  app.get(
    '/api/noodtoegang/actief',
    {
      config: { access: 'breakGlass.mine' },
      schema: {
        tags: [TAG],
        summary: "The signed-in user's active emergency access (shown as a banner on every page)",
        response: { 200: Type.Array(Grant), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = privacyContextOf(deps, request);
      return (await myActiveGrants(ctx)).map((g) => grantView(g, ctx.now));
    },
  );

  app.post(
    '/api/noodtoegang/:id/beeindigen',
    {
      config: { access: 'breakGlass.request' },
      schema: {
        tags: [TAG],
        summary: 'Gives emergency access back before its time is up',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const r = await giveBack(privacyContextOf(deps, request), request.params.id);
      if (!r.ok) throw privacyFailure(r);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/privacy/noodtoegang',
    {
      config: { access: 'breakGlass.review' },
      schema: {
        tags: [TAG],
        summary: 'Emergency accesses of the municipality, those still to be reviewed first',
        response: { 200: Type.Array(Grant), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = privacyContextOf(deps, request);
      return (await grantsForReview(ctx)).map((g) => grantView(g, ctx.now));
    },
  );

  app.post(
    '/api/privacy/noodtoegang/:id/beoordeling',
    {
      config: { access: 'breakGlass.review' },
      schema: {
        tags: [TAG],
        summary: "The privacy officer's review of one emergency access: a judgement in words",
        params: IdParams,
        body: ReviewBody,
        response: { 200: Grant, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = privacyContextOf(deps, request);
      const r = await reviewBreakGlass(ctx, request.params.id, request.body);
      if (!r.ok) throw privacyFailure(r);
      return grantView(r.grant, ctx.now);
    },
  );
}
