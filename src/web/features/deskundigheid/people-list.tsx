import { useTranslation } from 'react-i18next';
import type { TrainingPersonPage, TrainingPersonSummary } from '../../../contract/deskundigheid-people';
import { useSignedInUser } from '../../session';
import { Alert } from '../../ui/alert';
import { SelectField, TextField } from '../../ui/form-field';
import { formatDay } from '../../ui/format';
import { AppLink, ButtonLink } from '../../ui/link';
import { BackLink, FilterForm, Page, useFilterFields } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Table, Td, Th, Tr } from '../../ui/table';
import { textFilters, useListParams } from '../../ui/use-list-params';
import { mayDo, newPersonPage, PEOPLE_PATH, peopleKey, personPage, useLookups } from './deskundigheid-api';
import { GroupSizesSection } from './people-group-sizes';

const FILTERS = textFilters(['zoek', 'organisatie', 'doelgroep']);

/**
 * /deskundigheid/personen: the people in the target groups, searchable, paged on the server. A partner's user
 * sees only its own organisation's people (the server decides).
 */
export function PeopleListPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const lookups = useLookups();
  const params = useListParams(FILTERS);
  const list = useCursorPages<TrainingPersonPage, TrainingPersonSummary>({
    key: peopleKey(params.query),
    path: PEOPLE_PATH,
    query: params.query,
    items: (p) => p.people,
  });
  const field = useFilterFields(params, {
    error: list.query.error,
    id: (n) => `personen-filter-${n}`,
    label: (n) => t(`deskundigheid.people.filters.${n}`),
  });
  return (
    <Page
      title={t('deskundigheid.people.title')}
      headingId="personen-titel"
      intro={t('deskundigheid.people.intro')}
      before={<BackLink to="/deskundigheid">{t('deskundigheid.backHome')}</BackLink>}
      actions={
        mayDo('deskundigheid.peopleManage', user.role) ? (
          <ButtonLink appearance="primary-action" to={newPersonPage}>
            {t('deskundigheid.people.new')}
          </ButtonLink>
        ) : null
      }
    >
      <Alert>{t('deskundigheid.people.workDataOnly')}</Alert>
      <FilterForm
        id="personen-filters"
        title={t('deskundigheid.people.filters.title')}
        error={list.query.error}
        fields={['zoek', 'organisatie', 'doelgroep', 'cursor'].map((n) => ({
          field: n,
          id: `personen-filter-${n === 'cursor' ? 'zoek' : n}`,
          label: t(`deskundigheid.people.filters.${n === 'cursor' ? 'zoek' : (n as 'zoek')}`),
        }))}
        texts={{ apply: t('deskundigheid.filters.apply'), clear: t('deskundigheid.filters.clear') }}
        onApply={params.apply}
        onClear={params.clear}
      >
        <TextField
          {...field('zoek')}
          description={t('deskundigheid.people.filters.zoekHint')}
          autoComplete="off"
        />
        <SelectField
          {...field('organisatie')}
          placeholder={t('deskundigheid.filters.any')}
          options={(lookups.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectField
          {...field('doelgroep')}
          placeholder={t('deskundigheid.filters.any')}
          options={(lookups.data?.targetGroups ?? []).map((g) => ({ value: g.id, label: g.name }))}
        />
      </FilterForm>
      <PagedList
        list={list}
        texts={{
          none: t('deskundigheid.people.none'),
          shown: (count) => t('deskundigheid.people.shown', { count }),
          loadMore: t('deskundigheid.loadMore'),
          loadingMore: t('deskundigheid.loadingMore'),
        }}
      >
        {(people) => (
          <Table
            labelledBy="personen-titel"
            head={
              <Tr>
                <Th>{t('deskundigheid.person.name')}</Th>
                <Th>{t('deskundigheid.person.organisation')}</Th>
                <Th>{t('deskundigheid.person.targetGroup')}</Th>
                <Th>{t('deskundigheid.person.department')}</Th>
                <Th>{t('deskundigheid.person.activeSince')}</Th>
              </Tr>
            }
          >
            {people.map((p) => (
              <Tr key={p.id}>
                <Td>
                  <AppLink to={personPage(p.id)}>{p.name}</AppLink>
                </Td>
                <Td>{p.organisation.name}</Td>
                <Td>{p.targetGroup.name}</Td>
                <Td>{p.department || '—'}</Td>
                <Td>{formatDay(p.activeSince)}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </PagedList>
      <GroupSizesSection />
    </Page>
  );
}
