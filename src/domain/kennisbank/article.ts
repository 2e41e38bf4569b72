/**
 * The kennisbank (issue 18): typed articles a professional needs at hand. National articles are written in code
 * (`national.ts`) and synced into the database by revision; a municipality adds local ones and hides national
 * ones it does not want to show. Every article names its source, the day it applies from ("geldig sinds"), the day
 * it is to be reviewed and its owner, and warns once that day has passed.
 */

export const ARTICLE_KINDS = [
  'definitie',
  'hulporganisatie',
  'stappenplan',
  'wetgeving',
  'instrument',
] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Where an article comes from: the national set in code, or the municipality's own. */
export const ARTICLE_SCOPES = ['landelijk', 'lokaal'] as const;
export type ArticleScope = (typeof ARTICLE_SCOPES)[number];

export const ARTICLE_LIMITS = {
  title: 200,
  summary: 500,
  body: 20_000,
  source: 300,
  sourceUrl: 500,
  owner: 200,
  search: 200,
} as const;

export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

/** An article as the rules see it: its dates as calendar days (YYYY-MM-DD, Europe/Amsterdam). */
export interface ArticleDates {
  readonly validSince: string;
  readonly reviewBy: string;
}

/** Whether the article is past its review day on the given day: it still shows, with a warning. */
export function isPastReview(article: ArticleDates, today: string): boolean {
  return article.reviewBy < today;
}

/** A field the rules refuse, in Dutch and English (as src/domain/overleg/types.ts FieldIssue). */
export interface ArticleIssue {
  readonly field: string;
  readonly nl: string;
  readonly en: string;
}

/** What a municipality types for a local article (the English texts may stay empty: Dutch is shown then). */
export interface LocalArticleDraft {
  /** Empty: not chosen. */
  readonly kind: ArticleKind | '';
  readonly public: boolean;
  readonly titleNl: string;
  readonly titleEn: string;
  readonly summaryNl: string;
  readonly summaryEn: string;
  readonly bodyNl: string;
  readonly bodyEn: string;
  readonly source: string;
  readonly sourceUrl: string;
  readonly validSince: string;
  readonly reviewBy: string;
  readonly owner: string;
}

/** Whether the text is a web address over a secure line (https) with a host. */
export function isSecureLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname.length > 0 && !u.username && !u.password;
  } catch {
    return false;
  }
}

/**
 * Checks a local article: title, summary, text, source and owner in Dutch are needed, the review day falls after
 * "geldig sinds", a link is https. Each field missing is named at once, so one send shows them all.
 */
export function checkLocalArticle(d: LocalArticleDraft): ArticleIssue[] {
  const issues: ArticleIssue[] = [];
  if (!d.kind)
    issues.push({ field: 'kind', nl: 'Kies de soort artikel.', en: 'Choose the kind of article.' });
  const need = (field: keyof LocalArticleDraft, nl: string, en: string) => {
    const v = d[field];
    if (typeof v === 'string' && !v.trim()) issues.push({ field, nl, en });
  };
  need('titleNl', 'Vul de titel in.', 'Enter the title.');
  need('summaryNl', 'Vul een korte samenvatting in.', 'Enter a short summary.');
  need('bodyNl', 'Vul de tekst van het artikel in.', 'Enter the text of the article.');
  need('source', 'Vul de bron in.', 'Enter the source.');
  need('owner', 'Vul de eigenaar in (wie het artikel bijhoudt).', 'Enter the owner (who keeps the article).');
  const url = d.sourceUrl.trim();
  if (url && !isSecureLink(url)) {
    issues.push({
      field: 'sourceUrl',
      nl: 'Vul een webadres in dat begint met https://, of laat het veld leeg.',
      en: 'Enter a web address that starts with https://, or leave the field empty.',
    });
  }
  if (d.validSince && d.reviewBy && d.reviewBy <= d.validSince) {
    issues.push({
      field: 'reviewBy',
      nl: 'Kies een herziendatum na de datum "geldig sinds".',
      en: 'Choose a review date after the "valid since" date.',
    });
  }
  return issues;
}

/**
 * The text of an article as blocks: paragraphs are separated by an empty line, a line starting with "## " is a
 * subheading and lines starting with "- " are a list. Plain text only: nothing is read as HTML.
 */
export type ArticleBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] };

export function articleBlocks(body: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    let paragraph: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      if (items.length > 0) blocks.push({ kind: 'list', items });
      paragraph = [];
      items = [];
    };
    for (const line of lines) {
      if (line.startsWith('## ')) {
        flush();
        blocks.push({ kind: 'heading', text: line.slice(3).trim() });
      } else if (line.startsWith('- ')) {
        if (paragraph.length > 0) {
          blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
          paragraph = [];
        }
        items.push(line.slice(2).trim());
      } else {
        if (items.length > 0) {
          blocks.push({ kind: 'list', items });
          items = [];
        }
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}
