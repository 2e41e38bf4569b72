import type {
  AnalysisCatalogue,
  AnalysisDimension,
  AnalysisMedian,
  AnalysisPeriod,
  AnalysisReport,
  AnalysisRow,
  AnalysisTable,
  AnalysisTrend,
  CellMarkJson,
  DerivedJson,
} from '../../contract/analyse.js';
import {
  analysisScopeData,
  analysisValueLists,
  type CountRow,
  countCells,
  firstSignalDate,
  type LeadTimeStep,
  leadTimes,
  type PeriodBounds,
  type SourceName,
} from '../../db/analyse.js';
import { analysisModels, forgetFigures, forgetOtherThresholds } from '../../db/analyse-figures.js';
import type { Queryable } from '../../db/database.js';
import {
  DIMENSION_LABELS,
  type DimensionName,
  type DimensionValue,
  FIXED_VALUES,
  MEDIAN_LABELS,
  type MedianStep,
  measureTypeValues,
  PERIOD_KINDS,
  type PeriodKind,
  phenomenonValues,
  REPORT_IDS,
  REPORTS,
  type ReportDefinition,
  type ReportId,
  type TableDefinition,
  validateReport,
} from '../../domain/analyse/catalogue.js';
import { change, type DerivedFigure, median, percentage, roundToFive } from '../../domain/analyse/derived.js';
import {
  type Cell,
  type CellMark,
  type Coordinates,
  cellId,
  DEFAULT_K,
  type Dimension,
  frequencyTable,
  linkTables,
  REGION_DIMENSION,
  type ReportModel,
} from '../../domain/analyse/disclosure.js';
import {
  monthRefused,
  type Period,
  parsePeriod,
  periodsBetween,
  periodsOfKindBetween,
  previousPeriod,
  quarterOfMonth,
  subPeriods,
  validatePeriod,
} from '../../domain/analyse/periods.js';
import { amsterdamDate, amsterdamStartOfDay } from '../../domain/melding/calendar.js';
import type { FieldIssue } from '../../domain/overleg/types.js';
import { invalid, type Result } from '../overleg/results.js';
import {
  loadProtection,
  type ProtectedMedian,
  type ProtectedPeriod,
  type ProtectedTable,
  parseCellId,
  saveProtection,
} from './figures-store.js';
import { protectOffThread } from './protection.js';

/**
 * The most solver steps one period's tables may take to protect (about a second on a busy two-core machine). A
 * table of many small cells (a region's signals by source in one quarter of a small demo) can need minutes;
 * past this bound the table publishes nothing, the same way on every machine.
 */
const PROTECTION_STEPS = 1_500;

/**
 * The phenomenon analysis: a report of the fixed catalogue for a period and a scope, every figure protected by
 * src/domain/analyse/disclosure.ts before it leaves here.
 *
 * The protected model is always the whole region (every table gets the `gemeente` dimension with the region's
 * municipalities, and its roll-up); a municipality's figures are read out of that one protection, so a
 * municipal report and the region's report can never be subtracted from each other. A municipality without a
 * region is its own model. A year or half-year is protected after its quarters (and halves), and every cell
 * suppressed in one of those is suppressed in it too; a month is only given when neither it nor its quarter
 * needs any suppression. The previous period is protected the same way and gives the changes.
 */

/** Who the figures are for: a municipality (its own column) or a region (roll-up and its municipalities). */
export interface AnalysisScope {
  readonly kind: 'gemeente' | 'regio';
  readonly id: string;
  readonly name: string;
  /** The organisation whose municipalities are protected together: the region, or the one without region. */
  readonly modelId: string;
  /** The municipalities protected together (the region's, or the one without region). */
  readonly municipalities: readonly { id: string; name: string }[];
  /** The model has the gemeente dimension (there is a region). */
  readonly regional: boolean;
  readonly k: number;
  /** A region user: the region's municipalities may be chosen. */
  readonly regionUser: boolean;
}

/** A signed-in actor, or anything that names the tenant whose figures are asked for (the document helper). */
export interface ScopeSource {
  readonly tenantId: string;
}

const gemeenteIssue = (): FieldIssue => ({
  field: 'gemeente',
  nl: 'Kies een gemeente van uw regio.',
  en: 'Choose a municipality of your region.',
});

