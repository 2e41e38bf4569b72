import { type Static, Type } from 'typebox';
import {
  PERIOD_KINDS,
  REPORT_IDS,
  REPORT_UNITS,
  STATISTICS_EXCLUSIONS,
} from '../domain/analyse/catalogue.js';
import { DateOnly, fillIn, Label, Nullable, Opt, Ref, Timestamp, Uuid, Version } from './primitives.js';

/**
 * The phenomenon analysis (fenomeenanalyse): protected figures of a fixed catalogue of reports, the analysis
 * document with its frozen versions, and the exports. No figure names a person and nothing links a figure to a
 * record: a cell is published as counts or suppressed, the same way in tables, charts and exports.
 */

export const ReportIdSchema = Type.Enum(REPORT_IDS);
export const PeriodKindSchema = Type.Enum(PERIOD_KINDS);
/** '2025', '2025-H1', '2025-K3' or '2025-03'. */
export const PeriodId = Type.String({
  pattern: '^[0-9]{4}(-(H[12]|K[1-4]|(0[1-9]|1[0-2])))?$',
  maxLength: 7,
});

/**
 * One cell as published: distinct persons and the records (signals, cases or measures) counted with them, or
 * suppressed. Every suppressed cell carries the same mark ("·" with the legend), primary or secondary alike, so
 * the mark itself says nothing about how small the cell is.
 */
export const CellMarkSchema = Type.Union([
  Type.Object({
    persons: Type.Integer({ minimum: 0 }),
    records: Type.Integer({ minimum: 0 }),
    /** Set when the report was published rounded to multiples of 5. */
    rounded: Type.Optional(Type.Literal(true)),
  }),
  Type.Object({ suppressed: Type.Literal(true) }),
]);
export type CellMarkJson = Static<typeof CellMarkSchema>;

/** A derived figure (a change, a share, a median): the value, or why it is not shown. */
export const DerivedSchema = Type.Union([
  Type.Object({ value: Type.Number(), rounded: Type.Optional(Type.Literal(true)) }),
  /** count: a count behind it is suppressed; base: fewer than k persons stand behind it. */
  Type.Object({ suppressed: Type.Union([Type.Literal('count'), Type.Literal('base')]) }),
]);
export type DerivedJson = Static<typeof DerivedSchema>;

export const PeriodSchema = Type.Object({
  id: PeriodId,
  kind: PeriodKindSchema,
  label: Label,
  /** First day, and the day after the last (Europe/Amsterdam). */
  start: DateOnly,
  end: DateOnly,
  /** The period has not ended: its figures are provisional and protected again on every request. */
  open: Type.Optional(Type.Literal(true)),
});
export type AnalysisPeriod = Static<typeof PeriodSchema>;

export const DimensionSchema = Type.Object({
  /** 'soort', 'fenomeen', 'kanaal', 'melder', 'uitkomst', 'weging', 'fase', 'situatie', 'leeftijd', 'reden', 'spoor', 'type', 'gemeente'. */
  name: Type.String(),
  label: Label,
  values: Type.Array(Type.Object({ code: Type.String(), label: Label })),
});
export type AnalysisDimension = Static<typeof DimensionSchema>;

/**
 * One row of a table: its coordinates (a dimension left out is the total over it; `{}` is the grand total), the
 * cell in the period and in the previous period, the change in persons, and the share of the persons in the
 * table's total. All from the one protected report.
 */
export const RowSchema = Type.Object({
  coordinates: Type.Record(Type.String(), Type.String()),
  current: CellMarkSchema,
  previous: Nullable(CellMarkSchema),
  change: Nullable(DerivedSchema),
  share: Nullable(DerivedSchema),
});
export type AnalysisRow = Static<typeof RowSchema>;

export const TableSchema = Type.Object({
  id: Type.String(),
  title: Label,
  dimensions: Type.Array(DimensionSchema),
  /** Every cell of the table: inner cells and every total. */
  rows: Type.Array(RowSchema),
});
export type AnalysisTable = Static<typeof TableSchema>;

export const MedianSchema = Type.Object({
  step: Type.String(),
  label: Label,
  /** Days. */
  current: DerivedSchema,
  previous: Nullable(DerivedSchema),
  /** The persons behind the median. */
  count: CellMarkSchema,
  /** A region user: `{ gemeente: <id> }` for a municipality's median; absent for the scope's own. */
  coordinates: Type.Optional(Type.Record(Type.String(), Type.String())),
});
export type AnalysisMedian = Static<typeof MedianSchema>;

