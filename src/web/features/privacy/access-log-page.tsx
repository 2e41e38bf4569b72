import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AccessLogEntry, AccessLogPage as LogPage } from '../../../contract/access-log';
import { isRole } from '../../../domain/access/roles';
import { apiGet, queryString } from '../../api';
import { Button, ButtonGroup } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField, TextField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { PagedResults } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { Loading } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { VerifyChain } from './verify-chain';

const FILTERS = ['action', 'result', 'actorUserId', 'objectType', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];
type Filters = Record<Filter, string>;

const RESULTS = ['ok', 'denied', 'failed', 'error'] as const;

function filtersFrom(params: URLSearchParams): Filters {
  return Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Filters;
}

/** Privacy: the access log of the own municipality or region, with filters kept in the address bar. */
export function AccessLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('privacy.logTitle'));
  const [params, setParams] = useSearchParams();
  const applied = filtersFrom(params);
  const [draft, setDraft] = useState<Filters>(applied);
  // Back and forward in the browser change the filters in the address bar; the form follows.
  useEffect(() => setDraft(filtersFrom(params)), [params]);

  const log = useInfiniteQuery({
    queryKey: ['access-log', applied],
    queryFn: ({ pageParam }) =>
      apiGet<LogPage>(`/api/access-log${queryString({ ...applied, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const f of FILTERS) if (draft[f].trim() !== '') next.set(f, draft[f].trim());
    setParams(next);
  };
  const clear = () => {
    setDraft(filtersFrom(new URLSearchParams()));
    setParams(new URLSearchParams());
  };

  return (
    <>
      <Heading level={1}>{t('privacy.logTitle')}</Heading>
      <Paragraph>{t('privacy.logIntro')}</Paragraph>
      <VerifyChain />
      <LogFilters draft={draft} setDraft={setDraft} error={log.error} onApply={apply} onClear={clear} />
      {log.isPending ? <Loading /> : null}
      {log.data ? (
        <PagedResults
          query={log}
          count={entries.length}
          texts={{
            none: t('privacy.noEntries'),
            shown: t('privacy.shown', { count: entries.length }),
            loadMore: t('privacy.loadMore'),
            loadingMore: t('privacy.loadingMore'),
          }}
        >
          <LogTable entries={entries} />
        </PagedResults>
      ) : null}
    </>
  );
}

function LogFilters({
  draft,
  setDraft,
  error,
  onApply,
  onClear,
}: {
  readonly draft: Filters;
  readonly setDraft: (update: (f: Filters) => Filters) => void;
  readonly error: unknown;
  readonly onApply: (e: FormEvent) => void;
  readonly onClear: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrors(error);
  const set = (f: Filter) => (value: string) => setDraft((d) => ({ ...d, [f]: value }));
  const label = (f: Filter) => t(`privacy.filters.${f}`);
  const actions = t('privacy.actions', { returnObjects: true });
  const objectTypes = t('privacy.objectTypes', { returnObjects: true });

  return (
    <section aria-labelledby="log-filters">
      <Heading level={2} id="log-filters">
        {t('privacy.filtersTitle')}
      </Heading>
      <ErrorSummary
        error={error}
        fields={FILTERS.map((f) => ({ field: f, id: `filter-${f}`, label: label(f) }))}
      />
      <form onSubmit={onApply} noValidate aria-labelledby="log-filters">
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
        <ButtonGroup>
          <Button type="submit" appearance="primary-action">
            {t('privacy.filters.apply')}
          </Button>
          <Button onClick={onClear}>{t('privacy.filters.clear')}</Button>
        </ButtonGroup>
      </form>
    </section>
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
