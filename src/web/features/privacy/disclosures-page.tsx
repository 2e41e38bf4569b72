import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../contract/privacy-registers';
import { apiGet } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { PrivacyRightsNav } from './privacy-rights-nav';

/** A list of disclosures: what, to whom, on which legal basis, by whom and when. */
export function DisclosureTable({
  entries,
  caption,
}: {
  readonly entries: readonly RegisterEntry[];
  readonly caption: string;
}) {
  const { t, i18n } = useTranslation();
  const en = currentLanguage(i18n.language) === 'en';
  if (entries.length === 0) return <Paragraph>{t('dataProtection.disclosures.none')}</Paragraph>;
  return (
    <Table
      caption={caption}
      head={
        <Tr>
          <Th>{t('dataProtection.disclosures.when')}</Th>
          <Th>{t('dataProtection.disclosures.what')}</Th>
          <Th>{t('dataProtection.disclosures.to')}</Th>
          <Th>{t('dataProtection.disclosures.basis')}</Th>
          <Th>{t('dataProtection.disclosures.by')}</Th>
        </Tr>
      }
    >
      {entries.map((e) => (
        <Tr key={e.id}>
          <Td>{formatDateTime(e.disclosedAt)}</Td>
          <Td>
            {t(`dataProtection.disclosures.kinds.${e.objectType}`, { defaultValue: e.objectType })}:{' '}
            {e.description}
            {e.restricted ? ` (${t('dataProtection.disclosures.restricted')})` : ''}
          </Td>
          <Td>{e.recipient}</Td>
          <Td>{en ? e.legalBasis.labelEn : e.legalBasis.labelNl}</Td>
          <Td>{e.disclosedByName}</Td>
        </Tr>
      ))}
    </Table>
  );
}

/** /privacy/verstrekkingen: the whole disclosure register of the municipality. */
export function DisclosuresPage() {
  const { t } = useTranslation();
  usePageTitle(t('dataProtection.disclosures.title'));
  const register = useQuery({
    queryKey: ['privacy', 'verstrekkingen'],
    queryFn: () => apiGet<RegisterEntry[]>('/api/privacy/verstrekkingen'),
  });
  return (
    <>
      <PrivacyRightsNav />
      <Heading level={1}>{t('dataProtection.disclosures.title')}</Heading>
      <Paragraph>{t('dataProtection.disclosures.intro')}</Paragraph>
      {register.isPending ? <Loading /> : null}
      {register.error ? <LoadError error={register.error} /> : null}
      {register.data ? (
        <DisclosureTable entries={register.data} caption={t('dataProtection.disclosures.title')} />
      ) : null}
    </>
  );
}
