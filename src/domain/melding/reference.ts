/** References (M-2026-00042) and the reporter's private status code. */

const REFERENCE_RE = /^M-(\d{4})-(\d{5,})$/;

/** A reference per municipality per year, numbered without gaps; at least five digits. */
export function formatReference(year: number, seq: number): string {
  return `M-${year}-${String(seq).padStart(5, '0')}`;
}

/** The reference as typed by a reporter, or null when it cannot be one ("m 2026 42" is accepted). */
export function parseReference(input: string): string | null {
  const compact = input
    .trim()
    .toUpperCase()
    .replace(/[\s_–—]+/g, '-');
  const m = /^M-?(\d{4})-?(\d{1,9})$/.exec(compact);
  if (!m) return null;
  const ref = formatReference(Number(m[1]), Number(m[2]));
  return REFERENCE_RE.test(ref) ? ref : null;
}

// Crockford's base32: no I, L, O or U, so a code read aloud or retyped is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Bytes of randomness in a status code: 20 bytes = 160 bits, written as 32 characters. */
export const STATUS_CODE_BYTES = 20;

/** Writes random bytes as a status code in groups of four: "7KQ2-M9XD-...". */
export function formatStatusCode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)?.join('-') ?? out;
}

/**
 * The canonical form of a typed status code (upper case, no separators, the look-alikes O→0 and I/L→1),
 * or null when it cannot be a code. Only this form is hashed and compared.
 */
export function normalizeStatusCode(input: string): string | null {
  const s = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (s.length !== Math.ceil((STATUS_CODE_BYTES * 8) / 5)) return null;
  for (const c of s) if (!ALPHABET.includes(c)) return null;
  return s;
}

/** A search for a reference: the whole reference, or the pattern (SQL LIKE) of the number in any year. */
export interface ReferenceSearch {
  /** The whole reference when the year is in the text ("2026-39", "M-2026-00039"). */
  readonly exact: string | null;
  /** A LIKE pattern on the reference column: the exact reference, or the number in any year. */
  readonly pattern: string;
}

/**
 * Reads a search text as (part of) a reference of the given kind ("M" for signals, "C" for cases), as a
 * caller reads it out: "M-2026-00039", "2026-00039", "00039" or "39"; spaces count as dashes. Null when the
 * text is not a reference (words are searched as text), or names the other kind ("C-2026-0001" for "M").
 */
export function referenceSearch(input: string, prefix: 'M' | 'C'): ReferenceSearch | null {
  const compact = input
    .trim()
    .toUpperCase()
    .replace(/[\s_–—]+/g, '-');
  const width = prefix === 'M' ? 5 : 4;
  // With the letter, the year may be run into the number ("M202600039"), as parseReference reads it.
  const m =
    new RegExp(`^([MC])(\\d{4})(\\d{${width},9})$`).exec(compact) ??
    /^(?:([MC])-?)?(?:(\d{4})-)?(\d{1,9})$/.exec(compact);
  if (!m || (m[1] !== undefined && m[1] !== prefix)) return null;
  const seq = Number(m[3]);
  // A reference has at least one: "M-2026-00000" does not exist.
  if (seq < 1) return null;
  const number = String(seq).padStart(width, '0');
  if (m[2] !== undefined) {
    const exact = `${prefix}-${m[2]}-${number}`;
    return { exact, pattern: exact };
  }
  return { exact: null, pattern: `${prefix}-____-${number}` };
}
