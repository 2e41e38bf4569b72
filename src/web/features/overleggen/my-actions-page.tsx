import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../ui/form-field';
import { Page } from '../../ui/list-page';
import { ResultCount } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { ActionsTable } from './actions-table';
import { actionCountsKey, itemsKey, myActionsKey, useMyActions } from './overleggen-api';

/**
 * /acties, "Mijn acties": the actions agreed in meetings that are the user's, or their organisation's, with
 * the overdue ones marked in words; the owner sets their status here.
 */
export function MyActionsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [includeDone, setIncludeDone] = useState(false);
  const mine = useMyActions(includeDone);
  const reload = async () => {
    void queryClient.invalidateQueries({ queryKey: actionCountsKey });
    void queryClient.invalidateQueries({ queryKey: itemsKey });
    await queryClient.invalidateQueries({ queryKey: myActionsKey });
  };

  return (
    <Page title={t('overleg.mine.title')} headingId="mine-title" intro={t('overleg.mine.intro')}>
      {mine.data ? (
        <ResultCount>
          {mine.data.openCount === 0
            ? t('overleg.mine.noneOpen')
            : t('overleg.mine.counts', { count: mine.data.openCount })}
          {mine.data.overdueCount > 0
            ? ` ${t('overleg.mine.overdueCount', { count: mine.data.overdueCount })}`
            : ''}
        </ResultCount>
      ) : null}
      <CheckboxField
        id="mine-includeDone"
        label={t('overleg.mine.includeDone')}
        checked={includeDone}
        onCheckedChange={setIncludeDone}
      />
      <QueryState query={mine}>
        {({ actions }) =>
          actions.length === 0 ? (
            <Paragraph>{t('overleg.mine.none')}</Paragraph>
          ) : (
            <ActionsTable
              name={{ labelledBy: 'mine-title' }}
              actions={actions.map((a) => ({
                ...a,
                mayUpdate: true,
                context: { itemTitle: a.itemTitle, meetingTitle: a.meetingTitle, zelfscan: a.zelfscan },
              }))}
              onChanged={reload}
            />
          )
        }
      </QueryState>
    </Page>
  );
}
