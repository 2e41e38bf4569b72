import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { KeyFigure, KeyFigureContactLog } from '../../../../contract/netwerk-key-figures';
import { SNOOZE_CHOICES } from '../../../../domain/netwerk/contact-upkeep';
import { FORMS } from '../../../../domain/netwerk/partners';
import { apiGet, apiSend } from '../../../api';
import { Alert } from '../../../ui/alert';
import { DataList } from '../../../ui/data-list';
import { SelectField, TextAreaField, TextField } from '../../../ui/form-field';
import { conflictCurrent } from '../../../ui/form-send';
import { addDaysTo, formatDateTime, formatDay, today } from '../../../ui/format';
import { BackLink, Page } from '../../../ui/list-page';
import { Paragraph } from '../../../ui/paragraph';
import { QueryState } from '../../../ui/query-state';
import { Section } from '../../../ui/section';
import { StatusBadge } from '../../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../../ui/table';
import { useVersionedSave } from '../../../ui/use-versioned-save';
import { VersionedForm } from '../../../ui/versioned-form';
import { attachmentsOf } from '../../meldingen/melding-draft';
import { bodyOf, draftOf, KeyFigureFields, useSummaryFields } from './key-figure-fields';
import { UpkeepText } from './key-figures-page';
import {
  contactsKey,
  isKeyFigure,
  keyFigureKey,
  keyFiguresKey,
  STATUS_BADGE,
  useKeyFigure,
} from './sleutelfiguren-api';

/** /sleutelfiguren/:id: the record, its change, the agreement document, the contact log and the snooze. */
export function KeyFigurePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const keyFigure = useKeyFigure(id);
  return (
    <Page
      title={keyFigure.data?.name ?? t('sleutelfiguren.title')}
      before={<BackLink to="/sleutelfiguren">{t('sleutelfiguren.back')}</BackLink>}
    >
      <QueryState query={keyFigure}>{(k) => <KeyFigureScreen key={k.id} keyFigure={k} />}</QueryState>
    </Page>
  );
}

function KeyFigureScreen({ keyFigure: k }: { readonly keyFigure: KeyFigure }) {
  const { t } = useTranslation();
  const u = k.upkeep;
  return (
    <>
      <Section id="kf-details" title={t('sleutelfiguren.detailsTitle')}>
        <DataList
          items={[
            { key: 'community', label: t('sleutelfiguren.fields.community'), value: k.community },
            { key: 'reach', label: t('sleutelfiguren.fields.reach'), value: k.reach || t('common.none') },
            {
              key: 'roles',
              label: t('sleutelfiguren.fields.roles'),
              value: k.roles.map((r) => t(`sleutelfiguren.roles.${r}`)).join(', '),
            },
            {
              key: 'status',
              label: t('sleutelfiguren.fields.status'),
              value: (
                <StatusBadge status={STATUS_BADGE[k.status]}>
                  {t(`sleutelfiguren.statuses.${k.status}`)}
                </StatusBadge>
              ),
            },
            {
              key: 'agreement',
              label: t('sleutelfiguren.fields.agreementOn'),
              value: k.agreementEndedOn
                ? `${formatDay(k.agreementOn)} – ${formatDay(k.agreementEndedOn)}`
                : formatDay(k.agreementOn),
            },
            {
              key: 'review',
              label: t('sleutelfiguren.fields.reviewOn'),
              value: (
                <>
                  {formatDay(k.reviewOn)}{' '}
                  {k.reviewDue ? (
                    <StatusBadge status="warning">{t('sleutelfiguren.reviewDue')}</StatusBadge>
                  ) : null}
                </>
              ),
            },
            { key: 'owner', label: t('sleutelfiguren.fields.contactOwnerId'), value: k.contactOwner.name },
            {
              key: 'frequency',
              label: t('sleutelfiguren.fields.frequencyEvery'),
              value: `${k.frequency.every} ${t(`sleutelfiguren.units.${k.frequency.unit}`)}`,
            },
            {
              key: 'lastContact',
              label: t('sleutelfiguren.fields.lastContact'),
              value: k.lastContactOn ? formatDay(k.lastContactOn) : t('common.none'),
            },
            { key: 'upkeep', label: t('sleutelfiguren.columns.upkeep'), value: <UpkeepText keyFigure={k} /> },
            {
              key: 'document',
              label: t('sleutelfiguren.fields.document'),
              value: k.document ? (
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`/api/netwerk/sleutelfiguren/${k.id}/afspraak`}
                  download={k.document.fileName}
                >
                  {t('sleutelfiguren.download', { name: k.document.fileName })}
                </a>
              ) : (
                t('sleutelfiguren.fields.noDocument')
              ),
            },
            {
              key: 'updated',
              label: t('sleutelfiguren.fields.updated'),
              value: `${formatDateTime(k.updatedAt)}${k.updatedBy ? ` (${k.updatedBy})` : ''}`,
            },
          ]}
        />
      </Section>
      {u && u.status !== 'op_tijd' ? <SnoozeForm keyFigure={k} /> : null}
      <ContactLog keyFigure={k} />
      <EditForm keyFigure={k} />
      <DocumentForm keyFigure={k} />
    </>
  );
}

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keyFigureKey(id) }),
      queryClient.invalidateQueries({ queryKey: contactsKey(id) }),
      queryClient.invalidateQueries({ queryKey: [...keyFiguresKey, 'lijst'] }),
    ]);
}

