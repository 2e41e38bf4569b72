import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { GoalPage } from '../../../contract/evaluatie-goals';
import { GOAL_STATUSES } from '../../../domain/evaluatie/policy-goals';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { formatDay } from '../../ui/format';
import { AppLink, ButtonLink } from '../../ui/link';
import { BackLink, Page } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Table, Td, Th, Tr } from '../../ui/table';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';

export const goalsKey = ['evaluatie', 'doelen'] as const;

/** Who may add and change goals, indicators and values (the rest read them). */
export function mayManageGoals(role: string | undefined): boolean {
  return role === 'aandachtsfunctionaris' || role === 'beleidsmedewerker';
}

/** /evaluatie/doelen: the municipality's policy goals, the newest period first. */
export function GoalsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const list = useCursorPages({
    key: [...goalsKey, 'lijst'],
    path: '/api/evaluatie/doelen',
    items: (p: GoalPage) => p.goals,
  });
  return (
    <Page
      title={t('evaluatieResultaten.goals.title')}
      intro={t('evaluatieResultaten.goals.intro')}
      before={<BackLink to="/evaluatie">{t('evaluatieResultaten.back')}</BackLink>}
      actions={
        mayManageGoals(user?.role) ? (
          <ButtonLink to="/evaluatie/doelen/nieuw">{t('evaluatieResultaten.goals.new')}</ButtonLink>
        ) : null
      }
    >
      <PagedList
        list={list}
        texts={{
          none: t('evaluatieResultaten.goals.none'),
          shown: (count) => t('evaluatieResultaten.goals.shown', { count }),
          loadMore: t('evaluatieResultaten.goals.loadMore'),
          loadingMore: t('evaluatieResultaten.goals.loadingMore'),
        }}
      >
        {(goals) => (
          <Table
            caption={t('evaluatieResultaten.goals.title')}
            captionHidden
            head={
              <Tr>
                <Th>{t('evaluatieResultaten.goals.goalTitle')}</Th>
                <Th>{t('evaluatieResultaten.goals.period')}</Th>
                <Th>{t('evaluatieResultaten.goals.status')}</Th>
              </Tr>
            }
          >
            {goals.map((g) => (
              <Tr key={g.id}>
                <Td>
                  <AppLink to={`/evaluatie/doelen/${g.id}`}>{g.title}</AppLink>
                </Td>
                <Td>
                  {formatDay(g.periodStart)} – {formatDay(g.periodEnd)}
                </Td>
                <Td>{t(`evaluatieResultaten.goals.statuses.${g.status}`)}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </PagedList>
    </Page>
  );
}

export interface GoalDraft {
  title: string;
  description: string;
  periodStart: string;
  periodEnd: string;
  status: string;
}

export const EMPTY_GOAL: GoalDraft = {
  title: '',
  description: '',
  periodStart: '',
  periodEnd: '',
  status: 'actief',
};

export const goalBody = (d: GoalDraft) => ({
  title: d.title,
  description: d.description,
  periodStart: d.periodStart || undefined,
  periodEnd: d.periodEnd || undefined,
  status: d.status,
});

export function useGoalFields(prefix: string) {
  const { t } = useTranslation();
  return [
    { field: 'title', id: `${prefix}-title`, label: t('evaluatieResultaten.goals.goalTitle') },
    { field: 'description', id: `${prefix}-description`, label: t('evaluatieResultaten.goals.description') },
    { field: 'periodStart', id: `${prefix}-start`, label: t('evaluatieResultaten.goals.periodStart') },
    { field: 'periodEnd', id: `${prefix}-end`, label: t('evaluatieResultaten.goals.periodEnd') },
    { field: 'status', id: `${prefix}-status`, label: t('evaluatieResultaten.goals.status') },
  ];
}

/** The fields of a goal, the same when adding and when changing one. */
export function GoalFields({
  save,
  prefix,
}: {
  readonly save: ReturnType<typeof useVersionedSave<GoalDraft>>;
  readonly prefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${prefix}-title`}
        label={t('evaluatieResultaten.goals.goalTitle')}
        {...save.bind('title')}
        maxLength={200}
        required
      />
      <TextAreaField
        id={`${prefix}-description`}
        label={t('evaluatieResultaten.goals.description')}
        rows={3}
        {...save.bind('description')}
        maxLength={4000}
        optional
      />
      <div className="duiden-filters">
        <TextField
          id={`${prefix}-start`}
          type="date"
          label={t('evaluatieResultaten.goals.periodStart')}
          {...save.bind('periodStart')}
          required
        />
        <TextField
          id={`${prefix}-end`}
          type="date"
          label={t('evaluatieResultaten.goals.periodEnd')}
          {...save.bind('periodEnd')}
          required
        />
      </div>
      <SelectField
        id={`${prefix}-status`}
        label={t('evaluatieResultaten.goals.status')}
        {...save.bind('status')}
        options={GOAL_STATUSES.map((s) => ({
          value: s,
          label: t(`evaluatieResultaten.goals.statuses.${s}`),
        }))}
      />
    </>
  );
}

/** /evaluatie/doelen/nieuw: adds a policy goal. */
export function NewGoalPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fields = useGoalFields('goal-new');
  const save = useVersionedSave({
    initial: EMPTY_GOAL,
    resetTo: EMPTY_GOAL,
    send: (d: GoalDraft) =>
      apiSend<{ id: string; version: number }>('POST', '/api/evaluatie/doelen', goalBody(d)),
    onSaved: () => queryClient.invalidateQueries({ queryKey: goalsKey }),
  });
  return (
    <Page
      title={t('evaluatieResultaten.goals.new')}
      before={<BackLink to="/evaluatie/doelen">{t('evaluatieResultaten.goals.back')}</BackLink>}
    >
      <VersionedForm
        save={save}
        fields={fields}
        label={t('evaluatieResultaten.goals.new')}
        savedMessage={({ result, sent }) => (
          <AppLink to={`/evaluatie/doelen/${result.id}`}>
            {t('evaluatieResultaten.goals.created', { title: sent.title })}
          </AppLink>
        )}
        submitLabel={t('evaluatieResultaten.goals.create')}
      >
        <GoalFields save={save} prefix="goal-new" />
      </VersionedForm>
    </Page>
  );
}
