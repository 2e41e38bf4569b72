import type {
  AnalysisDimension,
  AnalysisPeriod,
  AnalysisRow,
  AnalysisTable,
  AnalysisTrend,
  CellMarkJson,
} from '../../../contract/analyse';
import type { Language } from '../../i18n/i18n';

/**
 * Reading the published figures for tables and charts alike: a cell is counts or suppressed, and both show it
 * the same way. Nothing here computes a figure the server did not publish (no sums, no shares of our own):
 * a total worked out in the browser could undo the suppression.
 */

export type Cell = CellMarkJson;

export function isSuppressed(cell: Cell): cell is { suppressed: true } {
  return 'suppressed' in cell;
}

/** The persons of a published cell; null when it is suppressed. */
export function personsOf(cell: Cell): number | null {
  return isSuppressed(cell) ? null : cell.persons;
}

/** A key for coordinates regardless of the order of their names (`{}` is the grand total). */
export function coordinatesKey(coordinates: Readonly<Record<string, string>>): string {
  return Object.keys(coordinates)
    .sort()
    .map((k) => `${k}=${coordinates[k]}`)
    .join('&');
}

/** The rows of a table by their coordinates. */
export function rowsByCoordinates(table: AnalysisTable): ReadonlyMap<string, AnalysisRow> {
  return new Map(table.rows.map((r) => [coordinatesKey(r.coordinates), r]));
}

export function valueLabel(dimension: AnalysisDimension, code: string, language: Language): string {
  return dimension.values.find((v) => v.code === code)?.label[language] ?? code;
}

/** The periods of one kind, newest first (as the catalogue lists them). */
export function periodsOfKind(periods: readonly AnalysisPeriod[], kind: string): AnalysisPeriod[] {
  return periods.filter((p) => p.kind === kind);
}

/**
 * The period a kind opens on: its newest ended period, whose figures are kept (every reader sees the same);
 * the running one only when none has ended yet.
 */
export function preferredPeriod(
  periods: readonly AnalysisPeriod[],
  kind: string,
): AnalysisPeriod | undefined {
  const ofKind = periodsOfKind(periods, kind);
  return ofKind.find((p) => !p.open) ?? ofKind[0];
}

/** How many periods a trend shows, by kind: two years of quarters, a year of months. */
const TREND_LENGTH: Record<string, number> = { jaar: 5, halfjaar: 6, kwartaal: 8, maand: 12 };

/** The first and last period of the trend that ends with the chosen period (oldest first). */
export function trendRange(
  periods: readonly AnalysisPeriod[],
  chosen: AnalysisPeriod,
): { van: string; tot: string } {
  const ofKind = periodsOfKind(periods, chosen.kind);
  const at = Math.max(
    0,
    ofKind.findIndex((p) => p.id === chosen.id),
  );
  const span = ofKind.slice(at, at + (TREND_LENGTH[chosen.kind] ?? 8));
  return { van: span[span.length - 1]?.id ?? chosen.id, tot: chosen.id };
}

/** The dimension that rolls a region up from its municipalities. */
export const REGION_DIMENSION = 'gemeente';

export interface Layout {
  /** The table's subject (fenomeen, kanaal, uitkomst): the dimension with the most values. */
  readonly rows: AnalysisDimension | null;
  /** The split beside it (meldingen and adviesvragen apart), when the table has one. */
  readonly columns: AnalysisDimension | null;
  /** A region's table: its municipalities, shown in a table of their own. */
  readonly region: AnalysisDimension | null;
}

/**
 * How a table is laid out: rows by its subject, the dimension with the most values (a long table reads better
 * than a wide one), columns by the other; the region's municipalities apart.
 */
export function layoutOf(dimensions: readonly AnalysisDimension[]): Layout {
  const region = dimensions.find((d) => d.name === REGION_DIMENSION) ?? null;
  const [a, b] = dimensions.filter((d) => d.name !== REGION_DIMENSION);
  if (!a) return { rows: region, columns: null, region: null };
  if (!b) return { rows: a, columns: null, region };
  return b.values.length >= a.values.length
    ? { rows: b, columns: a, region }
    : { rows: a, columns: b, region };
}

export interface Series {
  readonly key: string;
  readonly label: string;
  readonly total: boolean;
  readonly cells: readonly Cell[];
}

/**
 * The series of a trend: one per value of the table's subject (a line in the chart, e.g. per fenomeen), in the
 * dimension's order, then the total (in the table only, so it does not flatten the lines).
 */
export function trendSeries(trend: AnalysisTrend, language: Language, totalLabel: string): Series[] {
  const { rows } = layoutOf(trend.dimensions);
  const byKey = new Map(trend.series.map((s) => [coordinatesKey(s.coordinates), s]));
  const lines: Series[] = rows
    ? rows.values.flatMap((v) => {
        const key = coordinatesKey({ [rows.name]: v.code });
        const s = byKey.get(key);
        return s ? [{ key, label: v.label[language], total: false, cells: s.cells }] : [];
      })
    : [];
  const total = byKey.get('');
  return total ? [...lines, { key: '', label: totalLabel, total: true, cells: total.cells }] : lines;
}

const SHORT_MONTH: Record<Language, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }),
};

/** A period as short as an axis needs it: "K3 2026" (Q3 2026), "H1 2026", "mrt. 2026", "2026". */
export function shortPeriodLabel(id: string, language: Language): string {
  const [year, part] = id.split('-');
  if (!part) return id;
  if (part.startsWith('K')) return `${language === 'en' ? 'Q' : 'K'}${part.slice(1)} ${year}`;
  if (part.startsWith('H')) return `${part} ${year}`;
  const month = SHORT_MONTH[language].format(new Date(Date.UTC(Number(year), Number(part) - 1, 1)));
  return `${month} ${year}`;
}
