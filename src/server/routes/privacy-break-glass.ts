import { Type } from 'typebox';
import {
  decideRequest,
  giveBack,
  grantsForReview,
  grantView,
  myActiveGrants,
  myRequests,
  requestBreakGlass,
  requestsToDecide,
  reviewBreakGlass,
} from '../../app/privacy/break-glass.js';
import { errorResponses, IdParams } from '../../contract/primitives.js';
import {
  DecisionBody,
  Grant,
  MyRequests,
  RequestBody,
  ReviewBody,
} from '../../contract/privacy-break-glass.js';
import type { App, ServerDeps } from '../deps.js';
import { privacyContextOf, privacyFailure } from './privacy-context.js';

const TAG = 'privacy';

export async function privacyBreakGlassRoutes(app: App, deps: ServerDeps): Promise<void> {
  app.post(
    '/api/noodtoegang',
    {
      config: { access: 'breakGlass.request' },
      schema: {
        tags: [TAG],
        summary:
          'Break-the-glass: emergency read access to an open case of the own municipality, for an organisation ' +
          'with a standing relation to it, with a reason, for a short time; one at a time and a limited number ' +
          'per 30 days; in four-eyes mode it waits for approval. Logged; the regisseur and the privacy officer ' +
          'are alerted. Every reference that may not be asked for gets the same answer',
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

  app.get(
    '/api/noodtoegang/mijn',
    {
      config: { access: 'breakGlass.request' },
      schema: {
        tags: [TAG],
        summary:
          "The signed-in user's own requests of the last 30 days with what came of them, and the limit",
        response: {
          200: MyRequests,
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const ctx = privacyContextOf(deps, request);
      const r = await myRequests(ctx);
      return { ...r, requests: r.requests.map((g) => grantView(g, ctx.now)) };
    },
  );

  app.get(
    '/api/noodtoegang/verzoeken',
    {
      config: { access: 'breakGlass.decide' },
      schema: {
        tags: [TAG],
        summary: 'Four-eyes: the requests for emergency access that wait for this user to approve or refuse',
        response: { 200: Type.Array(Grant), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = privacyContextOf(deps, request);
      return (await requestsToDecide(ctx)).map((g) => grantView(g, ctx.now));
    },
  );

  app.post(
    '/api/noodtoegang/:id/besluit',
    {
      config: { access: 'breakGlass.decide' },
      schema: {
        tags: [TAG],
        summary:
          'Four-eyes: approves (the access starts now) or refuses a waiting request, with a reason; never by the ' +
          'requester',
        params: IdParams,
        body: DecisionBody,
        response: { 200: Grant, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = privacyContextOf(deps, request);
      const r = await decideRequest(ctx, request.params.id, request.body);
      if (!r.ok) throw privacyFailure(r);
      return grantView(r.grant, ctx.now);
    },
  );

  app.post(
    '/api/noodtoegang/:id/beeindigen',
    {
      config: { access: 'breakGlass.request' },
      schema: {
        tags: [TAG],
        summary: 'Gives emergency access back before its time is up (or withdraws a waiting request)',
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
