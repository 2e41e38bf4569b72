/** The shapes of the privacy API (src/server/routes/privacy-*.ts) as the screens use them. */

export const RETENTION_KINDS = [
  'casus_afgesloten',
  'melding_zonder_vervolg',
  'adviesvraag',
  'bijlage',
  'notulen',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export interface RetentionRule {
  readonly kind: RetentionKind;
  readonly termMonths: number;
  readonly defaultMonths: number;
  readonly countedFrom: string;
  readonly source: string;
  readonly note: string | null;
  readonly isDefault: boolean;
  readonly version: number;
}

export interface PlannedDeletion {
  readonly kind: RetentionKind;
  readonly id: string;
  readonly label: string;
  readonly lastProcessedAt: string;
  readonly expiresAt: string;
  readonly holdEndsOn: string | null;
  readonly restricted: boolean;
  /** The rule it runs out under: bewaartermijn:<kind>:<months>m[:gemeente]. */
  readonly rule: string;
}

/** The look-ahead choices of the dry run, in days (src/domain/privacy/retention.ts). */
export const LOOKAHEAD_DAYS = [0, 30, 90] as const;

export type Counts = Readonly<Record<string, number>>;

export interface RetentionHistory {
  readonly runs: ReadonlyArray<{
    readonly id: string;
    readonly startedAt: string;
    readonly startedByName: string | null;
    readonly deleted: Counts;
    readonly held: Counts;
  }>;
  readonly tombstones: ReadonlyArray<{
    readonly id: number;
    readonly at: string;
    readonly objectType: string | null;
    readonly objectId: string | null;
    readonly rule: string | null;
  }>;
}

export type HoldObjectType = 'signal' | 'casus' | 'meeting';

export interface LegalHold {
  readonly id: string;
  readonly objectType: HoldObjectType;
  readonly objectId: string;
  readonly label: string | null;
  readonly reason: string;
  readonly endsOn: string;
  readonly createdAt: string;
  readonly createdByName: string;
  readonly liftedAt: string | null;
  readonly version: number;
}

/** wacht: awaits approval (four-eyes); verlopen: lapsed without a decision. */
export type GrantState = 'wacht' | 'actief' | 'geweigerd' | 'verlopen' | 'afgelopen';

export interface Grant {
  readonly id: string;
  readonly casusId: string;
  readonly casusReference: string | null;
  readonly userName: string;
  readonly organisationName: string;
  readonly role: string;
  readonly reason: string;
  readonly state: GrantState;
  readonly requestedAt: string;
  readonly pendingUntil: string | null;
  readonly grantedAt: string | null;
  readonly expiresAt: string | null;
  readonly endedAt: string | null;
  readonly active: boolean;
  readonly decision: {
    readonly approved: boolean;
    readonly reason: string;
    readonly decidedAt: string;
    readonly decidedByName: string;
  } | null;
  readonly review: {
    readonly judgement: string;
    readonly justified: boolean;
    readonly reviewedAt: string;
    readonly reviewedByName: string;
  } | null;
  readonly version: number;
}

export interface Dashboard {
  readonly openReviews: number;
  readonly activeHolds: number;
  /** What runs out within `days` days, by kind; `kept` are held or restricted. */
  readonly expiring: { readonly days: number; readonly byKind: Counts; readonly kept: number };
  readonly lastRun: { readonly startedAt: string; readonly deleted: Counts; readonly held: Counts } | null;
  readonly unusualAccess: {
    readonly lookbackDays: number;
    readonly windowMinutes: number;
    readonly threshold: number;
    readonly findings: ReadonlyArray<{
      readonly userId: string;
      readonly userName: string;
      readonly windowStart: string;
      readonly windowEnd: string;
      readonly distinctRecords: number;
    }>;
  };
  readonly unusualBreakGlass: {
    readonly windowDays: number;
    readonly threshold: number;
    readonly findings: ReadonlyArray<{
      readonly userId: string;
      readonly userName: string;
      readonly requests: number;
      readonly lastAt: string;
    }>;
  };
}

export interface MyRequests {
  readonly requests: readonly Grant[];
  readonly maxPer30Days: number;
  readonly fourEyes: boolean;
}

/** Every break-the-glass query starts with this key, so one invalidation refreshes them all. */
export const BREAK_GLASS_KEY = ['noodtoegang'] as const;
export const ACTIVE_GRANTS_KEY = ['noodtoegang', 'actief'] as const;
export const MY_REQUESTS_KEY = ['noodtoegang', 'mijn'] as const;
export const TO_DECIDE_KEY = ['noodtoegang', 'verzoeken'] as const;
