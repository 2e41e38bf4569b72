/**
 * The shapes the web app reads from the API. The web app talks to the server over HTTP only, so these
 * mirror the response schemas of src/server (see /api/openapi.json) instead of importing them.
 */

export const ROLES = [
  'meldpunt',
  'aandachtsfunctionaris',
  'ketenpartner',
  'burgemeester',
  'beleidsmedewerker',
  'functioneel_beheerder',
  'privacy_officer',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export interface Membership {
  readonly id: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationKind: string;
  readonly tenantId: string;
  readonly tenantName: string;
  readonly role: Role;
  readonly endedAt: string | null;
}

export interface SessionUser {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly membershipId: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationKind: string;
  readonly tenantId: string;
  readonly authMethod: string;
  readonly memberships: readonly Membership[];
}

export interface SessionInfo {
  readonly signedIn: boolean;
  readonly csrfToken: string;
  readonly expiresAt: string | null;
  readonly user: SessionUser | null;
  readonly methods: {
    readonly demo: boolean;
    readonly local: boolean;
    readonly oidc: { readonly displayName: string } | null;
  };
}

export interface DemoUser {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly organisationName: string;
}

/** The next step of a local-account sign-in. */
export type LocalSignInStep =
  | { readonly step: 'totp' }
  | { readonly step: 'new-password' }
  | {
      readonly step: 'enrol';
      readonly secret: string;
      readonly otpauthUri: string;
      readonly qrSvgDataUri: string;
    };

export interface User {
  readonly id: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly username: string | null;
  readonly externalId: string | null;
  readonly hasPassword: boolean;
  readonly totpEnrolled: boolean;
  readonly failedAttempts: number;
  readonly lockedUntil: string | null;
  readonly lockedOut: boolean;
  readonly disabledAt: string | null;
  readonly isDemo: boolean;
  readonly version: number;
  readonly memberships: readonly Membership[];
}

export interface Organisation {
  readonly id: string;
  readonly kind: string;
  readonly partnerType: string | null;
  readonly name: string;
  readonly tenantId: string;
  readonly regionId: string | null;
}

export interface AccessLogEntry {
  readonly id: number;
  readonly at: string;
  readonly actorUserId: string | null;
  readonly actorName: string | null;
  readonly organisationName: string | null;
  readonly actorRole: string | null;
  readonly onBehalfOf: string | null;
  readonly action: string;
  readonly objectType: string | null;
  readonly objectId: string | null;
  readonly personId: string | null;
  readonly purpose: string | null;
  readonly result: string;
  readonly clientIp: string | null;
}

export interface AccessLogPage {
  readonly entries: readonly AccessLogEntry[];
  readonly nextCursor: string | null;
}

export type ChainProblem =
  | { readonly kind: 'sequence-gap'; readonly seq: number; readonly expectedSeq: number }
  | { readonly kind: 'entry-missing'; readonly seq: number; readonly entryId: number }
  | { readonly kind: 'hash-mismatch'; readonly seq: number; readonly entryId: number }
  | { readonly kind: 'entry-not-sealed'; readonly entryId: number }
  | { readonly kind: 'unkeyed-seal'; readonly seq: number; readonly entryId: number }
  | { readonly kind: 'key-required'; readonly seq: number }
  | { readonly kind: 'backdated'; readonly seq: number; readonly entryId: number; readonly at: string }
  | { readonly kind: 'dated-after-seal'; readonly seq: number; readonly entryId: number; readonly at: string }
  | { readonly kind: 'anchor-mismatch'; readonly seq: number }
  | {
      readonly kind: 'truncated';
      readonly seq: number;
      readonly headSeq: number;
      readonly anchoredSeq: number;
    }
  | { readonly kind: 'checkpoint-invalid'; readonly line: number };

export interface VerifyResult {
  readonly ok: boolean;
  readonly checked: number;
  readonly headSeq: number;
  readonly headHash: string;
  readonly unkeyedSeals: number;
  readonly anchoredSeq: number | null;
  readonly problem: ChainProblem | null;
}

export interface ResetCredentialsResult {
  readonly temporaryPassword: string;
}

// ---------------------------------------------------------------------------------------------------
// Meldpunt (src/server/routes/meldingen-schemas.ts)

export const SIGNAL_KINDS = ['melding', 'adviesvraag'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export const REPORTER_KINDS = ['inwoner', 'professional', 'anoniem'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

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

/** The channels staff record by hand; an AIVD ambtsbericht only by the aandachtsfunctionaris. */
export const STAFF_CHANNELS = [
  'telefoon',
  'email',
  'balie',
  'politie_cter',
  'ambtsbericht_aivd',
  'ketenpartner',
] as const satisfies readonly Channel[];
export type StaffChannel = (typeof STAFF_CHANNELS)[number];

export const PLACES = ['school', 'buurt', 'online', 'thuis', 'werk', 'anders'] as const;
export type Place = (typeof PLACES)[number];

export const SOURCES = [
  'eigen_waarneming',
  'gehoord_van_anderen',
  'online_of_media',
  'document',
  'anders',
] as const;
export type Source = (typeof SOURCES)[number];

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

export const STATUSES = [
  'ontvangen',
  'in_behandeling',
  'meer_informatie_nodig',
  'geagendeerd',
  'besloten',
  'afgesloten',
] as const;
export type Status = (typeof STATUSES)[number];

export const PUBLIC_STATUSES = ['ontvangen', 'in_behandeling', 'afgerond'] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

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

export const ANNOTATION_EFFECTS = ['bevestigt', 'weerlegt', 'aanvulling'] as const;
export type AnnotationEffect = (typeof ANNOTATION_EFFECTS)[number];

export type AssumptionState = 'open' | 'bevestigd' | 'weerlegd';
export type LinkDecision = 'bevestigd' | 'afgewezen' | 'ontkoppeld';
export type MatchedOn = 'naam' | 'geboortedatum' | 'adres' | 'referentie';

export const WORKLIST_SORTS = ['ontvangen_nieuw', 'ontvangen_oud', 'termijn'] as const;
export type WorklistSort = (typeof WORKLIST_SORTS)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

export interface Municipality {
  readonly id: string;
  readonly name: string;
}

export interface PublicIntakeResult {
  readonly reference: string;
  /** Shown once; never retrievable again. */
  readonly statusCode: string;
  readonly municipality: string;
  readonly receivedAt: string;
}

export interface IntakeResult {
  readonly id: string;
  readonly reference: string;
  readonly receivedAt: string;
  readonly statusCode: string | null;
}

export interface PublicStatusResult {
  readonly reference: string;
  readonly municipality: string;
  readonly receivedOn: string;
  readonly status: PublicStatus;
  readonly feedback: ReadonlyArray<{ readonly at: string; readonly message: string }>;
}

export interface Deadline {
  readonly dueOn: string;
  readonly metAt: string | null;
  readonly overdue: boolean;
}

export interface Deadlines {
  readonly acknowledge: Deadline;
  readonly triage: Deadline;
  readonly moreInformation: Deadline | null;
  readonly overdue: boolean;
}

export interface CategoryRef {
  readonly id: string;
  readonly labelNl: string;
  readonly labelEn: string;
}

export interface Category extends CategoryRef {
  readonly code: string;
  readonly nctv: boolean;
  readonly active: boolean;
  readonly sort: number;
  readonly version: number;
}

export interface WorklistItem {
  readonly id: string;
  readonly reference: string;
  readonly kind: SignalKind;
  readonly intake: string;
  readonly channel: Channel;
  readonly receivedAt: string;
  readonly restricted: boolean;
  readonly reporterKind: ReporterKind;
  /** Null for a partner's own submission: the meldpunt's steps are not theirs to see. */
  readonly status: Status | null;
  readonly publicStatus: PublicStatus;
  readonly statusChangedAt: string;
  readonly category: CategoryRef | null;
  readonly summary: string;
  readonly subjectCount: number;
  readonly attachmentCount: number;
  readonly deadlines: Deadlines | null;
  readonly version: number;
}

export interface WorklistPage {
  readonly items: readonly WorklistItem[];
  readonly nextCursor: string | null;
  /** The signal whose whole reference was searched for. */
  readonly exactId: string | null;
}

export interface Observation {
  readonly id: string;
  readonly description: string;
  readonly observedOn: string | null;
  readonly observedWhen: string | null;
  readonly place: Place | null;
  readonly placeDetail: string | null;
  readonly source: Source;
  readonly sourceDetail: string | null;
}

export interface Subject {
  readonly id: string;
  readonly name: string | null;
  readonly age: number | null;
  readonly birthDate: string | null;
  readonly neighbourhood: string | null;
  readonly address: string | null;
  readonly schoolOrWork: string | null;
  readonly relation: Relation | null;
  readonly relationDetail: string | null;
  readonly link: {
    readonly personId: string;
    readonly personName: string;
    readonly linkedByName: string | null;
    readonly linkedAt: string | null;
  } | null;
}

export interface SharingStep {
  readonly done: boolean;
  readonly note?: string | null;
}

export interface SharingSteps {
  readonly adviceAsked: SharingStep;
  readonly conversationHeld: SharingStep;
  readonly safetyRisksWeighed: SharingStep;
  readonly consent: { readonly asked: boolean; readonly given: boolean; readonly note?: string | null };
  readonly onlyNecessaryData: SharingStep;
  readonly recordedInOwnFile: SharingStep;
}

export interface HistoryEntry {
  readonly at: string;
  readonly actorName: string | null;
  readonly actorRole: string | null;
  readonly kind: string;
  readonly fromStatus: Status | null;
  readonly toStatus: Status | null;
  readonly data: Readonly<Record<string, unknown>>;
  readonly note: string | null;
}

export interface SignalDetail {
  readonly id: string;
  /** 'submitter': a partner's own submission, without the meldpunt's work on it. */
  readonly view: 'full' | 'submitter';
  readonly reference: string;
  readonly kind: SignalKind;
  readonly intake: string;
  readonly channel: Channel;
  readonly receivedAt: string;
  readonly restricted: boolean;
  readonly status: Status | null;
  readonly publicStatus: PublicStatus;
  readonly statusChangedAt: string;
  /** The steps this user may take now. */
  readonly allowedTransitions: readonly Status[];
  readonly mayWork: boolean;
  readonly category: CategoryRef | null;
  readonly deadlines: Deadlines | null;
  readonly decisionOutcome: DecisionOutcome | null;
  readonly closeReason: CloseReason | null;
  readonly reporter: {
    readonly kind: ReporterKind;
    readonly name: string | null;
    readonly email: string | null;
    readonly phone: string | null;
    readonly organisation: string | null;
    readonly role: string | null;
    readonly feedbackWanted: boolean;
  };
  readonly submittedByOrganisation: string | null;
  readonly question: string | null;
  readonly observations: readonly Observation[];
  readonly assumptions: ReadonlyArray<{
    readonly id: string;
    readonly text: string;
    readonly state: AssumptionState;
  }>;
  readonly contraIndications: string | null;
  readonly persons: readonly Subject[];
  readonly sharingSteps: SharingSteps | null;
  readonly annotations: ReadonlyArray<{
    readonly id: string;
    readonly assumptionId: string | null;
    readonly effect: AnnotationEffect;
    readonly text: string;
    readonly createdAt: string;
    readonly createdByName: string;
  }>;
  readonly feedback: ReadonlyArray<{
    readonly id: string;
    readonly message: string;
    readonly createdAt: string;
  }>;
  readonly attachments: ReadonlyArray<{
    readonly id: string;
    readonly fileName: string;
    readonly mediaType: string;
    readonly sizeBytes: number;
    readonly createdAt: string;
  }>;
  readonly history: readonly HistoryEntry[];
  readonly version: number;
}

/** The answer to a change of a signal: its new version. */
export interface SignalChange {
  readonly id: string;
  readonly version: number;
}

export interface LinkResult extends SignalChange {
  readonly personId: string | null;
}

export interface Person {
  readonly id: string;
  readonly displayName: string;
  readonly birthDate: string | null;
  readonly neighbourhood: string | null;
  readonly address: string | null;
  readonly schoolOrWork: string | null;
  readonly createdAt: string;
  readonly version: number;
}

/** A person whose details are similar to a mention: a reason to look, never a judgement or a score. */
export interface Candidate extends Person {
  readonly matchedOn: readonly MatchedOn[];
}

export interface Suggestions {
  readonly subjects: ReadonlyArray<{
    readonly subjectId: string;
    readonly linkedPersonId: string | null;
    readonly candidates: readonly Candidate[];
  }>;
}

export interface PersonTimelineEntry {
  readonly signalId: string;
  readonly reference: string;
  readonly kind: SignalKind;
  readonly channel: Channel;
  readonly receivedAt: string;
  readonly status: Status;
  readonly category: { readonly labelNl: string; readonly labelEn: string } | null;
  readonly namedAs: string | null;
  readonly relation: Relation | null;
  readonly linkedAt: string | null;
  readonly linkedByName: string | null;
  readonly question: string | null;
  readonly observations: ReadonlyArray<{
    readonly description: string;
    readonly observedOn: string | null;
    readonly observedWhen: string | null;
    readonly place: string | null;
  }>;
  readonly assumptions: ReadonlyArray<{ readonly text: string; readonly state: string }>;
}

export interface PersonPage {
  readonly person: Person;
  readonly timeline: readonly PersonTimelineEntry[];
  readonly links: ReadonlyArray<{
    readonly decision: LinkDecision;
    readonly at: string;
    readonly byName: string;
    readonly reference: string;
    readonly signalId: string;
    readonly note: string | null;
  }>;
}

/** Deadlines (working days), notification address and public form of the own municipality. */
export interface MeldpuntSettings {
  readonly acknowledgeWorkingDays: number;
  readonly triageWorkingDays: number;
  readonly notifyEmail: string | null;
  readonly publicIntake: boolean;
  readonly version: number;
}

// ---------------------------------------------------------------------------------------------------
// Overleggen (src/server/routes/overleggen-schemas.ts)

export const MEETING_TYPES = ['signaleringsoverleg', 'weegploeg', 'casusoverleg'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const MEETING_STATUSES = ['voorbereiding', 'agenda_gepubliceerd', 'afgerond', 'geannuleerd'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export type MinutesStatus = 'concept' | 'definitief';

export const SERIES_FREQUENCIES = ['wekelijks', 'tweewekelijks', 'vierwekelijks'] as const;
export type SeriesFrequency = (typeof SERIES_FREQUENCIES)[number];

/** Outcomes (a)-(d) of the signaleringsoverleg. */
export const TRIAGE_OUTCOMES = [
  'zorgen_radicalisering',
  'zorgen_geen_radicalisering',
  'geen_zorgen',
  'meer_informatie_nodig',
] as const;
export type TriageOutcome = (typeof TRIAGE_OUTCOMES)[number];

export const WEIGHING_PARTIES = ['politie', 'om', 'burgemeester'] as const;
export type WeighingParty = (typeof WEIGHING_PARTIES)[number];

export const CASE_PHASES = ['signalering', 'persoonsgerichte_aanpak', 'nazorg', 'afgesloten'] as const;
export type CasePhase = (typeof CASE_PHASES)[number];

export const ACTION_STATUSES = ['open', 'gereed', 'vervallen'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** How the viewer takes part in the whole meeting; null: only through the items it is invited to. */
export type MeetingStanding = 'organiser' | 'chair' | 'role' | 'member';

export interface MeetingSummary {
  readonly id: string;
  readonly type: MeetingType;
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly location: string | null;
  readonly onlineUrl: string | null;
  readonly status: MeetingStatus;
  readonly organiser: { readonly id: string; readonly name: string };
  readonly chair: { readonly userId: string; readonly name: string };
  readonly seriesId: string | null;
  readonly agendaPublishedAt: string | null;
  readonly minutesStatus: MinutesStatus;
  readonly standing: MeetingStanding | null;
  readonly visibleItems: number;
  readonly version: number;
}

export interface Invitation {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly invitedAt: string;
}

export interface AgendaItemSummary {
  readonly id: string;
  readonly meetingId: string;
  readonly position: number;
  /** 'own_contributions': the need-to-know window has passed; only the own contributions remain. */
  readonly view: 'full' | 'own_contributions';
  readonly title: string;
  readonly subjectKind: 'signaal' | 'casus';
  /** The status only for the organiser and the chair. */
  readonly signal: {
    readonly id: string;
    readonly reference: string;
    readonly status: string | null;
    /** An adviesvraag is discussed on anonymous data: the item names no persons. */
    readonly kind: SignalKind | null;
  } | null;
  readonly casus: { readonly id: string; readonly reference: string; readonly phase: string | null } | null;
  readonly persons: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly restricted: boolean;
  readonly decision: { readonly status: string; readonly outcome: string | null } | null;
  readonly invitations: readonly Invitation[];
  readonly version: number;
}

export interface MeetingDetail extends MeetingSummary {
  readonly legalBasisId: string | null;
  readonly members: ReadonlyArray<{
    readonly organisationId: string;
    readonly name: string;
    readonly kind: string;
    readonly partnerType: string | null;
  }>;
  readonly minutes: {
    readonly generalText: string | null;
    readonly status: MinutesStatus;
    readonly approvedAt: string | null;
    readonly approvedByName: string | null;
    readonly version: number;
  };
  readonly partnerWindowEndsAt: string | null;
  readonly items: readonly AgendaItemSummary[];
  readonly permissions: {
    readonly manage: boolean;
    readonly draftDecisions: boolean;
    readonly recordDecisions: boolean;
    readonly approveMinutes: boolean;
  };
}

export interface Contribution {
  readonly id: string;
  readonly itemId: string;
  readonly organisation: { readonly id: string; readonly name: string };
  readonly author: { readonly userId: string; readonly name: string };
  readonly legalBasis: { readonly id: string; readonly nl: string; readonly en: string };
  readonly text: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
  readonly editable: boolean;
}

export interface MeetingDecision {
  readonly id: string;
  readonly kind: MeetingType;
  readonly status: 'concept' | 'vastgesteld';
  /** The fields of the draft or the recorded decision, as the meeting type has them. */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly outcome: string | null;
  readonly casusId: string | null;
  readonly draftedAt: string;
  readonly recordedAt: string | null;
  readonly recordedByName: string | null;
  readonly version: number;
}

export interface MeetingAction {
  readonly id: string;
  readonly meetingId: string;
  readonly itemId: string | null;
  readonly description: string;
  readonly owner: { readonly kind: 'persoon' | 'organisatie'; readonly id: string; readonly name: string };
  readonly dueOn: string;
  readonly status: ActionStatus;
  /** Open and past its due date. */
  readonly overdue: boolean;
  readonly completedAt: string | null;
  readonly meeting: { readonly type: MeetingType; readonly startsAt: string };
  readonly version: number;
}

export interface AgendaItemDetail extends AgendaItemSummary {
  readonly notes: string | null;
  readonly minutesText: string | null;
  readonly contributions: readonly Contribution[];
  readonly decisionDetail: MeetingDecision | null;
  readonly actions: ReadonlyArray<MeetingAction & { readonly mayUpdate: boolean }>;
  readonly permissions: {
    readonly edit: boolean;
    readonly contribute: boolean;
    readonly draftDecision: boolean;
    readonly recordDecision: boolean;
  };
}

export interface MyActions {
  readonly actions: ReadonlyArray<
    MeetingAction & { readonly itemTitle: string | null; readonly meetingTitle: string }
  >;
  readonly overdueCount: number;
  readonly openCount: number;
}

export interface ActionCounts {
  readonly openCount: number;
  readonly overdueCount: number;
}

/** A signal (triage, weegploeg) or a case (casusoverleg) that may go on an agenda. */
export interface AgendaCandidate {
  readonly kind: 'signaal' | 'casus';
  readonly signalKind: SignalKind | null;
  readonly id: string;
  readonly reference: string;
  readonly status: string;
  readonly summary: string | null;
  readonly category: { readonly nl: string; readonly en: string } | null;
  readonly receivedAt: string | null;
  readonly restricted: boolean;
  readonly persons: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

export interface LegalBasis {
  readonly id: string;
  readonly code: string;
  readonly labelNl: string;
  readonly labelEn: string;
  /** An example text from the initial list, to be replaced by the municipality. */
  readonly example: boolean;
}

/** How many days after the minutes are final an invited partner still sees its item. */
export interface MeetingSettings {
  readonly partnerWindowDays: number;
  /** 0 while the default applies. */
  readonly version: number;
}

/** The answer to a change: the object's id and its new version. */
export interface Changed {
  readonly id: string;
  readonly version: number;
}

export interface DecisionRecorded extends Changed {
  readonly casusId: string | null;
}

export interface SeriesCreated {
  readonly id: string;
  readonly meetingIds: readonly string[];
}
