import { amsterdamDate } from '../melding/calendar.js';
import type { FieldIssue } from '../overleg/types.js';
import type { CasePhase, CaseSituation } from './types.js';

/**
 * The allowed situation steps. Death is final; someone detained can come out (back to zorgelijk) or be
 * a returnee in detention; a departed person can only return, be detained abroad or die.
 */
/** The situations that are recorded with the date they happened (departure, return, death). */
export const SITUATIONS_WITH_DATE: readonly CaseSituation[] = ['uitgereisd', 'terugkeerder', 'overleden'];

export const SITUATION_TRANSITIONS: Readonly<Record<CaseSituation, readonly CaseSituation[]>> = {
  zorgelijk: ['potentiele_uitreiziger', 'uitgereisd', 'gedetineerd', 'overleden'],
  potentiele_uitreiziger: [
    'zorgelijk',
    'tegengehouden_uitreiziger',
    'uitgereisd',
    'gedetineerd',
    'overleden',
  ],
  tegengehouden_uitreiziger: [
    'zorgelijk',
    'potentiele_uitreiziger',
    'uitgereisd',
    'gedetineerd',
    'overleden',
  ],
  uitgereisd: ['terugkeerder', 'gedetineerd', 'overleden'],
  terugkeerder: ['zorgelijk', 'gedetineerd', 'uitgereisd', 'overleden'],
  gedetineerd: ['zorgelijk', 'terugkeerder', 'overleden'],
  overleden: [],
};

/** A decision that changes the phase or the situation: who, when and why are always recorded. */
export interface CaseDecision {
  readonly byUserId: string;
  readonly at: Date;
  readonly reason: string;
}

export type SituationResult =
  | { readonly ok: true; readonly situation: CaseSituation }
  | { readonly ok: false; readonly errors: readonly FieldIssue[] };

function reasonIssue(reason: string): FieldIssue[] {
  return reason.trim().length === 0
    ? [
        {
          field: 'reason',
          nl: 'Geef aan waarom deze wijziging is besloten.',
          en: 'State why this change was decided.',
        },
      ]
    : [];
}

/**
 * Moves the situation by a recorded decision. Leaving for, returning from or dying in a conflict zone
 * needs the date it happened (the checklists run from it); a closed case no longer changes.
 */
export function changeSituation(
  phase: CasePhase,
  from: CaseSituation,
  to: CaseSituation,
  decision: CaseDecision,
  occurredOn: string | null,
): SituationResult {
  const errors: FieldIssue[] = [...reasonIssue(decision.reason)];
  if (phase === 'afgesloten') {
    errors.push({
      field: 'situation',
      nl: 'De casus is afgesloten; de situatie kan niet meer worden gewijzigd.',
      en: 'The case is closed; the situation can no longer be changed.',
    });
  } else if (from === to || !SITUATION_TRANSITIONS[from].includes(to)) {
    errors.push({
      field: 'situation',
      nl: 'Deze situatie kan vanuit de huidige situatie niet worden gekozen.',
      en: 'This situation cannot be chosen from the current situation.',
    });
  }
  if (SITUATIONS_WITH_DATE.includes(to) && !occurredOn) {
    errors.push({
      field: 'occurredOn',
      nl: 'Vul de datum in waarop dit is gebeurd (zo goed als bekend).',
      en: 'Enter the date on which this happened (as far as known).',
    });
  }
  if (occurredOn && amsterdamDate(decision.at) < occurredOn) {
    errors.push({
      field: 'occurredOn',
      nl: 'De datum ligt in de toekomst.',
      en: 'The date is in the future.',
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, situation: to };
}

/** The phase step of phase.ts, as a recorded decision: a reason is required, closing goes through closure. */
export function checkPhaseDecision(to: CasePhase, decision: CaseDecision): FieldIssue[] {
  const errors = reasonIssue(decision.reason);
  if (to === 'afgesloten') {
    errors.push({
      field: 'phase',
      nl: 'Sluit de casus af via "Casus afsluiten", met de reden van afsluiting.',
      en: 'Close the case through "Close case", with the reason for closure.',
    });
  }
  return errors;
}
