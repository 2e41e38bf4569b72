import type { Grant } from '../../../contract/privacy-break-glass';

/**
 * The privacy screens' query keys, and the answers of the dashboard and the retention history that
 * src/contract/ does not describe yet.
 */

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
