import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NetworkLookups, Partner } from '../../../contract/netwerk-partners';
import { NETWORK_TASKS, NOTES_MAX, PARTNER_DOMAINS, TASKS } from '../../../domain/netwerk/partners';
import { apiSend } from '../../api';
import { Button } from '../../ui/button';
import { cx } from '../../ui/class-names';
import { OtherVersion } from '../../ui/form-conflict';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { BackLink, Page } from '../../ui/list-page';
import { QueryState } from '../../ui/query-state';
import {
  conflictPartner,
  netwerkKey,
  netwerkPage,
  PARTNERS_PATH,
  partnerKey,
  partnerPage,
  partnerPath,
  useLabel,
  useLookups,
} from './netwerk-api';

export interface PartnerDraft {
  readonly organisationId: string;
  readonly name: string;
  readonly kind: string;
  readonly internal: boolean;
  readonly domain: string;
  readonly citywide: boolean;
  readonly districtIds: readonly string[];
  readonly tasks: readonly string[];
  readonly notes: string;
}

const emptyDraft: PartnerDraft = {
  organisationId: '',
  name: '',
  kind: '',
  internal: false,
  domain: '',
  citywide: false,
  districtIds: [],
  tasks: [],
  notes: '',
};

export const draftOf = (p: Partner): PartnerDraft => ({
  organisationId: '',
  name: p.name,
  kind: p.kind,
  internal: p.internal,
  domain: p.domain,
  citywide: p.citywide,
  districtIds: p.districtIds,
  tasks: p.tasks,
  notes: p.notes,
});

const bodyOf = (d: PartnerDraft) => ({
  name: d.name,
  kind: d.kind,
  internal: d.internal,
  domain: d.domain,
  citywide: d.citywide,
  districtIds: d.districtIds,
  tasks: d.tasks,
  notes: d.notes,
});

const toggle = (list: readonly string[], value: string, on: boolean) =>
  on ? [...list.filter((x) => x !== value), value] : list.filter((x) => x !== value);

/** A group of checkboxes under a legend, with the server's message for the group (named by the fieldset). */
function CheckboxGroup({
  id,
  legend,
  error,
  children,
}: {
  readonly id: string;
  readonly legend: string;
  readonly error: string | undefined;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <fieldset
      id={id}
      className={cx(
        'utrecht-form-fieldset',
        'utrecht-form-fieldset--html-fieldset',
        error && 'utrecht-form-fieldset--invalid',
      )}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {error ? (
        <div
          className="utrecht-form-field__error-message utrecht-form-field-error-message"
          id={`${id}-error`}
        >
          <span className="duiden-visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </div>
      ) : null}
      {children}
    </fieldset>
  );
}

/** The fields of a partner's profile, for adding one and for changing it. */
function PartnerFields({
  lookups,
  draft,
  set,
  fieldError,
  isNew,
}: {
  readonly lookups: NetworkLookups;
  readonly draft: PartnerDraft;
  readonly set: (change: Partial<PartnerDraft>) => void;
  readonly fieldError: (field: string) => string | undefined;
  readonly isNew: boolean;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <>
      {isNew && lookups.organisationsWithoutProfile.length > 0 ? (
        <SelectField
          id="partner-organisation"
          label={t('netwerk.form.organisation')}
          description={t('netwerk.form.organisationHint')}
          optional
          placeholder={t('netwerk.form.newOrganisation')}
          value={draft.organisationId}
          onValueChange={(organisationId) => {
            const o = lookups.organisationsWithoutProfile.find((x) => x.id === organisationId);
            set({ organisationId, ...(o ? { name: o.name } : {}) });
          }}
          options={lookups.organisationsWithoutProfile.map((o) => ({ value: o.id, label: o.name }))}
          error={fieldError('organisationId')}
        />
      ) : null}
      <TextField
        id="partner-name"
        label={t('netwerk.form.name')}
        value={draft.name}
        onValueChange={(name) => set({ name })}
        error={fieldError('name')}
        maxLength={200}
        autoComplete="organization"
      />
      <SelectField
        id="partner-kind"
        label={t('netwerk.form.kind')}
        placeholder={t('netwerk.form.choose')}
        value={draft.kind}
        onValueChange={(kind) => {
          const k = lookups.kinds.find((x) => x.code === kind);
          set({ kind, ...(k ? { internal: k.internal } : {}) });
        }}
        options={lookups.kinds.map((k) => ({ value: k.code, label: label(k.label) }))}
        error={fieldError('kind')}
      />
      <CheckboxField
        id="partner-internal"
        label={t('netwerk.form.internal')}
        description={t('netwerk.form.internalHint')}
        checked={draft.internal}
        onCheckedChange={(internal) => set({ internal })}
        error={fieldError('internal')}
      />
      <SelectField
        id="partner-domain"
        label={t('netwerk.form.domain')}
        placeholder={t('netwerk.form.choose')}
        value={draft.domain}
        onValueChange={(domain) => set({ domain })}
        options={Object.entries(PARTNER_DOMAINS).map(([value, l]) => ({ value, label: label(l) }))}
        error={fieldError('domain')}
      />
      <CheckboxGroup
        id="partner-districts"
        legend={t('netwerk.form.districts')}
        error={fieldError('districtIds')}
      >
        <CheckboxField
          id="partner-citywide"
          label={t('netwerk.citywide')}
          checked={draft.citywide}
          onCheckedChange={(citywide) => set({ citywide })}
        />
        {draft.citywide
          ? null
          : lookups.districts.map((d) => (
              <CheckboxField
                key={d.id}
                id={`partner-district-${d.id}`}
                label={d.name}
                checked={draft.districtIds.includes(d.id)}
                onCheckedChange={(on) => set({ districtIds: toggle(draft.districtIds, d.id, on) })}
              />
            ))}
      </CheckboxGroup>
      <CheckboxGroup id="partner-tasks" legend={t('netwerk.form.tasks')} error={fieldError('tasks')}>
        {TASKS.map((task) => (
          <CheckboxField
            key={task}
            id={`partner-task-${task}`}
            label={label(NETWORK_TASKS[task])}
            checked={draft.tasks.includes(task)}
            onCheckedChange={(on) => set({ tasks: toggle(draft.tasks, task, on) })}
          />
        ))}
      </CheckboxGroup>
      <TextAreaField
        id="partner-notes"
        label={t('netwerk.form.notes')}
        description={t('netwerk.form.notesHint')}
        optional
        value={draft.notes}
        onValueChange={(notes) => set({ notes })}
        error={fieldError('notes')}
        maxLength={NOTES_MAX}
        rows={4}
      />
    </>
  );
}

