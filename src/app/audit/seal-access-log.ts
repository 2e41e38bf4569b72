import { currentHorizon, insertSeals, lockChainHead, unsealedEntries } from '../../db/access-log.js';
import type { Database } from '../../db/database.js';
import { chainHash, GENESIS_HASH, type SealRecord } from '../../domain/audit/chain.js';

/**
 * Seals finished access-log entries into the hash chain. Writers never wait for this: they insert
 * freely, and this step (one at a time, under an advisory lock) chains what has committed, in chunks.
 * Returns how many entries it sealed.
 */
export async function sealAccessLog(db: Database, now: () => Date, chunkSize = 2000): Promise<number> {
  return db.tx(async (q) => {
    const head = await lockChainHead(q);
    const horizon = await currentHorizon(q);
    let prev = head.seq === 0 ? GENESIS_HASH : head.hash;
    let seq = head.seq;
    let after: { txId: string; id: number } | null = null;
    let total = 0;
    for (;;) {
      const entries = await unsealedEntries(q, { from: head.horizon, to: horizon }, after, chunkSize);
      const seals: SealRecord[] = entries.map((e) => {
        prev = chainHash(prev, e);
        seq += 1;
        return { seq, entryId: e.id, hash: prev };
      });
      await insertSeals(q, seals, horizon, now());
      total += entries.length;
      const last = entries.at(-1);
      if (!last || entries.length < chunkSize) return total;
      after = { txId: last.txId, id: last.id };
    }
  });
}

/** Runs the sealer every intervalMs until stopped; a failed round is retried on the next tick. */
export function startSealer(
  db: Database,
  now: () => Date,
  intervalMs: number,
  onError: (err: unknown) => void,
): { stop: () => Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(() => (stopped ? 0 : sealAccessLog(db, now).catch(onError)));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
