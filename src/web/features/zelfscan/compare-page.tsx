import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Comparison } from '../../../contract/zelfscan';
import { apiGet } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { inLanguage, roundKey, roundPath } from './zelfscan-api';

const KINDS = ['ja', 'deels', 'nee', 'nvt', 'open'] as const;

/**
 * /zelfscan/rondes/:id/vergelijking: the round against the previous closed round, per theme and part: how many
 * answers of each kind, then and now, and the questions whose answer changed. Counts only, never a score.
 */
export function ComparePage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { id = '' } = useParams();
  const comparison = useQuery({
    queryKey: [...roundKey(id), 'vergelijking'],
    queryFn: () => apiGet<Comparison>(`${roundPath(id)}/vergelijking`),
  });
  return (
    <QueryState query={comparison}>
      {(c) => (
        <Page
          title={t('zelfscan.compare.title', { title: c.round.title })}
          intro={
            c.previous
              ? t('zelfscan.compare.intro', { previous: c.previous.title })
              : t('zelfscan.compare.noPrevious')
          }
          before={
            <BackLink to={`/zelfscan/rondes/${id}`}>
              {t('zelfscan.backToRound', { title: c.round.title })}
            </BackLink>
          }
        >
          <Section id="compare-counts" title={t('zelfscan.compare.counts')}>
            <Paragraph>{t('zelfscan.compare.countsIntro')}</Paragraph>
            <Table
              labelledBy="compare-counts"
              head={
                <Tr>
                  <Th>{t('zelfscan.compare.group')}</Th>
                  {KINDS.map((k) => (
                    <Th key={k}>{t(`zelfscan.compare.kinds.${k}`)}</Th>
                  ))}
                </Tr>
              }
            >
              {c.groups.map((g) => (
                <Tr key={`${g.theme}/${g.part ?? ''}`}>
                  <Th scope="row">
                    {g.part ? '— ' : ''}
                    {inLanguage(g.label, language)}
                  </Th>
                  {KINDS.map((k) => (
                    <Td key={k}>
                      {g.previous
                        ? t('zelfscan.compare.nowThen', { now: g.current[k], before: g.previous[k] })
                        : g.current[k]}
                    </Td>
                  ))}
                </Tr>
              ))}
            </Table>
          </Section>
          <Section id="compare-changed" title={t('zelfscan.compare.changed')}>
            {c.changed.length === 0 ? (
              <Paragraph>{t('zelfscan.compare.noneChanged')}</Paragraph>
            ) : (
              <Table
                labelledBy="compare-changed"
                head={
                  <Tr>
                    <Th>{t('zelfscan.question')}</Th>
                    <Th>{t('zelfscan.themePart')}</Th>
                    <Th>{t('zelfscan.compare.before')}</Th>
                    <Th>{t('zelfscan.compare.now')}</Th>
                  </Tr>
                }
              >
                {c.changed.map((x) => (
                  <Tr key={x.questionKey}>
                    <Td>{inLanguage(x.question, language)}</Td>
                    <Td>
                      {inLanguage(x.theme, language)} · {inLanguage(x.part, language)}
                    </Td>
                    <Td>{x.previous ? t(`zelfscan.answers.${x.previous}`) : t('zelfscan.answer.none')}</Td>
                    <Td>{x.current ? t(`zelfscan.answers.${x.current}`) : t('zelfscan.answer.none')}</Td>
                  </Tr>
                ))}
              </Table>
            )}
          </Section>
        </Page>
      )}
    </QueryState>
  );
}
