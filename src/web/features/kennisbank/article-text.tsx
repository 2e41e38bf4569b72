import { useTranslation } from 'react-i18next';
import type { PublicArticle } from '../../../contract/kennisbank';
import { articleBlocks } from '../../../domain/kennisbank/article';
import { Alert } from '../../ui/alert';
import { DataList } from '../../ui/data-list';
import { formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { useLanguage } from './kennisbank-api';
import './kennisbank.css';

/** An article's text: its summary, the body's subheadings, paragraphs and lists (plain text, never HTML). */
export function ArticleText({ article }: { readonly article: PublicArticle }) {
  const { text } = useLanguage();
  return (
    <div className="duiden-article">
      <Paragraph lead>{text(article.summary)}</Paragraph>
      {articleBlocks(text(article.body)).map((b, i) => {
        const key = `${b.kind}-${i}`;
        if (b.kind === 'heading') {
          return (
            <Heading key={key} level={2}>
              {b.text}
            </Heading>
          );
        }
        if (b.kind === 'list') {
          return (
            <ul key={key} className="utrecht-unordered-list">
              {b.items.map((item, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the items of a text have no identity of their own
                <li key={j} className="utrecht-unordered-list__item">
                  {item}
                </li>
              ))}
            </ul>
          );
        }
        return <Paragraph key={key}>{b.text}</Paragraph>;
      })}
    </div>
  );
}

/** The warning of an article past its review day. */
export function PastReviewWarning({ article }: { readonly article: PublicArticle }) {
  const { t } = useTranslation();
  if (!article.pastReview) return null;
  return (
    <Alert type="warning">
      <Paragraph>{t('kennisbank.article.pastReview', { date: formatDay(article.reviewBy) })}</Paragraph>
    </Alert>
  );
}

/** Where the article comes from and how current it is: source, "geldig sinds", review day, owner. */
export function ArticleFacts({ article }: { readonly article: PublicArticle }) {
  const { t } = useTranslation();
  return (
    <DataList
      items={[
        { key: 'kind', label: t('kennisbank.article.kind'), value: t(`kennisbank.kinds.${article.kind}`) },
        {
          key: 'scope',
          label: t('kennisbank.article.scope'),
          value: t(`kennisbank.scopes.${article.scope}`),
        },
        {
          key: 'source',
          label: t('kennisbank.article.source'),
          value: article.sourceUrl ? (
            <>
              {article.source} (
              <a className="utrecht-link" href={article.sourceUrl} rel="noopener noreferrer">
                {article.sourceUrl}
              </a>
              )
            </>
          ) : (
            article.source
          ),
        },
        { key: 'since', label: t('kennisbank.article.validSince'), value: formatDay(article.validSince) },
        { key: 'review', label: t('kennisbank.article.reviewBy'), value: formatDay(article.reviewBy) },
        { key: 'owner', label: t('kennisbank.article.owner'), value: article.owner },
      ]}
    />
  );
}
