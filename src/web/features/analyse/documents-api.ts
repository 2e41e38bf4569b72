import { useQuery } from '@tanstack/react-query';
import type {
  AnalysisDocument,
  AnalysisSectionList,
  AnalysisVersion,
  SectionTexts,
} from '../../../contract/analyse';
import { SECTION_FIELDS } from '../../../domain/analyse/document';
import { apiGet } from '../../api';
import { conflictCurrent, versionedWith } from '../../ui/form-send';

/** The analysis documents' calls and query keys (the analysis page's own are in analyse-api.ts). */

export const DOCUMENTS_PATH = '/api/analyse/documenten';
export const documentsKey = ['analyse-documenten'] as const;
export const documentKey = (id: string) => ['analyse-documenten', id] as const;
export const versionKey = (id: string, versionId: string) =>
  ['analyse-documenten', id, 'versies', versionId] as const;

export const documentPath = (id: string) => `${DOCUMENTS_PATH}/${id}`;
export const versionPath = (id: string, versionId: string) => `${documentPath(id)}/versies/${versionId}`;

/** The screens' addresses. */
export const documentsPage = '/analyse/documenten';
export const documentPage = (id: string) => `${documentsPage}/${id}`;
export const versionPage = (id: string, versionId: string) => `${documentPage(id)}/versies/${versionId}`;

export function useAnalysisDocument(id: string) {
  return useQuery({ queryKey: documentKey(id), queryFn: () => apiGet<AnalysisDocument>(documentPath(id)) });
}

export function useAnalysisVersion(id: string, versionId: string) {
  return useQuery({
    queryKey: versionKey(id, versionId),
    queryFn: () => apiGet<AnalysisVersion>(versionPath(id, versionId)),
    // A version never changes.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAnalysisSections() {
  return useQuery({
    queryKey: ['analyse-onderdelen'],
    queryFn: () => apiGet<AnalysisSectionList>('/api/analyse/onderdelen'),
  });
}

const isDocument = versionedWith<AnalysisDocument>((v) => typeof v.period === 'string' && 'texts' in v);
/** The document now saved, from a 409. */
export const conflictDocument = (error: unknown) => conflictCurrent(error, isDocument);

export const emptySection = (): SectionTexts => ({ aard: '', omvang: '', ontwikkeling: '', risicos: '' });

export const sectionHasText = (s: SectionTexts | undefined): boolean =>
  s !== undefined && SECTION_FIELDS.some((f) => s[f].trim() !== '');
