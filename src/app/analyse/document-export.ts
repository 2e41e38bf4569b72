import writeXlsxFile from 'write-excel-file/node';
import type {
  AnalysisReport,
  AnalysisRow,
  AnalysisTable,
  CellMarkJson,
  DerivedJson,
  ExportQuery,
} from '../../contract/analyse.js';
import type { VersionRecord } from '../../db/analyse-documents.js';
import { listFenomenen } from '../../db/analyse-documents.js';
import { findLegalBasis } from '../../db/overleggen/settings.js';
import { insertRegisterEntry, legalBasisByCode } from '../../db/privacy-disclosures.js';
import {
  csvLine,
  MARK_LEGEND,
  rulesLine,
  SECTION_FIELD_LABELS,
  SECTION_FIELDS,
  SPOKESPERSON_RULE,
  SUPPRESSED_MARK,
  WHOLE_SECTION,
  WHOLE_SECTION_LABEL,
} from '../../domain/analyse/document.js';
import type { MinutesLine, MinutesSection } from '../overleg/minutes-document.js';
import { renderPdf } from '../overleg/minutes-pdf.js';
import { type Ctx, fieldError, logDenied, type Result } from '../overleg/results.js';
import { ownVersion } from './documents.js';

/**
 * The exports of an approved version: PDF (the minutes' renderer) and CSV for Dutch Excel. Each file carries
 * the factsheet's rule for spokespeople, the disclosure rules the version used and the legend of the mark, and
 * each export is logged and registered as a disclosure of aggregates (object type 'analysis_export').
 */

export type ExportFormat = 'pdf' | 'csv' | 'xlsx';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The recipient of an export when the request names none. */
export const DEFAULT_RECIPIENT = 'Gemeenteraad en college (geaggregeerde cijfers)';
/**
 * The basis when the request names none: the figures are aggregates made for the municipality's public task
 * (policy on public order and safety), art. 6(1)(e) AVG; no personal data is provided.
 */
export const DEFAULT_EXPORT_BASIS = 'avg_art_6_1_e';

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'long',
  timeStyle: 'short',
});
const fileDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', dateStyle: 'short' });

/** The lines every export carries, in Dutch (the documents go to the council and the college). */
/** A report whose protection needed more work than its bound: it publishes nothing (contract `rules.exhausted`). */
export const EXHAUSTED_NL =
  'dit rapport publiceert voor deze periode geen cijfers: er zijn zoveel kleine aantallen dat beschermen ervan meer rekenwerk vraagt dan de grens toestaat.';

export function exportStamp(rules: VersionRecord['rules']): string[] {
  return [SPOKESPERSON_RULE.nl, rulesLine(rules).nl, MARK_LEGEND.nl];
}

const UNIT_NL: Record<AnalysisReport['unit'], string> = {
  meldingen: 'meldingen',
  casussen: 'casussen',
  maatregelen: 'maatregelen',
};

function coordinatesText(table: AnalysisTable, row: AnalysisRow): string {
  const parts = table.dimensions.flatMap((d) => {
    const code = row.coordinates[d.name];
    if (code === undefined) return [];
    const value = d.values.find((v) => v.code === code)?.label.nl ?? code;
    return [`${d.label.nl}: ${value}`];
  });
  return parts.length === 0 ? 'Totaal' : parts.join(', ');
}

/** A median's step, and for a region's municipality its name (from the report's gemeente dimension). */
function medianLabel(r: AnalysisReport, m: AnalysisReport['medians'][number]): string {
  const code = m.coordinates?.gemeente;
  if (!code) return m.label.nl;
  const name = r.tables
    .flatMap((t) => t.dimensions)
    .find((d) => d.name === 'gemeente')
    ?.values.find((v) => v.code === code)?.label.nl;
  return `${m.label.nl}, ${name ?? code}`;
}

function cellText(c: CellMarkJson, unit: string): string {
  if ('suppressed' in c) return SUPPRESSED_MARK;
  return `${c.persons} personen, ${c.records} ${unit}${c.rounded ? ' (afgerond)' : ''}`;
}

function derivedText(d: DerivedJson | null, suffix: string): string | null {
  if (!d) return null;
  if ('suppressed' in d) return SUPPRESSED_MARK;
  return `${d.value}${suffix}${d.rounded ? ' (afgerond)' : ''}`;
}

