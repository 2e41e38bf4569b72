import { isValidDate } from '../melding/calendar.js';
import { ACTION_STATUSES, type ActionStatus, clean, type FieldIssue, isOneOf, VALID_DATE } from './types.js';

/**
 * Actions agreed in a meeting: an owner (a person or an organisation), a due date and a status. Overdue is
 * computed, never stored: an open action whose due date lies before today (Amsterdam).
 */

/** The steps of an action; a finished or void action can be reopened by mistake-correction. */
export const ACTION_TRANSITIONS: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  open: ['gereed', 'vervallen'],
  gereed: ['open'],
  vervallen: ['open'],
};

export interface ActionDraft {
  readonly description?: string | null | undefined;
  readonly ownerUserId?: string | null | undefined;
  readonly ownerOrganisationId?: string | null | undefined;
  readonly dueOn?: string | null | undefined;
}

/** Checks a new or changed action; a new one may not be due in the past. */
export function validateAction(d: ActionDraft, today: string, isNew: boolean): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (!clean(d.description)) {
    errors.push({ field: 'description', nl: 'Beschrijf de actie.', en: 'Describe the action.' });
  }
  if (!d.ownerUserId === !d.ownerOrganisationId) {
    errors.push({
      field: 'ownerUserId',
      nl: 'Kies als eigenaar een persoon of een organisatie (één van beide).',
      en: 'Choose a person or an organisation as owner (one of the two).',
    });
  }
  if (!d.dueOn) {
    errors.push({
      field: 'dueOn',
      nl: 'Vul in wanneer de actie klaar moet zijn.',
      en: 'Enter when the action must be done.',
    });
  } else if (!isValidDate(d.dueOn)) {
    errors.push({ field: 'dueOn', ...VALID_DATE });
  } else if (isNew && d.dueOn < today) {
    errors.push({
      field: 'dueOn',
      nl: 'De termijn mag niet in het verleden liggen.',
      en: 'The due date cannot be in the past.',
    });
  }
  return errors;
}

export type ActionStatusResult =
  | { readonly ok: true; readonly status: ActionStatus; readonly completedAt: Date | null }
  | { readonly ok: false; readonly errors: readonly FieldIssue[] };

/** Moves an action to another status; 'gereed' and 'vervallen' record when. */
export function changeActionStatus(
  from: ActionStatus,
  to: string,
  completedAt: Date | null,
  now: Date,
): ActionStatusResult {
  if (!isOneOf(ACTION_STATUSES, to)) {
    return {
      ok: false,
      errors: [
        {
          field: 'status',
          nl: 'Kies een van de mogelijke waarden.',
          en: 'Choose one of the allowed values.',
        },
      ],
    };
  }
  if (from === to) return { ok: true, status: from, completedAt };
  if (!ACTION_TRANSITIONS[from].includes(to)) {
    return {
      ok: false,
      errors: [
        {
          field: 'status',
          nl: 'Deze status kan nu niet worden gekozen.',
          en: 'This status cannot be chosen now.',
        },
      ],
    };
  }
  return { ok: true, status: to, completedAt: to === 'open' ? null : now };
}

/** Open and past its due date (the due date itself is still on time). */
export function isOverdue(
  a: { readonly status: ActionStatus; readonly dueOn: string },
  today: string,
): boolean {
  return a.status === 'open' && a.dueOn < today;
}

export function countOverdue(
  actions: ReadonlyArray<{ status: ActionStatus; dueOn: string }>,
  today: string,
): number {
  return actions.filter((a) => isOverdue(a, today)).length;
}
