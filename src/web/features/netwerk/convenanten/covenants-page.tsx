import { useTranslation } from 'react-i18next';
import type { CovenantPage, CovenantSummary } from '../../../../contract/netwerk-covenants';
import { useSignedInUser } from '../../../session';
import { formatDay } from '../../../ui/format';
import { AppLink, ButtonLink } from '../../../ui/link';
import { Page } from '../../../ui/list-page';
import { PagedList, useCursorPages } from '../../../ui/paged-results';
import { StatusBadge } from '../../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../../ui/table';
import { COVENANTS_KEY, STATUS_BADGE } from './covenant-api';

/**
 * /netwerk/convenanten: the municipality's covenants on sharing information, the first to end first, with
 * their status (geldig, verloopt, verlopen, concept) and parties. Paged on the server.
 */
export function CovenantsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const list = useCursorPages<CovenantPage, CovenantSummary>({
    key: [...COVENANTS_KEY, 'lijst'],
    path: '/api/netwerk/convenanten',
    items: (p) => p.covenants,
  });
  const manage = user.role === 'aandachtsfunctionaris';
  return (
    <Page
      title={t('covenant.list.title')}
      headingId="covenants-title"
      intro={t('covenant.list.intro')}
      actions={
        <>
          {manage ? (
            <ButtonLink to="/netwerk/convenanten/nieuw" appearance="primary-action">
              {t('covenant.list.new')}
            </ButtonLink>
          ) : null}
          {manage || user.role === 'functioneel_beheerder' ? (
            <ButtonLink to="/netwerk/convenanten/instellingen">{t('covenant.settings.link')}</ButtonLink>
          ) : null}
        </>
      }
    >
      <PagedList
        list={list}
        texts={{
          none: t('covenant.list.none'),
          shown: (count) => t('covenant.list.shown', { count }),
          loadMore: t('covenant.list.loadMore'),
          loadingMore: t('covenant.list.loadingMore'),
        }}
      >
        {(items) => (
          <Table
            labelledBy="covenants-title"
            head={
              <Tr>
                <Th>{t('covenant.fields.title')}</Th>
                <Th>{t('covenant.fields.status')}</Th>
                <Th>{t('covenant.fields.parties')}</Th>
                <Th>{t('covenant.fields.term')}</Th>
              </Tr>
            }
          >
            {items.map((c) => (
              <Tr key={c.id}>
                <Td>
                  <AppLink to={`/netwerk/convenanten/${c.id}`}>{c.title}</AppLink>
                </Td>
                <Td nowrap>
                  <StatusBadge status={STATUS_BADGE[c.status]}>
                    {t(`covenant.status.${c.status}`)}
                  </StatusBadge>
                </Td>
                <Td>{c.parties.map((p) => p.name).join(', ')}</Td>
                <Td nowrap>
                  {c.endsOn
                    ? t('covenant.list.term', { from: formatDay(c.startsOn), until: formatDay(c.endsOn) })
                    : t('covenant.list.termOpen', { from: formatDay(c.startsOn) })}
                </Td>
              </Tr>
            ))}
          </Table>
        )}
      </PagedList>
    </Page>
  );
}
