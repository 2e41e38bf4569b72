import { describe, expect, it } from 'vitest';
import {
  afterContact,
  checkFrequency,
  checkSnooze,
  dueOn,
  frequencyDays,
  MAX_SNOOZE_DAYS,
  reminderDue,
  snoozeDate,
  soonWindowDays,
  type UpkeepState,
  upkeep,
} from '../../src/domain/netwerk/contact-upkeep.js';

const monthly: UpkeepState = {
  frequency: { every: 4, unit: 'weken' },
  lastContactOn: '2026-11-01',
  startedOn: '2026-01-10',
  snoozedUntil: null,
};

describe('the target frequency', () => {
  it.each([
    [{ every: 10, unit: 'dagen' } as const, 10, 2],
    [{ every: 1, unit: 'weken' } as const, 7, 1],
    [{ every: 4, unit: 'weken' } as const, 28, 7],
    [{ every: 3, unit: 'dagen' } as const, 3, 1],
    [{ every: 52, unit: 'weken' } as const, 364, 14],
  ])('%o is %i days with a window of %i', (f, days, window) => {
    expect(frequencyDays(f)).toBe(days);
    expect(soonWindowDays(f)).toBe(window);
  });

  it.each([
    [4, 'weken', null],
    [730, 'dagen', null],
    [104, 'weken', null],
    [731, 'dagen', 'twee jaar'],
    [105, 'weken', 'twee jaar'],
    [0, 'dagen', 'ten minste 1'],
    [2.5, 'weken', 'ten minste 1'],
    ['4', 'weken', 'ten minste 1'],
    [4, 'maanden', 'dagen of weken'],
  ] as const)('%o %s: %s', (every, unit, says) => {
    const issues = checkFrequency(every, unit);
    if (says === null) expect(issues).toEqual([]);
    else {
      expect(issues).toHaveLength(1);
      expect(issues[0]?.field).toBe('frequency');
      expect(issues[0]?.nl).toContain(says);
      expect(issues[0]?.en.length).toBeGreaterThan(0);
    }
  });
});

describe('the due date and the status', () => {
  it('is one period after the last contact, or after the start when there was none', () => {
    expect(dueOn(monthly)).toBe('2026-11-29');
    expect(dueOn({ ...monthly, lastContactOn: null })).toBe('2026-02-07');
  });

  it.each([
    ['2026-11-21', 'op_tijd', 0],
    ['2026-11-22', 'binnenkort', 0],
    ['2026-11-29', 'binnenkort', 0],
    ['2026-11-30', 'achterstallig', 1],
    ['2027-01-28', 'achterstallig', 60],
  ] as const)('on %s it is %s, %i days overdue', (today, status, days) => {
    const u = upkeep(monthly, today);
    expect(u.status).toBe(status);
    expect(u.dueOn).toBe('2026-11-29');
    expect(u.daysOverdue).toBe(days);
    expect(u.snoozedUntil).toBeNull();
  });

  it('a new contact without a contact yet is not overdue on its first day', () => {
    const fresh: UpkeepState = { ...monthly, lastContactOn: null, startedOn: '2026-12-04' };
    expect(upkeep(fresh, '2026-12-04').status).toBe('op_tijd');
  });

  it('a snooze in force hides binnenkort and achterstallig until its date, which it does not include', () => {
    const snoozed = { ...monthly, snoozedUntil: '2026-12-10' };
    expect(upkeep(snoozed, '2026-11-25')).toMatchObject({ status: 'gesnoozed', snoozedUntil: '2026-12-10' });
    expect(upkeep(snoozed, '2026-12-05')).toMatchObject({ status: 'gesnoozed', daysOverdue: 6 });
    expect(upkeep(snoozed, '2026-12-09').status).toBe('gesnoozed');
    expect(upkeep(snoozed, '2026-12-10')).toMatchObject({ status: 'achterstallig', snoozedUntil: null });
  });

  it('a snooze on a contact that is on time does not change its status', () => {
    const u = upkeep({ ...monthly, snoozedUntil: '2026-11-25' }, '2026-11-10');
    expect(u.status).toBe('op_tijd');
    expect(u.snoozedUntil).toBe('2026-11-25');
  });
});

