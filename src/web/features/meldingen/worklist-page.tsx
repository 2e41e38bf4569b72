import { useTranslation } from 'react-i18next';
import type { WorklistItem, WorklistPage as WorklistResult } from '../../../contract/meldingen';
import {
  CHANNELS,
  OPEN_STATUSES,
  SIGNAL_KINDS,
  STATUSES,
  type Status,
  WORKLIST_SORTS,
} from '../../../domain/melding/types';
import { currentLanguage } from '../../i18n/i18n';
import { useSignedInUser } from '../../session';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { AppLink, ButtonLink } from '../../ui/link';
import { DateRange, FilterForm, Page, useFilterFields } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { useFieldErrors } from '../../ui/problem';
import { StatusBadge } from '../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../ui/table';
import {
  type FiltersOf,
  filterCodec,
  type ListParams,
  param,
  useListParams,
  useOpenWhenSearched,
} from '../../ui/use-list-params';
import { NextDeadline } from './deadline-text';
import { useCategories, worklistKey } from './meldingen-api';
import { INTAKE_ROLES } from './staff-intake-page';

/**
 * The filters, as they stand in the address bar (the API's names) and in the form. Opened without them, the
 * worklist shows the open signals, the earliest deadline first; a link naming a status or an order (the
 * home page's "?status=ontvangen") gets that, in the same default order unless it names one.
 */
const FILTERS = filterCodec({
  q: param.text(),
  categoryId: param.text(),
  channel: param.text(),
  kind: param.text(),
  from: param.text(),
  to: param.text(),
  sort: param.text({ otherwise: WORKLIST_SORTS[0] }),
  status: param.list(STATUSES, { otherwise: OPEN_STATUSES }),
  overdue: param.flag(),
});
type Filters = FiltersOf<typeof FILTERS>;
type FilterName = keyof Filters;

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
  const user = useSignedInUser();
  const filters = useListParams(FILTERS, { searched: true });
  const list = useCursorPages({
    key: [...worklistKey, filters.query],
    path: '/api/meldingen',
    query: filters.query,
    items: (p: WorklistResult) => p.items,
  });
  // A search for a whole reference opens that signal.
  const exactId = list.query.data?.pages[0]?.exactId ?? null;
  useOpenWhenSearched(exactId ? `/meldingen/${exactId}` : null);

  return (
    <Page
      title={t('meldpunt.worklist.title')}
      intro={t('meldpunt.worklist.intro')}
      actions={
        (INTAKE_ROLES as readonly string[]).includes(user.role) ? (
          <ButtonLink to="/meldingen/nieuw" appearance="primary-action">
            {t('meldpunt.worklist.newIntake')}
          </ButtonLink>
        ) : null
      }
    >
      <WorklistFilters filters={filters} error={list.query.error} />
      <PagedList
        list={list}
        texts={{
          none: t('meldpunt.worklist.none'),
          shown: (count) => t('meldpunt.worklist.shown', { count }),
          loadMore: t('meldpunt.worklist.loadMore'),
          loadingMore: t('meldpunt.worklist.loadingMore'),
        }}
      >
        {(items) => <WorklistTable items={items} sort={filters.applied.sort} />}
      </PagedList>
    </Page>
  );
}