/** The scope of a tenant, optionally narrowed by a region user to one municipality of the region. */
export async function analysisScope(
  q: Queryable,
  who: ScopeSource,
  municipalityId?: string,
): Promise<Result<{ scope: AnalysisScope }>> {
  const data = await analysisScopeData(q, who.tenantId);
  if (!data || data.tenant.kind === 'partner') return { ok: false, kind: 'forbidden' };
  const k = data.k ?? DEFAULT_K;
  const regional = data.region !== null;
  const regionUser = data.tenant.kind === 'regio';
  let target: { kind: 'gemeente' | 'regio'; id: string; name: string };
  if (regionUser) {
    if (municipalityId) {
      const m = data.municipalities.find((x) => x.id === municipalityId);
      if (!m) return invalid([gemeenteIssue()]);
      target = { kind: 'gemeente', id: m.id, name: m.name };
    } else target = { kind: 'regio', id: data.tenant.id, name: data.tenant.name };
  } else {
    if (municipalityId && municipalityId !== data.tenant.id) return invalid([gemeenteIssue()]);
    target = { kind: 'gemeente', id: data.tenant.id, name: data.tenant.name };
  }
  return {
    ok: true,
    scope: {
      ...target,
      modelId: data.region?.id ?? data.tenant.id,
      municipalities: data.municipalities,
      regional,
      k,
      regionUser,
    },
  };
}

function boundsOf(p: Period): PeriodBounds {
  return {
    start: amsterdamStartOfDay(p.start),
    end: amsterdamStartOfDay(p.end),
    startDate: p.start,
    endDate: p.end,
  };
}

/** A period as the contract gives it; `open` while it has not ended (its figures are not kept yet). */
const periodJson = (p: Period, today: string): AnalysisPeriod => ({
  id: p.id,
  kind: p.kind,
  label: p.label,
  start: p.start,
  end: p.end,
  ...(isClosed(p, today) ? {} : { open: true as const }),
});

/** A period has ended when its day after the last has come: from then on its figures are protected once. */
const isClosed = (p: Period, today: string): boolean => p.end <= today;

const SOURCE_OF: Partial<Record<ReportId, SourceName>> = {
  'meldingen-fenomeen': 'signals',
  'meldingen-bron': 'signals',
  'meldingen-triage': 'triage',
  instroom: 'instroom',
  casussen: 'casussen',
  afsluiting: 'afsluiting',
  maatregelen: 'maatregelen',
};

/** What one request computes once: the scope's value lists and each period's protection. */
interface Work {
  readonly q: Queryable;
  readonly now: Date;
  /** The day (Europe/Amsterdam): periods ended before it are read from, and kept in, the store. */
  readonly today: string;
  readonly scope: AnalysisScope;
  readonly tenants: readonly string[];
  readonly values: Partial<Record<DimensionName, readonly DimensionValue[]>>;
  readonly protections: Map<string, Promise<ProtectedPeriod>>;
}

async function workOf(
  q: Queryable,
  scope: AnalysisScope,
  report: ReportDefinition,
  now: Date,
): Promise<Work> {
  const tenants = scope.municipalities.map((m) => m.id);
  const values: Partial<Record<DimensionName, readonly DimensionValue[]>> = { ...FIXED_VALUES };
  const needs = new Set(report.tables.flatMap((t) => t.dimensions));
  if (needs.has('fenomeen') || needs.has('type')) {
    const lists = await analysisValueLists(q, tenants);
    values.fenomeen = phenomenonValues(lists.categories);
    values.type = measureTypeValues(lists.measureTypes);
  }
  values.gemeente = scope.municipalities.map((m) => ({ code: m.id, label: { nl: m.name, en: m.name } }));
  return { q, now, today: amsterdamDate(now), scope, tenants, values, protections: new Map() };
}

function dimensionsOf(work: Work, t: TableDefinition): Dimension[] {
  const names: DimensionName[] = [...(work.scope.regional ? ['gemeente' as const] : []), ...t.dimensions];
  return names.map((name) => ({
    name,
    values: (work.values[name] ?? []).map((v) => v.code),
  }));
}

function subsets<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 0; mask < 1 << list.length; mask++) out.push(list.filter((_, i) => mask & (1 << i)));
  return out;
}

