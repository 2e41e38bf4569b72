import type { FieldIssue } from '../overleg/types.js';
import type { Finding } from './identifiers.js';

/**
 * Communication about a case (seed 003, chapter 2 steps 5 and 6). The local triangle sets a
 * woordvoeringslijn: who speaks (OM or gemeente) and the agreed lines, never names or numbers. The council
 * is informed in a closed session, anonymised and on main lines; the text used is kept as a log.
 */
export const SPOKESPERSONS = ['om', 'gemeente'] as const;
export type Spokesperson = (typeof SPOKESPERSONS)[number];

export const COMMUNICATION_LIMITS = { lines: 8000, briefing: 8000 } as const;

export interface SpokeslineInput {
  readonly spokesperson: Spokesperson;
  readonly lines: string;
  readonly agreedOn: string;
}

export function validateSpokesline(s: SpokeslineInput, today: string): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (s.lines.trim().length === 0) {
    errors.push({ field: 'lines', nl: 'Vul de afgesproken lijn in.', en: 'Enter the agreed lines.' });
  } else if (s.lines.length > COMMUNICATION_LIMITS.lines) {
    errors.push({
      field: 'lines',
      nl: `Deze tekst is te lang (hooguit ${COMMUNICATION_LIMITS.lines} tekens).`,
      en: `This text is too long (at most ${COMMUNICATION_LIMITS.lines} characters).`,
    });
  }
  if (s.agreedOn > today) {
    errors.push({
      field: 'agreedOn',
      nl: 'De datum van de afspraak kan niet in de toekomst liggen.',
      en: 'The date agreed cannot lie in the future.',
    });
  }
  return errors;
}

export interface BriefingInput {
  readonly briefedOn: string;
  readonly text: string;
}

export function validateBriefing(b: BriefingInput): FieldIssue[] {
  if (b.text.trim().length === 0) {
    return [
      {
        field: 'text',
        nl: 'Vul de geanonimiseerde tekst in die in de raad is gebruikt.',
        en: 'Enter the anonymised text used in the council.',
      },
    ];
  }
  if (b.text.length > COMMUNICATION_LIMITS.briefing) {
    return [
      {
        field: 'text',
        nl: `Deze tekst is te lang (hooguit ${COMMUNICATION_LIMITS.briefing} tekens).`,
        en: `This text is too long (at most ${COMMUNICATION_LIMITS.briefing} characters).`,
      },
    ];
  }
  return [];
}

/**
 * Whether a briefing may be saved: without findings always; with findings only when the author has
 * explicitly confirmed after seeing them. Which kinds were confirmed is kept with the briefing.
 */
export function briefingDecision(
  findings: readonly Finding[],
  confirmed: boolean,
): { readonly save: boolean; readonly confirmedKinds: readonly string[] } {
  if (findings.length === 0) return { save: true, confirmedKinds: [] };
  if (!confirmed) return { save: false, confirmedKinds: [] };
  return { save: true, confirmedKinds: [...new Set(findings.map((f) => f.kind))].sort() };
}
