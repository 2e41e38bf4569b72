import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../api';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';

interface HandedOver {
  readonly id: string;
  readonly reference: string;
  readonly to: string;
  readonly handedAt: string;
  readonly by: string | null;
}

/** /casussen/overdrachten: what the municipality keeps of the cases it handed over (the fact only). */
export function HandoverListPage() {
  const { t } = useTranslation();
  usePageTitle(t('casus.handover.listTitle'));
  const list = useQuery({
    queryKey: ['casussen', 'overdrachten'],
    queryFn: () => apiGet<HandedOver[]>('/api/casussen/overdrachten'),
  });
  return (
    <>
      <Heading level={1}>{t('casus.handover.listTitle')}</Heading>
      <Paragraph>{t('casus.handover.listIntro')}</Paragraph>
      {list.isPending ? <Loading /> : null}
      {list.error ? <LoadError error={list.error} /> : null}
      {list.data && list.data.length === 0 ? <Paragraph>{t('casus.handover.listNone')}</Paragraph> : null}
      {list.data && list.data.length > 0 ? (
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
          {list.data.map((h) => (
            <Tr key={h.id}>
              <Th scope="row">{h.reference}</Th>
              <Td>{h.to}</Td>
              <Td nowrap>{formatDateTime(h.handedAt)}</Td>
              <Td>{h.by ?? t('common.none')}</Td>
              <Td>{t('casus.handover.overgedragen')}</Td>
            </Tr>
          ))}
        </Table>
      ) : null}
      <Paragraph>
        <AppLink to="/casussen">{t('casus.handover.backToList')}</AppLink>
      </Paragraph>
    </>
  );
}
