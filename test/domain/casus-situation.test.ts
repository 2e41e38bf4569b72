import { describe, expect, it } from 'vitest';
import { checkItemUpdate, checklistFor, dueOn, isItemOverdue } from '../../src/domain/casus/checklists.js';
import { checkClosure } from '../../src/domain/casus/closure.js';
import {
  DEFAULT_MEASURE_CATALOGUE,
  type MeasureInput,
  validateMeasure,
} from '../../src/domain/casus/measures.js';
import { changePhase } from '../../src/domain/casus/phase.js';
import { addMonths, isReviewOverdue, nextReview } from '../../src/domain/casus/review.js';
import {
  changeSituation,
  checkPhaseDecision,
  SITUATION_TRANSITIONS,
} from '../../src/domain/casus/situation.js';
import { CASE_SITUATIONS, type CaseSituation, MEASURE_TRACKS } from '../../src/domain/casus/types.js';

const decision = (reason = 'Besproken in het casusoverleg') => ({
  byUserId: 'u',
  at: new Date('2026-03-02T09:00:00Z'),
  reason,
});

describe('situation state machine', () => {
  it.each<[CaseSituation, CaseSituation, string | null, 'ok' | string[]]>([
    ['zorgelijk', 'potentiele_uitreiziger', null, 'ok'],
    ['potentiele_uitreiziger', 'tegengehouden_uitreiziger', null, 'ok'],
    ['potentiele_uitreiziger', 'uitgereisd', '2026-02-20', 'ok'],
    ['potentiele_uitreiziger', 'uitgereisd', null, ['occurredOn']],
    ['uitgereisd', 'terugkeerder', '2026-03-01', 'ok'],
    ['uitgereisd', 'zorgelijk', null, ['situation']],
    ['uitgereisd', 'overleden', '2026-03-01', 'ok'],
    ['terugkeerder', 'gedetineerd', null, 'ok'],
    ['gedetineerd', 'zorgelijk', null, 'ok'],
    ['overleden', 'zorgelijk', null, ['situation']],
    ['zorgelijk', 'zorgelijk', null, ['situation']],
    ['zorgelijk', 'uitgereisd', '2026-03-03', ['occurredOn']],
  ])('%s -> %s (%s)', (from, to, on, expected) => {
    const r = changeSituation('persoonsgerichte_aanpak', from, to, decision(), on);
    if (expected === 'ok') expect(r).toEqual({ ok: true, situation: to });
    else expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(expected);
  });

  it('needs a reason and an open case', () => {
    const r = changeSituation('afgesloten', 'zorgelijk', 'gedetineerd', decision('  '), null);
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['reason', 'situation']);
  });

  it('names only known situations and ends at death', () => {
    for (const s of CASE_SITUATIONS)
      for (const to of SITUATION_TRANSITIONS[s]) expect(CASE_SITUATIONS).toContain(to);
    expect(SITUATION_TRANSITIONS.overleden).toEqual([]);
  });
});

describe('phase decisions', () => {
  it.each([
    ['persoonsgerichte_aanpak', 'nazorg', 'reden', []],
    ['persoonsgerichte_aanpak', 'nazorg', '', ['reason']],
    ['nazorg', 'afgesloten', 'reden', ['phase']],
  ] as const)('%s -> %s', (from, to, reason, fields) => {
    expect(changePhase(from, to).ok).toBe(true);
    expect(checkPhaseDecision(to, decision(reason)).map((e) => e.field)).toEqual(fields);
  });
});