function sectionLabels(fenomenen: ReadonlyArray<{ code: string; nl: string }>): (code: string) => string {
  const names = new Map(fenomenen.map((f) => [f.code, f.nl]));
  return (code) => (code === WHOLE_SECTION ? WHOLE_SECTION_LABEL.nl : (names.get(code) ?? code));
}

/** The texts first (the whole, then the fenomenen in the list's order), then every report's tables. */
export function versionSections(
  v: VersionRecord,
  fenomenen: ReadonlyArray<{ code: string; nl: string }>,
): MinutesSection[] {
  const label = sectionLabels(fenomenen);
  const order = [WHOLE_SECTION, ...fenomenen.map((f) => f.code)];
  const keys = Object.keys(v.texts).sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib);
  });
  const sections: MinutesSection[] = keys.map((key) => {
    const s = v.texts[key];
    return {
      heading: label(key),
      lines: SECTION_FIELDS.filter((f) => s?.[f]).map((f) => ({
        label: SECTION_FIELD_LABELS[f].nl,
        text: s?.[f] ?? '',
      })),
    };
  });
  for (const r of v.figures) {
    const unit = UNIT_NL[r.unit];
    for (const table of r.tables) {
      sections.push({
        heading: `${r.title.nl}: ${table.title.nl} (${r.period.label.nl})`,
        lines: (r.rules.exhausted ? [{ label: 'Let op', text: EXHAUSTED_NL } as MinutesLine] : []).concat(
          table.rows.map((row): MinutesLine => {
            const extra = [
              row.previous ? `vorige periode ${cellText(row.previous, unit)}` : null,
              derivedText(row.change, ' personen') && `verandering ${derivedText(row.change, ' personen')}`,
              derivedText(row.share, '%') && `aandeel ${derivedText(row.share, '%')}`,
            ].filter(Boolean);
            return {
              label: coordinatesText(table, row),
              text: `${cellText(row.current, unit)}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`,
            };
          }),
        ),
      });
    }
    if (r.medians.length > 0) {
      sections.push({
        heading: `${r.title.nl}: doorlooptijden (${r.period.label.nl})`,
        lines: r.medians.map((m) => ({
          label: medianLabel(r, m),
          text: `mediaan ${derivedText(m.current, ' dagen')} (${cellText(m.count, unit)})`,
        })),
      });
    }
  }
  return sections;
}

export function versionPdf(
  v: VersionRecord,
  fenomenen: ReadonlyArray<{ code: string; nl: string }>,
): Promise<Buffer> {
  const stamp = exportStamp(v.rules);
  return renderPdf({
    title: v.title,
    subtitle: `Fenomeenanalyse ${v.period}, versie ${v.number}`,
    subject: 'Fenomeenanalyse (geaggregeerde cijfers)',
    header: [
      { label: 'Vastgesteld', text: `${dateTime.format(v.approvedAt)} door ${v.approvedByName}` },
      { label: 'Drempel', text: `${v.rules.k} personen per cel` },
      { label: 'Afgerond', text: v.rules.rounded ? 'ja, op veelvouden van 5' : 'nee' },
    ],
    sections: versionSections(v, fenomenen),
    footer: stamp.join(' '),
    stamp: stamp.join('\n'),
  });
}

type ExportValue = string | number;

/**
 * The figures of a version as lines for a spreadsheet: the stamp first, then one line per cell (current and
 * previous period) with report, table, coordinates, persons and records, or the mark, and a line per median
 * (persons behind it, the median in days). The CSV and the spreadsheet are written from these same lines.
 */