function EditForm({ keyFigure: k }: { readonly keyFigure: KeyFigure }) {
  const { t } = useTranslation();
  const refresh = useRefresh(k.id);
  const fields = useSummaryFields('kf-edit');
  const [base, setBase] = useState(k.version);
  const save = useVersionedSave({
    initial: draftOf(k),
    version: Math.max(base, k.version),
    send: (draft, version) =>
      apiSend<{ id: string; version: number }>('PUT', `/api/netwerk/sleutelfiguren/${k.id}`, {
        ...bodyOf(draft),
        version,
      }),
    versionOf: (r) => r.version,
    conflict: (error) => conflictCurrent(error, isKeyFigure),
    onConflict: (other) => {
      if (other) setBase(other.version);
    },
    onSaved: refresh,
  });
  return (
    <Section id="kf-edit-title" title={t('sleutelfiguren.editTitle')}>
      <VersionedForm
        save={save}
        fields={fields}
        labelledBy="kf-edit-title"
        savedMessage={t('sleutelfiguren.saved')}
        otherItems={(other) => [
          { key: 'name', label: t('sleutelfiguren.fields.name'), value: other.name },
          { key: 'community', label: t('sleutelfiguren.fields.community'), value: other.community },
          {
            key: 'status',
            label: t('sleutelfiguren.fields.status'),
            value: t(`sleutelfiguren.statuses.${other.status}`),
          },
          { key: 'owner', label: t('sleutelfiguren.fields.contactOwnerId'), value: other.contactOwner.name },
          { key: 'reviewOn', label: t('sleutelfiguren.fields.reviewOn'), value: formatDay(other.reviewOn) },
        ]}
        conflictWords={{
          title: t('sleutelfiguren.conflictTitle'),
          intro: (version) => t('sleutelfiguren.conflictIntro', { version }),
        }}
        submitLabel={t('sleutelfiguren.save')}
      >
        <KeyFigureFields save={save} prefix="kf-edit" />
      </VersionedForm>
    </Section>
  );
}

function ContactLog({ keyFigure: k }: { readonly keyFigure: KeyFigure }) {
  const { t } = useTranslation();
  const refresh = useRefresh(k.id);
  const log = useQuery({
    queryKey: contactsKey(k.id),
    queryFn: () => apiGet<KeyFigureContactLog>(`/api/netwerk/sleutelfiguren/${k.id}/contacten`),
  });
  const empty = { contactOn: today(), form: '', note: '' };
  const save = useVersionedSave({
    initial: empty,
    resetTo: empty,
    send: (d) =>
      apiSend<{ id: string }>('POST', `/api/netwerk/sleutelfiguren/${k.id}/contacten`, {
        contactOn: d.contactOn.trim() === '' ? undefined : d.contactOn,
        form: d.form === '' ? undefined : d.form,
        note: d.note,
      }),
    onSaved: refresh,
  });
  return (
    <Section id="kf-contacts" title={t('sleutelfiguren.contactsTitle')}>
      <Alert type="warning">
        <Paragraph>{t('sleutelfiguren.contactsWarning')}</Paragraph>
      </Alert>
      <QueryState query={log}>
        {(l) =>
          l.contacts.length === 0 ? (
            <Paragraph>{t('sleutelfiguren.contactsNone')}</Paragraph>
          ) : (
            <Table
              labelledBy="kf-contacts"
              head={
                <Tr>
                  <Th>{t('sleutelfiguren.contactColumns.date')}</Th>
                  <Th>{t('sleutelfiguren.contactColumns.form')}</Th>
                  <Th>{t('sleutelfiguren.contactColumns.by')}</Th>
                  <Th>{t('sleutelfiguren.contactColumns.note')}</Th>
                </Tr>
              }
            >
              {l.contacts.map((c) => (
                <Tr key={c.id}>
                  <Td nowrap>{formatDay(c.contactOn)}</Td>
                  <Td>{t(`sleutelfiguren.forms.${c.form}`)}</Td>
                  <Td>{c.byName}</Td>
                  <Td className="duiden-cell-text">{c.note}</Td>
                </Tr>
              ))}
            </Table>
          )
        }
      </QueryState>
      <Section id="kf-contact-new" title={t('sleutelfiguren.contactForm.title')} level={3}>
        <VersionedForm
          save={save}
          labelledBy="kf-contact-new"
          fields={[
            {
              field: 'contactOn',
              id: 'kf-contact-contactOn',
              label: t('sleutelfiguren.contactForm.contactOn'),
            },
            { field: 'form', id: 'kf-contact-form', label: t('sleutelfiguren.contactForm.form') },
            { field: 'note', id: 'kf-contact-note', label: t('sleutelfiguren.contactForm.note') },
          ]}
          savedMessage={t('sleutelfiguren.contactForm.saved')}
          submitLabel={t('sleutelfiguren.contactForm.submit')}
          submitAppearance="secondary-action"
        >
          <TextField
            id="kf-contact-contactOn"
            type="date"
            label={t('sleutelfiguren.contactForm.contactOn')}
            {...save.bind('contactOn')}
            required
          />
          <SelectField
            id="kf-contact-form"
            label={t('sleutelfiguren.contactForm.form')}
            {...save.bind('form')}
            placeholder={t('sleutelfiguren.choose')}
            options={FORMS.map((f) => ({ value: f, label: t(`sleutelfiguren.forms.${f}`) }))}
            required
          />
          <TextAreaField
            id="kf-contact-note"
            label={t('sleutelfiguren.contactForm.note')}
            description={t('sleutelfiguren.contactForm.noteDescription')}
            optional
            rows={2}
            {...save.bind('note')}
          />
        </VersionedForm>
      </Section>
    </Section>
  );
}

