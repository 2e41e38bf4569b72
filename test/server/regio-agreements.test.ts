import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/test-app.js';
import { createOverlegApp, makeSignal, type OverlegTestApp, U } from './overleggen-fixtures.js';

// The test clock stands at 2026-03-02 09:00 UTC.
let t: OverlegTestApp;
let regionAdmin: TestClient;
let officer: TestClient;
let otherOfficer: TestClient;
let lindeburgAdmin: TestClient;
let region: string;
let oosterveen: string;

// The region's functioneel beheerder of the demo (src/demo/seed-regio.ts).
const REGION_ADMIN = 'Bram Veenstra';
let demoAgreements = 0;

beforeAll(async () => {
  t = await createOverlegApp();
  const r = await t.tdb.db.query<{ id: string }>(
    "SELECT id FROM organisation WHERE name = 'Regio Veenstroom'",
  );
  region = r.rows[0]?.id as string;
  oosterveen = t.org.oosterveen;
  const n = await t.tdb.db.query<{ n: string }>('SELECT count(*) AS n FROM regio_agreement');
  demoAgreements = Number(n.rows[0]?.n);
  regionAdmin = await t.client(REGION_ADMIN);
  officer = await t.client(U.officer);
  otherOfficer = await t.client(U.otherOfficer);
  lindeburgAdmin = await t.client(U.admin);
}, 60_000);
afterAll(() => t?.close());

const agreement = (o: Record<string, unknown> = {}) => ({
  municipalityId: oosterveen,
  task: 'regionaal_meldpunt',
  startsOn: '2026-01-01',
  endsOn: null,
  note: 'Oosterveen heeft geen eigen meldpunt.',
  ...o,
});

