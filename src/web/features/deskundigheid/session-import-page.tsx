import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportResult } from '../../../contract/deskundigheid-sessions';
import { apiSend } from '../../api';
import { DoneAlert } from '../../ui/alert';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { formatDay } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { API, fileUpload, sessionPage, sessionsKey, sessionsPage } from './sessions-api';

type Upload = { fileName: string; contentBase64: string };

/**
 * /deskundigheid/sessies/import: an attendance list (CSV) read in two steps. The preview shows what would be
 * recorded and every row problem with its row and field; only a file without problems can be recorded, all in
 * one go.
 */
export function SessionImportPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const look = useFormSend({
    send: async () => {
      const u = file ? await fileUpload(file) : null;
      setUpload(u);
      return apiSend<ImportPreview>('POST', `${API}/import/voorbeeld`, u ?? {});
    },
    onSent: (p) => {
      setPreview(p);
      setResult(null);
      return true;
    },
    onError: () => setPreview(null),
  });
  const commit = useFormSend({
    send: () => apiSend<ImportResult>('POST', `${API}/import`, { ...upload, sha256: preview?.sha256 }),
    onSent: async (r) => {
      setResult(r);
      setPreview(null);
      setFile(null);
      setInputKey((n) => n + 1);
      await queryClient.invalidateQueries({ queryKey: sessionsKey });
      return true;
    },
  });
  const fileError =
    look.fieldError('file') ?? look.fieldError('fileName') ?? look.fieldError('contentBase64');
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    setFile(e.target.files?.[0] ?? null);
    setPreview(null);
  };
  return (
    <Page
      title={t('deskundigheidSessies.import.title')}
      headingId="sessie-import"
      before={<BackLink to={sessionsPage}>{t('deskundigheidSessies.back')}</BackLink>}
      intro={t('deskundigheidSessies.import.intro')}
    >
      {result ? (
        <DoneAlert>
          {t('deskundigheidSessies.import.committed', {
            sessions: result.createdSessions,
            people: result.createdPeople,
            attendances: result.attendances,
          })}{' '}
          {result.sessionIds.map((id, i) => (
            <span key={id}>
              {i > 0 ? ', ' : ''}
              <AppLink to={sessionPage(id)}>{t('deskundigheidSessies.import.openSession')}</AppLink>
            </span>
          ))}
        </DoneAlert>
      ) : null}
      <FormFrame
        labelledBy="sessie-import"
        fields={[
          { field: 'file', id: 'import-bestand', label: t('deskundigheidSessies.import.file') },
          { field: 'fileName', id: 'import-bestand', label: t('deskundigheidSessies.import.file') },
          { field: 'contentBase64', id: 'import-bestand', label: t('deskundigheidSessies.import.file') },
        ]}
        {...look.frame}
        submitLabel={t('deskundigheidSessies.import.preview')}
      >
        <div className={fileError ? 'utrecht-form-field utrecht-form-field--invalid' : 'utrecht-form-field'}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="import-bestand">
              {t('deskundigheidSessies.import.file')}
            </label>
          </div>
          {fileError ? (
            <div
              className="utrecht-form-field__error-message utrecht-form-field-error-message"
              id="import-bestand-error"
            >
              <span className="duiden-visually-hidden">{t('form.errorPrefix')} </span>
              {fileError}
            </div>
          ) : null}
          <div className="utrecht-form-field__input">
            <input
              key={inputKey}
              id="import-bestand"
              name="import-bestand"
              type="file"
              accept=".csv,text/csv"
              className="duiden-file-input"
              onChange={pick}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? 'import-bestand-error' : undefined}
            />
          </div>
        </div>
      </FormFrame>
      {preview ? <PreviewView preview={preview} /> : null}
      {preview && preview.issues.length === 0 && preview.sessions.length > 0 ? (
        <FormFrame
          label={t('deskundigheidSessies.import.commit')}
          fields={[]}
          {...commit.frame}
          submitLabel={t('deskundigheidSessies.import.commit')}
          submitAppearance="primary-action"
        >
          {null}
        </FormFrame>
      ) : null}
    </Page>
  );
}

