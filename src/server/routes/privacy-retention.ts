import { Type } from 'typebox';
import { changeSettings, dashboard, readSettings } from '../../app/privacy/dashboard.js';
import {
  changeRule,
  dryRun,
  history,
  holds,
  placeHold,
  readRules,
  removeHold,
  runNow,
} from '../../app/privacy/retention-admin.js';
import { errorResponses, IdParams, Uuid } from '../../contract/primitives.js';
import {
  Counts,
  Dashboard,
  Hold,
  HoldType,
  Kind,
  Planned,
  RetentionHistory,
  Rule,
  RuleBody,
  Settings,
} from '../../contract/privacy-retention.js';
import { MAX_LOOKAHEAD_DAYS } from '../../domain/privacy/retention.js';
import type { App, ServerDeps } from '../deps.js';
import { privacyContextOf, privacyFailure } from './privacy-context.js';

const TAG = 'privacy';

export async function privacyRetentionRoutes(app: App, deps: ServerDeps): Promise<void> {
  app.get(
    '/api/privacy/dashboard',
    {
      config: { access: 'privacy.dashboard' },
      schema: {
        tags: [TAG],
        summary:
          "The privacy officer's overview: reviews to do, legal holds, the last retention run and unusual access " +
          '(a threshold on how many different records one user opened in a short time, and on how often one user ' +
          'asked for emergency access in 30 days; never about data subjects)',
        response: {
          200: Dashboard,
          ...errorResponses,
        },
      },
    },
    async (request) => dashboard(privacyContextOf(deps, request)),
  );

  app.get(
    '/api/privacy/instellingen',
    {
      config: { access: 'privacy.settings' },
      schema: {
        tags: [TAG],
        summary:
          'Privacy settings: duration, limit per 30 days and four-eyes mode of emergency access, the unusual-access ' +
          'thresholds',
        response: { 200: Settings, ...errorResponses },
      },
    },
    async (request) => readSettings(privacyContextOf(deps, request)),
  );

  app.put(
    '/api/privacy/instellingen',
    {
      config: { access: 'privacy.settings' },
      schema: {
        tags: [TAG],
        summary:
          'Changes the privacy settings (version 0 while the defaults apply); a setting left out keeps its value',
        body: Type.Object(
          {
            breakGlassHours: Type.Integer(),
            breakGlassMaxPer30Days: Type.Optional(Type.Integer()),
            breakGlassFourEyes: Type.Optional(Type.Boolean()),
            breakGlassPendingMinutes: Type.Optional(Type.Integer()),
            unusualWindowMinutes: Type.Integer(),
            unusualThreshold: Type.Integer(),
            unusualBreakGlassThreshold: Type.Optional(Type.Integer()),
            analysisK: Type.Optional(Type.Integer()),
            version: Type.Integer({ minimum: 0 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Settings, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = privacyContextOf(deps, request);
      const r = await changeSettings(ctx, request.body);
      if (!r.ok) throw privacyFailure(r);
      return readSettings(ctx);
    },
  );

  app.get(
    '/api/privacy/bewaartermijnen',
    {
      config: { access: 'retention.rules' },
      schema: {
        tags: [TAG],
        summary: 'Retention terms per kind of record: the default, where it comes from, and the own term',
        response: { 200: Type.Array(Rule), ...errorResponses },
      },
    },
    async (request) => readRules(privacyContextOf(deps, request)),
  );

  app.put(
    '/api/privacy/bewaartermijnen/:kind',
    {
      config: { access: 'retention.configure' },
      schema: {
        tags: [TAG],
        summary: "Sets the municipality's own term for one kind (version 0 while the default applies)",
        params: Type.Object({ kind: Kind }),
        body: RuleBody,
        response: { 200: Type.Array(Rule), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = privacyContextOf(deps, request);
      const r = await changeRule(ctx, request.params.kind, request.body);
      if (!r.ok) throw privacyFailure(r);
      return readRules(ctx);
    },
  );

  app.get(
    '/api/privacy/bewaartermijnen/proefrun',
    {
      config: { access: 'retention.dryRun' },
      schema: {
        tags: [TAG],
        summary:
          'Dry run: what the retention job would delete now, by reference, and what a legal hold keeps; ' +
          'vooruit=30 or 90 looks ahead: what runs out within that many days, and under which rule',
        querystring: Type.Object(
          {
            vooruit: Type.Optional(
              Type.Integer({
                minimum: 0,
                maximum: MAX_LOOKAHEAD_DAYS,
                default: 0,
                description: 'Days ahead (0: now)',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(Planned), ...errorResponses },
      },
    },
    async (request) => dryRun(privacyContextOf(deps, request), request.query.vooruit ?? 0),
  );

  app.post(
    '/api/privacy/bewaartermijnen/uitvoeren',
    {
      config: { access: 'retention.run' },
      schema: {
        tags: [TAG],
        summary: 'Runs the retention job now for the own municipality (the same as the daily run)',
        response: {
          200: Type.Object({ runId: Uuid, deleted: Counts, held: Counts }),
          ...errorResponses,
        },
      },
    },
    async (request) => runNow(privacyContextOf(deps, request)),
  );

  app.get(
    '/api/privacy/bewaartermijnen/historie',
    {
      config: { access: 'retention.history' },
      schema: {
        tags: [TAG],
        summary: 'The retention runs and their content-free tombstones (kind, rule, when)',
        response: {
          200: RetentionHistory,
          ...errorResponses,
        },
      },
    },
    async (request) => history(privacyContextOf(deps, request)),
  );

  app.get(
    '/api/privacy/bewaarplichten',
    {
      config: { access: 'retention.hold' },
      schema: {
        tags: [TAG],
        summary: 'Legal holds: records whose deletion is paused, with the reason and the end date',
        response: { 200: Type.Array(Hold), ...errorResponses },
      },
    },
    async (request) => holds(privacyContextOf(deps, request)),
  );

  app.post(
    '/api/privacy/bewaarplichten',
    {
      config: { access: 'retention.hold' },
      schema: {
        tags: [TAG],
        summary: 'Places a legal hold on a signal or case (by reference) or a meeting (by id)',
        body: Type.Object(
          {
            objectType: HoldType,
            reference: Type.String({ minLength: 1, maxLength: 60 }),
            reason: Type.String({ maxLength: 2000 }),
            endsOn: Type.String({ maxLength: 10 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const r = await placeHold(privacyContextOf(deps, request), request.body);
      if (!r.ok) throw privacyFailure(r);
      return reply.code(201).send({ id: r.id });
    },
  );

  app.post(
    '/api/privacy/bewaarplichten/:id/opheffen',
    {
      config: { access: 'retention.hold' },
      schema: {
        tags: [TAG],
        summary: 'Lifts a legal hold before its end date',
        params: IdParams,
        body: Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const r = await removeHold(privacyContextOf(deps, request), request.params.id, request.body.version);
      if (!r.ok) throw privacyFailure(r);
      return reply.code(204).send(null);
    },
  );
}
