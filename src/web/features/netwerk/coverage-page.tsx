import { useTranslation } from 'react-i18next';
import { PARTNER_DOMAINS } from '../../../domain/netwerk/partners';
import { useSignedInUser } from '../../session';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { ListsForms } from './lists-forms';
import { netwerkPage, useCoverage, useLabel } from './netwerk-api';
import { mayManageNetwork } from './partners-page';

/**
 * /netwerk/dekking: how many partner organisations work in each district, per domain; an empty cell is a gap
 * in the network. Organisations only, never persons. A partner for the whole municipality counts everywhere.
 */
export function CoveragePage() {
  const { t } = useTranslation();
  const label = useLabel();
  const coverage = useCoverage();
  const user = useSignedInUser();
  return (
    <Page
      title={t('netwerk.coverage.title')}
      headingId="netwerk-coverage"
      before={<BackLink to={netwerkPage}>{t('netwerk.backToRegister')}</BackLink>}
      intro={t('netwerk.coverage.intro')}
    >
      <QueryState query={coverage}>
        {(c) =>
          c.rows.length === 0 ? (
            <Paragraph>{t('netwerk.coverage.noDistricts')}</Paragraph>
          ) : (
            <>
              <Paragraph>
                {t('netwerk.coverage.summary', { partners: c.partners, citywide: c.citywide })}
              </Paragraph>
              <Table
                labelledBy="netwerk-coverage"
                head={
                  <Tr>
                    <Th>{t('netwerk.coverage.district')}</Th>
                    {c.domains.map((d) => (
                      <Th key={d}>{label(PARTNER_DOMAINS[d])}</Th>
                    ))}
                    <Th>{t('netwerk.coverage.gaps')}</Th>
                  </Tr>
                }
              >
                {c.rows.map((r) => (
                  <Tr key={r.district.id}>
                    <Th scope="row">{r.district.name}</Th>
                    {r.counts.map((n, i) => (
                      <Td key={c.domains[i]}>{n === 0 ? t('netwerk.coverage.gap') : n}</Td>
                    ))}
                    <Td>{r.gaps}</Td>
                  </Tr>
                ))}
              </Table>
            </>
          )
        }
      </QueryState>
      {mayManageNetwork(user.role) ? <ListsForms /> : null}
    </Page>
  );
}
