import { describe, expect, it } from 'vitest';
import { normalizeAddress, normalizeName } from '../../src/domain/melding/names.js';

describe('normalizeName', () => {
  it.each([
    ['Jan van den Berg', 'jan berg'],
    ['J. van den Berg', 'j berg'],
    ['D. v.d. Berg', 'berg'],
    ['Dirk vd Broek', 'dirk broek'],
    ['Berg, Jan van den', 'berg jan'],
    ["Kees 't Hart", 'kees hart'],
    ['Anna ter Horst', 'anna horst'],
    ['Piet de Vries', 'piet vries'],
    ['Maria van der Meer-de Wit', 'maria meer wit'],
    ['Noëlle Çelik', 'noelle celik'],
    ['Søren Ødegård', 'soren odegard'],
    ['Ijsbrand IJzerman', 'ijsbrand ijzerman'],
    ["Yasmina d'Ancona", 'yasmina ancona'],
    ['  SANNE   DE   JONG  ', 'sanne jong'],
    ['Van', 'van'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('normalizeAddress', () => {
  it.each([
    ['Kerkstraat 12, 1234 AB Lindeburg', 'kerkstraat 12 1234ab lindeburg'],
    ['Plein 1940 nr. 3', 'plein 1940 nr 3'],
    ['Élandstraat 4-b', 'elandstraat 4 b'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeAddress(input)).toBe(expected);
  });
});
