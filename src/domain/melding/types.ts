/**
 * The words of the meldpunt (meld- en adviespunt): what comes in, through which channel, and the steps a
 * signal goes through. Values are the Dutch terms the users speak; labels for the screens are in labels.ts.
 */

/** A melding is a concern about someone; an adviesvraag is a question, possibly without any person. */
export const SIGNAL_KINDS = ['melding', 'adviesvraag'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export const REPORTER_KINDS = ['inwoner', 'professional', 'anoniem'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

/** How the signal was entered: the public form, a signed-in partner professional, or meldpunt staff. */
export const INTAKE_ROUTES = ['publiek', 'professional', 'medewerker'] as const;
export type IntakeRoute = (typeof INTAKE_ROUTES)[number];

export const CHANNELS = [
  'webformulier',
  'telefoon',
  'email',
  'balie',
  'politie_cter',
  'ambtsbericht_aivd',
  'ketenpartner',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** The channels staff record by hand (the web form records itself). */
export const STAFF_CHANNELS = CHANNELS.filter((c) => c !== 'webformulier') as Exclude<
  Channel,
  'webformulier'
>[];
export type StaffChannel = Exclude<Channel, 'webformulier'>;

/** Where something was seen or heard. */
export const PLACES = ['school', 'buurt', 'online', 'thuis', 'werk', 'anders'] as const;
export type Place = (typeof PLACES)[number];

/** Whose observation it is: anything but the reporter's own needs a description of the source. */
export const SOURCES = [
  'eigen_waarneming',
  'gehoord_van_anderen',
  'online_of_media',
  'document',
  'anders',
] as const;
export type Source = (typeof SOURCES)[number];

/** The reporter's relation to a person concerned. */
export const RELATIONS = [
  'ouder_verzorger',
  'familielid',
  'partner',
  'vriend_kennis',
  'buurtbewoner',
  'school',
  'werk',
  'hulpverlener',
  'geen',
  'anders',
] as const;
export type Relation = (typeof RELATIONS)[number];

/**
 * The steps of a signal. 'meer_informatie_nodig' always has a due date. 'afgesloten' is final: new
 * information is a new signal, linked to the same person as another puzzle piece.
 */
export const STATUSES = [
  'ontvangen',
  'in_behandeling',
  'meer_informatie_nodig',
  'geagendeerd',
  'besloten',
  'afgesloten',
] as const;
export type Status = (typeof STATUSES)[number];

/** The statuses of a signal still being worked on: all but the final 'afgesloten' (the home page's "open"). */
export const OPEN_STATUSES: readonly Status[] = STATUSES.filter((s) => s !== 'afgesloten');

/** What the reporter sees on the status page: never more than this. */
export const PUBLIC_STATUSES = ['ontvangen', 'in_behandeling', 'afgerond'] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

/** The outcomes of the signaleringsoverleg (DOMAIN.md step 3; "more information" is its own status). */
export const DECISION_OUTCOMES = [
  'zorgen_radicalisering',
  'zorgen_geen_radicalisering',
  'geen_zorgen',
] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const CLOSE_REASONS = [
  'advies_gegeven',
  'geen_zorgen',
  'doorverwezen_zorg',
  'overgedragen_casusoverleg',
  'dubbele_melding',
  'onvoldoende_informatie',
  'anders',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** A later annotation either confirms or refutes an assumption, or adds information. */
export const ANNOTATION_EFFECTS = ['bevestigt', 'weerlegt', 'aanvulling'] as const;
export type AnnotationEffect = (typeof ANNOTATION_EFFECTS)[number];

export const ASSUMPTION_STATES = ['open', 'bevestigd', 'weerlegd'] as const;
export type AssumptionState = (typeof ASSUMPTION_STATES)[number];

/** The officer's decision on a suggested person. */
export const LINK_DECISIONS = ['bevestigd', 'afgewezen', 'ontkoppeld'] as const;
export type LinkDecision = (typeof LINK_DECISIONS)[number];

/** A field-level problem in Dutch and English, named by its dotted path in the request body. */
export interface FieldIssue {
  readonly field: string;
  readonly nl: string;
  readonly en: string;
}

/** Who did something, as recorded in the signal's history. */
export interface ActorRef {
  readonly userId: string;
  readonly name: string;
  readonly role: string;
}

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/**
 * The orders of the worklist, in the order the sort menu offers them. The screen opens on the first, the
 * earliest deadline; the API, asked without an order, answers newest first.
 */
export const WORKLIST_SORTS = ['termijn', 'ontvangen_nieuw', 'ontvangen_oud'] as const;
export type WorklistSort = (typeof WORKLIST_SORTS)[number];
