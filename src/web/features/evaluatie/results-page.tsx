import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisTable, CellMarkJson } from '../../../contract/analyse';
import type { ResultsReport } from '../../../contract/evaluatie-results';
import { apiGet } from '../../api';
import { currentLanguage, type Language } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { SelectField } from '../../ui/form-field';
import { formatNumber } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';

/** The cell as shown: persons (results), or the mark of a suppressed cell. */
function cellText(cell: CellMarkJson | undefined): string {
  if (!cell || 'suppressed' in cell) return '·';
  return `${formatNumber(cell.persons)} (${formatNumber(cell.records)})`;
}

/**
 * One protected table: the rows are the values of its first dimension (and a total), the columns those of its
 * second (and a total). Every number is one the server published; nothing is summed here.
 */
function ResultTable({
  table,
  language,
  id,
  level,
}: {
  readonly table: AnalysisTable;
  readonly language: Language;
  readonly id: string;
  readonly level: 2 | 3;
}) {
  const { t } = useTranslation();
  const [rowDim, colDim] = table.dimensions;
  if (!rowDim || !colDim) return null;
  const cellAt = (row: string | null, col: string | null) =>
    table.rows.find((r) => {
      const c = r.coordinates;
      const keys = Object.keys(c).length;
      const want = (row ? 1 : 0) + (col ? 1 : 0);
      return keys === want && (!row || c[rowDim.name] === row) && (!col || c[colDim.name] === col);
    });
  const rows = [
    ...rowDim.values.map((v) => ({ code: v.code as string | null, label: v.label[language] })),
    { code: null, label: t('evaluatieResultaten.total') },
  ];
  const cols = [
    ...colDim.values.map((v) => ({ code: v.code as string | null, label: v.label[language] })),
    { code: null, label: t('evaluatieResultaten.total') },
  ];
  return (
    <Section id={id} title={table.title[language]} level={level}>
      <Table
        labelledBy={id}
        head={
          <Tr>
            <Th>{rowDim.label[language]}</Th>
            {cols.map((c) => (
              <Th key={c.code ?? '*'}>{c.label}</Th>
            ))}
            <Th>{t('evaluatieResultaten.share')}</Th>
          </Tr>
        }
      >
        {rows.map((r) => {
          const total = cellAt(r.code, null);
          const share = total?.share;
          return (
            <Tr key={r.code ?? '*'}>
              <Th scope="row">{r.label}</Th>
              {cols.map((c) => (
                <Td key={c.code ?? '*'}>{cellText(cellAt(r.code, c.code)?.current)}</Td>
              ))}
              <Td>
                {share && 'value' in share ? `${formatNumber(share.value)}%` : r.code === null ? '' : '·'}
              </Td>
            </Tr>
          );
        })}
      </Table>
    </Section>
  );
}

/** /evaluatie/resultaten: the results of ended measures counted across cases, every cell protected. */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [year, setYear] = useState('');
  const report = useQuery({
    queryKey: ['evaluatie', 'resultaten', year],
    queryFn: () => apiGet<ResultsReport>(`/api/evaluatie/resultaten${year ? `?jaar=${year}` : ''}`),
  });
  return (
    <Page
      title={t('evaluatieResultaten.results.title')}
      intro={t('evaluatieResultaten.results.intro')}
      before={<BackLink to="/evaluatie">{t('evaluatieResultaten.back')}</BackLink>}
    >
      <QueryState query={report}>
        {(r) => (
          <>
            <SelectField
              id="results-year"
              label={t('evaluatieResultaten.results.year')}
              value={r.period.id}
              onValueChange={setYear}
              options={r.years.map((y) => ({ value: y, label: y }))}
            />
            <Paragraph>{r.description[language]}</Paragraph>
            <Paragraph>
              {t('evaluatieResultaten.results.legend', { k: r.rules.k, scope: r.scope.name })}
            </Paragraph>
            {r.rules.exhausted ? (
              <Alert type="warning">
                <Paragraph>{t('evaluatieResultaten.results.exhausted')}</Paragraph>
              </Alert>
            ) : null}
            {r.tables.length === 0 ? <Paragraph>{t('evaluatieResultaten.results.none')}</Paragraph> : null}
            {r.tables.map((table) => (
              <ResultTable
                key={table.id}
                table={table}
                language={language}
                id={`results-${table.id}`}
                level={2}
              />
            ))}
            {r.elements.length > 0 ? (
              <Section id="results-elements" title={t('evaluatieResultaten.results.elementsTitle')}>
                <Paragraph>{t('evaluatieResultaten.results.elementsIntro')}</Paragraph>
                {r.elements.map((table) => (
                  <ResultTable
                    key={table.id}
                    table={table}
                    language={language}
                    id={`results-${table.id}`}
                    level={3}
                  />
                ))}
              </Section>
            ) : null}
            <Paragraph>
              <AppLink to="/evaluatie/werkzame-elementen">{t('evaluatieResultaten.elements.title')}</AppLink>
            </Paragraph>
          </>
        )}
      </QueryState>
    </Page>
  );
}
