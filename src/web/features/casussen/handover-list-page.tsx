import { useTranslation } from 'react-i18next';
import type { HandoverPage } from '../../../contract/casus-handover';
import { formatDateTime } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { Page } from '../../ui/list-page';
import { PagedResults, useCursorPages } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';

/** /casussen/overdrachten: what the municipality keeps of the cases it handed over (the fact only), in pages. */
export function HandoverListPage() {
  const { t } = useTranslation();
  const list = useCursorPages({
    key: ['casussen', 'overdrachten'],
    path: '/api/casussen/overdrachten',
    items: (page: HandoverPage) => page.items,
  });
  return (
    <Page title={t('casus.handover.listTitle')} intro={t('casus.handover.listIntro')}>
      <QueryState query={list.query}>
        {() => (
          <PagedResults
            query={list.query}
            count={list.items.length}
            texts={{
              none: t('casus.handover.listNone'),
              loadMore: t('paging.loadMore'),
              loadingMore: t('paging.loadingMore'),
            }}
          >
            <Table
              caption={t('casus.handover.listCaption')}
              head={
                <Tr>
                  <Th>{t('casus.handover.reference')}</Th>
                  <Th>{t('casus.handover.to')}</Th>
                  <Th>{t('casus.handover.at')}</Th>
                  <Th>{t('casus.handover.byWhom')}</Th>
                  <Th>{t('casus.handover.closureReason')}</Th>
                </Tr>
              }
            >
              {list.items.map((h) => (
                <Tr key={h.id}>
                  <Th scope="row">{h.reference}</Th>
                  <Td>{h.to}</Td>
                  <Td nowrap>{formatDateTime(h.handedAt)}</Td>
                  <Td>{h.by ?? t('common.none')}</Td>
                  <Td>{t('casus.handover.overgedragen')}</Td>
                </Tr>
              ))}
            </Table>
          </PagedResults>
        )}
      </QueryState>
      <Paragraph>
        <AppLink to="/casussen">{t('casus.handover.backToList')}</AppLink>
      </Paragraph>
    </Page>
  );
}
