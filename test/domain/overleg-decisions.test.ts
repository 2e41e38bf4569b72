import { describe, expect, it } from 'vitest';
import type { SignalState } from '../../src/domain/melding/status.js';
import {
  adviceQuestionConversion,
  applySignalSteps,
  casePhaseStep,
  completeDecision,
  normaliseDraft,
  type TriageDecision,
  triageSignalSteps,
  type WeighingDecision,
  weighingSignalSteps,
} from '../../src/domain/overleg/decisions.js';

const today = '2026-03-02';
const actor = { userId: 'u-chair', name: 'Voorzitter', role: 'aandachtsfunctionaris' };
const now = new Date('2026-03-02T10:00:00Z');

function signal(over: Partial<SignalState> = {}): SignalState {
  return {
    status: 'geagendeerd',
    categoryId: 'cat-1',
    acknowledgeDueOn: '2026-02-20',
    triageDueOn: '2026-03-06',
    acknowledgedAt: new Date('2026-02-18T10:00:00Z'),
    triagedAt: new Date('2026-02-25T10:00:00Z'),
    infoDueOn: null,
    nextDueOn: null,
    decisionOutcome: null,
    closeReason: null,
    statusChangedAt: new Date('2026-02-25T10:00:00Z'),
    ...over,
  };
}

const fieldsOf = (r: ReturnType<typeof completeDecision>) => (r.ok ? [] : r.errors.map((e) => e.field));

