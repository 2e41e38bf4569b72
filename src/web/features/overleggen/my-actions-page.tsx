import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { ActionsTable } from './actions-table';
import { actionCountsKey, itemsKey, myActionsKey, useMyActions } from './overleggen-api';

/**
 * /acties, "Mijn acties": the actions agreed in meetings that are the user's, or their organisation's, with
 * the overdue ones marked in words; the owner sets their status here.
 */
export function MyActionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('overleg.mine.title'));
  const queryClient = useQueryClient();
  const [includeDone, setIncludeDone] = useState(false);
  const mine = useMyActions(includeDone);
  const reload = async () => {
    void queryClient.invalidateQueries({ queryKey: actionCountsKey });
    void queryClient.invalidateQueries({ queryKey: itemsKey });
    await queryClient.invalidateQueries({ queryKey: myActionsKey });
  };

  return (
    <>
      <Heading level={1}>{t('overleg.mine.title')}</Heading>
      <Paragraph>{t('overleg.mine.intro')}</Paragraph>
      {mine.data ? (
        <Paragraph>
          <span role="status">
            {t('overleg.mine.counts', { count: mine.data.openCount })}{' '}
            {t('overleg.mine.overdueCount', { count: mine.data.overdueCount })}
          </span>
        </Paragraph>
      ) : null}
      <CheckboxField
        id="mine-includeDone"
        label={t('overleg.mine.includeDone')}
        checked={includeDone}
        onCheckedChange={setIncludeDone}
      />
      {mine.isPending ? <Loading /> : null}
      {mine.error ? <LoadError error={mine.error} /> : null}
      {mine.data && mine.data.actions.length === 0 ? <Paragraph>{t('overleg.mine.none')}</Paragraph> : null}
      {mine.data && mine.data.actions.length > 0 ? (
        <ActionsTable
          caption={t('overleg.mine.title')}
          actions={mine.data.actions.map((a) => ({
            ...a,
            mayUpdate: true,
            context: { itemTitle: a.itemTitle, meetingTitle: a.meetingTitle },
          }))}
          onChanged={reload}
        />
      ) : null}
    </>
  );
}
