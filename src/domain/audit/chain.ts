import { createHash } from 'node:crypto';

/** One access-log entry as it is sealed: every field that carries meaning, nothing derived. */
export interface LogEntry {
  readonly id: number;
  readonly at: Date;
  readonly tenantId: string | null;
  readonly actorUserId: string | null;
  readonly actorOrganisationId: string | null;
  readonly actorRole: string | null;
  readonly onBehalfOf: string | null;
  readonly action: string;
  readonly objectType: string | null;
  readonly objectId: string | null;
  readonly personId: string | null;
  readonly purpose: string | null;
  readonly result: string;
  readonly clientIp: string | null;
  readonly requestId: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Canonical form: a JSON array in a fixed field order, timestamps in UTC ISO 8601 with milliseconds.
 * An array (not an object) so that key order can never differ between writers.
 */
export function canonical(e: LogEntry): string {
  return JSON.stringify([
    e.id,
    e.at.toISOString(),
    e.tenantId,
    e.actorUserId,
    e.actorOrganisationId,
    e.actorRole,
    e.onBehalfOf,
    e.action,
    e.objectType,
    e.objectId,
    e.personId,
    e.purpose,
    e.result,
    e.clientIp,
    e.requestId,
  ]);
}

/** The hash of an entry chained to the hash of the entry sealed before it. */
export function chainHash(previousHash: string, e: LogEntry): string {
  return createHash('sha256').update(previousHash).update('\n').update(canonical(e)).digest('hex');
}

export interface SealRecord {
  readonly seq: number;
  readonly entryId: number;
  readonly hash: string;
}

export type ChainProblem =
  | { readonly kind: 'sequence-gap'; readonly seq: number; readonly expectedSeq: number }
  | { readonly kind: 'entry-missing'; readonly seq: number; readonly entryId: number }
  | { readonly kind: 'hash-mismatch'; readonly seq: number; readonly entryId: number };

/**
 * Verifies a run of seals (in seq order) against their entries, starting from the hash before the run.
 * Returns the first problem, or the last hash when the run is intact.
 */
export function verifyRun(
  previousHash: string,
  firstSeq: number,
  seals: readonly SealRecord[],
  entries: ReadonlyMap<number, LogEntry>,
): { ok: true; lastHash: string } | { ok: false; problem: ChainProblem } {
  let prev = previousHash;
  let expectedSeq = firstSeq;
  for (const s of seals) {
    if (s.seq !== expectedSeq)
      return { ok: false, problem: { kind: 'sequence-gap', seq: s.seq, expectedSeq } };
    const entry = entries.get(s.entryId);
    if (!entry) return { ok: false, problem: { kind: 'entry-missing', seq: s.seq, entryId: s.entryId } };
    if (entry.id !== s.entryId || chainHash(prev, entry) !== s.hash) {
      return { ok: false, problem: { kind: 'hash-mismatch', seq: s.seq, entryId: s.entryId } };
    }
    prev = s.hash;
    expectedSeq++;
  }
  return { ok: true, lastHash: prev };
}
