import { describe, expect, it } from 'vitest';
import { reminderDue, reminderMail } from '../../../src/domain/deskundigheid/reminders.js';

const held = (heldOn: string) => ({ heldOn, level: 'signalen', validMonths: 36 }) as const;

describe('reminderDue', () => {
  it.each([
    // Valid until 2026-06-30: expiring from 2026-05-01 (60 days before), overdue from 2026-07-01.
    ['long valid', [held('2023-07-01')], '2026-04-01', null, null],
    ['expiring', [held('2023-07-01')], '2026-06-01', null, { status: 'verloopt', periodStart: '2026-05-01' }],
    ['expiring, reminded already', [held('2023-07-01')], '2026-06-01', '2026-05-02', null],
    [
      'overdue after an expiring reminder',
      [held('2023-07-01')],
      '2026-07-05',
      '2026-05-02',
      { status: 'verlopen', periodStart: '2026-07-01' },
    ],
    ['overdue, reminded already', [held('2023-07-01')], '2026-09-01', '2026-07-05', null],
    ['never trained: no reminder', [], '2026-06-01', null, null],
    ['a refresher followed: none', [held('2023-07-01'), held('2026-05-15')], '2026-06-01', null, null],
  ] as const)('%s', (_, completed, today, last, want) => {
    expect(reminderDue('signalen', completed, today, last)).toEqual(want);
  });
});

describe('reminderMail', () => {
  it('names no training, date or history', () => {
    const m = reminderMail('verloopt', 'Gemeente Lindeburg');
    expect(m.text).not.toMatch(/\d{4}|ROR|training radicalisering/);
    expect(m.text).toContain('opleidingscoördinator van Gemeente Lindeburg');
  });
});
