import { closedCaseRefusal } from '../casus/closure.js';
import type { CasePhase } from '../casus/types.js';
import { allowedNext, type TransitionCommand } from '../melding/status.js';
import type { DecisionOutcome, SignalKind, Status } from '../melding/types.js';
import type { FieldIssue, MeetingType } from './types.js';

/**
 * What may be put on which agenda, and what that does to the signal. The signal's state machine
 * (src/domain/melding/status.ts) stays the only place where a signal changes status: this module only
 * says which step to ask it for.
 *
 * | meeting             | takes                                                      | signal step         |
 * |---------------------|------------------------------------------------------------|---------------------|
 * | signaleringsoverleg | a melding or adviesvraag that may go to 'geagendeerd'      | -> geagendeerd      |
 * | weegploeg           | a signal 'besloten' with outcome (a) zorgen_radicalisering | none (it references |
 * |                     |                                                            | the triage decision) |
 * | casusoverleg        | a case that is not closed                                  | none                |
 */

export interface SignalPlacementFacts {
  readonly kind: SignalKind;
  readonly status: Status;
  readonly decisionOutcome: DecisionOutcome | null;
  readonly categoryId: string | null;
}

export type Placement =
  | { readonly ok: true; readonly signalStep: TransitionCommand | null }
  | { readonly ok: false; readonly errors: readonly FieldIssue[] };

const fail = (field: string, nl: string, en: string): Placement => ({
  ok: false,
  errors: [{ field, nl, en }],
});

/** Whether a signal may be placed on an agenda of this type, and the signal step that goes with it. */
export function placeSignal(type: MeetingType, s: SignalPlacementFacts): Placement {
  if (type === 'casusoverleg') {
    return fail(
      'signalId',
      'Op een casusoverleg staan casussen, geen signalen.',
      'A case meeting discusses cases, not signals.',
    );
  }
  if (type === 'weegploeg') {
    if (s.kind === 'adviesvraag') {
      return fail(
        'signalId',
        'Een adviesvraag gaat niet naar de weegploeg. Bespreek haar (anoniem) in het signaleringsoverleg; uitkomst (a) zet haar om in een melding over de persoon.',
        'A request for advice does not go to the weighing. Discuss it (anonymously) in the triage meeting; outcome (a) turns it into a report about the person.',
      );
    }
    if (s.status === 'besloten' && s.decisionOutcome === 'zorgen_radicalisering')
      return { ok: true, signalStep: null };
    return fail(
      'signalId',
      'Alleen een signaal met de uitkomst "zorgen over radicalisering" gaat naar de weegploeg.',
      'Only a signal with the outcome "concerns about radicalisation" goes to the weighing.',
    );
  }
  if (s.status === 'geagendeerd') {
    return fail(
      'signalId',
      'Dit signaal staat al op de agenda van een overleg.',
      'This signal is already on an agenda.',
    );
  }
  if (!allowedNext(s.status).includes('geagendeerd')) {
    return fail(
      'signalId',
      'Over dit signaal is al besloten of het is afgesloten; het kan niet meer worden geagendeerd.',
      'This signal has been decided or closed; it can no longer be put on an agenda.',
    );
  }
  if (!s.categoryId) {
    return fail(
      'signalId',
      'Kies eerst een fenomeen (categorie) voor dit signaal in het meldpunt.',
      'First choose a phenomenon (category) for this signal in the meldpunt.',
    );
  }
  return { ok: true, signalStep: { to: 'geagendeerd' } };
}

/** Whether a case may be placed on an agenda of this type. */
export function placeCase(type: MeetingType, phase: CasePhase): Placement {
  if (type !== 'casusoverleg') {
    return fail(
      'casusId',
      'Casussen worden besproken in het multidisciplinair casusoverleg.',
      'Cases are discussed in the multidisciplinary case meeting.',
    );
  }
  if (phase === 'afgesloten') {
    const why = closedCaseRefusal('agenda');
    return fail('casusId', why.nl, why.en);
  }
  return { ok: true, signalStep: null };
}

/**
 * Taking an undecided item off the agenda (or leaving it undecided when the minutes are approved) gives a
 * triage signal back to the meldpunt; the other agendas changed nothing on the signal.
 */
export function signalStepOnRemoval(
  type: MeetingType,
  status: Status,
  note: string,
): TransitionCommand | null {
  if (type !== 'signaleringsoverleg' || status !== 'geagendeerd') return null;
  return { to: 'in_behandeling', note };
}
