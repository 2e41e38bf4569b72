import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readCheckpoints } from '../../src/app/audit/checkpoint-file.js';
import { sealAccessLog, writeCheckpoint } from '../../src/app/audit/seal-access-log.js';
import { verifyAccessLog } from '../../src/app/audit/verify-access-log.js';
import { readSealsWithEntries, recordAccess } from '../../src/db/access-log.js';
import { chainHash, GENESIS_HASH, type LogEntry } from '../../src/domain/audit/chain.js';
import { sealEverything, TEST_AUDIT_KEY } from '../helpers/seal.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

/**
 * The tampering trials of issue 10, as an attacker with the owner's rights (a DBA, or whoever takes over the
 * owner's login) would run them: switch off the log's triggers, change rows, switch them on again. Each trial
 * gets a fresh log of 30 sealed entries and a checkpoint of its head outside the database, and must be
 * reported by verifyAccessLog with the first broken place.
 */
let t: TestDatabase;
let dir: string;
let checkpointFile: string;
const N = 30;
const start = Date.now() - 3_600_000;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'duiden-tamper-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(async () => {
  t = await createTestDatabase();
  checkpointFile = join(dir, `${Math.random().toString(36).slice(2)}.jsonl`);
  for (let i = 1; i <= N; i++) {
    await recordAccess(t.db, new Date(start + i * 1000), {
      action: 'read',
      objectType: 'signal',
      objectId: `S-${i}`,
      result: 'ok',
    });
  }
  await sealEverything(t.db);
  await writeCheckpoint(t.db, () => new Date(), TEST_AUDIT_KEY, checkpointFile);
}, 120_000);
afterEach(() => t.drop());

const verify = (extra: { expectHead?: { seq: number; hash: string }; checkpoints?: boolean } = {}) =>
  verifyAccessLog(t.db, {
    key: TEST_AUDIT_KEY,
    timeToleranceMs: 300_000,
    checkpoints: extra.checkpoints === false ? [] : readCheckpoints(checkpointFile, TEST_AUDIT_KEY),
    expectHead: extra.expectHead,
  });

/** As the owner, with the guards switched off for the duration. */
const asAttacker = (sql: string) =>
  t.withOwner((o) =>
    o.execScript(`ALTER TABLE access_log DISABLE TRIGGER USER;
      ALTER TABLE access_log_seal DISABLE TRIGGER USER;
      ${sql};
      ALTER TABLE access_log ENABLE TRIGGER USER;
      ALTER TABLE access_log_seal ENABLE TRIGGER USER;`),
  );

async function chain() {
  const { seals, entries } = await readSealsWithEntries(t.db, 0, 1000);
  return { seals, entries };
}

/** Recomputes hashes with SHA-256 from seal `from` on: all an attacker without the key can do. */
async function recompute(
  from: number,
  entries: Map<number, LogEntry>,
  alg: 'sha256' | 'hmac-sha256',
  to = Number.POSITIVE_INFINITY,
) {
  const { seals } = await chain();
  let prev = from === 1 ? GENESIS_HASH : (seals[from - 2]?.hash as string);
  const rows: string[] = [];
  for (const s of seals.filter((x) => x.seq >= from && x.seq <= to)) {
    prev = chainHash(prev, entries.get(s.entryId) as LogEntry);
    rows.push(`(${s.seq}, '${prev}')`);
  }
  await asAttacker(`UPDATE access_log_seal s SET hash = v.hash, alg = '${alg}'
    FROM (VALUES ${rows.join(', ')}) AS v (seq, hash) WHERE s.seq = v.seq`);
}

