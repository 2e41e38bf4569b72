import type { FieldIssue, Status } from '../../domain/melding/types.js';

/** Why a use case did not do what was asked; the HTTP layer turns each into its problem response. */
export type Failure =
  | { readonly ok: false; readonly kind: 'not_found' }
  | { readonly ok: false; readonly kind: 'forbidden' }
  | { readonly ok: false; readonly kind: 'invalid'; readonly errors: readonly FieldIssue[] }
  /** Someone else changed it since the given version was read. */
  | { readonly ok: false; readonly kind: 'conflict' }
  | {
      readonly ok: false;
      readonly kind: 'not_allowed';
      readonly from: Status;
      readonly to: string;
      readonly allowed: readonly Status[];
    };

export type Result<T> = ({ readonly ok: true } & T) | Failure;

export const notFound: Failure = { ok: false, kind: 'not_found' };
export const forbidden: Failure = { ok: false, kind: 'forbidden' };
export const conflict: Failure = { ok: false, kind: 'conflict' };
export const invalid = (errors: readonly FieldIssue[]): Failure => ({ ok: false, kind: 'invalid', errors });

/** An access-log entry a use case writes inside its transaction (the HTTP layer adds who and from where). */
export interface AuditEntry {
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string | null;
  readonly personId?: string | null;
  readonly tenantId?: string | null;
  readonly result?: 'ok' | 'failed';
  /** The municipality on whose behalf a region's meldpunt worked (regional cooperation). */
  readonly onBehalfOf?: string;
  /** Overrides the meldpunt's purpose. */
  readonly purpose?: string;
}

export type AuditFn = (q: import('../../db/database.js').Queryable, entry: AuditEntry) => Promise<void>;
