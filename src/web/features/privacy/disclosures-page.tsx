import { useTranslation } from 'react-i18next';
import type { RegisterEntry, RegisterPage } from '../../../contract/privacy-registers';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../ui/format';
import { Page } from '../../ui/list-page';
import { LoadMore, useCursorPages } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';

import { PrivacyRightsNav } from './privacy-rights-nav';

/** A list of disclosures: what, to whom, on which legal basis, by whom and when. */
export function DisclosureTable({
  entries,
  labelledBy,
}: {
  readonly entries: readonly RegisterEntry[];
  /** The id of the heading right above, which names the register shown. */
  readonly labelledBy: string;
}) {
  const { t, i18n } = useTranslation();
  const en = currentLanguage(i18n.language) === 'en';
  if (entries.length === 0) return <Paragraph>{t('dataProtection.disclosures.none')}</Paragraph>;
  return (
    <Table
      labelledBy={labelledBy}
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
          <Td>
            {en ? e.legalBasis.labelEn : e.legalBasis.labelNl}
            {/* The covenant the disclosure relied on (netwerk): its name says it is one, then its article. */}
            {e.covenant ? ` (${e.covenant.title}, ${e.covenant.article})` : null}
          </Td>
          <Td>{e.disclosedByName}</Td>
        </Tr>
      ))}
    </Table>
  );
}

/** /privacy/verstrekkingen: the whole disclosure register of the municipality, newest first, in pages. */
export function DisclosuresPage() {
  const { t } = useTranslation();
  const register = useCursorPages({
    key: ['privacy', 'verstrekkingen'],
    path: '/api/privacy/verstrekkingen',
    items: (page: RegisterPage) => page.items,
  });
  return (
    <Page
      title={t('dataProtection.disclosures.title')}
      headingId="disclosures-title"
      intro={t('dataProtection.disclosures.intro')}
      before={<PrivacyRightsNav />}
    >
      <QueryState query={register.query}>
        {() => (
          <>
            <DisclosureTable entries={register.items} labelledBy="disclosures-title" />
            <LoadMore
              query={register.query}
              texts={{ loadMore: t('paging.loadMore'), loadingMore: t('paging.loadingMore') }}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
