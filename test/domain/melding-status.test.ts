import { describe, expect, it } from 'vitest';
import {
  publicStatus,
  type SignalState,
  TRANSITIONS,
  type TransitionCommand,
  transition,
} from '../../src/domain/melding/status.js';
import { STATUSES, type Status } from '../../src/domain/melding/types.js';

const actor = { userId: 'u1', name: 'Sanne de Vries', role: 'meldpunt' };
const received = new Date('2026-03-02T09:00:00Z');
const now = new Date('2026-03-04T10:00:00Z'); // Wednesday; today is 2026-03-04

function state(status: Status, extra: Partial<SignalState> = {}): SignalState {
  return {
    status,
    categoryId: 'cat',
    acknowledgeDueOn: '2026-03-05',
    triageDueOn: '2026-03-16',
    acknowledgedAt: status === 'ontvangen' ? null : received,
    triagedAt: null,
    infoDueOn: null,
    nextDueOn: '2026-03-05',
    decisionOutcome: null,
    closeReason: null,
    statusChangedAt: received,
    ...extra,
  };
}

/** A command that satisfies the conditions of each target status. */
const complete: Record<Status, TransitionCommand> = {
  ontvangen: { to: 'ontvangen' },
  in_behandeling: { to: 'in_behandeling' },
  meer_informatie_nodig: { to: 'meer_informatie_nodig', dueOn: '2026-03-20', note: 'Navragen bij school' },
  geagendeerd: { to: 'geagendeerd' },
  besloten: { to: 'besloten', outcome: 'zorgen_geen_radicalisering', note: 'Zorgen over thuissituatie' },
  afgesloten: { to: 'afgesloten', closeReason: 'geen_zorgen' },
};

const allowedPairs = Object.entries(TRANSITIONS).flatMap(([from, tos]) =>
  tos.map((to) => [from as Status, to] as const),
);
const refusedPairs = STATUSES.flatMap((from) =>
  STATUSES.filter((to) => !TRANSITIONS[from].includes(to)).map((to) => [from, to] as const),
);

