import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SubjectRequest } from '../../../contract/privacy-rights';
import { apiGet } from '../../api';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { requestsKey } from './subject-requests-page';

/** On the privacy dashboard: how many requests of persons concerned are still open. */
export function OpenRequestsNotice() {
  const { t } = useTranslation();
  const requests = useQuery({
    queryKey: requestsKey,
    queryFn: () => apiGet<SubjectRequest[]>('/api/privacy/verzoeken'),
  });
  if (!requests.data) return null;
  const open = requests.data.filter((r) => r.status === 'open').length;
  return (
    <Paragraph>
      {open > 0
        ? t('dataProtection.subject.openRequests', { count: open })
        : t('dataProtection.subject.noOpenRequests')}{' '}
      <AppLink to="/privacy/verzoeken">{t('dataProtection.subject.openRequestsLink')}</AppLink>
    </Paragraph>
  );
}
