import type { FieldIssue } from '../overleg/types.js';
import type { CasePhase } from './types.js';

/** What the weegploeg decided, as far as opening a case goes. */
export interface WeighingOutcome {
  readonly included: boolean;
  readonly tenantId: string;
  /** The person the signal is linked to (an officer confirmed the link in the meldpunt). */
  readonly personIds: readonly string[];
}

/** The person's case that is not closed, if there is one. */
export interface OpenCaseFacts {
  readonly id: string;
  readonly phase: CasePhase;
}

export type OpenCaseResult =
  /** Nothing to open: the weegploeg said no. */
  | { readonly ok: true; readonly kind: 'none' }
  /** The person already has a case that is not closed: it moves into the aanpak instead of a second one. */
  | { readonly ok: true; readonly kind: 'existing'; readonly caseId: string; readonly phase: CasePhase }
  | {
      readonly ok: true;
      readonly kind: 'new';
      readonly tenantId: string;
      readonly personId: string;
      readonly phase: CasePhase;
    }
  | { readonly ok: false; readonly errors: readonly FieldIssue[] };

/**
 * The rule "a yes of the weegploeg opens a case for the person": one case per person at a time, in the
 * phase persoonsgerichte_aanpak. The signal must be about exactly one known person; an unlinked signal
 * cannot open a case (the officer links it in the meldpunt first).
 */
export function openCaseOnInclusion(o: WeighingOutcome, existing: OpenCaseFacts | null): OpenCaseResult {
  if (!o.included) return { ok: true, kind: 'none' };
  const persons = [...new Set(o.personIds)];
  if (persons.length !== 1) {
    return {
      ok: false,
      errors: [
        {
          field: 'included',
          nl:
            persons.length === 0
              ? 'Koppel het signaal eerst in het meldpunt aan de persoon om wie het gaat; dan kan een casus worden geopend.'
              : 'Het signaal is aan meer dan één persoon gekoppeld; een casus gaat over één persoon.',
          en:
            persons.length === 0
              ? 'First link the signal to the person concerned in the meldpunt; then a case can be opened.'
              : 'The signal is linked to more than one person; a case is about one person.',
        },
      ],
    };
  }
  if (existing) return { ok: true, kind: 'existing', caseId: existing.id, phase: 'persoonsgerichte_aanpak' };
  return {
    ok: true,
    kind: 'new',
    tenantId: o.tenantId,
    personId: persons[0] as string,
    phase: 'persoonsgerichte_aanpak',
  };
}

/**
 * An open case without a regisseur needs one (seed 002: a plan of approach with one clear regisseur): the
 * weegploeg's yes or a casusoverleg names them; until then the case and the officer's home page say so.
 */
export function needsRegisseur(c: {
  readonly phase: CasePhase;
  readonly regisseurUserId: string | null;
}): boolean {
  return c.phase !== 'afgesloten' && c.regisseurUserId === null;
}
