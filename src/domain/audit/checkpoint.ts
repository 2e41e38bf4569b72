import { createHmac, timingSafeEqual } from 'node:crypto';
import { keyId } from './chain.js';

/**
 * A checkpoint: the chain's head (seq and hash) at a time, signed with the audit key and kept outside the
 * database (one JSON line per checkpoint in an append-only file). A later chain that is shorter, or whose hash
 * at that seq differs, has been cut or rewritten.
 */
export interface Checkpoint {
  readonly seq: number;
  readonly hash: string;
  readonly at: string;
  readonly keyId: string;
  readonly mac: string;
}

function macOf(key: Uint8Array, seq: number, hash: string, at: string): string {
  return createHmac('sha256', key).update(`duiden-audit-checkpoint-v1\n${seq}\n${hash}\n${at}`).digest('hex');
}

export function signCheckpoint(key: Uint8Array, head: { seq: number; hash: string }, at: Date): Checkpoint {
  const iso = at.toISOString();
  return {
    seq: head.seq,
    hash: head.hash,
    at: iso,
    keyId: keyId(key),
    mac: macOf(key, head.seq, head.hash, iso),
  };
}

export type CheckpointLine =
  | { readonly ok: true; readonly line: number; readonly checkpoint: Checkpoint }
  | {
      readonly ok: false;
      readonly line: number;
      readonly reason: 'unreadable' | 'other-key' | 'bad-signature';
    };

/** Parses and checks one line of a checkpoint file (line numbers from 1). */
export function readCheckpointLine(key: Uint8Array, text: string, line: number): CheckpointLine {
  let v: Partial<Checkpoint>;
  try {
    v = JSON.parse(text) as Partial<Checkpoint>;
  } catch {
    return { ok: false, line, reason: 'unreadable' };
  }
  const { seq, hash, at, mac } = v;
  if (
    typeof seq !== 'number' ||
    !Number.isInteger(seq) ||
    seq < 1 ||
    typeof hash !== 'string' ||
    typeof at !== 'string' ||
    typeof mac !== 'string' ||
    typeof v.keyId !== 'string'
  ) {
    return { ok: false, line, reason: 'unreadable' };
  }
  if (v.keyId !== keyId(key)) return { ok: false, line, reason: 'other-key' };
  const want = Buffer.from(macOf(key, seq, hash, at), 'hex');
  const got = Buffer.from(mac, 'hex');
  if (got.length !== want.length || !timingSafeEqual(got, want))
    return { ok: false, line, reason: 'bad-signature' };
  return { ok: true, line, checkpoint: { seq, hash, at, keyId: v.keyId, mac } };
}
