import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/test-app.js';
import { joinCase, makeCase } from './casus-fixtures.js';
import { signedIn } from './meldingen-fixtures.js';
import { createOverlegApp, type OverlegTestApp, U } from './overleggen-fixtures.js';

/**
 * Measure results (issue 17): recorded by the case's regie on an ended measure, versioned, and counted across
 * cases only through the disclosure control. Results here end in 2025, a year the demo data leaves empty.
 */
let t: OverlegTestApp;
let officer: TestClient;
let otherOfficer: TestClient;
let police: TestClient;
let mayor: TestClient;
let policy: TestClient;

beforeAll(async () => {
  t = await createOverlegApp();
  officer = await signedIn(t.app, U.officer);
  otherOfficer = await signedIn(t.app, U.otherOfficer);
  police = await signedIn(t.app, U.police);
  mayor = await signedIn(t.app, U.mayor);
  policy = await signedIn(t.app, U.policy);
});
afterAll(() => t.close());

async function endedMeasure(
  caseId: string,
  opts: { code?: string; status?: string; endsOn?: string | null } = {},
): Promise<string> {
  const catalogue = (await officer.get('/api/casussen/maatregelcatalogus')).json() as {
    id: string;
    code: string;
  }[];
  const entry = catalogue.find((c) => c.code === (opts.code ?? 'mentor'));
  const r = await officer.post(`/api/casussen/${caseId}/maatregelen`, {
    catalogueId: entry?.id,
    ownerOrganisationId: t.tenantId,
    startsOn: '2025-01-10',
    endsOn: opts.endsOn === undefined ? '2025-06-30' : opts.endsOn,
    status: opts.status ?? 'gepland',
    ...(opts.status === 'afgerond' ? { evaluationResult: 'Afgerond volgens plan.' } : {}),
  });
  expect(r.statusCode).toBe(201);
  return r.json().id as string;
}

const elementsOf = async (caseId: string) =>
  (
    (await officer.get(`/api/casussen/${caseId}/maatregelresultaten`)).json() as {
      elements: { id: string; label: string }[];
    }
  ).elements;

async function record(who: TestClient, caseId: string, measureId: string, body: Record<string, unknown>) {
  return who.request('PUT', `/api/casussen/${caseId}/maatregelen/${measureId}/resultaat`, body);
}

describe('recording the result of a measure', () => {
  it('is the regie’s, on an ended measure, versioned, and read by whoever reads the case', async () => {
    const c = await makeCase(t, { birthDate: '2008-05-01' });
    await joinCase(officer, c.id, t.org.politie);
    const measureId = await endedMeasure(c.id);
    const elements = await elementsOf(c.id);
    expect(elements.map((e) => e.label)).toContain('Vertrouwensband met de professional');
    const body = {
      outcome: 'deels',
      reason: 'Goede band met de mentor, maar school nog niet weer opgepakt.',
      elementIds: [elements[0]?.id],
      version: 0,
    };
    // Not the partner, not the mayor, not another municipality's officer.
    expect((await record(police, c.id, measureId, body)).statusCode).toBe(403);
    expect((await record(mayor, c.id, measureId, body)).statusCode).toBe(403);
    expect((await record(otherOfficer, c.id, measureId, body)).statusCode).toBe(404);

    const missing = await record(officer, c.id, measureId, { ...body, reason: '   ' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      {
        field: 'reason',
        nl: 'Beschrijf waarom het doel wel, deels of niet is bereikt.',
        en: 'Describe why the goal was or was not (fully) reached.',
      },
    ]);
    const foreign = await record(officer, c.id, measureId, {
      ...body,
      elementIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(foreign.json().errors[0].field).toBe('elementIds');

    const first = await record(officer, c.id, measureId, body);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ measureId, version: 1 });
    const stale = await record(officer, c.id, measureId, { ...body, outcome: 'ja' });
    expect(stale.statusCode).toBe(409);
    const again = await record(officer, c.id, measureId, { ...body, outcome: 'ja', version: 1 });
    expect(again.json().version).toBe(2);

    const read = (await police.get(`/api/casussen/${c.id}/maatregelresultaten`)).json();
    expect(read.results).toHaveLength(1);
    expect(read.results[0]).toMatchObject({
      measureId,
      outcome: 'ja',
      recordedBy: U.officer,
      elements: [{ id: elements[0]?.id }],
      version: 2,
    });
    // The form's elements are for the regie only.
    expect(read.elements).toEqual([]);
    expect((await otherOfficer.get(`/api/casussen/${c.id}/maatregelresultaten`)).statusCode).toBe(404);

    const log = await t.tdb.db.query<{ action: string }>(
      `SELECT action FROM access_log WHERE object_type = 'casus' AND object_id = $1 AND person_id = $2
         AND action IN ('create', 'update')`,
      [c.id, c.personId],
    );
    expect(log.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['create', 'update']));
  });

  it('is refused while the measure runs', async () => {
    const c = await makeCase(t);
    const running = await endedMeasure(c.id, { endsOn: null, status: 'lopend' });
    const r = await record(officer, c.id, running, {
      outcome: 'te_vroeg',
      reason: 'Loopt nog.',
      elementIds: [],
      version: 0,
    });
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('measure_not_ended');
  });
});

