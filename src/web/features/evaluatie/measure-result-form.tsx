import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../contract/casussen';
import type { CaseMeasureResults, MeasureResult } from '../../../contract/evaluatie-results';
import { MEASURE_OUTCOMES, measureHasEnded } from '../../../domain/evaluatie/measure-results';
import { apiGet, apiSend } from '../../api';
import { DataList } from '../../ui/data-list';
import { Disclosure } from '../../ui/disclosure';
import { CheckboxField, Fieldset, RadioGroupField, radioId, TextAreaField } from '../../ui/form-field';
import { conflictCurrent, versionedWith } from '../../ui/form-send';
import { formatDateTime } from '../../ui/format';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { useCaseOfPage } from '../casussen/case-context';
import { casePath } from '../casussen/casus-api';

/** The measure results of a case, read once for all its measures. */
export const measureResultsKey = (id: string) => ['casus', id, 'maatregelresultaten'] as const;

export function useMeasureResults(id: string) {
  return useQuery({
    queryKey: measureResultsKey(id),
    queryFn: () => apiGet<CaseMeasureResults>(`${casePath(id)}/maatregelresultaten`),
  });
}

const isResult = versionedWith<MeasureResult>((v) => typeof v.outcome === 'string');

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The result of one measure in the plan: what was recorded (goal reached, why, working elements, who and
 * when), and for the case's regie, once the measure has ended, the form "Resultaat vastleggen" behind a line.
 * Words and tags, never a score.
 */
export function MeasureResultPart({
  measure: m,
  open,
}: {
  readonly measure: Measure;
  readonly open: boolean;
}) {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const results = useMeasureResults(c.id);
  const result = results.data?.results.find((r) => r.measureId === m.id) ?? null;
  const ended = measureHasEnded(m, today());
  const mayRecord = c.access === 'regie' && open && ended;
  if (!result && !mayRecord) return null;
  return (
    <>
      {result ? (
        <DataList
          items={[
            {
              key: 'outcome',
              label: t('casus.measureResult.outcome'),
              value: t(`casus.measureResult.outcomes.${result.outcome}`),
            },
            {
              key: 'reason',
              label: t('casus.measureResult.reason'),
              value: <span className="duiden-prewrap">{result.reason}</span>,
            },
            {
              key: 'elements',
              label: t('casus.measureResult.elements'),
              value:
                result.elements.length > 0
                  ? result.elements.map((e) => e.label).join(', ')
                  : t('common.none'),
            },
            {
              key: 'recorded',
              label: t('casus.measureResult.recorded'),
              value: t('casus.measureResult.recordedBy', {
                name: result.recordedBy,
                at: formatDateTime(result.recordedAt),
              }),
            },
          ]}
        />
      ) : null}
      {mayRecord && results.data ? (
        <ResultForm measure={m} result={result} elements={results.data.elements} />
      ) : null}
    </>
  );
}

interface Draft {
  outcome: string;
  reason: string;
  elementIds: readonly string[];
}

function ResultForm({
  measure: m,
  result,
  elements,
}: {
  readonly measure: Measure;
  readonly result: MeasureResult | null;
  readonly elements: CaseMeasureResults['elements'];
}) {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const queryClient = useQueryClient();
  const id = (name: string) => `result-${m.id}-${name}`;
  const save = useVersionedSave({
    initial: (): Draft => ({
      outcome: result?.outcome ?? '',
      reason: result?.reason ?? '',
      elementIds: result?.elements.map((e) => e.id) ?? [],
    }),
    version: result?.version ?? 0,
    send: (draft: Draft, version) =>
      apiSend<{ version: number }>(
        'PUT',
        `${casePath(c.id)}/maatregelen/${encodeURIComponent(m.id)}/resultaat`,
        {
          outcome: draft.outcome || undefined,
          reason: draft.reason,
          elementIds: draft.elementIds,
          version,
        },
      ),
    versionOf: (r) => r.version,
    conflict: (error) => conflictCurrent(error, isResult),
    onSaved: () => queryClient.invalidateQueries({ queryKey: measureResultsKey(c.id) }),
  });
  const { draft, set } = save;
  const summaryId = id('summary');
  return (
    <Disclosure
      summary={result ? t('casus.measureResult.change') : t('casus.measureResult.record')}
      summaryId={summaryId}
      openOn={save.error}
    >
      <VersionedForm
        save={save}
        labelledBy={summaryId}
        fields={[
          {
            field: 'outcome',
            id: radioId(id('outcome'), MEASURE_OUTCOMES[0]),
            label: t('casus.measureResult.outcome'),
          },
          { field: 'reason', id: id('reason'), label: t('casus.measureResult.reason') },
          { field: 'elementIds', id: id('elements'), label: t('casus.measureResult.elements') },
        ]}
        otherItems={(other) => [
          {
            key: 'outcome',
            label: t('casus.measureResult.outcome'),
            value: t(`casus.measureResult.outcomes.${other.outcome}`),
          },
          { key: 'reason', label: t('casus.measureResult.reason'), value: other.reason },
        ]}
        savedMessage={t('casus.measureResult.saved', { title: m.title })}
        submitLabel={t('casus.measureResult.submit')}
        submitAppearance="secondary-action"
      >
        <RadioGroupField
          id={id('outcome')}
          legend={t('casus.measureResult.outcomeQuestion', { title: m.title })}
          value={draft.outcome}
          onValueChange={(v) => set({ outcome: v })}
          error={save.fieldError('outcome')}
          options={MEASURE_OUTCOMES.map((o) => ({ value: o, label: t(`casus.measureResult.outcomes.${o}`) }))}
        />
        <TextAreaField
          id={id('reason')}
          label={t('casus.measureResult.reason')}
          description={t('casus.measureResult.reasonDescription')}
          rows={3}
          {...save.bind('reason')}
          maxLength={4000}
          required
        />
        <Fieldset legend={t('casus.measureResult.elements')} id={id('elements')}>
          {elements.map((e) => (
            <CheckboxField
              key={e.id}
              id={id(`element-${e.id}`)}
              label={e.label}
              checked={draft.elementIds.includes(e.id)}
              onCheckedChange={(on) =>
                set({
                  elementIds: on ? [...draft.elementIds, e.id] : draft.elementIds.filter((x) => x !== e.id),
                })
              }
            />
          ))}
        </Fieldset>
      </VersionedForm>
    </Disclosure>
  );
}
