import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { MeetingSummary } from '../../../contract/overleggen';
import { MEETING_TYPES } from '../../../domain/overleg/types';
import { useSignedInUser } from '../../session';
import { Button, ButtonGroup } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField, TextField } from '../../ui/form-field';
import { formatDayAndTime, localDate, today } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink, ButtonLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { Loading } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { MeetingStatusBadge } from './overleg-ui';
import { typesToOrganise, useMeetings } from './overleggen-api';

interface Filters {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

const FILTERS = ['type', 'from', 'to'] as const;

function filtersFrom(params: URLSearchParams): Filters {
  return { type: params.get('type') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
}

function toParams(f: Filters): URLSearchParams {
  const p = new URLSearchParams();
  for (const name of FILTERS) if (f[name].trim() !== '') p.set(name, f[name].trim());
  return p;
}

/**
 * /overleggen: the meetings the user takes part in (wholly, or through an item their organisation is
 * invited to), coming and past, filtered by kind and period in the address bar. Organisers plan a meeting
 * or a recurring series from here.
 */
export function MeetingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('overleg.list.title'));
  const user = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const applied = filtersFrom(params);
  const [draft, setDraft] = useState<Filters>(applied);
  useEffect(() => setDraft(filtersFrom(params)), [params]);
  const meetings = useMeetings(applied);
  const fieldError = useFieldErrors(meetings.error);
  const set = (name: (typeof FILTERS)[number]) => (value: string) =>
    setDraft((d) => ({ ...d, [name]: value }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setParams(toParams(draft));
  };
  const clear = () => {
    setDraft(filtersFrom(new URLSearchParams()));
    setParams(new URLSearchParams());
  };
  // Today's meetings count as coming, also once they have begun.
  const day = today();
  const all = meetings.data ?? [];
  const coming = all
    .filter((m) => localDate(m.startsAt) >= day)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = all
    .filter((m) => localDate(m.startsAt) < day)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const label = (f: (typeof FILTERS)[number]) => t(`overleg.list.filters.${f}`);

  return (
    <>
      <Heading level={1}>{t('overleg.list.title')}</Heading>
      <Paragraph>{t('overleg.list.intro')}</Paragraph>
      {typesToOrganise(user.role).length > 0 ? (
        <ButtonGroup>
          <ButtonLink to="/overleggen/nieuw" appearance="primary-action">
            {t('overleg.list.newMeeting')}
          </ButtonLink>
          <ButtonLink to="/overleggen/nieuwe-reeks">{t('overleg.list.newSeries')}</ButtonLink>
        </ButtonGroup>
      ) : null}
      <section aria-labelledby="meeting-filters">
        <Heading level={2} id="meeting-filters">
          {t('overleg.list.filtersTitle')}
        </Heading>
        <Paragraph small>{t('overleg.list.filtersIntro')}</Paragraph>
        <ErrorSummary
          error={meetings.error}
          fields={FILTERS.map((f) => ({ field: f, id: `meetings-${f}`, label: label(f) }))}
        />
        <form onSubmit={apply} noValidate aria-labelledby="meeting-filters">
          <div className="duiden-filters">
            <SelectField
              id="meetings-type"
              label={label('type')}
              value={draft.type}
              onValueChange={set('type')}
              error={fieldError('type')}
              placeholder={t('overleg.list.filters.all')}
              options={MEETING_TYPES.map((m) => ({ value: m, label: t(`overleg.types.${m}`) }))}
            />
            <TextField
              id="meetings-from"
              type="date"
              label={label('from')}
              value={draft.from}
              onValueChange={set('from')}
              error={fieldError('from')}
            />
            <TextField
              id="meetings-to"
              type="date"
              label={label('to')}
              value={draft.to}
              onValueChange={set('to')}
              error={fieldError('to')}
            />
          </div>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action">
              {t('overleg.list.filters.apply')}
            </Button>
            <Button onClick={clear}>{t('overleg.list.filters.clear')}</Button>
          </ButtonGroup>
        </form>
      </section>
      {meetings.isPending ? <Loading /> : null}
      {meetings.data ? (
        <>
          <MeetingTable id="meetings-coming" title={t('overleg.list.coming')} meetings={coming} />
          <MeetingTable id="meetings-past" title={t('overleg.list.past')} meetings={past} />
        </>
      ) : null}
    </>
  );
}

function MeetingTable({
  id,
  title,
  meetings,
}: {
  readonly id: string;
  readonly title: string;
  readonly meetings: readonly MeetingSummary[];
}) {
  const { t } = useTranslation();
  return (
    <div className="duiden-section">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {meetings.length === 0 ? (
        <Paragraph>{t('overleg.list.none')}</Paragraph>
      ) : (
        <Table
          caption={title}
          captionHidden
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
      )}
    </div>
  );
}
