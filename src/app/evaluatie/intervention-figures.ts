import type { InterventionFigures } from '../../contract/evaluatie-interventions.js';
import { closedCasesWithMeasure } from '../../db/evaluatie-interventions.js';
import { FIXED_VALUES } from '../../domain/analyse/catalogue.js';
import { median } from '../../domain/analyse/derived.js';
import { type CellMark, type Coordinates, cellId, frequencyTable } from '../../domain/analyse/disclosure.js';
import { parsePeriod } from '../../domain/analyse/periods.js';
import { amsterdamDate, amsterdamStartOfDay } from '../../domain/melding/calendar.js';
import { protectOffThread } from '../analyse/protection.js';
import { analysisScope } from '../analyse/reports.js';
import { type Ctx, fieldError, logDenied, type Result } from '../overleg/results.js';
import { OBJECT_INTERVENTION, ownIntervention } from './interventions.js';

/** The most solver steps the protection may take; past it nothing is published. */
const PROTECTION_STEPS = 3_000;

const REASON_LABEL = { nl: 'Reden van afsluiting', en: 'Reason for closure' };

/**
 * For an intervention that is one of the catalogue's PGA measure types: the closure reasons and the median
 * duration of the municipality's cases closed in the year that had that measure. Counted only through the
 * fenomeenanalyse's disclosure control (`protectReport` on the protection's worker, with the municipality's
 * k): a person counts once, at their first closed case of the year; a cell of 1 up to k persons is
 * suppressed with so many others that it cannot be worked back, and the median is shown only with k persons
 * behind it. Never a score or a ranking.
 */
export async function interventionFigures(
  ctx: Ctx,
  id: string,
  input: { year?: string | undefined },
): Promise<Result<{ figures: InterventionFigures }>> {
  const i = await ownIntervention(ctx, id);
  if (!i) return logDenied(ctx, OBJECT_INTERVENTION, id);
  const today = amsterdamDate(ctx.now);
  const year = input.year ?? today.slice(0, 4);
  const period = parsePeriod(year);
  if (!period || period.start > today) {
    return fieldError('jaar', 'Kies een jaar tot en met dit jaar.', 'Choose a year up to this year.');
  }
  const scoped = await analysisScope(ctx.db, ctx.actor);
  const k = scoped.ok ? scoped.scope.k : 10;
  if (!i.catalogue || !scoped.ok) {
    return { ok: true, figures: { applies: false, year, k, table: null, leadTime: null } };
  }
  const rows = await closedCasesWithMeasure(
    ctx.db,
    i.tenantId,
    i.catalogue.id,
    amsterdamStartOfDay(period.start),
    amsterdamStartOfDay(period.end),
  );
  // A person is placed once: at the first closed case of the year.
  const sorted = [...rows].sort((a, b) => (a.at === b.at ? (a.rid < b.rid ? -1 : 1) : a.at < b.at ? -1 : 1));
  const placed = new Set<string>();
  const seen = new Set<number>();
  for (const r of sorted) {
    if (seen.has(r.person)) continue;
    seen.add(r.person);
    placed.add(r.rid);
  }
  const reasons = FIXED_VALUES.reden ?? [];
  const present = new Set(rows.map((r) => r.reden));
  const codes = [
    ...reasons.filter((v) => present.has(v.code)).map((v) => v.code),
    ...[...present].filter((c) => !reasons.some((v) => v.code === c)).sort(),
  ];
  let marks: ReadonlyMap<string, CellMark> = new Map();
  if (codes.length > 0) {
    const dimensions = [{ name: 'reden', values: codes }];
    const model = frequencyTable(dimensions, (inner: Coordinates) => {
      const inCell = rows.filter((r) => inner.reden === undefined || r.reden === inner.reden);
      return {
        persons: inCell.filter((r) => placed.has(r.rid)).length,
        signals: inCell.length,
        contributors: new Set(inCell.map((r) => r.person)).size,
      };
    });
    marks = (await protectOffThread(model, k, new Set(), PROTECTION_STEPS)).marks;
  }
  const mark = (m: CellMark | undefined) =>
    !m || 'suppressed' in m
      ? { suppressed: true as const }
      : { persons: m.published, records: m.signals ?? m.published };
  const total: CellMark = marks.get('*') ?? { suppressed: 'primary' };
  const duration = median(
    rows.filter((r) => placed.has(r.rid)).map((r) => r.days),
    total,
    k,
  );
  // Read as an aggregate, as the fenomeenanalyse is logged (no person id).
  await ctx.audit(ctx.db, {
    action: 'read',
    objectType: 'analyse_rapport',
    objectId: scoped.scope.id,
    personId: null,
    purpose: `interventie ${id}`,
  });
  const labelOf = (code: string) => reasons.find((v) => v.code === code)?.label ?? { nl: code, en: code };
  return {
    ok: true,
    figures: {
      applies: true,
      year,
      k,
      table: {
        id: 'reden',
        title: {
          nl: `Afgesloten casussen met ${i.catalogue.labelNl.toLowerCase()}, naar reden`,
          en: `Closed cases with ${i.catalogue.labelEn.toLowerCase()}, by reason`,
        },
        dimensions: [
          {
            name: 'reden',
            label: REASON_LABEL,
            values: codes.map((code) => ({ code, label: labelOf(code) })),
          },
        ],
        rows: [
          ...codes.map((code) => ({
            coordinates: { reden: code },
            current: mark(marks.get(cellId({ reden: code }))),
            previous: null,
            change: null,
            share: null,
          })),
          { coordinates: {}, current: mark(marks.get('*')), previous: null, change: null, share: null },
        ],
      },
      leadTime: {
        label: { nl: 'Mediane duur van deze casussen (dagen)', en: 'Median duration of these cases (days)' },
        value: 'published' in duration ? { days: Math.round(duration.published) } : { suppressed: true },
      },
    },
  };
}