describe('situation checklists', () => {
  it.each<[CaseSituation, string | null]>([
    ['potentiele_uitreiziger', 'dreigende_uitreis'],
    ['uitgereisd', 'uitgereisd'],
    ['terugkeerder', 'terugkeerder'],
    ['overleden', 'overleden'],
    ['zorgelijk', null],
    ['gedetineerd', null],
  ])('%s brings %s', (s, kind) => {
    expect(checklistFor(s)?.kind ?? null).toBe(kind);
  });

  it('runs BRP deregistration three months from the departure date', () => {
    const brp = checklistFor('uitgereisd')?.items.find((i) => i.code === 'uitschrijving_brp');
    const dates = {
      departedOn: '2026-11-30',
      returnedOn: null,
      deceasedOn: null,
      situationSince: '2026-11-30',
    };
    expect(dueOn(brp?.due, dates)).toBe('2027-02-28');
    expect(dueOn(brp?.due, { ...dates, departedOn: null })).toBeNull();
    expect(dueOn(undefined, dates)).toBeNull();
    expect(dueOn({ anchor: 'situationSince', days: 14 }, dates)).toBe('2026-12-14');
  });

  it.each([
    ['open', '2026-03-01', '2026-03-02', true],
    ['open', '2026-03-02', '2026-03-02', false],
    ['gedaan', '2026-03-01', '2026-03-02', false],
    ['niet_van_toepassing', '2026-03-01', '2026-03-02', false],
    ['open', null, '2026-03-02', false],
  ] as const)('item %s due %s on %s: overdue %s', (status, due, today, expected) => {
    expect(isItemOverdue(status, due, today)).toBe(expected);
  });

  it('needs a note for not applicable', () => {
    expect(checkItemUpdate('niet_van_toepassing', '').map((e) => e.field)).toEqual(['note']);
    expect(checkItemUpdate('niet_van_toepassing', 'Geen uitkering')).toEqual([]);
    expect(checkItemUpdate('gedaan', '')).toEqual([]);
  });
});

describe('measures', () => {
  const base: MeasureInput = {
    track: 'zorg',
    title: 'Mentor',
    ownerOrganisationId: 'o',
    legalBasis: null,
    startsOn: '2026-03-01',
    endsOn: null,
    status: 'lopend',
    evaluationResult: null,
    evaluationWhatWorked: null,
  };
  it.each<[string, Partial<MeasureInput>, string[]]>([
    ['a care measure', {}, []],
    ['bestuurlijk without legal basis', { track: 'bestuurlijk', title: 'Meldplicht' }, ['legalBasis']],
    ['bestuurlijk with legal basis', { track: 'bestuurlijk', legalBasis: 'Art. 23 Paspoortwet' }, []],
    ['strafrechtelijk without legal basis', { track: 'strafrechtelijk' }, []],
    ['end before start', { endsOn: '2026-02-01' }, ['endsOn']],
    ['finished without evaluation', { status: 'afgerond' }, ['evaluationResult']],
    ['stopped with evaluation in words', { status: 'gestopt', evaluationResult: 'Geen contact meer' }, []],
    ['no title', { title: ' ' }, ['title']],
  ])('%s', (_n, change, fields) => {
    expect(validateMeasure({ ...base, ...change }).map((e) => e.field)).toEqual(fields);
  });

  it('has a catalogue in all three tracks, with a legal basis for the passport measure', () => {
    for (const track of MEASURE_TRACKS)
      expect(DEFAULT_MEASURE_CATALOGUE.some((c) => c.track === track)).toBe(true);
    expect(DEFAULT_MEASURE_CATALOGUE.find((c) => c.code === 'paspoortmaatregel')?.legalBasis).toContain(
      'Paspoortwet',
    );
  });
});

describe('review and closure', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2026-03-02', 3, '2026-06-02'],
    ['2026-11-15', 3, '2027-02-15'],
  ])('%s plus %i months is %s', (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected);
  });

  it('defaults the next review to three months after opening and flags it when passed', () => {
    expect(nextReview('2026-03-01', null)).toBe('2026-06-01');
    expect(nextReview('2026-03-01', '2026-04-15')).toBe('2026-04-15');
    expect(isReviewOverdue('2026-06-01', '2026-06-02', false)).toBe(true);
    expect(isReviewOverdue('2026-06-01', '2026-06-01', false)).toBe(false);
    expect(isReviewOverdue('2026-06-01', '2026-06-02', true)).toBe(false);
  });

  it.each([
    ['nazorg', 'disengaged', '', []],
    ['persoonsgerichte_aanpak', 'anders', '', ['note']],
    ['persoonsgerichte_aanpak', 'anders', 'Overleg met OM', []],
    ['afgesloten', 'verhuisd', '', ['reason']],
  ] as const)('closing from %s for %s', (phase, reason, note, fields) => {
    expect(checkClosure(phase, reason, note).map((e) => e.field)).toEqual(fields);
  });
});
