import { type QueryClient, useQuery } from '@tanstack/react-query';
import { ApiError, apiGet } from '../../api';

/**
 * The case API (src/server/routes/casussen.ts and casussen-schemas.ts) as the web app reads it: types and
 * react-query hooks. No field anywhere holds a score, ranking or prediction about a person.
 */

/** The phases and their allowed steps (src/domain/casus/phase.ts). */
export const CASE_PHASES = ['signalering', 'persoonsgerichte_aanpak', 'nazorg', 'afgesloten'] as const;
export type CasePhase = (typeof CASE_PHASES)[number];
export const CASE_TRANSITIONS: Readonly<Record<CasePhase, readonly CasePhase[]>> = {
  signalering: ['persoonsgerichte_aanpak', 'afgesloten'],
  persoonsgerichte_aanpak: ['nazorg', 'afgesloten'],
  nazorg: ['persoonsgerichte_aanpak', 'afgesloten'],
  afgesloten: [],
};

/** The situations and their allowed steps (src/domain/casus/situation.ts). */
export const CASE_SITUATIONS = [
  'zorgelijk',
  'potentiele_uitreiziger',
  'tegengehouden_uitreiziger',
  'uitgereisd',
  'terugkeerder',
  'gedetineerd',
  'overleden',
] as const;
export type CaseSituation = (typeof CASE_SITUATIONS)[number];
export const SITUATION_TRANSITIONS: Readonly<Record<CaseSituation, readonly CaseSituation[]>> = {
  zorgelijk: ['potentiele_uitreiziger', 'uitgereisd', 'gedetineerd', 'overleden'],
  potentiele_uitreiziger: [
    'zorgelijk',
    'tegengehouden_uitreiziger',
    'uitgereisd',
    'gedetineerd',
    'overleden',
  ],
  tegengehouden_uitreiziger: [
    'zorgelijk',
    'potentiele_uitreiziger',
    'uitgereisd',
    'gedetineerd',
    'overleden',
  ],
  uitgereisd: ['terugkeerder', 'gedetineerd', 'overleden'],
  terugkeerder: ['zorgelijk', 'gedetineerd', 'uitgereisd', 'overleden'],
  gedetineerd: ['zorgelijk', 'terugkeerder', 'overleden'],
  overleden: [],
};
/** Leaving for, returning from or dying in a conflict zone needs the date it happened. */
export const SITUATIONS_WITH_DATE: readonly CaseSituation[] = ['uitgereisd', 'terugkeerder', 'overleden'];