/** The report's tables in one period as one model, with each cell's contributors from the database. */
async function tablesModel(
  work: Work,
  report: ReportDefinition,
  period: Period,
): Promise<{ model: ReportModel; tables: ProtectedTable[] }> {
  const source = SOURCE_OF[report.id] as SourceName;
  const dims = report.tables.map((t) => dimensionsOf(work, t));
  const sets = new Map<string, string[]>();
  for (const d of dims) {
    for (const s of subsets(d.map((x) => x.name))) sets.set([...s].sort().join(','), s);
  }
  const counts = await countCells(work.q, source, work.tenants, boundsOf(period), [...sets.values()]);
  const byId = new Map<string, CountRow>();
  for (const r of counts.rows) byId.set(cellId(r.coordinates), r);
  const models: ReportModel[] = [];
  const tables: ProtectedTable[] = [];
  for (const [i, t] of report.tables.entries()) {
    const d = dims[i] as Dimension[];
    const ft = frequencyTable(d, (inner) => {
      const r = byId.get(cellId(inner));
      return { persons: r?.persons ?? 0, signals: r?.records ?? 0 };
    });
    const cells = new Map<string, Cell>();
    for (const [id, c] of ft.cells) cells.set(id, { ...c, contributors: byId.get(id)?.contributors ?? 0 });
    models.push({ cells, constraints: ft.constraints, personsPerRecord: counts.personsPerRecord });
    tables.push({
      definition: t,
      dimensions: d,
      cells: [...ft.cells.keys()].map((id) => ({ id, coordinates: parseCellId(id) })),
    });
  }
  return { model: linkTables(models), tables };
}

/** One lead-time step in one period: the count of persons and records per municipality, and the days. */
async function medianModel(
  work: Work,
  step: MedianStep,
  period: Period,
): Promise<{ model: ReportModel; values: Map<string, number[]> }> {
  const rows = await leadTimes(work.q, step as LeadTimeStep, work.tenants, boundsOf(period));
  const per = new Map<string, { persons: Set<number>; days: Map<string, number> }>();
  const at = (g: string) => {
    let x = per.get(g);
    if (!x) {
      x = { persons: new Set(), days: new Map() };
      per.set(g, x);
    }
    return x;
  };
  let most = 1;
  const subjectsPerRecord = new Map<string, number>();
  for (const r of rows) {
    const x = at(r.gemeente);
    if (r.person !== null) {
      x.persons.add(r.person);
      const n = (subjectsPerRecord.get(r.rid) ?? 0) + 1;
      subjectsPerRecord.set(r.rid, n);
      most = Math.max(most, n);
    }
    x.days.set(r.rid, Math.round(r.days * 10) / 10);
  }
  const values = new Map<string, number[]>();
  for (const [g, x] of per) values.set(g, [...x.days.values()]);
  values.set(
    '*',
    [...per.values()].flatMap((x) => [...x.days.values()]),
  );
  const dims: Dimension[] = work.scope.regional ? [{ name: REGION_DIMENSION, values: work.tenants }] : [];
  const single = work.tenants[0] as string;
  const ft = frequencyTable(dims, (inner) => {
    const x = per.get(inner.gemeente ?? single);
    return { persons: x?.persons.size ?? 0, signals: x?.days.size ?? 0 };
  });
  // One cell: its contributors are its persons (persons are counted within one municipality).
  const cells = new Map<string, Cell>();
  for (const [id, c] of ft.cells) cells.set(id, { ...c, contributors: c.persons });
  return { model: { cells, constraints: ft.constraints, personsPerRecord: most }, values };
}

const stepId = (step: string, id: string) => `${step}:${id}`;

/**
 * The protection of one period, after the protection of its sub-periods (whose suppressions it takes on). A
 * period that has ended is read from the store when it was protected before, and kept once protected here.
 */
function protectPeriod(work: Work, report: ReportDefinition, period: Period): Promise<ProtectedPeriod> {
  const known = work.protections.get(period.id);
  if (known) return known;
  const key = { modelId: work.scope.modelId, report, period, k: work.scope.k };
  const closed = isClosed(period, work.today);
  const p = (async (): Promise<ProtectedPeriod> => {
    if (closed) {
      const stored = await loadProtection(work.q, key);
      if (stored) return stored;
    }
    const made = await computeProtection(work, report, period);
    return closed ? saveProtection(work.q, key, made, work.now) : made;
  })();
  work.protections.set(period.id, p);
  return p;
}

