import { useTranslation } from 'react-i18next';
import type { AccessLogEntry, AccessLogPage as LogPage } from '../../../contract/access-log';
import { isRole } from '../../../domain/access/roles';
import { SelectField, TextField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { DateRange, FilterForm, Page, useFilterFields } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Table, Td, Th, Tr } from '../../ui/table';
import { type ListParams, textFilters, useListParams } from '../../ui/use-list-params';
import { VerifyChain } from './verify-chain';

const NAMES = ['action', 'result', 'actorUserId', 'objectType', 'from', 'to'] as const;
const FILTERS = textFilters(NAMES);
type Filter = (typeof NAMES)[number];
type Filters = Record<Filter, string>;

const RESULTS = ['ok', 'denied', 'failed', 'error'] as const;

/** Privacy: the access log of the own municipality or region, with filters kept in the address bar. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const filters = useListParams(FILTERS);
  const log = useCursorPages({
    key: ['access-log', filters.applied],
    path: '/api/access-log',
    query: filters.query,
    items: (p: LogPage) => p.entries,
  });

  return (
    <Page title={t('privacy.logTitle')} headingId="log-title" intro={t('privacy.logIntro')}>
      <VerifyChain />
      <LogFilters filters={filters} error={log.query.error} />
      <PagedList
        list={log}
        texts={{
          none: t('privacy.noEntries'),
          shown: (count) => t('privacy.shown', { count }),
          loadMore: t('privacy.loadMore'),
          loadingMore: t('privacy.loadingMore'),
        }}
      >
        {(entries) => <LogTable entries={entries} />}
      </PagedList>
    </Page>
  );
}

function LogFilters({ filters, error }: { readonly filters: ListParams<Filters>; readonly error: unknown }) {
  const { t } = useTranslation();
  const label = (f: Filter) => t(`privacy.filters.${f}`);
  const field = useFilterFields(filters, { error, id: (f) => `filter-${f}`, label });
  const actions = t('privacy.actions', { returnObjects: true });
  const objectTypes = t('privacy.objectTypes', { returnObjects: true });

  return (
    <FilterForm
      id="log-filters"
      title={t('privacy.filtersTitle')}
      error={error}
      fields={NAMES.map((f) => ({ field: f, id: `filter-${f}`, label: label(f) }))}
      texts={{ apply: t('privacy.filters.apply'), clear: t('privacy.filters.clear') }}
      onApply={filters.apply}
      onClear={filters.clear}
    >
      <div className="duiden-filters">
        <SelectField
          {...field('action')}
          placeholder={t('privacy.filters.all')}
          options={Object.entries(actions).map(([value, text]) => ({ value, label: text }))}
        />
        <SelectField
          {...field('result')}
          placeholder={t('privacy.filters.all')}
          options={RESULTS.map((r) => ({ value: r, label: t(`privacy.results.${r}`) }))}
        />
        <SelectField
          {...field('objectType')}
          placeholder={t('privacy.filters.all')}
          options={Object.entries(objectTypes).map(([value, text]) => ({ value, label: text }))}
        />
        <TextField
          {...field('actorUserId')}
          description={t('privacy.filters.actorUserIdDescription')}
          autoComplete="off"
          spellCheck={false}
        />
        <DateRange field={field} />
      </div>
    </FilterForm>
  );
}

function LogTable({ entries }: { readonly entries: readonly AccessLogEntry[] }) {
  const { t } = useTranslation();
  const actions: Record<string, string> = t('privacy.actions', { returnObjects: true });
  const objectTypes: Record<string, string> = t('privacy.objectTypes', { returnObjects: true });
  const results: Record<string, string> = t('privacy.results', { returnObjects: true });

  return (
    <Table
      labelledBy="log-title"
      head={
        <Tr>
          <Th>{t('privacy.columns.time')}</Th>
          <Th>{t('privacy.columns.who')}</Th>
          <Th>{t('privacy.columns.action')}</Th>
          <Th>{t('privacy.columns.object')}</Th>
          <Th>{t('privacy.columns.result')}</Th>
          <Th>{t('privacy.columns.purpose')}</Th>
          <Th>{t('privacy.columns.clientIp')}</Th>
        </Tr>
      }
    >
      {entries.map((e) => (
        <Tr key={e.id}>
          <Td nowrap>
            <time dateTime={e.at}>{formatDateTime(e.at)}</time>
          </Td>
          <Td>
            {e.actorName ? (
              <>
                <strong>{e.actorName}</strong>
                <br />
                {[
                  e.organisationName,
                  e.actorRole && (isRole(e.actorRole) ? t(`roles.${e.actorRole}`) : e.actorRole),
                ]
                  .filter(Boolean)
                  .join(', ')}
              </>
            ) : (
              <span className="duiden-muted">{t('privacy.anonymous')}</span>
            )}
            {e.onBehalfOf ? (
              <>
                <br />
                {t('privacy.onBehalfOf', { id: e.onBehalfOf })}
              </>
            ) : null}
          </Td>
          <Td>{actions[e.action] ?? e.action}</Td>
          <Td>
            {e.objectType ? (objectTypes[e.objectType] ?? e.objectType) : t('common.none')}
            {e.objectId ? (
              <>
                <br />
                <span className="duiden-code">{e.objectId}</span>
              </>
            ) : null}
          </Td>
          <Td>{results[e.result] ?? e.result}</Td>
          <Td>{e.purpose ?? t('common.none')}</Td>
          <Td nowrap>{e.clientIp ?? t('common.none')}</Td>
        </Tr>
      ))}
    </Table>
  );
}
