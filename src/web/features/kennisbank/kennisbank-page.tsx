import { useTranslation } from 'react-i18next';
import type { ArticlePage, ArticleSummary } from '../../../contract/kennisbank';
import { ARTICLE_KINDS, ARTICLE_SCOPES } from '../../../domain/kennisbank/article';
import { useSignedInUser } from '../../session';
import { SelectField, TextField } from '../../ui/form-field';
import { formatDay } from '../../ui/format';
import { AppLink, ButtonLink } from '../../ui/link';
import { FilterForm, Page, useFilterFields } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Table, Td, Th, Tr } from '../../ui/table';
import { textFilters, useListParams } from '../../ui/use-list-params';
import {
  ARTICLES_PATH,
  articlePage,
  articlesKey,
  mayManage,
  NEW_ARTICLE_PAGE,
  useLanguage,
} from './kennisbank-api';

const FILTERS = textFilters(['zoek', 'soort', 'bereik', 'verborgen']);

/** /kennisbank: the national articles and the municipality's own, searched in full text, paged on the server. */
export function KennisbankPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { language, text } = useLanguage();
  const params = useListParams(FILTERS, { searched: true });
  const query = [params.query, `taal=${language}`].filter(Boolean).join('&');
  const list = useCursorPages<ArticlePage, ArticleSummary>({
    key: articlesKey(query),
    path: ARTICLES_PATH,
    query,
    items: (p) => p.articles,
  });
  const field = useFilterFields(params, {
    error: list.query.error,
    id: (n) => `kennisbank-filter-${n}`,
    label: (n) => t(`kennisbank.filters.${n}`),
  });
  return (
    <Page
      title={t('kennisbank.title')}
      headingId="kennisbank-titel"
      intro={t('kennisbank.intro')}
      actions={
        mayManage(user.role) ? (
          <ButtonLink appearance="primary-action" to={NEW_ARTICLE_PAGE}>
            {t('kennisbank.new')}
          </ButtonLink>
        ) : null
      }
    >
      <FilterForm
        id="kennisbank-filters"
        title={t('kennisbank.filters.title')}
        intro={t('kennisbank.filters.intro')}
        error={list.query.error}
        fields={['zoek', 'soort', 'bereik', 'verborgen', 'cursor'].map((n) => ({
          field: n,
          id: `kennisbank-filter-${n === 'cursor' ? 'zoek' : n}`,
          label: t(`kennisbank.filters.${n === 'cursor' ? 'zoek' : (n as 'zoek')}`),
        }))}
        texts={{ apply: t('kennisbank.filters.apply'), clear: t('kennisbank.filters.clear') }}
        onApply={params.apply}
        onClear={params.clear}
      >
        <TextField {...field('zoek')} type="search" autoComplete="off" />
        <SelectField
          {...field('soort')}
          placeholder={t('kennisbank.filters.any')}
          options={ARTICLE_KINDS.map((k) => ({ value: k, label: t(`kennisbank.kinds.${k}`) }))}
        />
        <SelectField
          {...field('bereik')}
          placeholder={t('kennisbank.filters.any')}
          options={ARTICLE_SCOPES.map((s) => ({ value: s, label: t(`kennisbank.scopes.${s}`) }))}
        />
        {mayManage(user.role) ? (
          <SelectField
            {...field('verborgen')}
            placeholder={t('kennisbank.filters.hiddenLeftOut')}
            options={[{ value: 'true', label: t('kennisbank.filters.hiddenToo') }]}
          />
        ) : null}
      </FilterForm>
      <PagedList
        list={list}
        texts={{
          none: t('kennisbank.none'),
          shown: (count) => t('kennisbank.shown', { count }),
          loadMore: t('kennisbank.loadMore'),
          loadingMore: t('kennisbank.loadingMore'),
        }}
      >
        {(articles) => (
          <Table
            labelledBy="kennisbank-titel"
            head={
              <Tr>
                <Th>{t('kennisbank.article.title')}</Th>
                <Th>{t('kennisbank.article.kind')}</Th>
                <Th>{t('kennisbank.article.scope')}</Th>
                <Th>{t('kennisbank.article.reviewBy')}</Th>
              </Tr>
            }
          >
            {articles.map((a) => (
              <Tr key={a.id}>
                <Td>
                  <AppLink to={articlePage(a.id)}>{text(a.title)}</AppLink>
                  <br />
                  <span className="duiden-article-summary">{text(a.summary)}</span>
                </Td>
                <Td>{t(`kennisbank.kinds.${a.kind}`)}</Td>
                <Td>
                  {t(`kennisbank.scopes.${a.scope}`)}
                  {a.public ? `, ${t('kennisbank.article.onPublicPage')}` : ''}
                  {a.hidden ? (
                    <>
                      <br />
                      <strong>{t('kennisbank.visibility.isHidden')}</strong>
                    </>
                  ) : null}
                </Td>
                <Td>
                  {formatDay(a.reviewBy)}
                  {a.pastReview ? (
                    <>
                      <br />
                      <strong>{t('kennisbank.article.pastReviewShort')}</strong>
                    </>
                  ) : null}
                </Td>
              </Tr>
            ))}
          </Table>
        )}
      </PagedList>
    </Page>
  );
}
