import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { CovenantDetail, CovenantSaved, CovenantWarning } from '../../../../contract/netwerk-covenants';
import { apiGet, apiSend } from '../../../api';
import { Alert } from '../../../ui/alert';
import { DataList } from '../../../ui/data-list';
import { Disclosure } from '../../../ui/disclosure';
import { TextAreaField, TextField } from '../../../ui/form-field';
import { conflictCurrent, versionedWith } from '../../../ui/form-send';
import { formatDateTime, formatDay } from '../../../ui/format';
import { BackLink, Page } from '../../../ui/list-page';
import { Paragraph } from '../../../ui/paragraph';
import { QueryState } from '../../../ui/query-state';
import { Section } from '../../../ui/section';
import { StatusBadge } from '../../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../../ui/table';
import { useVersionedSave } from '../../../ui/use-versioned-save';
import { VersionedForm } from '../../../ui/versioned-form';
import { attachmentsOf } from '../../meldingen/melding-draft';
import { bodyOf, COVENANTS_KEY, covenantKey, covenantPath, draftOf, STATUS_BADGE } from './covenant-api';
import { CovenantFields, covenantSummaryFields, useCovenantChoices } from './covenant-form';

const isCovenant = versionedWith<CovenantDetail>(
  (v) => typeof v.title === 'string' && Array.isArray(v.parties),
);

/** The sentence of one warning ("Loopt af op 13 januari 2027"). */
export function useWarningText() {
  const { t } = useTranslation();
  return (w: CovenantWarning) => t(`covenant.warnings.${w.kind}`, { day: formatDay(w.on) });
}

/**
 * /netwerk/convenanten/:id: one covenant: its status and warnings, what it covers, parties and signatories,
 * the signed versions with their documents; for the officer the forms to change it and to add a version.
 */
export function CovenantPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const covenant = useQuery({
    queryKey: covenantKey(id),
    queryFn: () => apiGet<CovenantDetail>(covenantPath(id)),
  });
  return (
    <QueryState query={covenant}>
      {(c) => (
        <Page title={c.title} before={<BackLink to="/netwerk/convenanten">{t('covenant.back')}</BackLink>}>
          {search.get('nieuw') ? (
            <Alert type="ok" live>
              <Paragraph>{t('covenant.new.saved')}</Paragraph>
            </Alert>
          ) : null}
          <CovenantFacts covenant={c} />
          {c.mayManage ? <ChangeCovenant key={c.version} covenant={c} /> : null}
          <Versions covenant={c} />
        </Page>
      )}
    </QueryState>
  );
}

