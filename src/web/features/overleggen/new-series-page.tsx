import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesCreated } from '../../../contract/overleggen';
import { SERIES_FREQUENCIES } from '../../../domain/overleg/types';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { RadioGroupField, radioId, SelectField, TextField } from '../../ui/form-field';
import { FormSent } from '../../ui/form-sent';
import { AppLink } from '../../ui/link';
import { ForbiddenPage } from '../not-found/forbidden-page';
import { typesToOrganise } from './overleggen-api';
import { PlanPage, planBody, planFieldId } from './plan-fields';

/** A whole number as the API wants it; anything else is sent as typed, for the server to refuse by name. */
function whole(value: string): number | string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  return /^\d{1,4}$/.test(v) ? Number(v) : v;
}

type SeriesField =
  | 'frequency'
  | 'startDate'
  | 'startTime'
  | 'durationMinutes'
  | 'ends'
  | 'untilDate'
  | 'count';

/**
 * /overleggen/nieuwe-reeks: plans a recurring series, e.g. the weekly signaleringsoverleg: one meeting per
 * date, each with its own agenda, until an end date or for a number of times.
 */
export function NewSeriesPage() {
  const user = useSignedInUser();
  return typesToOrganise(user.role).length > 0 ? <NewSeriesPageForm /> : <ForbiddenPage />;
}

function NewSeriesPageForm() {
  const { t } = useTranslation();
  const [frequency, setFrequency] = useState<string>('wekelijks');
  const [startDate, setStartDate] = useState('');
  const [startTime, setStartTime] = useState('');
  const [duration, setDuration] = useState('90');
  const [ends, setEnds] = useState<'count' | 'untilDate'>('count');
  const [untilDate, setUntilDate] = useState('');
  const [count, setCount] = useState('');
  const label = (name: SeriesField) => t(`overleg.series.fields.${name}`);

  return (
    <PlanPage
      title={t('overleg.series.title')}
      intro={t('overleg.series.intro')}
      submitLabel={t('overleg.series.submit')}
      send={(plan) =>
        apiSend<SeriesCreated>('POST', '/api/overleggen/reeksen', {
          ...planBody(plan),
          frequency: frequency || undefined,
          startDate: startDate || undefined,
          startTime: startTime || undefined,
          durationMinutes: whole(duration),
          untilDate: ends === 'untilDate' ? untilDate || null : null,
          count: ends === 'count' ? (whole(count) ?? null) : null,
        })
      }
      dateSummary={[
        {
          field: 'frequency',
          id: radioId(planFieldId('frequency'), SERIES_FREQUENCIES[0]),
          label: label('frequency'),
        },
        { field: 'startDate', id: planFieldId('startDate'), label: label('startDate') },
        { field: 'startTime', id: planFieldId('startTime'), label: label('startTime') },
        { field: 'durationMinutes', id: planFieldId('duration'), label: label('durationMinutes') },
        {
          field: 'untilDate',
          id: planFieldId(ends === 'count' ? 'count' : 'untilDate'),
          label: label(ends === 'count' ? 'count' : 'untilDate'),
        },
        { field: 'count', id: planFieldId('count'), label: label('count') },
      ]}
      dates={(fieldError) => (
        <>
          <RadioGroupField
            id={planFieldId('frequency')}
            legend={label('frequency')}
            value={frequency}
            onValueChange={setFrequency}
            error={fieldError('frequency')}
            options={SERIES_FREQUENCIES.map((f) => ({
              value: f,
              label: t(`overleg.frequencies.${f}`),
            }))}
          />
          <TextField
            id={planFieldId('startDate')}
            type="date"
            label={label('startDate')}
            value={startDate}
            onValueChange={setStartDate}
            error={fieldError('startDate')}
            required
          />
          <TextField
            id={planFieldId('startTime')}
            type="time"
            label={label('startTime')}
            value={startTime}
            onValueChange={setStartTime}
            error={fieldError('startTime')}
            required
          />
          <TextField
            id={planFieldId('duration')}
            inputMode="numeric"
            label={label('durationMinutes')}
            description={t('overleg.series.fields.durationDescription')}
            value={duration}
            onValueChange={setDuration}
            error={fieldError('durationMinutes')}
            autoComplete="off"
            maxLength={4}
            required
          />
          <SelectField
            id={planFieldId('ends')}
            label={label('ends')}
            value={ends}
            onValueChange={(v) => setEnds(v === 'untilDate' ? 'untilDate' : 'count')}
            options={[
              { value: 'count', label: t('overleg.series.endsCount') },
              { value: 'untilDate', label: t('overleg.series.endsUntil') },
            ]}
          />
          {ends === 'count' ? (
            <TextField
              id={planFieldId('count')}
              inputMode="numeric"
              label={label('count')}
              description={t('overleg.series.fields.countDescription')}
              value={count}
              onValueChange={setCount}
              error={fieldError('count') ?? fieldError('untilDate')}
              autoComplete="off"
              maxLength={2}
              required
            />
          ) : (
            <TextField
              id={planFieldId('untilDate')}
              type="date"
              label={label('untilDate')}
              value={untilDate}
              onValueChange={setUntilDate}
              error={fieldError('untilDate')}
              required
            />
          )}
        </>
      )}
      planned={(created) => <SeriesPlanned created={created} />}
    />
  );
}

function SeriesPlanned({ created }: { readonly created: SeriesCreated }) {
  const { t } = useTranslation();
  const first = created.meetingIds[0];
  return (
    <FormSent
      headingId="series-planned"
      title={t('overleg.series.planned', { count: created.meetingIds.length })}
      actions={
        <>
          {first ? <AppLink to={`/overleggen/${first}`}>{t('overleg.series.openFirst')}</AppLink> : null}
          <AppLink to="/overleggen">{t('overleg.backToList')}</AppLink>
        </>
      }
    />
  );
}