function WorklistFilters({
  filters,
  error,
}: {
  readonly filters: ListParams<Filters>;
  readonly error: unknown;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const categories = useCategories();
  const fieldError = useFieldErrors(error);
  const label = (name: FilterName) => t(`meldpunt.worklist.filters.${name}`);
  const field = useFilterFields(filters, { error, id: (name) => `filter-${name}`, label });
  const toggleStatus = (s: Status, on: boolean) =>
    filters.setDraft((d) => ({
      ...d,
      status: on ? STATUSES.filter((x) => x === s || d.status.includes(x)) : d.status.filter((x) => x !== s),
    }));

  return (
    <FilterForm
      id="worklist-filters"
      title={t('meldpunt.worklist.filtersTitle')}
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
      texts={{ apply: t('meldpunt.worklist.filters.apply'), clear: t('meldpunt.worklist.filters.clear') }}
      onApply={filters.apply}
      onClear={filters.clear}
    >
      <TextField
        {...field('q')}
        type="search"
        description={t('meldpunt.worklist.filters.qDescription')}
        autoComplete="off"
        maxLength={200}
      />
      <Fieldset legend={label('status')} className="duiden-checkbox-group">
        {STATUSES.map((s) => (
          <CheckboxField
            key={s}
            id={`filter-status-${s}`}
            label={t(`meldpunt.statuses.${s}`)}
            checked={filters.draft.status.includes(s)}
            onCheckedChange={(on) => toggleStatus(s, on)}
          />
        ))}
      </Fieldset>
      <div className="duiden-filters">
        <SelectField
          {...field('categoryId')}
          placeholder={t('meldpunt.worklist.filters.all')}
          options={(categories.data ?? []).map((c) => ({
            value: c.id,
            label: language === 'en' ? c.labelEn : c.labelNl,
          }))}
        />
        <SelectField
          {...field('channel')}
          error={fieldError('channel') ?? fieldError('channel.0')}
          placeholder={t('meldpunt.worklist.filters.all')}
          options={CHANNELS.map((c) => ({ value: c, label: t(`meldpunt.channels.${c}`) }))}
        />
        <SelectField
          {...field('kind')}
          placeholder={t('meldpunt.worklist.filters.all')}
          options={SIGNAL_KINDS.map((k) => ({ value: k, label: t(`meldpunt.kinds.${k}`) }))}
        />
        <DateRange field={field} />
        <SelectField
          {...field('sort')}
          value={filters.draft.sort || WORKLIST_SORTS[0]}
          options={WORKLIST_SORTS.map((s) => ({ value: s, label: t(`meldpunt.worklist.sorts.${s}`) }))}
        />
      </div>
      <CheckboxField
        id="filter-overdue"
        label={label('overdue')}
        checked={filters.draft.overdue}
        onCheckedChange={filters.set('overdue')}
        error={fieldError('overdue')}
      />
    </FilterForm>
  );
}

/**
 * Five columns that fit a 1280 px window without scrolling sideways: the number with the moment received,
 * the status with the next deadline, and the summary wrapping in the room that is left.
 */
function WorklistTable({ items, sort }: { readonly items: readonly WorklistItem[]; readonly sort: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const order = WORKLIST_SORTS.find((s) => s === sort) ?? WORKLIST_SORTS[0];
  return (
    <Table
      caption={t('meldpunt.worklist.tableCaption', { sort: t(`meldpunt.worklist.sorts.${order}`) })}
      captionHidden
      head={
        <Tr>
          <Th>{t('meldpunt.worklist.columns.signal')}</Th>
          <Th>{t('meldpunt.worklist.columns.kindAndChannel')}</Th>
          <Th>{t('meldpunt.worklist.columns.category')}</Th>
          <Th>{t('meldpunt.worklist.columns.statusAndDeadline')}</Th>
          <Th>{t('meldpunt.worklist.columns.summary')}</Th>
        </Tr>
      }
    >
      {items.map((s) => (
        <Tr key={s.id}>
          <Td>
            <AppLink to={`/meldingen/${s.id}`} className="duiden-nowrap">
              {s.reference}
            </AppLink>
            <br />
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
          <Td className="duiden-cell-deadline">
            {s.status ? (
              <StatusBadge status={STATUS_BADGE[s.status]}>{t(`meldpunt.statuses.${s.status}`)}</StatusBadge>
            ) : (
              t(`meldpunt.publicStatuses.${s.publicStatus}`)
            )}
            <br />
            <NextDeadline deadlines={s.deadlines} />
          </Td>
          <Td className="duiden-cell-text">{s.summary}</Td>
        </Tr>
      ))}
    </Table>
  );
}
