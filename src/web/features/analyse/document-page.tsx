import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type {
  AnalysisDocument,
  AnalysisSectionList,
  DocumentTexts,
  SectionTexts,
} from '../../../contract/analyse';
import { POLICY } from '../../../domain/access/policy';
import type { Role } from '../../../domain/access/roles';
import { SECTION_FIELDS, type SectionField } from '../../../domain/analyse/document';
import { apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { useSignedInUser } from '../../session';
import { Alert } from '../../ui/alert';
import { DataList } from '../../ui/data-list';
import { DecisionForm } from '../../ui/decision-form';
import { CheckboxField, Fieldset, TextAreaField, TextField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import {
  conflictDocument,
  documentKey,
  documentPath,
  documentsKey,
  documentsPage,
  emptySection,
  sectionHasText,
  useAnalysisDocument,
  useAnalysisSections,
  versionPage,
} from './documents-api';
import { mayWriteDocuments } from './documents-page';

const TEXT_MAX = 8000;

interface TextsDraft {
  readonly title: string;
  readonly texts: DocumentTexts;
}

type Sections = AnalysisSectionList;

/** The sections shown: every active one, and any other the document already has words for. */
function shownSections(sections: Sections, texts: DocumentTexts): Sections {
  return sections.filter((s) => s.active || sectionHasText(texts[s.code]));
}

/** A section's name in the language shown; one switched off says so. */
function useSectionLabel(): (s: Sections[number]) => string {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (s) =>
    s.active ? s.label[language] : t('analyseDocument.document.inactive', { label: s.label[language] });
}

/** /analyse/documenten/:id: the words per fenomeen and for the whole, approving a version, the versions. */
export function DocumentPage() {
  const { id = '' } = useParams();
  const doc = useAnalysisDocument(id);
  const sections = useAnalysisSections();
  return (
    <QueryState query={doc}>
      {(d) => <QueryState query={sections}>{(s) => <DocumentScreen doc={d} sections={s} />}</QueryState>}
    </QueryState>
  );
}

function DocumentScreen({ doc, sections }: { readonly doc: AnalysisDocument; readonly sections: Sections }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [dirty, setDirty] = useState(false);
  const mayWrite = mayWriteDocuments(user.role);
  const mayApprove = (POLICY['analyse.document.approve'] as readonly Role[]).includes(user.role);
  return (
    <Page
      title={t('analyseDocument.document.pageTitle', { title: doc.title })}
      headingId="analyse-document"
      before={<BackLink to={documentsPage}>{t('analyseDocument.document.back')}</BackLink>}
    >
      <DataList
        items={[
          { key: 'period', label: t('analyseDocument.document.period'), value: doc.period },
          {
            key: 'saved',
            label: t('analyseDocument.document.saved'),
            value: doc.updatedBy
              ? t('analyseDocument.list.byWhom', { at: formatDateTime(doc.updatedAt), name: doc.updatedBy })
              : formatDateTime(doc.updatedAt),
          },
        ]}
      />
      <Section id="analyse-texts" title={t('analyseDocument.document.textsTitle')}>
        <Paragraph>{t('analyseDocument.document.textsIntro')}</Paragraph>
        {mayWrite ? (
          <TextsForm doc={doc} sections={sections} onDirty={setDirty} />
        ) : (
          <>
            <Paragraph small>{t('analyseDocument.document.readOnly')}</Paragraph>
            <TextsView texts={doc.texts} sections={sections} />
          </>
        )}
      </Section>
      {mayApprove ? <ApproveForm doc={doc} dirty={dirty} /> : null}
      <VersionList doc={doc} />
    </Page>
  );
}

/** The words as written, per section (for those who read but do not write). */
export function TextsView({
  texts,
  sections,
}: {
  readonly texts: DocumentTexts;
  readonly sections: Sections;
}) {
  const { t } = useTranslation();
  const label = useSectionLabel();
  const known = new Map(sections.map((s) => [s.code, s]));
  const keys = [
    ...sections.map((s) => s.code).filter((c) => sectionHasText(texts[c])),
    ...Object.keys(texts).filter((c) => !known.has(c)),
  ];
  if (keys.length === 0) return <Paragraph>{t('analyseDocument.version.noTexts')}</Paragraph>;
  return (
    <>
      {keys.map((code) => {
        const s = known.get(code);
        const id = `analyse-text-${code}`;
        return (
          <Section key={code} id={id} level={3} title={s ? label(s) : code} className={null}>
            <DataList
              items={SECTION_FIELDS.filter((f) => texts[code]?.[f]).map((f) => ({
                key: f,
                label: t(`analyseDocument.fields.${f}`),
                value: <span className="duiden-prewrap">{texts[code]?.[f]}</span>,
              }))}
            />
          </Section>
        );
      })}
    </>
  );
}

function TextsForm({
  doc,
  sections,
  onDirty,
}: {
  readonly doc: AnalysisDocument;
  readonly sections: Sections;
  readonly onDirty: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const label = useSectionLabel();
  const queryClient = useQueryClient();
  const shown = shownSections(sections, doc.texts);
  const save = useVersionedSave<TextsDraft, { version: number }, AnalysisDocument>({
    initial: () => ({
      title: doc.title,
      texts: Object.fromEntries(shown.map((s) => [s.code, { ...emptySection(), ...doc.texts[s.code] }])),
    }),
    version: doc.version,
    send: (draft, version) => apiSend('PUT', documentPath(doc.id), { ...draft, version }),
    versionOf: (r) => r.version,
    conflict: conflictDocument,
    onSaved: async () => {
      onDirty(false);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: documentKey(doc.id) }),
        queryClient.invalidateQueries({ queryKey: documentsKey, exact: true }),
      ]);
    },
    onConflict: () => void queryClient.invalidateQueries({ queryKey: documentKey(doc.id) }),
  });
  const { draft, set, fieldError } = save;
  const setText = (code: string, field: SectionField, value: string) => {
    onDirty(true);
    const section: SectionTexts = { ...emptySection(), ...draft.texts[code], [field]: value };
    set({ texts: { ...draft.texts, [code]: section } });
  };
  const firstText = shown[0] ? `analyse-${shown[0].code}-aard` : 'analyse-title';
  const fields = [
    { field: 'title', id: 'analyse-title', label: t('analyseDocument.document.fieldTitle') },
    { field: 'texts', id: firstText, label: t('analyseDocument.document.textsTitle') },
  ];
  const none = t('analyseDocument.document.none');
  return (
    <VersionedForm
      save={save}
      fields={fields}
      labelledBy="analyse-texts"
      savedMessage={t('analyseDocument.document.savedMessage')}
      conflictWords={{
        title: t('analyseDocument.document.conflictTitle'),
        intro: (version) => t('analyseDocument.document.conflictIntro', { version }),
      }}
      otherItems={(other) => [
        { key: 'title', label: t('analyseDocument.document.fieldTitle'), value: other.title },
        {
          key: 'sections',
          label: t('analyseDocument.document.conflictSections'),
          value:
            sections
              .filter((s) => sectionHasText(other.texts[s.code]))
              .map(label)
              .join(', ') || none,
        },
        {
          key: 'by',
          label: t('analyseDocument.document.conflictBy'),
          value: t('analyseDocument.list.byWhom', {
            at: formatDateTime(other.updatedAt),
            name: other.updatedBy ?? none,
          }),
        },
      ]}
      submitLabel={t('analyseDocument.document.submit')}
    >
      <TextField
        id="analyse-title"
        label={t('analyseDocument.document.fieldTitle')}
        value={draft.title}
        onValueChange={(title) => {
          onDirty(true);
          set({ title });
        }}
        error={fieldError('title')}
        maxLength={200}
      />
      {shown.map((s) => (
        <Fieldset key={s.code} legend={label(s)}>
          {SECTION_FIELDS.map((f) => (
            <TextAreaField
              key={f}
              id={`analyse-${s.code}-${f}`}
              label={t(`analyseDocument.fields.${f}`)}
              rows={3}
              value={draft.texts[s.code]?.[f] ?? ''}
              onValueChange={(v) => setText(s.code, f, v)}
              error={fieldError(`texts.${s.code}.${f}`)}
              maxLength={TEXT_MAX}
            />
          ))}
        </Fieldset>
      ))}
    </VersionedForm>
  );
}

