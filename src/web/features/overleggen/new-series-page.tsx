import { useTranslation } from 'react-i18next';
import type { SeriesCreated } from '../../../contract/overleggen';
import { SERIES_FREQUENCIES } from '../../../domain/overleg/types';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { RadioGroupField, SelectField, TextField, typedWhole } from '../../ui/form-field';
import { fieldSummary, formFields, useDraft } from '../../ui/form-fields';
import { FormSent } from '../../ui/form-sent';
import { AppLink } from '../../ui/link';
import { ForbiddenPage } from '../not-found/forbidden-page';
import { typesToOrganise } from './overleggen-api';
import { PlanPage, planBody, planFieldId } from './plan-fields';

interface SeriesDraft {
  readonly frequency: string;
  readonly startDate: string;
  readonly startTime: string;
  readonly durationMinutes: string;
  readonly ends: 'count' | 'untilDate';
  readonly untilDate: string;
  readonly count: string;
}

type SeriesField = Exclude<keyof SeriesDraft, 'ends'>;

/**
 * /overleggen/nieuwe-reeks: plans a recurring series, e.g. the weekly signaleringsoverleg: one meeting per
 * date, each with its own agenda, until an end date or for a number of times.
 */
export function NewSeriesPage() {
  const user = useSignedInUser();
  return typesToOrganise(user.role).length > 0 ? <NewSeriesPageForm /> : <ForbiddenPage />;
}

/** A number of minutes or of times, typed as digits. */
const WHOLE = { inputMode: 'numeric', autoComplete: 'off', required: true } as const;

function NewSeriesPageForm() {
  const { t } = useTranslation();
  const series = useDraft<SeriesDraft>({
    frequency: 'wekelijks',
    startDate: '',
    startTime: '',
    durationMinutes: '90',
    ends: 'count',
    untilDate: '',
    count: '',
  });
  const { draft, set } = series;
  const label = (name: SeriesField | 'ends') => t(`overleg.series.fields.${name}`);
  const named = (name: SeriesField, id: string = name) => ({ id: planFieldId(id), label: label(name) });
  // The end is the number of times or a date; the server names the date when the number is missing.
  const table = {
    frequency: { ...named('frequency'), firstOption: SERIES_FREQUENCIES[0] },
    startDate: named('startDate'),
    startTime: named('startTime'),
    durationMinutes: named('durationMinutes', 'duration'),
    untilDate: draft.ends === 'count' ? named('count') : named('untilDate'),
    count: named('count'),
  };

  return (
    <PlanPage
      title={t('overleg.series.title')}
      intro={t('overleg.series.intro')}
      submitLabel={t('overleg.series.submit')}
      send={(plan) =>
        apiSend<SeriesCreated>('POST', '/api/overleggen/reeksen', {
          ...planBody(plan),
          frequency: draft.frequency || undefined,
          startDate: draft.startDate || undefined,
          startTime: draft.startTime || undefined,
          durationMinutes: typedWhole(draft.durationMinutes, 4),
          untilDate: draft.ends === 'untilDate' ? draft.untilDate || null : null,
          count: draft.ends === 'count' ? (typedWhole(draft.count, 4) ?? null) : null,
        })
      }
      dateSummary={fieldSummary(table)}
      dates={(fieldError) => {
        const { bind, bindGroup } = formFields(fieldError, table, series);
        return (
          <>
            <RadioGroupField
              {...bindGroup('frequency')}
              options={SERIES_FREQUENCIES.map((f) => ({ value: f, label: t(`overleg.frequencies.${f}`) }))}
            />
            <TextField {...bind('startDate')} type="date" required />
            <TextField {...bind('startTime')} type="time" required />
            <TextField
              {...bind('durationMinutes')}
              {...WHOLE}
              description={t('overleg.series.fields.durationDescription')}
              maxLength={4}
            />
            <SelectField
              id={planFieldId('ends')}
              label={label('ends')}
              value={draft.ends}
              onValueChange={(v) => set({ ends: v === 'untilDate' ? 'untilDate' : 'count' })}
              options={[
                { value: 'count', label: t('overleg.series.endsCount') },
                { value: 'untilDate', label: t('overleg.series.endsUntil') },
              ]}
            />
            {draft.ends === 'count' ? (
              <TextField
                {...bind('count')}
                {...WHOLE}
                description={t('overleg.series.fields.countDescription')}
                error={fieldError('count') ?? fieldError('untilDate')}
                maxLength={2}
              />
            ) : (
              <TextField {...bind('untilDate')} type="date" required />
            )}
          </>
        );
      }}
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
