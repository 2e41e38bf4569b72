import { describe, expect, it } from 'vitest';
import { assumptionStateAfter, validateAnnotation } from '../../src/domain/melding/annotations.js';
import {
  ageOn,
  type IntakeDraft,
  type SharingSteps,
  searchText,
  summaryOf,
  validateIntake,
  validateSharingSteps,
  validateStaffIntake,
} from '../../src/domain/melding/intake.js';

const today = '2026-03-04';

const melding: IntakeDraft = {
  kind: 'melding',
  reporter: { kind: 'inwoner', name: 'A. Melder', email: 'melder@example.org', feedbackWanted: true },
  observations: [
    {
      description: 'Deelde filmpjes in de klassenapp.',
      observedOn: '2026-03-01',
      place: 'online',
      source: 'eigen_waarneming',
    },
  ],
  assumptions: ['Ik denk dat hij beïnvloed wordt door een oudere neef.'],
  contraIndications: 'Hij gaat nog gewoon naar voetbal.',
  persons: [{ name: 'Daan van den Berg', age: 16 }],
};

function fields(d: IntakeDraft): string[] {
  return validateIntake(d, today).map((e) => e.field);
}

describe('validateIntake', () => {
  it('accepts a complete melding', () => {
    expect(validateIntake(melding, today)).toEqual([]);
  });

  it('accepts an advice question without any person or observation', () => {
    expect(
      fields({
        kind: 'adviesvraag',
        reporter: { kind: 'anoniem' },
        question: 'Wat kan ik doen als mijn zoon...',
      }),
    ).toEqual([]);
  });

  it.each<[string, IntakeDraft, string[]]>([
    [
      'an advice question without a question',
      { kind: 'adviesvraag', reporter: { kind: 'anoniem' }, question: '  ' },
      ['question'],
    ],
    ['a melding without observations', { ...melding, observations: [] }, ['observations']],
    [
      'an observation with only spaces',
      { ...melding, observations: [{ description: '   ', source: 'eigen_waarneming' }] },
      ['observations.0.description'],
    ],
    [
      'an observation in the future',
      {
        ...melding,
        observations: [{ description: 'x', observedOn: '2026-03-05', source: 'eigen_waarneming' }],
      },
      ['observations.0.observedOn'],
    ],
    [
      'an impossible observation date',
      {
        ...melding,
        observations: [{ description: 'x', observedOn: '2026-02-31', source: 'eigen_waarneming' }],
      },
      ['observations.0.observedOn'],
    ],
    [
      'a second-hand observation without its source',
      { ...melding, observations: [{ description: 'x', source: 'gehoord_van_anderen' }] },
      ['observations.0.sourceDetail'],
    ],
    [
      'place "anders" without saying where',
      { ...melding, observations: [{ description: 'x', place: 'anders', source: 'eigen_waarneming' }] },
      ['observations.0.placeDetail'],
    ],
    ['an empty assumption', { ...melding, assumptions: ['ok', ' '] }, ['assumptions.1']],
    ['a person without any detail', { ...melding, persons: [{ relation: 'buurtbewoner' }] }, ['persons.0']],
    [
      'a birth date in the future',
      { ...melding, persons: [{ birthDate: '2027-01-01' }] },
      ['persons.0.birthDate'],
    ],
    [
      'a birth date before 1900',
      { ...melding, persons: [{ birthDate: '1899-12-31' }] },
      ['persons.0.birthDate'],
    ],
    [
      'an age that does not match the birth date',
      { ...melding, persons: [{ birthDate: '2010-01-01', age: 12 }] },
      ['persons.0.age'],
    ],
    [
      'relation "anders" without a description',
      { ...melding, persons: [{ name: 'X', relation: 'anders' }] },
      ['persons.0.relationDetail'],
    ],
    [
      'contact details when anonymous',
      { ...melding, reporter: { kind: 'anoniem', name: 'Toch', phone: '0612345678' } },
      ['reporter.name', 'reporter.phone'],
    ],
    [
      'a professional without organisation',
      { ...melding, reporter: { kind: 'professional', email: 'a@b.nl' } },
      ['reporter.organisation'],
    ],
    [
      'a bad phone number',
      { ...melding, reporter: { kind: 'inwoner', phone: 'bel me' } },
      ['reporter.phone'],
    ],
    [
      'feedback wanted without a way to reach',
      { ...melding, reporter: { kind: 'inwoner', name: 'X', feedbackWanted: true } },
      ['reporter.email'],
    ],
  ])('refuses %s', (_name, draft, expected) => {
    expect(fields(draft)).toEqual(expected);
  });

  it('accepts an age that is one year off (birthday not known exactly)', () => {
    expect(fields({ ...melding, persons: [{ birthDate: '2010-06-01', age: 16 }] })).toEqual([]);
    expect(ageOn('2010-06-01', today)).toBe(15);
  });

  it('gives every message in Dutch and English', () => {
    for (const e of validateIntake(
      { ...melding, observations: [{ description: '', source: 'anders' }] },
      today,
    )) {
      expect(e.nl.length).toBeGreaterThan(5);
      expect(e.en.length).toBeGreaterThan(5);
    }
  });
});

