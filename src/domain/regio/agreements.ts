import type { FieldIssue } from '../overleg/types.js';

/**
 * Regional cooperation (seeds 001 and 003): a small municipality joins its region's arrangements per task,
 * with dates. The region (samenwerkingsverband) may run the meldpunt, the signaleringsoverleg or the
 * casusoverleg for it, or a larger municipality's dossierhouder may hold the regie of its cases. Pure: the
 * tasks, the term of an agreement and its status on a day, the rule that one municipality has at most one
 * agreement per task at a time, and the checks of a draft and of ending one.
 *
 * Whatever the region or the larger municipality does under an agreement stays the municipality's own: its
 * retention, its figures, its mayor; the agreement only says who works it on its behalf.
 */

export const REGIO_TASKS = [
  'regionaal_meldpunt',
  'regionaal_signaleringsoverleg',
  'regionaal_casusoverleg',
  'regie_door_gemeente',
] as const;
export type RegioTask = (typeof REGIO_TASKS)[number];

/**
 * - gepland: its first day lies ahead;
 * - actief: it covers today;
 * - verlopen: its end date has passed without anyone ending it;
 * - beeindigd: it was ended (the open work went back to the municipality).
 */
export const AGREEMENT_STATUSES = ['gepland', 'actief', 'verlopen', 'beeindigd'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const AGREEMENT_LIMITS = { note: 2000, endReason: 2000 } as const;

export interface AgreementTerm {
  readonly startsOn: string;
  /** The last day it covers, or null for no end date. */
  readonly endsOn: string | null;
  /** The day it was ended (work handed back); it covers no day from then on. */
  readonly endedOn: string | null;
}

export interface AgreementScope extends AgreementTerm {
  readonly municipalityId: string;
  readonly task: RegioTask;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The days an agreement covers as a half-open range [from, until) of ISO dates (until null: open-ended),
 * or null when it covers no day at all (ended before it began).
 */
export function coveredDays(a: AgreementTerm): { from: string; until: string | null } | null {
  const ends = a.endsOn === null ? null : addDays(a.endsOn, 1);
  const until = a.endedOn === null ? ends : ends === null || a.endedOn < ends ? a.endedOn : ends;
  if (until !== null && until <= a.startsOn) return null;
  return { from: a.startsOn, until };
}

/** Whether the agreement covers this day (ISO dates compare as text). */
export function isActiveOn(a: AgreementTerm, day: string): boolean {
  const r = coveredDays(a);
  return r !== null && r.from <= day && (r.until === null || day < r.until);
}

export function agreementStatus(a: AgreementTerm, day: string): AgreementStatus {
  if (a.endedOn !== null) return 'beeindigd';
  if (day < a.startsOn) return 'gepland';
  if (a.endsOn !== null && a.endsOn < day) return 'verlopen';
  return 'actief';
}

/** Two agreements of the same municipality for the same task that cover a common day. */
export function overlaps(a: AgreementScope, b: AgreementScope): boolean {
  if (a.municipalityId !== b.municipalityId || a.task !== b.task) return false;
  const x = coveredDays(a);
  const y = coveredDays(b);
  if (!x || !y) return false;
  const xBeforeY = x.until !== null && x.until <= y.from;
  const yBeforeX = y.until !== null && y.until <= x.from;
  return !xBeforeY && !yBeforeX;
}

export interface AgreementDraft {
  readonly municipalityId: string;
  readonly task: RegioTask;
  /** For regie_door_gemeente: the larger municipality whose dossierhouder acts; otherwise null. */
  readonly actingMunicipalityId: string | null;
  readonly startsOn: string;
  readonly endsOn: string | null;
  readonly note: string;
}

/** The rules of a new agreement (that the municipalities are the region's own is checked by the caller). */
export function checkAgreement(d: AgreementDraft): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (d.endsOn !== null && d.endsOn < d.startsOn) {
    errors.push({
      field: 'endsOn',
      nl: 'De einddatum ligt niet voor de ingangsdatum.',
      en: 'The end date is not before the start date.',
    });
  }
  if (d.task === 'regie_door_gemeente') {
    if (d.actingMunicipalityId === null) {
      errors.push({
        field: 'actingMunicipalityId',
        nl: 'Kies de gemeente waarvan de dossierhouder de regie voert.',
        en: 'Choose the municipality whose dossierhouder holds the regie.',
      });
    } else if (d.actingMunicipalityId === d.municipalityId) {
      errors.push({
        field: 'actingMunicipalityId',
        nl: 'Kies een andere gemeente dan de gemeente zelf.',
        en: 'Choose a municipality other than the municipality itself.',
      });
    }
  } else if (d.actingMunicipalityId !== null) {
    errors.push({
      field: 'actingMunicipalityId',
      nl: 'Alleen bij regie door een andere gemeente kiest u een gemeente die de regie voert.',
      en: 'Only for regie by another municipality do you choose a municipality that holds it.',
    });
  }
  if (d.note.length > AGREEMENT_LIMITS.note) {
    errors.push({
      field: 'note',
      nl: `Gebruik ten hoogste ${AGREEMENT_LIMITS.note} tekens.`,
      en: `Use at most ${AGREEMENT_LIMITS.note} characters.`,
    });
  }
  return errors;
}

/** The field error when a draft overlaps an agreement the municipality has for the task already. */
export const OVERLAP_ISSUE: FieldIssue = {
  field: 'startsOn',
  nl: 'De gemeente heeft voor deze taak al een afspraak in deze periode. Beëindig die eerst of kies andere datums.',
  en: 'The municipality already has an agreement for this task in this period. End it first or choose other dates.',
};

/** Whether an agreement can still be ended (not twice), and that the reason is given in words. */
export function checkEnding(a: AgreementTerm, reason: string): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (a.endedOn !== null) {
    errors.push({
      field: 'version',
      nl: 'Deze afspraak is al beëindigd.',
      en: 'This agreement has been ended already.',
    });
  }
  if (reason.trim() === '') {
    errors.push({
      field: 'reason',
      nl: 'Schrijf op waarom de afspraak eindigt.',
      en: 'Write down why the agreement ends.',
    });
  } else if (reason.length > AGREEMENT_LIMITS.endReason) {
    errors.push({
      field: 'reason',
      nl: `Gebruik ten hoogste ${AGREEMENT_LIMITS.endReason} tekens.`,
      en: `Use at most ${AGREEMENT_LIMITS.endReason} characters.`,
    });
  }
  return errors;
}

/** What the task means for the open work that goes back when the agreement ends (the words of the log). */
export const HANDED_BACK: Record<RegioTask, string> = {
  regionaal_meldpunt: 'open meldingen',
  regionaal_signaleringsoverleg: 'agendapunten van komende regionale signaleringsoverleggen',
  regionaal_casusoverleg: 'agendapunten van komende regionale casusoverleggen',
  regie_door_gemeente: 'de regie van open casussen',
};
