import { levelMeets, type TrainingLevel } from './curriculum.js';

/**
 * Whether a person (or an organisation's count) meets the requirement of its target group: a completed session,
 * held, of a training at the required level or deeper, still valid. Pure: dates are ISO days (YYYY-MM-DD).
 */

/** How long before the end of its validity a training counts as expiring (and a reminder goes out). */
export const EXPIRING_WITHIN_DAYS = 60;

export const REQUIREMENT_STATUSES = ['voldaan', 'verloopt', 'verlopen', 'ontbreekt'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

export interface CompletedTraining {
  /** The day the session was held. */
  readonly heldOn: string;
  readonly level: TrainingLevel;
  /** Months the training stays valid; null: it does not expire. */
  readonly validMonths: number | null;
}

export interface RequirementState {
  readonly status: RequirementStatus;
  /** The last day the best training counts; null when it does not expire or nothing was followed. */
  readonly validUntil: string | null;
  /** The training that gives the status (the one valid longest), if any. */
  readonly basis: CompletedTraining | null;
}

/** The day a training held on `heldOn` stops counting: the day before the same date `months` later (clamped). */
export function validUntil(heldOn: string, months: number | null): string | null {
  if (months === null) return null;
  const [y, m, d] = heldOn.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const end = new Date(Date.UTC(year, month - 1, Math.min(d, lastDay)));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The state of one requirement on `today`, from the completed trainings of one person. Trainings held after
 * `today` are not counted (so the same function gives the state at any earlier day, for the figures over time).
 */
export function requirementState(
  required: TrainingLevel,
  completed: readonly CompletedTraining[],
  today: string,
): RequirementState {
  let best: { training: CompletedTraining; until: string | null } | null = null;
  let hadAny = false;
  for (const training of completed) {
    if (training.heldOn > today || !levelMeets(training.level, required)) continue;
    hadAny = true;
    const until = validUntil(training.heldOn, training.validMonths);
    if (until !== null && until < today) continue;
    if (best === null || (best.until !== null && (until === null || until > best.until))) {
      best = { training, until };
    }
  }
  if (best === null) {
    return { status: hadAny ? 'verlopen' : 'ontbreekt', validUntil: null, basis: null };
  }
  const expiring = best.until !== null && best.until <= addDays(today, EXPIRING_WITHIN_DAYS);
  return { status: expiring ? 'verloopt' : 'voldaan', validUntil: best.until, basis: best.training };
}

/** Whether a requirement counts as met (expiring is still met). */
export function isMet(status: RequirementStatus): boolean {
  return status === 'voldaan' || status === 'verloopt';
}
