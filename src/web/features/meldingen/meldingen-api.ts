import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { Category, Municipality, SignalDetail, Suggestions } from '../../../contract/meldingen';
import { ApiError, apiGet } from '../../api';

export const signalKey = (id: string) => ['signal', id] as const;
export const suggestionsKey = (id: string) => ['signal-suggestions', id] as const;
export const worklistKey = ['worklist'] as const;

export function useSignal(id: string) {
  return useQuery({
    queryKey: signalKey(id),
    queryFn: () => apiGet<SignalDetail>(`/api/meldingen/${encodeURIComponent(id)}`),
  });
}

export function useSuggestions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: suggestionsKey(id),
    queryFn: () => apiGet<Suggestions>(`/api/meldingen/${encodeURIComponent(id)}/suggesties`),
    enabled,
  });
}

/** The phenomenon categories of the own municipality (the NCTV list plus its own). */
export function useCategories(enabled = true) {
  return useQuery({
    queryKey: ['meldpunt-categories'],
    queryFn: () => apiGet<Category[]>('/api/meldpunt/categorieen'),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** The municipalities that take reports through the public form. */
export function usePublicMunicipalities() {
  return useQuery({
    queryKey: ['public-municipalities'],
    queryFn: () => apiGet<Municipality[]>('/api/public/gemeenten'),
    staleTime: 5 * 60_000,
  });
}

/** After a change of a signal: read it again, and the worklists when they are shown next. */
export async function reloadSignal(queryClient: QueryClient, id: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: worklistKey });
  await queryClient.invalidateQueries({ queryKey: signalKey(id) });
}

function isSignal(value: unknown): value is SignalDetail {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<SignalDetail>;
  return typeof s.id === 'string' && typeof s.version === 'number' && Array.isArray(s.history);
}

/** The version of the signal someone else saved, from a 409 problem document. */
export function conflictSignal(error: unknown): SignalDetail | null {
  return error instanceof ApiError && error.code === 'conflict' && isSignal(error.body.current)
    ? error.body.current
    : null;
}