describe('regional agreements', () => {
  let id = '';

  it('offers the region’s municipalities to the region’s administrator only', async () => {
    const c = await regionAdmin.get('/api/regio/afspraken/keuzes');
    expect(c.statusCode).toBe(200);
    const names = c.json().municipalities.map((m: { name: string }) => m.name);
    expect(names).toEqual(['Gemeente Brakelveen', 'Gemeente Lindeburg', 'Gemeente Oosterveen']);
    const own = await lindeburgAdmin.get('/api/regio/afspraken/keuzes');
    expect(own.json()).toEqual({ region: null, municipalities: [], covenants: [] });
  });

  it('is recorded by the region, on both sides of the log', async () => {
    const res = await regionAdmin.post('/api/regio/afspraken', agreement());
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    const log = await t.tdb.db.query<{ tenant_id: string }>(
      "SELECT tenant_id FROM access_log WHERE object_type = 'regio_afspraak' AND object_id = $1 AND action = 'create'",
      [id],
    );
    expect(log.rows.map((x) => x.tenant_id).sort()).toEqual([region, oosterveen].sort());
  });

  it('refuses a municipality’s administrator, and a second agreement for the same task and days', async () => {
    expect((await lindeburgAdmin.post('/api/regio/afspraken', agreement())).statusCode).toBe(403);
    const twice = await regionAdmin.post('/api/regio/afspraken', agreement({ startsOn: '2026-06-01' }));
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0].field).toBe('startsOn');
    const other = await regionAdmin.post(
      '/api/regio/afspraken',
      agreement({ task: 'regionaal_casusoverleg' }),
    );
    expect(other.statusCode, other.body).toBe(201);
  });

  it('names the field of a draft’s rule in Dutch and English', async () => {
    const res = await regionAdmin.post(
      '/api/regio/afspraken',
      agreement({ task: 'regie_door_gemeente', startsOn: '2026-02-01', endsOn: '2026-01-01' }),
    );
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['endsOn', 'actingMunicipalityId']));
    const notMember = await regionAdmin.post(
      '/api/regio/afspraken',
      agreement({ municipalityId: t.org.politie }),
    );
    expect(notMember.json().errors[0].field).toBe('municipalityId');
  });

  it('records regie by a larger municipality, seen by both municipalities and not by others', async () => {
    const res = await regionAdmin.post(
      '/api/regio/afspraken',
      agreement({ task: 'regie_door_gemeente', actingMunicipalityId: t.org.gemeente }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const regie = res.json().id;
    expect((await officer.get(`/api/regio/afspraken/${regie}`)).statusCode).toBe(200);
    expect((await otherOfficer.get(`/api/regio/afspraken/${regie}`)).statusCode).toBe(200);
    // Lindeburg takes no part in Oosterveen's meldpunt agreement.
    expect((await officer.get(`/api/regio/afspraken/${id}`)).statusCode).toBe(404);
    const page = (await officer.get(`/api/regio/afspraken?gemeente=${oosterveen}`)).json();
    expect(page.agreements.map((a: { id: string }) => a.id)).toEqual([regie]);
    expect(page.mayManage).toBe(false);
    // Oosterveen's officer sees its own agreements, not Brakelveen's.
    const own = (await otherOfficer.get('/api/regio/afspraken')).json();
    expect(
      own.agreements.every((a: { municipality: { id: string } }) => a.municipality.id === oosterveen),
    ).toBe(true);
  });

  it('pages the region’s list by cursor', async () => {
    const total = demoAgreements + 3;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { mayManage: boolean; agreements: Array<{ id: string }>; nextCursor: string | null } = (
        await regionAdmin.get(`/api/regio/afspraken?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      expect(page.mayManage).toBe(true);
      seen.push(...page.agreements.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const bad = await regionAdmin.get('/api/regio/afspraken?cursor=zzz');
    expect(bad.statusCode).toBe(400);
  });

  it('shows the agreements in force in the municipality’s processing register', async () => {
    const c = await t.client(U.privacy);
    const reg = (await c.get('/api/privacy/verwerkingsregister')).json();
    const names = reg.activities.map((a: { name: string }) => a.name);
    // Lindeburg acts for Oosterveen under the regie agreement.
    expect(names).toContain('Regionale samenwerking');
  });

  it('ends at the version read, hands the open signals back and logs both sides', async () => {
    const signal = await makeSignal(t, { withCategory: false, person: null, withSubject: false });
    await t.tdb.db.query('UPDATE signal SET tenant_id = $1, worked_by_region_id = $2 WHERE id = $3', [
      oosterveen,
      region,
      signal.id,
    ]);
    const before = (await regionAdmin.get(`/api/regio/afspraken/${id}`)).json();
    expect(before.openWork).toBe(1);
    const missing = await regionAdmin.post(`/api/regio/afspraken/${id}/beeindigen`, {
      version: before.version,
      reason: ' ',
    });
    expect(missing.json().errors[0].field).toBe('reason');
    const stale = await regionAdmin.post(`/api/regio/afspraken/${id}/beeindigen`, {
      version: before.version + 5,
      reason: 'Eigen meldpunt',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.version).toBe(before.version);
    const res = await regionAdmin.post(`/api/regio/afspraken/${id}/beeindigen`, {
      version: before.version,
      reason: 'Oosterveen heeft een eigen meldpunt ingericht.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().handedBack).toBe(1);
    const after = (await regionAdmin.get(`/api/regio/afspraken/${id}`)).json();
    expect(after.status).toBe('beeindigd');
    expect(after.openWork).toBe(0);
    const s = await t.tdb.db.query('SELECT worked_by_region_id FROM signal WHERE id = $1', [signal.id]);
    expect(s.rows[0]).toEqual({ worked_by_region_id: null });
    const log = await t.tdb.db.query<{ tenant_id: string }>(
      "SELECT tenant_id FROM access_log WHERE action = 'hand_back' AND object_id = $1",
      [signal.id],
    );
    expect(log.rows.map((x) => x.tenant_id).sort()).toEqual([region, oosterveen].sort());
    const again = await regionAdmin.post(`/api/regio/afspraken/${id}/beeindigen`, {
      version: after.version,
      reason: 'Nogmaals',
    });
    expect(again.statusCode).toBe(400);
    // Once ended, a new agreement for the same task may start.
    const anew = await regionAdmin.post('/api/regio/afspraken', agreement({ startsOn: '2026-04-01' }));
    expect(anew.statusCode, anew.body).toBe(201);
  });
});
