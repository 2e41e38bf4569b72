import type { AnonymisedSummary } from '../../../contract/privacy-registers';
import type { Restriction, SubjectPerson, SubjectRequest } from '../../../contract/privacy-rights';

/**
 * The answers of the data-subject rights and register API (src/server/routes/privacy-rights.ts,
 * privacy-registers.ts) that src/contract/ does not describe yet.
 */

export interface SubjectRequestDetail {
  readonly request: SubjectRequest;
  readonly person: SubjectPerson | null;
  readonly restrictions: readonly Restriction[];
  readonly rectifications: ReadonlyArray<{ field: string; reason: string; at: string; byName: string }>;
  readonly erasure: { readonly allowed: boolean; readonly nl?: string; readonly en?: string } | null;
}

export interface PersonHit {
  readonly id: string;
  readonly displayName: string;
  readonly birthDate: string | null;
}

export interface SummaryWithFindings {
  readonly summary: AnonymisedSummary;
  readonly findings: ReadonlyArray<{ readonly kind: string; readonly text: string }>;
}
