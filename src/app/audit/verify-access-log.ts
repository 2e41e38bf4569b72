import { entriesOutsideChain, readSealsWithEntries } from '../../db/access-log.js';
import type { Queryable } from '../../db/database.js';
import type { ChainProblem } from '../../domain/audit/chain.js';
import { GENESIS_HASH, verifyRun } from '../../domain/audit/chain.js';

export type VerifyProblem = ChainProblem | { readonly kind: 'entry-not-sealed'; readonly entryId: number };

export interface VerifyResult {
  readonly ok: boolean;
  readonly checked: number;
  /** Hash of the last sealed entry: record it outside the system to detect removal of the chain's tail. */
  readonly headHash: string;
  readonly headSeq: number;
  readonly problem: VerifyProblem | null;
}

/** Walks the whole chain and reports the first broken entry. */
export async function verifyAccessLog(q: Queryable, pageSize = 5000): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let seq = 0;
  for (;;) {
    const { seals, entries } = await readSealsWithEntries(q, seq, pageSize);
    if (seals.length === 0) break;
    const run = verifyRun(prev, seq + 1, seals, entries);
    if (!run.ok)
      return { ok: false, checked: run.problem.seq - 1, headHash: prev, headSeq: seq, problem: run.problem };
    prev = run.lastHash;
    seq += seals.length;
  }
  const outside = await entriesOutsideChain(q, 1);
  const first = outside[0];
  if (first !== undefined) {
    return {
      ok: false,
      checked: seq,
      headHash: prev,
      headSeq: seq,
      problem: { kind: 'entry-not-sealed', entryId: first },
    };
  }
  return { ok: true, checked: seq, headHash: prev, headSeq: seq, problem: null };
}
