import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type {
  Evaluation,
  EvaluationSummary,
  Intervention,
  InterventionFigures,
  InterventionOptions,
  InterventionPage,
  InterventionSummary,
} from '../../../contract/evaluatie-interventions';
import {
  EVALUATION_KIND_LABELS,
  EVALUATION_KINDS,
  EVALUATION_STATUSES,
  INTERVENTION_KINDS,
  INTERVENTION_TYPES,
  INTERVENTION_LIMITS as L,
  LEVEL_LABELS,
  PREVENTION_LEVELS,
  THEORY_FIELDS,
  THEORY_LABELS,
  type TheoryField,
  TYPE_LABELS,
} from '../../../domain/evaluatie/interventions';
import { apiGet, apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { useSignedInUser } from '../../session';
import { DataList } from '../../ui/data-list';
import { Disclosure } from '../../ui/disclosure';
import { CheckboxField, Fieldset, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { conflictCurrent, versionedWith } from '../../ui/form-send';
import { formatDay } from '../../ui/format';
import { AppLink, ButtonLink } from '../../ui/link';
import { BackLink, FilterForm, Page, useFilterFields } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { textFilters, useListParams } from '../../ui/use-list-params';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';

/**
 * The intervention register (issue 17): the list with its filters, the form with the theory of change, an
 * intervention with its evaluations and protected figures, and the evaluation form with its PDF report.
 */

export const INTERVENTIONS_PATH = '/api/evaluatie/interventies';
const interventionsKey = ['evaluatie', 'interventies'] as const;
const interventionKey = (id: string) => [...interventionsKey, id] as const;
const FILTERS = textFilters(['type', 'niveau', 'doel']);

/** Who may add and change interventions and evaluations (the mayor reads them). */
export function mayManageInterventions(role: string | undefined): boolean {
  return role === 'aandachtsfunctionaris' || role === 'beleidsmedewerker';
}

function useLabel() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (l: { nl: string; en: string } | undefined, fallback = '') => (l ? l[language] : fallback);
}

function useOptions() {
  return useQuery({
    queryKey: [...interventionsKey, 'keuzes'],
    queryFn: () => apiGet<InterventionOptions>(`${INTERVENTIONS_PATH}/keuzes`),
  });
}

const periodText = (i: { periodStart: string; periodEnd: string | null }) =>
  i.periodEnd ? `${formatDay(i.periodStart)} – ${formatDay(i.periodEnd)}` : `${formatDay(i.periodStart)} –`;

/** /evaluatie/interventies: the register, filtered by type, prevention level and goal, paged on the server. */
export function InterventionsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const user = useSignedInUser();
  const options = useOptions();
  const params = useListParams(FILTERS);
  const list = useCursorPages<InterventionPage, InterventionSummary>({
    key: [...interventionsKey, 'lijst', params.query],
    path: INTERVENTIONS_PATH,
    query: params.query,
    items: (p) => p.interventions,
  });
  const field = useFilterFields(params, {
    error: list.query.error,
    id: (n) => `interventie-filter-${n}`,
    label: (n) => t(`evaluatie.filters.${n}`),
  });
  return (
    <Page
      title={t('evaluatie.register.title')}
      headingId="interventie-register"
      intro={t('evaluatie.register.intro')}
      before={<BackLink to="/evaluatie">{t('evaluatie.back')}</BackLink>}
      actions={
        mayManageInterventions(user.role) ? (
          <ButtonLink appearance="primary-action" to="/evaluatie/interventies/nieuw">
            {t('evaluatie.register.new')}
          </ButtonLink>
        ) : null
      }
    >
      <FilterForm
        id="interventie-filters"
        title={t('evaluatie.filters.title')}
        error={list.query.error}
        fields={['type', 'niveau', 'doel', 'cursor'].map((n) => ({
          field: n,
          id: `interventie-filter-${n === 'cursor' ? 'type' : n}`,
          label: t(`evaluatie.filters.${n === 'cursor' ? 'type' : (n as 'type')}`),
        }))}
        texts={{ apply: t('evaluatie.filters.apply'), clear: t('evaluatie.filters.clear') }}
        onApply={params.apply}
        onClear={params.clear}
      >
        <SelectField
          {...field('type')}
          placeholder={t('evaluatie.filters.any')}
          options={INTERVENTION_TYPES.map((v) => ({ value: v, label: label(TYPE_LABELS[v]) }))}
        />
        <SelectField
          {...field('niveau')}
          placeholder={t('evaluatie.filters.any')}
          options={PREVENTION_LEVELS.map((v) => ({ value: v, label: label(LEVEL_LABELS[v]) }))}
        />
        <SelectField
          {...field('doel')}
          placeholder={t('evaluatie.filters.any')}
          options={(options.data?.goals ?? []).map((g) => ({ value: g.id, label: g.title }))}
        />
      </FilterForm>
      <PagedList
        list={list}
        texts={{
          none: t('evaluatie.register.none'),
          shown: (count) => t('evaluatie.register.shown', { count }),
          loadMore: t('evaluatie.register.loadMore'),
          loadingMore: t('evaluatie.register.loadingMore'),
        }}
      >
        {(items) => (
          <Table
            labelledBy="interventie-register"
            head={
              <Tr>
                <Th>{t('evaluatie.fields.title')}</Th>
                <Th>{t('evaluatie.fields.type')}</Th>
                <Th>{t('evaluatie.fields.preventionLevel')}</Th>
                <Th>{t('evaluatie.fields.provider')}</Th>
                <Th>{t('evaluatie.fields.period')}</Th>
                <Th>{t('evaluatie.fields.policyGoal')}</Th>
                <Th>{t('evaluatie.register.evaluations')}</Th>
              </Tr>
            }
          >
            {items.map((i) => (
              <Tr key={i.id}>
                <Td>
                  <AppLink to={`/evaluatie/interventies/${i.id}`}>{i.title}</AppLink>
                  {i.active ? null : ` (${t('evaluatie.inactive')})`}
                </Td>
                <Td>{label(TYPE_LABELS[i.type])}</Td>
                <Td>{label(LEVEL_LABELS[i.preventionLevel])}</Td>
                <Td>{i.provider || '—'}</Td>
                <Td>{periodText(i)}</Td>
                <Td>{i.policyGoal?.title ?? '—'}</Td>
                <Td>{i.evaluations}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </PagedList>
    </Page>
  );
}

interface InterventionDraft extends Record<TheoryField, string> {
  title: string;
  description: string;
  kind: string;
  catalogueId: string;
  type: string;
  preventionLevel: string;
  targetGroup: string;
  provider: string;
  periodStart: string;
  periodEnd: string;
  budgetLine: string;
  policyGoalId: string;
  active: boolean;
}

const EMPTY: InterventionDraft = {
  title: '',
  description: '',
  kind: 'preventief_programma',
  catalogueId: '',
  type: 'preventief',
  preventionLevel: 'primair',
  targetGroup: '',
  provider: '',
  periodStart: '',
  periodEnd: '',
  budgetLine: '',
  policyGoalId: '',
  active: true,
  inputs: '',
  activities: '',
  outputs: '',
  outcomes: '',
  assumptions: '',
  indicators: '',
};

const draftOf = (i: Intervention): InterventionDraft => ({
  title: i.title,
  description: i.description,
  kind: i.kind,
  catalogueId: i.catalogue?.id ?? '',
  type: i.type,
  preventionLevel: i.preventionLevel,
  targetGroup: i.targetGroup,
  provider: i.provider,
  periodStart: i.periodStart,
  periodEnd: i.periodEnd ?? '',
  budgetLine: i.budgetLine,
  policyGoalId: i.policyGoal?.id ?? '',
  active: i.active,
  ...i.theory,
});

const bodyOf = (d: InterventionDraft) => ({
  ...d,
  periodStart: d.periodStart || undefined,
  periodEnd: d.periodEnd || null,
  catalogueId: d.kind === 'pga_maatregel' ? d.catalogueId || null : null,
  policyGoalId: d.policyGoalId || null,
});

const FIELD_ORDER = [
  'title',
  'description',
  'kind',
  'catalogueId',
  'type',
  'preventionLevel',
  'targetGroup',
  'provider',
  'periodStart',
  'periodEnd',
  'budgetLine',
  'policyGoalId',
  ...THEORY_FIELDS,
] as const;

function useFieldTable(prefix: string) {
  const { t } = useTranslation();
  const label = useLabel();
  return FIELD_ORDER.map((f) => ({
    field: f,
    id: `${prefix}-${f}`,
    label: (THEORY_FIELDS as readonly string[]).includes(f)
      ? label(THEORY_LABELS[f as TheoryField])
      : t(`evaluatie.fields.${f as 'title'}`),
  }));
}

const isSummary = versionedWith<InterventionSummary>((v) => typeof v.title === 'string');

function InterventionFields({
  save,
  prefix,
  options,
}: {
  readonly save: ReturnType<typeof useVersionedSave<InterventionDraft>>;
  readonly prefix: string;
  readonly options: InterventionOptions;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const d = save.draft;
  const id = (f: string) => `${prefix}-${f}`;
  return (
    <>
      <TextField
        id={id('title')}
        label={t('evaluatie.fields.title')}
        {...save.bind('title')}
        maxLength={L.title}
        required
      />
      <TextAreaField
        id={id('description')}
        label={t('evaluatie.fields.description')}
        rows={3}
        {...save.bind('description')}
        maxLength={L.description}
        optional
      />
      <SelectField
        id={id('kind')}
        label={t('evaluatie.fields.kind')}
        {...save.bind('kind')}
        options={INTERVENTION_KINDS.map((k) => ({ value: k, label: t(`evaluatie.kinds.${k}`) }))}
      />
      {d.kind === 'pga_maatregel' ? (
        <SelectField
          id={id('catalogueId')}
          label={t('evaluatie.fields.catalogueId')}
          description={t('evaluatie.fields.catalogueHint')}
          {...save.bind('catalogueId')}
          placeholder={t('evaluatie.choose')}
          options={options.catalogue.map((c) => ({ value: c.id, label: label(c.label) }))}
        />
      ) : null}
      <div className="duiden-filters">
        <SelectField
          id={id('type')}
          label={t('evaluatie.fields.type')}
          {...save.bind('type')}
          options={INTERVENTION_TYPES.map((v) => ({ value: v, label: label(TYPE_LABELS[v]) }))}
        />
        <SelectField
          id={id('preventionLevel')}
          label={t('evaluatie.fields.preventionLevel')}
          description={t('evaluatie.fields.levelHint')}
          {...save.bind('preventionLevel')}
          options={PREVENTION_LEVELS.map((v) => ({ value: v, label: label(LEVEL_LABELS[v]) }))}
        />
      </div>
      <TextField
        id={id('targetGroup')}
        label={t('evaluatie.fields.targetGroup')}
        {...save.bind('targetGroup')}
        maxLength={L.targetGroup}
        optional
      />
      <TextField
        id={id('provider')}
        label={t('evaluatie.fields.provider')}
        {...save.bind('provider')}
        maxLength={L.provider}
        optional
      />
      <div className="duiden-filters">
        <TextField
          id={id('periodStart')}
          type="date"
          label={t('evaluatie.fields.periodStart')}
          {...save.bind('periodStart')}
          required
        />
        <TextField
          id={id('periodEnd')}
          type="date"
          label={t('evaluatie.fields.periodEnd')}
          {...save.bind('periodEnd')}
          optional
        />
      </div>
      <TextField
        id={id('budgetLine')}
        label={t('evaluatie.fields.budgetLine')}
        {...save.bind('budgetLine')}
        maxLength={L.budgetLine}
        optional
      />
      <SelectField
        id={id('policyGoalId')}
        label={t('evaluatie.fields.policyGoalId')}
        {...save.bind('policyGoalId')}
        placeholder={t('evaluatie.noGoal')}
        options={options.goals.map((g) => ({ value: g.id, label: g.title }))}
      />
      <CheckboxField
        id={id('active')}
        label={t('evaluatie.fields.active')}
        checked={d.active}
        onCheckedChange={(active) => save.set({ active })}
      />
      <Fieldset legend={t('evaluatie.theory.title')}>
        <Paragraph small>{t('evaluatie.theory.intro')}</Paragraph>
        {THEORY_FIELDS.map((f) => (
          <TextAreaField
            key={f}
            id={id(f)}
            label={label(THEORY_LABELS[f])}
            rows={3}
            {...save.bind(f)}
            maxLength={L.theory}
            optional
          />
        ))}
      </Fieldset>
    </>
  );
}

/** /evaluatie/interventies/nieuw: registers an intervention with its theory of change. */
export function NewInterventionPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const options = useOptions();
  const fields = useFieldTable('interventie-nieuw');
  const save = useVersionedSave({
    initial: EMPTY,
    resetTo: EMPTY,
    send: (d: InterventionDraft) =>
      apiSend<{ id: string; version: number }>('POST', INTERVENTIONS_PATH, bodyOf(d)),
    onSaved: () => queryClient.invalidateQueries({ queryKey: interventionsKey }),
  });
  return (
    <Page
      title={t('evaluatie.register.new')}
      before={<BackLink to="/evaluatie/interventies">{t('evaluatie.register.back')}</BackLink>}
    >
      <QueryState query={options}>
        {(o) => (
          <VersionedForm
            save={save}
            fields={fields}
            label={t('evaluatie.register.new')}
            savedMessage={({ result, sent }) => (
              <AppLink to={`/evaluatie/interventies/${result.id}`}>
                {t('evaluatie.register.created', { title: sent.title })}
              </AppLink>
            )}
            submitLabel={t('evaluatie.register.create')}
          >
            <InterventionFields save={save} prefix="interventie-nieuw" options={o} />
          </VersionedForm>
        )}
      </QueryState>
    </Page>
  );
}

function EditIntervention({
  intervention: i,
  options,
}: {
  readonly intervention: Intervention;
  readonly options: InterventionOptions;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fields = useFieldTable('interventie-wijzig');
  const save = useVersionedSave({
    initial: () => draftOf(i),
    version: i.version,
    send: (d: InterventionDraft, version) =>
      apiSend<{ id: string; version: number }>('PUT', `${INTERVENTIONS_PATH}/${i.id}`, {
        ...bodyOf(d),
        version,
      }),
    versionOf: (r) => r.version,
    conflict: (error) => conflictCurrent(error, isSummary),
    onSaved: () => queryClient.invalidateQueries({ queryKey: interventionsKey }),
    onConflict: () => queryClient.invalidateQueries({ queryKey: interventionKey(i.id) }),
  });
  return (
    <Disclosure
      summary={t('evaluatie.detail.edit')}
      summaryId="interventie-wijzig-summary"
      openOn={save.error}
    >
      <VersionedForm
        save={save}
        fields={fields}
        labelledBy="interventie-wijzig-summary"
        savedMessage={t('evaluatie.detail.saved')}
        conflictWords={{
          title: t('evaluatie.conflict.title'),
          intro: (version) => t('evaluatie.conflict.intro', { version }),
        }}
        otherItems={(other) => [
          { key: 'title', label: t('evaluatie.fields.title'), value: other.title },
          { key: 'updatedBy', label: t('evaluatie.conflict.by'), value: other.updatedBy ?? '—' },
        ]}
        submitLabel={t('evaluatie.detail.save')}
        submitAppearance="secondary-action"
      >
        <InterventionFields save={save} prefix="interventie-wijzig" options={options} />
      </VersionedForm>
    </Disclosure>
  );
}

/** /evaluatie/interventies/:id: an intervention, its theory of change, its evaluations and protected figures. */
export function InterventionDetailPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { id = '' } = useParams();
  const user = useSignedInUser();
  const manage = mayManageInterventions(user.role);
  const options = useOptions();
  const intervention = useQuery({
    queryKey: interventionKey(id),
    queryFn: () => apiGet<Intervention>(`${INTERVENTIONS_PATH}/${id}`),
  });
  return (
    <QueryState query={intervention}>
      {(i) => (
        <Page
          title={i.title}
          intro={i.description || undefined}
          before={<BackLink to="/evaluatie/interventies">{t('evaluatie.register.back')}</BackLink>}
        >
          <DataList
            items={[
              {
                key: 'kind',
                label: t('evaluatie.fields.kind'),
                value: i.catalogue
                  ? `${t(`evaluatie.kinds.${i.kind}`)}: ${label(i.catalogue.label)}`
                  : t(`evaluatie.kinds.${i.kind}`),
              },
              { key: 'type', label: t('evaluatie.fields.type'), value: label(TYPE_LABELS[i.type]) },
              {
                key: 'level',
                label: t('evaluatie.fields.preventionLevel'),
                value: label(LEVEL_LABELS[i.preventionLevel]),
              },
              { key: 'target', label: t('evaluatie.fields.targetGroup'), value: i.targetGroup || '—' },
              { key: 'provider', label: t('evaluatie.fields.provider'), value: i.provider || '—' },
              { key: 'period', label: t('evaluatie.fields.period'), value: periodText(i) },
              { key: 'budget', label: t('evaluatie.fields.budgetLine'), value: i.budgetLine || '—' },
              {
                key: 'goal',
                label: t('evaluatie.fields.policyGoal'),
                value: i.policyGoal ? (
                  <AppLink to={`/evaluatie/doelen/${i.policyGoal.id}`}>{i.policyGoal.title}</AppLink>
                ) : (
                  t('evaluatie.noGoal')
                ),
              },
              {
                key: 'active',
                label: t('evaluatie.fields.active'),
                value: i.active ? t('evaluatie.yes') : t('evaluatie.no'),
              },
            ]}
          />
          {manage && options.data ? (
            <EditIntervention key={i.version} intervention={i} options={options.data} />
          ) : null}
          <Section id="interventie-theorie" title={t('evaluatie.theory.title')}>
            <DataList
              items={THEORY_FIELDS.map((f) => ({
                key: f,
                label: label(THEORY_LABELS[f]),
                value: i.theory[f] || '—',
              }))}
            />
          </Section>
          <Section id="interventie-evaluaties" title={t('evaluatie.evaluations.heading')}>
            <EvaluationTable intervention={i} evaluations={i.evaluationList} />
            {manage ? (
              <Paragraph>
                <ButtonLink
                  appearance="secondary-action"
                  to={`/evaluatie/interventies/${i.id}/evaluaties/nieuw`}
                >
                  {t('evaluatie.evaluations.new')}
                </ButtonLink>
              </Paragraph>
            ) : null}
          </Section>
          {i.catalogue ? <Figures id={i.id} /> : null}
        </Page>
      )}
    </QueryState>
  );
}

function EvaluationTable({
  intervention,
  evaluations,
}: {
  readonly intervention: { id: string };
  readonly evaluations: readonly EvaluationSummary[];
}) {
  const { t } = useTranslation();
  const label = useLabel();
  if (evaluations.length === 0) return <Paragraph>{t('evaluatie.evaluations.none')}</Paragraph>;
  return (
    <Table
      caption={t('evaluatie.evaluations.heading')}
      captionHidden
      head={
        <Tr>
          <Th>{t('evaluatie.evaluations.evaluatedOn')}</Th>
          <Th>{t('evaluatie.evaluations.kind')}</Th>
          <Th>{t('evaluatie.evaluations.evaluationTitle')}</Th>
          <Th>{t('evaluatie.evaluations.status')}</Th>
        </Tr>
      }
    >
      {evaluations.map((e) => (
        <Tr key={e.id}>
          <Td>{formatDay(e.evaluatedOn)}</Td>
          <Td>{label(EVALUATION_KIND_LABELS[e.kind])}</Td>
          <Td>
            <AppLink to={`/evaluatie/interventies/${intervention.id}/evaluaties/${e.id}`}>{e.title}</AppLink>
          </Td>
          <Td>{t(`evaluatie.statuses.${e.status}`)}</Td>
        </Tr>
      ))}
    </Table>
  );
}

/** The closure reasons and median duration of the cases that had this measure: protected figures, with the table. */
function Figures({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const year = String(new Date().getFullYear());
  const figures = useQuery({
    queryKey: [...interventionKey(id), 'cijfers', year],
    queryFn: () => apiGet<InterventionFigures>(`${INTERVENTIONS_PATH}/${id}/cijfers?jaar=${year}`),
  });
  return (
    <Section id="interventie-cijfers" title={t('evaluatie.figures.title', { year })}>
      <QueryState query={figures}>
        {(f) =>
          f.table ? (
            <>
              <Paragraph>{t('evaluatie.figures.intro', { k: f.k })}</Paragraph>
              <Table
                caption={label(f.table.title)}
                head={
                  <Tr>
                    <Th>{t('evaluatie.figures.reason')}</Th>
                    <Th>{t('evaluatie.figures.cases')}</Th>
                  </Tr>
                }
              >
                {f.table.rows.map((r) => {
                  const code = r.coordinates.reden;
                  const name = code
                    ? label(f.table?.dimensions[0]?.values.find((v) => v.code === code)?.label, code)
                    : t('evaluatie.figures.total');
                  return (
                    <Tr key={code ?? '*'}>
                      <Th scope="row">{name}</Th>
                      <Td>{'persons' in r.current ? r.current.persons : '·'}</Td>
                    </Tr>
                  );
                })}
              </Table>
              {f.leadTime ? (
                <Paragraph>
                  {label(f.leadTime.label)}: {'days' in f.leadTime.value ? f.leadTime.value.days : '·'}
                </Paragraph>
              ) : null}
            </>
          ) : (
            <Paragraph>{t('evaluatie.figures.notApplicable')}</Paragraph>
          )
        }
      </QueryState>
    </Section>
  );
}

interface EvaluationDraft {
  kind: string;
  title: string;
  questions: string;
  participants: string;
  method: string;
  findings: string;
  recommendations: string;
  followUp: string;
  status: string;
  evaluatedOn: string;
}

const EVALUATION_TEXTS = ['participants', 'method', 'findings', 'recommendations', 'followUp'] as const;
const EVALUATION_MAX = {
  participants: L.participants,
  method: L.method,
  findings: L.findings,
  recommendations: L.recommendations,
  followUp: L.followUp,
};

const evaluationBody = (d: EvaluationDraft) => ({
  ...d,
  kind: d.kind || undefined,
  evaluatedOn: d.evaluatedOn || undefined,
  questions: d.questions
    .split('\n')
    .map((q) => q.trim())
    .filter((q) => q.length > 0),
});

function useEvaluationFieldTable(prefix: string) {
  const { t } = useTranslation();
  return ['kind', 'title', 'evaluatedOn', 'questions', ...EVALUATION_TEXTS, 'status'].map((f) => ({
    field: f,
    id: `${prefix}-${f}`,
    label: t(`evaluatie.evaluations.${f as 'kind'}`),
  }));
}

function EvaluationFields({
  save,
  prefix,
}: {
  readonly save: ReturnType<typeof useVersionedSave<EvaluationDraft>>;
  readonly prefix: string;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const id = (f: string) => `${prefix}-${f}`;
  return (
    <>
      <SelectField
        id={id('kind')}
        label={t('evaluatie.evaluations.kind')}
        description={t('evaluatie.evaluations.kindHint')}
        {...save.bind('kind')}
        placeholder={t('evaluatie.choose')}
        options={EVALUATION_KINDS.map((k) => ({ value: k, label: label(EVALUATION_KIND_LABELS[k]) }))}
      />
      <TextField
        id={id('title')}
        label={t('evaluatie.evaluations.title')}
        {...save.bind('title')}
        maxLength={L.title}
        required
      />
      <TextField
        id={id('evaluatedOn')}
        type="date"
        label={t('evaluatie.evaluations.evaluatedOn')}
        {...save.bind('evaluatedOn')}
        required
      />
      <TextAreaField
        id={id('questions')}
        label={t('evaluatie.evaluations.questions')}
        description={t('evaluatie.evaluations.questionsHint')}
        rows={6}
        {...save.bind('questions')}
      />
      {EVALUATION_TEXTS.map((f) => (
        <TextAreaField
          key={f}
          id={id(f)}
          label={t(`evaluatie.evaluations.${f}`)}
          description={f === 'participants' ? t('evaluatie.evaluations.participantsHint') : undefined}
          rows={f === 'findings' ? 6 : 3}
          {...save.bind(f)}
          maxLength={EVALUATION_MAX[f]}
          optional
        />
      ))}
      <SelectField
        id={id('status')}
        label={t('evaluatie.evaluations.status')}
        {...save.bind('status')}
        options={EVALUATION_STATUSES.map((s) => ({ value: s, label: t(`evaluatie.statuses.${s}`) }))}
      />
    </>
  );
}

/** /evaluatie/interventies/:id/evaluaties/nieuw: records a plan, process or effect evaluation. */
export function NewEvaluationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const options = useOptions();
  const fields = useEvaluationFieldTable('evaluatie-nieuw');
  return (
    <Page
      title={t('evaluatie.evaluations.new')}
      before={<BackLink to={`/evaluatie/interventies/${id}`}>{t('evaluatie.evaluations.back')}</BackLink>}
    >
      <QueryState query={options}>
        {(o) => (
          <NewEvaluationForm
            interventionId={id}
            fields={fields}
            questions={o.defaultQuestions}
            onSaved={async (evaluationId) => {
              await queryClient.invalidateQueries({ queryKey: interventionsKey });
              navigate(`/evaluatie/interventies/${id}/evaluaties/${evaluationId}`);
            }}
          />
        )}
      </QueryState>
    </Page>
  );
}

function NewEvaluationForm({
  interventionId,
  fields,
  questions,
  onSaved,
}: {
  readonly interventionId: string;
  readonly fields: ReturnType<typeof useEvaluationFieldTable>;
  readonly questions: readonly string[];
  readonly onSaved: (id: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const save = useVersionedSave({
    initial: (): EvaluationDraft => ({
      kind: '',
      title: '',
      questions: questions.join('\n'),
      participants: '',
      method: '',
      findings: '',
      recommendations: '',
      followUp: '',
      status: 'concept',
      evaluatedOn: '',
    }),
    send: (d: EvaluationDraft) =>
      apiSend<{ id: string; version: number }>(
        'POST',
        `${INTERVENTIONS_PATH}/${interventionId}/evaluaties`,
        evaluationBody(d),
      ),
    onSaved: (r) => onSaved(r.id),
  });
  return (
    <VersionedForm
      save={save}
      fields={fields}
      label={t('evaluatie.evaluations.new')}
      submitLabel={t('evaluatie.evaluations.create')}
    >
      <EvaluationFields save={save} prefix="evaluatie-nieuw" />
    </VersionedForm>
  );
}

const isEvaluation = versionedWith<EvaluationSummary>((v) => typeof v.kind === 'string');

/** /evaluatie/interventies/:id/evaluaties/:evaluationId: an evaluation, its report as PDF, and its edit form. */
export function EvaluationPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { id = '', evaluationId = '' } = useParams();
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const path = `${INTERVENTIONS_PATH}/${id}/evaluaties/${evaluationId}`;
  const key = [...interventionKey(id), 'evaluatie', evaluationId];
  const evaluation = useQuery({ queryKey: key, queryFn: () => apiGet<Evaluation>(path) });
  const fields = useEvaluationFieldTable('evaluatie-wijzig');
  return (
    <QueryState query={evaluation}>
      {(e) => (
        <Page
          title={`${label(EVALUATION_KIND_LABELS[e.kind])}: ${e.title}`}
          before={<BackLink to={`/evaluatie/interventies/${id}`}>{t('evaluatie.evaluations.back')}</BackLink>}
        >
          <DataList
            items={[
              { key: 'date', label: t('evaluatie.evaluations.evaluatedOn'), value: formatDay(e.evaluatedOn) },
              {
                key: 'status',
                label: t('evaluatie.evaluations.status'),
                value: t(`evaluatie.statuses.${e.status}`),
              },
              {
                key: 'questions',
                label: t('evaluatie.evaluations.questions'),
                value: (
                  <ol>
                    {e.questions.map((q) => (
                      <li key={q}>{q}</li>
                    ))}
                  </ol>
                ),
              },
              ...EVALUATION_TEXTS.map((f) => ({
                key: f,
                label: t(`evaluatie.evaluations.${f}`),
                value: e[f] || '—',
              })),
            ]}
          />
          <Section id="evaluatie-rapport" title={t('evaluatie.report.title')}>
            <Paragraph>{t('evaluatie.report.intro')}</Paragraph>
            <ul className="duiden-link-list">
              <li>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`${path}/rapport.pdf?voor=college`}
                  download
                >
                  {t('evaluatie.report.college')}
                </a>
              </li>
              <li>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`${path}/rapport.pdf?voor=raad`}
                  download
                >
                  {t('evaluatie.report.raad')}
                </a>
              </li>
            </ul>
          </Section>
          {mayManageInterventions(user.role) ? (
            <EditEvaluation
              key={e.version}
              evaluation={e}
              path={path}
              fields={fields}
              onSaved={() => queryClient.invalidateQueries({ queryKey: interventionKey(id) })}
            />
          ) : null}
        </Page>
      )}
    </QueryState>
  );
}

function EditEvaluation({
  evaluation: e,
  path,
  fields,
  onSaved,
}: {
  readonly evaluation: Evaluation;
  readonly path: string;
  readonly fields: ReturnType<typeof useEvaluationFieldTable>;
  readonly onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const save = useVersionedSave({
    initial: (): EvaluationDraft => ({
      kind: e.kind,
      title: e.title,
      questions: e.questions.join('\n'),
      participants: e.participants,
      method: e.method,
      findings: e.findings,
      recommendations: e.recommendations,
      followUp: e.followUp,
      status: e.status,
      evaluatedOn: e.evaluatedOn,
    }),
    version: e.version,
    send: (d: EvaluationDraft, version) =>
      apiSend<{ id: string; version: number }>('PUT', path, { ...evaluationBody(d), version }),
    versionOf: (r) => r.version,
    conflict: (error) => conflictCurrent(error, isEvaluation),
    onSaved,
  });
  return (
    <Disclosure
      summary={t('evaluatie.evaluations.edit')}
      summaryId="evaluatie-wijzig-summary"
      openOn={save.error}
    >
      <VersionedForm
        save={save}
        fields={fields}
        labelledBy="evaluatie-wijzig-summary"
        savedMessage={t('evaluatie.detail.saved')}
        conflictWords={{
          title: t('evaluatie.conflict.title'),
          intro: (version) => t('evaluatie.conflict.intro', { version }),
        }}
        otherItems={(other) => [
          { key: 'title', label: t('evaluatie.evaluations.title'), value: other.title },
          {
            key: 'kind',
            label: t('evaluatie.evaluations.kind'),
            value: label(EVALUATION_KIND_LABELS[other.kind]),
          },
        ]}
        submitLabel={t('evaluatie.detail.save')}
        submitAppearance="secondary-action"
      >
        <EvaluationFields save={save} prefix="evaluatie-wijzig" />
      </VersionedForm>
    </Disclosure>
  );
}