async function computeProtection(
  work: Work,
  report: ReportDefinition,
  period: Period,
): Promise<ProtectedPeriod> {
  const forced = new Set<string>();
  let exhausted = false;
  for (const sub of subPeriods(period)) {
    for (const id of (await protectPeriod(work, report, sub)).suppressed) forced.add(id);
  }
  const suppressed = new Set<string>(forced);
  let marks = new Map<string, CellMark>();
  let tables: ProtectedTable[] = [];
  if (report.tables.length > 0) {
    const built = await tablesModel(work, report, period);
    const protectedReport = await protectOffThread(built.model, work.scope.k, forced, PROTECTION_STEPS);
    marks = new Map(protectedReport.marks);
    tables = built.tables;
    exhausted ||= protectedReport.rules.exhausted === true;
    for (const [id, m] of marks) if ('suppressed' in m) suppressed.add(id);
  }
  const medians: ProtectedMedian[] = [];
  for (const step of report.medians) {
    const built = await medianModel(work, step, period);
    const also = new Set(
      [...forced].filter((id) => id.startsWith(`${step}:`)).map((id) => id.slice(step.length + 1)),
    );
    const pr = await protectOffThread(built.model, work.scope.k, also, PROTECTION_STEPS);
    exhausted ||= pr.rules.exhausted === true;
    for (const [id, m] of pr.marks) if ('suppressed' in m) suppressed.add(stepId(step, id));
    medians.push({ step, marks: pr.marks, figures: medianFigures(work, pr.marks, built.values) });
  }
  return { period, tables, marks, medians, suppressed, exhausted, computedAt: null };
}

/**
 * The median of each view of a lead-time step ('*' for the model, each municipality by id when there is a
 * region), only behind a published count of at least k persons: what `median` allows, decided here once so
 * that only the figure is kept, not the days behind it.
 */
function medianFigures(
  work: Work,
  marks: ReadonlyMap<string, CellMark>,
  values: ReadonlyMap<string, readonly number[]>,
): Map<string, DerivedFigure> {
  const k = work.scope.k;
  const views: [string, string][] = [['*', '*']];
  if (work.scope.regional) for (const g of work.tenants) views.push([g, cellId({ gemeente: g })]);
  const out = new Map<string, DerivedFigure>();
  for (const [key, id] of views) {
    const exact = marks.get(id);
    if (!exact) continue;
    const tooFew = 'published' in exact && exact.published < k;
    out.set(key, tooFew ? { suppressed: 'base' } : median(values.get(key) ?? [], exact, k));
  }
  return out;
}

/** The month rule: a month only when neither it nor its quarter needs any suppression. */
async function monthAllowed(work: Work, report: ReportDefinition, month: Period): Promise<boolean> {
  const own = await protectPeriod(work, report, month);
  if (own.suppressed.size > 0) return false;
  return (await protectPeriod(work, report, quarterOfMonth(month))).suppressed.size === 0;
}

function markJson(m: CellMark | undefined): CellMarkJson {
  if (!m || 'suppressed' in m) return { suppressed: true };
  return {
    persons: m.published,
    records: m.signals ?? m.published,
    ...(m.roundedTo === 5 ? { rounded: true as const } : {}),
  };
}

function derivedJson(d: DerivedFigure): DerivedJson {
  if ('suppressed' in d) return { suppressed: d.suppressed };
  return { value: d.published, ...(d.roundedTo === 5 ? { rounded: true as const } : {}) };
}

/** The cells a scope sees of a table: for a municipality its own column, without the gemeente coordinate. */
function visibleCells(
  scope: AnalysisScope,
  table: ProtectedTable,
): { id: string; coordinates: Coordinates; totalId: string }[] {
  if (!scope.regional) return table.cells.map((c) => ({ ...c, totalId: '*' }));
  if (scope.kind === 'gemeente') {
    return table.cells
      .filter((c) => c.coordinates.gemeente === scope.id)
      .map((c) => {
        const { gemeente: _, ...rest } = c.coordinates;
        return { id: c.id, coordinates: rest, totalId: cellId({ gemeente: scope.id }) };
      });
  }
  return table.cells.map((c) => ({
    ...c,
    totalId: c.coordinates.gemeente ? cellId({ gemeente: c.coordinates.gemeente }) : '*',
  }));
}

