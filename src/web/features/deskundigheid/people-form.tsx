import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DeskundigheidLookups } from '../../../contract/deskundigheid-curriculum';
import type { TrainingPerson } from '../../../contract/deskundigheid-people';
import { PERSON_LIMITS } from '../../../domain/deskundigheid/curriculum';
import { apiSend } from '../../api';
import { Button } from '../../ui/button';
import { OtherVersion } from '../../ui/form-conflict';
import { SelectField, TextField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { today } from '../../ui/format';
import { BackLink, Page } from '../../ui/list-page';
import { QueryState } from '../../ui/query-state';
import {
  conflictPerson,
  deskundigheidKey,
  PEOPLE_PATH,
  peoplePage,
  personKey,
  personPage,
  personPath,
  useLookups,
} from './deskundigheid-api';

export interface PersonDraft {
  readonly name: string;
  readonly email: string;
  readonly department: string;
  readonly organisationId: string;
  readonly targetGroupId: string;
  readonly activeSince: string;
  readonly leftOn: string;
}

const draftOf = (p: TrainingPerson): PersonDraft => ({
  name: p.name,
  email: p.email ?? '',
  department: p.department,
  organisationId: p.organisation.id,
  targetGroupId: p.targetGroup.id,
  activeSince: p.activeSince,
  leftOn: p.leftOn ?? '',
});

const bodyOf = (d: PersonDraft) => ({
  name: d.name,
  email: d.email,
  department: d.department,
  organisationId: d.organisationId,
  targetGroupId: d.targetGroupId,
  activeSince: d.activeSince,
  leftOn: d.leftOn.trim() || null,
});

function useFieldTable(prefix: string) {
  const { t } = useTranslation();
  return [
    { field: 'name', id: `${prefix}-name`, label: t('deskundigheid.person.name') },
    { field: 'email', id: `${prefix}-email`, label: t('deskundigheid.person.email') },
    { field: 'organisationId', id: `${prefix}-organisation`, label: t('deskundigheid.person.organisation') },
    { field: 'targetGroupId', id: `${prefix}-group`, label: t('deskundigheid.person.targetGroup') },
    { field: 'department', id: `${prefix}-department`, label: t('deskundigheid.person.department') },
    { field: 'activeSince', id: `${prefix}-since`, label: t('deskundigheid.person.activeSince') },
    { field: 'leftOn', id: `${prefix}-left`, label: t('deskundigheid.person.leftOn') },
  ];
}

function PersonFields({
  prefix,
  lookups,
  draft,
  set,
  fieldError,
  withLeft,
}: {
  readonly prefix: string;
  readonly lookups: DeskundigheidLookups;
  readonly draft: PersonDraft;
  readonly set: (change: Partial<PersonDraft>) => void;
  readonly fieldError: (field: string) => string | undefined;
  readonly withLeft: boolean;
}) {
  const { t } = useTranslation();
  const side = lookups.organisations.find((o) => o.id === draft.organisationId)?.side;
  // The target groups of the organisation's side (own staff or partners); all of them until one is chosen.
  const groups = lookups.targetGroups.filter((g) => !side || g.side === side);
  return (
    <>
      <TextField
        id={`${prefix}-name`}
        label={t('deskundigheid.person.name')}
        value={draft.name}
        onValueChange={(name) => set({ name })}
        error={fieldError('name')}
        maxLength={PERSON_LIMITS.name}
        autoComplete="off"
      />
      <TextField
        id={`${prefix}-email`}
        label={t('deskundigheid.person.email')}
        description={t('deskundigheid.person.emailHint')}
        optional
        type="email"
        value={draft.email}
        onValueChange={(email) => set({ email })}
        error={fieldError('email')}
        maxLength={PERSON_LIMITS.email}
        autoComplete="off"
      />
      <SelectField
        id={`${prefix}-organisation`}
        label={t('deskundigheid.person.organisation')}
        placeholder={t('deskundigheid.choose')}
        value={draft.organisationId}
        onValueChange={(organisationId) => set({ organisationId })}
        options={lookups.organisations.map((o) => ({ value: o.id, label: o.name }))}
        error={fieldError('organisationId')}
      />
      <SelectField
        id={`${prefix}-group`}
        label={t('deskundigheid.person.targetGroup')}
        placeholder={t('deskundigheid.choose')}
        value={draft.targetGroupId}
        onValueChange={(targetGroupId) => set({ targetGroupId })}
        options={groups.map((g) => ({
          value: g.id,
          label: `${g.name} (${t(`deskundigheid.levels.${g.requiredLevel}`)})`,
        }))}
        error={fieldError('targetGroupId')}
      />
      <TextField
        id={`${prefix}-department`}
        label={t('deskundigheid.person.department')}
        optional
        value={draft.department}
        onValueChange={(department) => set({ department })}
        error={fieldError('department')}
        maxLength={PERSON_LIMITS.department}
        autoComplete="off"
      />
      <TextField
        id={`${prefix}-since`}
        label={t('deskundigheid.person.activeSince')}
        type="date"
        value={draft.activeSince}
        onValueChange={(activeSince) => set({ activeSince })}
        error={fieldError('activeSince')}
      />
      {withLeft ? (
        <TextField
          id={`${prefix}-left`}
          label={t('deskundigheid.person.leftOn')}
          description={t('deskundigheid.person.leftOnHint')}
          optional
          type="date"
          value={draft.leftOn}
          onValueChange={(leftOn) => set({ leftOn })}
          error={fieldError('leftOn')}
        />
      ) : null}
    </>
  );
}

/** /deskundigheid/personen/nieuw: a person in a target group (work data only). */
export function NewPersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const lookups = useLookups();
  const [draft, setDraft] = useState<PersonDraft>(() => ({
    name: '',
    email: '',
    department: '',
    organisationId: '',
    targetGroupId: '',
    activeSince: today(),
    leftOn: '',
  }));
  const set = (change: Partial<PersonDraft>) => setDraft((d) => ({ ...d, ...change }));
  const send = useFormSend({
    send: () => apiSend<{ id: string }>('POST', PEOPLE_PATH, bodyOf(draft)),
    onSent: async (r) => {
      await queryClient.invalidateQueries({ queryKey: deskundigheidKey });
      void navigate(personPage(r.id), { state: { added: true } });
      return true;
    },
  });
  const fields = useFieldTable('person');
  return (
    <Page
      title={t('deskundigheid.person.newTitle')}
      headingId="persoon-nieuw"
      before={<BackLink to={peoplePage}>{t('deskundigheid.people.back')}</BackLink>}
      intro={t('deskundigheid.person.newIntro')}
    >
      <QueryState query={lookups}>
        {(l) => (
          <FormFrame
            labelledBy="persoon-nieuw"
            fields={fields}
            {...send.frame}
            submitLabel={t('deskundigheid.person.add')}
            submitAppearance="primary-action"
          >
            <PersonFields
              prefix="person"
              lookups={l}
              draft={draft}
              set={set}
              fieldError={send.fieldError}
              withLeft={false}
            />
          </FormFrame>
        )}
      </QueryState>
    </Page>
  );
}

