/**
 * The words of the meetings (overleggen): the three kinds of meeting of DOMAIN.md steps 3-5, their agenda,
 * what each organisation contributes, the decisions, actions and minutes. Values are the Dutch terms the
 * users speak; labels for the screens and the minutes are in labels.ts.
 */

/**
 * - signaleringsoverleg: triage of signals by gemeente, politie and OM (plus the signalling partner);
 * - weegploeg: politie, OM and burgemeester weigh inclusion in the persoonsgerichte aanpak;
 * - casusoverleg: the multidisciplinary case meeting, chaired by the municipality.
 */
export const MEETING_TYPES = ['signaleringsoverleg', 'weegploeg', 'casusoverleg'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/**
 * - voorbereiding: the agenda is being prepared (nobody outside the organiser has been told);
 * - agenda_gepubliceerd: participants got the content-free notice; the agenda may still change;
 * - afgerond: the minutes are final (definitief), everything of the meeting is fixed;
 * - geannuleerd: cancelled before it was held.
 */
export const MEETING_STATUSES = ['voorbereiding', 'agenda_gepubliceerd', 'afgerond', 'geannuleerd'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const SERIES_FREQUENCIES = ['wekelijks', 'tweewekelijks', 'vierwekelijks'] as const;
export type SeriesFrequency = (typeof SERIES_FREQUENCIES)[number];

/** What an agenda item is about: a signal (triage, weighing) or a case (case meeting). */
export const SUBJECT_KINDS = ['signaal', 'casus'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** Outcomes (a)-(d) of the signaleringsoverleg (DOMAIN.md step 3). */
export const TRIAGE_OUTCOMES = [
  'zorgen_radicalisering',
  'zorgen_geen_radicalisering',
  'geen_zorgen',
  'meer_informatie_nodig',
] as const;
export type TriageOutcome = (typeof TRIAGE_OUTCOMES)[number];

/** The parties of the weegploeg whose agreement is recorded. */
export const WEIGHING_PARTIES = ['politie', 'om', 'burgemeester'] as const;
export type WeighingParty = (typeof WEIGHING_PARTIES)[number];

export const DECISION_STATUSES = ['concept', 'vastgesteld'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const ACTION_STATUSES = ['open', 'gereed', 'vervallen'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const MINUTES_STATUSES = ['concept', 'definitief'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/** Default need-to-know window: an invited partner keeps seeing its item this many days after the minutes are final. */
export const DEFAULT_PARTNER_WINDOW_DAYS = 14;

/** Text limits shared by the domain checks and the API schemas. */
export const LIMITS = {
  title: 200,
  shortText: 300,
  longText: 10_000,
  minutesText: 50_000,
  criteria: 20,
  maxSeriesOccurrences: 60,
} as const;

/** A field-level problem in Dutch and English, named by its dotted path in the request body. */
export interface FieldIssue {
  readonly field: string;
  readonly nl: string;
  readonly en: string;
}

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** Trims; an empty or blank string becomes null. */
export function clean(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

export const VALID_DATE = {
  nl: 'Vul een geldige datum in (jjjj-mm-dd).',
  en: 'Enter a valid date (yyyy-mm-dd).',
} as const;
