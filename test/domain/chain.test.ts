import { describe, expect, it } from 'vitest';
import {
  CHAIN_START,
  chainHash,
  GENESIS_HASH,
  type LogEntry,
  type SealRecord,
  sealRun,
  verifyRun,
} from '../../src/domain/audit/chain.js';
import { readCheckpointLine, signCheckpoint } from '../../src/domain/audit/checkpoint.js';

const KEY = Buffer.alloc(32, 1);
const OTHER = Buffer.alloc(32, 2);
const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const opts = { key: KEY, toleranceMs: 60_000 };

function entry(id: number, action = 'read', at = new Date(T0 + id * 1000)): LogEntry {
  return {
    id,
    at,
    tenantId: 't',
    actorUserId: 'u',
    actorOrganisationId: 'o',
    actorRole: 'meldpunt',
    onBehalfOf: null,
    action,
    objectType: 'signal',
    objectId: String(id),
    personId: null,
    purpose: null,
    result: 'ok',
    clientIp: '127.0.0.1',
    requestId: null,
  };
}

const sealedAt = new Date(T0 + 3_600_000);
const byId = (es: LogEntry[]) => new Map(es.map((e) => [e.id, e]));

/** The old unkeyed chain, as seals made before migration 012 are. */
function legacy(es: LogEntry[]): SealRecord[] {
  let prev = GENESIS_HASH;
  return es.map((e, i) => {
    prev = chainHash(prev, e);
    return { seq: i + 1, entryId: e.id, hash: prev, alg: 'sha256', sealedAt };
  });
}

