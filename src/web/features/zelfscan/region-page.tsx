import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RegionOverview } from '../../../contract/zelfscan';
import { apiGet } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../ui/format';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { inLanguage, ZELFSCAN_KEY } from './zelfscan-api';

/**
 * /zelfscan/regio: for a region's policy advisor, each member municipality's latest closed round, per theme the
 * answered questions and how many ja, deels and nee. Municipalities side by side in alphabetical order, not ranked.
 */
export function RegionPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const overview = useQuery({
    queryKey: [...ZELFSCAN_KEY, 'regio'],
    queryFn: () => apiGet<RegionOverview>('/api/zelfscan/regio'),
  });
  return (
    <Page
      title={t('zelfscan.region.title')}
      intro={t('zelfscan.region.intro')}
      before={<BackLink to="/zelfscan">{t('zelfscan.back')}</BackLink>}
    >
      <QueryState query={overview}>
        {(o) => (
          <>
            {o.municipalities.map((m) => (
              <Section key={m.id} id={`region-${m.id}`} title={m.name}>
                {m.round ? (
                  <>
                    <Paragraph>
                      {t('zelfscan.region.round', {
                        title: m.round.title,
                        at: formatDateTime(m.round.closedAt),
                      })}
                    </Paragraph>
                    <Table
                      labelledBy={`region-${m.id}`}
                      head={
                        <Tr>
                          <Th>{t('zelfscan.region.theme')}</Th>
                          <Th>{t('zelfscan.region.answered')}</Th>
                          <Th>{t('zelfscan.answers.ja')}</Th>
                          <Th>{t('zelfscan.answers.deels')}</Th>
                          <Th>{t('zelfscan.answers.nee')}</Th>
                        </Tr>
                      }
                    >
                      {m.themes.map((x) => {
                        const label = o.themes.find((th) => th.key === x.theme)?.label;
                        return (
                          <Tr key={x.theme}>
                            <Th scope="row">{label ? inLanguage(label, language) : x.theme}</Th>
                            <Td>
                              {t('zelfscan.region.of', { answered: x.answered, questions: x.questions })}
                            </Td>
                            <Td>{x.ja}</Td>
                            <Td>{x.deels}</Td>
                            <Td>{x.nee}</Td>
                          </Tr>
                        );
                      })}
                    </Table>
                  </>
                ) : (
                  <Paragraph>{t('zelfscan.region.noRound')}</Paragraph>
                )}
              </Section>
            ))}
          </>
        )}
      </QueryState>
    </Page>
  );
}
