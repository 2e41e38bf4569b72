import { useTranslation } from 'react-i18next';
import type { WorklistPage } from '../../../contract/meldingen';
import { formatDateTime } from '../../ui/format';
import { AppLink, ButtonLink } from '../../ui/link';
import { Page } from '../../ui/list-page';
import { PagedResults, useCursorPages } from '../../ui/paged-results';
import { QueryState } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { worklistKey } from './meldingen-api';

/**
 * /mijn-meldingen: a partner's own submissions, with the coarse status the meldpunt shares with the
 * reporter. The meldpunt's own work on them (steps, category, notes) is not theirs to see.
 */
export function MySignalsPage() {
  const { t } = useTranslation();
  const list = useCursorPages({
    key: [...worklistKey, 'mine'],
    path: '/api/meldingen',
    items: (p: WorklistPage) => p.items,
  });

  return (
    <Page
      title={t('meldpunt.mine.title')}
      headingId="mine-title"
      intro={t('meldpunt.mine.intro')}
      actions={
        <ButtonLink to="/mijn-meldingen/nieuw" appearance="primary-action">
          {t('meldpunt.mine.newSignal')}
        </ButtonLink>
      }
    >
      <QueryState query={list.query}>
        {() => (
          <PagedResults
            query={list.query}
            count={list.items.length}
            texts={{
              none: t('meldpunt.mine.none'),
              loadMore: t('meldpunt.worklist.loadMore'),
              loadingMore: t('meldpunt.worklist.loadingMore'),
            }}
          >
            <Table
              labelledBy="mine-title"
              head={
                <Tr>
                  <Th>{t('meldpunt.worklist.columns.reference')}</Th>
                  <Th>{t('meldpunt.worklist.columns.received')}</Th>
                  <Th>{t('meldpunt.worklist.columns.kind')}</Th>
                  <Th>{t('meldpunt.worklist.columns.status')}</Th>
                  <Th>{t('meldpunt.worklist.columns.summary')}</Th>
                </Tr>
              }
            >
              {list.items.map((s) => (
                <Tr key={s.id}>
                  <Td nowrap>
                    <AppLink to={`/mijn-meldingen/${s.id}`}>{s.reference}</AppLink>
                  </Td>
                  <Td nowrap>
                    <time dateTime={s.receivedAt}>{formatDateTime(s.receivedAt)}</time>
                  </Td>
                  <Td>{t(`meldpunt.kinds.${s.kind}`)}</Td>
                  <Td>{t(`meldpunt.publicStatuses.${s.publicStatus}`)}</Td>
                  <Td className="duiden-cell-text">{s.summary}</Td>
                </Tr>
              ))}
            </Table>
          </PagedResults>
        )}
      </QueryState>
    </Page>
  );
}