function SnoozeForm({ keyFigure: k }: { readonly keyFigure: KeyFigure }) {
  const { t } = useTranslation();
  const refresh = useRefresh(k.id);
  const first = addDaysTo(today(), SNOOZE_CHOICES[0]);
  const save = useVersionedSave({
    initial: { until: k.upkeep?.snoozedUntil ?? first },
    send: (d) =>
      apiSend<{ snoozedUntil: string }>('POST', `/api/netwerk/sleutelfiguren/${k.id}/uitstellen`, {
        until: d.until.trim() === '' ? undefined : d.until,
      }),
    onSaved: refresh,
  });
  return (
    <Section id="kf-snooze" title={t('sleutelfiguren.snooze.title')}>
      <Paragraph>{t('sleutelfiguren.snooze.intro')}</Paragraph>
      <VersionedForm
        save={save}
        labelledBy="kf-snooze"
        fields={[{ field: 'snoozedUntil', id: 'kf-snooze-until', label: t('sleutelfiguren.snooze.until') }]}
        savedMessage={({ result }) =>
          t('sleutelfiguren.snooze.saved', { date: formatDay(result.snoozedUntil) })
        }
        submitLabel={t('sleutelfiguren.snooze.submit')}
        submitAppearance="secondary-action"
      >
        <TextField
          id="kf-snooze-until"
          type="date"
          label={t('sleutelfiguren.snooze.until')}
          {...save.bind('until', 'snoozedUntil')}
          required
        />
      </VersionedForm>
    </Section>
  );
}

function DocumentForm({ keyFigure: k }: { readonly keyFigure: KeyFigure }) {
  const { t } = useTranslation();
  const refresh = useRefresh(k.id);
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const save = useVersionedSave({
    initial: { picked: '' },
    version: k.version,
    send: async (_d, version) => {
      const [upload] = file ? await attachmentsOf([file]) : [];
      return apiSend<{ id: string; version: number }>('PUT', `/api/netwerk/sleutelfiguren/${k.id}/afspraak`, {
        fileName: upload?.fileName,
        contentBase64: upload?.contentBase64,
        version,
      });
    },
    versionOf: (r) => r.version,
    conflict: (error) => conflictCurrent(error, isKeyFigure),
    onSaved: async () => {
      setFile(null);
      setInputKey((n) => n + 1);
      await refresh();
    },
  });
  const error = save.fieldError('file') ?? save.fieldError('fileName') ?? save.fieldError('contentBase64');
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0] ?? null;
    setFile(f);
    save.set({ picked: f?.name ?? '' });
  };
  return (
    <Section id="kf-document" title={t('sleutelfiguren.documentTitle')}>
      <Paragraph>{t('sleutelfiguren.documentIntro')}</Paragraph>
      <VersionedForm
        save={save}
        labelledBy="kf-document"
        fields={[
          { field: 'file', id: 'kf-document-file', label: t('sleutelfiguren.documentFile') },
          { field: 'fileName', id: 'kf-document-file', label: t('sleutelfiguren.documentFile') },
          { field: 'contentBase64', id: 'kf-document-file', label: t('sleutelfiguren.documentFile') },
        ]}
        savedMessage={t('sleutelfiguren.documentSaved')}
        submitLabel={t('sleutelfiguren.documentSubmit')}
        submitAppearance="secondary-action"
      >
        <div className={error ? 'utrecht-form-field utrecht-form-field--invalid' : 'utrecht-form-field'}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="kf-document-file">
              {t('sleutelfiguren.documentFile')}
            </label>
          </div>
          {error ? (
            <div
              className="utrecht-form-field__error-message utrecht-form-field-error-message"
              id="kf-document-file-error"
            >
              <span className="duiden-visually-hidden">{t('form.errorPrefix')} </span>
              {error}
            </div>
          ) : null}
          <div className="utrecht-form-field__input">
            <input
              key={inputKey}
              id="kf-document-file"
              name="kf-document-file"
              type="file"
              className="duiden-file-input"
              onChange={pick}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'kf-document-file-error' : undefined}
            />
          </div>
        </div>
      </VersionedForm>
    </Section>
  );
}
