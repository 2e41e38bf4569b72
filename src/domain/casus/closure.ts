import type { FieldIssue } from '../overleg/types.js';
import type { CasePhase, ClosureReason } from './types.js';

/**
 * Closing a case: from any phase that is not closed, with a reason; "anders" needs an explanation.
 * "overgedragen" follows from a handover to another municipality (handover.ts), which moves the file:
 * it is not chosen here.
 */
export function checkClosure(phase: CasePhase, reason: ClosureReason, note: string): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (phase === 'afgesloten') {
    errors.push({
      field: 'reason',
      nl: 'De casus is al afgesloten.',
      en: 'The case is already closed.',
    });
  }
  if (reason === 'overgedragen') {
    errors.push({
      field: 'reason',
      nl: 'Draag de casus over aan de andere gemeente via "Overdracht"; de reden "overgedragen" volgt daaruit.',
      en: 'Hand the case to the other municipality through "Handover"; the reason "overgedragen" follows from it.',
    });
  }
  if (reason === 'anders' && note.trim().length === 0) {
    errors.push({
      field: 'note',
      nl: 'Licht de reden van afsluiting toe.',
      en: 'Explain the reason for closure.',
    });
  }
  return errors;
}
