import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../domain/access/roles.js';
import type { FieldIssue } from '../../domain/overleg/types.js';

/** Why a use case did not do what was asked; the HTTP layer turns each into its problem response. */
export type Failure =
  /** Does not exist, or not for this actor (never revealed). */
  | { readonly ok: false; readonly kind: 'not_found' }
  /** Seen, but not theirs to change. */
  | { readonly ok: false; readonly kind: 'forbidden' }
  | { readonly ok: false; readonly kind: 'invalid'; readonly errors: readonly FieldIssue[] }
  /** Not possible in the state it is in (a closed case): the message names the rule and what to do instead. */
  | {
      readonly ok: false;
      readonly kind: 'refused';
      readonly code: string;
      readonly nl: string;
      readonly en: string;
    }
  /** Someone else changed it since the given version was read: here is the current one. */
  | { readonly ok: false; readonly kind: 'conflict'; readonly current: unknown };

export type Result<T> = ({ readonly ok: true } & T) | Failure;

export const notFound: Failure = { ok: false, kind: 'not_found' };
export const forbidden: Failure = { ok: false, kind: 'forbidden' };
export const invalid = (errors: readonly FieldIssue[]): Failure => ({ ok: false, kind: 'invalid', errors });
export const conflict = (current: unknown): Failure => ({ ok: false, kind: 'conflict', current });
export const fieldError = (field: string, nl: string, en: string): Failure => invalid([{ field, nl, en }]);
export const refused = (r: { code: string; nl: string; en: string }): Failure => ({
  ok: false,
  kind: 'refused',
  ...r,
});

/** An access-log entry a use case writes (the HTTP layer adds who, from where and which request). */
export interface AuditEntry {
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string | null;
  readonly personId?: string | null;
  readonly result?: 'ok' | 'denied';
  /** Another tenant's log than the actor's, for an event that concerns both (a handover of a case). */
  readonly tenantId?: string;
  /** Overrides the context's purpose (e.g. 'noodtoegang' for a case seen through break-the-glass). */
  readonly purpose?: string;
  /** The municipality on whose behalf the actor worked (a region's meldpunt, a larger municipality's regie). */
  readonly onBehalfOf?: string;
}

/** Logs one entry, or several with one statement (a list naming many persons). */
export type AuditFn = (q: Queryable, entry: AuditEntry | readonly AuditEntry[]) => Promise<void>;

/** What every use case is given: the database, who acts, the moment, and how to log. */
export interface Ctx {
  readonly db: Database;
  readonly actor: Actor;
  readonly now: Date;
  readonly audit: AuditFn;
}

/** Thrown inside a transaction when a versioned update found another version: rolls everything back. */
export class Stale extends Error {
  constructor() {
    super('stale version');
  }
}

/** Thrown inside a transaction to roll back and answer with field errors (a rule failed half-way). */
export class Refused extends Error {
  constructor(readonly failure: Failure) {
    super('refused');
  }
}

/**
 * Runs a change in one transaction. A Stale thrown inside becomes a conflict carrying what `current`
 * reads after the rollback; a Refused becomes its failure.
 */
export async function inTx<T>(
  ctx: Ctx,
  run: (q: Queryable) => Promise<T>,
  current: () => Promise<unknown>,
): Promise<Result<{ value: T }>> {
  try {
    return { ok: true, value: await ctx.db.tx(run) };
  } catch (err) {
    if (err instanceof Stale) return conflict(await current());
    if (err instanceof Refused) return err.failure;
    throw err;
  }
}

/** Logs that the actor read an object about a person (the person is logged with it, to answer who saw them). */
export function logPersonRead(
  ctx: Ctx,
  objectType: string,
  objectId: string,
  personId: string | null,
): Promise<void> {
  return ctx.audit(ctx.db, { action: 'read', objectType, objectId, personId });
}

/** Reads are logged as 'read'; a refused object-level read as 'denied' (answered 404). */
export async function logDenied(ctx: Ctx, objectType: string, objectId: string): Promise<Failure> {
  await ctx.audit(ctx.db, { action: 'read', objectType, objectId, result: 'denied' });
  return notFound;
}
