import type { ArticleKind } from '../domain/kennisbank/article.js';
import type { NationalArticle } from '../domain/kennisbank/national.js';
import { affectsRows, firstOrNull, type Queryable } from './database.js';

/**
 * The kennisbank's articles (migration 028): the national ones (tenant_id NULL, synced from code by revision),
 * a municipality's own, and its choice to hide one (kennisbank_article_view, versioned).
 */

export interface ArticleRecord extends LocalArticleWrite {
  readonly id: string;
  readonly tenantId: string | null;
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
  readonly version: number;
  /** The reading municipality's choice: hidden, at which version (1 when it never chose). */
  readonly hidden: boolean;
  readonly viewVersion: number;
}

interface ArticleRow {
  id: string;
  tenant_id: string | null;
  kind: ArticleKind;
  public: boolean;
  title_nl: string;
  title_en: string;
  summary_nl: string;
  summary_en: string;
  body_nl: string;
  body_en: string;
  source: string;
  source_url: string | null;
  valid_since: string;
  review_by: string;
  owner: string;
  updated_at: Date;
  updated_by_name: string | null;
  version: number;
  hidden: boolean | null;
  view_version: number | null;
  sort_title: string;
}

const toArticle = (r: ArticleRow): ArticleRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  kind: r.kind,
  public: r.public,
  titleNl: r.title_nl,
  titleEn: r.title_en,
  summaryNl: r.summary_nl,
  summaryEn: r.summary_en,
  bodyNl: r.body_nl,
  bodyEn: r.body_en,
  source: r.source,
  sourceUrl: r.source_url,
  validSince: r.valid_since,
  reviewBy: r.review_by,
  owner: r.owner,
  updatedAt: r.updated_at,
  updatedByName: r.updated_by_name,
  version: r.version,
  hidden: r.hidden ?? false,
  viewVersion: r.view_version ?? 1,
});

/** $1: the reading municipality (NULL: nobody's, the public page without a municipality); $2: the language. */
const SELECT = `SELECT a.id, a.tenant_id, a.kind, a.public, a.title_nl, a.title_en, a.summary_nl, a.summary_en,
    a.body_nl, a.body_en, a.source, a.source_url, a.valid_since::text AS valid_since,
    a.review_by::text AS review_by, a.owner, a.updated_at, u.display_name AS updated_by_name, a.version,
    v.hidden, v.version AS view_version,
    CASE WHEN $2 = 'en' AND a.title_en <> '' THEN a.title_en ELSE a.title_nl END AS sort_title
  FROM kennisbank_article a
  LEFT JOIN app_user u ON u.id = a.updated_by
  LEFT JOIN kennisbank_article_view v ON v.article_id = a.id AND v.tenant_id = $1::uuid`;

const likePattern = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface ArticleFilter {
  readonly search?: string | undefined;
  readonly kind?: ArticleKind | undefined;
  /** Also the articles the municipality hid (for whoever keeps the kennisbank). */
  readonly includeHidden: boolean;
  /** Only what the public help page shows. */
  readonly publicOnly: boolean;
  /** Only national or only local articles. */
  readonly scope?: 'landelijk' | 'lokaal' | undefined;
}

/**
 * A page of the articles a municipality sees (the national ones and its own), by title in the language shown.
 * The search is full-text in Dutch and English (websearch syntax: words, "a phrase", -not), or a part of a title.
 */
export async function listArticles(
  q: Queryable,
  tenantId: string | null,
  language: 'nl' | 'en',
  f: ArticleFilter,
  page: { after?: { title: string; id: string } | undefined; limit: number },
): Promise<ArticleRecord[]> {
  const search = f.search?.trim() ? f.search.trim() : null;
  const r = await q.query<ArticleRow>(
    `SELECT * FROM (${SELECT}
      WHERE (a.tenant_id IS NULL OR a.tenant_id = $1::uuid)
        AND ($3 OR NOT COALESCE(v.hidden, false))
        AND (NOT $4 OR a.public)
        AND ($5::text IS NULL OR a.kind = $5)
        AND ($6::text IS NULL OR ($6 = 'landelijk') = (a.tenant_id IS NULL))
        AND ($7::text IS NULL
             OR a.search_nl @@ websearch_to_tsquery('dutch', $7)
             OR a.search_en @@ websearch_to_tsquery('english', $7)
             OR a.title_nl ILIKE $8 OR a.title_en ILIKE $8)) s
      WHERE ($9::text IS NULL OR (s.sort_title, s.id) > ($9::text, $10::uuid))
      ORDER BY s.sort_title, s.id LIMIT $11`,
    [
      tenantId,
      language,
      f.includeHidden,
      f.publicOnly,
      f.kind ?? null,
      f.scope ?? null,
      search,
      search ? likePattern(search) : null,
      page.after?.title ?? null,
      page.after?.id ?? null,
      page.limit,
    ],
  );
  return r.rows.map(toArticle);
}

/** One article with the reading municipality's choice about it (null: none of its own nor national). */
export async function findArticle(
  q: Queryable,
  tenantId: string | null,
  id: string,
): Promise<ArticleRecord | null> {
  return firstOrNull(
    await q.query<ArticleRow>(
      `${SELECT} WHERE a.id = $3 AND (a.tenant_id IS NULL OR a.tenant_id = $1::uuid)`,
      [tenantId, 'nl', id],
    ),
    toArticle,
  );
}

