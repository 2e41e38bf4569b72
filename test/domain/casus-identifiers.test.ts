import { describe, expect, it } from 'vitest';
import {
  type CaseIdentifierFacts,
  collectIdentifiers,
  datePhrases,
  findIdentifiers,
  namePhrases,
} from '../../src/domain/casus/identifiers.js';

const FACTS: CaseIdentifierFacts = {
  person: {
    name: 'Jan van den Berg',
    birthDate: '2007-03-04',
    address: 'Kerkstraat 12, 1234 AB Lindeburg',
    neighbourhood: 'Oosterpark',
    schoolOrWork: 'Lindeburg College',
  },
  otherNames: ['Jantje vd Berg'],
  networkNames: ['Fatima El Amrani', 'oudere zus'],
  references: ['C-2026-0001'],
};
const ids = collectIdentifiers(FACTS);
const found = (text: string) => findIdentifiers(text, ids).map((f) => [f.kind, f.text]);

describe('finding known identifiers in a text', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['the full name', 'Gesprek met Jan van den Berg gevoerd.', [['naam', 'Jan van den Berg']]],
    ['the name without particles', 'Jan Berg is bekend.', [['naam', 'Jan Berg']]],
    ['the surname with particles', 'De heer Van den Berg.', [['naam', 'Van den Berg']]],
    ['the surname alone, any case', 'familie BERG', [['naam', 'BERG']]],
    ['diacritics do not hide a name', 'Jän vän den Bérg', [['naam', 'Jän vän den Bérg']]],
    ['decomposed diacritics', 'Be\u0301rg', [['naam', 'Be\u0301rg']]],
    ['not inside a longer word', 'In Bergen op Zoom en Janssen', []],
    ['another spelling from a signal', 'Jantje is weg', [['naam', 'Jantje']]],
    ['a birth date with dashes', 'geboren 04-03-2007', [['geboortedatum', '04-03-2007']]],
    ['a birth date without leading zeros', 'geb. 4/3/2007', [['geboortedatum', '4/3/2007']]],
    ['a birth date written out', 'op 4 maart 2007 geboren', [['geboortedatum', '4 maart 2007']]],
    ['a birth date abbreviated, short year', "4 mrt '07", [['geboortedatum', "4 mrt '07"]]],
    ['an ISO birth date', '2007-03-04', [['geboortedatum', '2007-03-04']]],
    ['another date is no finding', 'vergadering 04-03-2026', []],
    ['street and number', 'woont Kerkstraat 12.', [['adres', 'Kerkstraat 12']]],
    ['the street alone', 'in de kerkstraat', [['adres', 'kerkstraat']]],
    ['a postcode with a space', 'postcode 1234 ab', [['postcode', '1234 ab']]],
    ['a postcode without a space', '1234AB', [['postcode', '1234AB']]],
    ['the neighbourhood', 'een jongere uit Oosterpark', [['wijk', 'Oosterpark']]],
    ['the school', 'leerling van het Lindeburg College', [['school_of_werk', 'Lindeburg College']]],
    ['a network name', 'haar vriendin Fatima', [['netwerkpersoon', 'Fatima']]],
    ['relation words are not names', 'De oudere zus en de moeder worden ondersteund.', []],
    ['the case reference', 'casus C-2026-0001 besproken', [['referentie', 'C-2026-0001']]],
    [
      'several, in order',
      'Berg (04-03-2007) uit 1234 AB',
      [
        ['naam', 'Berg'],
        ['geboortedatum', '04-03-2007'],
        ['postcode', '1234 AB'],
      ],
    ],
    ['an anonymised text', 'Een jongere uit de gemeente is in beeld; er loopt een aanpak.', []],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports the original positions of what it found', () => {
    const text = 'Over Jan  van den Berg.';
    const [f] = findIdentifiers(text, ids);
    expect(f).toMatchObject({ kind: 'naam', value: 'Jan van den Berg', start: 5, end: 22 });
    expect(text.slice(f?.start, f?.end)).toBe('Jan  van den Berg');
  });
});

describe('phrases', () => {
  it.each<[string, string[]]>([
    ['Jan van den Berg', ['jan van den berg', 'van den berg', 'jan berg', 'berg', 'jan']],
    ['Ali', ['ali']],
    ['van der', []],
  ])('a name %s', (name, expected) => {
    expect(namePhrases(name)).toEqual(expect.arrayContaining(expected));
    if (expected.length === 0) expect(namePhrases(name)).toEqual([]);
    for (const p of namePhrases(name)) expect(['van', 'den', 'der', 'van den']).not.toContain(p);
  });

  it('a date in the common Dutch notations', () => {
    expect(datePhrases('2007-03-04')).toEqual(
      expect.arrayContaining(['04 03 2007', '4 3 2007', '4 3 07', '2007 03 04', '4 maart 2007', '04 mrt 07']),
    );
    expect(datePhrases('not a date')).toEqual([]);
  });
});
