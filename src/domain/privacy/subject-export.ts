import { foldText } from '../melding/names.js';
import { ownPhrases, personReplacements, type Replacement, replaceIdentifiers } from './anonymise.js';

/**
 * The rules of a data-subject export (art. 15 AVG): everything held about the person, but never what is
 * about someone else (other persons named, the reporter's identity) and never a restricted source (an
 * AIVD ambtsbericht, art. 41 UAVG). What is left out is marked as withheld, with the reason, so the person
 * knows that something was withheld and why.
 */

export const WITHHELD_REASONS = ['derden', 'melder', 'beperkte_bron'] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

export interface Withheld {
  readonly withheld: true;
  readonly reason: WithheldReason;
  /** What kind of record was withheld (never its content). */
  readonly what: string;
}

export const withheld = (reason: WithheldReason, what: string): Withheld => ({
  withheld: true,
  reason,
  what,
});

export const WITHHELD_TEXT = '[weggelaten: gegevens van een ander]';

export const WITHHELD_LABELS: Record<WithheldReason, { nl: string; en: string }> = {
  derden: {
    nl: 'Weggelaten: gegevens over een ander (art. 15 lid 4 AVG)',
    en: 'Withheld: data about someone else (art. 15(4) GDPR)',
  },
  melder: {
    nl: 'Weggelaten: de identiteit van de melder (art. 15 lid 4 AVG)',
    en: "Withheld: the reporter's identity (art. 15(4) GDPR)",
  },
  beperkte_bron: {
    nl: 'Weggelaten: gegevens uit een beperkte bron, zoals een ambtsbericht (art. 41 UAVG)',
    en: 'Withheld: data from a restricted source, such as an official message (art. 41 GDPR Implementation Act)',
  },
};

export interface NamedPerson {
  readonly name: string | null;
  readonly birthDate?: string | null;
  readonly address?: string | null;
  readonly neighbourhood?: string | null;
  readonly schoolOrWork?: string | null;
  readonly email?: string | null;
  readonly phone?: string | null;
}

/**
 * What identifies third parties, without any phrase that also identifies the person themself (a brother
 * shares the surname; the person's own name must stay in their own export).
 */
export function thirdPartyReplacements(
  own: readonly NamedPerson[],
  others: readonly NamedPerson[],
): Replacement[] {
  const except = new Set<string>();
  for (const o of own) for (const x of ownPhrases(o)) except.add(x);
  const out: Replacement[] = [];
  for (const p of others) {
    out.push(...personReplacements({ ...p, neighbourhood: null, role: WITHHELD_TEXT }, except));
    for (const contact of [p.email, p.phone]) {
      const phrase = contact ? foldText(contact) : '';
      if (contact && phrase.length >= 3 && !except.has(phrase)) {
        out.push({
          identifier: { kind: 'referentie', value: contact, phrases: [phrase] },
          replacement: WITHHELD_TEXT,
        });
      }
    }
  }
  return out.map((r) => ({ ...r, replacement: WITHHELD_TEXT }));
}

/** A free text of the person's record with every third party left out (and marked). */
export function redactThirdParties(text: string | null, reps: readonly Replacement[]): string | null {
  return text === null ? null : replaceIdentifiers(text, reps);
}

/** Counts how often the text was changed: the export reports how many passages were withheld. */
export function countWithheld(value: unknown): number {
  const s = JSON.stringify(value);
  return s.split(WITHHELD_TEXT).length - 1 + (s.match(/"withheld":true/g) ?? []).length;
}

export interface ErasureFacts {
  readonly openCases: number;
  readonly closedCases: number;
  readonly openSignals: number;
  /** A legal hold on any of the person's records (retention module), when known. */
  readonly legalHold?: boolean;
}

export type ErasureDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly nl: string; readonly en: string };

/**
 * Erasure on request (art. 17 AVG) where the law allows. Not while the data are needed for the public task
 * (art. 17 lid 3 sub b AVG): an open case or a signal still being weighed. A closed case is kept for its
 * retention term under the covenant and then deleted by the retention run; a legal hold blocks erasure.
 */
export function erasureDecision(f: ErasureFacts): ErasureDecision {
  if (f.legalHold) {
    return {
      allowed: false,
      nl: 'Er rust een bewaarplicht (legal hold) op gegevens van deze persoon.',
      en: "A legal hold applies to this person's data.",
    };
  }
  if (f.openCases > 0) {
    return {
      allowed: false,
      nl: 'Er loopt een casus in de persoonsgerichte aanpak; de gegevens zijn nodig voor de publieke taak (art. 17 lid 3 sub b AVG).',
      en: 'A case in the person-centred approach is open; the data are needed for the public task (art. 17(3)(b) GDPR).',
    };
  }
  if (f.closedCases > 0) {
    return {
      allowed: false,
      nl: 'De casus is afgesloten en wordt bewaard tot het einde van de bewaartermijn uit het convenant; daarna wordt hij vanzelf verwijderd.',
      en: 'The case is closed and kept until the end of the retention term of the covenant; it is then deleted automatically.',
    };
  }
  if (f.openSignals > 0) {
    return {
      allowed: false,
      nl: 'Er is een melding over deze persoon nog in behandeling (art. 17 lid 3 sub b AVG).',
      en: 'A signal about this person is still being handled (art. 17(3)(b) GDPR).',
    };
  }
  return { allowed: true };
}