function dimensionJson(work: Work, d: Dimension): AnalysisDimension {
  const list = work.values[d.name as DimensionName] ?? [];
  return {
    name: d.name,
    label: DIMENSION_LABELS[d.name as DimensionName] ?? { nl: d.name, en: d.name },
    values: list.map((v) => ({ code: v.code, label: v.label })),
  };
}

function visibleDimensions(work: Work, table: ProtectedTable): AnalysisDimension[] {
  return table.dimensions
    .filter((d) => !(d.name === REGION_DIMENSION && work.scope.kind === 'gemeente'))
    .map((d) => dimensionJson(work, d));
}

const publishedMarks = (marks: ReadonlyMap<string, CellMark>, rounded: boolean) =>
  rounded ? roundToFive(marks) : marks;

export interface ReportRequest {
  readonly report: string;
  readonly period: string;
  readonly municipalityId?: string;
  readonly rounded?: boolean;
}

/**
 * One report of the catalogue for a period, protected, as the contract's AnalysisReport; or the field-named
 * problems (rapport, periode, gemeente). The caller logs the read (an aggregate: no person id).
 */
export async function analysisReport(
  q: Queryable,
  who: ScopeSource | AnalysisScope,
  input: ReportRequest,
  now: Date,
): Promise<Result<{ report: AnalysisReport }>> {
  const errors: FieldIssue[] = [];
  const def = validateReport(input.report);
  if (!def.ok) errors.push(def.issue);
  const scoped =
    'regional' in who ? { ok: true as const, scope: who } : await analysisScope(q, who, input.municipalityId);
  if (!scoped.ok) {
    if (scoped.kind !== 'invalid') return scoped;
    errors.push(...scoped.errors);
  }
  if (!scoped.ok || !def.ok) return invalid(errors);
  const scope = scoped.scope;
  const report = def.report;
  const first = await firstSignalDate(
    q,
    scope.municipalities.map((m) => m.id),
  );
  const chosen = validatePeriod(input.period, first, amsterdamDate(now));
  if (!chosen.ok) return invalid([chosen.issue]);
  const period = chosen.period;
  const work = await workOf(q, scope, report, now);
  if (period.kind === 'maand' && !(await monthAllowed(work, report, period))) {
    return invalid([monthRefused(period)]);
  }
  const current = await protectPeriod(work, report, period);
  const prevPeriod = previousPeriod(period);
  const hasPrevious = first !== null && prevPeriod.end > first;
  const previous = hasPrevious ? await protectPeriod(work, report, prevPeriod) : null;
  const rounded = input.rounded === true;
  const marks = publishedMarks(current.marks, rounded);
  const prevMarks = previous ? publishedMarks(previous.marks, rounded) : null;
  const k = scope.k;

  const tables: AnalysisTable[] = current.tables.map((t) => ({
    id: t.definition.id,
    title: t.definition.title,
    dimensions: visibleDimensions(work, t),
    rows: visibleCells(scope, t).map((c): AnalysisRow => {
      const now = marks.get(c.id) as CellMark;
      const before = prevMarks?.get(c.id) ?? null;
      return {
        coordinates: c.coordinates as Record<string, string>,
        current: markJson(now),
        previous: before ? markJson(before) : null,
        change: before ? derivedJson(change(now, before)) : null,
        share: c.id === c.totalId ? null : derivedJson(percentage(now, marks.get(c.totalId) as CellMark, k)),
      };
    }),
  }));

  const medians: AnalysisMedian[] = [];
  for (const [i, m] of current.medians.entries()) {
    const prevMedian = previous?.medians[i] ?? null;
    const views: { id: string; key: string; coordinates?: Record<string, string> }[] = [];
    if (!scope.regional) views.push({ id: '*', key: '*' });
    else if (scope.kind === 'gemeente') views.push({ id: cellId({ gemeente: scope.id }), key: scope.id });
    else {
      views.push({ id: '*', key: '*' });
      for (const g of scope.municipalities)
        views.push({ id: cellId({ gemeente: g.id }), key: g.id, coordinates: { gemeente: g.id } });
    }
    for (const v of views) {
      const figure = (pm: ProtectedMedian) => ({
        count: publishedMarks(pm.marks, rounded).get(v.id) as CellMark,
        value: pm.figures.get(v.key) ?? ({ suppressed: 'base' } as const),
      });
      const cur = figure(m);
      const prev = prevMedian ? figure(prevMedian) : null;
      medians.push({
        step: m.step,
        label: MEDIAN_LABELS[m.step],
        current: derivedJson(cur.value),
        previous: prev ? derivedJson(prev.value) : null,
        count: markJson(cur.count),
        ...(v.coordinates ? { coordinates: v.coordinates } : {}),
      });
    }
  }

  return {
    ok: true,
    report: {
      report: report.id,
      title: report.title,
      description: report.description,
      unit: report.unit,
      period: periodJson(period, work.today),
      previousPeriod: hasPrevious ? periodJson(prevPeriod, work.today) : null,
      scope: { kind: scope.kind, id: scope.id, name: scope.name },
      rules: {
        k,
        method: 'cell-suppression-audited',
        rounded,
        ...(current.exhausted ? { exhausted: true as const } : {}),
      },
      ...(current.computedAt ? { computedAt: current.computedAt.toISOString() } : {}),
      tables,
      medians,
    },
  };
}

