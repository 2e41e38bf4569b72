import { type Static, Type } from 'typebox';
import { ARTICLE_KINDS, ARTICLE_LIMITS, ARTICLE_SCOPES } from '../domain/kennisbank/article.js';
import { DateOnly, fillIn, Label, LastSaved, Nullable, Uuid, Version } from './primitives.js';

/**
 * The kennisbank: national articles (in code, the same everywhere) and a municipality's own, in Dutch and
 * English (an English text left empty means: show the Dutch). Organisation knowledge, no personal data.
 */

export const ArticleKindSchema = Type.Enum(ARTICLE_KINDS);
export const ArticleScopeSchema = Type.Enum(ARTICLE_SCOPES);
const Language = Type.Union([Type.Literal('nl'), Type.Literal('en')]);

export const ArticleSummarySchema = Type.Object({
  id: Uuid,
  kind: ArticleKindSchema,
  scope: ArticleScopeSchema,
  public: Type.Boolean(),
  title: Label,
  summary: Label,
  reviewBy: DateOnly,
  /** The review day has passed: the article still shows, with a warning. */
  pastReview: Type.Boolean(),
  /** The municipality hid it (listed only for whoever keeps the kennisbank, on request). */
  hidden: Type.Boolean(),
});
export type ArticleSummary = Static<typeof ArticleSummarySchema>;

export const ArticleSchema = Type.Object({
  ...ArticleSummarySchema.properties,
  body: Label,
  source: Type.String(),
  sourceUrl: Nullable(Type.String()),
  validSince: DateOnly,
  owner: Type.String(),
  ...LastSaved,
  /** The version of the municipality's choice to hide or show it (1: never chosen). */
  viewVersion: Type.Integer(),
});
export type Article = Static<typeof ArticleSchema>;

const listFields = {
  /** Full-text search in Dutch and English (words, "a phrase", -not), or part of a title. */
  zoek: Type.Optional(Type.String({ maxLength: ARTICLE_LIMITS.search })),
  soort: Type.Optional(ArticleKindSchema),
  /** The language the list is ordered in (the titles' alphabet). */
  taal: Type.Optional(Language),
  cursor: Type.Optional(Type.String({ maxLength: 600 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
};

export const ArticleListQuery = Type.Object(
  {
    ...listFields,
    bereik: Type.Optional(ArticleScopeSchema),
    /** Also the articles the municipality hid (for whoever keeps the kennisbank). */
    verborgen: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ArticleListQuery = Static<typeof ArticleListQuery>;

export const PublicArticleListQuery = Type.Object(
  {
    ...listFields,
    /** The municipality whose public articles are added (and whose hidden ones are left out). */
    gemeente: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type PublicArticleListQuery = Static<typeof PublicArticleListQuery>;

export const PublicArticleQuery = Type.Object(
  { gemeente: Type.Optional(Uuid) },
  { additionalProperties: false },
);

export const ArticlePageSchema = Type.Object({
  articles: Type.Array(ArticleSummarySchema),
  nextCursor: Nullable(Type.String()),
});
export type ArticlePage = Static<typeof ArticlePageSchema>;

/** An article as the public help page shows it: no editing details. */
export const PublicArticleSchema = Type.Object({
  ...ArticleSummarySchema.properties,
  body: Label,
  source: Type.String(),
  sourceUrl: Nullable(Type.String()),
  validSince: DateOnly,
  owner: Type.String(),
});
export type PublicArticle = Static<typeof PublicArticleSchema>;

// Texts are checked by the use case with the other fields (trimmed), so one send names each one missing.
const localFields = {
  // Empty: not chosen yet, named by the use case with the texts (so one send names every field missing).
  kind: Type.Union([ArticleKindSchema, Type.Literal('')]),
  public: Type.Boolean(),
  titleNl: Type.String({ maxLength: ARTICLE_LIMITS.title }),
  titleEn: Type.String({ maxLength: ARTICLE_LIMITS.title }),
  summaryNl: Type.String({ maxLength: ARTICLE_LIMITS.summary }),
  summaryEn: Type.String({ maxLength: ARTICLE_LIMITS.summary }),
  bodyNl: Type.String({ maxLength: ARTICLE_LIMITS.body }),
  bodyEn: Type.String({ maxLength: ARTICLE_LIMITS.body }),
  source: Type.String({ maxLength: ARTICLE_LIMITS.source }),
  /** Empty: no link. Else an https address. */
  sourceUrl: Type.String({ maxLength: ARTICLE_LIMITS.sourceUrl }),
  validSince: fillIn(DateOnly, 'Vul de datum "geldig sinds" in.', 'Enter the "valid since" date.'),
  reviewBy: fillIn(DateOnly, 'Vul de herziendatum in.', 'Enter the review date.'),
  owner: Type.String({ maxLength: ARTICLE_LIMITS.owner }),
};

export const LocalArticleCreate = Type.Object(localFields, { additionalProperties: false });
export type LocalArticleCreate = Static<typeof LocalArticleCreate>;

export const LocalArticleUpdate = Type.Object(
  { ...localFields, version: Version },
  { additionalProperties: false },
);
export type LocalArticleUpdate = Static<typeof LocalArticleUpdate>;

export const ArticleVisibility = Type.Object(
  {
    hidden: Type.Boolean(),
    /** The viewVersion last read. */
    version: Version,
  },
  { additionalProperties: false },
);
export type ArticleVisibility = Static<typeof ArticleVisibility>;
