/** The shapes of the data-subject rights and register API (src/server/routes/privacy-rights.ts, privacy-registers.ts). */

export const REQUEST_KINDS = ['inzage', 'rectificatie', 'beperking', 'wissen'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export interface SubjectRequest {
  readonly id: string;
  readonly personId: string | null;
  readonly personName: string | null;
  readonly kind: RequestKind;
  readonly receivedOn: string;
  readonly reason: string;
  readonly status: 'open' | 'afgehandeld' | 'geweigerd';
  readonly outcome: string | null;
  readonly createdAt: string;
  readonly createdByName: string;
  readonly decidedAt: string | null;
  readonly decidedByName: string | null;
  readonly version: number;
}

export interface Restriction {
  readonly id: string;
  readonly scope: string;
  readonly reason: string;
  readonly createdAt: string;
  readonly createdByName: string;
  readonly liftedAt: string | null;
  readonly liftedByName: string | null;
  readonly liftReason: string | null;
}

export interface SubjectPerson {
  readonly id: string;
  readonly displayName: string;
  readonly birthDate: string | null;
  readonly neighbourhood: string | null;
  readonly address: string | null;
  readonly schoolOrWork: string | null;
  readonly restrictedSource: boolean;
  readonly version: number;
}

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

export interface RegisterEntry {
  readonly id: number;
  readonly objectType: string;
  readonly objectId: string;
  readonly description: string;
  readonly recipient: string;
  readonly legalBasis: { readonly code: string; readonly labelNl: string; readonly labelEn: string };
  readonly disclosedByName: string;
  readonly disclosedAt: string;
  readonly casusId: string | null;
  readonly restricted: boolean;
}

export interface LegalBasis {
  readonly id: string;
  readonly code: string;
  readonly labelNl: string;
  readonly labelEn: string;
  readonly example: boolean;
}

export interface AnonymisedSummary {
  readonly id: string;
  readonly casusId: string;
  readonly text: string;
  readonly status: 'concept' | 'geexporteerd';
  readonly createdAt: string;
  readonly createdByName: string;
  readonly exportedAt: string | null;
  readonly exportedByName: string | null;
  readonly recipient: string | null;
  readonly version: number;
}

export interface SummaryWithFindings {
  readonly summary: AnonymisedSummary;
  readonly findings: ReadonlyArray<{ readonly kind: string; readonly text: string }>;
}
