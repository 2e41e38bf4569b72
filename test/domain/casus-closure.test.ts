import { describe, expect, it } from 'vitest';
import {
  type CasePart,
  CLOSURE_REASON_MISSING,
  checkClosureDraft,
  closedCaseRefusal,
} from '../../src/domain/casus/closure.js';

describe('a write to a closed case is refused with the rule and what to do instead', () => {
  it.each([
    ['familie', 'kan er geen familiecontact meer bij', true],
    ['netwerk', 'verandert het netwerk niet meer', true],
    ['plan', 'verandert het plan van aanpak niet meer', true],
    ['maatregelen', 'kunnen er geen maatregelen meer bij', true],
    ['deelnemers', 'neemt er niemand meer aan deel', true],
    ['fase', 'kan de fase niet meer veranderen', true],
    ['agenda', 'gaat zij niet meer naar het casusoverleg', true],
    ['checklist', 'worden de checklists niet meer bijgewerkt', false],
    ['woordvoering', 'verandert de woordvoeringslijn niet meer', false],
    ['raadsinformatie', 'wordt er geen raadsinformatie meer over vastgelegd', false],
    ['situatie', 'verandert de situatie niet meer', false],
    ['evaluatie', 'wordt zij niet meer geëvalueerd', false],
  ] as const)('%s: "%s", aftercare named: %s', (part: CasePart, says, aftercare) => {
    const r = closedCaseRefusal(part);
    expect(r.code).toBe('case_closed');
    expect(r.nl).toContain(`Deze casus is afgesloten, dus ${says}`);
    expect(r.nl).toContain('nieuwe melding');
    expect(r.en).toContain('This case is closed');
    expect(r.nl.includes('fase nazorg')).toBe(aftercare);
    expect(r.en.includes('nazorg phase')).toBe(aftercare);
  });
});

describe('the closure form as typed is checked before "Weet u zeker…" (checkClosureDraft)', () => {
  it('no reason chosen: says to choose one, in the words the server uses for the field', () => {
    expect(checkClosureDraft('nazorg', '', '')).toEqual([{ field: 'reason', ...CLOSURE_REASON_MISSING }]);
    expect(checkClosureDraft('nazorg', 'koning', 'x')).toEqual([
      { field: 'reason', ...CLOSURE_REASON_MISSING },
    ]);
  });

  it('"anders" without an explanation names the note; complete is no problem at all', () => {
    expect(checkClosureDraft('nazorg', 'anders', '  ').map((e) => [e.field, e.nl])).toEqual([
      ['note', 'Licht de reden van afsluiting toe.'],
    ]);
    expect(checkClosureDraft('nazorg', 'anders', 'Verhuisd naar het buitenland.')).toEqual([]);
    expect(checkClosureDraft('nazorg', 'verhuisd', '')).toEqual([]);
  });
});
