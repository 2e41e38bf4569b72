import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { AnalysisDocumentPage, AnalysisDocumentSummary } from '../../../contract/analyse';
import { POLICY } from '../../../domain/access/policy';
import type { Role } from '../../../domain/access/roles';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { TextField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { formatDateTime } from '../../ui/format';
import { AppLink, ButtonLink } from '../../ui/link';
import { BackLink, Page } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { Table, Td, Th, Tr } from '../../ui/table';
import { DOCUMENTS_PATH, documentPage, documentsKey, documentsPage } from './documents-api';

/** Whether the user's role may write analysis documents (the server decides again). */
export function mayWriteDocuments(role: Role): boolean {
  return (POLICY['analyse.document.write'] as readonly Role[]).includes(role);
}

/** /analyse/documenten: the analyses of the municipality, newest first; "Nieuwe analyse" opens the form. */
export function DocumentsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [params] = useSearchParams();
  const mayWrite = mayWriteDocuments(user.role);
  if (mayWrite && params.has('nieuw')) return <NewDocumentPage />;
  return (
    <Page
      title={t('analyseDocument.list.title')}
      headingId="analyse-documents"
      intro={t('analyseDocument.list.intro')}
      actions={
        mayWrite ? (
          <ButtonLink appearance="primary-action" to={`${documentsPage}?nieuw`}>
            {t('analyseDocument.list.new')}
          </ButtonLink>
        ) : null
      }
    >
      <DocumentList />
      <Paragraph>
        <AppLink to="/analyse">{t('analyseDocument.list.toAnalysis')}</AppLink>
      </Paragraph>
    </Page>
  );
}

function DocumentList() {
  const { t } = useTranslation();
  const list = useCursorPages<AnalysisDocumentPage, AnalysisDocumentSummary>({
    key: documentsKey,
    path: DOCUMENTS_PATH,
    items: (p) => p.documents,
  });
  return (
    <PagedList
      list={list}
      texts={{
        none: t('analyseDocument.list.none'),
        shown: (count) => t('analyseDocument.list.shown', { count }),
        loadMore: t('analyseDocument.list.loadMore'),
        loadingMore: t('analyseDocument.list.loadingMore'),
      }}
    >
      {(documents) => (
        <Table
          labelledBy="analyse-documents"
          head={
            <Tr>
              <Th>{t('analyseDocument.list.columns.title')}</Th>
              <Th>{t('analyseDocument.list.columns.period')}</Th>
              <Th>{t('analyseDocument.list.columns.updated')}</Th>
              <Th>{t('analyseDocument.list.columns.versions')}</Th>
              <Th>{t('analyseDocument.list.columns.lastApproved')}</Th>
            </Tr>
          }
        >
          {documents.map((d) => (
            <Tr key={d.id}>
              <Td>
                <AppLink to={documentPage(d.id)}>{d.title}</AppLink>
              </Td>
              <Td nowrap>{d.period}</Td>
              <Td>
                {d.updatedBy
                  ? t('analyseDocument.list.byWhom', { at: formatDateTime(d.updatedAt), name: d.updatedBy })
                  : formatDateTime(d.updatedAt)}
              </Td>
              <Td>{d.versions}</Td>
              <Td>{d.lastApprovedAt ? formatDateTime(d.lastApprovedAt) : t('analyseDocument.list.never')}</Td>
            </Tr>
          ))}
        </Table>
      )}
    </PagedList>
  );
}

/** The form of a new analysis: a title and a fixed period; then on to the document itself. */
function NewDocumentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [period, setPeriod] = useState('');
  const send = useFormSend({
    send: () => apiSend<{ id: string }>('POST', DOCUMENTS_PATH, { title, period }),
    onSent: async (r) => {
      await queryClient.invalidateQueries({ queryKey: documentsKey });
      void navigate(documentPage(r.id));
      return true;
    },
  });
  const fields = [
    { field: 'title', id: 'analyse-new-title', label: t('analyseDocument.create.fieldTitle') },
    { field: 'period', id: 'analyse-new-period', label: t('analyseDocument.create.fieldPeriod') },
  ];
  return (
    <Page
      title={t('analyseDocument.create.title')}
      headingId="analyse-new"
      before={<BackLink to={documentsPage}>{t('analyseDocument.create.back')}</BackLink>}
      intro={t('analyseDocument.create.intro')}
    >
      <FormFrame
        labelledBy="analyse-new"
        fields={fields}
        {...send.frame}
        submitLabel={t('analyseDocument.create.submit')}
        submitAppearance="primary-action"
      >
        <TextField
          id="analyse-new-title"
          label={t('analyseDocument.create.fieldTitle')}
          value={title}
          onValueChange={setTitle}
          error={send.fieldError('title')}
          maxLength={200}
        />
        <TextField
          id="analyse-new-period"
          label={t('analyseDocument.create.fieldPeriod')}
          description={t('analyseDocument.create.periodDescription')}
          value={period}
          onValueChange={setPeriod}
          error={send.fieldError('period')}
          maxLength={7}
          autoComplete="off"
        />
      </FormFrame>
    </Page>
  );
}
