import type { AnalysisDimension, AnalysisTable, CellMarkJson } from '../../contract/analyse.js';
import type {
  CaseMeasureResults,
  MeasureResult,
  MeasureResultBody,
  ResultsReport,
  WorkingElement,
  WorkingElementUpdate,
} from '../../contract/evaluatie-results.js';
import { findMeasure } from '../../db/casus-plan.js';
import {
  ensureDefaultWorkingElements,
  findWorkingElement,
  insertWorkingElement,
  listMeasureResults,
  listWorkingElements,
  type MeasureResultRecord,
  resultLabels,
  resultRecords,
  saveMeasureResult,
  updateWorkingElement,
} from '../../db/evaluatie-results.js';
import {
  AGE_BANDS,
  DIMENSION_LABELS,
  FIXED_VALUES,
  type Label,
  measureTypeValues,
  phenomenonValues,
} from '../../domain/analyse/catalogue.js';
import { percentage } from '../../domain/analyse/derived.js';
import {
  type CellMark,
  type Coordinates,
  cellId,
  REGION_DIMENSION,
} from '../../domain/analyse/disclosure.js';
import { parsePeriod } from '../../domain/analyse/periods.js';
import {
  elementDimension,
  measureHasEnded,
  OUTCOME_LABELS,
  type ResultsTableModel,
  resultsModel,
  validateMeasureResult,
  validateWorkingElement,
} from '../../domain/evaluatie/measure-results.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import { protectOffThread } from '../analyse/protection.js';
import { analysisScope } from '../analyse/reports.js';
import { auditCase, loadCase } from '../casus/load.js';
import { caseForChange, changeCasePart } from '../casus/versioned-change.js';
import {
  type Ctx,
  fieldError,
  inTx,
  invalid,
  notFound,
  type Result,
  refused,
  Stale,
} from '../overleg/results.js';

/**
 * Measure results (issue 17): recorded from the case file by the case's regie once a measure has ended, read
 * by everyone who reads the case (case data: the case's access rules and log apply); counted across cases
 * through the fenomeenanalyse's disclosure control (`resultsReport`).
 */

const OBJECT_ELEMENT = 'werkzaam_element';

const resultJson = (r: MeasureResultRecord): MeasureResult => ({
  measureId: r.measureId,
  outcome: r.outcome,
  reason: r.reason,
  elements: r.elements.map((e) => ({ id: e.id, label: e.label })),
  recordedAt: r.recordedAt.toISOString(),
  recordedBy: r.recordedByName,
  version: r.version,
});

/** The municipality's working elements, the defaults added the first time they are asked for. */
async function elementsOf(ctx: Ctx, tenantId: string): Promise<WorkingElement[]> {
  await ensureDefaultWorkingElements(ctx.db, tenantId, ctx.now);
  return listWorkingElements(ctx.db, tenantId);
}

/** The results of a case's measures (the read is logged as a read of the case) and the form's working elements. */
export async function readCaseMeasureResults(ctx: Ctx, casusId: string): Promise<Result<CaseMeasureResults>> {
  const c = await loadCase(ctx, casusId);
  if (!c.ok) return c;
  await auditCase(ctx, ctx.db, c, 'read');
  const results = await listMeasureResults(ctx.db, casusId);
  const elements =
    c.access === 'regie' ? (await elementsOf(ctx, c.dossier.tenantId)).filter((e) => e.active) : [];
  return { ok: true, results: results.map(resultJson), elements };
}

/**
 * Records (or corrects) the result of an ended measure: only the case's regie, in an open case, at the
 * version read (0: the first time); the timeline event and the case's access-log entry in the same transaction.
 */
