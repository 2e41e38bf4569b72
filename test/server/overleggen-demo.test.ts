import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOverlegApp, type OverlegTestApp, U } from './overleggen-fixtures.js';

let t: OverlegTestApp;
beforeAll(async () => {
  t = await createOverlegApp();
  // The demo is dated from the real day it was made; look at it from that day.
  t.clock.advance(Date.now() - t.clock.now().getTime());
});
afterAll(() => t.close());

const q = <T>(sql: string, params: unknown[] = []) => t.tdb.db.query<T>(sql, params).then((r) => r.rows);

describe('the meetings demo data', () => {
  it('has a weekly signaleringsoverleg with past meetings, all with approved minutes', async () => {
    const series = await q<{ id: string; frequency: string }>('SELECT id, frequency FROM meeting_series');
    expect(series).toHaveLength(1);
    expect(series[0]?.frequency).toBe('wekelijks');
    const meetings = await q<{ starts_at: Date; status: string; minutes: string }>(
      `SELECT m.starts_at, m.status, mi.status AS minutes FROM meeting m JOIN meeting_minutes mi ON mi.meeting_id = m.id
        WHERE m.series_id = $1 ORDER BY m.starts_at`,
      [series[0]?.id],
    );
    const now = Date.now();
    const past = meetings.filter((m) => m.starts_at.getTime() < now - 3 * 3_600_000);
    expect(past.length).toBeGreaterThanOrEqual(20);
    expect(past.every((m) => m.status === 'afgerond' && m.minutes === 'definitief')).toBe(true);
    const days = new Set(meetings.map((m) => m.starts_at.getUTCDay()));
    expect(days.size).toBe(1);
    expect(meetings.filter((m) => m.starts_at.getTime() > now).length).toBeGreaterThanOrEqual(3);
  });

  it('agrees with the meldpunt: every triage decision has the outcome the signal has', async () => {
    const rows = await q<{ outcome: string; decision_outcome: string | null; status: string }>(
      `SELECT d.outcome, s.decision_outcome, s.status FROM meeting_decision d
         JOIN agenda_item i ON i.id = d.item_id JOIN signal s ON s.id = i.signal_id
        WHERE d.kind = 'signaleringsoverleg' AND d.status = 'vastgesteld'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const r of rows) expect(r.decision_outcome).toBe(r.outcome);
    expect(new Set(rows.map((r) => r.outcome)).size).toBeGreaterThanOrEqual(3);
  });

  it("puts every signal the meldpunt has 'geagendeerd' on an open agenda", async () => {
    const rows = await q<{ reference: string; open: number }>(
      `SELECT s.reference,
              (SELECT count(*)::int FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
                WHERE i.signal_id = s.id AND m.status IN ('voorbereiding', 'agenda_gepubliceerd')) AS open
         FROM signal s WHERE s.status = 'geagendeerd'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.open, r.reference).toBe(1);
  });

  it('has a weegploeg whose yes opened a case and handed the signal over, and a next weegploeg', async () => {
    const yes = await q<{ casus_id: string; opened: string; status: string; close_reason: string }>(
      `SELECT d.casus_id, c.opened_from_decision_id AS opened, s.status, s.close_reason FROM meeting_decision d
         JOIN casus c ON c.id = d.casus_id JOIN agenda_item i ON i.id = d.item_id JOIN signal s ON s.id = i.signal_id
        WHERE d.kind = 'weegploeg' AND d.outcome = 'pga_ja'`,
    );
    expect(yes.length).toBeGreaterThanOrEqual(1);
    expect(yes[0]).toMatchObject({ status: 'afgesloten', close_reason: 'overgedragen_casusoverleg' });
    const next = await q<{ status: string; outcome: string | null }>(
      `SELECT s.status, s.decision_outcome AS outcome FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
         JOIN signal s ON s.id = i.signal_id WHERE m.type = 'weegploeg' AND m.status = 'agenda_gepubliceerd'`,
    );
    expect(next.length).toBeGreaterThan(0);
    for (const r of next) expect(r).toEqual({ status: 'besloten', outcome: 'zorgen_radicalisering' });
  });

  it('has two casusoverleggen, the held one with decisions and actions of which some are overdue', async () => {
    const meetings = await q<{ id: string; status: string }>(
      "SELECT id, status FROM meeting WHERE type = 'casusoverleg' ORDER BY starts_at",
    );
    expect(meetings.map((m) => m.status)).toEqual(['afgerond', 'agenda_gepubliceerd']);
    const police = await t.client(U.police);
    const mine = (await police.get('/api/acties/mijn')).json();
    expect(mine.overdueCount).toBeGreaterThanOrEqual(1);
    const officer = await t.client(U.officer);
    expect((await officer.get('/api/acties/mijn/aantallen')).json().overdueCount).toBeGreaterThanOrEqual(1);
    const held = (await officer.get(`/api/overleggen/${meetings[0]?.id}`)).json();
    expect(held.items.length).toBe(2);
    expect(
      held.items.every((i: { decision: { status: string } | null }) => i.decision?.status === 'vastgesteld'),
    ).toBe(true);
  });

  it('names items by reference only, never by person', async () => {
    const titles = await q<{ title: string }>('SELECT title FROM agenda_item');
    for (const { title } of titles) expect(title).toMatch(/^(Signaal M-\d{4}-\d+|Casus C-\d{4}-\d+)$/);
  });
});