export function versionLines(v: VersionRecord): ExportValue[][] {
  const lines: ExportValue[][] = exportStamp(v.rules).map((s) => [s]);
  lines.push([`${v.title}, versie ${v.number}, vastgesteld ${dateTime.format(v.approvedAt)}`]);
  for (const r of v.figures) if (r.rules.exhausted) lines.push([`${r.title.nl}: ${EXHAUSTED_NL}`]);
  lines.push([]);
  lines.push(['rapport', 'tabel', 'coordinaten', 'periode', 'personen', 'aantal', 'eenheid', 'markering']);
  for (const r of v.figures) {
    for (const table of r.tables) {
      for (const row of table.rows) {
        const cells: Array<[string, CellMarkJson | null]> = [
          [r.period.label.nl, row.current],
          [r.previousPeriod?.label.nl ?? '', row.previous],
        ];
        for (const [period, cell] of cells) {
          if (!cell) continue;
          const base = [r.title.nl, table.title.nl, coordinatesText(table, row), period];
          lines.push(
            'suppressed' in cell
              ? [...base, '', '', r.unit, SUPPRESSED_MARK]
              : [...base, cell.persons, cell.records, r.unit, cell.rounded ? 'afgerond' : ''],
          );
        }
      }
    }
  }
  for (const r of v.figures) {
    for (const m of r.medians) {
      const base = [r.title.nl, 'Doorlooptijden', medianLabel(r, m), r.period.label.nl];
      const persons = 'suppressed' in m.count ? '' : m.count.persons;
      lines.push(
        'suppressed' in m.current
          ? [...base, persons, '', 'dagen (mediaan)', SUPPRESSED_MARK]
          : [...base, persons, m.current.value, 'dagen (mediaan)', m.current.rounded ? 'afgerond' : ''],
      );
    }
  }
  return lines;
}

/** The figures as CSV for Dutch Excel: UTF-8 with a byte order mark, ';' separated, CRLF; no text starts a formula. */
export function versionCsv(v: VersionRecord): string {
  return `\uFEFF${versionLines(v)
    .map((l) => (l.length === 0 ? '' : csvLine(l)))
    .join('\r\n')}\r\n`;
}

/**
 * The figures as a spreadsheet (Office Open XML, `write-excel-file`): the same lines as the CSV in one sheet,
 * counts as numbers; every text is written as a text cell, so nothing in it is read as a formula.
 */
export async function versionXlsx(v: VersionRecord): Promise<Buffer> {
  const rows = versionLines(v).map((l) =>
    l.map((value) => (typeof value === 'number' ? { value, type: Number } : { value, type: String })),
  );
  return writeXlsxFile(rows, { sheet: `Fenomeenanalyse ${v.period}` }).toBuffer();
}

export interface ExportFile {
  readonly body: Buffer | string;
  readonly contentType: string;
  readonly fileName: string;
}

/**
 * Makes the export of a version for its recipient, then logs it and registers it as a disclosure of
 * aggregates, in one transaction, before the file is handed out.
 */
export async function exportAnalysisVersion(
  ctx: Ctx,
  id: string,
  versionId: string,
  format: ExportFormat,
  query: ExportQuery,
): Promise<Result<ExportFile>> {
  const v = await ownVersion(ctx, id, versionId);
  if (!v) return logDenied(ctx, 'analysis_version', versionId);
  const recipient = query.ontvanger?.trim() || DEFAULT_RECIPIENT;
  let basis: string | null;
  if (query.grondslag) {
    basis = (await findLegalBasis(ctx.db, query.grondslag, ctx.actor.tenantId))?.id ?? null;
    if (!basis)
      return fieldError(
        'grondslag',
        'Kies een grondslag uit de lijst.',
        'Choose a legal basis from the list.',
      );
  } else {
    basis = await legalBasisByCode(ctx.db, ctx.actor.tenantId, DEFAULT_EXPORT_BASIS);
    if (!basis) {
      return fieldError(
        'grondslag',
        'Kies de grondslag waarop de cijfers worden verstrekt.',
        'Choose the legal basis on which the figures are provided.',
      );
    }
  }
  const fenomenen = await listFenomenen(ctx.db, ctx.actor.tenantId);
  const body =
    format === 'pdf'
      ? await versionPdf(v, fenomenen)
      : format === 'xlsx'
        ? await versionXlsx(v)
        : versionCsv(v);
  await ctx.db.tx(async (q) => {
    await insertRegisterEntry(q, {
      tenantId: ctx.actor.tenantId,
      objectType: 'analysis_export',
      objectId: v.id,
      description: `Fenomeenanalyse ${v.period}, versie ${v.number} (${format.toUpperCase()}, geaggregeerde cijfers)`,
      recipientOrganisationId: null,
      recipientDescription: recipient,
      legalBasisId: basis as string,
      disclosedBy: ctx.actor.userId,
      disclosedAt: ctx.now,
      casusId: null,
      personId: null,
    });
    await ctx.audit(q, { action: 'export', objectType: 'analysis_version', objectId: v.id });
  });
  const name = `fenomeenanalyse-${v.period}-v${v.number}-${fileDay.format(ctx.now)}.${format}`;
  return {
    ok: true,
    body,
    contentType: CONTENT_TYPES[format],
    fileName: name,
  };
}
