import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { WorklistPage as Page, WorklistItem } from '../../../contract/meldingen';
import { CHANNELS, isOneOf, SIGNAL_KINDS, STATUSES, type Status } from '../../../domain/melding/types';
import { apiGet } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { useSignedInUser } from '../../session';
import { Button, ButtonGroup } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink, ButtonLink } from '../../ui/link';
import { PagedResults } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { Loading } from '../../ui/query-state';
import { StatusBadge } from '../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { NextDeadline } from './deadline-text';
import { useCategories, WORKLIST_SORTS, worklistKey } from './meldingen-api';
import { INTAKE_ROLES } from './staff-intake-page';

/** The filters, as they stand in the address bar (the API's names) and in the form. */
interface Filters {
  readonly q: string;
  readonly status: readonly Status[];
  readonly categoryId: string;
  readonly channel: string;
  readonly kind: string;
  readonly from: string;
  readonly to: string;
  readonly overdue: boolean;
  readonly sort: string;
}

const TEXT_FILTERS = ['q', 'categoryId', 'channel', 'kind', 'from', 'to', 'sort'] as const;
type FilterName = (typeof TEXT_FILTERS)[number] | 'status' | 'overdue';

function filtersFrom(params: URLSearchParams): Filters {
  return {
    q: params.get('q') ?? '',
    status: params.getAll('status').filter((s): s is Status => isOneOf(STATUSES, s)),
    categoryId: params.get('categoryId') ?? '',
    channel: params.get('channel') ?? '',
    kind: params.get('kind') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    overdue: params.get('overdue') === 'true',
    sort: params.get('sort') ?? '',
  };
}

function toParams(f: Filters): URLSearchParams {
  const p = new URLSearchParams();
  for (const name of TEXT_FILTERS) if (f[name].trim() !== '') p.set(name, f[name].trim());
  for (const s of f.status) p.append('status', s);
  if (f.overdue) p.set('overdue', 'true');
  return p;
}

/** Status badges: the word carries the meaning; the colour only repeats it. */
export const STATUS_BADGE = {
  ontvangen: 'neutral',
  in_behandeling: 'warning',
  meer_informatie_nodig: 'warning',
  geagendeerd: 'warning',
  besloten: 'success',
  afgesloten: 'inactive',
} as const;

/**
 * /meldingen: the worklist of the own municipality for the meldpunt, the officer and the mayor: filters,
 * full-text search and sort order in the address bar, pages by cursor ("Meer laden").
 */
