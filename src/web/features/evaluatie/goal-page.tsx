import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Goal, Indicator } from '../../../contract/evaluatie-goals';
import { INDICATOR_DIRECTIONS, INDICATOR_SOURCES } from '../../../domain/evaluatie/policy-goals';
import { apiGet, apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { useSignedInUser } from '../../session';
import { DataList } from '../../ui/data-list';
import { Disclosure } from '../../ui/disclosure';
import { RadioGroupField, radioId, SelectField, TextField } from '../../ui/form-field';
import { formatDay, formatNumber } from '../../ui/format';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { TrendChart } from '../analyse/analyse-charts';
import '../analyse/analyse.css';
import { EVALUATION_KIND_LABELS, type EvaluationKind } from '../../../domain/evaluatie/interventions';
import { AppLink } from '../../ui/link';
import { type GoalDraft, GoalFields, goalBody, goalsKey, mayManageGoals, useGoalFields } from './goals-page';

const goalKey = (id: string) => [...goalsKey, id] as const;

/** /evaluatie/doelen/:id: a goal, its indicators over time (charts with their tables), and the interventions. */
export function GoalPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const goal = useQuery({
    queryKey: goalKey(id),
    queryFn: () => apiGet<Goal>(`/api/evaluatie/doelen/${id}`),
  });
  const user = useSignedInUser();
  const manage = mayManageGoals(user.role);
  return (
    <QueryState query={goal}>
      {(g) => (
        <Page
          title={g.title}
          intro={g.description || undefined}
          before={<BackLink to="/evaluatie/doelen">{t('evaluatieResultaten.goals.back')}</BackLink>}
        >
          <DataList
            items={[
              {
                key: 'period',
                label: t('evaluatieResultaten.goals.period'),
                value: `${formatDay(g.periodStart)} – ${formatDay(g.periodEnd)}`,
              },
              {
                key: 'status',
                label: t('evaluatieResultaten.goals.status'),
                value: t(`evaluatieResultaten.goals.statuses.${g.status}`),
              },
            ]}
          />
          {manage ? <EditGoal goal={g} /> : null}
          <Section id="goal-indicators" title={t('evaluatieResultaten.indicators.title')}>
            <Paragraph>{t('evaluatieResultaten.indicators.intro', { k: g.k })}</Paragraph>
            {g.indicators.length === 0 ? (
              <Paragraph>{t('evaluatieResultaten.indicators.none')}</Paragraph>
            ) : null}
            {g.indicators.map((i) => (
              <IndicatorView key={i.id} goal={g} indicator={i} manage={manage} />
            ))}
            {manage ? <AddIndicator goal={g} /> : null}
          </Section>
          <Section id="goal-interventions" title={t('evaluatieResultaten.goals.interventions')}>
            {g.interventions && g.interventions.length > 0 ? (
              <GoalInterventions interventions={g.interventions} />
            ) : (
              <Paragraph>{t('evaluatieResultaten.goals.noInterventions')}</Paragraph>
            )}
          </Section>
        </Page>
      )}
    </QueryState>
  );
}

/**
 * The interventions of the register that serve the goal, each with its evaluations (the register's own words
 * are in another text part, so the kinds are named from the domain's labels).
 */
