import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { WorklistPage } from '../../../contract/meldingen';
import { apiGet } from '../../api';
import { Button, ButtonGroup } from '../../ui/button';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink, ButtonLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { worklistKey } from './meldingen-api';

/**
 * /mijn-meldingen: a partner's own submissions, with the coarse status the meldpunt shares with the
 * reporter. The meldpunt's own work on them (steps, category, notes) is not theirs to see.
 */
export function MySignalsPage() {
  const { t } = useTranslation();
  usePageTitle(t('meldpunt.mine.title'));
  const list = useInfiniteQuery({
    queryKey: [...worklistKey, 'mine'],
    queryFn: ({ pageParam }) =>
      apiGet<WorklistPage>(`/api/meldingen${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ''}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <Heading level={1}>{t('meldpunt.mine.title')}</Heading>
      <Paragraph>{t('meldpunt.mine.intro')}</Paragraph>
      <ButtonGroup>
        <ButtonLink to="/mijn-meldingen/nieuw" appearance="primary-action">
          {t('meldpunt.mine.newSignal')}
        </ButtonLink>
      </ButtonGroup>
      {list.isPending ? <Loading /> : null}
      {list.error ? <LoadError error={list.error} /> : null}
      {list.data && items.length === 0 ? <Paragraph>{t('meldpunt.mine.none')}</Paragraph> : null}
      {items.length > 0 ? (
        <Table
          caption={t('meldpunt.mine.title')}
          captionHidden
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
          {items.map((s) => (
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
      ) : null}
      {list.hasNextPage ? (
        <ButtonGroup>
          <Button
            busy={list.isFetchingNextPage}
            onClick={() => !list.isFetchingNextPage && void list.fetchNextPage()}
          >
            {list.isFetchingNextPage ? t('meldpunt.worklist.loadingMore') : t('meldpunt.worklist.loadMore')}
          </Button>
        </ButtonGroup>
      ) : null}
    </>
  );
}
