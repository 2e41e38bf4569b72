import { addWorkingDays, amsterdamDate } from './calendar.js';
import type { Status } from './types.js';

/** Per municipality: how fast the meldpunt acknowledges and triages a signal, in working days. */
export interface DeadlineSettings {
  readonly acknowledgeWorkingDays: number;
  readonly triageWorkingDays: number;
}

export const DEFAULT_DEADLINES: DeadlineSettings = { acknowledgeWorkingDays: 3, triageWorkingDays: 10 };

/**
 * The two deadlines a signal gets when it comes in, fixed at that moment (a later change of the
 * settings does not move the deadlines of signals already received).
 * - acknowledge: taken into handling (it leaves 'ontvangen');
 * - triage: a first judgement made (it is put on the agenda, decided, or closed).
 */
export function intakeDeadlines(
  receivedAt: Date,
  settings: DeadlineSettings,
): { acknowledgeDueOn: string; triageDueOn: string } {
  const receivedOn = amsterdamDate(receivedAt);
  return {
    acknowledgeDueOn: addWorkingDays(receivedOn, settings.acknowledgeWorkingDays),
    triageDueOn: addWorkingDays(receivedOn, settings.triageWorkingDays),
  };
}

/** The deadline facts of a signal. */
export interface DeadlineFacts {
  readonly status: Status;
  readonly acknowledgeDueOn: string;
  readonly triageDueOn: string;
  readonly acknowledgedAt: Date | null;
  readonly triagedAt: Date | null;
  /** Set only while the status is 'meer_informatie_nodig'. */
  readonly infoDueOn: string | null;
}

/**
 * The earliest deadline still open, or null when none is. Stored with the signal, so the worklist can
 * filter "overdue" (next due date before today) and sort by deadline with an index.
 */
export function nextDueOn(s: DeadlineFacts): string | null {
  if (s.status === 'afgesloten') return null;
  const open: string[] = [];
  if (!s.acknowledgedAt) open.push(s.acknowledgeDueOn);
  if (!s.triagedAt) open.push(s.triageDueOn);
  if (s.status === 'meer_informatie_nodig' && s.infoDueOn) open.push(s.infoDueOn);
  return open.length === 0 ? null : (open.sort()[0] ?? null);
}

export interface Deadline {
  readonly dueOn: string;
  /** When it was met, or null while open. */
  readonly metAt: Date | null;
  /** Open and its date has passed: the due date is the last day on which it is on time. */
  readonly overdue: boolean;
}

export interface DeadlineView {
  readonly acknowledge: Deadline;
  readonly triage: Deadline;
  readonly moreInformation: Deadline | null;
  readonly overdue: boolean;
}

/** The deadlines as the worklist shows them on a given day (Amsterdam date). */
export function deadlineView(s: DeadlineFacts, today: string): DeadlineView {
  const closed = s.status === 'afgesloten';
  const make = (dueOn: string, metAt: Date | null): Deadline => ({
    dueOn,
    metAt,
    overdue: !metAt && !closed && dueOn < today,
  });
  const acknowledge = make(s.acknowledgeDueOn, s.acknowledgedAt);
  const triage = make(s.triageDueOn, s.triagedAt);
  const moreInformation =
    s.status === 'meer_informatie_nodig' && s.infoDueOn ? make(s.infoDueOn, null) : null;
  return {
    acknowledge,
    triage,
    moreInformation,
    overdue: acknowledge.overdue || triage.overdue || (moreInformation?.overdue ?? false),
  };
}
