import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RequestPage } from '../../../contract/privacy-rights';
import { apiGet } from '../../api';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { requestsKey } from './subject-requests-page';

/** On the privacy dashboard: how many requests of persons concerned are still open. */
export function OpenRequestsNotice() {
  const { t } = useTranslation();
  // The page says how many are open, whatever it shows: one request of one row.
  const requests = useQuery({
    queryKey: [...requestsKey, 'open'],
    queryFn: () => apiGet<RequestPage>('/api/privacy/verzoeken?status=open&limit=1'),
  });
  if (!requests.data) return null;
  const open = requests.data.openCount;
  return (
    <Paragraph>
      {open > 0
        ? t('dataProtection.subject.openRequests', { count: open })
        : t('dataProtection.subject.noOpenRequests')}{' '}
      <AppLink to="/privacy/verzoeken">{t('dataProtection.subject.openRequestsLink')}</AppLink>
    </Paragraph>
  );
}
