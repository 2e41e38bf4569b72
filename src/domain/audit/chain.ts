import { createHash, createHmac } from 'node:crypto';

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
 * How a seal was made, recorded per seal (`access_log_seal.alg`):
 * - `sha256`: the first, unkeyed chain (before migration 012). Anyone with owner rights can recompute it, so it
 *   proves order but not integrity against the owner. Only ever a prefix of the chain.
 * - `hmac-sha256`: keyed with the audit key, which never enters the database; the seal time is covered too.
 */
export type SealAlgorithm = 'sha256' | 'hmac-sha256';
export const SEAL_ALGORITHM: SealAlgorithm = 'hmac-sha256';

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

/** The unkeyed hash of the first chain format (`sha256`), kept to verify seals made before migration 012. */
export function chainHash(previousHash: string, e: LogEntry): string {
  return createHash('sha256').update(previousHash).update('\n').update(canonical(e)).digest('hex');
}

/** The keyed seal (`hmac-sha256`): the previous hash, the entry and the time it was sealed, under the audit key. */
export function keyedChainHash(key: Uint8Array, previousHash: string, e: LogEntry, sealedAt: Date): string {
  return createHmac('sha256', key)
    .update(previousHash)
    .update('\n')
    .update(canonical(e))
    .update('\n')
    .update(sealedAt.toISOString())
    .digest('hex');
}

/** A short, public fingerprint of a key, so a verifier can tell "another key" from "a rewritten log". */
export function keyId(key: Uint8Array): string {
  return createHmac('sha256', key).update('duiden-audit-key-id').digest('hex').slice(0, 16);
}

export interface SealRecord {
  readonly seq: number;
  readonly entryId: number;
  readonly hash: string;
  readonly alg: SealAlgorithm;
  readonly sealedAt: Date;
}

export type ChainProblem =
  | { readonly kind: 'sequence-gap'; readonly seq: number; readonly expectedSeq: number }
  | { readonly kind: 'entry-missing'; readonly seq: number; readonly entryId: number }
  | { readonly kind: 'hash-mismatch'; readonly seq: number; readonly entryId: number }
  /** An unkeyed seal after a keyed one: someone recomputed the chain without the key. */
  | { readonly kind: 'unkeyed-seal'; readonly seq: number; readonly entryId: number }
  /** A keyed seal, but the verifier was given no key. */
  | { readonly kind: 'key-required'; readonly seq: number }
  /** Dated more than the tolerance before an entry sealed ahead of it: inserted later with an earlier time. */
  | {
      readonly kind: 'backdated';
      readonly seq: number;
      readonly entryId: number;
      readonly at: string;
      readonly latestBefore: string;
    }
  /** Dated more than the tolerance after its own seal was made. */
  | {
      readonly kind: 'dated-after-seal';
      readonly seq: number;
      readonly entryId: number;
      readonly at: string;
      readonly sealedAt: string;
    }
  /** The chain differs from a head recorded outside the database (a checkpoint or the privacy officer's). */
  | { readonly kind: 'anchor-mismatch'; readonly seq: number; readonly source: AnchorSource };

export type AnchorSource = 'checkpoint' | 'expected-head';

/** Where a walk through the chain stands after some seals: carried from page to page. */
export interface ChainState {
  readonly hash: string;
  readonly seq: number;
  /** The latest `at` among the entries sealed so far (ms), for the back-dating check. */
  readonly latestAt: number | null;
  /** How many seals so far carry the old unkeyed format. */
  readonly unkeyed: number;
  readonly keyed: boolean;
}

export const CHAIN_START: ChainState = {
  hash: GENESIS_HASH,
  seq: 0,
  latestAt: null,
  unkeyed: 0,
  keyed: false,
};

export interface VerifyRunOptions {
  readonly key: Uint8Array | null;
  /** How far an entry's `at` may lie before one sealed ahead of it (or after its own seal), in ms. */
  readonly toleranceMs: number;
  /** Hashes recorded outside the database, by seq. */
  readonly anchors?: ReadonlyMap<number, { readonly hash: string; readonly source: AnchorSource }>;
}

/**
 * Verifies a run of seals (in seq order) against their entries, continuing from `state`. Returns the first
 * problem, or the state after the run when it is intact. An unkeyed seal is accepted only before the first
 * keyed one (the chain from before migration 012); the first keyed seal covers the hash of that prefix.
 */
export function verifyRun(
  state: ChainState,
  seals: readonly SealRecord[],
  entries: ReadonlyMap<number, LogEntry>,
  opts: VerifyRunOptions,
): { ok: true; state: ChainState } | { ok: false; problem: ChainProblem } {
  let { hash: prev, seq, latestAt, unkeyed, keyed } = state;
  for (const s of seals) {
    const expectedSeq = seq + 1;
    if (s.seq !== expectedSeq)
      return { ok: false, problem: { kind: 'sequence-gap', seq: s.seq, expectedSeq } };
    const entry = entries.get(s.entryId);
    if (!entry) return { ok: false, problem: { kind: 'entry-missing', seq: s.seq, entryId: s.entryId } };
    let expected: string;
    if (s.alg === 'sha256') {
      if (keyed) return { ok: false, problem: { kind: 'unkeyed-seal', seq: s.seq, entryId: s.entryId } };
      expected = chainHash(prev, entry);
      unkeyed++;
    } else {
      if (!opts.key) return { ok: false, problem: { kind: 'key-required', seq: s.seq } };
      expected = keyedChainHash(opts.key, prev, entry, s.sealedAt);
      keyed = true;
    }
    if (entry.id !== s.entryId || expected !== s.hash) {
      return { ok: false, problem: { kind: 'hash-mismatch', seq: s.seq, entryId: s.entryId } };
    }
    const at = entry.at.getTime();
    if (at > s.sealedAt.getTime() + opts.toleranceMs) {
      const problem = {
        kind: 'dated-after-seal' as const,
        seq: s.seq,
        entryId: s.entryId,
        at: entry.at.toISOString(),
        sealedAt: s.sealedAt.toISOString(),
      };
      return { ok: false, problem };
    }
    if (latestAt !== null && at < latestAt - opts.toleranceMs) {
      const problem = {
        kind: 'backdated' as const,
        seq: s.seq,
        entryId: s.entryId,
        at: entry.at.toISOString(),
        latestBefore: new Date(latestAt).toISOString(),
      };
      return { ok: false, problem };
    }
    const anchor = opts.anchors?.get(s.seq);
    if (anchor && anchor.hash !== s.hash) {
      return { ok: false, problem: { kind: 'anchor-mismatch', seq: s.seq, source: anchor.source } };
    }
    latestAt = latestAt === null ? at : Math.max(latestAt, at);
    prev = s.hash;
    seq = s.seq;
  }
  return { ok: true, state: { hash: prev, seq, latestAt, unkeyed, keyed } };
}

/** Seals a run of entries (in chain order) after `previousHash`, keyed, all at one sealing time. */
export function sealRun(
  key: Uint8Array,
  previousHash: string,
  firstSeq: number,
  entries: readonly LogEntry[],
  sealedAt: Date,
): SealRecord[] {
  let prev = previousHash;
  return entries.map((e, i) => {
    prev = keyedChainHash(key, prev, e, sealedAt);
    return { seq: firstSeq + i, entryId: e.id, hash: prev, alg: SEAL_ALGORITHM, sealedAt };
  });
}
