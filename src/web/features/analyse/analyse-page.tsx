import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AnalysisCatalogue,
  AnalysisDimension,
  AnalysisMedian,
  AnalysisPeriod,
  AnalysisReport,
  AnalysisTable,
  AnalysisTrend,
  DerivedJson,
} from '../../../contract/analyse';
import { currentLanguage, type Language } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { DataList } from '../../ui/data-list';
import { CheckboxField, SelectField } from '../../ui/form-field';
import { formatDateTime, formatNumber } from '../../ui/format';
import { ButtonLink } from '../../ui/link';
import { FilterForm, Page, useFilterFields } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { useEmptyFormsOffPaper } from '../../ui/print';
import { Loading, QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { filterCodec, type ListParams, param, useListParams } from '../../ui/use-list-params';
import { type ReportChoice, useCatalogue, useReport, useTrend } from './analyse-api';
import { BarChart, TrendChart } from './analyse-charts';
import {
  type Cell,
  coordinatesKey,
  isSuppressed,
  layoutOf,
  periodsOfKind,
  preferredPeriod,
  REGION_DIMENSION,
  rowsByCoordinates,
  type Series,
  shortPeriodLabel,
  trendRange,
  trendSeries,
} from './figures';
import './analyse.css';

/** The choice of report, kept in the address bar (back, forward and a shared link show the same figures). */
const FILTERS = filterCodec({
  rapport: param.text({ otherwise: 'meldingen-fenomeen' }),
  soort: param.text({ otherwise: 'kwartaal' }),
  periode: param.text(),
  gemeente: param.text(),
  afronden: param.flag(),
});
type Filters = ReturnType<typeof FILTERS.read>;

/** The report whose first table has its own trend chart instead of bars: lines per fenomeen. */
const TREND_ONLY = 'meldingen-fenomeen';

/**
 * The phenomenon analysis: the user picks a report of the fixed catalogue, a period and (a region user) the
 * area; the server publishes the figures under the disclosure rules (src/domain/analyse/disclosure.ts). Each
 * table shows persons and records per cell or the mark ·, the previous period and the change, with the legend
 * under it; the charts show the same cells the same way, the table always under the chart.
 */
export function AnalysePage() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  useEmptyFormsOffPaper();
  return (
    <Page
      title={t('analyse.title')}
      headingId="analyse-title"
      intro={t('analyse.intro')}
      actions={<ButtonLink to="/analyse/documenten">{t('analyse.documents')}</ButtonLink>}
    >
      <div className="duiden-analyse">
        <QueryState query={catalogue}>{(c) => <Analysis catalogue={c} />}</QueryState>
      </div>
    </Page>
  );
}

function Analysis({ catalogue }: { readonly catalogue: AnalysisCatalogue }) {
  const { t } = useTranslation();
  const filters = useListParams(FILTERS);
  const { applied } = filters;
  const newest = preferredPeriod(catalogue.periods, applied.soort) ?? catalogue.periods[0];

  // No period in the address: the newest ended one of the kind, written into the address so a link shows the same.
  useEffect(() => {
    if (applied.periode === '' && newest) filters.change({ periode: newest.id, soort: newest.kind });
  }, [applied.periode, newest, filters.change]);

  const period = catalogue.periods.find((p) => p.id === applied.periode);
  const choice: ReportChoice | null =
    applied.periode === ''
      ? null
      : {
          rapport: applied.rapport,
          periode: applied.periode,
          gemeente: applied.gemeente,
          afronden: applied.afronden,
        };
  const report = useReport(choice);

  if (catalogue.periods.length === 0) return <Paragraph>{t('analyse.noPeriods')}</Paragraph>;
  return (
    <>
      <ChoiceForm catalogue={catalogue} filters={filters} error={report.error} />
      {/* The figures of the previous choice stay while the new ones are read: said so, politely. */}
      {report.isPlaceholderData ? <Loading /> : null}
      <QueryState query={report} showError={false}>
        {(r) => <ReportView report={r} catalogue={catalogue} period={period ?? r.period} filters={applied} />}
      </QueryState>
    </>
  );
}

