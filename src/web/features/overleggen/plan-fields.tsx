import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../contract/users';
import type { MeetingType } from '../../../domain/overleg/types';
import { useSignedInUser } from '../../session';
import type { SummaryField } from '../../ui/error-summary';
import {
  CheckboxField,
  Fieldset,
  RadioGroupField,
  radioId,
  SelectField,
  TextField,
} from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { usePageTitle } from '../../ui/use-page-title';
import { useOrganisations } from '../beheer/users-api';
import { LegalBasisField } from './overleg-ui';
import { chairOptions, meetingsKey, type PersonOption, typesToOrganise, useMeetings } from './overleggen-api';

/** What an organiser enters for a meeting or a series, besides its dates. */
export interface PlanDraft {
  readonly type: string;
  readonly title: string;
  readonly location: string;
  readonly onlineUrl: string;
  readonly chairUserId: string;
  readonly memberIds: readonly string[];
  readonly legalBasisId: string;
}

export const EMPTY_PLAN: PlanDraft = {
  type: '',
  title: '',
  location: '',
  onlineUrl: '',
  chairUserId: '',
  memberIds: [],
  legalBasisId: '',
};

/** The standing members a new meeting gets by default (as the server would): gemeente, politie, OM. */
export function defaultMembers(organisations: readonly Organisation[], tenantId: string): string[] {
  return organisations
    .filter((o) => o.id === tenantId || o.partnerType === 'politie' || o.partnerType === 'om')
    .map((o) => o.id);
}

/** The body fields of a plan as the API takes them (empty text as null). */
export function planBody(d: PlanDraft) {
  const text = (v: string) => (v.trim() === '' ? null : v.trim());
  return {
    type: d.type || undefined,
    title: text(d.title),
    location: text(d.location),
    onlineUrl: text(d.onlineUrl),
    chairUserId: d.chairUserId || undefined,
    memberOrganisationIds: [...d.memberIds],
    legalBasisId: d.legalBasisId || null,
  };
}

export const planFieldId = (name: string) => `plan-${name}`;

export type PlanFieldName =
  | 'type'
  | 'title'
  | 'location'
  | 'onlineUrl'
  | 'chairUserId'
  | 'members'
  | 'legalBasisId';

/** The error summary's links for the plan fields (members by the index they were sent with). */
export function planSummaryFields(
  d: PlanDraft,
  organisations: readonly Organisation[],
  firstType: MeetingType,
  label: (name: PlanFieldName) => string,
  dateFields: readonly SummaryField[],
): SummaryField[] {
  return [
    { field: 'type', id: radioId(planFieldId('type'), firstType), label: label('type') },
    ...dateFields,
    { field: 'title', id: planFieldId('title'), label: label('title') },
    { field: 'location', id: planFieldId('location'), label: label('location') },
    { field: 'onlineUrl', id: planFieldId('onlineUrl'), label: label('onlineUrl') },
    { field: 'chairUserId', id: planFieldId('chairUserId'), label: label('chairUserId') },
    ...d.memberIds.map((id, i) => ({
      field: `memberOrganisationIds.${i}`,
      id: planFieldId(`member-${id}`),
      label: organisations.find((o) => o.id === id)?.name ?? label('members'),
    })),
    { field: 'legalBasisId', id: planFieldId('legalBasisId'), label: label('legalBasisId') },
  ];
}

/**
 * The fields every meeting has: kind, title, place or online link, chair, standing members and the legal
 * basis on which information is shared in it. The chair is chosen from the people the user knows as chairs
 * (the API offers organisers no list of users).
 */
