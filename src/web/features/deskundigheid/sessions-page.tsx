import { useTranslation } from 'react-i18next';
import type { SessionPage, SessionSummary } from '../../../contract/deskundigheid-sessions';
import { useSignedInUser } from '../../session';
import { SelectField } from '../../ui/form-field';
import { formatDay } from '../../ui/format';
import { AppLink, ButtonLink } from '../../ui/link';
import { FilterForm, Page, useFilterFields } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Table, Td, Th, Tr } from '../../ui/table';
import { textFilters, useListParams } from '../../ui/use-list-params';
import {
  importPage,
  mayImport,
  mayManageSessions,
  newSessionPage,
  SESSIONS_PATH,
  sessionPage,
  sessionsKey,
  useSessionLookups,
} from './sessions-api';

const FILTERS = textFilters(['training', 'jaar', 'organisatie']);
const FIELDS = ['training', 'jaar', 'organisatie'] as const;

/** /deskundigheid/sessies: the sessions, newest first, filtered by training, year and organisation. */
export function SessionsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const lookups = useSessionLookups();
  const params = useListParams(FILTERS);
  const list = useCursorPages<SessionPage, SessionSummary>({
    key: [...sessionsKey, params.query],
    path: SESSIONS_PATH,
    query: params.query,
    items: (p) => p.sessions,
  });
  const field = useFilterFields(params, {
    error: list.query.error,
    id: (n) => `sessie-filter-${n}`,
    label: (n) => t(`deskundigheidSessies.filters.${n}`),
  });
  const year = new Date().getFullYear();
  return (
    <Page
      title={t('deskundigheidSessies.list.title')}
      headingId="sessies-lijst"
      intro={t('deskundigheidSessies.list.intro')}
      actions={
        <>
          {mayManageSessions(user.role) ? (
            <ButtonLink appearance="primary-action" to={newSessionPage}>
              {t('deskundigheidSessies.list.new')}
            </ButtonLink>
          ) : null}
          {mayImport(user.role) ? (
            <ButtonLink to={importPage}>{t('deskundigheidSessies.list.import')}</ButtonLink>
          ) : null}
        </>
      }
    >
      <FilterForm
        id="sessie-filters"
        title={t('deskundigheidSessies.filters.title')}
        error={list.query.error}
        fields={FIELDS.map((n) => ({
          field: n,
          id: `sessie-filter-${n}`,
          label: t(`deskundigheidSessies.filters.${n}`),
        }))}
        texts={{
          apply: t('deskundigheidSessies.filters.apply'),
          clear: t('deskundigheidSessies.filters.clear'),
        }}
        onApply={params.apply}
        onClear={params.clear}
      >
        <SelectField
          {...field('training')}
          placeholder={t('deskundigheidSessies.filters.any')}
          options={(lookups.data?.trainings ?? []).map((x) => ({ value: x.id, label: x.name }))}
        />
        <SelectField
          {...field('jaar')}
          placeholder={t('deskundigheidSessies.filters.any')}
          options={[year + 1, year, year - 1, year - 2, year - 3].map((y) => ({
            value: String(y),
            label: String(y),
          }))}
        />
        <SelectField
          {...field('organisatie')}
          placeholder={t('deskundigheidSessies.filters.any')}
          options={(lookups.data?.organisations ?? []).map((x) => ({ value: x.id, label: x.name }))}
        />
      </FilterForm>
      <PagedList
        list={list}
        texts={{
          none: t('deskundigheidSessies.list.none'),
          shown: (count) => t('deskundigheidSessies.list.shown', { count }),
          loadMore: t('deskundigheidSessies.loadMore'),
          loadingMore: t('deskundigheidSessies.loadingMore'),
        }}
      >
        {(sessions) => (
          <Table
            labelledBy="sessies-lijst"
            head={
              <Tr>
                <Th>{t('deskundigheidSessies.columns.date')}</Th>
                <Th>{t('deskundigheidSessies.columns.training')}</Th>
                <Th>{t('deskundigheidSessies.columns.status')}</Th>
                <Th>{t('deskundigheidSessies.columns.organisations')}</Th>
                <Th>{t('deskundigheidSessies.columns.participants')}</Th>
              </Tr>
            }
          >
            {sessions.map((s) => (
              <Tr key={s.id}>
                <Td>
                  <AppLink to={sessionPage(s.id)}>{formatDay(s.heldOn)}</AppLink>
                </Td>
                <Td>{s.training.name}</Td>
                <Td>{t(`deskundigheidSessies.status.${s.status}`)}</Td>
                <Td>{s.organisations.map((o) => o.name).join(', ')}</Td>
                <Td>{s.participants}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </PagedList>
    </Page>
  );
}
