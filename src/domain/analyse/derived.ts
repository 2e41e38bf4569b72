import type { CellMark } from './disclosure.js';

/**
 * Figures derived from protected counts: percentages, changes against the previous period, medians, and the
 * optional rounding to multiples of 5. Each is published only when every count behind it is published, so a
 * derived figure never gives back what suppression took away (a share of a published total is the suppressed
 * cell itself; a change against a suppressed period is the suppressed count plus a known number).
 */

export type DerivedFigure =
  | { readonly published: number; readonly roundedTo?: 5 }
  | {
      /** count: a count behind the figure is suppressed; base: the base is 0 or fewer than k persons. */
      readonly suppressed: 'count' | 'base';
    };

function isPublished(m: CellMark): m is Extract<CellMark, { published: number }> {
  return 'published' in m;
}

/** A rounded mark is labelled, and a figure derived from rounded counts carries the label on. */
function roundedLabel(...marks: CellMark[]): { roundedTo?: 5 } {
  return marks.some((m) => 'published' in m && m.roundedTo === 5) ? { roundedTo: 5 } : {};
}

/**
 * The share of `part` in `whole`, in percent with one decimal. Only on a base of at least k persons: a
 * percentage of a handful of people says too much about each (and 0 has no share).
 */
export function percentage(part: CellMark, whole: CellMark, k: number): DerivedFigure {
  if (!isPublished(part) || !isPublished(whole)) return { suppressed: 'count' };
  if (whole.published === 0 || whole.published < k) return { suppressed: 'base' };
  return {
    published: Math.round((1000 * part.published) / whole.published) / 10,
    ...roundedLabel(part, whole),
  };
}

/** The change in persons against the previous period. */
export function change(current: CellMark, previous: CellMark): DerivedFigure {
  if (!isPublished(current) || !isPublished(previous)) return { suppressed: 'count' };
  return { published: current.published - previous.published, ...roundedLabel(current, previous) };
}

/** The change in percent against the previous period, only on a previous period of at least k persons. */
export function relativeChange(current: CellMark, previous: CellMark, k: number): DerivedFigure {
  if (!isPublished(current) || !isPublished(previous)) return { suppressed: 'count' };
  if (previous.published === 0 || previous.published < k) return { suppressed: 'base' };
  const pct = (1000 * (current.published - previous.published)) / previous.published;
  return { published: Math.round(pct) / 10, ...roundedLabel(current, previous) };
}

/**
 * The median of the values behind a published count (lead times in days of the cases the cell counts), only
 * when that count is published and at least k values stand behind it. The middle value of an even number is
 * the mean of the two in the middle.
 */
export function median(values: readonly number[], count: CellMark, k: number): DerivedFigure {
  if (!isPublished(count)) return { suppressed: 'count' };
  if (values.length === 0 || values.length < k) return { suppressed: 'base' };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { published: value };
}

/**
 * The marks with every published count rounded to the nearest multiple of 5 (halves up) and labelled, for a
 * report published rounded; suppressed cells stay as they are. Rounded totals need not be the sum of their
 * rounded cells, which the label tells the reader.
 */
export function roundToFive(marks: ReadonlyMap<string, CellMark>): Map<string, CellMark> {
  const out = new Map<string, CellMark>();
  const round = (n: number): number => 5 * Math.floor((n + 2.5) / 5);
  for (const [id, m] of marks) {
    if (!isPublished(m)) out.set(id, m);
    else if (m.signals === undefined) out.set(id, { published: round(m.published), roundedTo: 5 });
    else out.set(id, { published: round(m.published), signals: round(m.signals), roundedTo: 5 });
  }
  return out;
}
