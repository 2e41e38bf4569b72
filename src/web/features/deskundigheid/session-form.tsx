import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Session, SessionLookups } from '../../../contract/deskundigheid-sessions';
import { SESSION_LIMITS, SESSION_STATUSES } from '../../../domain/deskundigheid/curriculum';
import { apiSend } from '../../api';
import { Button } from '../../ui/button';
import { cx } from '../../ui/class-names';
import { OtherVersion } from '../../ui/form-conflict';
import {
  CheckboxField,
  RadioGroupField,
  radioId,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { formatDay } from '../../ui/format';
import { BackLink, Page } from '../../ui/list-page';
import { QueryState } from '../../ui/query-state';
import {
  conflictSession,
  SESSIONS_PATH,
  sessionKey,
  sessionPage,
  sessionPath,
  sessionsKey,
  sessionsPage,
  useSessionLookups,
} from './sessions-api';

interface SessionDraft {
  readonly trainingId: string;
  readonly heldOn: string;
  readonly status: string;
  readonly location: string;
  readonly notes: string;
  readonly organisationIds: readonly string[];
}

const emptyDraft: SessionDraft = {
  trainingId: '',
  heldOn: '',
  status: 'gehouden',
  location: '',
  notes: '',
  organisationIds: [],
};

const draftOf = (s: Session): SessionDraft => ({
  trainingId: s.training.id,
  heldOn: s.heldOn,
  status: s.status,
  location: s.location,
  notes: s.notes,
  organisationIds: s.organisations.map((o) => o.id),
});

/** An empty choice or date is left out, so the server names the field that is missing. */
const bodyOf = (d: SessionDraft) => ({
  ...(d.trainingId ? { trainingId: d.trainingId } : {}),
  ...(d.heldOn ? { heldOn: d.heldOn } : {}),
  status: d.status,
  location: d.location,
  notes: d.notes,
  organisationIds: d.organisationIds,
});

function useFieldTable() {
  const { t } = useTranslation();
  return [
    { field: 'trainingId', id: 'sessie-training', label: t('deskundigheidSessies.form.training') },
    { field: 'heldOn', id: 'sessie-datum', label: t('deskundigheidSessies.form.heldOn') },
    {
      field: 'status',
      id: radioId('sessie-status', 'gepland'),
      label: t('deskundigheidSessies.form.status'),
    },
    { field: 'location', id: 'sessie-locatie', label: t('deskundigheidSessies.form.location') },
    { field: 'notes', id: 'sessie-opmerkingen', label: t('deskundigheidSessies.form.notes') },
    {
      field: 'organisationIds',
      id: 'sessie-organisaties',
      label: t('deskundigheidSessies.form.organisations'),
    },
  ];
}

function SessionFields({
  lookups,
  draft,
  set,
  fieldError,
}: {
  readonly lookups: SessionLookups;
  readonly draft: SessionDraft;
  readonly set: (change: Partial<SessionDraft>) => void;
  readonly fieldError: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const orgError = fieldError('organisationIds');
  return (
    <>
      <SelectField
        id="sessie-training"
        label={t('deskundigheidSessies.form.training')}
        value={draft.trainingId}
        onValueChange={(trainingId) => set({ trainingId })}
        placeholder="—"
        options={lookups.trainings.map((x) => ({ value: x.id, label: `${x.name} (${x.provider})` }))}
        error={fieldError('trainingId')}
      />
      <TextField
        id="sessie-datum"
        type="date"
        label={t('deskundigheidSessies.form.heldOn')}
        value={draft.heldOn}
        onValueChange={(heldOn) => set({ heldOn })}
        error={fieldError('heldOn')}
      />
      <RadioGroupField
        id="sessie-status"
        legend={t('deskundigheidSessies.form.status')}
        value={draft.status}
        onValueChange={(status) => set({ status })}
        options={SESSION_STATUSES.map((value) => ({
          value,
          label: t(`deskundigheidSessies.status.${value}`),
        }))}
        error={fieldError('status')}
      />
      <TextField
        id="sessie-locatie"
        label={t('deskundigheidSessies.form.location')}
        optional
        value={draft.location}
        onValueChange={(location) => set({ location })}
        maxLength={SESSION_LIMITS.location}
        error={fieldError('location')}
      />
      <fieldset
        id="sessie-organisaties"
        className={cx(
          'utrecht-form-fieldset',
          'utrecht-form-fieldset--html-fieldset',
          orgError && 'utrecht-form-fieldset--invalid',
        )}
        aria-describedby={orgError ? 'sessie-organisaties-error' : undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('deskundigheidSessies.form.organisations')}
        </legend>
        {orgError ? (
          <div
            className="utrecht-form-field__error-message utrecht-form-field-error-message"
            id="sessie-organisaties-error"
          >
            <span className="duiden-visually-hidden">{t('form.errorPrefix')} </span>
            {orgError}
          </div>
        ) : null}
        {lookups.organisations.map((o) => (
          <CheckboxField
            key={o.id}
            id={`sessie-organisatie-${o.id}`}
            label={o.name}
            checked={draft.organisationIds.includes(o.id)}
            onCheckedChange={(on) =>
              set({
                organisationIds: on
                  ? [...draft.organisationIds.filter((x) => x !== o.id), o.id]
                  : draft.organisationIds.filter((x) => x !== o.id),
              })
            }
          />
        ))}
      </fieldset>
      <TextAreaField
        id="sessie-opmerkingen"
        label={t('deskundigheidSessies.form.notes')}
        optional
        value={draft.notes}
        onValueChange={(notes) => set({ notes })}
        maxLength={SESSION_LIMITS.notes}
        error={fieldError('notes')}
      />
    </>
  );
}

/** /deskundigheid/sessies/nieuw: records a session. */
export function NewSessionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const lookups = useSessionLookups();
  const [draft, setDraft] = useState<SessionDraft>(emptyDraft);
  const set = (change: Partial<SessionDraft>) => setDraft((d) => ({ ...d, ...change }));
  const send = useFormSend({
    send: () => apiSend<{ id: string }>('POST', SESSIONS_PATH, bodyOf(draft)),
    onSent: async (r) => {
      await queryClient.invalidateQueries({ queryKey: sessionsKey });
      void navigate(sessionPage(r.id), { state: { added: true } });
      return true;
    },
  });
  const fields = useFieldTable();
  return (
    <Page
      title={t('deskundigheidSessies.form.newTitle')}
      headingId="sessie-nieuw"
      before={<BackLink to={sessionsPage}>{t('deskundigheidSessies.back')}</BackLink>}
      intro={t('deskundigheidSessies.form.newIntro')}
    >
      <QueryState query={lookups}>
        {(l) => (
          <FormFrame
            labelledBy="sessie-nieuw"
            fields={fields}
            {...send.frame}
            submitLabel={t('deskundigheidSessies.form.add')}
            submitAppearance="primary-action"
          >
            <SessionFields lookups={l} draft={draft} set={set} fieldError={send.fieldError} />
          </FormFrame>
        )}
      </QueryState>
    </Page>
  );
}

/** Changes a session at the version read; on a conflict what was typed stays beside the version now saved. */
export function EditSessionForm({
  session,
  onDone,
}: {
  readonly session: Session;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const lookups = useSessionLookups();
  const [draft, setDraft] = useState<SessionDraft>(() => draftOf(session));
  const [version, setVersion] = useState(session.version);
  const set = (change: Partial<SessionDraft>) => setDraft((d) => ({ ...d, ...change }));
  const send = useFormSend({
    send: () => apiSend<{ version: number }>('PUT', sessionPath(session.id), { ...bodyOf(draft), version }),
    onSent: async () => {
      await queryClient.invalidateQueries({ queryKey: sessionsKey });
      onDone();
      return true;
    },
    onError: (error) => {
      const current = conflictSession(error);
      if (current) {
        setVersion(current.version);
        queryClient.setQueryData(sessionKey(session.id), current);
      }
    },
  });
  const current = conflictSession(send.mutation.error);
  const fields = useFieldTable();
  return (
    <QueryState query={lookups}>
      {(l) => (
        <FormFrame
          title={t('deskundigheidSessies.form.editTitle')}
          titleLevel={2}
          labelledBy="sessie-wijzigen"
          fields={fields}
          {...send.frame}
          conflict={
            current ? (
              <OtherVersion
                version={current.version}
                title={t('deskundigheidSessies.form.conflictTitle')}
                intro={t('deskundigheidSessies.form.conflictIntro', { name: current.updatedBy ?? '' })}
                items={[
                  {
                    key: 'heldOn',
                    label: t('deskundigheidSessies.form.heldOn'),
                    value: formatDay(current.heldOn),
                  },
                  {
                    key: 'status',
                    label: t('deskundigheidSessies.form.status'),
                    value: t(`deskundigheidSessies.status.${current.status}`),
                  },
                  {
                    key: 'location',
                    label: t('deskundigheidSessies.form.location'),
                    value: current.location || '—',
                  },
                ]}
              />
            ) : null
          }
          submitLabel={t('deskundigheidSessies.form.save')}
          submitAppearance="primary-action"
          moreActions={
            <Button appearance="subtle" onClick={onDone}>
              {t('deskundigheidSessies.form.cancel')}
            </Button>
          }
        >
          <SessionFields lookups={l} draft={draft} set={set} fieldError={send.fieldError} />
        </FormFrame>
      )}
    </QueryState>
  );
}