export function PlanFields({
  draft,
  update,
  fieldError,
  dates,
}: {
  readonly draft: PlanDraft;
  readonly update: (change: Partial<PlanDraft>) => void;
  readonly fieldError: (field: string) => string | undefined;
  /** The date and time fields, right after the kind of meeting. */
  readonly dates: ReactNode;
}) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const organisations = useOrganisations();
  const meetings = useMeetings({});
  const types = typesToOrganise(user.role);
  const chairs: PersonOption[] = chairOptions(user, meetings.data ?? []);
  const label = (name: PlanFieldName) => t(`overleg.plan.fields.${name}`);
  const memberError = (id: string) => {
    const i = draft.memberIds.indexOf(id);
    return i < 0 ? undefined : fieldError(`memberOrganisationIds.${i}`);
  };
  const toggleMember = (id: string, on: boolean) =>
    update({
      memberIds: on
        ? (organisations.data ?? [])
            .filter((o) => o.id === id || draft.memberIds.includes(o.id))
            .map((o) => o.id)
        : draft.memberIds.filter((m) => m !== id),
    });

  return (
    <>
      <RadioGroupField
        id={planFieldId('type')}
        legend={label('type')}
        value={draft.type}
        onValueChange={(type) => update({ type })}
        error={fieldError('type')}
        options={types.map((m) => ({
          value: m,
          label: t(`overleg.types.${m}`),
          description: t(`overleg.typeDescriptions.${m}`),
        }))}
      />
      {dates}
      <TextField
        id={planFieldId('title')}
        label={label('title')}
        description={t('overleg.plan.fields.titleDescription')}
        optional
        value={draft.title}
        onValueChange={(title) => update({ title })}
        error={fieldError('title')}
        autoComplete="off"
        maxLength={200}
      />
      <Paragraph small>{t('overleg.plan.placeOrLink')}</Paragraph>
      <TextField
        id={planFieldId('location')}
        label={label('location')}
        optional
        value={draft.location}
        onValueChange={(location) => update({ location })}
        error={fieldError('location')}
        autoComplete="off"
        maxLength={300}
      />
      <TextField
        id={planFieldId('onlineUrl')}
        type="url"
        label={label('onlineUrl')}
        description={t('overleg.plan.fields.onlineUrlDescription')}
        optional
        value={draft.onlineUrl}
        onValueChange={(onlineUrl) => update({ onlineUrl })}
        error={fieldError('onlineUrl')}
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
      />
      <SelectField
        id={planFieldId('chairUserId')}
        label={label('chairUserId')}
        description={t('overleg.plan.fields.chairDescription')}
        value={draft.chairUserId}
        onValueChange={(chairUserId) => update({ chairUserId })}
        error={fieldError('chairUserId')}
        placeholder={t('overleg.choose')}
        options={chairs.map((c) => ({
          value: c.userId,
          label: c.userId === user.id ? t('overleg.plan.me', { name: c.name }) : c.name,
        }))}
        required
      />
      <Fieldset legend={label('members')} className="duiden-checkbox-group">
        <Paragraph small>{t('overleg.plan.fields.membersDescription')}</Paragraph>
        {(organisations.data ?? [])
          .filter((o) => o.kind !== 'regio')
          .map((o) => (
            <CheckboxField
              key={o.id}
              id={planFieldId(`member-${o.id}`)}
              label={o.name}
              checked={draft.memberIds.includes(o.id)}
              onCheckedChange={(on) => toggleMember(o.id, on)}
              error={memberError(o.id)}
            />
          ))}
      </Fieldset>
      <LegalBasisField
        id={planFieldId('legalBasisId')}
        label={label('legalBasisId')}
        description={t('overleg.plan.fields.legalBasisDescription')}
        optional
        value={draft.legalBasisId}
        onValueChange={(legalBasisId) => update({ legalBasisId })}
        error={fieldError('legalBasisId')}
      />
    </>
  );
}

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

/**
 * A page that plans meetings (one, or a series): the plan's fields with the page's own dates, sent once;
 * then what was planned instead of the form.
 */
export function PlanPage<R>({
  title,
  intro,
  submitLabel,
  send,
  dateSummary,
  dates,
  planned,
}: {
  readonly title: string;
  readonly intro: string;
  readonly submitLabel: string;
  /** Sends the plan with the page's dates. */
  readonly send: (plan: PlanDraft) => Promise<R>;
  /** The error summary's links for the page's date fields. */
  readonly dateSummary: readonly SummaryField[];
  /** The page's date fields, given the server's message per field. */
  readonly dates: (fieldError: (field: string) => string | undefined) => ReactNode;
  /** What was planned, once it is. */
  readonly planned: (created: R) => ReactNode;
}) {
  const { t } = useTranslation();
  usePageTitle(title);
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const organisations = useOrganisations();
  const [plan, update] = useInitialPlan();
  const save = useMutation({
    mutationFn: () => send(plan),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meetingsKey }),
  });
  const fieldError = useFieldErrors(save.error);
  const label = (name: PlanFieldName) => t(`overleg.plan.fields.${name}`);
  const firstType = typesToOrganise(user.role)[0] ?? 'signaleringsoverleg';
  return (
    <>
      <Paragraph>
        <AppLink to="/overleggen">{t('overleg.backToList')}</AppLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {save.data ? (
        planned(save.data)
      ) : (
        <FormFrame
          label={title}
          intro={<Paragraph lead>{intro}</Paragraph>}
          error={save.error}
          fields={planSummaryFields(plan, organisations.data ?? [], firstType, label, dateSummary)}
          onSubmit={() => save.mutate()}
          busy={save.isPending}
          submitLabel={submitLabel}
          submitAppearance="primary-action"
        >
          <PlanFields draft={plan} update={update} fieldError={fieldError} dates={dates(fieldError)} />
        </FormFrame>
      )}
    </>
  );
}

/** The day and the start and end time of one meeting as typed (date and times as the inputs hold them). */
export function useMeetingTimes(
  initial: { day: string; start: string; end: string } = { day: '', start: '', end: '' },
) {
  const [day, setDay] = useState(initial.day);
  const [start, setStart] = useState(initial.start);
  const [end, setEnd] = useState(initial.end);
  return { day, setDay, start, setStart, end, setEnd };
}

export type MeetingTimes = ReturnType<typeof useMeetingTimes>;

/** The fields of a meeting's day and times; `idOf` names each field's input. */
export function MeetingTimeFields({
  idOf,
  times,
  fieldError,
}: {
  readonly idOf: (name: 'day' | 'start' | 'end') => string;
  readonly times: MeetingTimes;
  readonly fieldError: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { day, setDay, start, setStart, end, setEnd } = times;
  return (
    <>
      <TextField
        id={idOf('day')}
        type="date"
        label={t('overleg.plan.fields.day')}
        value={day}
        onValueChange={setDay}
        error={fieldError('startsAt')}
        required
      />
      <TextField
        id={idOf('start')}
        type="time"
        label={t('overleg.plan.fields.start')}
        value={start}
        onValueChange={setStart}
        required
      />
      <TextField
        id={idOf('end')}
        type="time"
        label={t('overleg.plan.fields.end')}
        optional
        value={end}
        onValueChange={setEnd}
        error={fieldError('endsAt')}
      />
    </>
  );
}
