import type { AnonymisedSummary } from '../../../contract/privacy-registers';

/** An anonymised summary with what the check still finds in it (privacy-registers.ts). */
export interface SummaryWithFindings {
  readonly summary: AnonymisedSummary;
  readonly findings: ReadonlyArray<{ readonly kind: string; readonly text: string }>;
}
