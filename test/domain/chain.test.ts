import { describe, expect, it } from 'vitest';
import {
  chainHash,
  GENESIS_HASH,
  type LogEntry,
  type SealRecord,
  verifyRun,
} from '../../src/domain/audit/chain.js';

function entry(id: number, action = 'read'): LogEntry {
  return {
    id,
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, id)),
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

function seal(entries: LogEntry[]): SealRecord[] {
  let prev = GENESIS_HASH;
  return entries.map((e, i) => {
    prev = chainHash(prev, e);
    return { seq: i + 1, entryId: e.id, hash: prev };
  });
}

describe('access-log hash chain', () => {
  const entries = [1, 2, 3, 4].map((i) => entry(i));
  const seals = seal(entries);
  const byId = new Map(entries.map((e) => [e.id, e]));

  it('accepts an intact chain', () => {
    const r = verifyRun(GENESIS_HASH, 1, seals, byId);
    expect(r).toEqual({ ok: true, lastHash: seals[3]?.hash });
  });

  it('names the first edited entry', () => {
    const edited = new Map(byId);
    edited.set(3, entry(3, 'update'));
    expect(verifyRun(GENESIS_HASH, 1, seals, edited)).toEqual({
      ok: false,
      problem: { kind: 'hash-mismatch', seq: 3, entryId: 3 },
    });
  });

  it('detects a deleted entry', () => {
    const missing = new Map(byId);
    missing.delete(2);
    expect(verifyRun(GENESIS_HASH, 1, seals, missing)).toEqual({
      ok: false,
      problem: { kind: 'entry-missing', seq: 2, entryId: 2 },
    });
  });

  it('detects reordering', () => {
    const swapped = [
      seals[0],
      { ...(seals[2] as SealRecord), seq: 2 },
      { ...(seals[1] as SealRecord), seq: 3 },
      seals[3],
    ];
    const r = verifyRun(GENESIS_HASH, 1, swapped as SealRecord[], byId);
    expect(r.ok).toBe(false);
  });

  it('detects a removed seal in the middle', () => {
    const r = verifyRun(GENESIS_HASH, 1, [seals[0], seals[2], seals[3]] as SealRecord[], byId);
    expect(r).toEqual({ ok: false, problem: { kind: 'sequence-gap', seq: 3, expectedSeq: 2 } });
  });
});
