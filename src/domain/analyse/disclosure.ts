import type { FieldIssue } from '../overleg/types.js';
import { auditSuppression, findProtectionProblems, type SuppressionReason } from './audit.js';
import { protectCells } from './suppression.js';
import { modelProblems, type ReportModel } from './table-model.js';

/**
 * Disclosure control for the figures of the phenomenon analysis: the rules statistics offices apply to
 * frequency tables before publishing (the sdcTools handbook on frequency tables, τ-ARGUS, Statistics Norway's
 * GaussSuppression), applied to all linked tables of a report and its region roll-up together.
 *
 * `protectReport` takes a report's cells and additive constraints (`table-model.ts`), suppresses the small
 * cells (primary) and enough others that none can be worked out (secondary, `suppression.ts`), checks that
 * with the exact attacker (`audit.ts`), and returns each cell as published or suppressed with its reason.
 * Derived figures (percentages, changes, medians, rounding) are in `derived.ts`.
 */

export { type AuditResult, auditSuppression, type CellInterval, type ProtectionProblem } from './audit.js';
export { primarySuppression } from './suppression.js';
export {
  type Cell,
  type CellCounts,
  type Constraint,
  type Coordinates,
  cellId,
  type Dimension,
  frequencyTable,
  linkTables,
  REGION_DIMENSION,
  type ReportModel,
} from './table-model.js';
export type { SuppressionReason };

/** The threshold when a municipality has not set its own. */
export const DEFAULT_K = 10;
/** The privacy officer may raise k, never lower it below this. */
export const MIN_K = 5;
/** A threshold above this hides nearly every figure of a municipality; a typing error more likely than a choice. */
export const MAX_K = 100;

/** The field-named Dutch and English problem with a threshold, or null when k can be used. */
export function validateK(k: unknown): FieldIssue | null {
  if (typeof k !== 'number' || !Number.isInteger(k)) {
    return {
      field: 'k',
      nl: 'Vul een geheel getal in als drempel.',
      en: 'Enter a whole number as the threshold.',
    };
  }
  if (k < MIN_K) {
    return {
      field: 'k',
      nl: `De drempel is minstens ${MIN_K} personen per cel.`,
      en: `The threshold is at least ${MIN_K} persons per cell.`,
    };
  }
  if (k > MAX_K) {
    return {
      field: 'k',
      nl: `De drempel is hoogstens ${MAX_K} personen per cel.`,
      en: `The threshold is at most ${MAX_K} persons per cell.`,
    };
  }
  return null;
}

/**
 * One cell as screens and exports show it: the counts, or the mark and why. Charts and tables read the same
 * marks, so a suppressed cell looks the same in both.
 */
export type CellMark =
  | {
      readonly published: number;
      readonly signals?: number;
      /** Set when the counts were rounded to multiples of 5 for publication (`roundToFive`). */
      readonly roundedTo?: 5;
    }
  | { readonly suppressed: SuppressionReason };

/** The rules a report was protected with, recorded with a published version. */
export interface DisclosureRules {
  readonly k: number;
  readonly zeros: 'published';
  readonly method: 'cell-suppression-audited';
}

export interface ProtectedReport {
  readonly marks: ReadonlyMap<string, CellMark>;
  readonly rules: DisclosureRules;
}

export interface ProtectOptions {
  /**
   * Cells to suppress whatever their counts: the cells suppressed in any sub-period of the period (its
   * quarters and halves), so a year minus its published quarters never gives a suppressed quarter's cell back.
   */
  readonly alsoSuppress?: ReadonlySet<string>;
}

/**
 * Protects a report: primary and secondary suppression, then the audit over every suppressed cell. Throws on a
 * model that is not additive or a k that `validateK` refuses (the route layer validates k first), and if the
 * audit ever found an unprotected cell (it cannot by construction; the check keeps it that way).
 */
export function protectReport(
  model: ReportModel,
  k: number = DEFAULT_K,
  options: ProtectOptions = {},
): ProtectedReport {
  const issue = validateK(k);
  if (issue) throw new RangeError(issue.en);
  const problems = modelProblems(model);
  if (problems.length > 0) throw new Error(`report model: ${problems.slice(0, 3).join('; ')}`);
  const suppressed = protectCells(model, k, options.alsoSuppress);
  const left = findProtectionProblems(model, suppressed, k);
  if (left.length > 0) throw new Error(`audit: cell ${left[0]?.id} is not protected`);
  const marks = new Map<string, CellMark>();
  for (const c of model.cells.values()) {
    const reason = suppressed.get(c.id);
    if (reason) marks.set(c.id, { suppressed: reason });
    else
      marks.set(
        c.id,
        c.signals === undefined ? { published: c.persons } : { published: c.persons, signals: c.signals },
      );
  }
  return { marks, rules: { k, zeros: 'published', method: 'cell-suppression-audited' } };
}

/** The suppressed cells of a protected report, as the audit takes them. */
export function suppressionOf(report: ProtectedReport): Map<string, SuppressionReason> {
  const out = new Map<string, SuppressionReason>();
  for (const [id, m] of report.marks) if ('suppressed' in m) out.set(id, m.suppressed);
  return out;
}

/** The full audit of a protected report: every suppressed cell's exact interval. */
export function auditReport(model: ReportModel, report: ProtectedReport) {
  return auditSuppression(model, suppressionOf(report), report.rules.k);
}
