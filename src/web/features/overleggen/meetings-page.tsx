import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../contract/overleggen';
import { MEETING_TYPES } from '../../../domain/overleg/types';
import { useSignedInUser } from '../../session';
import { SelectField } from '../../ui/form-field';
import { formatDayAndTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink, ButtonLink } from '../../ui/link';
import { DateRange, FilterForm, Page, useFilterFields } from '../../ui/list-page';
import { PagedResults } from '../../ui/paged-results';
import { QueryState } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { textFilters, useListParams } from '../../ui/use-list-params';
import { MeetingStatusBadge } from './overleg-ui';
import { typesToOrganise, useMeetingPages } from './overleggen-api';

const NAMES = ['type', 'from', 'to'] as const;
const FILTERS = textFilters(NAMES);

/**
 * /overleggen: the meetings the user takes part in (wholly, or through an item their organisation is
 * invited to), coming and past, filtered by kind and period in the address bar. Organisers plan a meeting
 * or a recurring series from here. The server pages both the coming and the past ones ("Meer laden").
 */
export function MeetingsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const filters = useListParams(FILTERS);
  // Today's meetings count as coming, also once they have begun (the server splits at the start of today).
  const coming = useMeetingPages(filters.applied, 'coming');
  const past = useMeetingPages(filters.applied, 'past');
  const error = coming.query.error ?? past.query.error;
  const label = (f: (typeof NAMES)[number]) => t(`overleg.list.filters.${f}`);
  const field = useFilterFields(filters, { error, id: (f) => `meetings-${f}`, label });

  return (
    <Page
      title={t('overleg.list.title')}
      intro={t('overleg.list.intro')}
      actions={
        typesToOrganise(user.role).length > 0 ? (
          <>
            <ButtonLink to="/overleggen/nieuw" appearance="primary-action">
              {t('overleg.list.newMeeting')}
            </ButtonLink>
            <ButtonLink to="/overleggen/nieuwe-reeks">{t('overleg.list.newSeries')}</ButtonLink>
          </>
        ) : null
      }
    >
      <FilterForm
        id="meeting-filters"
        title={t('overleg.list.filtersTitle')}
        intro={t('overleg.list.filtersIntro')}
        error={error}
        fields={NAMES.map((f) => ({ field: f, id: `meetings-${f}`, label: label(f) }))}
        texts={{ apply: t('overleg.list.filters.apply'), clear: t('overleg.list.filters.clear') }}
        onApply={filters.apply}
        onClear={filters.clear}
      >
        <div className="duiden-filters">
          <SelectField
            {...field('type')}
            placeholder={t('overleg.list.filters.all')}
            options={MEETING_TYPES.map((m) => ({ value: m, label: t(`overleg.types.${m}`) }))}
          />
          <DateRange field={field} />
        </div>
      </FilterForm>
      <MeetingTable id="meetings-coming" title={t('overleg.list.coming')} list={coming} />
      <MeetingTable id="meetings-past" title={t('overleg.list.past')} list={past} />
    </Page>
  );
}

/** The coming or the past meetings, read page by page ("Meer laden"). */
function MeetingTable({
  id,
  title,
  list,
}: {
  readonly id: string;
  readonly title: string;
  readonly list: ReturnType<typeof useMeetingPages>;
}) {
  const { t } = useTranslation();
  const meetings: readonly MeetingSummary[] = list.items;
  return (
    <div className="duiden-section">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      <QueryState query={list.query} showError={false}>
        {() => (
          <PagedResults
            query={list.query}
            count={meetings.length}
            texts={{
              none: t('overleg.list.none'),
              loadMore: t('paging.loadMore'),
              loadingMore: t('paging.loadingMore'),
            }}
          >
            <Table
              labelledBy={id}
              head={
                <Tr>
                  <Th>{t('overleg.list.columns.when')}</Th>
                  <Th>{t('overleg.list.columns.meeting')}</Th>
                  <Th>{t('overleg.list.columns.status')}</Th>
                  <Th>{t('overleg.list.columns.chair')}</Th>
                  <Th>{t('overleg.list.columns.agenda')}</Th>
                </Tr>
              }
            >
              {meetings.map((m) => (
                <Tr key={m.id}>
                  <Td>
                    <AppLink to={`/overleggen/${m.id}`}>
                      <time dateTime={m.startsAt}>{formatDayAndTime(m.startsAt)}</time>
                    </AppLink>
                  </Td>
                  <Td>
                    {m.title}
                    <br />
                    <span className="duiden-muted">{t(`overleg.types.${m.type}`)}</span>
                  </Td>
                  <Td>
                    <MeetingStatusBadge status={m.status} />
                  </Td>
                  <Td>{m.chair.name}</Td>
                  <Td>
                    {m.standing
                      ? t('overleg.list.items', { count: m.visibleItems })
                      : t('overleg.list.invitedItems', { count: m.visibleItems })}
                  </Td>
                </Tr>
              ))}
            </Table>
          </PagedResults>
        )}
      </QueryState>
    </div>
  );
}