export async function recordMeasureResult(
  ctx: Ctx,
  casusId: string,
  measureId: string,
  body: MeasureResultBody,
): Promise<Result<{ version: number }>> {
  const c = await caseForChange(ctx, casusId, 'maatregelen');
  if (!c.ok) return c;
  const measure = await findMeasure(ctx.db, measureId);
  if (!measure || measure.casusId !== casusId) return notFound;
  if (!measureHasEnded(measure, amsterdamDate(ctx.now))) {
    return refused({
      code: 'measure_not_ended',
      nl: 'Deze maatregel loopt nog. Leg het resultaat vast als de maatregel is afgerond of gestopt, of de einddatum voorbij is.',
      en: 'This measure is still running. Record its result once it is finished or stopped, or its end date has passed.',
    });
  }
  const active = (await elementsOf(ctx, c.dossier.tenantId)).filter((e) => e.active);
  const errors = validateMeasureResult(body, new Set(active.map((e) => e.id)));
  if (errors.length > 0) return invalid(errors);
  const current = async () =>
    (await listMeasureResults(ctx.db, casusId)).filter((r) => r.measureId === measureId).map(resultJson)[0] ??
    null;
  const done = await changeCasePart(ctx, c, {
    action: body.version === 0 ? 'create' : 'update',
    write: (q) =>
      saveMeasureResult(
        q,
        casusId,
        measureId,
        body.version,
        { outcome: body.outcome, reason: body.reason.trim(), elementIds: body.elementIds },
        ctx.now,
        ctx.actor.userId,
      ),
    event: () => ({
      kind: 'maatregelresultaat_vastgelegd',
      to: body.outcome,
      subjectId: measureId,
    }),
    current,
  });
  return done.ok ? { ok: true, version: body.version + 1 } : done;
}

// -------------------------------------------------------------------------------------------------
// Working elements (the municipality's tags; no personal data)

export async function readWorkingElements(ctx: Ctx): Promise<WorkingElement[]> {
  return elementsOf(ctx, ctx.actor.tenantId);
}

export async function addWorkingElement(ctx: Ctx, label: string): Promise<Result<{ id: string }>> {
  const existing = await elementsOf(ctx, ctx.actor.tenantId);
  const errors = validateWorkingElement(
    label,
    existing.map((e) => e.label),
  );
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const id = await insertWorkingElement(q, ctx.actor.tenantId, label.trim(), ctx.now);
      if (!id) throw new Stale();
      await ctx.audit(q, { action: 'create', objectType: OBJECT_ELEMENT, objectId: id });
      return id;
    },
    async () => null,
  );
  if (!done.ok) {
    return done.kind === 'conflict'
      ? fieldError(
          'label',
          'De gemeente heeft dit werkzame element al.',
          'The municipality already has this working element.',
        )
      : done;
  }
  return { ok: true, id: done.value };
}

export async function changeWorkingElement(
  ctx: Ctx,
  id: string,
  body: WorkingElementUpdate,
): Promise<Result<{ version: number }>> {
  const found = await findWorkingElement(ctx.db, ctx.actor.tenantId, id);
  if (!found) return notFound;
  const others = (await listWorkingElements(ctx.db, ctx.actor.tenantId)).filter((e) => e.id !== id);
  const errors = validateWorkingElement(
    body.label,
    others.map((e) => e.label),
  );
  if (errors.length > 0) return invalid(errors);
  const done = await inTx(
    ctx,
    async (q) => {
      const ok = await updateWorkingElement(q, ctx.actor.tenantId, id, body.version, {
        label: body.label.trim(),
        active: body.active,
      });
      if (!ok) throw new Stale();
      await ctx.audit(q, { action: 'update', objectType: OBJECT_ELEMENT, objectId: id });
    },
    async () => findWorkingElement(ctx.db, ctx.actor.tenantId, id),
  );
  return done.ok ? { ok: true, version: body.version + 1 } : done;
}

// -------------------------------------------------------------------------------------------------
// The aggregate

/** The most solver steps the results report may take to protect; past it nothing is published. */
const PROTECTION_STEPS = 3_000;

const RESULT_DIMENSION_LABELS: Record<string, Label> = {
  type: DIMENSION_LABELS.type,
  spoor: DIMENSION_LABELS.spoor,
  fenomeen: DIMENSION_LABELS.fenomeen,
  leeftijd: DIMENSION_LABELS.leeftijd,
  gemeente: DIMENSION_LABELS.gemeente,
  resultaat: { nl: 'Doel bereikt', en: 'Goal reached' },
};

const TABLE_TITLES: Record<string, Label> = {
  type: { nl: 'Per soort maatregel', en: 'By kind of measure' },
  spoor: { nl: 'Per spoor', en: 'By track' },
  fenomeen: { nl: 'Per fenomeen', en: 'By phenomenon' },
  leeftijd: { nl: 'Per leeftijd bij opening van de casus', en: 'By age when the case was opened' },
};

function markJson(m: CellMark | undefined): CellMarkJson {
  if (!m || 'suppressed' in m) return { suppressed: true };
  return { persons: m.published, records: m.signals ?? m.published };
}

