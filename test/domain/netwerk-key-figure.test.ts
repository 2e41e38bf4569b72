import { describe, expect, it } from 'vitest';
import {
  type KeyFigureInput,
  mayWorkWithKeyFigures,
  soundingActionText,
  soundingOwners,
  validateKeyFigure,
  validateSounding,
} from '../../src/domain/netwerk/key-figure.js';

const TODAY = '2026-03-02';
const base: KeyFigureInput = {
  name: 'Testfiguur',
  community: 'Buurtvereniging De Linde',
  reach: '',
  roles: ['bemiddeling'],
  status: 'actief',
  agreementOn: '2026-01-05',
  agreementEndedOn: null,
  reviewOn: '2027-01-05',
};

describe('validateKeyFigure', () => {
  it.each<[string, Partial<KeyFigureInput>, string[]]>([
    ['a complete active key figure', {}, []],
    ['no name', { name: '   ' }, ['name']],
    ['no community', { community: '' }, ['community']],
    ['a name too long', { name: 'x'.repeat(201) }, ['name']],
    ['no role', { roles: [] }, ['roles']],
    ['an agreement in the future', { agreementOn: '2026-03-03', reviewOn: '2027-01-01' }, ['agreementOn']],
    ['a review not after the agreement', { reviewOn: '2026-01-05' }, ['reviewOn']],
    ['ended without an end date', { status: 'beeindigd' }, ['agreementEndedOn']],
    [
      'ended before it started',
      { status: 'beeindigd', agreementEndedOn: '2025-12-31' },
      ['agreementEndedOn'],
    ],
    ['ended in the future', { status: 'beeindigd', agreementEndedOn: '2026-03-03' }, ['agreementEndedOn']],
    ['ended today', { status: 'beeindigd', agreementEndedOn: TODAY }, []],
    [
      'an end date while slapend',
      { status: 'slapend', agreementEndedOn: '2026-02-01' },
      ['agreementEndedOn'],
    ],
  ])('%s', (_label, change, fields) => {
    const errors = validateKeyFigure({ ...base, ...change }, TODAY);
    expect(errors.map((e) => e.field)).toEqual(fields);
    for (const e of errors) {
      expect(e.nl.length).toBeGreaterThan(0);
      expect(e.en.length).toBeGreaterThan(0);
    }
  });
});

describe('validateSounding', () => {
  it.each<[string, { event: string; dueOn: string }, string[]]>([
    ['an event and a date next week', { event: 'Onrust in de wijk', dueOn: '2026-03-09' }, []],
    ['today', { event: 'Onrust', dueOn: TODAY }, []],
    ['no event', { event: ' ', dueOn: '2026-03-09' }, ['event']],
    ['in the past', { event: 'Onrust', dueOn: '2026-03-01' }, ['dueOn']],
    ['beyond the latest date', { event: 'Onrust', dueOn: '2026-05-02' }, ['dueOn']],
  ])('%s', (_label, input, fields) => {
    expect(validateSounding(input, TODAY, '2026-05-01').map((e) => e.field)).toEqual(fields);
  });
});

describe('soundingOwners', () => {
  it('asks each contact owner of active key figures once, with their active key figures only', () => {
    const owners = soundingOwners([
      { id: 'a', status: 'actief', contactOwnerId: 'u1' },
      { id: 'b', status: 'slapend', contactOwnerId: 'u1' },
      { id: 'c', status: 'actief', contactOwnerId: 'u2' },
      { id: 'd', status: 'actief', contactOwnerId: 'u1' },
      { id: 'e', status: 'beeindigd', contactOwnerId: 'u3' },
    ]);
    expect([...owners]).toEqual([
      ['u1', ['a', 'd']],
      ['u2', ['c']],
    ]);
  });

  it('words the action with the event and the number, and no name', () => {
    expect(soundingActionText('  Onrust na een incident ', 1)).toContain(
      '(Onrust na een incident): vraag uw 1 sleutelfiguur ',
    );
    expect(soundingActionText('Onrust', 3)).toContain('uw 3 sleutelfiguren');
  });
});

describe('access to key figures', () => {
  it.each([
    ['aandachtsfunctionaris', true],
    ['netwerkcoordinator', true],
    ['meldpunt', false],
    ['ketenpartner', false],
    ['burgemeester', false],
    ['beleidsmedewerker', false],
    ['functioneel_beheerder', false],
    ['privacy_officer', false],
  ] as const)('%s: %s', (role, may) => {
    expect(mayWorkWithKeyFigures(role)).toBe(may);
  });
});
