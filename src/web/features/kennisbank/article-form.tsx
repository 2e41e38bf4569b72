import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Article } from '../../../contract/kennisbank';
import { ARTICLE_KINDS, ARTICLE_LIMITS } from '../../../domain/kennisbank/article';
import { apiSend } from '../../api';
import { Button } from '../../ui/button';
import { OtherVersion } from '../../ui/form-conflict';
import { CheckboxField, Fieldset, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { addDaysTo, today } from '../../ui/format';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import {
  ARTICLES_PATH,
  articleKey,
  articlePage,
  articlePath,
  conflictArticle,
  KENNISBANK_PAGE,
  kennisbankKey,
  useLanguage,
} from './kennisbank-api';

export interface ArticleDraft {
  readonly kind: string;
  readonly public: boolean;
  readonly titleNl: string;
  readonly titleEn: string;
  readonly summaryNl: string;
  readonly summaryEn: string;
  readonly bodyNl: string;
  readonly bodyEn: string;
  readonly source: string;
  readonly sourceUrl: string;
  readonly validSince: string;
  readonly reviewBy: string;
  readonly owner: string;
}

const emptyDraft = (): ArticleDraft => ({
  kind: '',
  public: false,
  titleNl: '',
  titleEn: '',
  summaryNl: '',
  summaryEn: '',
  bodyNl: '',
  bodyEn: '',
  source: '',
  sourceUrl: '',
  validSince: today(),
  reviewBy: addDaysTo(today(), 365),
  owner: '',
});

const draftOf = (a: Article): ArticleDraft => ({
  kind: a.kind,
  public: a.public,
  titleNl: a.title.nl,
  titleEn: a.title.en,
  summaryNl: a.summary.nl,
  summaryEn: a.summary.en,
  bodyNl: a.body.nl,
  bodyEn: a.body.en,
  source: a.source,
  sourceUrl: a.sourceUrl ?? '',
  validSince: a.validSince,
  reviewBy: a.reviewBy,
  owner: a.owner,
});

/** The body sent: a choice left open is sent empty, so the server names it. */
const bodyOf = (d: ArticleDraft) => ({ ...d });

type FieldName = Exclude<keyof ArticleDraft, 'public'> | 'public';

function useFieldTable(prefix: string) {
  const { t } = useTranslation();
  const names: FieldName[] = [
    'kind',
    'titleNl',
    'summaryNl',
    'bodyNl',
    'titleEn',
    'summaryEn',
    'bodyEn',
    'source',
    'sourceUrl',
    'validSince',
    'reviewBy',
    'owner',
    'public',
  ];
  return names.map((n) => ({ field: n, id: `${prefix}-${n}`, label: t(`kennisbank.form.${n}`) }));
}

function ArticleFields({
  prefix,
  draft,
  set,
  fieldError,
}: {
  readonly prefix: string;
  readonly draft: ArticleDraft;
  readonly set: (change: Partial<ArticleDraft>) => void;
  readonly fieldError: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const text = (name: Exclude<FieldName, 'kind' | 'public'>, extra: { optional?: boolean; max: number }) => ({
    id: `${prefix}-${name}`,
    label: t(`kennisbank.form.${name}`),
    value: draft[name],
    onValueChange: (value: string) => set({ [name]: value }),
    error: fieldError(name),
    maxLength: extra.max,
    optional: extra.optional ?? false,
  });
  return (
    <>
      <SelectField
        id={`${prefix}-kind`}
        label={t('kennisbank.form.kind')}
        placeholder={t('kennisbank.form.choose')}
        value={draft.kind}
        onValueChange={(kind) => set({ kind })}
        options={ARTICLE_KINDS.map((k) => ({ value: k, label: t(`kennisbank.kinds.${k}`) }))}
        error={fieldError('kind')}
      />
      <Fieldset legend={t('kennisbank.form.dutch')}>
        <TextField {...text('titleNl', { max: ARTICLE_LIMITS.title })} autoComplete="off" />
        <TextAreaField {...text('summaryNl', { max: ARTICLE_LIMITS.summary })} rows={2} />
        <TextAreaField
          {...text('bodyNl', { max: ARTICLE_LIMITS.body })}
          description={t('kennisbank.form.bodyHint')}
          rows={10}
        />
      </Fieldset>
      <Fieldset legend={t('kennisbank.form.english')}>
        <Paragraph small>{t('kennisbank.form.englishHint')}</Paragraph>
        <TextField {...text('titleEn', { max: ARTICLE_LIMITS.title, optional: true })} autoComplete="off" />
        <TextAreaField {...text('summaryEn', { max: ARTICLE_LIMITS.summary, optional: true })} rows={2} />
        <TextAreaField {...text('bodyEn', { max: ARTICLE_LIMITS.body, optional: true })} rows={10} />
      </Fieldset>
      <TextField {...text('source', { max: ARTICLE_LIMITS.source })} autoComplete="off" />
      <TextField
        {...text('sourceUrl', { max: ARTICLE_LIMITS.sourceUrl, optional: true })}
        description={t('kennisbank.form.sourceUrlHint')}
        type="url"
        autoComplete="url"
      />
      <TextField {...text('validSince', { max: 10 })} type="date" />
      <TextField
        {...text('reviewBy', { max: 10 })}
        description={t('kennisbank.form.reviewByHint')}
        type="date"
      />
      <TextField
        {...text('owner', { max: ARTICLE_LIMITS.owner })}
        description={t('kennisbank.form.ownerHint')}
        autoComplete="off"
      />
      <CheckboxField
        id={`${prefix}-public`}
        label={t('kennisbank.form.public')}
        description={t('kennisbank.form.publicHint')}
        checked={draft.public}
        onCheckedChange={(on) => set({ public: on })}
        error={fieldError('public')}
      />
    </>
  );
}

/** /kennisbank/nieuw: a local article (the municipality's Zorg- en Veiligheidshuis, its regional contacts). */
export function NewArticlePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ArticleDraft>(emptyDraft);
  const set = (change: Partial<ArticleDraft>) => setDraft((d) => ({ ...d, ...change }));
  const send = useFormSend({
    send: () => apiSend<{ id: string }>('POST', ARTICLES_PATH, bodyOf(draft)),
    onSent: async (r) => {
      await queryClient.invalidateQueries({ queryKey: kennisbankKey });
      void navigate(articlePage(r.id), { state: { added: true } });
      return true;
    },
  });
  return (
    <Page
      title={t('kennisbank.form.newTitle')}
      headingId="artikel-nieuw"
      before={<BackLink to={KENNISBANK_PAGE}>{t('kennisbank.back')}</BackLink>}
      intro={t('kennisbank.form.newIntro')}
    >
      <FormFrame
        labelledBy="artikel-nieuw"
        fields={useFieldTable('artikel')}
        {...send.frame}
        submitLabel={t('kennisbank.form.add')}
        submitAppearance="primary-action"
      >
        <ArticleFields prefix="artikel" draft={draft} set={set} fieldError={send.fieldError} />
      </FormFrame>
    </Page>
  );
}

/** Changing a local article at the version read; on a 409 the saved one stands beside what was typed. */
export function EditArticleForm({
  article,
  onDone,
  onCancel,
}: {
  readonly article: Article;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { text } = useLanguage();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ArticleDraft>(() => draftOf(article));
  const [version, setVersion] = useState(article.version);
  const set = (change: Partial<ArticleDraft>) => setDraft((d) => ({ ...d, ...change }));
  const send = useFormSend({
    send: () => apiSend<{ version: number }>('PUT', articlePath(article.id), { ...bodyOf(draft), version }),
    onSent: async () => {
      await queryClient.invalidateQueries({ queryKey: kennisbankKey });
      onDone();
      return true;
    },
    onError: (error) => {
      const current = conflictArticle(error);
      if (current) {
        setVersion(current.version);
        queryClient.setQueryData(articleKey(article.id), current);
      }
    },
  });
  const current = conflictArticle(send.mutation.error);
  const conflict: ReactNode = current ? (
    <OtherVersion
      version={current.version}
      title={t('kennisbank.conflict.title')}
      intro={t('kennisbank.conflict.intro', { name: current.updatedBy ?? '' })}
      items={[
        { key: 'title', label: t('kennisbank.article.title'), value: text(current.title) },
        { key: 'summary', label: t('kennisbank.form.summaryNl'), value: text(current.summary) },
        { key: 'owner', label: t('kennisbank.article.owner'), value: current.owner },
      ]}
    />
  ) : null;
  return (
    <FormFrame
      title={t('kennisbank.form.editTitle')}
      titleLevel={2}
      labelledBy="artikel-wijzigen"
      fields={useFieldTable('artikel-wijzigen')}
      {...send.frame}
      conflict={conflict}
      submitLabel={t('kennisbank.form.save')}
      submitAppearance="primary-action"
      moreActions={
        <Button appearance="subtle" onClick={onCancel}>
          {t('kennisbank.form.cancel')}
        </Button>
      }
    >
      <ArticleFields prefix="artikel-wijzigen" draft={draft} set={set} fieldError={send.fieldError} />
    </FormFrame>
  );
}