describe('validateSharingSteps', () => {
  const steps: SharingSteps = {
    adviceAsked: { done: true, note: 'Anoniem besproken met de aandachtsfunctionaris' },
    conversationHeld: { done: true },
    safetyRisksWeighed: { done: true },
    consent: { asked: true, given: true },
    onlyNecessaryData: { done: true },
    recordedInOwnFile: { done: true },
  };
  const check = (s: Partial<SharingSteps>) => validateSharingSteps({ ...steps, ...s }).map((e) => e.field);

  it('accepts all steps taken', () => {
    expect(check({})).toEqual([]);
  });

  it.each<[string, Partial<SharingSteps>, string[]]>([
    ['advice asked without from whom', { adviceAsked: { done: true } }, ['sharingSteps.adviceAsked.note']],
    [
      'no conversation without why not',
      { conversationHeld: { done: false } },
      ['sharingSteps.conversationHeld.note'],
    ],
    [
      'safety risks not weighed',
      { safetyRisksWeighed: { done: false, note: 'geen tijd' } },
      ['sharingSteps.safetyRisksWeighed.done'],
    ],
    [
      'consent not asked, no ground',
      { consent: { asked: false, given: false } },
      ['sharingSteps.consent.note'],
    ],
    ['consent refused, no ground', { consent: { asked: true, given: false } }, ['sharingSteps.consent.note']],
    [
      'consent given but never asked',
      { consent: { asked: false, given: true, note: 'x' } },
      ['sharingSteps.consent.given'],
    ],
    ['more than necessary', { onlyNecessaryData: { done: false } }, ['sharingSteps.onlyNecessaryData.done']],
    ['not in own file', { recordedInOwnFile: { done: false } }, ['sharingSteps.recordedInOwnFile.done']],
  ])('refuses %s', (_n, s, expected) => {
    expect(check(s)).toEqual(expected);
  });

  it('accepts no advice asked, no conversation with a reason, and sharing on a legal ground', () => {
    expect(
      check({
        adviceAsked: { done: false },
        conversationHeld: { done: false, note: 'Gesprek zou de veiligheid van de moeder in gevaar brengen' },
        consent: { asked: false, given: false, note: 'Zwaarwegend belang: veiligheidsrisico' },
      }),
    ).toEqual([]);
  });
});

describe('validateStaffIntake', () => {
  it.each([
    [{ channel: 'telefoon', receivedOn: '2026-03-03' }, 'meldpunt', []],
    [{ channel: 'telefoon', receivedOn: '2026-03-05' }, 'meldpunt', ['receivedOn']],
    [{ channel: 'telefoon', receivedOn: '2025-03-01' }, 'meldpunt', ['receivedOn']],
    [{ channel: 'webformulier' }, 'meldpunt', ['channel']],
    [{ channel: 'ambtsbericht_aivd' }, 'meldpunt', ['channel']],
    [{ channel: 'ambtsbericht_aivd' }, 'aandachtsfunctionaris', []],
  ] as const)('%o by %s', (facts, role, expected) => {
    expect(validateStaffIntake(facts, role, today).map((e) => e.field)).toEqual(expected);
  });
});

describe('search text and summary', () => {
  it('searches the facts, question, assumptions and contra-indications, never names', () => {
    const text = searchText(melding);
    expect(text).toContain('klassenapp');
    expect(text).toContain('neef');
    expect(text).toContain('voetbal');
    expect(text).not.toContain('Berg');
    expect(text).not.toContain('Melder');
  });

  it('summarises on one line', () => {
    expect(
      summaryOf({ ...melding, observations: [{ description: 'a\n\nb', source: 'eigen_waarneming' }] }),
    ).toBe('a b');
    expect(
      summaryOf({ kind: 'adviesvraag', reporter: { kind: 'anoniem' }, question: 'x'.repeat(300) }).length,
    ).toBe(160);
  });
});

describe('annotations', () => {
  it.each([
    [{ effect: 'bevestigt', assumptionId: 'a1', text: 'Neef bevestigt contact' }, []],
    [{ effect: 'aanvulling', text: 'School meldt verbetering' }, []],
    [{ effect: 'aanvulling', assumptionId: 'a1', text: 'Meer context' }, []],
    [{ effect: 'weerlegt', text: 'Klopt niet' }, ['assumptionId']],
    [{ effect: 'weerlegt', assumptionId: 'other', text: 'Klopt niet' }, ['assumptionId']],
    [{ effect: 'bevestigt', assumptionId: 'a1', text: '  ' }, ['text']],
  ] as const)('%o: %o', (draft, expected) => {
    expect(validateAnnotation(draft, ['a1', 'a2']).map((e) => e.field)).toEqual(expected);
  });

  it.each([
    ['bevestigt', 'bevestigd'],
    ['weerlegt', 'weerlegd'],
    ['aanvulling', null],
  ] as const)('%s makes the assumption %s', (effect, state) => {
    expect(assumptionStateAfter(effect)).toBe(state);
  });
});
