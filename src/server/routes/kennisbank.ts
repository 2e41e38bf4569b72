import fastifyRateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  changeLocalArticle,
  changeVisibility,
  createLocalArticle,
  listKennisbank,
  listPublicArticles,
  OBJECT_ARTICLE,
  readArticle,
  readPublicArticle,
} from '../../app/kennisbank/articles.js';
import { loadMeldpuntConfig } from '../../app/melding/config.js';
import {
  ArticleListQuery,
  ArticlePageSchema,
  ArticleSchema,
  ArticleVisibility,
  LocalArticleCreate,
  LocalArticleUpdate,
  PublicArticleListQuery,
  PublicArticleQuery,
  PublicArticleSchema,
} from '../../contract/kennisbank.js';
import { errorResponses, IdParams, Uuid } from '../../contract/primitives.js';
import type { App, ServerDeps } from '../deps.js';
import { databaseStore, routeLimit, tooManyRequests } from '../rate-limit.js';
import { requestContextOf } from '../request-context.js';
import { failure, problemOf } from './overleggen-context.js';

const TAG = 'kennisbank';
const BASE = '/api/kennisbank/artikelen';

/**
 * The kennisbank: every signed-in user reads it; the officer and the policy advisor keep the municipality's own
 * articles and hide national ones (src/domain/access/policy.ts). The public help page reads the public articles
 * without sign-in, rate-limited per client address.
 */
export async function kennisbankRoutes(app: App, deps: ServerDeps): Promise<void> {
  const ctxOf = (request: Parameters<typeof requestContextOf>[1]) =>
    requestContextOf(deps, request, 'kennisbank');

  app.get(
    BASE,
    {
      config: { access: 'kennisbank.read' },
      schema: {
        tags: [TAG],
        summary:
          "The national articles and the municipality's own by title, by cursor pages; Dutch and English " +
          'full-text search, filters by kind and scope',
        querystring: ArticleListQuery,
        response: { 200: ArticlePageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await listKennisbank(ctx, request.query);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ARTICLE, '');
      return { articles: r.articles, nextCursor: r.nextCursor };
    },
  );

  app.post(
    BASE,
    {
      config: { access: 'kennisbank.manage' },
      schema: {
        tags: [TAG],
        summary:
          "Adds a local article (the municipality's Zorg- en Veiligheidshuis, its regional contacts, ...)",
        body: LocalArticleCreate,
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const r = await createLocalArticle(ctx, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ARTICLE, '');
      return reply.status(201).send({ id: r.id });
    },
  );

  app.get(
    `${BASE}/:id`,
    {
      config: { access: 'kennisbank.read' },
      schema: {
        tags: [TAG],
        summary: 'One article with its source, dates and owner',
        params: IdParams,
        response: { 200: ArticleSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await readArticle(ctx, request.params.id);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ARTICLE, request.params.id);
      const { ok: _ok, ...article } = r;
      return article;
    },
  );

  app.put(
    `${BASE}/:id`,
    {
      config: { access: 'kennisbank.manage' },
      schema: {
        tags: [TAG],
        summary:
          "Saves one of the municipality's own articles at the version read; 409 with the saved one when " +
          'another was saved since (a national article is refused: it can be hidden)',
        params: IdParams,
        body: LocalArticleUpdate,
        response: { 200: Type.Object({ version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await changeLocalArticle(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ARTICLE, request.params.id);
      return { version: r.version };
    },
  );

  app.put(
    `${BASE}/:id/zichtbaarheid`,
    {
      config: { access: 'kennisbank.manage' },
      schema: {
        tags: [TAG],
        summary:
          "Hides an article from the municipality's kennisbank and public page, or shows it again, at the " +
          'version of that choice read; 409 with the article when another choice was saved since',
        params: IdParams,
        body: ArticleVisibility,
        response: { 200: Type.Object({ version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const r = await changeVisibility(ctx, request.params.id, request.body);
      if (!r.ok) throw await failure(ctx, r, OBJECT_ARTICLE, request.params.id);
      return { version: r.version };
    },
  );

  await kennisbankPublicRoutes(app, deps);
}

/** The public help page: no sign-in, national and public articles only, rate-limited per client address. */
async function kennisbankPublicRoutes(root: App, deps: ServerDeps): Promise<void> {
  const { db, clock } = deps;
  const mc = loadMeldpuntConfig();
  // A reader opens several articles in a row: four times the status page's budget.
  const reads = { max: mc.status.max * 4, windowMs: mc.status.windowMs };
  await root.register(async (scope) => {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    await app.register(fastifyRateLimit, {
      global: false,
      ...(mc.rateLimitStore === 'database' ? { store: databaseStore(db, clock) } : {}),
      errorResponseBuilder: (_request, ctx) =>
        tooManyRequests(Math.ceil(ctx.ttl / 1000), { acuteDanger: true }),
    });

    app.get(
      '/api/public/kennisbank/artikelen',
      {
        config: { access: 'kennisbank.public', rateLimit: routeLimit(reads, 'kennisbank') },
        schema: {
          tags: ['kennisbank (publiek)'],
          summary:
            'The public articles (where to get help) by title, by cursor pages, with a municipality also its ' +
            'own public ones; full-text search',
          querystring: PublicArticleListQuery,
          response: { 200: ArticlePageSchema, ...errorResponses },
        },
      },
      async (request) => {
        const r = await listPublicArticles(db, clock(), request.query);
        if (!r.ok) throw problemOf(r);
        return { articles: r.articles, nextCursor: r.nextCursor };
      },
    );

    app.get(
      '/api/public/kennisbank/artikelen/:id',
      {
        config: { access: 'kennisbank.public', rateLimit: routeLimit(reads, 'kennisbank') },
        schema: {
          tags: ['kennisbank (publiek)'],
          summary: 'One public article',
          params: IdParams,
          querystring: PublicArticleQuery,
          response: { 200: PublicArticleSchema, ...errorResponses },
        },
      },
      async (request) => {
        const r = await readPublicArticle(db, clock(), request.params.id, request.query.gemeente);
        if (!r.ok) throw problemOf(r);
        const { ok: _ok, ...article } = r;
        return article;
      },
    );
  });
}
