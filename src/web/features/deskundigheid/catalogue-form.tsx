import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { DeskundigheidLookups, Training } from '../../../contract/deskundigheid-curriculum';
import { TRAINING_FORMATS, TRAINING_LEVELS, TRAINING_LIMITS } from '../../../domain/deskundigheid/curriculum';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { DoneAlert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { OtherVersion } from '../../ui/form-conflict';
import {
  CheckboxField,
  Fieldset,
  SelectField,
  TextAreaField,
  TextField,
  typedWhole,
} from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { BackLink, Page } from '../../ui/list-page';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { useDuration } from './catalogue-list';
import {
  cataloguePage,
  conflictTraining,
  deskundigheidKey,
  mayDo,
  TRAININGS_PATH,
  trainingKey,
  trainingPage,
  trainingPath,
  useLookups,
  useTraining,
} from './deskundigheid-api';

/** What a form's frame takes from its send (`useFormSend`). */
interface FormSend {
  readonly frame: { readonly error: unknown; readonly busy: boolean; readonly onSubmit: () => void };
  readonly fieldError: (field: string) => string | undefined;
}

export interface TrainingDraft {
  readonly provider: string;
  readonly title: string;
  readonly format: string;
  readonly durationMinutes: string;
  readonly level: string;
  readonly validMonths: string;
  readonly url: string;
  readonly description: string;
  readonly recommendedFor: readonly string[];
  readonly active: boolean;
}

const emptyDraft: TrainingDraft = {
  provider: '',
  title: '',
  format: '',
  durationMinutes: '',
  level: '',
  validMonths: '',
  url: '',
  description: '',
  recommendedFor: [],
  active: true,
};

const draftOf = (x: Training): TrainingDraft => ({
  provider: x.provider,
  title: x.title,
  format: x.format,
  durationMinutes: x.durationMinutes === null ? '' : String(x.durationMinutes),
  level: x.level,
  validMonths: x.validMonths === null ? '' : String(x.validMonths),
  url: x.url ?? '',
  description: x.description,
  recommendedFor: x.recommendedFor.map((g) => g.id),
  active: x.active,
});

const bodyOf = (d: TrainingDraft) => ({
  provider: d.provider,
  title: d.title,
  format: d.format,
  durationMinutes: typedWhole(d.durationMinutes, 6) ?? null,
  level: d.level,
  validMonths: typedWhole(d.validMonths, 3) ?? null,
  url: d.url,
  description: d.description,
  recommendedFor: d.recommendedFor,
});

const toggle = (list: readonly string[], value: string, on: boolean) =>
  on ? [...list.filter((x) => x !== value), value] : list.filter((x) => x !== value);

function useFieldTable(prefix: string, lookups: DeskundigheidLookups) {
  const { t } = useTranslation();
  const firstGroup = lookups.targetGroups[0]?.id;
  return [
    { field: 'provider', id: `${prefix}-provider`, label: t('deskundigheid.training.provider') },
    { field: 'title', id: `${prefix}-title`, label: t('deskundigheid.training.title') },
    { field: 'format', id: `${prefix}-format`, label: t('deskundigheid.training.format') },
    {
      field: 'durationMinutes',
      id: `${prefix}-duration`,
      label: t('deskundigheid.training.durationMinutes'),
    },
    { field: 'level', id: `${prefix}-level`, label: t('deskundigheid.training.level') },
    { field: 'validMonths', id: `${prefix}-valid`, label: t('deskundigheid.training.validMonths') },
    { field: 'url', id: `${prefix}-url`, label: t('deskundigheid.training.url') },
    { field: 'description', id: `${prefix}-description`, label: t('deskundigheid.training.description') },
    {
      field: 'recommendedFor',
      id: firstGroup ? `${prefix}-group-${firstGroup}` : `${prefix}-groups`,
      label: t('deskundigheid.training.recommendedFor'),
    },
    { field: 'active', id: `${prefix}-active`, label: t('deskundigheid.training.active') },
  ];
}

function TrainingFields({
  prefix,
  lookups,
  draft,
  set,
  fieldError,
  withActive,
}: {
  readonly prefix: string;
  readonly lookups: DeskundigheidLookups;
  readonly draft: TrainingDraft;
  readonly set: (change: Partial<TrainingDraft>) => void;
  readonly fieldError: (field: string) => string | undefined;
  readonly withActive: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${prefix}-provider`}
        label={t('deskundigheid.training.provider')}
        value={draft.provider}
        onValueChange={(provider) => set({ provider })}
        error={fieldError('provider')}
        maxLength={TRAINING_LIMITS.provider}
        autoComplete="organization"
      />
      <TextField
        id={`${prefix}-title`}
        label={t('deskundigheid.training.title')}
        value={draft.title}
        onValueChange={(title) => set({ title })}
        error={fieldError('title')}
        maxLength={TRAINING_LIMITS.title}
        autoComplete="off"
      />
      <SelectField
        id={`${prefix}-format`}
        label={t('deskundigheid.training.format')}
        placeholder={t('deskundigheid.choose')}
        value={draft.format}
        onValueChange={(format) => set({ format })}
        options={TRAINING_FORMATS.map((f) => ({ value: f, label: t(`deskundigheid.formats.${f}`) }))}
        error={fieldError('format')}
      />
      <SelectField
        id={`${prefix}-level`}
        label={t('deskundigheid.training.level')}
        placeholder={t('deskundigheid.choose')}
        value={draft.level}
        onValueChange={(level) => set({ level })}
        options={TRAINING_LEVELS.map((l) => ({ value: l, label: t(`deskundigheid.levels.${l}`) }))}
        error={fieldError('level')}
      />
      <TextField
        id={`${prefix}-duration`}
        label={t('deskundigheid.training.durationMinutes')}
        optional
        inputMode="numeric"
        value={draft.durationMinutes}
        onValueChange={(durationMinutes) => set({ durationMinutes })}
        error={fieldError('durationMinutes')}
        maxLength={6}
        autoComplete="off"
      />
      <TextField
        id={`${prefix}-valid`}
        label={t('deskundigheid.training.validMonths')}
        description={t('deskundigheid.training.validMonthsHint')}
        optional
        inputMode="numeric"
        value={draft.validMonths}
        onValueChange={(validMonths) => set({ validMonths })}
        error={fieldError('validMonths')}
        maxLength={3}
        autoComplete="off"
      />
      <TextField
        id={`${prefix}-url`}
        label={t('deskundigheid.training.url')}
        description={t('deskundigheid.training.urlHint')}
        optional
        type="url"
        value={draft.url}
        onValueChange={(url) => set({ url })}
        error={fieldError('url')}
        maxLength={TRAINING_LIMITS.url}
        autoComplete="url"
      />
      <TextAreaField
        id={`${prefix}-description`}
        label={t('deskundigheid.training.description')}
        optional
        value={draft.description}
        onValueChange={(description) => set({ description })}
        error={fieldError('description')}
        maxLength={TRAINING_LIMITS.description}
        rows={3}
      />
      <Fieldset id={`${prefix}-groups`} legend={t('deskundigheid.training.recommendedFor')}>
        {fieldError('recommendedFor') ? (
          <p className="utrecht-form-field-error-message">{fieldError('recommendedFor')}</p>
        ) : null}
        {lookups.targetGroups.map((g) => (
          <CheckboxField
            key={g.id}
            id={`${prefix}-group-${g.id}`}
            label={g.name}
            checked={draft.recommendedFor.includes(g.id)}
            onCheckedChange={(on) => set({ recommendedFor: toggle(draft.recommendedFor, g.id, on) })}
          />
        ))}
      </Fieldset>
      {withActive ? (
        <CheckboxField
          id={`${prefix}-active`}
          label={t('deskundigheid.training.active')}
          checked={draft.active}
          onCheckedChange={(active) => set({ active })}
          error={fieldError('active')}
        />
      ) : null}
    </>
  );
}

/** /deskundigheid/aanbod/nieuw: a training for the catalogue. */
export function NewTrainingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const lookups = useLookups();
  const [draft, setDraft] = useState<TrainingDraft>(emptyDraft);
  const set = (change: Partial<TrainingDraft>) => setDraft((d) => ({ ...d, ...change }));
  const send = useFormSend({
    send: () => apiSend<{ id: string }>('POST', TRAININGS_PATH, bodyOf(draft)),
    onSent: async (r) => {
      await queryClient.invalidateQueries({ queryKey: deskundigheidKey });
      void navigate(trainingPage(r.id), { state: { added: true } });
      return true;
    },
  });
  return (
    <Page
      title={t('deskundigheid.training.newTitle')}
      headingId="training-nieuw"
      before={<BackLink to={cataloguePage}>{t('deskundigheid.catalogue.back')}</BackLink>}
      intro={t('deskundigheid.training.newIntro')}
    >
      <QueryState query={lookups}>
        {(l) => <NewTrainingForm lookups={l} draft={draft} set={set} send={send} />}
      </QueryState>
    </Page>
  );
}

function NewTrainingForm({
  lookups,
  draft,
  set,
  send,
}: {
  readonly lookups: DeskundigheidLookups;
  readonly draft: TrainingDraft;
  readonly set: (change: Partial<TrainingDraft>) => void;
  readonly send: FormSend;
}) {
  const { t } = useTranslation();
  return (
    <FormFrame
      labelledBy="training-nieuw"
      fields={useFieldTable('training', lookups)}
      {...send.frame}
      submitLabel={t('deskundigheid.training.add')}
      submitAppearance="primary-action"
    >
      <TrainingFields
        prefix="training"
        lookups={lookups}
        draft={draft}
        set={set}
        fieldError={send.fieldError}
        withActive={false}
      />
    </FormFrame>
  );
}

/** /deskundigheid/aanbod/:id: one training, with the link to its provider; the coordinator changes it. */
export function TrainingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const training = useTraining(id);
  return (
    <QueryState query={training}>
      {(x) => (
        <Page
          title={x.title}
          before={<BackLink to={cataloguePage}>{t('deskundigheid.catalogue.back')}</BackLink>}
        >
          <TrainingContent training={x} />
        </Page>
      )}
    </QueryState>
  );
}

function TrainingContent({ training }: { readonly training: Training }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const location = useLocation();
  const duration = useDuration();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const added = (location.state as { added?: boolean } | null)?.added === true;
  const may = mayDo('deskundigheid.manage', user.role);
  if (editing) {
    return (
      <EditTrainingForm
        training={training}
        onDone={() => {
          setEditing(false);
          setSaved(true);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <>
      {added && !saved ? <DoneAlert>{t('deskundigheid.training.added')}</DoneAlert> : null}
      {saved ? <DoneAlert>{t('deskundigheid.training.saved')}</DoneAlert> : null}
      <Section id="training-gegevens" title={t('deskundigheid.training.details')}>
        <DataList
          items={[
            { key: 'provider', label: t('deskundigheid.training.provider'), value: training.provider },
            {
              key: 'format',
              label: t('deskundigheid.training.format'),
              value: t(`deskundigheid.formats.${training.format}`),
            },
            {
              key: 'level',
              label: t('deskundigheid.training.level'),
              value: t(`deskundigheid.levels.${training.level}`),
            },
            {
              key: 'duration',
              label: t('deskundigheid.training.duration'),
              value: duration(training.durationMinutes),
            },
            {
              key: 'valid',
              label: t('deskundigheid.training.validMonths'),
              value:
                training.validMonths === null
                  ? t('deskundigheid.training.noRefresher')
                  : t('deskundigheid.months', { count: training.validMonths }),
            },
            {
              key: 'groups',
              label: t('deskundigheid.training.recommendedFor'),
              value: training.recommendedFor.map((g) => g.name).join(', ') || '—',
            },
            {
              key: 'url',
              label: t('deskundigheid.training.url'),
              value: training.url ? (
                <a className="utrecht-link" href={training.url} rel="noopener noreferrer" target="_blank">
                  {t('deskundigheid.training.toProvider', { provider: training.provider })}
                </a>
              ) : (
                '—'
              ),
            },
            {
              key: 'description',
              label: t('deskundigheid.training.description'),
              value: training.description || '—',
            },
            {
              key: 'active',
              label: t('deskundigheid.group.status'),
              value: training.active
                ? t('deskundigheid.training.onOffer')
                : t('deskundigheid.training.offOffer'),
            },
          ]}
        />
        {may ? (
          <Button
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('deskundigheid.training.edit')}
          </Button>
        ) : null}
      </Section>
    </>
  );
}

function EditTrainingForm({
  training,
  onDone,
  onCancel,
}: {
  readonly training: Training;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const lookups = useLookups();
  const [draft, setDraft] = useState<TrainingDraft>(() => draftOf(training));
  const [version, setVersion] = useState(training.version);
  const set = (change: Partial<TrainingDraft>) => setDraft((d) => ({ ...d, ...change }));
  const send = useFormSend({
    send: () =>
      apiSend<{ version: number }>('PUT', trainingPath(training.id), {
        ...bodyOf(draft),
        active: draft.active,
        version,
      }),
    onSent: async () => {
      await queryClient.invalidateQueries({ queryKey: deskundigheidKey });
      onDone();
      return true;
    },
    onError: (error) => {
      const current = conflictTraining(error);
      if (current) {
        setVersion(current.version);
        queryClient.setQueryData(trainingKey(training.id), current);
      }
    },
  });
  const current = conflictTraining(send.mutation.error);
  return (
    <QueryState query={lookups}>
      {(l) => (
        <EditFrame
          lookups={l}
          title={t('deskundigheid.training.editTitle')}
          send={send}
          conflict={
            current ? (
              <OtherVersion
                version={current.version}
                title={t('deskundigheid.conflict.title')}
                intro={t('deskundigheid.conflict.intro', { name: current.updatedBy ?? '' })}
                items={[
                  { key: 'title', label: t('deskundigheid.training.title'), value: current.title },
                  { key: 'provider', label: t('deskundigheid.training.provider'), value: current.provider },
                  {
                    key: 'level',
                    label: t('deskundigheid.training.level'),
                    value: t(`deskundigheid.levels.${current.level}`),
                  },
                ]}
              />
            ) : null
          }
          onCancel={onCancel}
        >
          <TrainingFields
            prefix="training-edit"
            lookups={l}
            draft={draft}
            set={set}
            fieldError={send.fieldError}
            withActive
          />
        </EditFrame>
      )}
    </QueryState>
  );
}

function EditFrame({
  lookups,
  title,
  send,
  conflict,
  onCancel,
  children,
}: {
  readonly lookups: DeskundigheidLookups;
  readonly title: string;
  readonly send: FormSend;
  readonly conflict: ReactNode;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <FormFrame
      title={title}
      titleLevel={2}
      labelledBy="training-wijzigen"
      fields={useFieldTable('training-edit', lookups)}
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
      {children}
    </FormFrame>
  );
}
