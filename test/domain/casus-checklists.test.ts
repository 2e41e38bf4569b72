import { describe, expect, it } from 'vitest';
import {
  type AgeFacts,
  CHECKLISTS,
  checkItemUpdate,
  isMinorOn,
  itemStart,
} from '../../src/domain/casus/checklists.js';

describe('checklists that follow the case', () => {
  it('gives every factsheet item a default term from a date of the situation', () => {
    for (const list of CHECKLISTS) {
      for (const item of list.items) expect([list.kind, item.code, item.due]).not.toContain(undefined);
    }
    const departed = CHECKLISTS.find((c) => c.kind === 'uitgereisd');
    expect(departed?.items.find((i) => i.code === 'aangifte_vermissing')?.due).toEqual({
      anchor: 'departedOn',
      days: 0,
    });
  });

  it.each([
    ['2008-03-02', '2026-03-01', true],
    ['2008-03-01', '2026-03-01', false],
    ['2008-02-29', '2026-02-27', true],
    ['2008-02-29', '2026-02-28', false],
    ['1990-01-01', '2026-03-01', false],
  ])('born %s: a minor on %s is %s', (birth, on, minor) => {
    expect(isMinorOn(birth, on)).toBe(minor);
  });

  const person = (birthDate: string | null): AgeFacts => ({ name: 'Daan', birthDate, who: 'persoon' });
  const brother = (birthDate: string | null): AgeFacts => ({ name: 'Sem', birthDate, who: 'broer_zus' });
  it.each([
    ['no condition', undefined, [person('2010-01-01')], 'open', false],
    ['a minor person', 'minderjarigen', [person('2010-01-01')], 'open', true],
    [
      'an adult with a minor brother',
      'minderjarigen',
      [person('1990-01-01'), brother('2012-01-01')],
      'open',
      true,
    ],
    [
      'an adult, brother of age',
      'minderjarigen',
      [person('1990-01-01'), brother('1992-01-01')],
      'niet_van_toepassing',
      false,
    ],
    [
      'an adult, brother born unknown',
      'minderjarigen',
      [person('1990-01-01'), brother(null)],
      'niet_van_toepassing',
      false,
    ],
    ['birth date unknown', 'minderjarigen', [person(null)], 'open', false],
  ] as const)('%s', (_name, condition, people, status, required) => {
    const start = itemStart(condition, '2026-03-01', people);
    expect([start.status, start.required]).toEqual([status, required]);
    if (status === 'niet_van_toepassing') expect(start.note).toContain('niet van toepassing');
    if (required) expect(start.reason?.nl).toContain('Vereist');
    // A required item cannot be marked not applicable; an open one can, with a note.
    const mark = checkItemUpdate('niet_van_toepassing', 'Reden', start.required ? start.reason : null);
    expect(mark.map((e) => e.field)).toEqual(required ? ['status'] : []);
  });
});
