import type { FieldIssue, MeetingStatus, MinutesStatus } from './types.js';

/**
 * Minutes (notulen): drafted in the application, approved by the chair. Approval makes the whole meeting
 * final: the minutes, the agenda items, contributions and decisions no longer change (actions go on).
 */

export function mayEditMinutes(status: MinutesStatus): boolean {
  return status === 'concept';
}

export interface ApprovalFacts {
  readonly meetingStatus: MeetingStatus;
  readonly minutesStatus: MinutesStatus;
  readonly startsAt: Date;
  /** Titles of agenda items whose decision is still a draft. */
  readonly draftDecisionItems: readonly string[];
}

/**
 * The chair may approve when the agenda was published, the meeting has begun, and no decision is left
 * half-way (recorded or its draft removed). Items without a decision are minuted as not discussed.
 */
export function approvalIssues(f: ApprovalFacts, now: Date): FieldIssue[] {
  if (f.minutesStatus === 'definitief') {
    return [
      {
        field: 'version',
        nl: 'De notulen zijn al vastgesteld.',
        en: 'The minutes have already been approved.',
      },
    ];
  }
  const errors: FieldIssue[] = [];
  if (f.meetingStatus !== 'agenda_gepubliceerd') {
    errors.push({
      field: 'meeting',
      nl: 'Publiceer eerst de agenda; een geannuleerd overleg heeft geen notulen.',
      en: 'Publish the agenda first; a cancelled meeting has no minutes.',
    });
  }
  if (now < f.startsAt) {
    errors.push({
      field: 'meeting',
      nl: 'Het overleg heeft nog niet plaatsgevonden.',
      en: 'The meeting has not taken place yet.',
    });
  }
  if (f.draftDecisionItems.length > 0) {
    errors.push({
      field: 'decisions',
      nl: `Stel eerst de conceptbesluiten vast of verwijder ze: ${f.draftDecisionItems.join(', ')}.`,
      en: `First record the draft decisions or remove them: ${f.draftDecisionItems.join(', ')}.`,
    });
  }
  return errors;
}