export const RulesSchema = Type.Object({
  k: Type.Integer(),
  method: Type.Literal('cell-suppression-audited'),
  rounded: Type.Boolean(),
  /**
   * A table of the report needed more work to protect than the bound allows (mostly small cells): it publishes
   * nothing, every cell is suppressed.
   */
  exhausted: Type.Optional(Type.Literal(true)),
});
export type AnalysisRules = Static<typeof RulesSchema>;

export const ScopeSchema = Type.Object({
  kind: Type.Union([Type.Literal('gemeente'), Type.Literal('regio')]),
  id: Uuid,
  name: Type.String(),
});

export const ReportSchema = Type.Object({
  report: ReportIdSchema,
  title: Label,
  /** What the report counts and how, in words for the reader (who is counted where, what is left out). */
  description: Label,
  unit: Type.Enum(REPORT_UNITS),
  period: PeriodSchema,
  previousPeriod: Nullable(PeriodSchema),
  scope: ScopeSchema,
  rules: RulesSchema,
  /** When the figures of this ended period were protected and kept; absent for a period still running. */
  computedAt: Type.Optional(Timestamp),
  tables: Type.Array(TableSchema),
  medians: Type.Array(MedianSchema),
});
export type AnalysisReport = Static<typeof ReportSchema>;

export const ReportQuery = Type.Object({
  rapport: fillIn(Type.String({ maxLength: 60 }), 'Kies een rapport.', 'Choose a report.'),
  periode: fillIn(Type.String({ maxLength: 7 }), 'Kies een periode.', 'Choose a period.'),
  /** A region user: one municipality of the region instead of the whole region. */
  gemeente: Type.Optional(Uuid),
  /** Publish the counts rounded to multiples of 5. */
  afronden: Type.Optional(Type.Boolean()),
});
export type ReportQuery = Static<typeof ReportQuery>;

/** A trend: one report's first table over consecutive periods of one kind, each period protected on its own. */
export const TrendQuery = Type.Object({
  rapport: fillIn(Type.String({ maxLength: 60 }), 'Kies een rapport.', 'Choose a report.'),
  soort: fillIn(Type.String({ maxLength: 10 }), 'Kies de soort periode.', 'Choose the kind of period.'),
  van: fillIn(Type.String({ maxLength: 7 }), 'Kies de eerste periode.', 'Choose the first period.'),
  tot: fillIn(Type.String({ maxLength: 7 }), 'Kies de laatste periode.', 'Choose the last period.'),
  gemeente: Type.Optional(Uuid),
});
export type TrendQuery = Static<typeof TrendQuery>;

export const TrendSchema = Type.Object({
  report: ReportIdSchema,
  title: Label,
  scope: ScopeSchema,
  rules: RulesSchema,
  periods: Type.Array(PeriodSchema),
  /** The table's dimensions (without the period). */
  dimensions: Type.Array(DimensionSchema),
  /** One series per row of the table (e.g. per fenomeen), a cell per period in the order of `periods`. */
  series: Type.Array(
    Type.Object({
      coordinates: Type.Record(Type.String(), Type.String()),
      cells: Type.Array(CellMarkSchema),
    }),
  ),
});
export type AnalysisTrend = Static<typeof TrendSchema>;

/** What the analysis screen offers: the reports, the periods with data, the scopes the user may choose. */
export const CatalogueSchema = Type.Object({
  reports: Type.Array(
    Type.Object({ id: ReportIdSchema, title: Label, description: Label, unit: Type.Enum(REPORT_UNITS) }),
  ),
  /** The periods from the first signal to today, newest first, per kind. */
  periods: Type.Array(PeriodSchema),
  scope: ScopeSchema,
  /** A region user: the municipalities of the region. */
  municipalities: Type.Array(Ref),
  k: Type.Integer(),
});
export type AnalysisCatalogue = Static<typeof CatalogueSchema>;

// The analysis document.