/** Changing a person's work data at the version read; on a conflict what was typed stays. */
export function EditPersonForm({
  person,
  onDone,
  onCancel,
}: {
  readonly person: TrainingPerson;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const lookups = useLookups();
  const [draft, setDraft] = useState<PersonDraft>(() => draftOf(person));
  const [version, setVersion] = useState(person.version);
  const set = (change: Partial<PersonDraft>) => setDraft((d) => ({ ...d, ...change }));
  const send = useFormSend({
    send: () => apiSend<{ version: number }>('PUT', personPath(person.id), { ...bodyOf(draft), version }),
    onSent: async () => {
      await queryClient.invalidateQueries({ queryKey: deskundigheidKey });
      onDone();
      return true;
    },
    onError: (error) => {
      const current = conflictPerson(error);
      if (current) {
        setVersion(current.version);
        queryClient.setQueryData(personKey(person.id), current);
      }
    },
  });
  const current = conflictPerson(send.mutation.error);
  const fields = useFieldTable('person-edit');
  const conflict: ReactNode = current ? (
    <OtherVersion
      version={current.version}
      title={t('deskundigheid.conflict.title')}
      intro={t('deskundigheid.conflict.intro', { name: current.updatedBy ?? '' })}
      items={[
        { key: 'name', label: t('deskundigheid.person.name'), value: current.name },
        { key: 'group', label: t('deskundigheid.person.targetGroup'), value: current.targetGroup.name },
        { key: 'department', label: t('deskundigheid.person.department'), value: current.department || '—' },
      ]}
    />
  ) : null;
  return (
    <QueryState query={lookups}>
      {(l) => (
        <FormFrame
          title={t('deskundigheid.person.editTitle')}
          titleLevel={2}
          labelledBy="persoon-wijzigen"
          fields={fields}
          {...send.frame}
          conflict={conflict}
          submitLabel={t('deskundigheid.save')}
          submitAppearance="primary-action"
          moreActions={
            <Button appearance="subtle" onClick={onCancel}>
              {t('deskundigheid.cancel')}
            </Button>
          }
        >
          <PersonFields
            prefix="person-edit"
            lookups={l}
            draft={draft}
            set={set}
            fieldError={send.fieldError}
            withLeft
          />
        </FormFrame>
      )}
    </QueryState>
  );
}
