import { MEETING_TYPES, type MeetingType } from '../overleg/types.js';
import { type NetworkTask, TASKS } from './partners.js';

/**
 * Covenants (convenanten) on the sharing of information in the local approach: who the parties are, what
 * they may share for which meetings and tasks, and for how long. Pure: the rules of validity, coverage,
 * the warnings ahead of the end and the evaluation, and the check of a draft.
 */

/**
 * The seven tasks of the local approach (seeds 001 and 003) that the local triangle and the social domain
 * divide among the partners; a covenant names the tasks it covers the sharing for. One list: the partner
 * register's (`TASKS` in src/domain/netwerk/partners.ts).
 */
export const NETWORK_TASKS: readonly NetworkTask[] = TASKS;
export type { NetworkTask };

/** The categories of data a covenant allows to be shared (the migration lists the same values). */
export const DATA_CATEGORIES = [
  'identificatie',
  'contact',
  'signalen',
  'zorg',
  'justitieel',
  'bijzonder',
  'onderwijs',
  'woon',
  'financieel',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const COVENANT_MEETING_KINDS = MEETING_TYPES;

/** What the municipality does when sharing happens without a covering covenant. */
export const ENFORCEMENT_MODES = ['waarschuwen', 'weigeren'] as const;
export type EnforcementMode = (typeof ENFORCEMENT_MODES)[number];

export const COVENANT_LIMITS = {
  title: 200,
  purpose: 4000,
  article: 200,
  signatoryName: 200,
  signatoryFunction: 200,
  signatories: 50,
  parties: 100,
  versionNote: 2000,
  warnDaysMin: 1,
  warnDaysMax: 365,
} as const;

/**
 * - concept: no signed version yet, so it covers nothing;
 * - nog_niet_ingegaan: signed, its term starts later;
 * - geldig: signed and within its term;
 * - verloopt: valid, but its end falls within the warning period;
 * - verlopen: its end date has passed.
 */
export const COVENANT_STATUSES = ['concept', 'nog_niet_ingegaan', 'geldig', 'verloopt', 'verlopen'] as const;
export type CovenantStatus = (typeof COVENANT_STATUSES)[number];

export interface CovenantTerm {
  readonly startsOn: string;
  readonly endsOn: string | null;
  readonly evaluationOn: string | null;
  /** Whether a signed version (with its document) exists. */
  readonly signed: boolean;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether the covenant can be relied on on this day (ISO dates compare as text). */
export function isValidOn(c: CovenantTerm, day: string): boolean {
  return c.signed && c.startsOn <= day && (c.endsOn === null || day <= c.endsOn);
}

/** The covenant's status on a day, with the warning period of the municipality (days before the end). */
export function covenantStatus(c: CovenantTerm, day: string, warnDays: number): CovenantStatus {
  if (c.endsOn !== null && c.endsOn < day) return 'verlopen';
  if (!c.signed) return 'concept';
  if (day < c.startsOn) return 'nog_niet_ingegaan';
  if (c.endsOn !== null && c.endsOn <= addDays(day, warnDays)) return 'verloopt';
  return 'geldig';
}

/**
 * What the officer is warned about: the end within the warning period or passed (for a year after, so an
 * expired covenant is seen and renewed or let go), the evaluation date within the warning period or passed
 * (until the end). A covenant that is renewed by a new end date or evaluation date stops warning.
 */
export type CovenantWarningKind = 'verloopt' | 'verlopen' | 'evaluatie' | 'evaluatie_verstreken';

export interface CovenantWarning {
  readonly kind: CovenantWarningKind;
  readonly on: string;
}

export function covenantWarnings(c: CovenantTerm, day: string, warnDays: number): CovenantWarning[] {
  const out: CovenantWarning[] = [];
  const horizon = addDays(day, warnDays);
  if (c.endsOn !== null) {
    if (c.endsOn < day) {
      if (addDays(c.endsOn, 365) >= day) out.push({ kind: 'verlopen', on: c.endsOn });
    } else if (c.endsOn <= horizon) out.push({ kind: 'verloopt', on: c.endsOn });
  }
  const running = c.endsOn === null || c.endsOn >= day;
  if (c.evaluationOn !== null && running) {
    if (c.evaluationOn < day) out.push({ kind: 'evaluatie_verstreken', on: c.evaluationOn });
    else if (c.evaluationOn <= horizon) out.push({ kind: 'evaluatie', on: c.evaluationOn });
  }
  return out;
}

/** What sharing is about: the day, and where known the kind of meeting and the task. */
export interface SharingOccasion {
  readonly on: string;
  readonly meetingKind?: MeetingType | undefined;
  readonly task?: NetworkTask | undefined;
}

export interface CoverableCovenant extends CovenantTerm {
  readonly partyIds: readonly string[];
  readonly meetingKinds: readonly string[];
  readonly tasks: readonly string[];
}

/**
 * Whether a covenant covers sharing with an organisation: the organisation is a party, the covenant is
 * valid on the day, and it names the kind of meeting and the task when they are given.
 */
export function covers(c: CoverableCovenant, organisationId: string, o: SharingOccasion): boolean {
  return (
    c.partyIds.includes(organisationId) &&
    isValidOn(c, o.on) &&
    (o.meetingKind === undefined || c.meetingKinds.includes(o.meetingKind)) &&
    (o.task === undefined || c.tasks.includes(o.task))
  );
}

/** The outcome of the check where sharing happens: covered, or not and then warn or refuse. */
export type SharingCheck =
  | { readonly covered: true; readonly covenantId: string; readonly article: string }
  | { readonly covered: false; readonly mode: EnforcementMode };

export interface FieldIssue {
  readonly field: string;
  readonly nl: string;
  readonly en: string;
}

/** The words of the warning (and of the refusal) when no valid covenant covers the organisation. */
export function uncoveredMessage(
  mode: EnforcementMode,
  organisationName: string,
): { nl: string; en: string } {
  return mode === 'weigeren'
    ? {
        nl: `Er is geen geldig convenant dat het delen met ${organisationName} dekt. Uw gemeente staat delen zonder convenant niet toe: leg eerst een geldig convenant vast onder Convenanten.`,
        en: `No valid covenant covers sharing with ${organisationName}. Your municipality does not allow sharing without a covenant: record a valid covenant under Covenants first.`,
      }
    : {
        nl: `Let op: er is geen geldig convenant dat het delen met ${organisationName} dekt. Ga na of de gekozen grondslag het delen draagt.`,
        en: `Note: no valid covenant covers sharing with ${organisationName}. Check that the chosen legal basis supports the sharing.`,
      };
}

export interface CovenantDraft {
  readonly title: string;
  readonly purpose: string;
  readonly article: string;
  readonly partyIds: readonly string[];
  readonly legalBasisIds: readonly string[];
  readonly dataCategories: readonly string[];
  readonly meetingKinds: readonly string[];
  readonly tasks: readonly string[];
  readonly startsOn: string;
  readonly endsOn: string | null;
  readonly evaluationOn: string | null;
  readonly signatories: ReadonlyArray<{ name: string; function: string; organisationId: string }>;
}

/**
 * The rules of a covenant the schema cannot say: words filled in, at least two parties (a covenant is an
 * agreement between organisations), a legal basis, the dates in order, signatories of the parties.
 */
export function checkCovenant(d: CovenantDraft): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (d.title.trim() === '') {
    errors.push({
      field: 'title',
      nl: 'Vul de naam van het convenant in.',
      en: 'Enter the name of the covenant.',
    });
  }
  if (d.purpose.trim() === '') {
    errors.push({
      field: 'purpose',
      nl: 'Beschrijf het doel van het convenant.',
      en: 'Describe the purpose of the covenant.',
    });
  }
  if (d.article.trim() === '') {
    errors.push({
      field: 'article',
      nl: 'Vul het artikel over het delen van informatie in (bijvoorbeeld "art. 7").',
      en: 'Enter the article on sharing information (for example "art. 7").',
    });
  }
  if (new Set(d.partyIds).size < 2) {
    errors.push({
      field: 'partyIds',
      nl: 'Kies ten minste twee partijen.',
      en: 'Choose at least two parties.',
    });
  }
  if (d.legalBasisIds.length === 0) {
    errors.push({
      field: 'legalBasisIds',
      nl: 'Kies ten minste één grondslag.',
      en: 'Choose at least one legal basis.',
    });
  }
  if (d.dataCategories.length === 0) {
    errors.push({
      field: 'dataCategories',
      nl: 'Kies ten minste één categorie gegevens.',
      en: 'Choose at least one category of data.',
    });
  }
  if (d.endsOn !== null && d.endsOn < d.startsOn) {
    errors.push({
      field: 'endsOn',
      nl: 'De einddatum ligt vóór de ingangsdatum.',
      en: 'The end date is before the start date.',
    });
  }
  if (d.evaluationOn !== null && d.evaluationOn < d.startsOn) {
    errors.push({
      field: 'evaluationOn',
      nl: 'De evaluatiedatum ligt vóór de ingangsdatum.',
      en: 'The evaluation date is before the start date.',
    });
  }
  d.signatories.forEach((s, i) => {
    if (s.name.trim() === '') {
      errors.push({
        field: `signatories.${i}.name`,
        nl: 'Vul de naam van de ondertekenaar in.',
        en: 'Enter the name of the signatory.',
      });
    }
    if (s.function.trim() === '') {
      errors.push({
        field: `signatories.${i}.function`,
        nl: 'Vul de functie van de ondertekenaar in.',
        en: 'Enter the function of the signatory.',
      });
    }
    if (!d.partyIds.includes(s.organisationId)) {
      errors.push({
        field: `signatories.${i}.organisationId`,
        nl: 'Een ondertekenaar tekent namens een van de partijen.',
        en: 'A signatory signs on behalf of one of the parties.',
      });
    }
  });
  return errors;
}
