import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExclusionState } from '../../../contract/analyse';
import type { SignalChange } from '../../../contract/meldingen';
import { STATISTICS_EXCLUSIONS } from '../../../domain/analyse/catalogue';
import { apiSend } from '../../api';
import { Disclosure } from '../../ui/disclosure';
import { RadioGroupField, TextAreaField } from '../../ui/form-field';
import { useDraft, useFormFields } from '../../ui/form-fields';
import { FormFrame } from '../../ui/form-frame';
import { formatDateTime } from '../../ui/format';
import { Paragraph } from '../../ui/paragraph';
import { Section } from '../../ui/section';
import { ConflictNotice, path, type SignalWork, useSignalChange } from './signal-work';

/** 'mee': counted; otherwise why it is left out of the figures of the analysis. */
type Choice = 'mee' | (typeof STATISTICS_EXCLUSIONS)[number];
const CHOICES: readonly Choice[] = ['mee', ...STATISTICS_EXCLUSIONS];

/** The read line: whether the record counts in the analysis, and if not why, by whom and when. */
export function ExclusionLine({ state }: { readonly state: ExclusionState }) {
  const { t } = useTranslation();
  if (!state.exclusion) return <>{t('statistics.counted')}</>;
  return (
    <>
      {t('statistics.excluded', { kind: t(`statistics.kinds.${state.exclusion}`) })}{' '}
      {state.reason ? t('statistics.reasonIs', { reason: state.reason }) : null}{' '}
      {state.byName && state.at
        ? t('statistics.by', { name: state.byName, at: formatDateTime(state.at) })
        : null}
    </>
  );
}

/**
 * The form of "meetellen in de analyse", for a signal or a case: counted, or left out as a test, a
 * duplicate or not for the figures, with the reason (required then; the server names the field).
 */
export function ExclusionForm({
  idPrefix,
  state,
  error,
  busy,
  done,
  conflict,
  onSend,
}: {
  readonly idPrefix: string;
  readonly state: ExclusionState;
  readonly error: unknown;
  readonly busy: boolean;
  readonly done: boolean;
  readonly conflict: ReactNode;
  readonly onSend: (body: { exclusion: Choice | null; reason: string | null }) => void;
}) {
  const { t } = useTranslation();
  const source = useDraft({ choice: (state.exclusion ?? 'mee') as string, reason: state.reason ?? '' });
  const { summary, bind, bindGroup } = useFormFields(
    error,
    {
      choice: {
        id: `${idPrefix}-exclusion`,
        firstOption: 'mee',
        label: t('statistics.choice'),
        field: 'exclusion',
      },
      reason: { id: `${idPrefix}-reason`, label: t('statistics.reason') },
    },
    source,
  );
  const left = source.draft.choice !== 'mee';
  return (
    <Disclosure
      summary={t('statistics.change')}
      summaryId={`${idPrefix}-statistics-change`}
      openOn={error}
      unsaved={error ? t('meldpunt.signal.unsaved') : undefined}
    >
      <Paragraph>{t('statistics.intro')}</Paragraph>
      <FormFrame
        labelledBy={`${idPrefix}-statistics-change`}
        done={done ? t('statistics.saved') : null}
        error={error}
        fields={summary}
        conflict={conflict}
        onSubmit={() =>
          onSend({
            exclusion: left ? (source.draft.choice as Choice) : null,
            reason: source.draft.reason.trim() || null,
          })
        }
        busy={busy}
        submitLabel={t('statistics.save')}
      >
        <RadioGroupField
          {...bindGroup('choice')}
          options={CHOICES.map((c) => ({ value: c, label: t(`statistics.kinds.${c}`) }))}
        />
        <TextAreaField
          {...bind('reason')}
          description={t('statistics.reasonDescription')}
          optional={!left}
          rows={3}
          maxLength={1000}
        />
      </FormFrame>
    </Disclosure>
  );
}

/** The signal page's section "Meetellen in de analyse" (meldpunt and officer change it). */
export function StatisticsSection({ work }: { readonly work: SignalWork }) {
  const { t } = useTranslation();
  const { signal, baseVersion } = work;
  const [saved, setSaved] = useState(false);
  const save = useSignalChange(
    work,
    (body: { exclusion: string | null; reason: string | null }) =>
      apiSend<SignalChange>('PUT', path(signal, 'statistiek'), { ...body, version: baseVersion }),
    () => setSaved(true),
  );
  return (
    <Section id="signal-statistics-title" title={t('statistics.title')}>
      <Paragraph>
        <ExclusionLine state={signal.statistics} />
      </Paragraph>
      {signal.mayWork ? (
        <ExclusionForm
          idPrefix="signal"
          state={signal.statistics}
          error={save.error}
          busy={save.isPending}
          done={saved}
          conflict={<ConflictNotice error={save.error} />}
          onSend={(body) => {
            setSaved(false);
            save.mutate(body);
          }}
        />
      ) : null}
    </Section>
  );
}