/** The catalogue the analysis screen offers: reports, the periods with data, the scope and its municipalities. */
export async function analysisCatalogue(
  q: Queryable,
  who: ScopeSource,
  now: Date,
): Promise<Result<{ catalogue: AnalysisCatalogue }>> {
  const scoped = await analysisScope(q, who);
  if (!scoped.ok) return scoped;
  const scope = scoped.scope;
  const first = await firstSignalDate(
    q,
    scope.municipalities.map((m) => m.id),
  );
  return {
    ok: true,
    catalogue: {
      reports: REPORT_IDS.map((id) => ({
        id,
        title: REPORTS[id].title,
        description: REPORTS[id].description,
        unit: REPORTS[id].unit,
      })),
      periods: periodsBetween(first, amsterdamDate(now)).map((p) => periodJson(p, amsterdamDate(now))),
      scope: { kind: scope.kind, id: scope.id, name: scope.name },
      municipalities: scope.regionUser ? scope.municipalities.map((m) => ({ id: m.id, name: m.name })) : [],
      k: scope.k,
    },
  };
}

export interface TrendRequest {
  readonly report: string;
  readonly kind: string;
  readonly from: string;
  readonly to: string;
  readonly municipalityId?: string;
}

/** The most periods one trend protects. */
export const MAX_TREND_PERIODS = 40;

/**
 * The report's first table over consecutive periods of one kind, oldest first, each period protected on its
 * own as in `analysisReport` (a month that needs suppression, or whose quarter does, is shown suppressed whole).
 */
