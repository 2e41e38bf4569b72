import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { ArticlePage, ArticleSummary } from '../../../contract/kennisbank';
import { NATIONAL_IDS } from '../../../domain/kennisbank/help-topics';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { FilterForm, Page } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { textFilters, useListParams } from '../../ui/use-list-params';
import { usePublicMunicipalities } from '../meldingen/meldingen-api';
import { ArticleFacts, ArticleText } from './article-text';
import {
  HELP_PAGE,
  PUBLIC_ARTICLES_PATH,
  publicArticlePage,
  useLanguage,
  usePublicArticle,
} from './kennisbank-api';

const FILTERS = textFilters(['gemeente', 'zoek']);

/** Where to get help at once: 112, the police's number without urgency, the LSE for relatives and friends. */
function WhereToGetHelp({ municipality }: { readonly municipality: string }) {
  const { t } = useTranslation();
  return (
    <Alert type="warning">
      <Heading level={2}>{t('kennisbank.help.urgentTitle')}</Heading>
      <Paragraph>{t('kennisbank.help.call112')}</Paragraph>
      <Paragraph>{t('kennisbank.help.police')}</Paragraph>
      <Paragraph>
        {t('kennisbank.help.relatives')}{' '}
        <AppLink to={publicArticlePage(NATIONAL_IDS.lse, municipality)}>
          {t('kennisbank.help.lseLink')}
        </AppLink>
      </Paragraph>
    </Alert>
  );
}

/** /hulp: the public help page (no sign-in): where to get help, and the public articles of the kennisbank. */
export function PublicHelpPage() {
  const { t } = useTranslation();
  const { language, text } = useLanguage();
  const municipalities = usePublicMunicipalities();
  const params = useListParams(FILTERS);
  const query = [params.query, `taal=${language}`].filter(Boolean).join('&');
  const list = useCursorPages<ArticlePage, ArticleSummary>({
    key: ['kennisbank', 'publiek', query],
    path: PUBLIC_ARTICLES_PATH,
    query,
    items: (p) => p.articles,
  });
  const municipality = params.applied.gemeente;
  return (
    <Page title={t('kennisbank.help.title')} headingId="hulp-titel" intro={t('kennisbank.help.intro')}>
      <WhereToGetHelp municipality={municipality} />
      <Paragraph>
        <AppLink to="/melden">{t('kennisbank.help.toReport')}</AppLink>
      </Paragraph>
      <FilterForm
        id="hulp-filters"
        title={t('kennisbank.help.filtersTitle')}
        error={list.query.error}
        fields={[
          { field: 'gemeente', id: 'hulp-filter-gemeente', label: t('kennisbank.help.municipality') },
          { field: 'zoek', id: 'hulp-filter-zoek', label: t('kennisbank.filters.zoek') },
          { field: 'cursor', id: 'hulp-filter-zoek', label: t('kennisbank.filters.zoek') },
        ]}
        texts={{ apply: t('kennisbank.filters.apply'), clear: t('kennisbank.filters.clear') }}
        onApply={params.apply}
        onClear={params.clear}
      >
        <SelectField
          id="hulp-filter-gemeente"
          label={t('kennisbank.help.municipality')}
          description={t('kennisbank.help.municipalityHint')}
          placeholder={t('kennisbank.help.noMunicipality')}
          value={params.draft.gemeente}
          onValueChange={params.set('gemeente')}
          options={(municipalities.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
        />
        <TextField
          id="hulp-filter-zoek"
          label={t('kennisbank.filters.zoek')}
          type="search"
          autoComplete="off"
          value={params.draft.zoek}
          onValueChange={params.set('zoek')}
        />
      </FilterForm>
      <Section id="hulp-artikelen" title={t('kennisbank.help.articlesTitle')}>
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
            <ul className="utrecht-unordered-list duiden-article-list">
              {articles.map((a) => (
                <li key={a.id} className="utrecht-unordered-list__item">
                  <AppLink to={publicArticlePage(a.id, municipality)}>{text(a.title)}</AppLink>
                  <br />
                  <span className="duiden-article-summary">{text(a.summary)}</span>
                </li>
              ))}
            </ul>
          )}
        </PagedList>
      </Section>
    </Page>
  );
}

/** /hulp/:id: one public article, printable. */
export function PublicArticlePage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const municipality = search.get('gemeente') ?? '';
  const { t } = useTranslation();
  const { text } = useLanguage();
  const article = usePublicArticle(id, municipality);
  const back = municipality ? `${HELP_PAGE}?gemeente=${encodeURIComponent(municipality)}` : HELP_PAGE;
  return (
    <QueryState query={article}>
      {(a) => (
        <Page
          title={text(a.title)}
          before={
            <Paragraph>
              <AppLink to={back}>{t('kennisbank.help.back')}</AppLink>
            </Paragraph>
          }
        >
          <ArticleText article={a} />
          <Section id="hulp-over" title={t('kennisbank.article.about')}>
            <ArticleFacts article={a} />
          </Section>
          <div className="duiden-no-print">
            <Button onClick={() => window.print()}>{t('kennisbank.article.print')}</Button>
          </div>
        </Page>
      )}
    </QueryState>
  );
}
