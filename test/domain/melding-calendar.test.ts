import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  amsterdamDate,
  amsterdamNoon,
  amsterdamStartOfDay,
  dutchPublicHolidays,
  easterSunday,
  isValidDate,
  isWorkingDay,
} from '../../src/domain/melding/calendar.js';
import { deadlineView, intakeDeadlines, nextDueOn } from '../../src/domain/melding/deadlines.js';

describe('calendar', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
  ])('Easter %i is on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('lists the Dutch public holidays of 2026', () => {
    expect(dutchPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-05',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('moves Koningsdag to the 26th when the 27th is a Sunday', () => {
    expect(dutchPublicHolidays(2025)).toContain('2025-04-26');
    expect(dutchPublicHolidays(2025)).not.toContain('2025-04-27');
  });

  it.each([
    ['2026-03-02', true], // Monday
    ['2026-03-07', false], // Saturday
    ['2026-03-08', false], // Sunday
    ['2026-04-06', false], // Tweede Paasdag
    ['2026-04-03', true], // Goede Vrijdag is a working day
    ['2026-12-25', false],
  ])('%s is a working day: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['2026-03-02', 3, '2026-03-05'], // Mon + 3 = Thu
    ['2026-03-06', 1, '2026-03-09'], // Fri + 1 = Mon
    ['2026-03-07', 1, '2026-03-09'], // Sat + 1 = Mon
    ['2026-04-02', 3, '2026-04-08'], // over Easter Monday
    ['2026-12-23', 3, '2026-12-29'], // over Christmas
    ['2026-03-02', 0, '2026-03-02'],
    ['2026-03-02', 10, '2026-03-16'],
  ])('%s plus %i working days is %s', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it('uses the Amsterdam date, not the UTC date', () => {
    expect(amsterdamDate(new Date('2026-03-06T23:30:00Z'))).toBe('2026-03-07');
    expect(amsterdamDate(new Date('2026-07-06T22:30:00Z'))).toBe('2026-07-07');
    expect(amsterdamDate(new Date('2026-07-06T21:30:00Z'))).toBe('2026-07-06');
  });

  it('gives noon in Amsterdam in winter and summer time', () => {
    expect(amsterdamNoon('2026-01-15').toISOString()).toBe('2026-01-15T11:00:00.000Z');
    expect(amsterdamNoon('2026-07-15').toISOString()).toBe('2026-07-15T10:00:00.000Z');
  });

  it('gives the start of a day in Amsterdam, also on the days the clock changes', () => {
    expect(amsterdamStartOfDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(amsterdamStartOfDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(amsterdamStartOfDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(amsterdamStartOfDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });

  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['26-01-01', false],
  ])('%s is a valid date: %s', (date, expected) => {
    expect(isValidDate(date)).toBe(expected);
  });
});

describe('deadlines', () => {
  const settings = { acknowledgeWorkingDays: 3, triageWorkingDays: 10 };
  const received = new Date('2026-03-06T16:00:00Z'); // Friday afternoon

  it('counts from the Amsterdam date of receipt', () => {
    expect(intakeDeadlines(received, settings)).toEqual({
      acknowledgeDueOn: '2026-03-11',
      triageDueOn: '2026-03-20',
    });
    // 23:30 UTC on Friday is Saturday in Amsterdam: three working days from Saturday is Wednesday.
    expect(intakeDeadlines(new Date('2026-03-06T23:30:00Z'), settings).acknowledgeDueOn).toBe('2026-03-11');
  });

  const base = {
    status: 'ontvangen' as const,
    acknowledgeDueOn: '2026-03-11',
    triageDueOn: '2026-03-20',
    acknowledgedAt: null,
    triagedAt: null,
    infoDueOn: null,
  };
  const done = new Date('2026-03-09T10:00:00Z');

  it.each([
    ['nothing done yet', base, '2026-03-11'],
    ['acknowledged', { ...base, status: 'in_behandeling' as const, acknowledgedAt: done }, '2026-03-20'],
    [
      'waiting for information due earlier than triage',
      { ...base, status: 'meer_informatie_nodig' as const, acknowledgedAt: done, infoDueOn: '2026-03-13' },
      '2026-03-13',
    ],
    [
      'triaged, waiting for information',
      {
        ...base,
        status: 'meer_informatie_nodig' as const,
        acknowledgedAt: done,
        triagedAt: done,
        infoDueOn: '2026-04-01',
      },
      '2026-04-01',
    ],
    ['triaged', { ...base, status: 'geagendeerd' as const, acknowledgedAt: done, triagedAt: done }, null],
    ['closed', { ...base, status: 'afgesloten' as const }, null],
  ])('next due date when %s', (_name, facts, expected) => {
    expect(nextDueOn(facts)).toBe(expected);
  });

  it('marks an open deadline overdue the day after its due date', () => {
    expect(deadlineView(base, '2026-03-11').overdue).toBe(false);
    const late = deadlineView(base, '2026-03-12');
    expect(late.acknowledge.overdue).toBe(true);
    expect(late.triage.overdue).toBe(false);
    expect(late.overdue).toBe(true);
    const met = deadlineView({ ...base, status: 'in_behandeling', acknowledgedAt: done }, '2026-03-12');
    expect(met.overdue).toBe(false);
    expect(deadlineView({ ...base, status: 'afgesloten' }, '2026-06-01').overdue).toBe(false);
  });
});
