import type { CaseAccess } from './participation.js';

/**
 * What a case summary for a meeting holds for one recipient: exactly what that recipient may read of the
 * case on its screens, never more. The regie municipality (and the mayor) see everything; a participating
 * partner sees the case, the plan, the measures, the network (links only where it may see them), the
 * family support and the woordvoeringslijn, but not the council briefings, which are the municipality's.
 */
export const SUMMARY_SECTIONS = [
  'casus',
  'deelnemers',
  'plan',
  'maatregelen',
  'checklists',
  'netwerk',
  'familie',
  'woordvoering',
  'raadsinformatie',
] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

export function summarySections(access: CaseAccess): SummarySection[] {
  if (access === 'none') return [];
  if (access === 'partner') return SUMMARY_SECTIONS.filter((s) => s !== 'raadsinformatie');
  return [...SUMMARY_SECTIONS];
}

/** Council briefings are the municipality's own: the regie and the mayor read them. */
export function maySeeCouncilBriefings(access: CaseAccess): boolean {
  return access === 'regie' || access === 'read';
}
