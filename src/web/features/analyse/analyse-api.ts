import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AnalysisCatalogue, AnalysisReport, AnalysisTrend } from '../../../contract/analyse';
import { apiGet, queryString } from '../../api';

/** The analysis API (src/server/routes/analyse.ts) as the web app reads it: protected figures only. */

const ANALYSE_KEY = ['analyse'] as const;

/** The reports, the periods with data and the scopes the user may choose. */
export function useCatalogue() {
  return useQuery({
    queryKey: [...ANALYSE_KEY, 'catalogus'],
    queryFn: () => apiGet<AnalysisCatalogue>('/api/analyse/catalogus'),
  });
}

export interface ReportChoice {
  readonly rapport: string;
  readonly periode: string;
  /** A region user: one municipality; empty for the whole region. */
  readonly gemeente: string;
  readonly afronden: boolean;
}

/** One report for one period and scope, as the disclosure rules publish it. */
export function useReport(choice: ReportChoice | null) {
  const q = choice
    ? queryString({
        rapport: choice.rapport,
        periode: choice.periode,
        gemeente: choice.gemeente,
        afronden: choice.afronden ? 'true' : undefined,
      })
    : '';
  return useQuery({
    queryKey: [...ANALYSE_KEY, 'rapport', q],
    queryFn: () => apiGet<AnalysisReport>(`/api/analyse/rapport${q}`),
    enabled: choice !== null,
    // The figures shown stay while the next choice is read, so the page does not jump.
    placeholderData: keepPreviousData,
  });
}

export interface TrendChoice {
  readonly rapport: string;
  readonly soort: string;
  readonly van: string;
  readonly tot: string;
  readonly gemeente: string;
}

/** A report's first table over consecutive periods, each period protected on its own. */
export function useTrend(choice: TrendChoice | null) {
  const q = choice ? queryString({ ...choice }) : '';
  return useQuery({
    queryKey: [...ANALYSE_KEY, 'trend', q],
    queryFn: () => apiGet<AnalysisTrend>(`/api/analyse/trend${q}`),
    enabled: choice !== null,
    placeholderData: keepPreviousData,
  });
}
