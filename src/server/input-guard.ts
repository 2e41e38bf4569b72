import type { SchemaError } from './validation-messages.js';

/**
 * The input rules that hold for every route, whatever its schema says, checked in one place after the
 * schema (so query values are already coerced) and before any handler:
 *
 * - no text holds a NUL character (PostgreSQL cannot store it in text; it is never meant);
 * - every number fits a PostgreSQL `integer` (versions, positions, days, counts: nothing here is larger),
 *   and 1e308 or 1e999 (Infinity) is refused rather than reaching the database;
 * - input is nested at most MAX_DEPTH levels (no schema here goes deeper; keeps the walk cheap).
 *
 * Each finding is a schema-style error, so it is worded in Dutch and English like any other.
 */
export const MAX_NUMBER = 2_147_483_647;
export const MAX_DEPTH = 32;
/** Enough to name the fields; a body of ten thousand bad values gets the first ones. */
const MAX_ERRORS = 20;

function pointer(path: string, key: string | number): string {
  // JSON Pointer (RFC 6901), as Ajv writes instancePath; a NUL in a key is not echoed.
  const safe = String(key).replaceAll('\u0000', '\uFFFD').replaceAll('~', '~0').replaceAll('/', '~1');
  return `${path}/${safe}`;
}

export function unsafeInput(input: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  // Iterative, so a deeply nested body cannot exhaust the stack.
  const stack: Array<[unknown, string, number]> = [[input, '', 0]];
  while (stack.length > 0 && errors.length < MAX_ERRORS) {
    const [value, path, depth] = stack.pop() as [unknown, string, number];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) errors.push({ keyword: 'nul', instancePath: path, params: {} });
    } else if (typeof value === 'number') {
      if (Number.isNaN(value) || value > MAX_NUMBER) {
        errors.push({ keyword: 'maximum', instancePath: path, params: { limit: MAX_NUMBER } });
      } else if (value < -MAX_NUMBER) {
        errors.push({ keyword: 'minimum', instancePath: path, params: { limit: -MAX_NUMBER } });
      }
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_DEPTH) {
        errors.push({ keyword: 'depth', instancePath: path, params: { limit: MAX_DEPTH } });
        continue;
      }
      const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
      for (const [key, child] of entries) {
        const at = pointer(path, key);
        if (typeof key === 'string' && key.includes('\u0000')) {
          errors.push({ keyword: 'nul', instancePath: at, params: {} });
        } else {
          stack.push([child, at, depth + 1]);
        }
      }
    }
  }
  return errors;
}