describe('signal state machine', () => {
  it('has exactly these allowed steps', () => {
    expect(TRANSITIONS).toEqual({
      ontvangen: ['in_behandeling', 'afgesloten'],
      in_behandeling: ['meer_informatie_nodig', 'geagendeerd', 'afgesloten'],
      meer_informatie_nodig: ['in_behandeling', 'geagendeerd', 'afgesloten'],
      geagendeerd: ['besloten', 'meer_informatie_nodig', 'in_behandeling'],
      besloten: ['afgesloten'],
      afgesloten: [],
    });
  });

  it.each(allowedPairs)('allows %s → %s and records who and when', (from, to) => {
    const r = transition(state(from), complete[to], actor, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.status).toBe(to);
    expect(r.state.statusChangedAt).toEqual(now);
    expect(r.event).toMatchObject({ kind: 'status', from, to, actor, at: now });
  });

  it.each(refusedPairs)('refuses %s → %s', (from, to) => {
    const r = transition(state(from), complete[to], actor, now);
    expect(r).toEqual({ ok: false, reason: 'not_allowed', allowed: TRANSITIONS[from] });
  });

  it('refuses an unknown status', () => {
    const r = transition(state('ontvangen'), { to: 'gearchiveerd' }, actor, now);
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === 'invalid') expect(r.errors[0]?.field).toBe('to');
  });

  it.each([
    ['no due date', { to: 'meer_informatie_nodig', note: 'x' }, ['dueOn']],
    ['a due date today', { to: 'meer_informatie_nodig', dueOn: '2026-03-04', note: 'x' }, ['dueOn']],
    ['an impossible due date', { to: 'meer_informatie_nodig', dueOn: '2026-02-30', note: 'x' }, ['dueOn']],
    ['no note', { to: 'meer_informatie_nodig', dueOn: '2026-03-10', note: '  ' }, ['note']],
  ])('needs a due date after today and a note for more information: %s', (_n, cmd, fields) => {
    const r = transition(state('in_behandeling'), cmd, actor, now);
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === 'invalid') expect(r.errors.map((e) => e.field)).toEqual(fields);
  });

  it('needs a category before the agenda and a decision', () => {
    const r = transition(state('in_behandeling', { categoryId: null }), { to: 'geagendeerd' }, actor, now);
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === 'invalid') expect(r.errors.map((e) => e.field)).toEqual(['categoryId']);
  });

  it.each([
    ['no outcome', { to: 'besloten', note: 'x' }, ['outcome']],
    ['an unknown outcome', { to: 'besloten', outcome: 'hoog_risico', note: 'x' }, ['outcome']],
    ['no motivation', { to: 'besloten', outcome: 'geen_zorgen' }, ['note']],
  ])('needs an outcome and a motivation to decide: %s', (_n, cmd, fields) => {
    const r = transition(state('geagendeerd'), cmd, actor, now);
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === 'invalid') expect(r.errors.map((e) => e.field)).toEqual(fields);
  });

  it.each([
    ['no reason', { to: 'afgesloten' }, ['closeReason']],
    ['an unknown reason', { to: 'afgesloten', closeReason: 'weg' }, ['closeReason']],
    ['"anders" without a note', { to: 'afgesloten', closeReason: 'anders' }, ['note']],
  ])('needs a reason to close: %s', (_n, cmd, fields) => {
    const r = transition(state('in_behandeling'), cmd, actor, now);
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === 'invalid') expect(r.errors.map((e) => e.field)).toEqual(fields);
  });

  it('sets the acknowledgement once, when the signal leaves "ontvangen"', () => {
    const r = transition(state('ontvangen'), { to: 'in_behandeling' }, actor, now);
    expect(r.ok && r.state.acknowledgedAt).toEqual(now);
    expect(r.ok && r.state.nextDueOn).toBe('2026-03-16'); // the triage deadline remains
  });

  it('sets triage when the signal is put on the agenda, and keeps the first time', () => {
    const r = transition(state('in_behandeling'), { to: 'geagendeerd' }, actor, now);
    expect(r.ok && r.state.triagedAt).toEqual(now);
    expect(r.ok && r.state.nextDueOn).toBeNull();
    const earlier = new Date('2026-03-03T08:00:00Z');
    const back = transition(
      state('geagendeerd', { triagedAt: earlier }),
      complete.meer_informatie_nodig,
      actor,
      now,
    );
    expect(back.ok && back.state.triagedAt).toEqual(earlier);
    expect(back.ok && back.state.infoDueOn).toBe('2026-03-20');
    expect(back.ok && back.state.nextDueOn).toBe('2026-03-20');
  });

  it('clears the information due date when the information arrives', () => {
    const waiting = state('meer_informatie_nodig', { infoDueOn: '2026-03-20' });
    const r = transition(waiting, { to: 'in_behandeling', note: 'School heeft gebeld' }, actor, now);
    expect(r.ok && r.state.infoDueOn).toBeNull();
    expect(r.ok && r.event.note).toBe('School heeft gebeld');
  });

  it('records the outcome and the reason in the state and the event', () => {
    const r = transition(state('geagendeerd'), complete.besloten, actor, now);
    expect(r.ok && r.state.decisionOutcome).toBe('zorgen_geen_radicalisering');
    expect(r.ok && r.event.data).toEqual({ outcome: 'zorgen_geen_radicalisering' });
    const c = transition(state('besloten'), complete.afgesloten, actor, now);
    expect(c.ok && c.state.closeReason).toBe('geen_zorgen');
    expect(c.ok && c.state.nextDueOn).toBeNull();
  });
});

describe('publicStatus', () => {
  it.each([
    ['ontvangen', 'ontvangen'],
    ['in_behandeling', 'in_behandeling'],
    ['meer_informatie_nodig', 'in_behandeling'],
    ['geagendeerd', 'in_behandeling'],
    ['besloten', 'in_behandeling'],
    ['afgesloten', 'afgerond'],
  ] as const)('%s is shown as %s', (status, expected) => {
    expect(publicStatus(status)).toBe(expected);
  });
});