describe('tampering with the access log as the owner', () => {
  it('is intact before anyone tampers, checked against the checkpoint', async () => {
    expect(await verify()).toMatchObject({
      ok: true,
      checked: N,
      headSeq: N,
      anchoredSeq: N,
      unkeyedSeals: 0,
    });
  });

  it('change an entry and recompute every later hash without the key: reported at the changed entry', async () => {
    const { seals, entries } = await chain();
    const target = seals[11]?.entryId as number; // seal 12
    await asAttacker(`UPDATE access_log SET object_id = 'S-elders' WHERE id = ${target}`);
    entries.set(target, { ...(entries.get(target) as LogEntry), objectId: 'S-elders' });
    await recompute(12, entries, 'hmac-sha256');
    expect((await verify()).problem).toEqual({ kind: 'hash-mismatch', seq: 12, entryId: target });
  });

  it('change an entry and rewrite the rest in the old unkeyed format: reported at the first rewritten seal', async () => {
    const { seals, entries } = await chain();
    const target = seals[11]?.entryId as number;
    await asAttacker(`UPDATE access_log SET object_id = 'S-elders' WHERE id = ${target}`);
    entries.set(target, { ...(entries.get(target) as LogEntry), objectId: 'S-elders' });
    await recompute(12, entries, 'sha256');
    expect((await verify()).problem).toEqual({ kind: 'unkeyed-seal', seq: 12, entryId: target });
  });

  it('rewrite the whole chain in the old unkeyed format: the checkpoint outside the database tells', async () => {
    const { seals, entries } = await chain();
    const target = seals[11]?.entryId as number;
    await asAttacker(`UPDATE access_log SET object_id = 'S-elders' WHERE id = ${target}`);
    entries.set(target, { ...(entries.get(target) as LogEntry), objectId: 'S-elders' });
    await recompute(1, entries, 'sha256');
    expect((await verify()).problem).toEqual({ kind: 'anchor-mismatch', seq: N, source: 'checkpoint' });
  });

  it.each([1, 5])('delete the last %i entries with their seals: reported as a cut-off tail', async (n) => {
    const { seals } = await chain();
    const cut = seals.slice(-n);
    await asAttacker(`DELETE FROM access_log_seal WHERE seq > ${N - n};
      DELETE FROM access_log WHERE id IN (${cut.map((s) => s.entryId).join(', ')})`);
    // The chain alone still looks whole: only a head kept outside the database shows what is gone.
    expect((await verify({ checkpoints: false })).ok).toBe(true);
    const problem = { kind: 'truncated', seq: N - n + 1, headSeq: N - n, anchoredSeq: N };
    expect((await verify()).problem).toEqual({ ...problem, source: 'checkpoint' });
    const head = seals.at(-1) as { seq: number; hash: string };
    expect((await verify({ checkpoints: false, expectHead: head })).problem).toEqual({
      ...problem,
      source: 'expected-head',
    });
  });

  it('insert a back-dated entry that the sealer seals later: reported at its seal', async () => {
    const threeDaysAgo = new Date(start - 3 * 86_400_000);
    await t.withOwner((o) =>
      o.execScript(
        `INSERT INTO access_log (at, action, object_type, object_id, result)
         VALUES ('${threeDaysAgo.toISOString()}', 'read', 'signal', 'S-verzonnen', 'ok')`,
      ),
    );
    await sealEverything(t.db);
    const id = (await t.db.query<{ id: number }>(`SELECT id FROM access_log WHERE object_id = 'S-verzonnen'`))
      .rows[0]?.id;
    expect((await verify()).problem).toEqual({
      kind: 'backdated',
      seq: N + 1,
      entryId: id,
      at: threeDaysAgo.toISOString(),
      latestBefore: new Date(start + N * 1000).toISOString(),
    });
  });

  it('insert an entry with an old transaction id so the sealer skips it: reported as left out', async () => {
    await t.withOwner((o) =>
      o.execScript(
        `INSERT INTO access_log (at, action, result, tx_id) VALUES (now(), 'read', 'ok', '3'::xid8)`,
      ),
    );
    await sealAccessLog(t.db, () => new Date(), TEST_AUDIT_KEY);
    const id = (await t.db.query<{ id: number }>(`SELECT max(id) AS id FROM access_log`)).rows[0]?.id;
    expect((await verify()).problem).toEqual({ kind: 'entry-not-sealed', entryId: id });
  });

  it('delete a seal in the middle: reported as the missing seq', async () => {
    await asAttacker('DELETE FROM access_log_seal WHERE seq = 10');
    expect((await verify()).problem).toEqual({ kind: 'sequence-gap', seq: 11, expectedSeq: 10 });
  });

  it('reorder two rows of the chain: reported at the first of them', async () => {
    const { seals } = await chain();
    await asAttacker(`UPDATE access_log_seal SET seq = -1 WHERE seq = 10;
      UPDATE access_log_seal SET seq = 10 WHERE seq = 11;
      UPDATE access_log_seal SET seq = 11 WHERE seq = -1`);
    expect((await verify()).problem).toEqual({ kind: 'hash-mismatch', seq: 10, entryId: seals[10]?.entryId });
  });

  it('an older database sealed without the key: an unkeyed prefix, reported as such, that the keyed chain covers', async () => {
    // As a database from before migration 012 looks: every seal in the unkeyed format.
    const { entries } = await chain();
    await recompute(1, entries, 'sha256');
    expect(await verify({ checkpoints: false })).toMatchObject({ ok: true, checked: N, unkeyedSeals: N });
    await recordAccess(t.db, new Date(), { action: 'read', objectId: 'S-na-upgrade', result: 'ok' });
    await sealEverything(t.db);
    expect(await verify({ checkpoints: false })).toMatchObject({ ok: true, checked: N + 1, unkeyedSeals: N });
    // The prefix can still be rewritten without the key, but the first keyed seal then no longer fits.
    await asAttacker(`UPDATE access_log SET object_id = 'S-elders' WHERE object_id = 'S-4'`);
    const now = await chain();
    await recompute(1, now.entries, 'sha256', N);
    const problem = (await verify({ checkpoints: false })).problem;
    expect(problem).toMatchObject({ kind: 'hash-mismatch', seq: N + 1 });
  });

  it('a checkpoint line changed to fit a cut-off chain is refused', async () => {
    const { appendFileSync } = await import('node:fs');
    const [line] = readCheckpoints(checkpointFile, TEST_AUDIT_KEY);
    if (!line?.ok) throw new Error('no checkpoint');
    appendFileSync(checkpointFile, `${JSON.stringify({ ...line.checkpoint, seq: N - 3 })}\n`);
    expect((await verify()).problem).toEqual({
      kind: 'checkpoint-invalid',
      line: 2,
      reason: 'bad-signature',
    });
  });
});
