import { describe, expect, it } from 'vitest';
import {
  changeActionStatus,
  countOverdue,
  isOverdue,
  validateAction,
} from '../../src/domain/overleg/actions.js';
import { placeCase, placeSignal, signalStepOnRemoval } from '../../src/domain/overleg/agenda.js';
import {
  amsterdamDateTime,
  mayMoveMeeting,
  seriesDates,
  validateMeetingPlan,
} from '../../src/domain/overleg/meeting.js';
import { approvalIssues } from '../../src/domain/overleg/minutes.js';
import { agendaNotice, overdueReminder } from '../../src/domain/overleg/notices.js';

describe('meeting plan', () => {
  const startsAt = new Date('2026-03-09T09:00:00Z');
  it.each([
    ['a place', { startsAt, endsAt: null, location: 'Stadhuis, kamer 3', onlineUrl: null }, []],
    [
      'an online link',
      { startsAt, endsAt: null, location: null, onlineUrl: 'https://meet.example.nl/abc' },
      [],
    ],
    ['neither place nor link', { startsAt, endsAt: null, location: ' ', onlineUrl: null }, ['location']],
    [
      'a link without https',
      { startsAt, endsAt: null, location: null, onlineUrl: 'http://meet.example.nl/abc' },
      ['onlineUrl'],
    ],
    [
      'an end before the start',
      { startsAt, endsAt: new Date('2026-03-09T08:00:00Z'), location: 'x', onlineUrl: null },
      ['endsAt'],
    ],
  ] as const)('%s', (_n, plan, fields) => {
    expect(validateMeetingPlan(plan).map((e) => e.field)).toEqual(fields);
  });

  it.each([
    ['voorbereiding', 'agenda_gepubliceerd', true],
    ['agenda_gepubliceerd', 'agenda_gepubliceerd', true],
    ['voorbereiding', 'afgerond', false],
    ['afgerond', 'geannuleerd', false],
    ['geannuleerd', 'agenda_gepubliceerd', false],
  ] as const)('status %s -> %s: %s', (from, to, ok) => {
    expect(mayMoveMeeting(from, to)).toBe(ok);
  });
});

