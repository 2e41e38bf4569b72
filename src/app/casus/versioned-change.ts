import { insertEvent } from '../../db/casus-dossier.js';
import type { Queryable } from '../../db/database.js';
import { type CasePart, closedCaseRefusal } from '../../domain/casus/closure.js';
import { type Ctx, type Failure, forbidden, inTx, type Result, refused, Stale } from '../overleg/results.js';
import { auditCase, type LoadedCase, loadCase, loadForRegie } from './load.js';

/**
 * A change of one part of a case (plan, measure, network, family contact, checklist item, the case itself)
 * is made the same way everywhere: the case is loaded for who may change it and must still be open; the
 * part is written at the version the user read (a versioned UPDATE or DELETE that matches no row means
 * someone saved another version since: a conflict carrying the version now saved); the timeline event and
 * the access-log entry are written in the same transaction, so nothing changes without a trace.
 */

/** The refusal of a write to a closed case, naming the part, the rule and what to do instead. */
export const closedCase = (part: CasePart): Failure => refused(closedCaseRefusal(part));

/** A decision as the case's timeline records it (who and when are the context's). */
export interface CaseEvent {
  readonly kind: string;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly reason?: string | null;
  readonly occurredOn?: string | null;
  readonly subjectId?: string | null;
}

/** Records a decision in the timeline (who, when, why). */
export function recordEvent(ctx: Ctx, q: Queryable, casusId: string, e: CaseEvent): Promise<void> {
  return insertEvent(q, {
    casusId,
    at: ctx.now,
    actorUserId: ctx.actor.userId,
    actorOrganisationId: ctx.actor.organisationId,
    kind: e.kind,
    fromValue: e.from ?? null,
    toValue: e.to ?? null,
    reason: e.reason ?? null,
    occurredOn: e.occurredOn ?? null,
    subjectId: e.subjectId ?? null,
  });
}

/**
 * The case for a change of one of its parts, or the refusal: by default only the regie may change it
 * (others who see it get 403); `participants` also lets a participating partner write (never a reader).
 * A closed case refuses every change, naming the part.
 */
export async function caseForChange(
  ctx: Ctx,
  id: string,
  part: CasePart,
  who: 'regie' | 'participants' = 'regie',
): Promise<LoadedCase | Failure> {
  const c = who === 'regie' ? await loadForRegie(ctx, id) : await loadCase(ctx, id);
  if (!c.ok) return c;
  if (c.access === 'read') return forbidden;
  if (c.dossier.phase === 'afgesloten') return closedCase(part);
  return c;
}

/** The per-part work of one change, given to `changeCasePart`. */
export interface PartChange<T> {
  /** What the case's access-log entry records. */
  readonly action: 'create' | 'update' | 'delete';
  /**
   * Writes the change at the version the user read and answers what the caller needs (a new id), or
   * false when the stored version is another one: everything is rolled back and answered as a conflict.
   */
  readonly write: (q: Queryable) => Promise<T | false>;
  /** The timeline event of the change, given what the write answered; none when it answers null. */
  readonly event?: (value: T) => CaseEvent | null;
  /** What is saved now, read after the rollback, sent with a conflict (a create has none). */
  readonly current?: () => Promise<unknown>;
}

/** Writes one change of a part of a loaded case with its timeline event and access-log entry, in one transaction. */
export function changeCasePart<T>(
  ctx: Ctx,
  c: LoadedCase,
  change: PartChange<T>,
): Promise<Result<{ value: T }>> {
  return inTx(
    ctx,
    async (q) => {
      const value = await change.write(q);
      if (value === false) throw new Stale();
      const event = change.event?.(value);
      if (event) await recordEvent(ctx, q, c.dossier.id, event);
      await auditCase(ctx, q, c, change.action);
      return value;
    },
    change.current ?? (async () => null),
  );
}

/** The answer to a create: the new id, at version 1. */
export const created = (done: Result<{ value: string }>): Result<{ id: string; version: number }> =>
  done.ok ? { ok: true, id: done.value, version: 1 } : done;

/** The answer to a versioned update: the version now saved, one past the one read. */
export const savedAfter = (version: number, done: Result<object>): Result<{ version: number }> =>
  done.ok ? { ok: true, version: version + 1 } : done;

/** The answer to a change that gives nothing back (a removal, a decision on the case). */
export const changed = (done: Result<object>): Result<object> => (done.ok ? { ok: true } : done);
