import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../helpers/test-app.js';
import { createMeldpuntApp, melding, municipalityId, signedIn, visitor } from './meldingen-fixtures.js';

// The demo's agreements start 120 days before the seed: the clock stands at today, as the demo does.
let t: TestApp;
let brakelveen: string;
let region: string;
let yara: TestClient;
let wim: TestClient;
let sanne: TestClient;
let signalId = '';
let reference = '';

interface LogRow {
  tenant_id: string;
  actor_organisation_id: string;
  on_behalf_of: string | null;
  action: string;
}

async function logOf(objectId: string): Promise<LogRow[]> {
  const r = await t.tdb.db.query<LogRow>(
    `SELECT tenant_id, actor_organisation_id, on_behalf_of, action FROM access_log
      WHERE object_id = $1 OR object_id LIKE '%' || $1 || '%' ORDER BY id`,
    [objectId],
  );
  return r.rows;
}

beforeAll(async () => {
  t = await createMeldpuntApp();
  t.clock.advance(Date.now() - t.clock.now().getTime());
  brakelveen = await municipalityId(t.app, 'Gemeente Brakelveen');
  const r = await t.tdb.db.query<{ id: string }>(
    "SELECT id FROM organisation WHERE name = 'Regio Veenstroom'",
  );
  region = r.rows[0]?.id as string;
  yara = await signedIn(t.app, 'Yara Kok');
  wim = await signedIn(t.app, 'Wim de Haan');
  sanne = await signedIn(t.app, 'Sanne de Vries');
}, 60_000);
afterAll(() => t?.close());

describe('the regional meldpunt', () => {
  it('routes a public report about Brakelveen to the region; the signal stays Brakelveen’s', async () => {
    const v = await visitor(t.app);
    const res = await v.post('/api/public/meldingen', melding({ municipalityId: brakelveen }));
    expect(res.statusCode, res.body).toBe(201);
    reference = res.json().reference;
    const s = await t.tdb.db.query<{ id: string; tenant_id: string; worked_by_region_id: string }>(
      // References count per municipality: Lindeburg has the same one.
      'SELECT id, tenant_id, worked_by_region_id FROM signal WHERE reference = $1 AND tenant_id = $2',
      [reference, brakelveen],
    );
    signalId = s.rows[0]?.id as string;
    expect(s.rows[0]).toMatchObject({ tenant_id: brakelveen, worked_by_region_id: region });
    const log = await logOf(signalId);
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'create', tenant_id: brakelveen }),
        expect.objectContaining({ action: 'route', tenant_id: region, on_behalf_of: brakelveen }),
      ]),
    );
  });

  it('puts it on the region’s worklist and counts, not on another municipality’s', async () => {
    const list = (await yara.get('/api/meldingen')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(signalId);
    expect((await yara.get('/api/meldingen/aantallen')).json().open).toBeGreaterThan(0);
    const lindeburg = (await sanne.get('/api/meldingen')).json();
    expect(lindeburg.items.map((i: { id: string }) => i.id)).not.toContain(signalId);
    // Brakelveen's own officer sees it: it is Brakelveen's signal.
    const own = (await wim.get('/api/meldingen')).json();
    expect(own.items.map((i: { id: string }) => i.id)).toContain(signalId);
    const listed = await t.tdb.db.query<LogRow>(
      `SELECT tenant_id, actor_organisation_id, on_behalf_of, action FROM access_log
        WHERE object_type = 'signal_list' AND actor_organisation_id = $1 AND object_id LIKE '%' || $2 || '%'`,
      [region, signalId],
    );
    expect(listed.rows[0]).toMatchObject({ tenant_id: brakelveen, on_behalf_of: brakelveen });
  });

  it('is read and worked by the region’s meldpunt, each step logged on Brakelveen’s behalf', async () => {
    const read = await yara.get(`/api/meldingen/${signalId}`);
    expect(read.statusCode, read.body).toBe(200);
    const version = read.json().version;
    const step = await yara.post(`/api/meldingen/${signalId}/status`, { to: 'in_behandeling', version });
    expect(step.statusCode, step.body).toBe(200);
    const entries = (await logOf(signalId)).filter((e) => e.actor_organisation_id === region);
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const e of entries.filter((x) => x.action !== 'route')) {
      expect(e).toMatchObject({ tenant_id: brakelveen, on_behalf_of: brakelveen });
    }
    // The signal stays Brakelveen's: its retention and figures are Brakelveen's.
    const s = await t.tdb.db.query('SELECT tenant_id, status FROM signal WHERE id = $1', [signalId]);
    expect(s.rows[0]).toEqual({ tenant_id: brakelveen, status: 'in_behandeling' });
  });

  it('gives the region nothing of a municipality that has its own meldpunt', async () => {
    const own = await t.tdb.db.query<{ id: string }>(
      "SELECT s.id FROM signal s JOIN organisation o ON o.id = s.tenant_id WHERE o.name = 'Gemeente Lindeburg' LIMIT 1",
    );
    expect((await yara.get(`/api/meldingen/${own.rows[0]?.id}`)).statusCode).toBe(404);
    const lindeburg = await municipalityId(t.app);
    const v = await visitor(t.app);
    const res = await v.post('/api/public/meldingen', melding({ municipalityId: lindeburg }));
    const s = await t.tdb.db.query(
      'SELECT worked_by_region_id FROM signal WHERE reference = $1 AND tenant_id = $2',
      [res.json().reference, lindeburg],
    );
    expect(s.rows[0]).toEqual({ worked_by_region_id: null });
  });

  it('goes back to Brakelveen when the agreement ends', async () => {
    const bram = await signedIn(t.app, 'Bram Veenstra');
    const a = await t.tdb.db.query<{ id: string; version: number }>(
      "SELECT id, version FROM regio_agreement WHERE municipality_id = $1 AND task = 'regionaal_meldpunt'",
      [brakelveen],
    );
    const agreement = a.rows[0] as { id: string; version: number };
    const res = await bram.post(`/api/regio/afspraken/${agreement.id}/beeindigen`, {
      version: agreement.version,
      reason: 'Brakelveen richt een eigen meldpunt in.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().handedBack).toBeGreaterThanOrEqual(1);
    expect((await yara.get(`/api/meldingen/${signalId}`)).statusCode).toBe(404);
    expect((await wim.get(`/api/meldingen/${signalId}`)).statusCode).toBe(200);
  });
});