describe('recurring series', () => {
  it('gives every week from the start date up to the end date', () => {
    const r = seriesDates({
      startDate: '2026-03-02',
      startTime: '09:30',
      frequency: 'wekelijks',
      untilDate: '2026-03-23',
      count: null,
    });
    expect(r).toEqual({ ok: true, dates: ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'] });
  });

  it('gives a number of occurrences every two weeks', () => {
    const r = seriesDates({
      startDate: '2026-03-02',
      startTime: '09:30',
      frequency: 'tweewekelijks',
      untilDate: null,
      count: 3,
    });
    expect(r).toEqual({ ok: true, dates: ['2026-03-02', '2026-03-16', '2026-03-30'] });
  });

  it.each([
    ['both an end date and a count', { untilDate: '2026-04-01', count: 3 }, ['untilDate']],
    ['neither', { untilDate: null, count: null }, ['untilDate']],
    ['an end before the start', { untilDate: '2026-03-01', count: null }, ['untilDate']],
    ['too many', { untilDate: '2028-01-01', count: null }, ['untilDate']],
    ['a count of zero', { untilDate: null, count: 0 }, ['count']],
    ['a bad time', { untilDate: null, count: 2, startTime: '9.30' }, ['startTime']],
  ] as const)('refuses %s', (_n, over, fields) => {
    const r = seriesDates({ startDate: '2026-03-02', startTime: '09:30', frequency: 'wekelijks', ...over });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(fields);
  });

  it('keeps the local time across the change to summer time', () => {
    expect(amsterdamDateTime('2026-03-23', '09:30').toISOString()).toBe('2026-03-23T08:30:00.000Z');
    expect(amsterdamDateTime('2026-03-30', '09:30').toISOString()).toBe('2026-03-30T07:30:00.000Z');
  });
});

describe('what goes on which agenda', () => {
  const inHandling = {
    kind: 'melding',
    status: 'in_behandeling',
    decisionOutcome: null,
    categoryId: 'c',
  } as const;
  const question = { ...inHandling, kind: 'adviesvraag' } as const;
  it.each([
    ['triage: a signal in handling', 'signaleringsoverleg', inHandling, { to: 'geagendeerd' }],
    ['triage: an advice question in handling', 'signaleringsoverleg', question, { to: 'geagendeerd' }],
    [
      'triage: an advice question without category',
      'signaleringsoverleg',
      { ...question, categoryId: null },
      'error',
    ],
    ['weegploeg: an advice question', 'weegploeg', { ...question, status: 'besloten' }, 'error'],
    [
      'triage: a signal waiting for information',
      'signaleringsoverleg',
      { ...inHandling, status: 'meer_informatie_nodig' },
      { to: 'geagendeerd' },
    ],
    [
      'triage: a signal already on an agenda',
      'signaleringsoverleg',
      { ...inHandling, status: 'geagendeerd' },
      'error',
    ],
    [
      'triage: a just received signal',
      'signaleringsoverleg',
      { ...inHandling, status: 'ontvangen' },
      'error',
    ],
    ['triage: a closed signal', 'signaleringsoverleg', { ...inHandling, status: 'afgesloten' }, 'error'],
    ['triage: without category', 'signaleringsoverleg', { ...inHandling, categoryId: null }, 'error'],
    [
      'weegploeg: outcome (a)',
      'weegploeg',
      { kind: 'melding', status: 'besloten', decisionOutcome: 'zorgen_radicalisering', categoryId: 'c' },
      null,
    ],
    [
      'weegploeg: outcome (b)',
      'weegploeg',
      { kind: 'melding', status: 'besloten', decisionOutcome: 'zorgen_geen_radicalisering', categoryId: 'c' },
      'error',
    ],
    ['weegploeg: not yet triaged', 'weegploeg', inHandling, 'error'],
    ['casusoverleg: a signal', 'casusoverleg', inHandling, 'error'],
  ] as const)('%s', (_n, type, s, expected) => {
    const r = placeSignal(type, s);
    if (expected === 'error') expect(r.ok).toBe(false);
    else expect(r).toEqual({ ok: true, signalStep: expected });
  });

  it.each([
    ['casusoverleg', 'persoonsgerichte_aanpak', true],
    ['casusoverleg', 'nazorg', true],
    ['casusoverleg', 'afgesloten', false],
    ['weegploeg', 'persoonsgerichte_aanpak', false],
    ['signaleringsoverleg', 'signalering', false],
  ] as const)('a case in %s, phase %s: %s', (type, phase, ok) => {
    expect(placeCase(type, phase).ok).toBe(ok);
  });

  it('gives a triage signal back to the meldpunt when its item is removed undecided', () => {
    expect(signalStepOnRemoval('signaleringsoverleg', 'geagendeerd', 'Van de agenda')).toEqual({
      to: 'in_behandeling',
      note: 'Van de agenda',
    });
    expect(signalStepOnRemoval('signaleringsoverleg', 'besloten', 'x')).toBeNull();
    expect(signalStepOnRemoval('weegploeg', 'besloten', 'x')).toBeNull();
  });
});

describe('actions', () => {
  it.each([
    [
      'complete, owned by a person',
      { description: 'Bel school', ownerUserId: 'u', ownerOrganisationId: null, dueOn: '2026-03-10' },
      true,
      [],
    ],
    [
      'owned by an organisation, due today',
      { description: 'x', ownerUserId: null, ownerOrganisationId: 'o', dueOn: '2026-03-02' },
      true,
      [],
    ],
    [
      'two owners',
      { description: 'x', ownerUserId: 'u', ownerOrganisationId: 'o', dueOn: '2026-03-10' },
      true,
      ['ownerUserId'],
    ],
    [
      'no owner',
      { description: 'x', ownerUserId: null, ownerOrganisationId: null, dueOn: '2026-03-10' },
      true,
      ['ownerUserId'],
    ],
    [
      'new and due in the past',
      { description: 'x', ownerUserId: 'u', ownerOrganisationId: null, dueOn: '2026-03-01' },
      true,
      ['dueOn'],
    ],
    [
      'changed and due in the past',
      { description: 'x', ownerUserId: 'u', ownerOrganisationId: null, dueOn: '2026-03-01' },
      false,
      [],
    ],
    [
      'nothing',
      { description: ' ', ownerUserId: null, ownerOrganisationId: null, dueOn: null },
      true,
      ['description', 'ownerUserId', 'dueOn'],
    ],
  ] as const)('%s', (_n, d, isNew, fields) => {
    expect(validateAction(d, '2026-03-02', isNew).map((e) => e.field)).toEqual(fields);
  });

  it.each([
    ['open', '2026-03-01', true],
    ['open', '2026-03-02', false],
    ['gereed', '2026-02-01', false],
    ['vervallen', '2026-02-01', false],
  ] as const)('%s due %s is overdue on 2026-03-02: %s', (status, dueOn, overdue) => {
    expect(isOverdue({ status, dueOn }, '2026-03-02')).toBe(overdue);
  });

  it('counts the overdue ones', () => {
    const list = [
      { status: 'open', dueOn: '2026-02-01' },
      { status: 'open', dueOn: '2026-03-05' },
      { status: 'gereed', dueOn: '2026-02-01' },
      { status: 'open', dueOn: '2026-03-01' },
    ] as const;
    expect(countOverdue(list, '2026-03-02')).toBe(2);
  });

  const now = new Date('2026-03-02T10:00:00Z');
  it.each([
    ['open', 'gereed', { ok: true, status: 'gereed', completedAt: now }],
    ['open', 'vervallen', { ok: true, status: 'vervallen', completedAt: now }],
    ['gereed', 'open', { ok: true, status: 'open', completedAt: null }],
    ['gereed', 'vervallen', 'error'],
    ['open', 'misschien', 'error'],
  ] as const)('status %s -> %s', (from, to, expected) => {
    const r = changeActionStatus(from, to, null, now);
    if (expected === 'error') expect(r.ok).toBe(false);
    else expect(r).toEqual(expected);
  });
});

describe('approving the minutes', () => {
  const startsAt = new Date('2026-03-02T09:00:00Z');
  const ok = {
    meetingStatus: 'agenda_gepubliceerd',
    minutesStatus: 'concept',
    startsAt,
    draftDecisionItems: [],
  } as const;
  it.each([
    ['after the meeting', ok, new Date('2026-03-02T11:00:00Z'), []],
    ['before the meeting', ok, new Date('2026-03-02T08:00:00Z'), ['meeting']],
    [
      'agenda never published',
      { ...ok, meetingStatus: 'voorbereiding' },
      new Date('2026-03-02T11:00:00Z'),
      ['meeting'],
    ],
    [
      'a draft decision left',
      { ...ok, draftDecisionItems: ['Signaal M-2026-00001'] },
      new Date('2026-03-02T11:00:00Z'),
      ['decisions'],
    ],
    ['already final', { ...ok, minutesStatus: 'definitief' }, new Date('2026-03-02T11:00:00Z'), ['version']],
  ] as const)('%s', (_n, facts, now, fields) => {
    expect(approvalIssues(facts, now).map((e) => e.field)).toEqual(fields);
  });
});

describe('e-mails carry no content', () => {
  it('names only the kind of meeting and its date in the agenda notice', () => {
    const m = agendaNotice('weegploeg', new Date('2026-03-09T09:00:00Z'), false);
    expect(m.subject).toContain('weegploeg');
    expect(m.text).toContain('9 maart 2026 om 10:00');
    expect(m.text).not.toMatch(/M-\d{4}|C-\d{4}/);
  });

  it('says only how many actions are overdue', () => {
    expect(overdueReminder(3).text).toContain(
      'U heeft 3 openstaande acties met een verlopen termijn in Duiden.',
    );
    expect(overdueReminder(1).text).toContain(
      'U heeft 1 openstaande actie met een verlopen termijn in Duiden.',
    );
  });
});