function PreviewView({ preview: p }: { readonly preview: ImportPreview }) {
  const { t } = useTranslation();
  return (
    <>
      {p.issues.length > 0 ? (
        <Section id="import-fouten" title={t('deskundigheidSessies.import.errorsTitle')}>
          <Paragraph>{t('deskundigheidSessies.import.errorsIntro')}</Paragraph>
          <Table
            labelledBy="import-fouten"
            head={
              <Tr>
                <Th>{t('deskundigheidSessies.columns.row')}</Th>
                <Th>{t('deskundigheidSessies.columns.field')}</Th>
                <Th>{t('deskundigheidSessies.columns.problem')}</Th>
              </Tr>
            }
          >
            {p.issues.map((i) => (
              <Tr key={`${i.row}-${i.field}-${i.nl}`}>
                <Td>{i.row}</Td>
                <Td>{i.column}</Td>
                <IssueText nl={i.nl} en={i.en} />
              </Tr>
            ))}
          </Table>
        </Section>
      ) : null}
      <Section id="import-voorbeeld" title={t('deskundigheidSessies.import.previewTitle')}>
        <Paragraph>{t('deskundigheidSessies.import.totals', { rows: p.rows, ...p.totals })}</Paragraph>
        {p.sessions.map((s) => (
          <Section
            key={`${s.heldOn}-${s.training.id}`}
            id={`import-sessie-${s.heldOn}-${s.training.id}`}
            level={3}
            title={t('deskundigheidSessies.import.session', {
              date: formatDay(s.heldOn),
              training: s.training.name,
            })}
          >
            <Paragraph>
              {s.existingId
                ? t('deskundigheidSessies.import.existing')
                : t('deskundigheidSessies.import.new')}{' '}
              {s.organisations.map((o) => o.name).join(', ')}
            </Paragraph>
            {s.people.length > 0 ? (
              <Table
                labelledBy={`import-sessie-${s.heldOn}-${s.training.id}`}
                head={
                  <Tr>
                    <Th>{t('deskundigheidSessies.columns.row')}</Th>
                    <Th>{t('deskundigheidSessies.columns.name')}</Th>
                    <Th>{t('deskundigheidSessies.columns.email')}</Th>
                    <Th>{t('deskundigheidSessies.columns.organisation')}</Th>
                    <Th>{t('deskundigheidSessies.columns.completed')}</Th>
                    <Th>{t('deskundigheidSessies.columns.matched')}</Th>
                  </Tr>
                }
              >
                {s.people.map((x) => (
                  <Tr key={x.row}>
                    <Td>{x.row}</Td>
                    <Td>{x.name}</Td>
                    <Td>{x.email ?? '—'}</Td>
                    <Td>{x.organisation}</Td>
                    <Td>
                      {x.completed
                        ? t('deskundigheidSessies.detail.yes')
                        : t('deskundigheidSessies.detail.no')}
                    </Td>
                    <Td>
                      {x.already
                        ? t('deskundigheidSessies.import.already')
                        : x.personId
                          ? t('deskundigheidSessies.import.matchedYes')
                          : t('deskundigheidSessies.import.matchedNo')}
                    </Td>
                  </Tr>
                ))}
              </Table>
            ) : null}
            {s.counts.length > 0 ? (
              <Table
                caption={t('deskundigheidSessies.detail.counts')}
                head={
                  <Tr>
                    <Th>{t('deskundigheidSessies.columns.organisation')}</Th>
                    <Th>{t('deskundigheidSessies.columns.targetGroup')}</Th>
                    <Th>{t('deskundigheidSessies.columns.count')}</Th>
                  </Tr>
                }
              >
                {s.counts.map((c) => (
                  <Tr key={`${c.organisation.id}-${c.targetGroup.id}`}>
                    <Td>{c.organisation.name}</Td>
                    <Td>{c.targetGroup.name}</Td>
                    <Td>{c.participants}</Td>
                  </Tr>
                ))}
              </Table>
            ) : null}
          </Section>
        ))}
      </Section>
    </>
  );
}

/** A problem in the language shown. */
function IssueText({ nl, en }: { readonly nl: string; readonly en: string }) {
  const { i18n } = useTranslation();
  return <Td>{i18n.language === 'en' ? en : nl}</Td>;
}
