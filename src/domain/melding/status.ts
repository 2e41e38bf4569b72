import { amsterdamDate, isValidDate } from './calendar.js';
import { type DeadlineFacts, nextDueOn } from './deadlines.js';
import {
  type ActorRef,
  CLOSE_REASONS,
  type CloseReason,
  DECISION_OUTCOMES,
  type DecisionOutcome,
  type FieldIssue,
  isOneOf,
  type PublicStatus,
  STATUSES,
  type Status,
} from './types.js';

/**
 * The allowed steps of a signal. 'afgesloten' is final: new information is a new signal that is linked
 * to the same person. 'meer_informatie_nodig' (outcome (d) of the signaleringsoverleg) can come before
 * or after the meeting.
 */
export const TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  ontvangen: ['in_behandeling', 'afgesloten'],
  in_behandeling: ['meer_informatie_nodig', 'geagendeerd', 'afgesloten'],
  meer_informatie_nodig: ['in_behandeling', 'geagendeerd', 'afgesloten'],
  geagendeerd: ['besloten', 'meer_informatie_nodig', 'in_behandeling'],
  besloten: ['afgesloten'],
  afgesloten: [],
};

export function allowedNext(status: Status): readonly Status[] {
  return TRANSITIONS[status];
}

/** The status of a signal and the facts its steps change. */
export interface SignalState extends DeadlineFacts {
  readonly categoryId: string | null;
  readonly nextDueOn: string | null;
  readonly decisionOutcome: DecisionOutcome | null;
  readonly closeReason: CloseReason | null;
  readonly statusChangedAt: Date;
}

/** What the user asks for; which fields are needed depends on the target status. */
export interface TransitionCommand {
  readonly to: string;
  readonly note?: string | null | undefined;
  readonly dueOn?: string | null | undefined;
  readonly outcome?: string | null | undefined;
  readonly closeReason?: string | null | undefined;
}

/** One entry of the signal's history. */
export interface StatusEvent {
  readonly kind: 'status';
  readonly at: Date;
  readonly actor: ActorRef;
  readonly from: Status;
  readonly to: Status;
  readonly note: string | null;
  readonly data: {
    readonly dueOn?: string;
    readonly outcome?: DecisionOutcome;
    readonly closeReason?: CloseReason;
  };
}

export type TransitionResult =
  | { readonly ok: true; readonly state: SignalState; readonly event: StatusEvent }
  | { readonly ok: false; readonly reason: 'not_allowed'; readonly allowed: readonly Status[] }
  | { readonly ok: false; readonly reason: 'invalid'; readonly errors: readonly FieldIssue[] };

function clean(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

/**
 * Moves a signal to another status when that step is allowed and its conditions hold, and describes the
 * step for the history. Pure: the caller stores the new state under its version check.
 *
 * - meer_informatie_nodig: a due date after today and a note saying what is needed;
 * - geagendeerd and besloten: a phenomenon category has been set;
 * - besloten: an outcome and its motivation (who decided what and why);
 * - afgesloten: a reason, with a note when the reason is 'anders'.
 */
export function transition(
  state: SignalState,
  command: TransitionCommand,
  actor: ActorRef,
  now: Date,
): TransitionResult {
  const allowed = TRANSITIONS[state.status];
  if (!isOneOf(STATUSES, command.to)) {
    return {
      ok: false,
      reason: 'invalid',
      errors: [
        { field: 'to', nl: 'Kies een van de mogelijke waarden.', en: 'Choose one of the allowed values.' },
      ],
    };
  }
  const to = command.to;
  if (!allowed.includes(to)) return { ok: false, reason: 'not_allowed', allowed };

  const today = amsterdamDate(now);
  const note = clean(command.note);
  const errors: FieldIssue[] = [];
  const data: { dueOn?: string; outcome?: DecisionOutcome; closeReason?: CloseReason } = {};

  if (to === 'meer_informatie_nodig') {
    const dueOn = clean(command.dueOn);
    if (!dueOn) {
      errors.push({
        field: 'dueOn',
        nl: 'Vul in wanneer de informatie er moet zijn.',
        en: 'Enter by when the information is needed.',
      });
    } else if (!isValidDate(dueOn)) {
      errors.push({
        field: 'dueOn',
        nl: 'Vul een geldige datum in (jjjj-mm-dd).',
        en: 'Enter a valid date (yyyy-mm-dd).',
      });
    } else if (dueOn <= today) {
      errors.push({
        field: 'dueOn',
        nl: 'De termijn moet na vandaag liggen.',
        en: 'The due date must be after today.',
      });
    } else data.dueOn = dueOn;
    if (!note) {
      errors.push({
        field: 'note',
        nl: 'Beschrijf welke informatie nodig is en van wie.',
        en: 'Describe what information is needed and from whom.',
      });
    }
  }
  if ((to === 'geagendeerd' || to === 'besloten') && !state.categoryId) {
    errors.push({
      field: 'categoryId',
      nl: 'Kies eerst een fenomeen (categorie) voor dit signaal.',
      en: 'First choose a phenomenon (category) for this signal.',
    });
  }
  if (to === 'besloten') {
    if (!command.outcome) {
      errors.push({ field: 'outcome', nl: 'Kies het besluit.', en: 'Choose the decision.' });
    } else if (!isOneOf(DECISION_OUTCOMES, command.outcome)) {
      errors.push({
        field: 'outcome',
        nl: 'Kies een van de mogelijke waarden.',
        en: 'Choose one of the allowed values.',
      });
    } else data.outcome = command.outcome;
    if (!note) {
      errors.push({
        field: 'note',
        nl: 'Leg vast waarom zo is besloten.',
        en: 'Record why this was decided.',
      });
    }
  }
  if (to === 'afgesloten') {
    if (!command.closeReason) {
      errors.push({
        field: 'closeReason',
        nl: 'Kies de reden van afsluiten.',
        en: 'Choose the reason for closing.',
      });
    } else if (!isOneOf(CLOSE_REASONS, command.closeReason)) {
      errors.push({
        field: 'closeReason',
        nl: 'Kies een van de mogelijke waarden.',
        en: 'Choose one of the allowed values.',
      });
    } else {
      data.closeReason = command.closeReason;
      if (command.closeReason === 'anders' && !note) {
        errors.push({
          field: 'note',
          nl: 'Geef aan waarom het signaal wordt afgesloten.',
          en: 'Say why the signal is closed.',
        });
      }
    }
  }
  if (errors.length > 0) return { ok: false, reason: 'invalid', errors };

  const leavesIntake = state.status === 'ontvangen';
  const triaged = to === 'geagendeerd' || to === 'besloten' || to === 'afgesloten';
  const base = {
    ...state,
    status: to,
    statusChangedAt: now,
    acknowledgedAt: state.acknowledgedAt ?? (leavesIntake ? now : null),
    triagedAt: state.triagedAt ?? (triaged ? now : null),
    infoDueOn: to === 'meer_informatie_nodig' ? (data.dueOn ?? null) : null,
    decisionOutcome: data.outcome ?? state.decisionOutcome,
    closeReason: data.closeReason ?? state.closeReason,
  };
  const next: SignalState = { ...base, nextDueOn: nextDueOn(base) };
  return {
    ok: true,
    state: next,
    event: { kind: 'status', at: now, actor, from: state.status, to, note, data },
  };
}

/** The coarse status a reporter sees: nothing about meetings, decisions or outcomes. */
export function publicStatus(status: Status): PublicStatus {
  if (status === 'ontvangen') return 'ontvangen';
  if (status === 'afgesloten') return 'afgerond';
  return 'in_behandeling';
}