function CovenantFacts({ covenant: c }: { readonly covenant: CovenantDetail }) {
  const { t, i18n } = useTranslation();
  const warning = useWarningText();
  const en = i18n.language === 'en';
  return (
    <>
      <Paragraph>
        <StatusBadge status={STATUS_BADGE[c.status]}>{t(`covenant.status.${c.status}`)}</StatusBadge>
      </Paragraph>
      {c.warnings.length > 0 ? (
        <Alert type={c.status === 'verlopen' ? 'error' : 'warning'}>
          {c.warnings.map((w) => (
            <Paragraph key={w.kind}>{warning(w)}</Paragraph>
          ))}
        </Alert>
      ) : null}
      {c.status === 'concept' ? (
        <Alert type="info">
          <Paragraph>{t('covenant.detail.conceptNote')}</Paragraph>
        </Alert>
      ) : null}
      <Section id="covenant-what" title={t('covenant.detail.what')}>
        <DataList
          items={[
            { key: 'purpose', label: t('covenant.fields.purpose'), value: c.purpose },
            { key: 'article', label: t('covenant.fields.article'), value: c.article },
            {
              key: 'bases',
              label: t('covenant.fields.legalBases'),
              value: c.legalBases.map((b) => (en ? b.label.en : b.label.nl)).join('; '),
            },
            {
              key: 'categories',
              label: t('covenant.fields.dataCategories'),
              value: c.dataCategories.map((x) => t(`covenant.categories.${x}`)).join(', '),
            },
            {
              key: 'meetings',
              label: t('covenant.fields.meetingKinds'),
              value:
                c.meetingKinds.length > 0
                  ? c.meetingKinds.map((x) => t(`covenant.meetingKinds.${x}`)).join(', ')
                  : t('covenant.detail.none'),
            },
            {
              key: 'tasks',
              label: t('covenant.fields.tasks'),
              value:
                c.tasks.length > 0
                  ? c.tasks.map((x) => t(`covenant.tasks.${x}`)).join(', ')
                  : t('covenant.detail.none'),
            },
            { key: 'startsOn', label: t('covenant.fields.startsOn'), value: formatDay(c.startsOn) },
            {
              key: 'endsOn',
              label: t('covenant.fields.endsOn'),
              value: c.endsOn ? formatDay(c.endsOn) : t('covenant.detail.noEnd'),
            },
            {
              key: 'evaluationOn',
              label: t('covenant.fields.evaluationOn'),
              value: c.evaluationOn ? formatDay(c.evaluationOn) : t('covenant.detail.none'),
            },
            {
              key: 'updated',
              label: t('covenant.detail.updated'),
              value: t('covenant.detail.updatedBy', {
                at: formatDateTime(c.updatedAt),
                name: c.updatedByName,
              }),
            },
          ]}
        />
      </Section>
      <Section id="covenant-parties" title={t('covenant.fields.parties')}>
        <ul className="utrecht-unordered-list">
          {c.parties.map((p) => (
            <li key={p.id} className="utrecht-unordered-list__item">
              {p.name}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="covenant-signatories" title={t('covenant.fields.signatories')}>
        {c.signatories.length === 0 ? (
          <Paragraph>{t('covenant.detail.noSignatories')}</Paragraph>
        ) : (
          <Table
            labelledBy="covenant-signatories"
            head={
              <Tr>
                <Th>{t('covenant.fields.signatoryName')}</Th>
                <Th>{t('covenant.fields.signatoryFunction')}</Th>
                <Th>{t('covenant.fields.signatoryOrganisation')}</Th>
              </Tr>
            }
          >
            {c.signatories.map((s) => (
              <Tr key={s.id}>
                <Td>{s.name}</Td>
                <Td>{s.function}</Td>
                <Td>{s.organisation.name}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}

function ChangeCovenant({ covenant: c }: { readonly covenant: CovenantDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { organisations, bases } = useCovenantChoices();
  const save = useVersionedSave<ReturnType<typeof draftOf>, CovenantSaved, CovenantDetail>({
    initial: () => draftOf(c),
    version: c.version,
    send: (d, version) => apiSend<CovenantSaved>('PUT', covenantPath(c.id), { ...bodyOf(d), version }),
    versionOf: (r) => r.version,
    conflict: (error) => conflictCurrent(error, isCovenant),
    onSaved: () => queryClient.invalidateQueries({ queryKey: COVENANTS_KEY }),
  });
  return (
    <Section id="covenant-change" title={t('covenant.change.title')}>
      <Disclosure summary={t('covenant.change.open')} openOn={save.error}>
        <QueryState query={organisations}>
          {(orgs) => (
            <QueryState query={bases}>
              {(list) => (
                <VersionedForm
                  save={save}
                  label={t('covenant.change.title')}
                  fields={covenantSummaryFields(t, save.draft, orgs[0]?.id, list[0]?.id)}
                  savedMessage={t('covenant.change.saved')}
                  otherItems={(other) => [
                    { key: 'title', label: t('covenant.fields.title'), value: other.title },
                    {
                      key: 'endsOn',
                      label: t('covenant.fields.endsOn'),
                      value: other.endsOn ? formatDay(other.endsOn) : t('covenant.detail.noEnd'),
                    },
                    {
                      key: 'by',
                      label: t('covenant.detail.updated'),
                      value: t('covenant.detail.updatedBy', {
                        at: formatDateTime(other.updatedAt),
                        name: other.updatedByName,
                      }),
                    },
                  ]}
                  conflictWords={{
                    title: t('covenant.conflict.title'),
                    intro: (version) => t('covenant.conflict.intro', { version }),
                  }}
                  submitLabel={t('covenant.change.submit')}
                >
                  <CovenantFields save={save} organisations={orgs} bases={list} />
                </VersionedForm>
              )}
            </QueryState>
          )}
        </QueryState>
      </Disclosure>
    </Section>
  );
}

function Versions({ covenant: c }: { readonly covenant: CovenantDetail }) {
  const { t } = useTranslation();
  return (
    <Section id="covenant-versions" title={t('covenant.versions.title')}>
      {c.versions.length === 0 ? (
        <Paragraph>{t('covenant.versions.none')}</Paragraph>
      ) : (
        <Table
          labelledBy="covenant-versions"
          head={
            <Tr>
              <Th>{t('covenant.versions.number')}</Th>
              <Th>{t('covenant.versions.signedOn')}</Th>
              <Th>{t('covenant.versions.document')}</Th>
              <Th>{t('covenant.versions.note')}</Th>
            </Tr>
          }
        >
          {c.versions.map((v) => (
            <Tr key={v.id}>
              <Td nowrap>{v.number}</Td>
              <Td nowrap>{formatDay(v.signedOn)}</Td>
              <Td>
                <a
                  href={`${covenantPath(c.id)}/versies/${encodeURIComponent(v.id)}`}
                  download={v.fileName}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {v.fileName}
                </a>
              </Td>
              <Td>{v.note}</Td>
            </Tr>
          ))}
        </Table>
      )}
      {c.mayManage ? <AddVersion key={c.version} covenant={c} /> : null}
    </Section>
  );
}

interface VersionDraft {
  signedOn: string;
  note: string;
  file: File | null;
}

function AddVersion({ covenant: c }: { readonly covenant: CovenantDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [fileKey, setFileKey] = useState(0);
  const save = useVersionedSave<VersionDraft, { version: number }, CovenantDetail>({
    initial: { signedOn: '', note: '', file: null },
    version: c.version,
    send: async (d, version) => {
      const [file] = d.file ? await attachmentsOf([d.file]) : [];
      return apiSend<{ version: number }>('POST', `${covenantPath(c.id)}/versies`, {
        version,
        signedOn: d.signedOn,
        note: d.note,
        fileName: file?.fileName ?? '',
        contentBase64: file?.contentBase64 ?? '',
      });
    },
    versionOf: (r) => r.version,
    conflict: (error) => conflictCurrent(error, isCovenant),
    onSaved: () => {
      setFileKey((k) => k + 1);
      return queryClient.invalidateQueries({ queryKey: COVENANTS_KEY });
    },
  });
  return (
    <Disclosure summary={t('covenant.versions.add')} openOn={save.error}>
      <VersionedForm
        save={save}
        label={t('covenant.versions.add')}
        fields={[
          { field: 'signedOn', id: 'version-signedOn', label: t('covenant.versions.signedOn') },
          { field: 'file', id: 'version-file', label: t('covenant.versions.document') },
          { field: 'fileName', id: 'version-file', label: t('covenant.versions.document') },
          { field: 'contentBase64', id: 'version-file', label: t('covenant.versions.document') },
          { field: 'file.contentBase64', id: 'version-file', label: t('covenant.versions.document') },
          { field: 'note', id: 'version-note', label: t('covenant.versions.note') },
        ]}
        savedMessage={t('covenant.versions.added')}
        otherItems={(other) => [
          { key: 'versions', label: t('covenant.versions.title'), value: String(other.versions.length) },
        ]}
        conflictWords={{
          title: t('covenant.conflict.title'),
          intro: (version) => t('covenant.conflict.intro', { version }),
        }}
        submitLabel={t('covenant.versions.submit')}
        submitAppearance="secondary-action"
      >
        <TextField
          id="version-signedOn"
          type="date"
          label={t('covenant.versions.signedOn')}
          {...save.bind('signedOn')}
        />
        <FileField
          key={fileKey}
          error={
            save.fieldError('file') ??
            save.fieldError('fileName') ??
            save.fieldError('contentBase64') ??
            save.fieldError('file.contentBase64')
          }
          onFile={(file) => save.set({ file })}
        />
        <TextAreaField
          id="version-note"
          label={t('covenant.versions.note')}
          optional
          maxLength={2000}
          {...save.bind('note')}
        />
      </VersionedForm>
    </Disclosure>
  );
}

/** The signed document: one file; its type is decided by the server from the content. */
function FileField({
  error,
  onFile,
}: {
  readonly error: string | undefined;
  readonly onFile: (file: File | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor="version-file">
          {t('covenant.versions.document')}
        </label>
      </div>
      <div
        className="utrecht-form-field__description utrecht-form-field-description"
        id="version-file-description"
      >
        {t('covenant.versions.documentDescription')}
      </div>
      {error ? (
        <div
          className="utrecht-form-field__error-message utrecht-form-field-error-message"
          id="version-file-error"
        >
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <input
          id="version-file"
          type="file"
          className="utrecht-textbox utrecht-textbox--html-input"
          aria-describedby={`version-file-description${error ? ' version-file-error' : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        />
      </div>
    </div>
  );
}
