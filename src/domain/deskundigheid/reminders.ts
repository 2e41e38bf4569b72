import { addDays } from '../melding/calendar.js';
import { levelMeets, type TrainingLevel } from './curriculum.js';
import {
  type CompletedTraining,
  EXPIRING_WITHIN_DAYS,
  type RequirementStatus,
  requirementState,
  validUntil,
} from './validity.js';

/**
 * Reminders of training that expires within EXPIRING_WITHIN_DAYS or has expired: at most one per period (the
 * expiring period begins EXPIRING_WITHIN_DAYS before the end of the validity, the overdue period the day after
 * it), so a person gets one mail when the refresher comes up and one when it is overdue, never a stream.
 * Someone who never followed a training gets none (that is the coverage's gap, not a reminder). Pure.
 */

export interface ReminderDue {
  readonly status: Extract<RequirementStatus, 'verloopt' | 'verlopen'>;
  /** The first day of the period the reminder is for: its key, so a repeated run sends nothing twice. */
  readonly periodStart: string;
}

export function reminderDue(
  required: TrainingLevel,
  completed: readonly CompletedTraining[],
  today: string,
  lastRemindedOn: string | null,
): ReminderDue | null {
  const state = requirementState(required, completed, today);
  let periodStart: string | null = null;
  if (state.status === 'verloopt' && state.validUntil) {
    periodStart = addDays(state.validUntil, -EXPIRING_WITHIN_DAYS);
  } else if (state.status === 'verlopen') {
    const ends = completed
      .filter((c) => c.heldOn <= today && levelMeets(c.level, required))
      .map((c) => validUntil(c.heldOn, c.validMonths))
      .filter((d): d is string => d !== null)
      .sort();
    const last = ends.at(-1);
    if (last) periodStart = addDays(last, 1);
  }
  if (periodStart === null || (state.status !== 'verloopt' && state.status !== 'verlopen')) return null;
  if (lastRemindedOn !== null && lastRemindedOn >= periodStart) return null;
  return { status: state.status, periodStart };
}

/**
 * The mail: content-free, as the meetings' reminders are. It names no training, date or history; the reader
 * signs in or asks the training coordinator.
 */
export function reminderMail(
  status: ReminderDue['status'],
  municipality: string,
): { subject: string; text: string } {
  const nl =
    status === 'verloopt'
      ? 'Volgens de registratie van de deskundigheidsbevordering is binnenkort een opfrissing van uw training nodig.'
      : 'Volgens de registratie van de deskundigheidsbevordering is de geldigheid van uw training verlopen.';
  const en =
    status === 'verloopt'
      ? 'According to the training records, a refresher of your training is due soon.'
      : 'According to the training records, your training is no longer valid.';
  return {
    subject: status === 'verloopt' ? 'Herinnering: opfrissing training' : 'Herinnering: training verlopen',
    text: [
      `${nl} Neem contact op met de opleidingscoördinator van ${municipality} voor een passende training.`,
      '',
      `${en} Please contact the training coordinator of ${municipality} for a suitable training.`,
      '',
      'Dit bericht bevat verder geen gegevens. / This message contains no further data.',
    ].join('\n'),
  };
}