/** The analyst's words on one fenomeen or on the whole: nature, volume, development and risks. */
export const SectionTexts = Type.Object({
  aard: Type.String({ maxLength: 8000 }),
  omvang: Type.String({ maxLength: 8000 }),
  ontwikkeling: Type.String({ maxLength: 8000 }),
  risicos: Type.String({ maxLength: 8000 }),
});
export type SectionTexts = Static<typeof SectionTexts>;

/** Keys: 'geheel' and the fenomeen codes. */
export const DocumentTexts = Type.Record(Type.String({ pattern: '^[a-z0-9_]{2,60}$' }), SectionTexts);
export type DocumentTexts = Static<typeof DocumentTexts>;

export const DocumentSummarySchema = Type.Object({
  id: Uuid,
  title: Type.String(),
  period: PeriodId,
  updatedAt: Timestamp,
  updatedBy: Nullable(Type.String()),
  versions: Type.Integer(),
  lastApprovedAt: Nullable(Timestamp),
});
export type AnalysisDocumentSummary = Static<typeof DocumentSummarySchema>;

export const VersionSummarySchema = Type.Object({
  id: Uuid,
  number: Type.Integer(),
  approvedAt: Timestamp,
  approvedByName: Type.String(),
  rules: RulesSchema,
});
export type AnalysisVersionSummary = Static<typeof VersionSummarySchema>;

export const DocumentSchema = Type.Object({
  id: Uuid,
  title: Type.String(),
  period: PeriodId,
  texts: DocumentTexts,
  updatedAt: Timestamp,
  updatedBy: Nullable(Type.String()),
  version: Type.Integer(),
  versions: Type.Array(VersionSummarySchema),
});
export type AnalysisDocument = Static<typeof DocumentSchema>;

export const DocumentCreate = Type.Object({
  title: fillIn(Type.String({ minLength: 1, maxLength: 200 }), 'Vul een titel in.', 'Enter a title.'),
  period: fillIn(Type.String({ maxLength: 7 }), 'Kies een periode.', 'Choose a period.'),
});
export const DocumentUpdate = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  texts: DocumentTexts,
  version: Version,
});

export const VersionSchema = Type.Object({
  id: Uuid,
  documentId: Uuid,
  number: Type.Integer(),
  title: Type.String(),
  period: PeriodId,
  texts: DocumentTexts,
  reports: Type.Array(ReportSchema),
  rules: RulesSchema,
  approvedAt: Timestamp,
  approvedByName: Type.String(),
});
export type AnalysisVersion = Static<typeof VersionSchema>;

export const ApproveBody = Type.Object({
  version: Version,
  /** Publish the counts rounded to multiples of 5. */
  rounded: Type.Optional(Type.Boolean()),
});

// Leaving a signal or case out of the figures.

export const StatisticsExclusionSchema = Type.Enum(STATISTICS_EXCLUSIONS);
export const ExclusionBody = Type.Object({
  exclusion: Nullable(StatisticsExclusionSchema),
  reason: Opt(Type.String({ maxLength: 1000 })),
  version: Version,
});
export const ExclusionState = Type.Object({
  exclusion: Nullable(StatisticsExclusionSchema),
  reason: Nullable(Type.String()),
  byName: Nullable(Type.String()),
  at: Nullable(Timestamp),
});
export type ExclusionState = Static<typeof ExclusionState>;

// The analysis document's list, its sections and its exports (added with the document's routes).

export const DocumentListQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type DocumentListQuery = Static<typeof DocumentListQuery>;

export const DocumentPageSchema = Type.Object({
  documents: Type.Array(DocumentSummarySchema),
  nextCursor: Nullable(Type.String()),
});
export type AnalysisDocumentPage = Static<typeof DocumentPageSchema>;

/** The sections a document is written in: the whole first, then the tenant's fenomenen. */
export const SectionListSchema = Type.Array(
  Type.Object({ code: Type.String(), label: Label, active: Type.Boolean() }),
);
export type AnalysisSectionList = Static<typeof SectionListSchema>;

export const VersionListSchema = Type.Array(VersionSummarySchema);

export const VersionParams = Type.Object({ id: Uuid, versionId: Uuid });

/**
 * To whom an export goes: by default the council and the college (aggregated figures), or a recipient named
 * in words; the legal basis from the list (by default art. 6(1)(e) AVG, the municipality's public task).
 */
export const ExportQuery = Type.Object(
  {
    ontvanger: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    grondslag: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type ExportQuery = Static<typeof ExportQuery>;
