import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { apiGet } from '../../api';

export const CHALLENGE_URL = '/api/public/meldingen/uitdaging';

/**
 * A challenge of the public form as the server hands it out (ALTCHA's v2 format, SHA-256): find the counter
 * whose key, the hash of salt + nonce + counter (a big-endian 32-bit number), hashed `cost` times, starts
 * with `keyPrefix`. The server signed the parameters; they travel back unchanged with the solution.
 */
interface Challenge {
  readonly parameters: {
    readonly algorithm: string;
    readonly nonce: string;
    readonly salt: string;
    readonly cost: number;
    readonly keyLength?: number;
    readonly keyPrefix: string;
  };
  readonly signature?: string;
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Solves a challenge with the browser's own SHA-256 (Web Crypto); the payload to send as `altcha`. */
export async function solveChallenge(challenge: Challenge, signal?: AbortSignal): Promise<string> {
  const { algorithm, nonce, salt, cost, keyLength = 32, keyPrefix } = challenge.parameters;
  const saltBytes = fromHex(salt);
  const nonceBytes = fromHex(nonce);
  const data = new Uint8Array(saltBytes.length + nonceBytes.length + 4);
  data.set(saltBytes, 0);
  data.set(nonceBytes, saltBytes.length);
  const counterAt = new DataView(data.buffer, saltBytes.length + nonceBytes.length, 4);
  const prefix = keyPrefix.toLowerCase();
  const started = performance.now();
  for (let counter = 0; counter <= 0xffff_ffff; counter++) {
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    counterAt.setUint32(0, counter, false);
    let key = new Uint8Array(await crypto.subtle.digest(algorithm, data));
    for (let i = 1; i < Math.max(1, cost); i++)
      key = new Uint8Array(await crypto.subtle.digest(algorithm, key));
    const derivedKey = toHex(key.subarray(0, keyLength));
    if (derivedKey.startsWith(prefix)) {
      const solution = { counter, derivedKey, time: Math.round(performance.now() - started) };
      return btoa(JSON.stringify({ challenge, solution }));
    }
  }
  throw new Error('The proof-of-work challenge could not be solved');
}

/** The proof-of-work as the form uses it: solve the challenge (again) and hand over the payload to send. */
export interface ProofOfWork {
  readonly ref: RefObject<HTMLSpanElement | null>;
  /** Starts solving a new challenge unless one is being or has been solved. */
  start(): void;
  /** The payload of a solved challenge (solving it now when that has not happened yet). */
  solve(): Promise<string>;
  /** After a refused proof: forget it, so the next send solves a new challenge. */
  reset(): void;
}

export function useProofOfWork(): ProofOfWork {
  const ref = useRef<HTMLSpanElement | null>(null);
  const running = useRef<{ promise: Promise<string>; abort: AbortController } | null>(null);
  // One object for the life of the form, so the marker's listener is added once.
  const pow = useMemo<ProofOfWork>(() => {
    const self: ProofOfWork = {
      ref,
      start() {
        if (running.current) return;
        const abort = new AbortController();
        const promise = apiGet<Challenge>(CHALLENGE_URL).then((c) => solveChallenge(c, abort.signal));
        // A failed attempt (no connection) is tried again at the next start or send.
        promise.catch(() => {
          if (running.current?.promise === promise) running.current = null;
        });
        running.current = { promise, abort };
      },
      solve() {
        self.start();
        return running.current?.promise ?? Promise.resolve('');
      },
      reset() {
        running.current?.abort.abort();
        running.current = null;
      },
    };
    return self;
  }, []);
  useEffect(() => () => running.current?.abort.abort(), []);
  return pow;
}

/**
 * The proof-of-work of the public form (ALTCHA's format, solved by our own few lines rather than its widget):
 * invisible, it starts when the visitor begins filling in the form and is finished, about a second later, long
 * before they send. Nothing is tracked. Renders an empty marker inside the form to listen to it.
 */
export function ProofOfWorkWidget({ pow }: { readonly pow: ProofOfWork }) {
  useEffect(() => {
    const form = pow.ref.current?.closest('form');
    if (!form) return;
    const onFocus = () => pow.start();
    form.addEventListener('focusin', onFocus);
    return () => form.removeEventListener('focusin', onFocus);
  }, [pow]);
  return <span ref={pow.ref} hidden />;
}
