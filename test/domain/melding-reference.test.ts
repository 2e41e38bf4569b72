import { describe, expect, it } from 'vitest';
import {
  formatReference,
  formatStatusCode,
  normalizeStatusCode,
  parseReference,
  referenceSearch,
  STATUS_CODE_BYTES,
} from '../../src/domain/melding/reference.js';

describe('references', () => {
  it.each([
    [2026, 42, 'M-2026-00042'],
    [2026, 1, 'M-2026-00001'],
    [2026, 123456, 'M-2026-123456'],
  ])('year %i number %i is %s', (year, seq, expected) => {
    expect(formatReference(year, seq)).toBe(expected);
  });

  it.each([
    ['M-2026-00042', 'M-2026-00042'],
    [' m-2026-00042 ', 'M-2026-00042'],
    ['M 2026 42', 'M-2026-00042'],
    ['M202600042', 'M-2026-00042'],
    ['X-2026-00042', null],
    ['M-26-42', null],
    ['', null],
  ])('parses %j as %j', (input, expected) => {
    expect(parseReference(input)).toBe(expected);
  });
});

describe('status codes', () => {
  const bytes = Uint8Array.from({ length: STATUS_CODE_BYTES }, (_, i) => (i * 37 + 11) % 256);

  it('has at least 128 bits of entropy, written in groups of four', () => {
    expect(STATUS_CODE_BYTES * 8).toBeGreaterThanOrEqual(128);
    const code = formatStatusCode(bytes);
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('differs for different bytes', () => {
    const other = Uint8Array.from(bytes);
    other[19] = (other[19] ?? 0) ^ 1;
    expect(formatStatusCode(other)).not.toBe(formatStatusCode(bytes));
  });

  it('normalises what a reporter types back', () => {
    const code = formatStatusCode(bytes);
    const canonical = code.replace(/-/g, '');
    expect(normalizeStatusCode(code)).toBe(canonical);
    expect(normalizeStatusCode(code.toLowerCase().replace(/-/g, ' '))).toBe(canonical);
    expect(normalizeStatusCode(canonical.replace(/0/g, 'O').replace(/1/g, 'l'))).toBe(canonical);
    expect(normalizeStatusCode(canonical.slice(1))).toBeNull();
    expect(normalizeStatusCode(`${canonical.slice(1)}U`)).toBeNull();
  });
});

describe('searching by reference', () => {
  it.each([
    ['M-2026-00039', 'M', 'M-2026-00039', 'M-2026-00039'],
    ['m 2026 39', 'M', 'M-2026-00039', 'M-2026-00039'],
    ['M202600039', 'M', 'M-2026-00039', 'M-2026-00039'],
    ['2026-00039', 'M', 'M-2026-00039', 'M-2026-00039'],
    ['00039', 'M', null, 'M-____-00039'],
    ['39', 'M', null, 'M-____-00039'],
    ['M-00039', 'M', null, 'M-____-00039'],
    ['123456', 'M', null, 'M-____-123456'],
    ['C-2026-0001', 'C', 'C-2026-0001', 'C-2026-0001'],
    ['2026-1', 'C', 'C-2026-0001', 'C-2026-0001'],
    ['0001', 'C', null, 'C-____-0001'],
  ] as const)('reads %j as a %s reference', (input, prefix, exact, pattern) => {
    expect(referenceSearch(input, prefix)).toEqual({ exact, pattern });
  });

  it.each([
    ['C-2026-0001', 'M'],
    ['M-2026-00039', 'C'],
    ['radicalisering', 'M'],
    ['school 39', 'M'],
    ['00000', 'M'],
    ['', 'M'],
    ['M-26-39x', 'M'],
  ] as const)('does not read %j as a %s reference', (input, prefix) => {
    expect(referenceSearch(input, prefix)).toBeNull();
  });
});
