/**
 * Page references of the netwerk lists: the keyset of the last row shown, as base64url JSON. A reference
 * that is not one of ours (wrong shape, wrong keys) decodes to null and is refused.
 */
export function encodeCursor(keyset: Readonly<Record<string, string>>): string {
  return Buffer.from(JSON.stringify(keyset)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCursor<K extends string>(cursor: string, keys: readonly K[]): Record<K, string> | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
    const o = v as Record<string, unknown>;
    if (Object.keys(o).length !== keys.length) return null;
    for (const k of keys) {
      const x = o[k];
      if (typeof x !== 'string' || x.length > 300) return null;
      if (k === 'id' && !UUID.test(x)) return null;
    }
    return o as Record<K, string>;
  } catch {
    return null;
  }
}
