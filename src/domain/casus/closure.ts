import { type FieldIssue, isOneOf } from '../overleg/types.js';
import { type CasePhase, CLOSURE_REASONS, type ClosureReason } from './types.js';

/** What the officer must do when no reason for closing is chosen (the contract's words for the field too). */
export const CLOSURE_REASON_MISSING = {
  nl: 'Kies de reden waarom de casus wordt afgesloten.',
  en: 'Choose why the case is closed.',
} as const;

/** The closure form as typed, checked as the server checks it, before "Weet u zeker…" is asked. */
export function checkClosureDraft(phase: CasePhase, reason: string, note: string): FieldIssue[] {
  if (!isOneOf(CLOSURE_REASONS, reason)) return [{ field: 'reason', ...CLOSURE_REASON_MISSING }];
  return checkClosure(phase, reason, note);
}

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

/** The parts of a case a write can be about, for the refusal that says why it cannot be changed. */
export type CasePart =
  | 'fase'
  | 'situatie'
  | 'evaluatie'
  | 'deelnemers'
  | 'familie'
  | 'netwerk'
  | 'plan'
  | 'maatregelen'
  | 'checklist'
  | 'woordvoering'
  | 'raadsinformatie'
  | 'agenda';

const CLOSED_PART: Record<CasePart, { nl: string; en: string; aftercare: boolean }> = {
  fase: { nl: 'kan de fase niet meer veranderen', en: 'its phase can no longer change', aftercare: true },
  situatie: {
    nl: 'verandert de situatie niet meer',
    en: 'its situation no longer changes',
    aftercare: false,
  },
  evaluatie: { nl: 'wordt zij niet meer geëvalueerd', en: 'it is no longer reviewed', aftercare: false },
  deelnemers: {
    nl: 'neemt er niemand meer aan deel',
    en: 'nobody takes part in it any more',
    aftercare: true,
  },
  familie: {
    nl: 'kan er geen familiecontact meer bij',
    en: 'no family contact can be added or changed',
    aftercare: true,
  },
  netwerk: {
    nl: 'verandert het netwerk niet meer',
    en: 'its network no longer changes',
    aftercare: true,
  },
  plan: {
    nl: 'verandert het plan van aanpak niet meer',
    en: 'its plan no longer changes',
    aftercare: true,
  },
  maatregelen: {
    nl: 'kunnen er geen maatregelen meer bij of veranderen',
    en: 'measures can no longer be added or changed',
    aftercare: true,
  },
  checklist: {
    nl: 'worden de checklists niet meer bijgewerkt',
    en: 'its checklists are no longer updated',
    aftercare: false,
  },
  woordvoering: {
    nl: 'verandert de woordvoeringslijn niet meer',
    en: 'its line for spokespeople no longer changes',
    aftercare: false,
  },
  raadsinformatie: {
    nl: 'wordt er geen raadsinformatie meer over vastgelegd',
    en: 'no council briefing is recorded for it any more',
    aftercare: false,
  },
  agenda: {
    nl: 'gaat zij niet meer naar het casusoverleg',
    en: 'it no longer goes to the case meeting',
    aftercare: true,
  },
};

/**
 * Why a write to a closed case is refused, in words that name the rule and what to do instead: a closed
 * case stays closed; aftercare (nazorg) belongs in the nazorg phase, before closing; a new concern starts
 * as a new signal, which may lead to a new case.
 */
export function closedCaseRefusal(part: CasePart): { code: 'case_closed'; nl: string; en: string } {
  const p = CLOSED_PART[part];
  // Each sentence in both languages side by side; the one about aftercare only where it applies.
  const sentences = [
    {
      nl: `Deze casus is afgesloten, dus ${p.nl}: een afgesloten casus blijft afgesloten.`,
      en: `This case is closed, so ${p.en}: a closed case stays closed.`,
    },
    ...(p.aftercare
      ? [
          {
            nl: 'Nazorg, ook voor familie en netwerk, hoort in de fase nazorg: zet een lopende casus in die fase voordat u haar afsluit.',
            en: 'Aftercare, for family and network too, belongs in the nazorg phase: move a running case into that phase before you close it.',
          },
        ]
      : []),
    {
      nl: 'Is er een nieuwe zorg over deze persoon, leg die dan vast als nieuwe melding; die kan tot een nieuwe casus leiden.',
      en: 'If there is a new concern about this person, record it as a new report; that may lead to a new case.',
    },
  ];
  return {
    code: 'case_closed',
    nl: sentences.map((t) => t.nl).join(' '),
    en: sentences.map((t) => t.en).join(' '),
  };
}