/** The years the results can be asked for: from the first recorded result's year to this one. */
function yearsUpTo(today: string, first: string | null): string[] {
  const last = Number(today.slice(0, 4));
  const start = first ? Math.min(Number(first.slice(0, 4)), last) : last;
  const out: string[] = [];
  for (let y = last; y >= start && out.length < 20; y--) out.push(String(y));
  return out;
}

/**
 * The measure results of a year counted across the cases of the municipality (or region), by measure type,
 * track, fenomeen and age band, and each working element by measure type: the tables linked as one model and
 * protected with the region's k (`protectReport`, on the protection's worker), the region and its
 * municipalities together. Cases marked test / dubbel / niet voor statistiek are never counted. Shares only
 * from published counts. Never a score or ranking of persons or partners.
 */
export async function resultsReport(
  ctx: Ctx,
  input: { year?: string; municipalityId?: string },
): Promise<Result<{ report: ResultsReport }>> {
  const scoped = await analysisScope(ctx.db, ctx.actor, input.municipalityId);
  if (!scoped.ok) return scoped;
  const scope = scoped.scope;
  const today = amsterdamDate(ctx.now);
  const year = input.year ?? today.slice(0, 4);
  const period = parsePeriod(year);
  if (!period || period.start > today) {
    return fieldError('jaar', 'Kies een jaar tot en met dit jaar.', 'Choose a year up to this year.');
  }
  const tenants = scope.municipalities.map((m) => m.id);
  const records = await resultRecords(ctx.db, tenants, period.start, period.end);
  const firstYear = await ctx.db.query<{ first: string | null }>(
    `SELECT min(COALESCE(m.ends_on, (mr.recorded_at AT TIME ZONE 'Europe/Amsterdam')::date))::text AS first
       FROM measure_result mr JOIN casus c ON c.id = mr.casus_id JOIN casus_measure m ON m.id = mr.measure_id
      WHERE c.tenant_id = ANY($1::uuid[])`,
    [tenants],
  );
  const labels = await resultLabels(ctx.db, tenants);
  const present = (pick: (r: (typeof records)[number]) => string, order: readonly string[]) => {
    const seen = new Set(records.map(pick));
    return [...order.filter((v) => seen.has(v)), ...[...seen].filter((v) => !order.includes(v)).sort()];
  };
  const typeValues = measureTypeValues(labels.types);
  const phenValues = phenomenonValues(labels.phenomena);
  const spoorValues = FIXED_VALUES.spoor ?? [];
  const ageValues = FIXED_VALUES.leeftijd ?? [];
  const usedElements = new Set(records.flatMap((r) => r.elements));
  const elements = labels.elements.filter((e) => usedElements.has(e.id));
  const values = {
    type: present(
      (r) => r.type,
      typeValues.map((v) => v.code),
    ),
    spoor: present(
      (r) => r.spoor,
      spoorValues.map((v) => v.code),
    ),
    fenomeen: present(
      (r) => r.fenomeen,
      phenValues.map((v) => v.code),
    ),
    leeftijd: present((r) => r.leeftijd, AGE_BANDS),
    elements: elements.map((e) => e.id),
  };
  const regional = scope.regional;
  const model = resultsModel(records, values, regional ? tenants : null);
  const protectedReport =
    model.model.cells.size > 0
      ? await protectOffThread(model.model, scope.k, new Set(), PROTECTION_STEPS)
      : { marks: new Map<string, CellMark>(), rules: { k: scope.k } as { k: number; exhausted?: true } };
  const marks = protectedReport.marks;

  const labelOf = (name: string, code: string): Label => {
    const list =
      name === 'type'
        ? typeValues
        : name === 'fenomeen'
          ? phenValues
          : name === 'spoor'
            ? spoorValues
            : name === 'leeftijd'
              ? ageValues
              : [];
    const found = list.find((v) => v.code === code);
    if (found) return found.label;
    if (name === 'resultaat') return OUTCOME_LABELS[code as keyof typeof OUTCOME_LABELS];
    if (name === REGION_DIMENSION) {
      const m = scope.municipalities.find((x) => x.id === code);
      return { nl: m?.name ?? code, en: m?.name ?? code };
    }
    if (code === 'genoemd') return { nl: 'Genoemd', en: 'Named' };
    if (code === 'niet_genoemd') return { nl: 'Niet genoemd', en: 'Not named' };
    return { nl: code, en: code };
  };
  const dimensionJson = (name: string, codes: readonly string[], label?: Label): AnalysisDimension => ({
    name,
    label: label ?? RESULT_DIMENSION_LABELS[name] ?? { nl: name, en: name },
    values: codes.map((code) => ({ code, label: labelOf(name, code) })),
  });

  const tableJson = (t: ResultsTableModel, title: Label, dimLabel?: Label): AnalysisTable => {
    const own = regional && scope.kind === 'gemeente';
    const dims = t.dimensions.filter(
      (d) => !(d.name === REGION_DIMENSION && (own || scope.kind === 'regio')),
    );
    const rows = [...t.model.cells.values()]
      .map((c) => ({ id: c.id, coordinates: coordinatesOf(c.id) }))
      .filter((c) => {
        if (!regional) return true;
        return own ? c.coordinates.gemeente === scope.id : c.coordinates.gemeente === undefined;
      })
      .map((c) => {
        const { gemeente: _, ...rest } = c.coordinates;
        const totalId = own ? cellId({ gemeente: scope.id }) : '*';
        const now = marks.get(c.id) ?? { suppressed: 'primary' as const };
        const whole = marks.get(totalId) ?? { suppressed: 'primary' as const };
        const share = c.id === totalId ? null : percentage(now, whole, scope.k);
        return {
          coordinates: rest,
          current: markJson(now),
          previous: null,
          change: null,
          share:
            share === null
              ? null
              : 'suppressed' in share
                ? { suppressed: share.suppressed }
                : { value: share.published },
        };
      });
    return {
      id: t.id,
      title,
      dimensions: dims.map((d) =>
        dimensionJson(d.name, d.values, d.name.startsWith('element_') ? dimLabel : undefined),
      ),
      rows,
    };
  };
  const tables = model.tables
    .filter((t) => !t.id.startsWith('element_'))
    .map((t) => tableJson(t, TABLE_TITLES[t.id] ?? { nl: t.id, en: t.id }));
  const elementTables = model.tables
    .filter((t) => t.id.startsWith('element_'))
    .map((t) => {
      const e = elements.find((x) => elementDimension(x.id) === t.id);
      const name = e?.label ?? t.id;
      return tableJson(t, { nl: name, en: name }, { nl: name, en: name });
    });
  const scopeJson = { kind: scope.kind, id: scope.id, name: scope.name };
  return {
    ok: true,
    report: {
      title: { nl: 'Resultaten van maatregelen', en: 'Results of measures' },
      description: {
        nl: `Maatregelen die in ${period.label.nl} eindigden en waarvan de regie het resultaat vastlegde, geteld over de casussen. Personen zijn de beschermde eenheid: iedere persoon telt per tabel één keer, bij het eerste resultaat in het jaar; de resultaten tellen elk in hun eigen cel. Een cel met 1 tot de drempel aan personen wordt niet getoond (·), en zoveel andere cellen dat zij niet terug te rekenen is. Niet meegeteld: casussen gemarkeerd als test, dubbel of niet voor statistiek. Geen score en geen rangorde van personen of partners.`,
        en: `Measures that ended in ${period.label.en} and whose result the case director recorded, counted across cases. Persons are the protected unit: each person counts once per table, at their first result of the year; the results each count in their own cell. A cell of 1 up to the threshold of persons is not shown (·), and so many other cells that it cannot be worked back. Left out: cases marked as a test, a duplicate or not for statistics. No score and no ranking of persons or partners.`,
      },
      period: {
        id: period.id,
        kind: period.kind,
        label: period.label,
        start: period.start,
        end: period.end,
        ...(period.end > today ? { open: true as const } : {}),
      },
      years: yearsUpTo(today, firstYear.rows[0]?.first ?? null),
      scope: scopeJson,
      rules: {
        k: scope.k,
        method: 'cell-suppression-audited',
        ...(protectedReport.rules.exhausted ? { exhausted: true as const } : {}),
      },
      tables,
      elements: elementTables,
    },
  };
}

/** The coordinates a cell id names ('resultaat=ja|type=mentor'; '*' is the grand total). */
function coordinatesOf(id: string): Coordinates {
  if (id === '*') return {};
  const out: Record<string, string> = {};
  for (const part of id.split('|')) {
    const at = part.indexOf('=');
    out[part.slice(0, at)] = part.slice(at + 1);
  }
  return out;
}
