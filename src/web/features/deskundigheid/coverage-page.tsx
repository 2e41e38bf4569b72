import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DerivedJson } from '../../../contract/analyse';
import type {
  CountMark,
  CoverageFigure,
  CoverageGroupJson,
  CoverageReport,
} from '../../../contract/deskundigheid-coverage';
import { apiGet } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { formatDay, formatNumber } from '../../ui/format';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { BarChart, TrendChart } from '../analyse/analyse-charts';
import type { Cell } from '../analyse/figures';
import '../analyse/analyse.css';

/*
 * /deskundigheid/dekking: the coverage of the curriculum. Every figure is the server's protected one; a
 * suppressed count or share is "·" in the table and a gap or "·" in the chart, as in the analysis. Nothing is
 * summed or divided here.
 */

const countText = (m: CountMark) => ('value' in m ? formatNumber(m.value) : '·');
const shareText = (s: DerivedJson) => ('value' in s ? `${formatNumber(s.value)}%` : '·');
/** A share as the charts take a cell (the charts draw what they are given, suppressed as a gap or "·"). */
const shareCell = (s: DerivedJson): Cell =>
  'value' in s ? { persons: s.value, records: s.value } : { suppressed: true };
const countCell = (m: CountMark): Cell =>
  'value' in m ? { persons: m.value, records: m.value } : { suppressed: true };

function FigureCells({ figure }: { readonly figure: CoverageFigure }) {
  return (
    <>
      <Td>{countText(figure.trained)}</Td>
      <Td>{countText(figure.people)}</Td>
      <Td>{shareText(figure.share)}</Td>
    </>
  );
}

function FigureHead({ first }: { readonly first: string }) {
  const { t } = useTranslation();
  return (
    <Tr>
      <Th>{first}</Th>
      <Th>{t('deskundigheidDekking.trained')}</Th>
      <Th>{t('deskundigheidDekking.people')}</Th>
      <Th>{t('deskundigheidDekking.share')}</Th>
    </Tr>
  );
}

function ByGroup({ report }: { readonly report: CoverageReport }) {
  const { t } = useTranslation();
  return (
    <Section id="dekking-doelgroepen" title={t('deskundigheidDekking.groups.title')}>
      <Paragraph>{t('deskundigheidDekking.groups.intro')}</Paragraph>
      <BarChart
        bars={report.groups.map((g) => ({ label: g.name, cell: shareCell(g.figure.share) }))}
        label={t('deskundigheidDekking.groups.chart')}
        note={t('deskundigheidDekking.chartNote')}
        axis={t('deskundigheidDekking.shareAxis')}
      />
      <Table
        caption={t('deskundigheidDekking.groups.table')}
        head={<FigureHead first={t('deskundigheidDekking.group')} />}
      >
        {report.groups.map((g) => (
          <Tr key={g.id}>
            <Th scope="row">
              {g.name} ({t(`deskundigheidDekking.levels.${g.requiredLevel}`)})
            </Th>
            <FigureCells figure={g.figure} />
          </Tr>
        ))}
        <Tr>
          <Th scope="row">{t('deskundigheidDekking.allGroups')}</Th>
          <FigureCells figure={report.total} />
        </Tr>
      </Table>
    </Section>
  );
}

function ByUnit({ report, side }: { readonly report: CoverageReport; readonly side: 'eigen' | 'partner' }) {
  const { t } = useTranslation();
  const groups = report.groups.filter((g) => g.side === side && g.units.length > 0);
  if (groups.length === 0) return null;
  const rows = groups.flatMap((g: CoverageGroupJson) =>
    g.units.map((u) => ({
      key: `${g.id}:${u.name}`,
      label: `${g.name}: ${u.name || '–'}`,
      figure: u.figure,
    })),
  );
  const id = side === 'eigen' ? 'dekking-afdelingen' : 'dekking-organisaties';
  return (
    <Section id={id} title={t(`deskundigheidDekking.units.${side}.title`)}>
      <BarChart
        bars={rows.map((r) => ({ label: r.label, cell: shareCell(r.figure.share) }))}
        label={t(`deskundigheidDekking.units.${side}.chart`)}
        note={t('deskundigheidDekking.chartNote')}
        axis={t('deskundigheidDekking.shareAxis')}
      />
      <Table
        caption={t(`deskundigheidDekking.units.${side}.table`)}
        head={<FigureHead first={t(`deskundigheidDekking.units.${side}.unit`)} />}
      >
        {rows.map((r) => (
          <Tr key={r.key}>
            <Th scope="row">{r.label}</Th>
            <FigureCells figure={r.figure} />
          </Tr>
        ))}
      </Table>
    </Section>
  );
}

