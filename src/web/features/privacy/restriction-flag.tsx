import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Restriction } from '../../../contract/privacy-rights';
import { apiGet } from '../../api';
import { Alert } from '../../ui/alert';
import { formatDateTime } from '../../ui/format';
import { Paragraph } from '../../ui/paragraph';

/**
 * The flag of a restriction of processing (art. 18 AVG), shown wherever the person is shown: while it is
 * active, the record may be kept but not otherwise processed without the person's consent.
 */
export function RestrictionFlag({ personId }: { readonly personId: string }) {
  const { t } = useTranslation();
  const restrictions = useQuery({
    queryKey: ['privacy', 'beperkingen', personId],
    queryFn: () => apiGet<Restriction[]>(`/api/personen/${encodeURIComponent(personId)}/beperkingen`),
  });
  if (!restrictions.data || restrictions.data.length === 0) return null;
  return (
    <Alert type="warning">
      {restrictions.data.map((r) => (
        <Paragraph key={r.id}>
          {t('dataProtection.subject.flag', {
            scope: r.scope,
            reason: r.reason,
            at: formatDateTime(r.createdAt),
          })}
        </Paragraph>
      ))}
    </Alert>
  );
}