interface Row {
  coordinates: Record<string, string>;
  current: { persons: number; records: number } | { suppressed: true };
}

const report = async (who: TestClient) => {
  const r = await who.get('/api/evaluatie/resultaten?jaar=2025');
  expect(r.statusCode).toBe(200);
  return r.json() as { rules: { k: number }; tables: { id: string; rows: Row[] }[]; elements: unknown[] };
};
const cell = (rep: Awaited<ReturnType<typeof report>>, table: string, coordinates: Record<string, string>) =>
  rep.tables
    .find((x) => x.id === table)
    ?.rows.find(
      (r) =>
        Object.keys(r.coordinates).length === Object.keys(coordinates).length &&
        Object.entries(coordinates).every(([k, v]) => r.coordinates[k] === v),
    )?.current;

describe('the results across cases', () => {
  it('stay suppressed below k, appear from k cases on, and leave excluded cases out', async () => {
    expect((await police.get('/api/evaluatie/resultaten')).statusCode).toBe(403);
    // One result was recorded above (a mentor measure, 'ja'); one more case makes two: below k.
    const cases: string[] = [];
    const add = async () => {
      // The same in every breakdown as the first: cells of k or 0, nothing small (a split would be).
      const c = await makeCase(t, { birthDate: '2008-05-01' });
      const m = await endedMeasure(c.id, { status: 'afgerond', endsOn: '2025-09-30' });
      const elements = await elementsOf(c.id);
      const r = await record(officer, c.id, m, {
        outcome: 'ja',
        reason: 'Het doel is bereikt.',
        elementIds: [elements[0]?.id],
        version: 0,
      });
      expect(r.statusCode).toBe(200);
      cases.push(c.id);
    };
    await add();
    let rep = await report(policy);
    const k = rep.rules.k;
    expect(k).toBe(10);
    expect(cell(rep, 'type', {})).toEqual({ suppressed: true });
    expect(cell(rep, 'type', { type: 'mentor', resultaat: 'ja' })).toEqual({ suppressed: true });

    for (let i = 2; i < k; i++) await add();
    rep = await report(policy);
    expect(cell(rep, 'type', {})).toEqual({ persons: k, records: k });
    expect(cell(rep, 'type', { type: 'mentor', resultaat: 'ja' })).toEqual({ persons: k, records: k });
    expect(cell(rep, 'spoor', { spoor: 'zorg', resultaat: 'ja' })).toEqual({ persons: k, records: k });
    // No person id and no case id anywhere in the answer.
    const text = JSON.stringify(rep);
    for (const id of cases) expect(text).not.toContain(id);

    // A case marked niet voor statistiek is not counted: k - 1 persons, back below k.
    const c0 = cases[0] as string;
    const state = (await officer.get(`/api/casussen/${c0}`)).json();
    const ex = await officer.request('PUT', `/api/casussen/${c0}/statistiek`, {
      exclusion: 'niet_voor_statistiek',
      reason: 'Proefcasus',
      version: state.version,
    });
    expect(ex.statusCode).toBe(200);
    rep = await report(mayor);
    expect(cell(rep, 'type', {})).toEqual({ suppressed: true });
    const ex2Case = cases[1] as string;
    const s2 = (await officer.get(`/api/casussen/${ex2Case}`)).json();
    await officer.request('PUT', `/api/casussen/${ex2Case}/statistiek`, {
      exclusion: 'test',
      reason: 'Test',
      version: s2.version,
    });
    rep = await report(officer);
    expect(cell(rep, 'type', {})).toEqual({ suppressed: true });

    const log = await t.tdb.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM access_log WHERE object_type = 'analyse_rapport'
         AND purpose LIKE 'evaluatie maatregelresultaten%' AND person_id IS NULL`,
    );
    expect(log.rows[0]?.n).toBeGreaterThanOrEqual(4);
  });
});

describe('working elements', () => {
  it('are kept by the officer and the policy advisor, versioned', async () => {
    expect((await police.get('/api/evaluatie/werkzame-elementen')).statusCode).toBe(403);
    const list = (await policy.get('/api/evaluatie/werkzame-elementen')).json() as {
      id: string;
      label: string;
      version: number;
    }[];
    expect(list.length).toBeGreaterThanOrEqual(5);
    const dup = await policy.post('/api/evaluatie/werkzame-elementen', { label: list[0]?.label });
    expect(dup.statusCode).toBe(400);
    const added = await policy.post('/api/evaluatie/werkzame-elementen', { label: 'Rolmodel uit de wijk' });
    expect(added.statusCode).toBe(201);
    const id = added.json().id as string;
    const off = await officer.request('PUT', `/api/evaluatie/werkzame-elementen/${id}`, {
      label: 'Rolmodel uit de wijk',
      active: false,
      version: 1,
    });
    expect(off.json().version).toBe(2);
    const stale = await officer.request('PUT', `/api/evaluatie/werkzame-elementen/${id}`, {
      label: 'Rolmodel',
      active: true,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (
        await otherOfficer.request('PUT', `/api/evaluatie/werkzame-elementen/${id}`, {
          label: 'x',
          active: true,
          version: 2,
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('policy goals', () => {
  it('have indicators measured by Duiden (protected) or entered with their source', async () => {
    expect((await police.get('/api/evaluatie/doelen')).statusCode).toBe(403);
    expect((await mayor.post('/api/evaluatie/doelen', {})).statusCode).toBe(403);
    const created = await policy.post('/api/evaluatie/doelen', {
      title: 'Vroegsignalering versterken',
      description: 'Meer signalen eerder bij het meldpunt.',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      status: 'actief',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const missingSource = await policy.post(`/api/evaluatie/doelen/${id}/indicatoren`, {
      name: 'Deelnemers training',
      unit: 'personen',
      direction: 'hoger',
      source: 'handmatig',
      version: 1,
    });
    expect(missingSource.json().errors[0].field).toBe('manualSource');
    const manual = await policy.post(`/api/evaluatie/doelen/${id}/indicatoren`, {
      name: 'Deelnemers training',
      unit: 'personen',
      targetValue: 40,
      direction: 'hoger',
      source: 'handmatig',
      manualSource: 'Presentielijsten van het opleidingsbureau',
      version: 1,
    });
    expect(manual.json().version).toBe(2);
    const measured = await policy.post(`/api/evaluatie/doelen/${id}/indicatoren`, {
      name: 'Meldingen',
      unit: 'meldingen',
      direction: 'hoger',
      source: 'duiden',
      duidenKey: 'meldingen',
      version: 2,
    });
    expect(measured.statusCode).toBe(201);
    const pending = await policy.post(`/api/evaluatie/doelen/${id}/indicatoren`, {
      name: 'Getrainde professionals',
      unit: 'professionals',
      direction: 'hoger',
      source: 'duiden',
      duidenKey: 'getrainde_professionals',
      version: 3,
    });
    expect(pending.statusCode).toBe(201);
    const stale = await policy.request(
      'PUT',
      `/api/evaluatie/doelen/${id}/indicatoren/${manual.json().id}/waarde`,
      { period: '2026-K1', value: 12, source: 'Presentielijst', version: 1 },
    );
    expect(stale.statusCode).toBe(409);
    const value = await policy.request(
      'PUT',
      `/api/evaluatie/doelen/${id}/indicatoren/${manual.json().id}/waarde`,
      { period: '2026-K1', value: 12, source: 'Presentielijst', version: 4 },
    );
    expect(value.statusCode).toBe(200);
    const goal = (await mayor.get(`/api/evaluatie/doelen/${id}`)).json();
    expect(goal.indicators).toHaveLength(3);
    expect(goal.indicators[0].values).toEqual([
      expect.objectContaining({ period: '2026-K1', value: { value: 12 }, targetMet: false }),
    ]);
    expect(goal.indicators[1].values[0]).toMatchObject({ period: '2026-K1' });
    const v = goal.indicators[1].values[0].value;
    expect('value' in v || 'suppressed' in v).toBe(true);
    // Trained professionals: the deskundigheid module's protected figure (src/app/deskundigheid/coverage.ts).
    expect(goal.indicators[2]).toMatchObject({ notAvailable: false });
    for (const x of goal.indicators[2].values)
      expect('value' in x.value || 'suppressed' in x.value).toBe(true);
    expect((await otherOfficer.get(`/api/evaluatie/doelen/${id}`)).statusCode).toBe(404);
    const page = (await policy.get('/api/evaluatie/doelen?limit=1')).json();
    expect(page.goals).toHaveLength(1);
  });
});
