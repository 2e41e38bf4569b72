import { type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  CaseAttention,
  CaseDetail,
  CatalogueEntry,
  Checklist,
  ChecklistItem,
  Measure,
  Plan,
  ReviewDue,
} from '../../../contract/casussen';
import type { Ref } from '../../../contract/primitives';
import { apiGet } from '../../api';
import { conflictCurrent, isObject, versionedWith } from '../../ui/form-send';

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

const isCase = versionedWith<CaseDetail>((v) => typeof v.phase === 'string' && Array.isArray(v.timeline));
const isPlan = versionedWith<Plan>((v) => typeof v.goals === 'string' && isObject(v.drivers));
const isMeasure = versionedWith<Measure>((v) => typeof v.track === 'string' && isObject(v.evaluation));
const isChecklistItem = versionedWith<ChecklistItem>(
  (v) => typeof v.status === 'string' && isObject(v.label),
);

/** The case now saved, carried by a 409 answer (likewise a plan, a measure, a checklist item). */
export const conflictCase = (error: unknown) => conflictCurrent(error, isCase);
export const conflictPlan = (error: unknown) => conflictCurrent(error, isPlan);
export const conflictMeasure = (error: unknown) => conflictCurrent(error, isMeasure);
export const conflictChecklistItem = (error: unknown) => conflictCurrent(error, isChecklistItem);
