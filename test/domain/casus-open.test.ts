import { describe, expect, it } from 'vitest';
import { needsRegisseur, openCaseOnInclusion } from '../../src/domain/casus/open-case.js';
import { changePhase } from '../../src/domain/casus/phase.js';
import { formatCaseReference } from '../../src/domain/casus/reference.js';

describe('a yes of the weegploeg opens a case for the person', () => {
  it.each([
    ['no: nothing', { included: false, personIds: ['p1'] }, null, { ok: true, kind: 'none' }],
    [
      'yes, one person, no case yet',
      { included: true, personIds: ['p1'] },
      null,
      { ok: true, kind: 'new', tenantId: 't', personId: 'p1', phase: 'persoonsgerichte_aanpak' },
    ],
    [
      'yes, the same person named twice',
      { included: true, personIds: ['p1', 'p1'] },
      null,
      { ok: true, kind: 'new', tenantId: 't', personId: 'p1', phase: 'persoonsgerichte_aanpak' },
    ],
    [
      'yes, the person has a case in nazorg',
      { included: true, personIds: ['p1'] },
      { id: 'c1', phase: 'nazorg' },
      { ok: true, kind: 'existing', caseId: 'c1', phase: 'persoonsgerichte_aanpak' },
    ],
    ['yes, no person linked', { included: true, personIds: [] }, null, 'error'],
    ['yes, two persons linked', { included: true, personIds: ['p1', 'p2'] }, null, 'error'],
  ] as const)('%s', (_n, o, existing, expected) => {
    const r = openCaseOnInclusion({ tenantId: 't', ...o }, existing);
    if (expected === 'error') expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['included']);
    else expect(r).toEqual(expected);
  });
});

describe('case phases', () => {
  it.each([
    ['signalering', 'persoonsgerichte_aanpak', true],
    ['persoonsgerichte_aanpak', 'nazorg', true],
    ['nazorg', 'afgesloten', true],
    ['afgesloten', 'persoonsgerichte_aanpak', false],
    ['nazorg', 'signalering', false],
  ] as const)('%s -> %s: %s', (from, to, ok) => {
    expect(changePhase(from, to).ok).toBe(ok);
  });

  it('numbers cases per year', () => {
    expect(formatCaseReference(2026, 7)).toBe('C-2026-0007');
    expect(formatCaseReference(2026, 12345)).toBe('C-2026-12345');
  });
});

describe('a regisseur for every running case', () => {
  it.each([
    ['persoonsgerichte_aanpak', null, true],
    ['signalering', null, true],
    ['nazorg', null, true],
    ['afgesloten', null, false],
    ['persoonsgerichte_aanpak', 'u-1', false],
  ] as const)('a case in %s with regisseur %s needs one: %s', (phase, regisseurUserId, needed) => {
    expect(needsRegisseur({ phase, regisseurUserId })).toBe(needed);
  });
});