describe('completeDecision: what each outcome needs', () => {
  it.each([
    [
      'triage (a) with motivation',
      'signaleringsoverleg',
      { outcome: 'zorgen_radicalisering', motivation: 'Uitingen op school en online.' },
      [],
    ],
    ['triage without anything', 'signaleringsoverleg', {}, ['outcome', 'motivation']],
    [
      'triage with an unknown outcome',
      'signaleringsoverleg',
      { outcome: 'misschien', motivation: 'x' },
      ['outcome'],
    ],
    [
      'triage (b) without referral',
      'signaleringsoverleg',
      { outcome: 'zorgen_geen_radicalisering', motivation: 'x' },
      ['referredTo'],
    ],
    [
      'triage (b) with referral',
      'signaleringsoverleg',
      { outcome: 'zorgen_geen_radicalisering', motivation: 'x', referredTo: 'Wijkteam Noord' },
      [],
    ],
    ['triage (c)', 'signaleringsoverleg', { outcome: 'geen_zorgen', motivation: 'Geen aanwijzingen.' }, []],
    [
      'triage (d) without from whom and date',
      'signaleringsoverleg',
      { outcome: 'meer_informatie_nodig', motivation: 'x' },
      ['fromWhom', 'dueOn'],
    ],
    [
      'triage (d) due today',
      'signaleringsoverleg',
      { outcome: 'meer_informatie_nodig', motivation: 'x', fromWhom: 'School', dueOn: today },
      ['dueOn'],
    ],
    [
      'triage (d) due on an impossible date',
      'signaleringsoverleg',
      { outcome: 'meer_informatie_nodig', motivation: 'x', fromWhom: 'School', dueOn: '2026-02-30' },
      ['dueOn'],
    ],
    [
      'triage (d) complete',
      'signaleringsoverleg',
      { outcome: 'meer_informatie_nodig', motivation: 'x', fromWhom: 'School', dueOn: '2026-03-16' },
      [],
    ],
    [
      'triage with only blanks',
      'signaleringsoverleg',
      { outcome: 'geen_zorgen', motivation: '   ' },
      ['motivation'],
    ],
    ['weegploeg without anything', 'weegploeg', {}, ['included', 'criteriaWeighed', 'decidedBy', 'reasons']],
    [
      'weegploeg yes, complete',
      'weegploeg',
      {
        included: true,
        criteriaWeighed: ['Dreiging'],
        decidedBy: [{ party: 'burgemeester', name: 'J. van Dijk' }],
        reasons: 'Zorgelijk beeld.',
      },
      [],
    ],
    [
      'weegploeg no, complete',
      'weegploeg',
      {
        included: false,
        criteriaWeighed: ['Dreiging'],
        decidedBy: [{ party: 'om', organisationId: 'org-om' }],
        reasons: 'Geen dreiging.',
      },
      [],
    ],
    [
      'weegploeg, a party twice',
      'weegploeg',
      {
        included: true,
        criteriaWeighed: ['x'],
        decidedBy: [
          { party: 'om', name: 'a' },
          { party: 'om', name: 'b' },
        ],
        reasons: 'x',
      },
      ['decidedBy.1.party'],
    ],
    [
      'weegploeg, an unknown party',
      'weegploeg',
      { included: true, criteriaWeighed: ['x'], decidedBy: [{ party: 'school', name: 'a' }], reasons: 'x' },
      ['decidedBy.0.party'],
    ],
    [
      'weegploeg, a party without who',
      'weegploeg',
      { included: true, criteriaWeighed: ['x'], decidedBy: [{ party: 'politie' }], reasons: 'x' },
      ['decidedBy.0.name'],
    ],
    [
      'weegploeg, only blank criteria',
      'weegploeg',
      { included: true, criteriaWeighed: [' ', ''], decidedBy: [{ party: 'om', name: 'a' }], reasons: 'x' },
      ['criteriaWeighed'],
    ],
    ['casusoverleg without decisions', 'casusoverleg', {}, ['decisions']],
    ['casusoverleg with decisions', 'casusoverleg', { decisions: 'Gezinsondersteuning inzetten.' }, []],
    [
      'casusoverleg with an unknown phase',
      'casusoverleg',
      { decisions: 'x', nextPhase: 'klaar' },
      ['nextPhase'],
    ],
    ['a triage field in a weegploeg decision', 'weegploeg', { outcome: 'geen_zorgen' }, ['outcome']],
  ] as const)('%s', (_n, type, draft, fields) => {
    expect(fieldsOf(completeDecision(type, draft, today))).toEqual(fields);
  });

  it('says what to do about each missing field, as the form shows it before confirming', () => {
    const r = completeDecision('signaleringsoverleg', { outcome: 'meer_informatie_nodig' }, today);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.field, e.nl])).toEqual([
      ['motivation', 'Leg vast waarom zo is besloten.'],
      ['fromWhom', 'Vul in van wie meer informatie nodig is.'],
      ['dueOn', 'Vul in wanneer de informatie er moet zijn.'],
    ]);
    const none = completeDecision('signaleringsoverleg', {}, today);
    expect(none.ok ? [] : none.errors[0]).toEqual({
      field: 'outcome',
      nl: 'Kies de uitkomst van de bespreking.',
      en: 'Choose the outcome of the discussion.',
    });
  });

  it('names the outcome for overviews', () => {
    const yes = completeDecision(
      'weegploeg',
      { included: true, criteriaWeighed: ['x'], decidedBy: [{ party: 'om', name: 'a' }], reasons: 'x' },
      today,
    );
    const no = completeDecision(
      'weegploeg',
      { included: false, criteriaWeighed: ['x'], decidedBy: [{ party: 'om', name: 'a' }], reasons: 'x' },
      today,
    );
    expect(yes.ok && yes.outcome).toBe('pga_ja');
    expect(no.ok && no.outcome).toBe('pga_nee');
  });

  it('keeps only the fields of the kind of meeting in a draft, trimmed', () => {
    const r = normaliseDraft('signaleringsoverleg', {
      outcome: 'geen_zorgen',
      motivation: '  tekst  ',
      referredTo: '',
    });
    expect(r).toEqual({
      ok: true,
      draft: { outcome: 'geen_zorgen', motivation: 'tekst', referredTo: null, fromWhom: null, dueOn: null },
    });
  });
});

describe('triage decisions move the signal through its own state machine', () => {
  const base = {
    kind: 'signaleringsoverleg',
    motivation: 'Besproken.',
    referredTo: null,
    fromWhom: null,
    dueOn: null,
  } as const;
  it.each([
    ['(a)', { ...base, outcome: 'zorgen_radicalisering' }, 'besloten', 'zorgen_radicalisering', null, null],
    [
      '(b)',
      { ...base, outcome: 'zorgen_geen_radicalisering', referredTo: 'Wijkteam' },
      'afgesloten',
      'zorgen_geen_radicalisering',
      'doorverwezen_zorg',
      null,
    ],
    ['(c)', { ...base, outcome: 'geen_zorgen' }, 'afgesloten', 'geen_zorgen', 'geen_zorgen', null],
    [
      '(d)',
      { ...base, outcome: 'meer_informatie_nodig', fromWhom: 'Leerplicht', dueOn: '2026-03-20' },
      'meer_informatie_nodig',
      null,
      null,
      '2026-03-20',
    ],
  ] as const)('%s', (_n, decision, status, outcome, closeReason, infoDueOn) => {
    const r = applySignalSteps(signal(), triageSignalSteps(decision as TriageDecision), actor, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.status).toBe(status);
    expect(r.state.decisionOutcome).toBe(outcome);
    expect(r.state.closeReason).toBe(closeReason);
    expect(r.state.infoDueOn).toBe(infoDueOn);
    expect(r.events.every((e) => e.actor.userId === 'u-chair')).toBe(true);
  });

  it('records the referral and "stay alert" in the history of (b)', () => {
    const r = applySignalSteps(
      signal(),
      triageSignalSteps({ ...base, outcome: 'zorgen_geen_radicalisering', referredTo: 'Wijkteam Noord' }),
      actor,
      now,
    );
    expect(r.ok && r.events.map((e) => e.note)).toEqual([
      'Besproken.',
      'Doorverwezen naar Wijkteam Noord; alert blijven op nieuwe signalen.',
    ]);
  });

  it('refuses when the signal is no longer on the agenda', () => {
    const r = applySignalSteps(
      signal({ status: 'afgesloten' }),
      triageSignalSteps({ ...base, outcome: 'geen_zorgen' }),
      actor,
      now,
    );
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['signalId']);
  });

  it('refuses a signal without category (the meldpunt rule), named on the item', () => {
    const r = applySignalSteps(
      signal({ categoryId: null }),
      triageSignalSteps({ ...base, outcome: 'zorgen_radicalisering' }),
      actor,
      now,
    );
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['signalId']);
  });
});

