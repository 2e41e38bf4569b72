import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../contract/meldingen';
import { apiGet, queryString } from '../../api';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { TextField } from '../../ui/form-field';
import { formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { Loading } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { textFilters, useListParams, useOpenWhenSearched } from '../../ui/use-list-params';

/** Who may look persons up by name (the API's persoon.link); the mayor reaches a person from a signal. */
export const PERSON_SEARCH_ROLES = ['meldpunt', 'aandachtsfunctionaris'] as const;

const FILTERS = textFilters(['naam']);

/**
 * /personen: find a person by name (similar names too), in name order, or by the number of a signal or
 * case; the one person of a number opens at once. The search is kept in the address bar.
 */
export function PersonsPage() {
  const { t } = useTranslation();
  const { applied, draft, set, apply } = useListParams(FILTERS, { searched: true });

  const search = useQuery({
    queryKey: ['person-search', applied.naam],
    queryFn: () => apiGet<Candidate[]>(`/api/personen${queryString({ naam: applied.naam })}`),
    enabled: applied.naam !== '',
  });
  const fieldError = useFieldErrors(search.error);
  const only = search.data?.length === 1 ? search.data[0] : undefined;
  useOpenWhenSearched(only?.matchedOn.includes('referentie') ? `/personen/${only.id}` : null);
  const none = t('common.none');

  return (
    <Page title={t('personen.searchTitle')} intro={t('personen.searchIntro')}>
      <ErrorSummary
        error={search.error}
        fields={[{ field: 'naam', id: 'person-name', label: t('personen.nameOrNumber') }]}
      />
      <form className="duiden-form" onSubmit={apply} noValidate aria-label={t('personen.searchTitle')}>
        <TextField
          id="person-name"
          type="search"
          label={t('personen.nameOrNumber')}
          description={t('personen.nameDescription')}
          value={draft.naam}
          onValueChange={set('naam')}
          error={fieldError('naam')}
          autoComplete="off"
          minLength={2}
          maxLength={200}
        />
        <Button type="submit" appearance="primary-action">
          {t('personen.search')}
        </Button>
      </form>
      {search.isFetching ? <Loading /> : null}
      {search.data ? (
        <section aria-labelledby="person-results" className="duiden-section">
          <Heading level={2} id="person-results">
            {t('personen.results', { count: search.data.length })}
          </Heading>
          {search.data.length === 0 ? (
            <Paragraph>{t('personen.noResults')}</Paragraph>
          ) : (
            <Table
              labelledBy="person-results"
              head={
                <Tr>
                  <Th>{t('personen.fields.displayName')}</Th>
                  <Th>{t('personen.fields.birthDate')}</Th>
                  <Th>{t('personen.fields.neighbourhood')}</Th>
                  <Th>{t('personen.fields.schoolOrWork')}</Th>
                </Tr>
              }
            >
              {search.data.map((p) => (
                <Tr key={p.id}>
                  <Td>
                    <AppLink to={`/personen/${p.id}`}>{p.displayName}</AppLink>
                  </Td>
                  <Td nowrap>{p.birthDate ? formatDay(p.birthDate) : none}</Td>
                  <Td>{p.neighbourhood ?? none}</Td>
                  <Td>{p.schoolOrWork ?? none}</Td>
                </Tr>
              ))}
            </Table>
          )}
        </section>
      ) : null}
    </Page>
  );
}
