/**
 * The figures of one report as statistics offices see them before publishing: cells and additive constraints.
 * A cell is one figure (a count of distinct persons, optionally with its count of signals); a constraint says
 * that one cell (a total) is the sum of others (its parts). A row total, a column total, the grand total, a
 * region's figure that rolls up its municipalities and a total two tables share are all constraints of the same
 * kind, so one suppression and one audit cover every table of the report together.
 *
 * Cells are named by their coordinates: the dimensions they fix (`fenomeen=polarisatie|periode=2025-K1`); a
 * dimension summed over is left out. Two tables of a report that show the same figure therefore share the cell
 * by name (the period totals of "by fenomeen" and "by bron"), and a region's cells are the cells without the
 * `gemeente` dimension.
 */

export interface CellCounts {
  /** Distinct persons: the figure that is protected. */
  readonly persons: number;
  /** Signals counted in the same cell; published exactly when the persons count is. */
  readonly signals?: number;
  /**
   * The distinct persons behind the cell's records, wherever each person is counted. A person is counted
   * (placed) in one cell of a table only, so a cell can hold records of persons placed elsewhere: with 0
   * persons but records of 3, it still tells something about those 3. Not additive; not published. A cell
   * whose contributors are 1 to k-1 is suppressed like a cell of 1 to k-1 persons.
   */
  readonly contributors?: number;
}

export interface Cell extends CellCounts {
  readonly id: string;
}

export interface Constraint {
  readonly total: string;
  readonly parts: readonly string[];
  /**
   * Set on a region's roll-up over its municipalities: when one municipality's cell is suppressed, at least
   * one more is, whether or not the region's figure is published.
   */
  readonly region?: boolean;
}

export interface ReportModel {
  readonly cells: ReadonlyMap<string, Cell>;
  readonly constraints: readonly Constraint[];
  /**
   * At most this many persons are placed by one record (a signal names several persons): a cell holds at
   * most this many times its signals in persons, which the attacker knows. 1 unless set (a case or a
   * measure is about one person).
   */
  readonly personsPerRecord?: number;
}

/** One dimension of a table and its categories, e.g. `{ name: 'fenomeen', values: [...] }`. */
export interface Dimension {
  readonly name: string;
  readonly values: readonly string[];
}

/** A point in a table: a value for some of its dimensions; a dimension left out is summed over. */
export type Coordinates = Readonly<Record<string, string>>;

/** The dimension that rolls a region up from its municipalities. */
export const REGION_DIMENSION = 'gemeente';

/** The name of the cell at these coordinates: the fixed dimensions, sorted by name. */
export function cellId(coordinates: Coordinates): string {
  const keys = Object.keys(coordinates).sort();
  if (keys.length === 0) return '*';
  return keys.map((k) => `${k}=${coordinates[k]}`).join('|');
}

/**
 * A frequency table with all its margins: every combination of the dimensions' values (the inner cells, from
 * `count`), and every total over one or more dimensions, computed here as sums so the table is additive by
 * construction. A table over `gemeente` is a region's table: its cells without `gemeente` are the region's
 * figures, and those constraints are marked `region`.
 */
export function frequencyTable(
  dimensions: readonly Dimension[],
  count: (inner: Coordinates) => CellCounts,
): ReportModel {
  const cells = new Map<string, Cell>();
  const constraints: Constraint[] = [];
  const names = dimensions.map((d) => d.name);
  if (new Set(names).size !== names.length) throw new Error('a dimension appears twice in the table');
  for (const d of dimensions) {
    if (d.values.length === 0 || new Set(d.values).size !== d.values.length) {
      throw new Error(`dimension ${d.name} needs distinct values`);
    }
  }
  // Every subset of the dimensions is a kind of cell (none fixed: the grand total). Subsets with more fixed
  // dimensions are filled first, so a total is the sum of cells that already exist.
  const subsets: number[] = [];
  for (let mask = (1 << dimensions.length) - 1; mask >= 0; mask--) subsets.push(mask);
  subsets.sort((a, b) => popcount(b) - popcount(a));
  for (const mask of subsets) {
    const fixed = dimensions.filter((_, i) => mask & (1 << i));
    for (const coordinates of product(fixed)) {
      const id = cellId(coordinates);
      if (fixed.length === dimensions.length) {
        const c = count(coordinates);
        cells.set(id, { id, ...c });
        continue;
      }
      let first = true;
      for (const [i, d] of dimensions.entries()) {
        if (mask & (1 << i)) continue;
        const parts = d.values.map((v) => cellId({ ...coordinates, [d.name]: v }));
        constraints.push({ total: id, parts, ...(d.name === REGION_DIMENSION ? { region: true } : {}) });
        if (first) {
          cells.set(id, { id, ...sumCounts(parts.map((p) => cells.get(p) as Cell)) });
          first = false;
        }
      }
    }
  }
  return { cells, constraints };
}

