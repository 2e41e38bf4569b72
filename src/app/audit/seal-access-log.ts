import { currentHorizon, insertSeals, lockChainHead, unsealedEntries } from '../../db/access-log.js';
import type { Database } from '../../db/database.js';
import { GENESIS_HASH, sealRun } from '../../domain/audit/chain.js';
import { type Checkpoint, signCheckpoint } from '../../domain/audit/checkpoint.js';
import { appendCheckpoint } from './checkpoint-file.js';

/**
 * Seals finished access-log entries into the keyed chain. Writers never wait for this: they insert
 * freely, and this step (one at a time, under an advisory lock) chains what has committed, in chunks.
 * Every entry is sealed, also one dated too early: verify reports it (a refused entry would be a hole).
 * Returns how many entries it sealed.
 */
export async function sealAccessLog(
  db: Database,
  now: () => Date,
  key: Uint8Array,
  chunkSize = 2000,
): Promise<number> {
  return db.tx(async (q) => {
    const head = await lockChainHead(q);
    const horizon = await currentHorizon(q);
    let prev = head.seq === 0 ? GENESIS_HASH : head.hash;
    let seq = head.seq;
    let after: { txId: string; id: number } | null = null;
    let total = 0;
    for (;;) {
      const entries = await unsealedEntries(q, { from: head.horizon, to: horizon }, after, chunkSize);
      const seals = sealRun(key, prev, seq + 1, entries, now());
      await insertSeals(q, seals, horizon);
      const lastSeal = seals.at(-1);
      if (lastSeal) {
        prev = lastSeal.hash;
        seq = lastSeal.seq;
      }
      total += entries.length;
      const last = entries.at(-1);
      if (!last || entries.length < chunkSize) return total;
      after = { txId: last.txId, id: last.id };
    }
  });
}

/**
 * Writes a signed checkpoint of the committed head to the file, under the sealer's lock, so only the instance
 * that holds it writes and the line names a head that exists. Returns it, or null when the head is not past
 * `afterSeq` (nothing new to anchor).
 */
export async function writeCheckpoint(
  db: Database,
  now: () => Date,
  key: Uint8Array,
  file: string,
  afterSeq = 0,
): Promise<Checkpoint | null> {
  return db.tx(async (q) => {
    const head = await lockChainHead(q);
    if (head.seq <= afterSeq) return null;
    const checkpoint = signCheckpoint(key, head, now());
    appendCheckpoint(file, checkpoint);
    return checkpoint;
  });
}

export interface SealerOptions {
  readonly key: Uint8Array;
  readonly intervalMs: number;
  readonly checkpoint?: { readonly file: string; readonly intervalMs: number } | undefined;
  readonly onError: (err: unknown) => void;
}

/** Runs the sealer every intervalMs, and a checkpoint every checkpoint interval, until stopped. */
export function startSealer(
  db: Database,
  now: () => Date,
  opts: SealerOptions,
): { stop: () => Promise<void>; checkpointNow: () => Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let lastSeq = 0;
  let lastCheckpointAt = 0;
  const checkpoint = async () => {
    if (!opts.checkpoint) return;
    const c = await writeCheckpoint(db, now, opts.key, opts.checkpoint.file, lastSeq);
    lastCheckpointAt = Date.now();
    if (c) lastSeq = c.seq;
  };
  const round = async () => {
    await sealAccessLog(db, now, opts.key);
    if (opts.checkpoint && Date.now() - lastCheckpointAt >= opts.checkpoint.intervalMs) await checkpoint();
  };
  const timer = setInterval(() => {
    running = running.then(() => (stopped ? undefined : round().catch(opts.onError)));
  }, opts.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
    /** Seals what is left and anchors it: for a clean stop. */
    async checkpointNow() {
      await sealAccessLog(db, now, opts.key);
      await checkpoint();
    },
  };
}