/** "Vaststellen": after a confirmation, a new frozen version of the saved words and the figures of now. */
function ApproveForm({ doc, dirty }: { readonly doc: AnalysisDocument; readonly dirty: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rounded, setRounded] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<{ id: string; number: number } | null>(null);
  const approve = useMutation({
    mutationFn: () =>
      apiSend<{ id: string; number: number }>('POST', `${documentPath(doc.id)}/vaststellen`, {
        version: doc.version,
        rounded,
      }),
    onSuccess: async (r) => {
      setConfirming(false);
      setDone(r);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: documentKey(doc.id) }),
        queryClient.invalidateQueries({ queryKey: documentsKey, exact: true }),
      ]);
    },
    onError: () => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: documentKey(doc.id) });
    },
  });
  return (
    <Section id="analyse-approve" title={t('analyseDocument.approve.title')}>
      <DecisionForm
        labelledBy="analyse-approve"
        intro={<Paragraph>{t('analyseDocument.approve.intro')}</Paragraph>}
        done={
          done ? (
            <Paragraph>
              <AppLink to={versionPage(doc.id, done.id)}>
                {t('analyseDocument.approve.done', { number: done.number })}
              </AppLink>
            </Paragraph>
          ) : null
        }
        error={approve.error}
        fields={[{ field: 'rounded', id: 'analyse-rounded', label: t('analyseDocument.approve.rounded') }]}
        onSubmit={() => {
          approve.reset();
          setDone(null);
          setConfirming(true);
        }}
        busy={approve.isPending}
        submitLabel={t('analyseDocument.approve.submit')}
        confirm={
          confirming
            ? {
                title: t('analyseDocument.approve.confirmTitle'),
                confirmLabel: t('analyseDocument.approve.confirm'),
                children: <Paragraph>{t('analyseDocument.approve.confirmText')}</Paragraph>,
                busy: approve.isPending,
                onConfirm: () => approve.mutate(),
                onCancel: () => setConfirming(false),
              }
            : null
        }
      >
        {dirty ? (
          <Alert type="warning">
            <Paragraph>{t('analyseDocument.approve.unsaved')}</Paragraph>
          </Alert>
        ) : null}
        <CheckboxField
          id="analyse-rounded"
          label={t('analyseDocument.approve.rounded')}
          checked={rounded}
          onCheckedChange={setRounded}
        />
      </DecisionForm>
    </Section>
  );
}

