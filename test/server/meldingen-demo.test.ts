import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed.js';
import { TRANSITIONS } from '../../src/domain/melding/status.js';
import type { Status } from '../../src/domain/melding/types.js';
import type { TestApp, TestClient } from '../helpers/test-app.js';
import { createTestDatabase } from '../helpers/test-db.js';
import { createMeldpuntApp, signedIn, USERS } from './meldingen-fixtures.js';

let t: TestApp;
let officer: TestClient;
beforeAll(async () => {
  t = await createMeldpuntApp();
  officer = await signedIn(t.app, USERS.officer);
});
afterAll(() => t.close());

interface Row {
  reference: string;
  channel: string;
  status: string;
  code: string | null;
  received_at: Date;
}

async function signals(db = t.tdb.db): Promise<Row[]> {
  return (
    await db.query<Row>(
      `SELECT s.reference, s.channel, s.status, c.code, s.received_at FROM signal s
         LEFT JOIN phenomenon_category c ON c.id = s.category_id ORDER BY s.received_at, s.reference`,
    )
  ).rows;
}

describe('the meldpunt demo data', () => {
  it('has about forty signals over eighteen months, across phenomena and channels', async () => {
    const rows = await signals();
    expect(rows.length).toBeGreaterThanOrEqual(38);
    expect(rows.length).toBeLessThanOrEqual(45);
    const first = rows[0]?.received_at.getTime() ?? 0;
    const last = rows.at(-1)?.received_at.getTime() ?? 0;
    expect((last - first) / 86_400_000).toBeGreaterThan(500);
    expect(new Set(rows.map((r) => r.channel))).toEqual(
      new Set([
        'webformulier',
        'telefoon',
        'email',
        'balie',
        'politie_cter',
        'ambtsbericht_aivd',
        'ketenpartner',
      ]),
    );
    expect(new Set(rows.map((r) => r.code).filter(Boolean)).size).toBe(7);
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set([
        'ontvangen',
        'in_behandeling',
        'meer_informatie_nodig',
        'geagendeerd',
        'besloten',
        'afgesloten',
      ]),
    );
  });

  it('links several signals to the same persons, shown as a timeline', async () => {
    const persons = await t.tdb.db.query<{ id: string; display_name: string; n: number }>(
      `SELECT p.id, p.display_name, count(*)::int AS n FROM person p JOIN signal_subject s ON s.person_id = p.id
        GROUP BY p.id, p.display_name ORDER BY n DESC, p.display_name`,
    );
    expect(persons.rows.length).toBeGreaterThanOrEqual(10);
    expect(persons.rows.filter((p) => p.n >= 2).length).toBeGreaterThanOrEqual(8);
    const milan = persons.rows.find((p) => p.display_name === 'Milan de Jong');
    expect(milan?.n).toBe(4);
    const page = (await officer.get(`/api/personen/${milan?.id}`)).json();
    expect(page.timeline).toHaveLength(4);
  });

  it('has mentions not linked yet, for which the officer gets suggestions', async () => {
    const open = await t.tdb.db.query<{ signal_id: string; name: string | null }>(
      `SELECT signal_id, name FROM signal_subject WHERE person_id IS NULL ORDER BY name`,
    );
    const names: Record<string, string[]> = {};
    for (const row of open.rows) {
      const s = (await officer.get(`/api/meldingen/${row.signal_id}/suggesties`)).json();
      names[row.name ?? '(naamloos)'] = s.subjects.flatMap(
        (x: { candidates: Array<{ displayName: string }> }) => x.candidates.map((c) => c.displayName),
      );
    }
    expect(names['I. Bouzid']).toEqual(['Ilias Bouzid']);
    expect(names['Milan de Jong']).toEqual(['Milan de Jong']);
    expect(names['(naamloos)']).toContain('Amira Haddou');
  });

  it('only ever took allowed steps', async () => {
    const events = await t.tdb.db.query<{ from_status: Status; to_status: Status }>(
      "SELECT from_status, to_status FROM signal_event WHERE kind = 'status'",
    );
    expect(events.rows.length).toBeGreaterThan(60);
    for (const e of events.rows) expect(TRANSITIONS[e.from_status]).toContain(e.to_status);
  });

  it('is the same every time it is created', async () => {
    const other = await createTestDatabase();
    try {
      await seedDemo(other.db);
      const strip = (rows: Row[]) =>
        rows.map(({ reference, channel, status, code }) => ({ reference, channel, status, code }));
      expect(strip(await signals(other.db))).toEqual(strip(await signals()));
    } finally {
      await other.drop();
    }
  });
});
