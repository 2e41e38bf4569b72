import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../../api';
import { AppLink } from '../../../ui/link';
import { BackLink, Page } from '../../../ui/list-page';
import { useVersionedSave } from '../../../ui/use-versioned-save';
import { VersionedForm } from '../../../ui/versioned-form';
import { bodyOf, EMPTY_DRAFT, KeyFigureFields, useSummaryFields } from './key-figure-fields';
import { keyFiguresKey } from './sleutelfiguren-api';

/** /sleutelfiguren/nieuw: adds a key figure; a refused send keeps what was typed. */
export function KeyFigureNewPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fields = useSummaryFields('kf-new');
  const save = useVersionedSave({
    initial: EMPTY_DRAFT,
    resetTo: EMPTY_DRAFT,
    send: (draft) =>
      apiSend<{ id: string; version: number }>('POST', '/api/netwerk/sleutelfiguren', bodyOf(draft)),
    onSaved: () => queryClient.invalidateQueries({ queryKey: keyFiguresKey }),
  });
  return (
    <Page
      title={t('sleutelfiguren.newTitle')}
      intro={t('sleutelfiguren.newIntro')}
      before={<BackLink to="/sleutelfiguren">{t('sleutelfiguren.back')}</BackLink>}
    >
      <VersionedForm
        save={save}
        fields={fields}
        label={t('sleutelfiguren.newTitle')}
        savedMessage={({ result, sent }) => (
          <AppLink to={`/sleutelfiguren/${result.id}`}>
            {t('sleutelfiguren.created', { name: sent.name })}
          </AppLink>
        )}
        submitLabel={t('sleutelfiguren.create')}
      >
        <KeyFigureFields save={save} prefix="kf-new" />
      </VersionedForm>
    </Page>
  );
}