function ChoiceForm({
  catalogue,
  filters,
  error,
}: {
  readonly catalogue: AnalysisCatalogue;
  readonly filters: ListParams<Filters>;
  readonly error: unknown;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const label = (f: string) => t(`analyse.filters.${f as 'rapport'}`);
  const field = useFilterFields(filters, { error, id: (f) => `analyse-${f}`, label });
  const { draft, setDraft } = filters;
  const kinds = [...new Set(catalogue.periods.map((p) => p.kind))];
  const region = catalogue.municipalities.length > 0;
  const names = ['rapport', 'soort', 'periode', ...(region ? ['gemeente'] : []), 'afronden'];

  return (
    <FilterForm
      id="analyse-filters"
      title={t('analyse.filters.title')}
      error={error}
      fields={names.map((f) => ({ field: f, id: `analyse-${f}`, label: label(f) }))}
      texts={{ apply: t('analyse.filters.apply'), clear: t('analyse.filters.clear') }}
      onApply={filters.apply}
      onClear={filters.clear}
    >
      <div className="duiden-filters">
        <SelectField
          {...field('rapport')}
          options={catalogue.reports.map((r) => ({ value: r.id, label: r.title[language] }))}
        />
        <SelectField
          {...field('soort')}
          onValueChange={(soort) =>
            // Another kind of period: its newest period, so the choice is always one that has figures.
            setDraft((d) => ({ ...d, soort, periode: preferredPeriod(catalogue.periods, soort)?.id ?? '' }))
          }
          options={kinds.map((k) => ({ value: k, label: t(`analyse.kinds.${k}`) }))}
        />
        <SelectField
          {...field('periode')}
          options={periodsOfKind(catalogue.periods, draft.soort).map((p) => ({
            value: p.id,
            label: p.open ? t('analyse.filters.running', { label: p.label[language] }) : p.label[language],
          }))}
        />
        {region ? (
          <SelectField
            {...field('gemeente')}
            options={[
              { value: '', label: t('analyse.filters.wholeRegion', { name: catalogue.scope.name }) },
              ...catalogue.municipalities.map((m) => ({ value: m.id, label: m.name })),
            ]}
          />
        ) : null}
      </div>
      <CheckboxField
        id="analyse-afronden"
        label={t('analyse.filters.afronden')}
        description={t('analyse.filters.afrondenDescription')}
        checked={draft.afronden}
        onCheckedChange={filters.set('afronden')}
      />
    </FilterForm>
  );
}

function ReportView({
  report,
  catalogue,
  period,
  filters,
}: {
  readonly report: AnalysisReport;
  readonly catalogue: AnalysisCatalogue;
  readonly period: AnalysisPeriod;
  readonly filters: Filters;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const first = report.tables[0];
  return (
    <>
      <Section id="analyse-about" title={report.title[language]}>
        <DataList
          items={[
            { key: 'scope', label: t('analyse.about.scope'), value: report.scope.name },
            { key: 'period', label: t('analyse.about.period'), value: report.period.label[language] },
            {
              key: 'previous',
              label: t('analyse.about.previous'),
              value: report.previousPeriod?.label[language] ?? t('analyse.about.noPrevious'),
            },
            { key: 'counting', label: t('analyse.about.counting'), value: report.description[language] },
            {
              key: 'k',
              label: t('analyse.about.k'),
              value: t('analyse.about.kValue', { k: report.rules.k }),
            },
            {
              key: 'rounded',
              label: t('analyse.about.rounded'),
              value: report.rules.rounded ? t('analyse.about.roundedYes') : t('analyse.about.roundedNo'),
            },
            {
              key: 'figures',
              label: t('analyse.about.figures'),
              value: report.computedAt
                ? t('analyse.about.kept', { date: formatDateTime(report.computedAt) })
                : t('analyse.about.running'),
            },
          ]}
        />
        {report.rules.exhausted ? <Alert type="warning">{t('analyse.about.exhausted')}</Alert> : null}
      </Section>
      {first ? (
        <Trend
          rapport={filters.rapport}
          unit={report.unit}
          catalogue={catalogue}
          period={period}
          gemeente={filters.gemeente}
        />
      ) : null}
      {report.tables.map((table, i) => (
        <TableSection key={table.id} report={report} table={table} headingId={`analyse-table-${i}`} />
      ))}
      {report.medians.length > 0 ? <Medians report={report} catalogue={catalogue} /> : null}
    </>
  );
}

/** The legend under every table and chart: what a cell holds, what · means, and the rounding. */
function Legend({
  report,
  unit,
  change = false,
}: {
  readonly report: Pick<AnalysisReport, 'rules' | 'previousPeriod'>;
  readonly unit: string;
  readonly change?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (
    <div className="duiden-analyse__legend">
      <Paragraph small>{t('analyse.legend.cell', { unit })}</Paragraph>
      <Paragraph small>{t('analyse.legend.mark', { k: report.rules.k })}</Paragraph>
      {report.rules.rounded ? <Paragraph small>{t('analyse.legend.rounded')}</Paragraph> : null}
      {change && report.previousPeriod ? (
        <Paragraph small>
          {t('analyse.legend.change', { period: report.previousPeriod.label[language] })}
        </Paragraph>
      ) : null}
    </div>
  );
}

/** A published cell: persons with the records in brackets, or the mark · (read out as "niet getoond"). */
function CellText({ cell }: { readonly cell: Cell | null | undefined }) {
  const { t } = useTranslation();
  if (!cell) return <>{t('common.none')}</>;
  if (isSuppressed(cell)) return <Mark text={t('analyse.table.notShown')} />;
  return (
    <>
      {formatNumber(cell.persons)} ({formatNumber(cell.records)})
    </>
  );
}

function Mark({ text }: { readonly text: string }) {
  return (
    <>
      <span aria-hidden="true" className="duiden-analyse__mark">
        ·
      </span>
      <span className="duiden-visually-hidden">{text}</span>
    </>
  );
}

/** A change in persons, signed (+3, −2, 0), or "niet getoond". */
function DerivedText({
  derived,
  days = false,
}: {
  readonly derived: DerivedJson | null;
  readonly days?: boolean;
}) {
  const { t } = useTranslation();
  if (!derived) return <>{t('common.none')}</>;
  if ('suppressed' in derived) return <>{t('analyse.table.notShown')}</>;
  if (days)
    return <>{t('analyse.medians.days', { count: derived.value, days: formatNumber(derived.value) })}</>;
  const sign = derived.value > 0 ? '+' : derived.value < 0 ? '−' : '';
  return (
    <>
      {sign}
      {formatNumber(Math.abs(derived.value))}
    </>
  );
}

/**
 * One table of the report under its heading: the bars of its subject (except where the trend is its chart),
 * the table, its legend; a region's table also per municipality, in a table of its own.
 */
function TableSection({
  report,
  table,
  headingId,
}: {
  readonly report: AnalysisReport;
  readonly table: AnalysisTable;
  readonly headingId: string;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const layout = layoutOf(table.dimensions);
  const unit = t(`analyse.units.${report.unit}`);
  const title = table.title[language];
  return (
    <Section id={headingId} title={title}>
      {report.report !== TREND_ONLY && layout.rows ? (
        <BarChart
          bars={barsOf(table, layout.rows, language)}
          label={t('analyse.bars.chart', {
            dimension: layout.rows.label[language].toLowerCase(),
            period: report.period.label[language],
          })}
          note={t('analyse.bars.gap')}
          axis={t('analyse.bars.axis')}
        />
      ) : null}
      <FigureTable
        table={table}
        rowDim={layout.rows}
        colDim={layout.columns}
        headingId={headingId}
        unit={report.unit}
      />
      <Legend report={report} unit={unit} change />
      {layout.region ? (
        <Section
          id={`${headingId}-gemeenten`}
          level={3}
          title={t('analyse.table.perMunicipality', { title })}
          className={null}
        >
          <FigureTable
            table={table}
            rowDim={layout.region}
            colDim={layout.columns ?? null}
            headingId={`${headingId}-gemeenten`}
            unit={report.unit}
          />
          <Legend report={report} unit={unit} change />
        </Section>
      ) : null}
    </Section>
  );
}

/**
 * A table of the report's cells: rows by one dimension, columns by another (or one column of persons), a
 * total row and column, then per row the previous period and the change. A dimension not shown is summed
 * over, as the server published it; only the server's cells are shown.
 */
function FigureTable({
  table,
  rowDim,
  colDim,
  headingId,
  unit,
}: {
  readonly table: AnalysisTable;
  readonly rowDim: AnalysisDimension | null;
  readonly colDim: AnalysisDimension | null;
  readonly headingId: string;
  readonly unit: AnalysisReport['unit'];
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const rows = rowsByCoordinates(table);
  const cellHeading = t('analyse.table.cell', { unit: t(`analyse.units.${unit}`) });
  const total = t('analyse.table.total');
  const columns = colDim ? colDim.values.map((v) => ({ code: v.code, label: v.label[language] })) : [];
  const lines = [
    ...(rowDim
      ? rowDim.values.map((v) => ({ code: v.code as string | null, label: v.label[language] }))
      : []),
    { code: null, label: total },
  ];
  const at = (rowCode: string | null, colCode: string | null) => {
    const c: Record<string, string> = {};
    if (rowDim && rowCode !== null) c[rowDim.name] = rowCode;
    if (colDim && colCode !== null) c[colDim.name] = colCode;
    return rows.get(coordinatesKey(c));
  };
  return (
    <Table
      labelledBy={headingId}
      head={
        <Tr>
          <Th>{rowDim ? rowDim.label[language] : total}</Th>
          {columns.map((c) => (
            <Th key={c.code}>{c.label}</Th>
          ))}
          <Th>{colDim ? total : cellHeading}</Th>
          <Th>{t('analyse.table.previous')}</Th>
          <Th>{t('analyse.table.change')}</Th>
        </Tr>
      }
    >
      {lines.map((line) => {
        const whole = at(line.code, null);
        return (
          <Tr key={line.code ?? '_total'}>
            <Th scope="row">{line.label}</Th>
            {columns.map((c) => (
              <Td key={c.code} nowrap>
                <CellText cell={at(line.code, c.code)?.current} />
              </Td>
            ))}
            <Td nowrap>
              <CellText cell={whole?.current} />
            </Td>
            <Td nowrap>
              <CellText cell={whole?.previous} />
            </Td>
            <Td nowrap>
              <DerivedText derived={whole?.change ?? null} />
            </Td>
          </Tr>
        );
      })}
    </Table>
  );
}

function barsOf(table: AnalysisTable, dim: AnalysisDimension, language: Language) {
  const rows = rowsByCoordinates(table);
  return dim.values.flatMap((v) => {
    const row = rows.get(coordinatesKey({ [dim.name]: v.code }));
    return row ? [{ label: v.label[language], cell: row.current }] : [];
  });
}

/** The lead times as medians in days, each with the persons behind it; "niet getoond" where suppressed. */
function Medians({
  report,
  catalogue,
}: {
  readonly report: AnalysisReport;
  readonly catalogue: AnalysisCatalogue;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  // A region user: the region's median and each municipality's, named after the step.
  const named = (m: AnalysisMedian) => {
    const id = m.coordinates?.[REGION_DIMENSION];
    const where = id ? (catalogue.municipalities.find((g) => g.id === id)?.name ?? id) : null;
    return where ? `${m.label[language]} – ${where}` : m.label[language];
  };
  return (
    <Section id="analyse-medians" title={t('analyse.medians.title')}>
      <Table
        labelledBy="analyse-medians"
        head={
          <Tr>
            <Th>{t('analyse.medians.step')}</Th>
            <Th>{t('analyse.medians.median')}</Th>
            <Th>{t('analyse.medians.previous')}</Th>
            <Th>{t('analyse.medians.persons')}</Th>
          </Tr>
        }
      >
        {report.medians.map((m: AnalysisMedian) => (
          <Tr key={`${m.step}:${m.coordinates ? coordinatesKey(m.coordinates) : ''}`}>
            <Th scope="row">{named(m)}</Th>
            <Td nowrap>
              <DerivedText derived={m.current} days />
            </Td>
            <Td nowrap>
              <DerivedText derived={m.previous} days />
            </Td>
            <Td nowrap>
              {isSuppressed(m.count) ? (
                <Mark text={t('analyse.table.notShown')} />
              ) : (
                formatNumber(m.count.persons)
              )}
            </Td>
          </Tr>
        ))}
      </Table>
      <Paragraph small>{t('analyse.medians.legend', { k: report.rules.k })}</Paragraph>
      <Paragraph small>{t('analyse.legend.mark', { k: report.rules.k })}</Paragraph>
    </Section>
  );
}

/** The report's first table over the last periods up to the chosen one: lines, with its own table below. */
function Trend({
  rapport,
  unit,
  catalogue,
  period,
  gemeente,
}: {
  /** The report chosen (the figures shown may still be the previous choice's while the new ones are read). */
  readonly rapport: string;
  readonly unit: AnalysisReport['unit'];
  readonly catalogue: AnalysisCatalogue;
  readonly period: AnalysisPeriod;
  readonly gemeente: string;
}) {
  const range = trendRange(catalogue.periods, period);
  const trend = useTrend({ rapport, soort: period.kind, gemeente, ...range });
  const { t } = useTranslation();
  return (
    <Section id="analyse-trend" title={t('analyse.trend.title')}>
      {trend.isPlaceholderData ? <Loading /> : null}
      <QueryState query={trend}>{(tr) => <TrendView trend={tr} unit={unit} />}</QueryState>
    </Section>
  );
}

function TrendView({
  trend,
  unit,
}: {
  readonly trend: AnalysisTrend;
  readonly unit: AnalysisReport['unit'];
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const total = t('analyse.table.total');
  const series = trendSeries(trend, language, total);
  const periods = trend.periods.map((p) => p.label[language]);
  const from = periods[0] ?? '';
  const to = periods[periods.length - 1] ?? '';
  const kind = trend.periods[0] ? t(`analyse.kinds.${trend.periods[0].kind}`).toLowerCase() : '';
  const dimension = layoutOf(trend.dimensions).rows?.label[language].toLowerCase() ?? total.toLowerCase();
  const lines = series.filter((s) => !s.total);
  if (series.length === 0 || periods.length === 0) return <Paragraph>{t('analyse.trend.none')}</Paragraph>;
  return (
    <>
      <Paragraph>{t('analyse.trend.intro', { title: trend.title[language], kind, from, to })}</Paragraph>
      {lines.length > 0 ? (
        <TrendChart
          periods={trend.periods.map((p) => shortPeriodLabel(p.id, language))}
          lines={lines}
          label={t('analyse.trend.chart', { dimension, kind, from, to })}
          note={t('analyse.trend.gap')}
          axis={t('analyse.bars.axis')}
        />
      ) : null}
      <Section id="analyse-trend-table" level={3} title={t('analyse.trend.tableTitle')} className={null}>
        <TrendTable
          series={series}
          periods={periods}
          head={layoutOf(trend.dimensions).rows?.label[language] ?? total}
        />
        <Legend report={{ rules: trend.rules, previousPeriod: null }} unit={t(`analyse.units.${unit}`)} />
      </Section>
    </>
  );
}

function TrendTable({
  series,
  periods,
  head,
}: {
  readonly series: readonly Series[];
  readonly periods: readonly string[];
  readonly head: string;
}) {
  return (
    <Table
      labelledBy="analyse-trend-table"
      head={
        <Tr>
          <Th>{head}</Th>
          {periods.map((p) => (
            <Th key={p}>{p}</Th>
          ))}
        </Tr>
      }
    >
      {series.map((s) => (
        <Tr key={s.key}>
          <Th scope="row">{s.label}</Th>
          {periods.map((p, i) => (
            <Td key={p} nowrap>
              <CellText cell={s.cells[i]} />
            </Td>
          ))}
        </Tr>
      ))}
    </Table>
  );
}
