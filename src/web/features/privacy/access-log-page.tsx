import { useTranslation } from 'react-i18next';
import { type AccessLogEntry, isRole, type AccessLogPage as LogPage } from '../../api-types';
import { SelectField, TextField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { FilterForm, Page } from '../../ui/list-page';
import { PagedResults, useCursorPages } from '../../ui/paged-results';
import { useFieldErrors } from '../../ui/problem';
import { QueryState } from '../../ui/query-state';
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
    <Page title={t('privacy.logTitle')} intro={t('privacy.logIntro')}>
      <VerifyChain />
      <LogFilters filters={filters} error={log.query.error} />
      <QueryState query={log.query} showError={false}>
        {() => (
          <PagedResults
            query={log.query}
            count={log.items.length}
            texts={{
              none: t('privacy.noEntries'),
              shown: t('privacy.shown', { count: log.items.length }),
              loadMore: t('privacy.loadMore'),
              loadingMore: t('privacy.loadingMore'),
            }}
          >
            <LogTable entries={log.items} />
          </PagedResults>
        )}
      </QueryState>
    </Page>
  );
}

function LogFilters({
  filters: { draft, set, apply, clear },
  error,
}: {
  readonly filters: ListParams<Filters>;
  readonly error: unknown;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrors(error);
  const label = (f: Filter) => t(`privacy.filters.${f}`);
  const actions = t('privacy.actions', { returnObjects: true });
  const objectTypes = t('privacy.objectTypes', { returnObjects: true });

  return (
    <FilterForm
      id="log-filters"
      title={t('privacy.filtersTitle')}
      error={error}
      fields={NAMES.map((f) => ({ field: f, id: `filter-${f}`, label: label(f) }))}
      texts={{ apply: t('privacy.filters.apply'), clear: t('privacy.filters.clear') }}
      onApply={apply}
      onClear={clear}
    >
      <div className="duiden-filters">
        <SelectField
          id="filter-action"
          label={label('action')}
          value={draft.action}
          onValueChange={set('action')}
          error={fieldError('action')}
          placeholder={t('privacy.filters.all')}
          options={Object.entries(actions).map(([value, text]) => ({ value, label: text }))}
        />
        <SelectField
          id="filter-result"
          label={label('result')}
          value={draft.result}
          onValueChange={set('result')}
          error={fieldError('result')}
          placeholder={t('privacy.filters.all')}
          options={RESULTS.map((r) => ({ value: r, label: t(`privacy.results.${r}`) }))}
        />
        <SelectField
          id="filter-objectType"
          label={label('objectType')}
          value={draft.objectType}
          onValueChange={set('objectType')}
          error={fieldError('objectType')}
          placeholder={t('privacy.filters.all')}
          options={Object.entries(objectTypes).map(([value, text]) => ({ value, label: text }))}
        />
        <TextField
          id="filter-actorUserId"
          label={label('actorUserId')}
          description={t('privacy.filters.actorUserIdDescription')}
          value={draft.actorUserId}
          onValueChange={set('actorUserId')}
          error={fieldError('actorUserId')}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          id="filter-from"
          type="date"
          label={label('from')}
          value={draft.from}
          onValueChange={set('from')}
          error={fieldError('from')}
        />
        <TextField
          id="filter-to"
          type="date"
          label={label('to')}
          value={draft.to}
          onValueChange={set('to')}
          error={fieldError('to')}
        />
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
      caption={t('privacy.tableCaption')}
      captionHidden
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