function VersionList({ doc }: { readonly doc: AnalysisDocument }) {
  const { t } = useTranslation();
  return (
    <Section id="analyse-versions" title={t('analyseDocument.versions.title')}>
      {doc.versions.length === 0 ? (
        <Paragraph>{t('analyseDocument.versions.none')}</Paragraph>
      ) : (
        <Table
          labelledBy="analyse-versions"
          head={
            <Tr>
              <Th>{t('analyseDocument.versions.number')}</Th>
              <Th>{t('analyseDocument.versions.approved')}</Th>
              <Th>{t('analyseDocument.versions.rules')}</Th>
            </Tr>
          }
        >
          {doc.versions.map((v) => (
            <Tr key={v.id}>
              <Td>
                <AppLink to={versionPage(doc.id, v.id)}>
                  {t('analyseDocument.versions.open', { number: v.number })}
                </AppLink>
              </Td>
              <Td>
                {t('analyseDocument.list.byWhom', {
                  at: formatDateTime(v.approvedAt),
                  name: v.approvedByName,
                })}
              </Td>
              <Td>
                {[
                  t('analyseDocument.versions.rulesText', { k: v.rules.k }),
                  v.rules.rounded ? t('analyseDocument.versions.roundedText') : null,
                ]
                  .filter(Boolean)
                  .join(', ')}
              </Td>
            </Tr>
          ))}
        </Table>
      )}
    </Section>
  );
}
