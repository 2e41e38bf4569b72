import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesCreated } from '../../../contract/overleggen';
import { SERIES_FREQUENCIES } from '../../../domain/overleg/types';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { RadioGroupField, radioId, SelectField, TextField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { usePageTitle } from '../../ui/use-page-title';
import { useOrganisations } from '../beheer/users-api';
import { ForbiddenPage } from '../not-found/forbidden-page';
import { useInitialPlan } from './new-meeting-page';
import { meetingsKey, typesToOrganise } from './overleggen-api';
import { type PlanFieldName, PlanFields, planBody, planFieldId, planSummaryFields } from './plan-fields';

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
  usePageTitle(t('overleg.series.title'));
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const organisations = useOrganisations();
  const [plan, update] = useInitialPlan();
  const [frequency, setFrequency] = useState<string>('wekelijks');
  const [startDate, setStartDate] = useState('');
  const [startTime, setStartTime] = useState('');
  const [duration, setDuration] = useState('90');
  const [ends, setEnds] = useState<'count' | 'untilDate'>('count');
  const [untilDate, setUntilDate] = useState('');
  const [count, setCount] = useState('');

  const save = useMutation({
    mutationFn: () =>
      apiSend<SeriesCreated>('POST', '/api/overleggen/reeksen', {
        ...planBody(plan),
        frequency: frequency || undefined,
        startDate: startDate || undefined,
        startTime: startTime || undefined,
        durationMinutes: whole(duration),
        untilDate: ends === 'untilDate' ? untilDate || null : null,
        count: ends === 'count' ? (whole(count) ?? null) : null,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meetingsKey }),
  });
  const fieldError = useFieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!save.isPending) save.mutate();
  };
  const label = (name: SeriesField) => t(`overleg.series.fields.${name}`);
  const planLabel = (name: PlanFieldName) => t(`overleg.plan.fields.${name}`);
  const firstType = typesToOrganise(user.role)[0] ?? 'signaleringsoverleg';

  return (
    <>
      <Paragraph>
        <AppLink to="/overleggen">{t('overleg.backToList')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('overleg.series.title')}</Heading>
      {save.data ? (
        <SeriesPlanned created={save.data} />
      ) : (
        <>
          <Paragraph lead>{t('overleg.series.intro')}</Paragraph>
          <ErrorSummary
            error={save.error}
            fields={planSummaryFields(plan, organisations.data ?? [], firstType, planLabel, [
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
            ])}
          />
          <form className="duiden-form" onSubmit={submit} noValidate aria-label={t('overleg.series.title')}>
            <PlanFields
              draft={plan}
              update={update}
              fieldError={fieldError}
              dates={
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
              }
            />
            <Button type="submit" appearance="primary-action" busy={save.isPending}>
              {t('overleg.series.submit')}
            </Button>
          </form>
        </>
      )}
    </>
  );
}

function SeriesPlanned({ created }: { readonly created: SeriesCreated }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const first = created.meetingIds[0];
  return (
    <section aria-labelledby="series-planned">
      <Alert type="ok">
        <h2 className="utrecht-heading-2" id="series-planned" ref={heading} tabIndex={-1}>
          {t('overleg.series.planned', { count: created.meetingIds.length })}
        </h2>
      </Alert>
      <ButtonGroup>
        {first ? <AppLink to={`/overleggen/${first}`}>{t('overleg.series.openFirst')}</AppLink> : null}
        <AppLink to="/overleggen">{t('overleg.backToList')}</AppLink>
      </ButtonGroup>
    </section>
  );
}
