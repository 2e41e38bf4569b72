import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../api';
import { formatDateTime } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { ListState, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { Table, Td, Th, Tr } from '../../ui/table';

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
  const list = useQuery({
    queryKey: ['casussen', 'overdrachten'],
    queryFn: () => apiGet<HandedOver[]>('/api/casussen/overdrachten'),
  });
  return (
    <Page title={t('casus.handover.listTitle')} intro={t('casus.handover.listIntro')}>
      <ListState query={list} none={t('casus.handover.listNone')}>
        {(handedOver) => (
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
            {handedOver.map((h) => (
              <Tr key={h.id}>
                <Th scope="row">{h.reference}</Th>
                <Td>{h.to}</Td>
                <Td nowrap>{formatDateTime(h.handedAt)}</Td>
                <Td>{h.by ?? t('common.none')}</Td>
                <Td>{t('casus.handover.overgedragen')}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </ListState>
      <Paragraph>
        <AppLink to="/casussen">{t('casus.handover.backToList')}</AppLink>
      </Paragraph>
    </Page>
  );
}
