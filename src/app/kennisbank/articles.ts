import type {
  Article,
  ArticleListQuery,
  ArticlePage,
  ArticleSummary,
  ArticleVisibility,
  LocalArticleCreate,
  LocalArticleUpdate,
  PublicArticle,
  PublicArticleListQuery,
} from '../../contract/kennisbank.js';
import type { Database, Queryable } from '../../db/database.js';
import {
  type ArticleFilter,
  type ArticleRecord,
  findArticle,
  insertLocalArticle,
  type LocalArticleWrite,
  listArticles,
  nationalRevision,
  setArticleHidden,
  syncNationalArticles,
  updateLocalArticle,
} from '../../db/kennisbank.js';
import { decide } from '../../domain/access/policy.js';
import { checkLocalArticle, isPastReview } from '../../domain/kennisbank/article.js';
import { NATIONAL_ARTICLES, NATIONAL_REVISION } from '../../domain/kennisbank/national.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import { decodeCursor, encodeCursor } from '../netwerk/cursor.js';
import {
  type Ctx,
  fieldError,
  inTx,
  invalid,
  logDenied,
  type Result,
  refused,
  Stale,
} from '../overleg/results.js';

/**
 * The kennisbank (issue 18): the national articles, written in code and synced in at first use by revision, and
 * a municipality's own; whoever keeps the kennisbank (kennisbank.manage) adds and changes local articles and
 * hides articles the municipality does not show, each at a version. No personal data; writes and reads of one
 * article are logged as for the other organisation data.
 */

export const OBJECT_ARTICLE = 'kennisbank_artikel';

const synced = new WeakMap<Database, Promise<void>>();

/** Brings the database's national articles to the code's revision, once per database and process. */
export function ensureNationalArticles(db: Database, now: Date): Promise<void> {
  let done = synced.get(db);
  if (!done) {
    done = (async () => {
      if ((await nationalRevision(db)) >= NATIONAL_REVISION) return;
      await db.tx((q) => syncNationalArticles(q, NATIONAL_ARTICLES, NATIONAL_REVISION, now));
    })();
    done.catch(() => synced.delete(db));
    synced.set(db, done);
  }
  return done;
}

const summaryJson = (a: ArticleRecord, today: string): ArticleSummary => ({
  id: a.id,
  kind: a.kind,
  scope: a.tenantId === null ? 'landelijk' : 'lokaal',
  public: a.public,
  title: { nl: a.titleNl, en: a.titleEn },
  summary: { nl: a.summaryNl, en: a.summaryEn },
  reviewBy: a.reviewBy,
  pastReview: isPastReview(a, today),
  hidden: a.hidden,
});

const publicJson = (a: ArticleRecord, today: string): PublicArticle => ({
  ...summaryJson(a, today),
  body: { nl: a.bodyNl, en: a.bodyEn },
  source: a.source,
  sourceUrl: a.sourceUrl,
  validSince: a.validSince,
  owner: a.owner,
});

export const articleJson = (a: ArticleRecord, today: string): Article => ({
  ...publicJson(a, today),
  updatedAt: a.updatedAt.toISOString(),
  updatedBy: a.updatedByName,
  version: a.version,
  viewVersion: a.viewVersion,
});

const mayManage = (ctx: Ctx) => decide('kennisbank.manage', ctx.actor) === 'allow';

async function pageOf(
  db: Database,
  tenantId: string | null,
  query: { taal?: 'nl' | 'en' | undefined; cursor?: string | undefined; limit?: number | undefined },
  filter: ArticleFilter,
  today: string,
): Promise<Result<ArticlePage>> {
  const limit = query.limit ?? 25;
  const after = query.cursor ? decodeCursor(query.cursor, ['title', 'id']) : undefined;
  if (after === null) return fieldError('cursor', 'Ongeldige paginaverwijzing.', 'Invalid page reference.');
  const rows = await listArticles(db, tenantId, query.taal ?? 'nl', filter, { after, limit: limit + 1 });
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  const language = query.taal ?? 'nl';
  const titleOf = (a: ArticleRecord) => (language === 'en' && a.titleEn ? a.titleEn : a.titleNl);
  return {
    ok: true,
    articles: shown.map((a) => summaryJson(a, today)),
    nextCursor: rows.length > limit && last ? encodeCursor({ title: titleOf(last), id: last.id }) : null,
  };
}

/** A page of the kennisbank as a signed-in user sees it: the national articles and the municipality's own. */
export async function listKennisbank(ctx: Ctx, query: ArticleListQuery): Promise<Result<ArticlePage>> {
  await ensureNationalArticles(ctx.db, ctx.now);
  return pageOf(
    ctx.db,
    ctx.actor.tenantId,
    query,
    {
      search: query.zoek,
      kind: query.soort,
      scope: query.bereik,
      includeHidden: (query.verborgen ?? false) && mayManage(ctx),
      publicOnly: false,
    },
    amsterdamDate(ctx.now),
  );
}

