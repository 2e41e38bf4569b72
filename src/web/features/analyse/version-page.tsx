import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type {
  AnalysisMedian,
  AnalysisReport,
  AnalysisRow,
  AnalysisTable,
  AnalysisVersion,
  CellMarkJson,
  DerivedJson,
} from '../../../contract/analyse';
import { SUPPRESSED_MARK } from '../../../domain/analyse/document';
import { currentLanguage } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { DataList } from '../../ui/data-list';
import { TextField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { TextsView } from './document-page';
import { documentPage, useAnalysisSections, useAnalysisVersion, versionPath } from './documents-api';

/** /analyse/documenten/:id/versies/:versionId: an approved version as it was frozen, and its downloads. */
export function VersionPage() {
  const { id = '', versionId = '' } = useParams();
  const version = useAnalysisVersion(id, versionId);
  return <QueryState query={version}>{(v) => <VersionScreen version={v} />}</QueryState>;
}

function VersionScreen({ version: v }: { readonly version: AnalysisVersion }) {
  const { t } = useTranslation();
  const sections = useAnalysisSections();
  const path = versionPath(v.documentId, v.id);
  return (
    <Page
      title={t('analyseDocument.version.pageTitle', { title: v.title, number: v.number })}
      before={<BackLink to={documentPage(v.documentId)}>{t('analyseDocument.version.back')}</BackLink>}
    >
      <Alert type="warning">
        <Paragraph>
          <strong>{t('analyseDocument.version.spokesperson')}</strong>
        </Paragraph>
        <Paragraph>
          {t('analyseDocument.version.rulesText', { k: v.rules.k })}{' '}
          {v.rules.rounded ? t('analyseDocument.version.roundedYes') : t('analyseDocument.version.roundedNo')}
        </Paragraph>
        <Paragraph>{t('analyseDocument.version.legend')}</Paragraph>
      </Alert>
      <DataList
        items={[
          {
            key: 'approved',
            label: t('analyseDocument.version.approvedBy'),
            value: t('analyseDocument.version.approvedByText', {
              at: formatDateTime(v.approvedAt),
              name: v.approvedByName,
            }),
          },
          { key: 'period', label: t('analyseDocument.version.period'), value: v.period },
        ]}
      />
      <Downloads path={path} />
      <Section id="analyse-version-texts" title={t('analyseDocument.version.textsTitle')}>
        <QueryState query={sections}>{(s) => <TextsView texts={v.texts} sections={s} />}</QueryState>
      </Section>
      <Section id="analyse-version-figures" title={t('analyseDocument.version.figuresTitle')}>
        {v.reports.length === 0 ? <Paragraph>{t('analyseDocument.version.noFigures')}</Paragraph> : null}
        {v.reports.map((r) => (
          <ReportFigures key={r.report} report={r} />
        ))}
      </Section>
    </Page>
  );
}

/**
 * The downloads: each is logged and registered as a disclosure, to the council and the college unless another
 * recipient is named here (the address carries it, so the register names who the file went to).
 */
function Downloads({ path }: { readonly path: string }) {
  const { t } = useTranslation();
  const [recipient, setRecipient] = useState('');
  const query = recipient.trim() ? `?${new URLSearchParams({ ontvanger: recipient.trim() })}` : '';
  return (
    <Section id="analyse-version-downloads" title={t('analyseDocument.version.downloadsTitle')}>
      <Paragraph>{t('analyseDocument.version.downloadsIntro')}</Paragraph>
      <TextField
        id="analyse-recipient"
        label={t('analyseDocument.version.recipient')}
        description={t('analyseDocument.version.recipientDescription')}
        optional
        value={recipient}
        onValueChange={setRecipient}
        maxLength={200}
      />
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link utrecht-link--html-a" href={`${path}/export.pdf${query}`} download>
            {t('analyseDocument.version.pdf')}
          </a>
        </li>
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link utrecht-link--html-a" href={`${path}/export.csv${query}`} download>
            {t('analyseDocument.version.csv')}
          </a>
        </li>
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link utrecht-link--html-a" href={`${path}/export.xlsx${query}`} download>
            {t('analyseDocument.version.xlsx')}
          </a>
        </li>
      </ul>
    </Section>
  );
}

function useFigureTexts() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const rounded = (x: { rounded?: true }) => (x.rounded ? ` ${t('analyseDocument.version.rounded')}` : '');
  const cell = (c: CellMarkJson | null, part: 'persons' | 'records'): string =>
    c === null ? '' : 'suppressed' in c ? SUPPRESSED_MARK : `${c[part]}${rounded(c)}`;
  const derived = (d: DerivedJson | null, suffix = ''): string =>
    d === null ? '' : 'suppressed' in d ? SUPPRESSED_MARK : `${d.value}${suffix}${rounded(d)}`;
  const coordinates = (table: AnalysisTable, row: AnalysisRow): string => {
    const parts = table.dimensions.flatMap((d) => {
      const code = row.coordinates[d.name];
      if (code === undefined) return [];
      return [`${d.label[language]}: ${d.values.find((x) => x.code === code)?.label[language] ?? code}`];
    });
    return parts.length === 0 ? t('analyseDocument.version.total') : parts.join(', ');
  };
  /** A median's step, and for a region's municipality its name (from the report's gemeente dimension). */
  const medianLabel = (r: AnalysisReport, m: AnalysisMedian): string => {
    const code = m.coordinates?.gemeente;
    if (!code) return m.label[language];
    const name = r.tables
      .flatMap((x) => x.dimensions)
      .find((d) => d.name === 'gemeente')
      ?.values.find((v) => v.code === code)?.label[language];
    return `${m.label[language]}, ${name ?? code}`;
  };
  return { language, cell, derived, coordinates, medianLabel, t };
}