export function WorklistPage() {
  const { t } = useTranslation();
  usePageTitle(t('meldpunt.worklist.title'));
  const user = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const applied = filtersFrom(params);
  const [draft, setDraft] = useState<Filters>(applied);
  // Back and forward in the browser change the filters in the address bar; the form follows.
  useEffect(() => setDraft(filtersFrom(params)), [params]);
  const query = toParams(applied).toString();

  const list = useInfiniteQuery({
    queryKey: [...worklistKey, query],
    queryFn: ({ pageParam }) => {
      const p = new URLSearchParams(query);
      if (pageParam) p.set('cursor', pageParam);
      const s = p.toString();
      return apiGet<Page>(`/api/meldingen${s ? `?${s}` : ''}`);
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  // A search for a whole reference opens that signal; the search itself is not kept in the history, so
  // going back returns to the list as it was before.
  const navigate = useNavigate();
  const searched = (useLocation().state as { searched?: boolean } | null)?.searched === true;
  const exactId = list.data?.pages[0]?.exactId ?? null;
  useEffect(() => {
    if (searched && exactId) navigate(`/meldingen/${exactId}`, { replace: true });
  }, [searched, exactId, navigate]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setParams(toParams(draft), { state: { searched: true } });
  };
  const clear = () => {
    setDraft(filtersFrom(new URLSearchParams()));
    setParams(new URLSearchParams());
  };

  return (
    <>
      <Heading level={1}>{t('meldpunt.worklist.title')}</Heading>
      <Paragraph>{t('meldpunt.worklist.intro')}</Paragraph>
      {(INTAKE_ROLES as readonly string[]).includes(user.role) ? (
        <ButtonGroup>
          <ButtonLink to="/meldingen/nieuw" appearance="primary-action">
            {t('meldpunt.worklist.newIntake')}
          </ButtonLink>
        </ButtonGroup>
      ) : null}
      <WorklistFilters draft={draft} setDraft={setDraft} error={list.error} onApply={apply} onClear={clear} />
      {list.isPending ? <Loading /> : null}
      {list.data ? (
        <PagedResults
          query={list}
          count={items.length}
          texts={{
            none: t('meldpunt.worklist.none'),
            shown: t('meldpunt.worklist.shown', { count: items.length }),
            loadMore: t('meldpunt.worklist.loadMore'),
            loadingMore: t('meldpunt.worklist.loadingMore'),
          }}
        >
          <WorklistTable items={items} />
        </PagedResults>
      ) : null}
    </>
  );
}

function WorklistFilters({
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
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const categories = useCategories();
  const fieldError = useFieldErrors(error);
  const set = (name: (typeof TEXT_FILTERS)[number]) => (value: string) =>
    setDraft((d) => ({ ...d, [name]: value }));
  const label = (name: FilterName) => t(`meldpunt.worklist.filters.${name}`);
  const toggleStatus = (s: Status, on: boolean) =>
    setDraft((d) => ({
      ...d,
      status: on ? STATUSES.filter((x) => x === s || d.status.includes(x)) : d.status.filter((x) => x !== s),
    }));

  return (
    <section aria-labelledby="worklist-filters">
      <Heading level={2} id="worklist-filters">
        {t('meldpunt.worklist.filtersTitle')}
      </Heading>
      <ErrorSummary
        error={error}
        fields={[
          { field: 'q', id: 'filter-q', label: label('q') },
          ...STATUSES.map((_, i) => ({
            field: `status.${i}`,
            id: `filter-status-${STATUSES[0]}`,
            label: label('status'),
          })),
          ...(['categoryId', 'channel', 'kind', 'from', 'to', 'sort'] as const).map((f) => ({
            field: f,
            id: `filter-${f}`,
            label: label(f),
          })),
        ]}
      />
      <form onSubmit={onApply} noValidate aria-labelledby="worklist-filters">
        <TextField
          id="filter-q"
          type="search"
          label={label('q')}
          description={t('meldpunt.worklist.filters.qDescription')}
          value={draft.q}
          onValueChange={set('q')}
          error={fieldError('q')}
          autoComplete="off"
          maxLength={200}
        />
        <Fieldset legend={label('status')} className="duiden-checkbox-group">
          {STATUSES.map((s) => (
            <CheckboxField
              key={s}
              id={`filter-status-${s}`}
              label={t(`meldpunt.statuses.${s}`)}
              checked={draft.status.includes(s)}
              onCheckedChange={(on) => toggleStatus(s, on)}
            />
          ))}
        </Fieldset>
        <div className="duiden-filters">
          <SelectField
            id="filter-categoryId"
            label={label('categoryId')}
            value={draft.categoryId}
            onValueChange={set('categoryId')}
            error={fieldError('categoryId')}
            placeholder={t('meldpunt.worklist.filters.all')}
            options={(categories.data ?? []).map((c) => ({
              value: c.id,
              label: language === 'en' ? c.labelEn : c.labelNl,
            }))}
          />
          <SelectField
            id="filter-channel"
            label={label('channel')}
            value={draft.channel}
            onValueChange={set('channel')}
            error={fieldError('channel') ?? fieldError('channel.0')}
            placeholder={t('meldpunt.worklist.filters.all')}
            options={CHANNELS.map((c) => ({ value: c, label: t(`meldpunt.channels.${c}`) }))}
          />
          <SelectField
            id="filter-kind"
            label={label('kind')}
            value={draft.kind}
            onValueChange={set('kind')}
            error={fieldError('kind')}
            placeholder={t('meldpunt.worklist.filters.all')}
            options={SIGNAL_KINDS.map((k) => ({ value: k, label: t(`meldpunt.kinds.${k}`) }))}
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
          <SelectField
            id="filter-sort"
            label={label('sort')}
            value={draft.sort || WORKLIST_SORTS[0]}
            onValueChange={set('sort')}
            error={fieldError('sort')}
            options={WORKLIST_SORTS.map((s) => ({ value: s, label: t(`meldpunt.worklist.sorts.${s}`) }))}
          />
        </div>
        <CheckboxField
          id="filter-overdue"
          label={label('overdue')}
          checked={draft.overdue}
          onCheckedChange={(overdue) => setDraft((d) => ({ ...d, overdue }))}
          error={fieldError('overdue')}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action">
            {t('meldpunt.worklist.filters.apply')}
          </Button>
          <Button onClick={onClear}>{t('meldpunt.worklist.filters.clear')}</Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function WorklistTable({ items }: { readonly items: readonly WorklistItem[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (
    <Table
      caption={t('meldpunt.worklist.tableCaption')}
      captionHidden
      head={
        <Tr>
          <Th>{t('meldpunt.worklist.columns.reference')}</Th>
          <Th>{t('meldpunt.worklist.columns.received')}</Th>
          <Th>{t('meldpunt.worklist.columns.kindAndChannel')}</Th>
          <Th>{t('meldpunt.worklist.columns.category')}</Th>
          <Th>{t('meldpunt.worklist.columns.status')}</Th>
          <Th>{t('meldpunt.worklist.columns.deadline')}</Th>
          <Th>{t('meldpunt.worklist.columns.summary')}</Th>
        </Tr>
      }
    >
      {items.map((s) => (
        <Tr key={s.id}>
          <Td nowrap>
            <AppLink to={`/meldingen/${s.id}`}>{s.reference}</AppLink>
          </Td>
          <Td nowrap>
            <time dateTime={s.receivedAt}>{formatDateTime(s.receivedAt)}</time>
          </Td>
          <Td>
            {t(`meldpunt.kinds.${s.kind}`)}
            <br />
            {t(`meldpunt.channels.${s.channel}`)}
            {s.restricted ? (
              <>
                <br />
                <span className="duiden-muted">{t('meldpunt.worklist.restricted')}</span>
              </>
            ) : null}
          </Td>
          <Td>
            {s.category ? (
              language === 'en' ? (
                s.category.labelEn
              ) : (
                s.category.labelNl
              )
            ) : (
              <span className="duiden-muted">{t('meldpunt.worklist.noCategory')}</span>
            )}
          </Td>
          <Td>
            {s.status ? (
              <StatusBadge status={STATUS_BADGE[s.status]}>{t(`meldpunt.statuses.${s.status}`)}</StatusBadge>
            ) : (
              t(`meldpunt.publicStatuses.${s.publicStatus}`)
            )}
          </Td>
          <Td className="duiden-cell-deadline">
            <NextDeadline deadlines={s.deadlines} />
          </Td>
          <Td className="duiden-cell-text">{s.summary}</Td>
        </Tr>
      ))}
    </Table>
  );
}