function GoalInterventions({
  interventions,
}: {
  readonly interventions: NonNullable<Goal['interventions']>;
}) {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (
    <ul>
      {interventions.map((x) => (
        <li key={x.id}>
          <AppLink to={`/evaluatie/interventies/${x.id}`}>{x.title}</AppLink>
          {x.evaluations && x.evaluations.length > 0 ? (
            <ul>
              {x.evaluations.map((e) => (
                <li key={e.id}>
                  <AppLink to={`/evaluatie/interventies/${x.id}/evaluaties/${e.id}`}>
                    {EVALUATION_KIND_LABELS[e.kind as EvaluationKind]?.[language] ?? e.kind}: {e.title}
                  </AppLink>{' '}
                  ({formatDay(e.evaluatedOn)})
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function EditGoal({ goal: g }: { readonly goal: Goal }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fields = useGoalFields('goal-edit');
  const save = useVersionedSave({
    initial: (): GoalDraft => ({
      title: g.title,
      description: g.description,
      periodStart: g.periodStart,
      periodEnd: g.periodEnd,
      status: g.status,
    }),
    version: g.version,
    send: (d: GoalDraft, version) =>
      apiSend('PUT', `/api/evaluatie/doelen/${g.id}`, { ...goalBody(d), version }),
    onSaved: () => queryClient.invalidateQueries({ queryKey: goalsKey }),
  });
  return (
    <Disclosure
      summary={t('evaluatieResultaten.goals.edit')}
      summaryId="goal-edit-summary"
      openOn={save.error}
    >
      <VersionedForm
        save={save}
        fields={fields}
        labelledBy="goal-edit-summary"
        savedMessage={t('evaluatieResultaten.goals.saved')}
        submitLabel={t('evaluatieResultaten.goals.save')}
        submitAppearance="secondary-action"
      >
        <GoalFields save={save} prefix="goal-edit" />
      </VersionedForm>
    </Disclosure>
  );
}

function valueText(v: Indicator['values'][number]['value']): string {
  return 'value' in v ? formatNumber(v.value) : '·';
}

function IndicatorView({
  goal,
  indicator: i,
  manage,
}: {
  readonly goal: Goal;
  readonly indicator: Indicator;
  readonly manage: boolean;
}) {
  const { t } = useTranslation();
  const headingId = `indicator-${i.id}`;
  const source =
    i.source === 'handmatig'
      ? t('evaluatieResultaten.indicators.manualSourceIs', { source: i.manualSource ?? '' })
      : t('evaluatieResultaten.indicators.duidenSource');
  return (
    <Section id={headingId} title={i.name} level={3}>
      <DataList
        items={[
          { key: 'unit', label: t('evaluatieResultaten.indicators.unit'), value: i.unit },
          {
            key: 'target',
            label: t('evaluatieResultaten.indicators.target'),
            value:
              i.targetValue === null
                ? t('common.none')
                : t(`evaluatieResultaten.indicators.targetIs.${i.direction}`, {
                    value: formatNumber(i.targetValue),
                  }),
          },
          { key: 'source', label: t('evaluatieResultaten.indicators.source'), value: source },
        ]}
      />
      {i.notAvailable ? (
        <Paragraph>{t('evaluatieResultaten.indicators.notAvailable')}</Paragraph>
      ) : i.values.length === 0 ? (
        <Paragraph>{t('evaluatieResultaten.indicators.noValues')}</Paragraph>
      ) : (
        <>
          <TrendChart
            periods={i.values.map((v) => v.period)}
            lines={[
              {
                key: i.id,
                label: i.name,
                cells: i.values.map((v) =>
                  'value' in v.value
                    ? { persons: v.value.value, records: v.value.value }
                    : { suppressed: true as const },
                ),
              },
            ]}
            label={t('evaluatieResultaten.indicators.chart', { name: i.name })}
            note={t('evaluatieResultaten.indicators.chartNote')}
            axis={i.unit}
          />
          <Table
            caption={t('evaluatieResultaten.indicators.tableCaption', { name: i.name })}
            head={
              <Tr>
                <Th>{t('evaluatieResultaten.indicators.period')}</Th>
                <Th>{t('evaluatieResultaten.indicators.value')}</Th>
                <Th>{t('evaluatieResultaten.indicators.targetMet')}</Th>
                <Th>{t('evaluatieResultaten.indicators.valueSource')}</Th>
              </Tr>
            }
          >
            {i.values.map((v) => (
              <Tr key={v.period}>
                <Th scope="row">{v.period}</Th>
                <Td>{valueText(v.value)}</Td>
                <Td>
                  {v.targetMet === null
                    ? '–'
                    : v.targetMet
                      ? t('evaluatieResultaten.indicators.met')
                      : t('evaluatieResultaten.indicators.notMet')}
                </Td>
                <Td>{v.recordedBy ? `${v.source} (${v.recordedBy})` : v.source}</Td>
              </Tr>
            ))}
          </Table>
        </>
      )}
      {manage && i.source === 'handmatig' ? <EnterValue goal={goal} indicator={i} /> : null}
    </Section>
  );
}

function EnterValue({ goal, indicator: i }: { readonly goal: Goal; readonly indicator: Indicator }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = (n: string) => `value-${i.id}-${n}`;
  const save = useVersionedSave({
    initial: { period: '', value: '', source: i.manualSource ?? '' },
    version: goal.version,
    send: (d, version) =>
      apiSend('PUT', `/api/evaluatie/doelen/${goal.id}/indicatoren/${i.id}/waarde`, {
        period: d.period || undefined,
        value: d.value.trim() === '' ? undefined : Number(d.value.replace(',', '.')),
        source: d.source,
        version,
      }),
    onSaved: () => queryClient.invalidateQueries({ queryKey: goalKey(goal.id) }),
  });
  return (
    <Disclosure
      summary={t('evaluatieResultaten.indicators.enterValue', { name: i.name })}
      summaryId={id('summary')}
      openOn={save.error}
    >
      <VersionedForm
        save={save}
        labelledBy={id('summary')}
        fields={[
          { field: 'period', id: id('period'), label: t('evaluatieResultaten.indicators.period') },
          { field: 'value', id: id('value'), label: t('evaluatieResultaten.indicators.value') },
          { field: 'source', id: id('source'), label: t('evaluatieResultaten.indicators.valueSource') },
        ]}
        savedMessage={t('evaluatieResultaten.indicators.valueSaved')}
        submitLabel={t('evaluatieResultaten.indicators.saveValue')}
        submitAppearance="secondary-action"
      >
        <TextField
          id={id('period')}
          label={t('evaluatieResultaten.indicators.period')}
          description={t('evaluatieResultaten.indicators.periodDescription')}
          {...save.bind('period')}
          maxLength={7}
          required
        />
        <TextField
          id={id('value')}
          label={t('evaluatieResultaten.indicators.value')}
          inputMode="decimal"
          {...save.bind('value')}
          maxLength={20}
          required
        />
        <TextField
          id={id('source')}
          label={t('evaluatieResultaten.indicators.valueSource')}
          {...save.bind('source')}
          maxLength={300}
          required
        />
      </VersionedForm>
    </Disclosure>
  );
}

interface IndicatorDraft {
  name: string;
  unit: string;
  targetValue: string;
  direction: string;
  source: string;
  duidenKey: string;
  manualSource: string;
}

const EMPTY_INDICATOR: IndicatorDraft = {
  name: '',
  unit: '',
  targetValue: '',
  direction: '',
  source: '',
  duidenKey: '',
  manualSource: '',
};

function AddIndicator({ goal }: { readonly goal: Goal }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const queryClient = useQueryClient();
  const keys = useQuery({
    queryKey: [...goalsKey, 'cijfers'],
    queryFn: () =>
      apiGet<{ key: string; label: { nl: string; en: string }; available: boolean }[]>(
        '/api/evaluatie/doelen/cijfers',
      ),
  });
  const save = useVersionedSave({
    initial: EMPTY_INDICATOR,
    resetTo: EMPTY_INDICATOR,
    version: goal.version,
    send: (d: IndicatorDraft, version) =>
      apiSend('POST', `/api/evaluatie/doelen/${goal.id}/indicatoren`, {
        name: d.name,
        unit: d.unit,
        targetValue: d.targetValue.trim() === '' ? null : Number(d.targetValue.replace(',', '.')),
        direction: d.direction || undefined,
        source: d.source || undefined,
        duidenKey: d.source === 'duiden' ? d.duidenKey || null : null,
        manualSource: d.source === 'handmatig' ? d.manualSource : null,
        version,
      }),
    onSaved: () => queryClient.invalidateQueries({ queryKey: goalKey(goal.id) }),
  });
  const { draft, set, bind, fieldError } = save;
  return (
    <Section id="indicator-add" title={t('evaluatieResultaten.indicators.addTitle')} level={3}>
      <VersionedForm
        save={save}
        labelledBy="indicator-add"
        fields={[
          { field: 'name', id: 'indicator-name', label: t('evaluatieResultaten.indicators.name') },
          { field: 'unit', id: 'indicator-unit', label: t('evaluatieResultaten.indicators.unit') },
          { field: 'targetValue', id: 'indicator-target', label: t('evaluatieResultaten.indicators.target') },
          {
            field: 'direction',
            id: radioId('indicator-direction', INDICATOR_DIRECTIONS[0]),
            label: t('evaluatieResultaten.indicators.direction'),
          },
          {
            field: 'source',
            id: radioId('indicator-source', INDICATOR_SOURCES[0]),
            label: t('evaluatieResultaten.indicators.source'),
          },
          { field: 'duidenKey', id: 'indicator-key', label: t('evaluatieResultaten.indicators.duidenKey') },
          {
            field: 'manualSource',
            id: 'indicator-manual',
            label: t('evaluatieResultaten.indicators.manualSource'),
          },
        ]}
        savedMessage={({ sent }) => t('evaluatieResultaten.indicators.added', { name: sent.name })}
        submitLabel={t('evaluatieResultaten.indicators.add')}
      >
        <TextField
          id="indicator-name"
          label={t('evaluatieResultaten.indicators.name')}
          {...bind('name')}
          maxLength={200}
          required
        />
        <TextField
          id="indicator-unit"
          label={t('evaluatieResultaten.indicators.unit')}
          {...bind('unit')}
          maxLength={60}
          required
        />
        <TextField
          id="indicator-target"
          label={t('evaluatieResultaten.indicators.target')}
          inputMode="decimal"
          {...bind('targetValue')}
          maxLength={20}
          optional
        />
        <RadioGroupField
          id="indicator-direction"
          legend={t('evaluatieResultaten.indicators.direction')}
          value={draft.direction}
          onValueChange={(v) => set({ direction: v })}
          error={fieldError('direction')}
          options={INDICATOR_DIRECTIONS.map((d) => ({
            value: d,
            label: t(`evaluatieResultaten.indicators.directions.${d}`),
          }))}
        />
        <RadioGroupField
          id="indicator-source"
          legend={t('evaluatieResultaten.indicators.source')}
          value={draft.source}
          onValueChange={(v) => set({ source: v })}
          error={fieldError('source')}
          options={INDICATOR_SOURCES.map((s) => ({
            value: s,
            label: t(`evaluatieResultaten.indicators.sources.${s}`),
          }))}
        />
        {draft.source === 'duiden' ? (
          <SelectField
            id="indicator-key"
            label={t('evaluatieResultaten.indicators.duidenKey')}
            {...bind('duidenKey')}
            placeholder={t('evaluatieResultaten.choose')}
            options={(keys.data ?? []).map((k) => ({
              value: k.key,
              label: k.available
                ? k.label[language]
                : t('evaluatieResultaten.indicators.keyPending', { label: k.label[language] }),
            }))}
            required
          />
        ) : null}
        {draft.source === 'handmatig' ? (
          <TextField
            id="indicator-manual"
            label={t('evaluatieResultaten.indicators.manualSource')}
            {...bind('manualSource')}
            maxLength={300}
            required
          />
        ) : null}
      </VersionedForm>
    </Section>
  );
}