/** One article; one the municipality hid only for whoever keeps the kennisbank. */
export async function readArticle(ctx: Ctx, id: string): Promise<Result<Article>> {
  await ensureNationalArticles(ctx.db, ctx.now);
  const a = await findArticle(ctx.db, ctx.actor.tenantId, id);
  if (!a || (a.hidden && !mayManage(ctx))) return logDenied(ctx, OBJECT_ARTICLE, id);
  await ctx.audit(ctx.db, { action: 'read', objectType: OBJECT_ARTICLE, objectId: id });
  return { ok: true, ...articleJson(a, amsterdamDate(ctx.now)) };
}

/** The values of a checked draft (its kind is chosen: checkLocalArticle refuses an empty one). */
const valuesOf = (input: LocalArticleCreate): LocalArticleWrite => ({
  kind: input.kind || 'stappenplan',
  public: input.public,
  titleNl: input.titleNl.trim(),
  titleEn: input.titleEn.trim(),
  summaryNl: input.summaryNl.trim(),
  summaryEn: input.summaryEn.trim(),
  bodyNl: input.bodyNl.trim(),
  bodyEn: input.bodyEn.trim(),
  source: input.source.trim(),
  sourceUrl: input.sourceUrl.trim() || null,
  validSince: input.validSince,
  reviewBy: input.reviewBy,
  owner: input.owner.trim(),
});

export async function createLocalArticle(
  ctx: Ctx,
  input: LocalArticleCreate,
): Promise<Result<{ id: string }>> {
  const issues = checkLocalArticle(input);
  if (issues.length > 0) return invalid(issues);
  const id = await ctx.db.tx(async (q) => {
    const added = await insertLocalArticle(q, ctx.actor.tenantId, valuesOf(input), ctx.now, ctx.actor.userId);
    await ctx.audit(q, { action: 'create', objectType: OBJECT_ARTICLE, objectId: added });
    return added;
  });
  return { ok: true, id };
}

const NATIONAL_REFUSED = {
  code: 'landelijk_artikel',
  nl: 'Een landelijk artikel wordt in Duiden zelf bijgehouden. Uw gemeente kan het verbergen, of een eigen artikel toevoegen.',
  en: 'A national article is kept in Duiden itself. Your municipality can hide it, or add an article of its own.',
};

export async function changeLocalArticle(
  ctx: Ctx,
  id: string,
  input: LocalArticleUpdate,
): Promise<Result<{ version: number }>> {
  await ensureNationalArticles(ctx.db, ctx.now);
  const a = await findArticle(ctx.db, ctx.actor.tenantId, id);
  if (!a) return logDenied(ctx, OBJECT_ARTICLE, id);
  if (a.tenantId === null) return refused(NATIONAL_REFUSED);
  const issues = checkLocalArticle(input);
  if (issues.length > 0) return invalid(issues);
  return changeAtVersion(ctx, id, input.version, (q) =>
    updateLocalArticle(q, ctx.actor.tenantId, id, input.version, valuesOf(input), ctx.now, ctx.actor.userId),
  );
}

/**
 * One change of an article at the version the user read: written and logged in one transaction; a stale
 * version is a conflict carrying the article as it is now.
 */
async function changeAtVersion(
  ctx: Ctx,
  id: string,
  version: number,
  write: (q: Queryable) => Promise<boolean>,
): Promise<Result<{ version: number }>> {
  const done = await inTx(
    ctx,
    async (q) => {
      if (!(await write(q))) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT_ARTICLE, objectId: id });
    },
    async () => {
      const now = await findArticle(ctx.db, ctx.actor.tenantId, id);
      return now ? articleJson(now, amsterdamDate(ctx.now)) : null;
    },
  );
  return done.ok ? { ok: true, version: version + 1 } : done;
}

/** Hides an article from the municipality's kennisbank (or shows it again), at the version of its choice read. */
export async function changeVisibility(
  ctx: Ctx,
  id: string,
  input: ArticleVisibility,
): Promise<Result<{ version: number }>> {
  await ensureNationalArticles(ctx.db, ctx.now);
  const a = await findArticle(ctx.db, ctx.actor.tenantId, id);
  if (!a) return logDenied(ctx, OBJECT_ARTICLE, id);
  return changeAtVersion(ctx, id, input.version, (q) =>
    setArticleHidden(q, ctx.actor.tenantId, id, input.hidden, input.version, ctx.now, ctx.actor.userId),
  );
}

/**
 * The public help page's list: the national public articles, with a municipality named also its own public
 * ones, never what it hid. No sign-in, nothing logged (nobody is named).
 */
export async function listPublicArticles(
  db: Database,
  now: Date,
  query: PublicArticleListQuery,
): Promise<Result<ArticlePage>> {
  await ensureNationalArticles(db, now);
  return pageOf(
    db,
    query.gemeente ?? null,
    query,
    { search: query.zoek, kind: query.soort, includeHidden: false, publicOnly: true },
    amsterdamDate(now),
  );
}

export async function readPublicArticle(
  db: Database,
  now: Date,
  id: string,
  municipality: string | undefined,
): Promise<Result<PublicArticle>> {
  await ensureNationalArticles(db, now);
  const a = await findArticle(db, municipality ?? null, id);
  if (!a?.public || a.hidden) return { ok: false, kind: 'not_found' };
  return { ok: true, ...publicJson(a, amsterdamDate(now)) };
}
