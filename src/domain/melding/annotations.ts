import { clean } from './intake.js';
import type { AnnotationEffect, AssumptionState, FieldIssue } from './types.js';

export interface AnnotationDraft {
  readonly effect: AnnotationEffect;
  readonly assumptionId?: string | null | undefined;
  readonly text: string;
}

/**
 * A later annotation: confirming or refuting needs the assumption it is about (one of this signal's);
 * an addition may be about an assumption or about the signal as a whole. The text says what was found.
 */
export function validateAnnotation(a: AnnotationDraft, assumptionIds: readonly string[]): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!clean(a.text)) {
    errors.push({ field: 'text', nl: 'Beschrijf wat er is gebleken.', en: 'Describe what was found.' });
  }
  if (a.assumptionId) {
    if (!assumptionIds.includes(a.assumptionId)) {
      errors.push({
        field: 'assumptionId',
        nl: 'Kies een aanname van dit signaal.',
        en: 'Choose an assumption of this signal.',
      });
    }
  } else if (a.effect !== 'aanvulling') {
    errors.push({
      field: 'assumptionId',
      nl: 'Kies de aanname die wordt bevestigd of weerlegd.',
      en: 'Choose the assumption that is confirmed or refuted.',
    });
  }
  return errors;
}

/** The state an assumption gets from an annotation; null when the annotation does not change it. */
export function assumptionStateAfter(effect: AnnotationEffect): AssumptionState | null {
  if (effect === 'bevestigt') return 'bevestigd';
  if (effect === 'weerlegt') return 'weerlegd';
  return null;
}