describe('weighing decisions and cases', () => {
  const yes: WeighingDecision = {
    kind: 'weegploeg',
    included: true,
    criteriaWeighed: ['x'],
    decidedBy: [],
    reasons: 'x',
  };

  it('hands the signal over to the case on a yes, and leaves it on a no', () => {
    const decided = signal({ status: 'besloten', decisionOutcome: 'zorgen_radicalisering' });
    const r = applySignalSteps(decided, weighingSignalSteps(yes), actor, now);
    expect(r.ok && [r.state.status, r.state.closeReason]).toEqual([
      'afgesloten',
      'overgedragen_casusoverleg',
    ]);
    expect(weighingSignalSteps({ ...yes, included: false })).toEqual([]);
  });

  it.each([
    [
      'no change asked',
      'persoonsgerichte_aanpak',
      null,
      { ok: true, phase: 'persoonsgerichte_aanpak', changed: false },
    ],
    ['to nazorg', 'persoonsgerichte_aanpak', 'nazorg', { ok: true, phase: 'nazorg', changed: true }],
    [
      'back into the aanpak from nazorg',
      'nazorg',
      'persoonsgerichte_aanpak',
      { ok: true, phase: 'persoonsgerichte_aanpak', changed: true },
    ],
    ['reopening a closed case', 'afgesloten', 'nazorg', 'error'],
    ['from the aanpak back to signalering', 'persoonsgerichte_aanpak', 'signalering', 'error'],
  ] as const)('case phase: %s', (_n, from, next, expected) => {
    const r = casePhaseStep(from, { kind: 'casusoverleg', decisions: 'x', nextPhase: next });
    if (expected === 'error') expect(r.ok).toBe(false);
    else expect(r).toEqual(expected);
  });
});

describe('an advice question in the signaleringsoverleg', () => {
  const decision = (outcome: TriageDecision['outcome']): TriageDecision => ({
    kind: 'signaleringsoverleg',
    outcome,
    motivation: 'Samen geduid',
    referredTo: outcome === 'zorgen_geen_radicalisering' ? 'Wijkteam' : null,
    fromWhom: outcome === 'meer_informatie_nodig' ? 'School' : null,
    dueOn: outcome === 'meer_informatie_nodig' ? '2026-03-20' : null,
  });
  it.each([
    ['melding', 'zorgen_radicalisering', 1, { ok: true, convert: false }],
    ['melding', 'zorgen_radicalisering', 0, { ok: true, convert: false }],
    ['adviesvraag', 'zorgen_geen_radicalisering', 0, { ok: true, convert: false }],
    ['adviesvraag', 'geen_zorgen', 0, { ok: true, convert: false }],
    ['adviesvraag', 'meer_informatie_nodig', 0, { ok: true, convert: false }],
    ['adviesvraag', 'zorgen_radicalisering', 1, { ok: true, convert: true }],
    ['adviesvraag', 'zorgen_radicalisering', 0, 'outcome'],
  ] as const)('a %s with outcome %s and %i named persons', (kind, outcome, persons, expected) => {
    const r = adviceQuestionConversion(kind, decision(outcome), persons);
    if (typeof expected === 'string') {
      expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual([expected]);
      expect(r.ok ? '' : r.errors[0]?.nl).toContain('melding over een persoon');
    } else expect(r).toEqual(expected);
  });
});
