import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { Article } from '../../../contract/kennisbank';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { Alert, DoneAlert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { OtherVersion } from '../../ui/form-conflict';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { EditArticleForm } from './article-form';
import { ArticleFacts, ArticleText, PastReviewWarning } from './article-text';
import {
  articleKey,
  articlePath,
  conflictArticle,
  KENNISBANK_PAGE,
  kennisbankKey,
  mayManage,
  useArticle,
  useLanguage,
} from './kennisbank-api';

/** /kennisbank/:id: one article, printable; whoever keeps the kennisbank changes a local one or hides it. */
export function ArticlePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { text } = useLanguage();
  const article = useArticle(id);
  return (
    <QueryState query={article}>
      {(a) => (
        <Page title={text(a.title)} before={<BackLink to={KENNISBANK_PAGE}>{t('kennisbank.back')}</BackLink>}>
          <ArticleContent article={a} />
        </Page>
      )}
    </QueryState>
  );
}

function ArticleContent({ article }: { readonly article: Article }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const location = useLocation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const added = (location.state as { added?: boolean } | null)?.added === true;
  const may = mayManage(user.role);
  if (editing) {
    return (
      <EditArticleForm
        article={article}
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
      {added && !saved ? <DoneAlert>{t('kennisbank.article.added')}</DoneAlert> : null}
      {saved ? <DoneAlert>{t('kennisbank.article.saved')}</DoneAlert> : null}
      <PastReviewWarning article={article} />
      {article.hidden ? (
        <Alert type="info">
          <Paragraph>{t('kennisbank.article.hiddenNotice')}</Paragraph>
        </Alert>
      ) : null}
      <ArticleText article={article} />
      <Section id="artikel-over" title={t('kennisbank.article.about')}>
        <ArticleFacts article={article} />
      </Section>
      <div className="duiden-no-print">
        <ButtonGroup>
          <Button onClick={() => window.print()}>{t('kennisbank.article.print')}</Button>
          {may && article.scope === 'lokaal' ? (
            <Button
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('kennisbank.article.edit')}
            </Button>
          ) : null}
        </ButtonGroup>
        {may ? <VisibilityForm article={article} /> : null}
      </div>
    </>
  );
}

/** Hides the article from the municipality's kennisbank and public page, or shows it again, at a version. */
function VisibilityForm({ article }: { readonly article: Article }) {
  const { t } = useTranslation();
  const { text } = useLanguage();
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(article.viewVersion);
  const send = useFormSend({
    send: () =>
      apiSend<{ version: number }>('PUT', `${articlePath(article.id)}/zichtbaarheid`, {
        hidden: !article.hidden,
        version,
      }),
    onSent: async (r) => {
      setVersion(r.version);
      await queryClient.invalidateQueries({ queryKey: kennisbankKey });
      return article.hidden ? t('kennisbank.visibility.shown') : t('kennisbank.visibility.hidden');
    },
    onError: (error) => {
      const current = conflictArticle(error);
      if (current) {
        setVersion(current.viewVersion);
        queryClient.setQueryData(articleKey(article.id), current);
      }
    },
  });
  const current = conflictArticle(send.mutation.error);
  return (
    <FormFrame
      title={t('kennisbank.visibility.title')}
      titleLevel={2}
      labelledBy="artikel-zichtbaarheid"
      done={send.done}
      fields={[]}
      {...send.frame}
      conflict={
        current ? (
          <OtherVersion
            version={current.viewVersion}
            title={t('kennisbank.conflict.title')}
            intro={t('kennisbank.conflict.visibilityIntro')}
            items={[
              { key: 'title', label: t('kennisbank.article.title'), value: text(current.title) },
              {
                key: 'hidden',
                label: t('kennisbank.visibility.state'),
                value: current.hidden
                  ? t('kennisbank.visibility.isHidden')
                  : t('kennisbank.visibility.isShown'),
              },
            ]}
          />
        ) : null
      }
      submitLabel={article.hidden ? t('kennisbank.visibility.show') : t('kennisbank.visibility.hide')}
    >
      <Paragraph>{t('kennisbank.visibility.intro')}</Paragraph>
    </FormFrame>
  );
}
