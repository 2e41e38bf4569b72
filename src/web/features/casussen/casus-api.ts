import { type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  CaseAttention,
  CaseDetail,
  CaseSummary,
  CatalogueEntry,
  Checklist,
  ChecklistItem,
  Measure,
  Plan,
  ReviewDue,
} from '../../../contract/casussen';
import type { Ref } from '../../../contract/primitives';
import { ApiError, apiGet } from '../../api';

/**
 * The case API (src/server/routes/casussen.ts) as the web app reads it: react-query hooks, typed by the
 * contract (src/contract/casussen.ts). No field anywhere holds a score, ranking or prediction about a person.
 */

/** Leaving for, returning from or dying in a conflict zone needs the date it happened. */

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