describe('snoozing', () => {
  const today = '2026-12-04'; // monthly is achterstallig since 2026-11-30

  it.each([
    ['2026-12-11', null],
    [snoozeDate(today, MAX_SNOOZE_DAYS), null],
    [snoozeDate(today, MAX_SNOOZE_DAYS + 1), 'hoogstens 90 dagen'],
    ['2026-12-04', 'na vandaag'],
    ['2026-12-01', 'na vandaag'],
    ['2026-02-30', 'geldige datum'],
    ['morgen', 'geldige datum'],
  ] as const)('until %s: %s', (until, says) => {
    const issues = checkSnooze(monthly, until, today);
    if (says === null) expect(issues).toEqual([]);
    else {
      expect(issues[0]?.field).toBe('snoozedUntil');
      expect(issues[0]?.nl).toContain(says);
    }
  });

  it('a contact that is on time cannot be snoozed; one already snoozed can be snoozed again', () => {
    expect(checkSnooze(monthly, '2026-11-20', '2026-11-10')[0]?.nl).toContain('op tijd');
    expect(checkSnooze({ ...monthly, snoozedUntil: '2026-12-08' }, '2026-12-20', today)).toEqual([]);
  });

  it('offers dates a number of days ahead', () => {
    expect(snoozeDate('2026-12-28', 7)).toBe('2027-01-04');
  });
});

describe('logging a contact', () => {
  it('a later contact becomes the last one and ends the snooze', () => {
    const s = afterContact({ ...monthly, snoozedUntil: '2026-12-10' }, '2026-12-03');
    expect(s.lastContactOn).toBe('2026-12-03');
    expect(s.snoozedUntil).toBeNull();
    expect(upkeep(s, '2026-12-04').status).toBe('op_tijd');
  });

  it('a backfilled older contact changes nothing', () => {
    const before = { ...monthly, snoozedUntil: '2026-12-10' };
    expect(afterContact(before, '2026-10-15')).toBe(before);
    expect(afterContact(before, '2026-11-01')).toBe(before);
  });

  it('the first contact ever is the last one', () => {
    expect(afterContact({ ...monthly, lastContactOn: null }, '2026-03-01').lastContactOn).toBe('2026-03-01');
  });
});

describe('the reminder mail', () => {
  it.each([
    ['on time', monthly, null, '2026-11-20', false],
    ['soon', monthly, null, '2026-11-28', false],
    ['overdue, never reminded', monthly, null, '2026-11-30', true],
    ['overdue, reminded in an earlier cycle', monthly, '2026-10-30', '2026-11-30', true],
    ['overdue, reminded on the due date', monthly, '2026-11-29', '2026-12-01', true],
    ['overdue, reminded yesterday', monthly, '2026-11-30', '2026-12-01', false],
    ['overdue, reminded 13 days ago', monthly, '2026-11-30', '2026-12-13', false],
    ['overdue, reminded 14 days ago', monthly, '2026-11-30', '2026-12-14', true],
    ['snoozed', { ...monthly, snoozedUntil: '2026-12-20' }, null, '2026-12-05', false],
    ['snooze ran out today', { ...monthly, snoozedUntil: '2026-12-05' }, '2026-11-30', '2026-12-05', true],
    [
      'snooze ran out, reminded since',
      { ...monthly, snoozedUntil: '2026-12-05' },
      '2026-12-05',
      '2026-12-06',
      false,
    ],
  ] as const)('%s: %s', (_name, state, lastRemindedOn, today, due) => {
    expect(reminderDue(state, lastRemindedOn, today)).toBe(due);
  });
});