export interface LocalArticleWrite {
  readonly kind: ArticleKind;
  readonly public: boolean;
  readonly titleNl: string;
  readonly titleEn: string;
  readonly summaryNl: string;
  readonly summaryEn: string;
  readonly bodyNl: string;
  readonly bodyEn: string;
  readonly source: string;
  readonly sourceUrl: string | null;
  readonly validSince: string;
  readonly reviewBy: string;
  readonly owner: string;
}

const writeParams = (a: LocalArticleWrite) => [
  a.kind,
  a.public,
  a.titleNl,
  a.titleEn,
  a.summaryNl,
  a.summaryEn,
  a.bodyNl,
  a.bodyEn,
  a.source,
  a.sourceUrl,
  a.validSince,
  a.reviewBy,
  a.owner,
];

export async function insertLocalArticle(
  q: Queryable,
  tenantId: string,
  a: LocalArticleWrite,
  at: Date,
  by: string | null,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO kennisbank_article (kind, public, title_nl, title_en, summary_nl, summary_en, body_nl, body_en,
       source, source_url, valid_since, review_by, owner, tenant_id, created_at, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $16) RETURNING id`,
    [...writeParams(a), tenantId, at, by],
  );
  return r.rows[0]?.id as string;
}

/** Saves a municipality's own article at the version read; false when another version is stored. */
export function updateLocalArticle(
  q: Queryable,
  tenantId: string,
  id: string,
  version: number,
  a: LocalArticleWrite,
  at: Date,
  by: string,
): Promise<boolean> {
  return affectsRows(
    q,
    `UPDATE kennisbank_article SET kind = $1, public = $2, title_nl = $3, title_en = $4, summary_nl = $5,
       summary_en = $6, body_nl = $7, body_en = $8, source = $9, source_url = $10, valid_since = $11,
       review_by = $12, owner = $13, updated_at = $14, updated_by = $15, version = version + 1
     WHERE id = $16 AND tenant_id = $17 AND version = $18`,
    [...writeParams(a), at, by, id, tenantId, version],
  );
}

/**
 * Hides or shows an article for a municipality at the version of its choice read (1: it never chose); false
 * when another choice was saved since.
 */
export async function setArticleHidden(
  q: Queryable,
  tenantId: string,
  articleId: string,
  hidden: boolean,
  version: number,
  at: Date,
  by: string,
): Promise<boolean> {
  if (
    await affectsRows(
      q,
      `UPDATE kennisbank_article_view SET hidden = $3, updated_at = $4, updated_by = $5, version = version + 1
        WHERE tenant_id = $1 AND article_id = $2 AND version = $6`,
      [tenantId, articleId, hidden, at, by, version],
    )
  ) {
    return true;
  }
  if (version !== 1) return false;
  return affectsRows(
    q,
    `INSERT INTO kennisbank_article_view (tenant_id, article_id, hidden, updated_at, updated_by, version)
     VALUES ($1, $2, $3, $4, $5, 2) ON CONFLICT (tenant_id, article_id) DO NOTHING`,
    [tenantId, articleId, hidden, at, by],
  );
}

/** The revision of the national articles the database holds (0: none yet). */
export async function nationalRevision(q: Queryable): Promise<number> {
  const r = await q.query<{ revision: number }>('SELECT revision FROM kennisbank_national_revision');
  return r.rows[0]?.revision ?? 0;
}

/**
 * Takes over the national articles of a newer revision in one transaction: each is written by its id (a
 * municipality's choice to hide it stays), those no longer in code are removed. Returns whether it synced;
 * a database already at this revision (or a later one) is left as it is.
 */
export async function syncNationalArticles(
  q: Queryable,
  articles: readonly NationalArticle[],
  revision: number,
  at: Date,
): Promise<boolean> {
  await q.query(
    `INSERT INTO kennisbank_national_revision (id, revision, synced_at) VALUES (true, 0, $1)
     ON CONFLICT (id) DO NOTHING`,
    [at],
  );
  const held = await q.query<{ revision: number }>(
    'SELECT revision FROM kennisbank_national_revision FOR UPDATE',
  );
  if ((held.rows[0]?.revision ?? 0) >= revision) return false;
  for (const a of articles) {
    await q.query(
      `INSERT INTO kennisbank_article (id, tenant_id, kind, public, title_nl, title_en, summary_nl, summary_en,
         body_nl, body_en, source, source_url, valid_since, review_by, owner, created_at, updated_at)
       VALUES ($1, NULL, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)
       ON CONFLICT (id) DO UPDATE SET kind = $2, public = $3, title_nl = $4, title_en = $5, summary_nl = $6,
         summary_en = $7, body_nl = $8, body_en = $9, source = $10, source_url = $11, valid_since = $12,
         review_by = $13, owner = $14, updated_at = $15, version = kennisbank_article.version + 1
       WHERE kennisbank_article.tenant_id IS NULL`,
      [
        a.id,
        a.kind,
        a.public,
        a.title.nl,
        a.title.en,
        a.summary.nl,
        a.summary.en,
        a.body.nl,
        a.body.en,
        a.source,
        a.sourceUrl,
        a.validSince,
        a.reviewBy,
        a.owner,
        at,
      ],
    );
  }
  await q.query('DELETE FROM kennisbank_article WHERE tenant_id IS NULL AND NOT (id = ANY($1::uuid[]))', [
    articles.map((a) => a.id),
  ]);
  await q.query('UPDATE kennisbank_national_revision SET revision = $1, synced_at = $2', [revision, at]);
  return true;
}