function useFieldTable() {
  const { t } = useTranslation();
  return [
    { field: 'organisationId', id: 'partner-organisation', label: t('netwerk.form.organisation') },
    { field: 'name', id: 'partner-name', label: t('netwerk.form.name') },
    { field: 'kind', id: 'partner-kind', label: t('netwerk.form.kind') },
    { field: 'internal', id: 'partner-internal', label: t('netwerk.form.internal') },
    { field: 'domain', id: 'partner-domain', label: t('netwerk.form.domain') },
    { field: 'districtIds', id: 'partner-citywide', label: t('netwerk.form.districts') },
    { field: 'tasks', id: 'partner-task-agenderen', label: t('netwerk.form.tasks') },
    { field: 'notes', id: 'partner-notes', label: t('netwerk.form.notes') },
  ];
}

/** /netwerk/partners/nieuw: a partner for the register, a new organisation or one that has no profile yet. */
export function NewPartnerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const lookups = useLookups();
  const [draft, setDraft] = useState<PartnerDraft>(emptyDraft);
  const set = (change: Partial<PartnerDraft>) => setDraft((d) => ({ ...d, ...change }));
  const send = useFormSend({
    send: () =>
      apiSend<{ id: string }>('POST', PARTNERS_PATH, {
        ...bodyOf(draft),
        ...(draft.organisationId ? { organisationId: draft.organisationId } : {}),
      }),
    onSent: async (r) => {
      await queryClient.invalidateQueries({ queryKey: netwerkKey });
      void navigate(partnerPage(r.id), { state: { added: true } });
      return true;
    },
  });
  const fields = useFieldTable();
  return (
    <Page
      title={t('netwerk.form.newTitle')}
      headingId="partner-new"
      before={<BackLink to={netwerkPage}>{t('netwerk.backToRegister')}</BackLink>}
      intro={t('netwerk.form.newIntro')}
    >
      <QueryState query={lookups}>
        {(l) => (
          <FormFrame
            labelledBy="partner-new"
            fields={fields}
            {...send.frame}
            submitLabel={t('netwerk.form.add')}
            submitAppearance="primary-action"
          >
            <PartnerFields lookups={l} draft={draft} set={set} fieldError={send.fieldError} isNew />
          </FormFrame>
        )}
      </QueryState>
    </Page>
  );
}

/**
 * Changing a partner's profile at the version read. On a conflict what was typed stays, the version now saved
 * is shown beside it, and the next save is based on that version.
 */
export function EditPartnerForm({
  partner,
  onDone,
}: {
  readonly partner: Partner;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const lookups = useLookups();
  const [draft, setDraft] = useState<PartnerDraft>(() => draftOf(partner));
  const [version, setVersion] = useState(partner.version);
  const set = (change: Partial<PartnerDraft>) => setDraft((d) => ({ ...d, ...change }));
  const send = useFormSend({
    send: () => apiSend<{ version: number }>('PUT', partnerPath(partner.id), { ...bodyOf(draft), version }),
    onSent: async () => {
      await queryClient.invalidateQueries({ queryKey: netwerkKey });
      onDone();
      return true;
    },
    onError: (error) => {
      const current = conflictPartner(error);
      if (current) {
        setVersion(current.version);
        queryClient.setQueryData(partnerKey(partner.id), current);
      }
    },
  });
  const current = conflictPartner(send.mutation.error);
  const fields = useFieldTable();
  return (
    <QueryState query={lookups}>
      {(l) => (
        <FormFrame
          title={t('netwerk.form.editTitle')}
          titleLevel={2}
          labelledBy="partner-edit"
          fields={fields}
          {...send.frame}
          conflict={
            current ? (
              <OtherVersion
                version={current.version}
                title={t('netwerk.conflict.title')}
                intro={t('netwerk.conflict.intro', { name: current.updatedBy ?? '' })}
                items={[
                  { key: 'name', label: t('netwerk.form.name'), value: current.name },
                  { key: 'notes', label: t('netwerk.form.notes'), value: current.notes || '—' },
                ]}
              />
            ) : null
          }
          submitLabel={t('netwerk.form.save')}
          submitAppearance="primary-action"
          moreActions={
            <Button appearance="subtle" onClick={onDone}>
              {t('netwerk.form.cancel')}
            </Button>
          }
        >
          <PartnerFields lookups={l} draft={draft} set={set} fieldError={send.fieldError} isNew={false} />
        </FormFrame>
      )}
    </QueryState>
  );
}