function OverTime({ report }: { readonly report: CoverageReport }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const quarters = report.trend.quarters;
  return (
    <Section id="dekking-tijd" title={t('deskundigheidDekking.trend.title')}>
      <Paragraph>{t('deskundigheidDekking.trend.intro')}</Paragraph>
      <TrendChart
        periods={quarters.map((q) => q.label[language])}
        lines={report.trend.groups.map((g) => ({
          key: g.id,
          label: g.name,
          cells: g.figures.map((f) => shareCell(f.share)),
        }))}
        label={t('deskundigheidDekking.trend.chart')}
        note={t('deskundigheidDekking.chartNote')}
        axis={t('deskundigheidDekking.shareAxis')}
      />
      <Table
        caption={t('deskundigheidDekking.trend.table')}
        head={
          <Tr>
            <Th>{t('deskundigheidDekking.group')}</Th>
            {quarters.map((q) => (
              <Th key={q.id}>{q.label[language]}</Th>
            ))}
          </Tr>
        }
      >
        {report.trend.groups.map((g) => (
          <Tr key={g.id}>
            <Th scope="row">{g.name}</Th>
            {g.figures.map((f, i) => (
              <Td key={quarters[i]?.id ?? i}>
                {shareText(f.share)} ({countText(f.trained)}/{countText(f.people)})
              </Td>
            ))}
          </Tr>
        ))}
      </Table>
    </Section>
  );
}

function BySector({ report }: { readonly report: CoverageReport }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const s = report.sectors;
  return (
    <Section id="dekking-sectoren" title={t('deskundigheidDekking.sectors.title')}>
      <Paragraph>
        {t('deskundigheidDekking.sectors.intro', { from: formatDay(s.from), to: formatDay(report.day) })}
      </Paragraph>
      {s.rows.length === 0 ? (
        <Paragraph>{t('deskundigheidDekking.sectors.none')}</Paragraph>
      ) : (
        <>
          <BarChart
            bars={s.rows.map((r) => ({ label: r.label[language], cell: countCell(r.participants) }))}
            label={t('deskundigheidDekking.sectors.chart')}
            note={t('deskundigheidDekking.chartNote')}
            axis={t('deskundigheidDekking.participants')}
          />
          <Table
            caption={t('deskundigheidDekking.sectors.table')}
            head={
              <Tr>
                <Th>{t('deskundigheidDekking.sector')}</Th>
                <Th>{t('deskundigheidDekking.participants')}</Th>
              </Tr>
            }
          >
            {s.rows.map((r) => (
              <Tr key={r.sector}>
                <Th scope="row">{r.label[language]}</Th>
                <Td>{countText(r.participants)}</Td>
              </Tr>
            ))}
            <Tr>
              <Th scope="row">{t('deskundigheidDekking.total')}</Th>
              <Td>{countText(s.total)}</Td>
            </Tr>
          </Table>
        </>
      )}
    </Section>
  );
}

export function CoveragePage() {
  const { t } = useTranslation();
  const report = useQuery({
    queryKey: ['deskundigheid', 'dekking'],
    queryFn: () => apiGet<CoverageReport>('/api/deskundigheid/dekking'),
  });
  return (
    <Page
      title={t('deskundigheidDekking.title')}
      intro={t('deskundigheidDekking.intro')}
      before={<BackLink to="/deskundigheid">{t('deskundigheidDekking.back')}</BackLink>}
    >
      <QueryState query={report}>
        {(r) => (
          <>
            <Paragraph>{t('deskundigheidDekking.legend', { k: r.k, day: formatDay(r.day) })}</Paragraph>
            {r.exhausted ? (
              <Alert type="warning">
                <Paragraph>{t('deskundigheidDekking.exhausted')}</Paragraph>
              </Alert>
            ) : null}
            {r.groups.length === 0 ? <Paragraph>{t('deskundigheidDekking.none')}</Paragraph> : null}
            <ByGroup report={r} />
            <ByUnit report={r} side="eigen" />
            <ByUnit report={r} side="partner" />
            <OverTime report={r} />
            <BySector report={r} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