describe('access-log keyed chain', () => {
  const entries = [1, 2, 3, 4].map((i) => entry(i));
  const seals = sealRun(KEY, GENESIS_HASH, 1, entries, sealedAt);

  it('accepts an intact chain and carries its state', () => {
    const r = verifyRun(CHAIN_START, seals, byId(entries), opts);
    expect(r).toEqual({
      ok: true,
      state: { hash: seals[3]?.hash, seq: 4, latestAt: T0 + 4000, unkeyed: 0, keyed: true },
    });
  });

  it('names the first edited entry, also when every later hash is recomputed without the key', () => {
    const edited = byId(entries);
    edited.set(3, entry(3, 'update'));
    // The attacker knows the format but not the key: a plain SHA-256 (or HMAC with a guess) over the change.
    let prev = seals[1]?.hash as string;
    const forged = seals.map((s) => {
      if (s.seq < 3) return s;
      prev = chainHash(prev, edited.get(s.entryId) as LogEntry);
      return { ...s, hash: prev };
    });
    expect(verifyRun(CHAIN_START, forged, edited, opts)).toEqual({
      ok: false,
      problem: { kind: 'hash-mismatch', seq: 3, entryId: 3 },
    });
  });

  it('does not verify with another key', () => {
    expect(verifyRun(CHAIN_START, seals, byId(entries), { ...opts, key: OTHER })).toEqual({
      ok: false,
      problem: { kind: 'hash-mismatch', seq: 1, entryId: 1 },
    });
  });

  it('asks for the key instead of passing keyed seals unchecked', () => {
    expect(verifyRun(CHAIN_START, seals, byId(entries), { ...opts, key: null })).toEqual({
      ok: false,
      problem: { kind: 'key-required', seq: 1 },
    });
  });

  it.each([
    ['a deleted entry', (s: SealRecord[]) => s, [1, 3, 4], { kind: 'entry-missing', seq: 2, entryId: 2 }],
    [
      'a removed seal in the middle',
      (s: SealRecord[]) => [s[0], s[2], s[3]] as SealRecord[],
      [1, 2, 3, 4],
      { kind: 'sequence-gap', seq: 3, expectedSeq: 2 },
    ],
    [
      'reordered seals',
      (s: SealRecord[]) =>
        [
          s[0],
          { ...(s[2] as SealRecord), seq: 2 },
          { ...(s[1] as SealRecord), seq: 3 },
          s[3],
        ] as SealRecord[],
      [1, 2, 3, 4],
      { kind: 'hash-mismatch', seq: 2, entryId: 3 },
    ],
  ])('detects %s', (_name, change, keep, problem) => {
    const es = entries.filter((e) => keep.includes(e.id));
    expect(verifyRun(CHAIN_START, change(seals), byId(es), opts)).toEqual({ ok: false, problem });
  });

  it('accepts the old unkeyed prefix, counts it, and anchors it with the first keyed seal', () => {
    const old = legacy(entries.slice(0, 2));
    const next = sealRun(KEY, old[1]?.hash as string, 3, entries.slice(2), sealedAt);
    const r = verifyRun(CHAIN_START, [...old, ...next], byId(entries), opts);
    expect(r).toMatchObject({ ok: true, state: { seq: 4, unkeyed: 2, keyed: true } });
    // Rewriting the unkeyed prefix (possible without the key) breaks the first keyed seal after it.
    const edited = byId(entries);
    edited.set(1, entry(1, 'update'));
    const rewritten = legacy([edited.get(1) as LogEntry, entries[1] as LogEntry]);
    expect(verifyRun(CHAIN_START, [...rewritten, ...next], edited, opts)).toEqual({
      ok: false,
      problem: { kind: 'hash-mismatch', seq: 3, entryId: 3 },
    });
  });

  it('refuses an unkeyed seal after a keyed one (a chain recomputed without the key)', () => {
    const downgraded = [...seals.slice(0, 2), ...legacy(entries).slice(2)];
    expect(verifyRun(CHAIN_START, downgraded, byId(entries), opts)).toEqual({
      ok: false,
      problem: { kind: 'unkeyed-seal', seq: 3, entryId: 3 },
    });
  });

  it.each([
    // [minutes before the latest earlier entry, reported]
    [0.5, false],
    [0.99, false],
    [1.5, true],
    [60 * 24 * 3, true],
  ])('an entry dated %s min before one sealed ahead of it: back-dated %s', (minutes, reported) => {
    const late = entry(5, 'read', new Date(T0 + 4000 - minutes * 60_000));
    const es = [...entries, late];
    const s = sealRun(KEY, GENESIS_HASH, 1, es, sealedAt);
    const r = verifyRun(CHAIN_START, s, byId(es), opts);
    if (!reported) expect(r.ok).toBe(true);
    else
      expect(r).toEqual({
        ok: false,
        problem: {
          kind: 'backdated',
          seq: 5,
          entryId: 5,
          at: late.at.toISOString(),
          latestBefore: new Date(T0 + 4000).toISOString(),
        },
      });
  });

  it('reports an entry dated after its own seal', () => {
    const future = entry(1, 'read', new Date(sealedAt.getTime() + 120_000));
    const s = sealRun(KEY, GENESIS_HASH, 1, [future], sealedAt);
    expect(verifyRun(CHAIN_START, s, byId([future]), opts)).toMatchObject({
      ok: false,
      problem: { kind: 'dated-after-seal', seq: 1, entryId: 1 },
    });
  });

  it('covers the seal time: a changed sealed_at breaks the seal', () => {
    const moved = seals.map((s) => (s.seq === 2 ? { ...s, sealedAt: new Date(sealedAt.getTime() + 1) } : s));
    expect(verifyRun(CHAIN_START, moved, byId(entries), opts)).toEqual({
      ok: false,
      problem: { kind: 'hash-mismatch', seq: 2, entryId: 2 },
    });
  });

  it('compares with anchors kept outside the database', () => {
    const anchors = new Map([[3, { hash: 'f'.repeat(64), source: 'checkpoint' as const }]]);
    expect(verifyRun(CHAIN_START, seals, byId(entries), { ...opts, anchors })).toEqual({
      ok: false,
      problem: { kind: 'anchor-mismatch', seq: 3, source: 'checkpoint' },
    });
    const right = new Map([[3, { hash: seals[2]?.hash as string, source: 'expected-head' as const }]]);
    expect(verifyRun(CHAIN_START, seals, byId(entries), { ...opts, anchors: right }).ok).toBe(true);
  });
});

describe('checkpoints', () => {
  const cp = signCheckpoint(KEY, { seq: 7, hash: 'a'.repeat(64) }, new Date(T0));

  it.each([
    ['a signed line', JSON.stringify(cp), KEY, { ok: true, line: 1, checkpoint: cp }],
    ['another key', JSON.stringify(cp), OTHER, { ok: false, line: 1, reason: 'other-key' }],
    ['a moved seq', JSON.stringify({ ...cp, seq: 6 }), KEY, { ok: false, line: 1, reason: 'bad-signature' }],
    [
      'a changed hash',
      JSON.stringify({ ...cp, hash: 'b'.repeat(64) }),
      KEY,
      { ok: false, line: 1, reason: 'bad-signature' },
    ],
    ['garbage', '{"seq":', KEY, { ok: false, line: 1, reason: 'unreadable' }],
  ])('reads %s', (_name, text, key, want) => {
    expect(readCheckpointLine(key, text, 1)).toEqual(want);
  });
});