export const MEASURE_TRACKS = ['strafrechtelijk', 'bestuurlijk', 'zorg'] as const;
export type MeasureTrack = (typeof MEASURE_TRACKS)[number];
export const MEASURE_STATUSES = ['gepland', 'lopend', 'afgerond', 'gestopt'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const CLOSURE_REASONS = [
  'disengaged',
  'verhuisd',
  'gedetineerd',
  'overleden',
  'overgedragen',
  'anders',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];
export const DRIVERS = ['identiteit', 'betekenis', 'rechtvaardigheid', 'sensatie'] as const;
export type Driver = (typeof DRIVERS)[number];
export const CHECKLIST_ITEM_STATUSES = ['open', 'gedaan', 'niet_van_toepassing'] as const;
export type ChecklistItemStatus = (typeof CHECKLIST_ITEM_STATUSES)[number];

export interface Ref {
  readonly id: string;
  readonly name: string;
}

export interface Label {
  readonly nl: string;
  readonly en: string;
}

export interface CaseSummary {
  readonly id: string;
  readonly reference: string;
  readonly person: Ref;
  readonly phase: CasePhase;
  readonly situation: CaseSituation;
  readonly regisseur: Ref | null;
  readonly openedAt: string;
  readonly nextReviewOn: string;
  readonly reviewOverdue: boolean;
  readonly version: number;
}

export interface Participant {
  readonly id: string;
  readonly organisation: Ref;
  readonly user: Ref | null;
  readonly role: string;
  readonly joinedAt: string;
  readonly leftAt: string | null;
  readonly leftReason: string | null;
  readonly active: boolean;
}

export interface TimelineEvent {
  readonly id: string;
  readonly at: string;
  readonly by: string | null;
  readonly organisation: string | null;
  readonly kind: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly reason: string | null;
  readonly occurredOn: string | null;
}

/** 'regie': changes everything; 'read': the mayor; 'partner': reads, works on its own measures. */
export type CaseAccess = 'regie' | 'read' | 'partner';

export interface CaseDetail extends CaseSummary {
  readonly access: CaseAccess;
  readonly situationSince: string | null;
  readonly departedOn: string | null;
  readonly returnedOn: string | null;
  readonly deceasedOn: string | null;
  readonly closedAt: string | null;
  readonly closureReason: ClosureReason | null;
  readonly closureNote: string | null;
  readonly participants: readonly Participant[];
  readonly timeline: readonly TimelineEvent[];
}

export interface Changed {
  readonly id: string;
  readonly version: number;
}

export interface Plan {
  readonly goals: string;
  readonly drivers: Readonly<Record<Driver, string>>;
  readonly protectiveFactors: string;
  readonly impactOnSurroundings: string;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
  /** 0 while no plan has been saved. */
  readonly version: number;
}

export interface CatalogueEntry {
  readonly id: string;
  readonly code: string;
  readonly track: MeasureTrack;
  readonly label: Label;
  readonly legalBasis: string | null;
  readonly own: boolean;
  readonly active: boolean;
}

export interface Measure {
  readonly id: string;
  readonly catalogueId: string | null;
  readonly track: MeasureTrack;
  readonly title: string;
  readonly owner: { readonly organisation: Ref; readonly user: Ref | null };
  readonly legalBasis: string | null;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly status: MeasureStatus;
  readonly evaluation: { readonly result: string | null; readonly whatWorked: string | null };
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly mayEdit: boolean;
  readonly version: number;
}

export interface ChecklistItem {
  readonly id: string;
  readonly code: string;
  readonly label: Label;
  readonly dueOn: string | null;
  readonly overdue: boolean;
  readonly status: ChecklistItemStatus;
  readonly note: string;
  /** Required in this case (minors concerned): it cannot be marked not applicable. */
  readonly required: boolean;
  /** Why it is required, or what to check. */
  readonly reason: Label | null;
  readonly by: string | null;
  readonly at: string | null;
  readonly version: number;
}

export interface Checklist {
  readonly id: string;
  readonly kind: string;
  readonly label: Label;
  readonly createdAt: string;
  readonly items: readonly ChecklistItem[];
}

export const casesKey = ['casussen'] as const;
export const caseKey = (id: string) => ['casus', id] as const;
export const planKey = (id: string) => ['casus', id, 'plan'] as const;
export const measuresKey = (id: string) => ['casus', id, 'maatregelen'] as const;
export const checklistsKey = (id: string) => ['casus', id, 'checklists'] as const;
export const catalogueKey = ['maatregelcatalogus'] as const;

const casePath = (id: string) => `/api/casussen/${encodeURIComponent(id)}`;

export function useCases(enabled = true) {
  return useQuery({
    queryKey: casesKey,
    queryFn: () => apiGet<CaseSummary[]>('/api/casussen'),
    enabled,
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: caseKey(id), queryFn: () => apiGet<CaseDetail>(casePath(id)) });
}

export function usePlan(id: string) {
  return useQuery({ queryKey: planKey(id), queryFn: () => apiGet<Plan>(`${casePath(id)}/plan`) });
}

export function useMeasures(id: string) {
  return useQuery({
    queryKey: measuresKey(id),
    queryFn: () => apiGet<Measure[]>(`${casePath(id)}/maatregelen`),
  });
}

export function useChecklists(id: string) {
  return useQuery({
    queryKey: checklistsKey(id),
    queryFn: () => apiGet<Checklist[]>(`${casePath(id)}/checklists`),
  });
}

export function useCatalogue() {
  return useQuery({
    queryKey: catalogueKey,
    queryFn: () => apiGet<CatalogueEntry[]>('/api/casussen/maatregelcatalogus'),
    staleTime: 60_000,
  });
}

export { casePath };

/** The people of a partner organisation, to name one as participant or owner (regie only). */
export function usePartnerStaff(organisationId: string) {
  return useQuery({
    queryKey: ['casus-medewerkers', organisationId],
    queryFn: () =>
      apiGet<Ref[]>(`/api/casussen/organisaties/${encodeURIComponent(organisationId)}/medewerkers`),
    enabled: organisationId !== '',
    staleTime: 60_000,
  });
}

export interface ReviewDue {
  readonly id: string;
  readonly reference: string;
  readonly nextReviewOn: string;
}

/** The officer's cases whose review is overdue: references and dates only. */
/** What needs the officer's attention in the open cases, by reference only. */
export interface CaseAttention {
  readonly checklistTerms: ReadonlyArray<{
    readonly id: string;
    readonly reference: string;
    readonly dueOn: string;
    readonly overdue: boolean;
    readonly openItems: number;
  }>;
  readonly withoutRegisseur: ReadonlyArray<{ readonly id: string; readonly reference: string }>;
}

export function useCaseAttention(enabled: boolean) {
  return useQuery({
    queryKey: [...casesKey, 'aandacht'],
    queryFn: () => apiGet<CaseAttention>('/api/casussen/aandacht'),
    enabled,
  });
}

export function useReviewsDue(enabled: boolean) {
  return useQuery({
    queryKey: [...casesKey, 'evaluaties-te-laat'],
    queryFn: () => apiGet<ReviewDue[]>('/api/casussen/evaluaties-te-laat'),
    enabled,
  });
}

/**
 * After any change of a case: read the case (header, timeline), its parts and the list again. The timeline
 * records every change, so the case itself is always read again.
 */
export async function reloadCase(queryClient: QueryClient, id: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: casesKey });
  await queryClient.invalidateQueries({ queryKey: ['casus', id] });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The other version carried by a 409 problem document, when it has the expected shape. */
function conflictBody<T>(error: unknown, is: (value: Record<string, unknown>) => boolean): T | null {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return null;
  const current = error.body.current;
  return isRecord(current) && is(current) ? (current as T) : null;
}

export function conflictCase(error: unknown): CaseDetail | null {
  return conflictBody<CaseDetail>(
    error,
    (v) => typeof v.version === 'number' && typeof v.phase === 'string' && Array.isArray(v.timeline),
  );
}

export function conflictPlan(error: unknown): Plan | null {
  return conflictBody<Plan>(
    error,
    (v) => typeof v.version === 'number' && typeof v.goals === 'string' && isRecord(v.drivers),
  );
}

export function conflictMeasure(error: unknown): Measure | null {
  return conflictBody<Measure>(
    error,
    (v) => typeof v.version === 'number' && typeof v.track === 'string' && isRecord(v.evaluation),
  );
}

export function conflictChecklistItem(error: unknown): ChecklistItem | null {
  return conflictBody<ChecklistItem>(
    error,
    (v) => typeof v.version === 'number' && typeof v.status === 'string' && isRecord(v.label),
  );
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'conflict';
}