export async function analysisTrend(
  q: Queryable,
  who: ScopeSource,
  input: TrendRequest,
  now: Date,
): Promise<Result<{ trend: AnalysisTrend }>> {
  const errors: FieldIssue[] = [];
  const def = validateReport(input.report);
  if (!def.ok) errors.push(def.issue);
  else if (def.report.tables.length === 0) {
    errors.push({
      field: 'rapport',
      nl: 'Dit rapport heeft geen tabel om in de tijd te volgen.',
      en: 'This report has no table to follow over time.',
    });
  }
  if (!(PERIOD_KINDS as readonly string[]).includes(input.kind)) {
    errors.push({
      field: 'soort',
      nl: 'Kies jaar, halfjaar, kwartaal of maand.',
      en: 'Choose year, half-year, quarter or month.',
    });
  }
  const scoped = await analysisScope(q, who, input.municipalityId);
  if (!scoped.ok) {
    if (scoped.kind !== 'invalid') return scoped;
    errors.push(...scoped.errors);
  }
  if (errors.length > 0 || !scoped.ok || !def.ok) return invalid(errors);
  const scope = scoped.scope;
  const report = def.report;
  const kind = input.kind as PeriodKind;
  const first = await firstSignalDate(
    q,
    scope.municipalities.map((m) => m.id),
  );
  const today = amsterdamDate(now);
  const from = parsePeriod(input.from);
  const to = validatePeriod(input.to, first, today);
  const kindIssue = (field: string): FieldIssue => ({
    field,
    nl: `Kies een periode van de soort ${kind}.`,
    en: `Choose a period of the kind ${kind}.`,
  });
  if (!from)
    return invalid([
      { ...(validatePeriod(input.from, first, today) as { issue: FieldIssue }).issue, field: 'van' },
    ]);
  if (!to.ok) return invalid([{ ...to.issue, field: 'tot' }]);
  if (from.kind !== kind) return invalid([kindIssue('van')]);
  if (to.period.kind !== kind) return invalid([kindIssue('tot')]);
  if (from.start > to.period.start) {
    return invalid([
      {
        field: 'van',
        nl: 'De eerste periode ligt na de laatste.',
        en: 'The first period lies after the last.',
      },
    ]);
  }
  const periods: Period[] = [];
  for (let p = to.period; p.start >= from.start; p = previousPeriod(p)) {
    if (first !== null && p.end <= first) break;
    periods.unshift(p);
    if (periods.length > MAX_TREND_PERIODS) {
      return invalid([
        {
          field: 'van',
          nl: `Kies hoogstens ${MAX_TREND_PERIODS} perioden.`,
          en: `Choose at most ${MAX_TREND_PERIODS} periods.`,
        },
      ]);
    }
  }
  const work = await workOf(q, scope, report, now);
  const series = new Map<string, { coordinates: Record<string, string>; cells: CellMarkJson[] }>();
  let dimensions: AnalysisDimension[] = [];
  let exhausted = false;
  for (const p of periods) {
    const prot = await protectPeriod(work, report, p);
    exhausted ||= prot.exhausted;
    const allowed = p.kind !== 'maand' || (await monthAllowed(work, report, p));
    const table = prot.tables[0] as ProtectedTable;
    dimensions = visibleDimensions(work, table);
    for (const c of visibleCells(scope, table)) {
      let s = series.get(c.id);
      if (!s) {
        s = { coordinates: c.coordinates as Record<string, string>, cells: [] };
        series.set(c.id, s);
      }
      s.cells.push(allowed ? markJson(prot.marks.get(c.id)) : { suppressed: true });
    }
  }
  return {
    ok: true,
    trend: {
      report: report.id,
      title: report.title,
      scope: { kind: scope.kind, id: scope.id, name: scope.name },
      rules: {
        k: scope.k,
        method: 'cell-suppression-audited',
        rounded: false,
        ...(exhausted ? { exhausted: true as const } : {}),
      },
      periods: periods.map((p) => periodJson(p, today)),
      dimensions,
      series: [...series.values()],
    },
  };
}

export interface RefreshSummary {
  readonly models: number;
  readonly periods: number;
}

/**
 * The nightly refresh of the kept figures: for every region (and municipality without one), the figures of
 * this year and last year are forgotten and every ended quarter, half-year and year of them protected again
 * from the records as they are now (late corrections mostly land there), quarters and halves before the years
 * that take on their suppressions; figures kept under an older threshold are dropped. Older years stay as they
 * were kept unless a record is taken out of the statistics (src/db/statistics-exclusion.ts forgets them).
 * Months are protected again when they are asked for. Between two periods the event loop is given back, so
 * requests go on while the refresh runs.
 */
export async function refreshKeptFigures(q: Queryable, now: Date): Promise<RefreshSummary> {
  const today = amsterdamDate(now);
  const fromYear = Number(today.slice(0, 4)) - 1;
  let models = 0;
  let periods = 0;
  for (const modelId of await analysisModels(q)) {
    const scoped = await analysisScope(q, { tenantId: modelId });
    if (!scoped.ok) continue;
    const scope = scoped.scope;
    models += 1;
    await forgetOtherThresholds(q, modelId, scope.k);
    await forgetFigures(q, modelId, fromYear);
    const first = await firstSignalDate(
      q,
      scope.municipalities.map((m) => m.id),
    );
    if (first === null) continue;
    const from = first > `${fromYear}-01-01` ? first : `${fromYear}-01-01`;
    for (const id of REPORT_IDS) {
      const report = REPORTS[id];
      const work = await workOf(q, scope, report, now);
      for (const kind of ['kwartaal', 'halfjaar', 'jaar'] as const) {
        for (const p of periodsOfKindBetween(kind, from, today)) {
          if (!isClosed(p, today)) continue;
          await protectPeriod(work, report, p);
          periods += 1;
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    }
  }
  return { models, periods };
}