/** One frozen report: each table simply, the mark where a cell is not shown (the analysis page draws charts). */
function ReportFigures({ report: r }: { readonly report: AnalysisReport }) {
  const { language, cell, derived, coordinates, medianLabel, t } = useFigureTexts();
  const headingId = `analyse-report-${r.report}`;
  return (
    <Section
      id={headingId}
      level={3}
      title={`${r.title[language]} (${r.period.label[language]})`}
      className={null}
    >
      <Paragraph small>{r.description[language]}</Paragraph>
      {r.tables.map((table) => (
        <Table
          key={table.id}
          caption={table.title[language]}
          head={
            <Tr>
              <Th>{t('analyseDocument.version.columns.cell')}</Th>
              <Th>{t('analyseDocument.version.columns.persons')}</Th>
              <Th>{t('analyseDocument.version.columns.records')}</Th>
              <Th>{t('analyseDocument.version.columns.previous')}</Th>
              <Th>{t('analyseDocument.version.columns.change')}</Th>
              <Th>{t('analyseDocument.version.columns.share')}</Th>
            </Tr>
          }
        >
          {table.rows.map((row) => (
            <Tr key={JSON.stringify(row.coordinates)}>
              <Th scope="row">{coordinates(table, row)}</Th>
              <Td>{cell(row.current, 'persons')}</Td>
              <Td>{cell(row.current, 'records')}</Td>
              <Td>{cell(row.previous, 'persons')}</Td>
              <Td>{derived(row.change)}</Td>
              <Td>{derived(row.share, '%')}</Td>
            </Tr>
          ))}
        </Table>
      ))}
      {r.medians.length > 0 ? (
        <Table
          caption={t('analyseDocument.version.mediansTitle')}
          head={
            <Tr>
              <Th>{t('analyseDocument.version.columns.cell')}</Th>
              <Th>{t('analyseDocument.version.median')}</Th>
              <Th>{t('analyseDocument.version.behind')}</Th>
            </Tr>
          }
        >
          {r.medians.map((m) => (
            <Tr key={`${m.step} ${JSON.stringify(m.coordinates ?? {})}`}>
              <Th scope="row">{medianLabel(r, m)}</Th>
              <Td>{derived(m.current)}</Td>
              <Td>{cell(m.count, 'persons')}</Td>
            </Tr>
          ))}
        </Table>
      ) : null}
    </Section>
  );
}
