import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetGroup, TargetGroupPage } from '../../../contract/deskundigheid-curriculum';
import {
  TARGET_GROUP_LIMITS,
  TARGET_GROUP_SIDES,
  type TargetGroupSide,
  TRAINING_LEVELS,
} from '../../../domain/deskundigheid/curriculum';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { DoneAlert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { OtherVersion } from '../../ui/form-conflict';
import {
  CheckboxField,
  RadioGroupField,
  radioId,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui/form-field';
import { FormFrame, SaveOutcome } from '../../ui/form-frame';
import { useAddForm, useFormSend } from '../../ui/form-send';
import { BackLink, Page } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import {
  conflictGroup,
  deskundigheidKey,
  GROUPS_PATH,
  groupPath,
  groupsKey,
  mayDo,
} from './deskundigheid-api';

export interface TargetGroupDraft {
  readonly name: string;
  readonly side: string;
  readonly requiredLevel: string;
  readonly description: string;
  readonly active: boolean;
}

const emptyDraft: TargetGroupDraft = { name: '', side: '', requiredLevel: '', description: '', active: true };

const draftOf = (g: TargetGroup): TargetGroupDraft => ({
  name: g.name,
  side: g.side,
  requiredLevel: g.requiredLevel,
  description: g.description,
  active: g.active,
});

const bodyOf = (d: TargetGroupDraft) => ({
  name: d.name,
  side: d.side,
  requiredLevel: d.requiredLevel,
  description: d.description,
});

function useFieldTable(prefix: string) {
  const { t } = useTranslation();
  return [
    { field: 'name', id: `${prefix}-name`, label: t('deskundigheid.group.name') },
    { field: 'side', id: radioId(`${prefix}-side`, 'eigen'), label: t('deskundigheid.group.side') },
    { field: 'requiredLevel', id: `${prefix}-level`, label: t('deskundigheid.group.requiredLevel') },
    { field: 'description', id: `${prefix}-description`, label: t('deskundigheid.group.description') },
    { field: 'active', id: `${prefix}-active`, label: t('deskundigheid.group.active') },
  ];
}

function GroupFields({
  prefix,
  draft,
  set,
  fieldError,
  withActive,
}: {
  readonly prefix: string;
  readonly draft: TargetGroupDraft;
  readonly set: (change: Partial<TargetGroupDraft>) => void;
  readonly fieldError: (field: string) => string | undefined;
  readonly withActive: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${prefix}-name`}
        label={t('deskundigheid.group.name')}
        description={t('deskundigheid.group.nameHint')}
        value={draft.name}
        onValueChange={(name) => set({ name })}
        error={fieldError('name')}
        maxLength={TARGET_GROUP_LIMITS.name}
        autoComplete="off"
      />
      <RadioGroupField
        id={`${prefix}-side`}
        legend={t('deskundigheid.group.side')}
        value={draft.side}
        onValueChange={(side) => set({ side })}
        options={TARGET_GROUP_SIDES.map((s) => ({ value: s, label: t(`deskundigheid.sides.${s}`) }))}
        error={fieldError('side')}
      />
      <SelectField
        id={`${prefix}-level`}
        label={t('deskundigheid.group.requiredLevel')}
        placeholder={t('deskundigheid.choose')}
        value={draft.requiredLevel}
        onValueChange={(requiredLevel) => set({ requiredLevel })}
        options={TRAINING_LEVELS.map((l) => ({ value: l, label: t(`deskundigheid.levels.${l}`) }))}
        error={fieldError('requiredLevel')}
      />
      <TextAreaField
        id={`${prefix}-description`}
        label={t('deskundigheid.group.description')}
        optional
        value={draft.description}
        onValueChange={(description) => set({ description })}
        error={fieldError('description')}
        maxLength={TARGET_GROUP_LIMITS.description}
        rows={3}
      />
      {withActive ? (
        <CheckboxField
          id={`${prefix}-active`}
          label={t('deskundigheid.group.active')}
          description={t('deskundigheid.group.activeHint')}
          checked={draft.active}
          onCheckedChange={(active) => set({ active })}
          error={fieldError('active')}
        />
      ) : null}
    </>
  );
}

/** /deskundigheid/leerplan: the target groups per side with the level each needs; add, change, adopt default. */
export function CurriculumPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const may = mayDo('deskundigheid.manage', user.role);
  const [editing, setEditing] = useState<TargetGroup | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const own = useGroups('eigen');
  const partner = useGroups('partner');
  const empty = own.query.data?.pages[0]?.empty === true;
  return (
    <Page
      title={t('deskundigheid.curriculum.title')}
      intro={t('deskundigheid.curriculum.intro')}
      before={<BackLink to="/deskundigheid">{t('deskundigheid.backHome')}</BackLink>}
    >
      {saved ? <DoneAlert>{t('deskundigheid.group.saved', { name: saved })}</DoneAlert> : null}
      {empty && may ? <AdoptDefault /> : null}
      {editing ? (
        <EditGroupForm
          key={editing.id}
          group={editing}
          onDone={(name) => {
            setEditing(null);
            setSaved(name);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {TARGET_GROUP_SIDES.map((side) => (
        <Section key={side} id={`leerplan-${side}`} title={t(`deskundigheid.curriculum.side.${side}`)}>
          <PagedList
            list={side === 'eigen' ? own : partner}
            texts={{
              none: t('deskundigheid.curriculum.none'),
              shown: (count) => t('deskundigheid.curriculum.shown', { count }),
              loadMore: t('deskundigheid.loadMore'),
              loadingMore: t('deskundigheid.loadingMore'),
            }}
          >
            {(groups) => (
              <Table
                labelledBy={`leerplan-${side}`}
                head={
                  <Tr>
                    <Th>{t('deskundigheid.group.name')}</Th>
                    <Th>{t('deskundigheid.group.requiredLevel')}</Th>
                    <Th>{t('deskundigheid.group.description')}</Th>
                    <Th>{t('deskundigheid.group.status')}</Th>
                    {may ? <Th>{t('deskundigheid.actions')}</Th> : null}
                  </Tr>
                }
              >
                {groups.map((g) => (
                  <Tr key={g.id}>
                    <Td>{g.name}</Td>
                    <Td>{t(`deskundigheid.levels.${g.requiredLevel}`)}</Td>
                    <Td>{g.description || '—'}</Td>
                    <Td>{g.active ? t('deskundigheid.group.inUse') : t('deskundigheid.group.notInUse')}</Td>
                    {may ? (
                      <Td>
                        <Button
                          appearance="subtle"
                          onClick={() => {
                            setSaved(null);
                            setEditing(g);
                          }}
                        >
                          {t('deskundigheid.group.edit', { name: g.name })}
                        </Button>
                      </Td>
                    ) : null}
                  </Tr>
                ))}
              </Table>
            )}
          </PagedList>
        </Section>
      ))}
      {may ? <AddGroupForm /> : null}
    </Page>
  );
}

function useGroups(side: TargetGroupSide) {
  const query = `zijde=${side}&inactief=true&limit=100`;
  return useCursorPages<TargetGroupPage, TargetGroup>({
    key: groupsKey(query),
    path: GROUPS_PATH,
    query,
    items: (p) => p.targetGroups,
  });
}

/** "Standaardleerplan overnemen": only for a municipality without any target group yet. */
function AdoptDefault() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const send = useFormSend({
    send: () => apiSend<{ added: number }>('POST', `${GROUPS_PATH}/standaard`),
    onSent: async (r) => {
      await queryClient.invalidateQueries({ queryKey: deskundigheidKey });
      return r.added;
    },
  });
  return (
    <Section id="leerplan-standaard" title={t('deskundigheid.curriculum.adoptTitle')}>
      <Paragraph>{t('deskundigheid.curriculum.adoptIntro')}</Paragraph>
      <SaveOutcome
        message={send.done !== null ? t('deskundigheid.curriculum.adopted', { count: send.done }) : null}
        error={send.mutation.error}
      />
      <Button appearance="primary-action" busy={send.mutation.isPending} onClick={() => send.sendOnce()}>
        {t('deskundigheid.curriculum.adopt')}
      </Button>
    </Section>
  );
}

function AddGroupForm() {
  const { t } = useTranslation();
  const form = useAddForm({
    empty: emptyDraft,
    send: (d: TargetGroupDraft) => apiSend<{ id: string }>('POST', GROUPS_PATH, bodyOf(d)),
    confirm: (_r, d) => d.name.trim(),
    queryKey: deskundigheidKey,
    keep: (d) => ({ side: d.side }),
  });
  return (
    <FormFrame
      title={t('deskundigheid.group.addTitle')}
      labelledBy="doelgroep-toevoegen"
      done={form.added ? t('deskundigheid.group.added', { name: form.added }) : null}
      error={form.add.error}
      busy={form.add.isPending}
      onSubmit={form.submit}
      fields={useFieldTable('group-add')}
      submitLabel={t('deskundigheid.group.add')}
    >
      <GroupFields
        prefix="group-add"
        draft={form.draft}
        set={form.set}
        fieldError={form.fieldError}
        withActive={false}
      />
    </FormFrame>
  );
}

/** Changing a target group at the version read; on a conflict what was typed stays beside the saved version. */
function EditGroupForm({
  group,
  onDone,
  onCancel,
}: {
  readonly group: TargetGroup;
  readonly onDone: (name: string) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<TargetGroupDraft>(() => draftOf(group));
  const [version, setVersion] = useState(group.version);
  const set = (change: Partial<TargetGroupDraft>) => setDraft((d) => ({ ...d, ...change }));
  const send = useFormSend({
    send: () =>
      apiSend<{ version: number }>('PUT', groupPath(group.id), {
        ...bodyOf(draft),
        active: draft.active,
        version,
      }),
    onSent: async () => {
      await queryClient.invalidateQueries({ queryKey: deskundigheidKey });
      onDone(draft.name.trim());
      return true;
    },
    onError: (error) => {
      const current = conflictGroup(error);
      if (current) setVersion(current.version);
    },
  });
  const current = conflictGroup(send.mutation.error);
  return (
    <FormFrame
      title={t('deskundigheid.group.editTitle', { name: group.name })}
      titleLevel={2}
      labelledBy="doelgroep-wijzigen"
      fields={useFieldTable('group-edit')}
      {...send.frame}
      conflict={
        current ? (
          <OtherVersion
            version={current.version}
            title={t('deskundigheid.conflict.title')}
            intro={t('deskundigheid.conflict.intro', { name: current.updatedBy ?? '' })}
            items={[
              { key: 'name', label: t('deskundigheid.group.name'), value: current.name },
              {
                key: 'level',
                label: t('deskundigheid.group.requiredLevel'),
                value: t(`deskundigheid.levels.${current.requiredLevel}`),
              },
              {
                key: 'active',
                label: t('deskundigheid.group.status'),
                value: current.active ? t('deskundigheid.group.inUse') : t('deskundigheid.group.notInUse'),
              },
            ]}
          />
        ) : null
      }
      submitLabel={t('deskundigheid.save')}
      submitAppearance="primary-action"
      moreActions={
        <Button appearance="subtle" onClick={onCancel}>
          {t('deskundigheid.cancel')}
        </Button>
      }
    >
      <GroupFields prefix="group-edit" draft={draft} set={set} fieldError={send.fieldError} withActive />
    </FormFrame>
  );
}
