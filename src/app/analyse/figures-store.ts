import { findStoredFigures, type StoredFiguresKey, storeFigures } from '../../db/analyse-figures.js';
import type { Queryable } from '../../db/database.js';
import type { MedianStep, ReportDefinition, TableDefinition } from '../../domain/analyse/catalogue.js';
import type { DerivedFigure } from '../../domain/analyse/derived.js';
import type { CellMark, Coordinates, Dimension } from '../../domain/analyse/disclosure.js';
import type { Period } from '../../domain/analyse/periods.js';

/**
 * The protection of one report in one period, as src/app/analyse/reports.ts computes it, and its stored form.
 *
 * A period that has ended is protected once and kept (migration 015): its figures are read back instead of
 * counted again, and every reader sees the same protection of it. Kept are only what the protection published
 * or suppressed (marks, the medians that passed, the ids of the suppressed cells and the dimensions' codes),
 * never a count below the threshold, a record or a person.
 */

export interface ProtectedTable {
  readonly definition: TableDefinition;
  readonly dimensions: readonly Dimension[];
  readonly cells: readonly { id: string; coordinates: Coordinates }[];
}

export interface ProtectedMedian {
  readonly step: MedianStep;
  readonly marks: ReadonlyMap<string, CellMark>;
  /** The median per municipality id ('*' for the whole model), as published (or why not). */
  readonly figures: ReadonlyMap<string, DerivedFigure>;
}

export interface ProtectedPeriod {
  readonly period: Period;
  readonly tables: readonly ProtectedTable[];
  readonly marks: ReadonlyMap<string, CellMark>;
  readonly medians: readonly ProtectedMedian[];
  /** Every cell suppressed here or forced from a sub-period (tables and medians, by `step:` prefix). */
  readonly suppressed: ReadonlySet<string>;
  /** A table of the period needed more work than its bound: it publishes nothing (every cell suppressed). */
  readonly exhausted: boolean;
  /** When the protection was made, for a period read back from the store; null when made for this answer. */
  readonly computedAt: Date | null;
}

/** The stored form (jsonb): version 1. */
interface StoredPeriod {
  readonly v: 1;
  readonly tables: { id: string; dimensions: { name: string; values: string[] }[]; cells: string[] }[];
  readonly marks: [string, CellMark][];
  readonly medians: { step: MedianStep; marks: [string, CellMark][]; figures: [string, DerivedFigure][] }[];
  readonly suppressed: string[];
  readonly exhausted: boolean;
}

export function parseCellId(id: string): Coordinates {
  if (id === '*') return {};
  return Object.fromEntries(id.split('|').map((part) => part.split('=', 2) as [string, string]));
}

function toStored(p: ProtectedPeriod): StoredPeriod {
  return {
    v: 1,
    tables: p.tables.map((t) => ({
      id: t.definition.id,
      dimensions: t.dimensions.map((d) => ({ name: d.name, values: [...d.values] })),
      cells: t.cells.map((c) => c.id),
    })),
    marks: [...p.marks],
    medians: p.medians.map((m) => ({ step: m.step, marks: [...m.marks], figures: [...m.figures] })),
    suppressed: [...p.suppressed],
    exhausted: p.exhausted,
  };
}

/** The stored form back, or null when it does not fit the report as defined now (a table renamed). */
function fromStored(
  report: ReportDefinition,
  period: Period,
  s: StoredPeriod,
  computedAt: Date,
): ProtectedPeriod | null {
  if (s.v !== 1) return null;
  const tables: ProtectedTable[] = [];
  for (const t of s.tables) {
    const definition = report.tables.find((d) => d.id === t.id);
    if (!definition) return null;
    tables.push({
      definition,
      dimensions: t.dimensions,
      cells: t.cells.map((id) => ({ id, coordinates: parseCellId(id) })),
    });
  }
  if (tables.length !== report.tables.length) return null;
  if (s.medians.map((m) => m.step).join() !== report.medians.join()) return null;
  return {
    period,
    tables,
    marks: new Map(s.marks),
    medians: s.medians.map((m) => ({ step: m.step, marks: new Map(m.marks), figures: new Map(m.figures) })),
    suppressed: new Set(s.suppressed),
    exhausted: s.exhausted,
    computedAt,
  };
}

export interface FiguresKey {
  readonly modelId: string;
  readonly report: ReportDefinition;
  readonly period: Period;
  readonly k: number;
}

const keyOf = (key: FiguresKey): StoredFiguresKey => ({
  modelId: key.modelId,
  report: key.report.id,
  period: key.period.id,
  k: key.k,
});

export async function loadProtection(q: Queryable, key: FiguresKey): Promise<ProtectedPeriod | null> {
  const row = await findStoredFigures(q, keyOf(key));
  if (!row) return null;
  return fromStored(key.report, key.period, row.figures as StoredPeriod, row.computedAt);
}

/** Keeps a protection; returns it as readers will see it from now on (with its moment). */
export async function saveProtection(
  q: Queryable,
  key: FiguresKey,
  p: ProtectedPeriod,
  now: Date,
): Promise<ProtectedPeriod> {
  await storeFigures(q, keyOf(key), now, toStored(p));
  // Another request may have kept its own first; both are the same protection of the same counts, but what is
  // kept is what every later reader gets, so this answer gives that too.
  return (await loadProtection(q, key)) ?? { ...p, computedAt: now };
}
