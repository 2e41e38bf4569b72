import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';

// The screens show moments in the browser's time zone; the journeys and this test use Amsterdam's. The
// formats take the zone when made, so the module is read after it is set.
process.env.TZ = 'Europe/Amsterdam';
let format: typeof import('../../src/web/ui/format');

describe('dates and times in the language shown', () => {
  beforeAll(async () => {
    format = await import('../../src/web/ui/format');
    await i18next.init({ lng: 'nl', resources: {} });
  });

  it.each([
    ['nl', '2026-12-02T04:58:51.123Z', '2 december 2026 om 05:58', '2 december 2026'],
    ['en', '2026-12-02T04:58:51.123Z', '2 December 2026 at 05:58', '2 December 2026'],
    // Summer time, and a moment just after midnight in Amsterdam that is still the day before in UTC.
    ['nl', '2026-08-26T22:30:00Z', '27 augustus 2026 om 00:30', '27 augustus 2026'],
    ['en', '2026-03-09T08:05:00Z', '9 March 2026 at 09:05', '9 March 2026'],
  ])('%s: %s is written "%s"', async (language, iso, moment, day) => {
    await i18next.changeLanguage(language);
    expect(format.formatDateTime(iso)).toBe(moment);
    // A meeting's moment is written the same way: no weekday.
    expect(format.formatDayAndTime(iso)).toBe(moment);
    expect(format.formatDate(iso)).toBe(day);
    expect(format.formatTime(iso)).toBe(moment.slice(-5));
  });

  it('writes a calendar day without shifting it by the time zone', async () => {
    await i18next.changeLanguage('nl');
    expect(format.formatDay('2026-12-31')).toBe('31 december 2026');
    await i18next.changeLanguage('en');
    expect(format.formatDay('2027-01-01')).toBe('1 January 2027');
  });
});
