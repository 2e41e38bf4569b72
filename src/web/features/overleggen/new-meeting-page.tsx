import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Changed } from '../../../contract/overleggen';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { TextField } from '../../ui/form-field';
import { toMoment } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { usePageTitle } from '../../ui/use-page-title';
import { useOrganisations } from '../beheer/users-api';
import { ForbiddenPage } from '../not-found/forbidden-page';
import { meetingsKey, typesToOrganise } from './overleggen-api';
import {
  defaultMembers,
  EMPTY_PLAN,
  type PlanDraft,
  type PlanFieldName,
  PlanFields,
  planBody,
  planFieldId,
  planSummaryFields,
} from './plan-fields';

/**
 * The plan as it starts: the only kind the role may plan already chosen, the user as chair when they may
 * chair, and gemeente, politie and OM as standing members (the server's default).
 */
export function useInitialPlan(): [PlanDraft, (change: Partial<PlanDraft>) => void] {
  const user = useSignedInUser();
  const organisations = useOrganisations();
  const types = typesToOrganise(user.role);
  const [draft, setDraft] = useState<PlanDraft>({
    ...EMPTY_PLAN,
    type: types.length === 1 ? (types[0] ?? '') : '',
    chairUserId: user.id,
  });
  const membersSet = useRef(false);
  useEffect(() => {
    if (membersSet.current || !organisations.data) return;
    membersSet.current = true;
    setDraft((d) => ({ ...d, memberIds: defaultMembers(organisations.data, user.tenantId) }));
  }, [organisations.data, user.tenantId]);
  return [draft, (change) => setDraft((d) => ({ ...d, ...change }))];
}

/** /overleggen/nieuw: plans one meeting (signaleringsoverleg, weegploeg or casusoverleg). */
export function NewMeetingPage() {
  const user = useSignedInUser();
  return typesToOrganise(user.role).length > 0 ? <NewMeetingPageForm /> : <ForbiddenPage />;
}

function NewMeetingPageForm() {
  const { t } = useTranslation();
  usePageTitle(t('overleg.plan.title'));
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const organisations = useOrganisations();
  const [plan, update] = useInitialPlan();
  const [day, setDay] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');

  const save = useMutation({
    mutationFn: () =>
      apiSend<Changed>('POST', '/api/overleggen', {
        ...planBody(plan),
        startsAt: toMoment(day, start),
        endsAt: end ? (toMoment(day, end) ?? null) : null,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meetingsKey }),
  });
  const fieldError = useFieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!save.isPending) save.mutate();
  };
  const label = (name: PlanFieldName) => t(`overleg.plan.fields.${name}`);
  const firstType = typesToOrganise(user.role)[0] ?? 'signaleringsoverleg';

  return (
    <>
      <Paragraph>
        <AppLink to="/overleggen">{t('overleg.backToList')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('overleg.plan.title')}</Heading>
      {save.data ? (
        <Planned id={save.data.id} />
      ) : (
        <>
          <Paragraph lead>{t('overleg.plan.intro')}</Paragraph>
          <ErrorSummary
            error={save.error}
            fields={planSummaryFields(plan, organisations.data ?? [], firstType, label, [
              { field: 'startsAt', id: planFieldId('day'), label: t('overleg.plan.fields.day') },
              { field: 'endsAt', id: planFieldId('end'), label: t('overleg.plan.fields.end') },
            ])}
          />
          <form className="duiden-form" onSubmit={submit} noValidate aria-label={t('overleg.plan.title')}>
            <PlanFields
              draft={plan}
              update={update}
              fieldError={fieldError}
              dates={
                <>
                  <TextField
                    id={planFieldId('day')}
                    type="date"
                    label={t('overleg.plan.fields.day')}
                    value={day}
                    onValueChange={setDay}
                    error={fieldError('startsAt')}
                    required
                  />
                  <TextField
                    id={planFieldId('start')}
                    type="time"
                    label={t('overleg.plan.fields.start')}
                    value={start}
                    onValueChange={setStart}
                    required
                  />
                  <TextField
                    id={planFieldId('end')}
                    type="time"
                    label={t('overleg.plan.fields.end')}
                    optional
                    value={end}
                    onValueChange={setEnd}
                    error={fieldError('endsAt')}
                  />
                </>
              }
            />
            <Button type="submit" appearance="primary-action" busy={save.isPending}>
              {t('overleg.plan.submit')}
            </Button>
          </form>
        </>
      )}
    </>
  );
}

function Planned({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="meeting-planned">
      <Alert type="ok">
        <h2 className="utrecht-heading-2" id="meeting-planned" ref={heading} tabIndex={-1}>
          {t('overleg.plan.planned')}
        </h2>
        <Paragraph>{t('overleg.plan.plannedNext')}</Paragraph>
      </Alert>
      <ButtonGroup>
        <AppLink to={`/overleggen/${id}`}>{t('overleg.plan.open')}</AppLink>
      </ButtonGroup>
    </section>
  );
}