function popcount(n: number): number {
  let c = 0;
  for (let x = n; x; x >>= 1) c += x & 1;
  return c;
}

function product(dimensions: readonly Dimension[]): Coordinates[] {
  let out: Record<string, string>[] = [{}];
  for (const d of dimensions) out = out.flatMap((c) => d.values.map((v) => ({ ...c, [d.name]: v })));
  return out;
}

function sumCounts(cells: readonly CellCounts[]): CellCounts {
  const persons = cells.reduce((s, c) => s + c.persons, 0);
  if (cells.every((c) => c.signals !== undefined)) {
    return { persons, signals: cells.reduce((s, c) => s + (c.signals ?? 0), 0) };
  }
  return { persons };
}

/**
 * The linked tables of one report as one model. A cell that two tables share must have the same counts in
 * both (the same persons, counted the same way), else the report is refused: two different figures under one
 * name would let a reader subtract one from the other.
 */
export function linkTables(tables: readonly ReportModel[]): ReportModel {
  const personsPerRecord = Math.max(1, ...tables.map((t) => t.personsPerRecord ?? 1));
  const cells = new Map<string, Cell>();
  const constraints: Constraint[] = [];
  const seen = new Set<string>();
  for (const t of tables) {
    for (const c of t.cells.values()) {
      const known = cells.get(c.id);
      if (known && (known.persons !== c.persons || known.signals !== c.signals)) {
        throw new Error(`linked tables disagree on cell ${c.id}`);
      }
      cells.set(c.id, c);
    }
    for (const k of t.constraints) {
      const key = `${k.total}=${[...k.parts].sort().join('+')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      constraints.push(k);
    }
  }
  return personsPerRecord > 1 ? { cells, constraints, personsPerRecord } : { cells, constraints };
}

/** The reasons a model cannot be protected as given; empty when it is sound. */
export function modelProblems(model: ReportModel): string[] {
  const problems: string[] = [];
  for (const c of model.cells.values()) {
    if (!Number.isSafeInteger(c.persons) || c.persons < 0) problems.push(`${c.id}: persons is not a count`);
    if (c.signals !== undefined && (!Number.isSafeInteger(c.signals) || c.signals < 0)) {
      problems.push(`${c.id}: signals is not a count`);
    } else if (c.signals !== undefined && c.signals * (model.personsPerRecord ?? 1) < c.persons) {
      problems.push(`${c.id}: fewer signals than persons`);
    }
    if (c.contributors !== undefined && (!Number.isSafeInteger(c.contributors) || c.contributors < 0)) {
      problems.push(`${c.id}: contributors is not a count`);
    }
  }
  for (const k of model.constraints) {
    const total = model.cells.get(k.total);
    const parts = k.parts.map((p) => model.cells.get(p));
    if (!total || parts.some((p) => !p)) {
      problems.push(`${k.total}: a constraint names a cell that does not exist`);
      continue;
    }
    if (new Set(k.parts).size !== k.parts.length || k.parts.includes(k.total)) {
      problems.push(`${k.total}: a constraint names a cell twice`);
      continue;
    }
    const sum = parts.reduce((s, p) => s + (p?.persons ?? 0), 0);
    if (sum !== total.persons)
      problems.push(`${k.total}: persons ${total.persons} is not the sum ${sum} of its parts`);
    if (total.signals !== undefined) {
      const signals = parts.reduce((s, p) => s + (p?.signals ?? Number.NaN), 0);
      if (signals !== total.signals)
        problems.push(`${k.total}: signals ${total.signals} is not the sum of its parts`);
    }
  }
  return problems;
}
