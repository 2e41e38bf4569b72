import type { FieldIssue } from '../overleg/types.js';
import type { CasePhase, ClosureReason } from './types.js';

/** Closing a case: from any phase that is not closed, with a reason; "anders" needs an explanation. */
export function checkClosure(phase: CasePhase, reason: ClosureReason, note: string): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (phase === 'afgesloten') {
    errors.push({
      field: 'reason',
      nl: 'De casus is al afgesloten.',
      en: 'The case is already closed.',
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
