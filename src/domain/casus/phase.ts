import type { FieldIssue } from '../overleg/types.js';
import type { CasePhase } from './types.js';

/** The allowed phase steps of a case. A closed case stays closed: a new concern opens a new case. */
export const CASE_TRANSITIONS: Readonly<Record<CasePhase, readonly CasePhase[]>> = {
  signalering: ['persoonsgerichte_aanpak', 'afgesloten'],
  persoonsgerichte_aanpak: ['nazorg', 'afgesloten'],
  nazorg: ['persoonsgerichte_aanpak', 'afgesloten'],
  afgesloten: [],
};

export type PhaseResult =
  | { readonly ok: true; readonly phase: CasePhase; readonly changed: boolean }
  | { readonly ok: false; readonly errors: readonly FieldIssue[] };

/** Moves a case to another phase when that step is allowed; asking for the current phase changes nothing. */
export function changePhase(from: CasePhase, to: CasePhase): PhaseResult {
  if (from === to) return { ok: true, phase: from, changed: false };
  if (!CASE_TRANSITIONS[from].includes(to)) {
    return {
      ok: false,
      errors: [
        {
          field: 'nextPhase',
          nl: 'Deze fase kan vanuit de huidige fase van de casus niet worden gekozen.',
          en: 'This phase cannot be chosen from the current phase of the case.',
        },
      ],
    };
  }
  return { ok: true, phase: to, changed: true };
}
