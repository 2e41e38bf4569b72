import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../ui/form-field';
import { Page } from '../../ui/list-page';
import { PagedResults, ResultCount } from '../../ui/paged-results';
import { QueryState } from '../../ui/query-state';
import { ActionsTable } from './actions-table';
import { actionCountsKey, itemsKey, myActionsKey, useMyActions } from './overleggen-api';

/**
 * /acties, "Mijn acties": the actions agreed in meetings that are the user's, or their organisation's, with
 * the overdue ones marked in words; the owner sets their status here. The server pages them ("Meer laden").
 */
export function MyActionsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [includeDone, setIncludeDone] = useState(false);
  const mine = useMyActions(includeDone);
  // The counts are of all own actions, whatever pages are read: the latest page's.
  const counts = mine.query.data?.pages.at(-1);
  const reload = async () => {
    void queryClient.invalidateQueries({ queryKey: actionCountsKey });
    void queryClient.invalidateQueries({ queryKey: itemsKey });
    await queryClient.invalidateQueries({ queryKey: myActionsKey });
  };

  return (
    <Page title={t('overleg.mine.title')} headingId="mine-title" intro={t('overleg.mine.intro')}>
      {counts ? (
        <ResultCount>
          {counts.openCount === 0
            ? t('overleg.mine.noneOpen')
            : t('overleg.mine.counts', { count: counts.openCount })}
          {counts.overdueCount > 0
            ? ` ${t('overleg.mine.overdueCount', { count: counts.overdueCount })}`
            : ''}
        </ResultCount>
      ) : null}
      <CheckboxField
        id="mine-includeDone"
        label={t('overleg.mine.includeDone')}
        checked={includeDone}
        onCheckedChange={setIncludeDone}
      />
      <QueryState query={mine.query}>
        {() => (
          <PagedResults
            query={mine.query}
            count={mine.items.length}
            texts={{
              none: t('overleg.mine.none'),
              loadMore: t('paging.loadMore'),
              loadingMore: t('paging.loadingMore'),
            }}
          >
            <ActionsTable
              name={{ labelledBy: 'mine-title' }}
              actions={mine.items.map((a) => ({
                ...a,
                mayUpdate: true,
                context: { itemTitle: a.itemTitle, meetingTitle: a.meetingTitle, zelfscan: a.zelfscan },
              }))}
              onChanged={reload}
            />
          </PagedResults>
        )}
      </QueryState>
    </Page>
  );
}
