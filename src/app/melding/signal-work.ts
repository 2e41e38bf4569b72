import type { Queryable } from '../../db/database.js';
import { findSignalHead, linkedPersonIds, type SignalHead } from '../../db/meldingen.js';
import type { Actor } from '../../domain/access/roles.js';
import { mayWorkOnSignal, signalViewFor } from '../../domain/melding/access.js';
import type { ActorRef } from '../../domain/melding/types.js';
import { type AuditEntry, type AuditFn, conflict, forbidden, notFound, type Result } from './results.js';

/** Thrown inside a transaction when a versioned update found another version: rolls everything back. */
export class StaleVersion extends Error {
  constructor() {
    super('stale version');
  }
}

export function actorRef(a: Actor): ActorRef {
  return { userId: a.userId, name: a.displayName, role: a.role };
}

/**
 * The signal an actor is about to change, when they may: a signal they may not see does not exist for
 * them (404, so its existence is not revealed); one they may see but not change is 403; a stale
 * version is a conflict.
 */
export async function loadForWork(
  q: Queryable,
  actor: Actor,
  id: string,
  version: number,
): Promise<Result<{ head: SignalHead }>> {
  const head = await findSignalHead(q, id);
  if (!head || !signalViewFor(actor, head)) return notFound;
  if (!mayWorkOnSignal(actor, head)) return forbidden;
  if (head.version !== version) return conflict;
  return { ok: true, head };
}

/** Runs a versioned change; a StaleVersion thrown inside becomes a conflict. */
export async function versioned<T>(run: () => Promise<T>): Promise<Result<{ value: T }>> {
  try {
    return { ok: true, value: await run() };
  } catch (err) {
    if (err instanceof StaleVersion) return conflict;
    throw err;
  }
}

/**
 * The access-log entries of a change to a signal: one per person linked to it (so the person's log shows
 * it), or one without a person.
 */
export async function auditSignalChange(
  q: Queryable,
  audit: AuditFn,
  entry: AuditEntry & { signalId: string },
) {
  const { signalId, ...rest } = entry;
  const persons = await linkedPersonIds(q, signalId);
  for (const personId of persons.length > 0 ? persons : [null]) await audit(q, { ...rest, personId });
}
