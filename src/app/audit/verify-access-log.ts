import type { VerifyProblem } from '../../contract/access-log.js';
import { entriesOutsideChain, readSealsWithEntries } from '../../db/access-log.js';
import type { Queryable } from '../../db/database.js';
import type { AnchorSource } from '../../domain/audit/chain.js';
import { CHAIN_START, verifyRun } from '../../domain/audit/chain.js';
import type { CheckpointLine } from '../../domain/audit/checkpoint.js';

export type { VerifyProblem } from '../../contract/access-log.js';

export interface VerifyResult {
  readonly ok: boolean;
  readonly checked: number;
  /** Hash of the last sealed entry: record it outside the system to detect removal of the chain's tail. */
  readonly headHash: string;
  readonly headSeq: number;
  /** Seals 1..unkeyedSeals carry the old unkeyed format (before migration 012); the key covers them from there. */
  readonly unkeyedSeals: number;
  /** The furthest head recorded outside the database that the chain was checked against. */
  readonly anchoredSeq: number | null;
  readonly problem: VerifyProblem | null;
}

export interface VerifyOptions {
  readonly key: Uint8Array | null;
  readonly timeToleranceMs: number;
  /** The checkpoint file's lines, as `readCheckpoints` returns them. */
  readonly checkpoints?: readonly CheckpointLine[];
  /** A head kept by the privacy officer (`--expect-head SEQ:HASH`). */
  readonly expectHead?: { readonly seq: number; readonly hash: string } | undefined;
  readonly pageSize?: number;
}

/**
 * Walks the whole chain and reports the first broken place: a changed, missing or reordered entry, a seal
 * made without the key, a back-dated entry, a difference from a checkpoint or the expected head, a tail cut
 * off behind the last checkpoint, or an entry left out of the chain.
 */
export async function verifyAccessLog(q: Queryable, opts: VerifyOptions): Promise<VerifyResult> {
  const anchors = new Map<number, { hash: string; source: AnchorSource }>();
  let furthest: { seq: number; source: AnchorSource } | null = null;
  const anchor = (seq: number, hash: string, source: AnchorSource) => {
    anchors.set(seq, { hash, source });
    if (!furthest || seq >= furthest.seq) furthest = { seq, source };
  };
  for (const line of opts.checkpoints ?? []) {
    if (!line.ok) {
      const problem = { kind: 'checkpoint-invalid' as const, line: line.line, reason: line.reason };
      return { ok: false, checked: 0, headHash: '', headSeq: 0, unkeyedSeals: 0, anchoredSeq: null, problem };
    }
    anchor(line.checkpoint.seq, line.checkpoint.hash, 'checkpoint');
  }
  if (opts.expectHead) anchor(opts.expectHead.seq, opts.expectHead.hash, 'expected-head');
  const anchoredSeq = (furthest as { seq: number } | null)?.seq ?? null;

  let state = CHAIN_START;
  const pageSize = opts.pageSize ?? 5000;
  const result = (problem: VerifyProblem | null, checked = state.seq): VerifyResult => ({
    ok: problem === null,
    checked,
    headHash: state.hash,
    headSeq: state.seq,
    unkeyedSeals: state.unkeyed,
    anchoredSeq,
    problem,
  });
  for (;;) {
    const { seals, entries } = await readSealsWithEntries(q, state.seq, pageSize);
    if (seals.length === 0) break;
    const run = verifyRun(state, seals, entries, {
      key: opts.key,
      toleranceMs: opts.timeToleranceMs,
      anchors,
    });
    if (!run.ok) return result(run.problem, run.problem.seq - 1);
    state = run.state;
  }
  const end = furthest as { seq: number; source: AnchorSource } | null;
  if (end && end.seq > state.seq) {
    return result({
      kind: 'truncated',
      seq: state.seq + 1,
      headSeq: state.seq,
      anchoredSeq: end.seq,
      source: end.source,
    });
  }
  const first = (await entriesOutsideChain(q, 1))[0];
  if (first !== undefined) return result({ kind: 'entry-not-sealed', entryId: first });
  return result(null);
}
