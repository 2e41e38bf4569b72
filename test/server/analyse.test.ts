import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisReport, AnalysisRow } from '../../src/contract/analyse.js';
import type { Queryable } from '../../src/db/database.js';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { signedIn, USERS } from './meldingen-fixtures.js';

/**
 * The phenomenon analysis against a real database: counting and placement of persons, what is left out,
 * suppression, the region and its municipalities, the access log, bad input and who may read. The test data
 * lies in 2024, before any demo signal (the demo's history starts in 2025), in both municipalities.
 */

let t: TestApp;
let thomas: TestClient;
let noor: TestClient;
const ids = {
  lindeburg: '',
  oosterveen: '',
  brakelveen: '',
  region: '',
  user: '',
  catA: '',
  catC: '',
  catD: '',
  catB: '',
};
let ref = 90000;

async function person(q: Queryable, tenant: string, name: string, birthDate = '2008-05-01'): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO person (tenant_id, display_name, normalized_name, birth_date, created_at)
     VALUES ($1, $2, lower($2), $3, now()) RETURNING id`,
    [tenant, name, birthDate],
  );
  return r.rows[0]?.id as string;
}

interface SignalSpec {
  tenant: string;
  at: string;
  category: string | null;
  /** A person id, 'unlinked' for a subject never linked to a person; none for a signal without a subject. */
  subjects?: string[];
  channel?: string;
  exclusion?: string;
  triaged?: { at: string; outcome: string };
}

async function signal(q: Queryable, s: SignalSpec): Promise<string> {
  ref += 1;
  const channel = s.channel ?? 'telefoon';
  const r = await q.query<{ id: string }>(
    `INSERT INTO signal (tenant_id, reference, kind, intake, channel, received_at, restricted, reporter_kind,
       status, status_changed_at, category_id, acknowledge_due_on, triage_due_on, summary, search_vector,
       created_at, triaged_at, decision_outcome, statistics_exclusion, statistics_exclusion_reason,
       statistics_exclusion_by)
     VALUES ($1, $2, 'melding', 'medewerker', $3::text, $4::timestamptz, $3::text = 'ambtsbericht_aivd', 'inwoner',
       'ontvangen', $4::timestamptz, $5, ($4::timestamptz)::date + 5, ($4::timestamptz)::date + 10,
       'Testmelding analyse', to_tsvector('dutch', 'test'), $4::timestamptz, $6::timestamptz, $7, $8,
       CASE WHEN $8::text IS NULL THEN NULL ELSE 'Test van de analyse' END,
       CASE WHEN $8::text IS NULL THEN NULL ELSE $9::uuid END)
     RETURNING id`,
    [
      s.tenant,
      `M-2024-${ref}`,
      channel,
      s.at,
      s.category,
      s.triaged?.at ?? null,
      s.triaged?.outcome ?? null,
      s.exclusion ?? null,
      ids.user,
    ],
  );
  const id = r.rows[0]?.id as string;
  for (const [i, p] of (s.subjects ?? []).entries()) {
    await q.query(
      'INSERT INTO signal_subject (signal_id, tenant_id, ordinal, name, person_id) VALUES ($1, $2, $3, $4, $5)',
      [id, s.tenant, i + 1, 'Betrokkene', p === 'unlinked' ? null : p],
    );
  }
  return id;
}

async function category(q: Queryable, tenant: string, code: string): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO phenomenon_category (tenant_id, code, label_nl, label_en) VALUES ($1, $2, $3, $3)
     ON CONFLICT (tenant_id, code) DO UPDATE SET code = EXCLUDED.code RETURNING id`,
    [tenant, code, `Test ${code}`],
  );
  return r.rows[0]?.id as string;
}

const day = (month: number, d: number) =>
  `2024-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}T10:00:00+02:00`;

beforeAll(async () => {
  t = await createTestApp();
  const q = t.tdb.db;
  const orgs = await q.query<{ id: string; name: string; kind: string }>(
    "SELECT id, name, kind FROM organisation WHERE kind IN ('gemeente', 'regio')",
  );
  const org = (name: string) => orgs.rows.find((o) => o.name === name)?.id as string;
  ids.lindeburg = org('Gemeente Lindeburg');
  ids.oosterveen = org('Gemeente Oosterveen');
  // The demo's small municipality without records of its own here (src/demo/seed-regio.ts).
  ids.brakelveen = org('Gemeente Brakelveen');
  ids.region = org('Regio Veenstroom');
  ids.user = (await q.query<{ id: string }>('SELECT id FROM app_user LIMIT 1')).rows[0]?.id as string;
  // The same codes in both municipalities: one fenomeen across the region.
  for (const tenant of [ids.lindeburg, ids.oosterveen]) {
    ids.catA = await category(q, tenant, 'test_a');
    ids.catB = await category(q, tenant, 'test_b');
    ids.catC = await category(q, tenant, 'test_c');
    ids.catD = await category(q, tenant, 'test_d');
  }
  const cat = async (tenant: string, code: string) =>
    (
      await q.query<{ id: string }>('SELECT id FROM phenomenon_category WHERE tenant_id = $1 AND code = $2', [
        tenant,
        code,
      ])
    ).rows[0]?.id as string;
  const L = {
    a: await cat(ids.lindeburg, 'test_a'),
    c: await cat(ids.lindeburg, 'test_c'),
    d: await cat(ids.lindeburg, 'test_d'),
  };
  const O = { a: await cat(ids.oosterveen, 'test_a') };

  // 2024-K1: twelve persons in Oosterveen (the previous period of K2).
  const qs: string[] = [];
  for (let i = 0; i < 12; i++) qs.push(await person(q, ids.oosterveen, `Q${i}`));
  for (const [i, p] of qs.entries())
    await signal(q, { tenant: ids.oosterveen, at: day(2, i + 1), category: O.a, subjects: [p] });

  // 2024-K2, Lindeburg: twelve persons with a first signal under A (triaged: geen zorgen), each a second
  // signal under C; a subject never linked under A; a signal with no person under D (polarisatie en onrust).
  // Left out: a signal marked as a test, and an AIVD ambtsbericht.
  const ps: string[] = [];
  for (let i = 0; i < 12; i++) ps.push(await person(q, ids.lindeburg, `P${i}`));
  for (const [i, p] of ps.entries()) {
    await signal(q, {
      tenant: ids.lindeburg,
      at: day(4, i + 1),
      category: L.a,
      subjects: [p],
      triaged: { at: day(4, i + 3), outcome: 'geen_zorgen' },
    });
    await signal(q, { tenant: ids.lindeburg, at: day(5, i + 10), category: L.c, subjects: [p] });
  }
  await signal(q, { tenant: ids.lindeburg, at: day(4, 20), category: L.a, subjects: ['unlinked'] });
  await signal(q, { tenant: ids.lindeburg, at: day(5, 2), category: L.d });
  await signal(q, {
    tenant: ids.lindeburg,
    at: day(4, 21),
    category: L.a,
    subjects: [await person(q, ids.lindeburg, 'Test')],
    exclusion: 'test',
  });
  await signal(q, {
    tenant: ids.lindeburg,
    at: day(4, 22),
    category: null,
    channel: 'ambtsbericht_aivd',
    subjects: [await person(q, ids.lindeburg, 'Geheim')],
  });
  // 2024-K2, Oosterveen: the same twelve persons again, under A.
  for (const [i, p] of qs.entries())
    await signal(q, { tenant: ids.oosterveen, at: day(4, i + 2), category: O.a, subjects: [p] });

  // 2024-K3: Lindeburg twelve persons under A, one of them also under C (one person behind C); Oosterveen
  // three persons under A.
  const rs: string[] = [];
  for (let i = 0; i < 12; i++) rs.push(await person(q, ids.lindeburg, `R${i}`));
  for (const [i, p] of rs.entries())
    await signal(q, { tenant: ids.lindeburg, at: day(7, i + 1), category: L.a, subjects: [p] });
  await signal(q, { tenant: ids.lindeburg, at: day(8, 20), category: L.c, subjects: [rs[0] as string] });
  for (let i = 0; i < 3; i++) {
    await signal(q, {
      tenant: ids.oosterveen,
      at: day(8, i + 1),
      category: O.a,
      subjects: [await person(q, ids.oosterveen, `S${i}`)],
    });
  }

  // Cases in Lindeburg, opened in 2024-K2: ten running (minors), one marked as a duplicate.
  for (const [i, p] of ps.slice(0, 11).entries()) {
    await q.query(
      `INSERT INTO casus (tenant_id, person_id, reference, phase, created_at, statistics_exclusion,
         statistics_exclusion_reason, statistics_exclusion_by)
       VALUES ($1, $2, $3, 'persoonsgerichte_aanpak', $4, $5, $6, $7)`,
      [
        ids.lindeburg,
        p,
        `C-2024-${9000 + i}`,
        day(5, i + 1),
        i === 10 ? 'dubbel' : null,
        i === 10 ? 'Dubbel aangemaakt' : null,
        i === 10 ? ids.user : null,
      ],
    );
  }

  // Noor Hendriks is the region's policy advisor; Thomas Bakker Lindeburg's.
  thomas = await signedIn(t.app, USERS.policy);
  noor = await signedIn(t.app, 'Noor Hendriks');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const report = async (c: TestClient, query: string) => {
  const res = await c.get(`/api/analyse/rapport?${query}`);
  return { status: res.statusCode, body: res.json() };
};

const rowAt = (r: AnalysisReport, table: string, coordinates: Record<string, string>): AnalysisRow => {
  const tbl = r.tables.find((x) => x.id === table);
  const row = tbl?.rows.find(
    (x) =>
      Object.keys(x.coordinates).length === Object.keys(coordinates).length &&
      Object.entries(coordinates).every(([k, v]) => x.coordinates[k] === v),
  );
  if (!row) throw new Error(`no row ${JSON.stringify(coordinates)} in ${table}`);
  return row;
};

describe('counting persons and signals', () => {
  it('places each person once, at the first signal, and counts every signal in its own cell', async () => {
    const { status, body } = await report(thomas, 'rapport=meldingen-fenomeen&periode=2024-K2');
    expect(status).toBe(200);
    const r = body as AnalysisReport;
    expect(r.scope).toMatchObject({ kind: 'gemeente', id: ids.lindeburg });
    expect(r.rules).toEqual({ k: 10, method: 'cell-suppression-audited', rounded: false });
    // Twelve persons and a subject never linked under A; the same twelve again under C: 0 persons, 12 signals.
    expect(rowAt(r, 'fenomeen', { soort: 'melding', fenomeen: 'test_a' }).current).toEqual({
      persons: 13,
      records: 13,
    });
    expect(rowAt(r, 'fenomeen', { soort: 'melding', fenomeen: 'test_c' }).current).toEqual({
      persons: 0,
      records: 12,
    });
    // A signal about no person (polarisatie en onrust) appears as a signal with no person.
    expect(rowAt(r, 'fenomeen', { soort: 'melding', fenomeen: 'test_d' }).current).toEqual({
      persons: 0,
      records: 1,
    });
    // The test signal and the AIVD ambtsbericht are left out.
    expect(rowAt(r, 'fenomeen', {}).current).toEqual({ persons: 13, records: 26 });
    expect(rowAt(r, 'fenomeen', { soort: 'melding', fenomeen: 'test_a' }).share).toEqual({ value: 100 });
    expect(r.description.nl).toMatch(/eerste registratie/);
    expect(r.description.nl).toMatch(/AIVD/);
  });

  it('compares with the previous period', async () => {
    const r = (await report(noor, 'rapport=meldingen-fenomeen&periode=2024-K2')).body as AnalysisReport;
    expect(r.previousPeriod?.id).toBe('2024-K1');
    const o = rowAt(r, 'fenomeen', { gemeente: ids.oosterveen, soort: 'melding', fenomeen: 'test_a' });
    expect(o.current).toEqual({ persons: 12, records: 12 });
    expect(o.previous).toEqual({ persons: 12, records: 12 });
    expect(o.change).toEqual({ value: 0 });
    const region = rowAt(r, 'fenomeen', { soort: 'melding', fenomeen: 'test_a' });
    expect(region.current).toEqual({ persons: 25, records: 25 });
    expect(region.change).toEqual({ value: 13 });
  });

  it('counts triage outcomes and running cases, leaving out a case marked as a duplicate', async () => {
    const triage = (await report(thomas, 'rapport=meldingen-triage&periode=2024-K2')).body as AnalysisReport;
    expect(rowAt(triage, 'uitkomst', { soort: 'melding', uitkomst: 'geen_zorgen' }).current).toEqual({
      persons: 12,
      records: 12,
    });
    const cases = (await report(thomas, 'rapport=casussen&periode=2024-K2')).body as AnalysisReport;
    expect(rowAt(cases, 'fase', { fase: 'persoonsgerichte_aanpak' }).current).toEqual({
      persons: 10,
      records: 10,
    });
    expect(rowAt(cases, 'leeftijd', { leeftijd: 'minderjarig' }).current).toEqual({
      persons: 10,
      records: 10,
    });
    expect(rowAt(cases, 'situatie', {}).current).toEqual({ persons: 10, records: 10 });
  });

  it('rounds to multiples of 5 when asked, labelled', async () => {
    const r = (await report(thomas, 'rapport=meldingen-fenomeen&periode=2024-K2&afronden=true'))
      .body as AnalysisReport;
    expect(r.rules.rounded).toBe(true);
    expect(rowAt(r, 'fenomeen', { soort: 'melding', fenomeen: 'test_a' }).current).toEqual({
      persons: 15,
      records: 15,
      rounded: true,
    });
  });
});

describe('suppression', () => {
  it('suppresses a cell with one person behind it and the small municipality, also in the region', async () => {
    const r = (await report(noor, 'rapport=meldingen-fenomeen&periode=2024-K3')).body as AnalysisReport;
    expect(r.scope).toMatchObject({ kind: 'regio', id: ids.region });
    // Oosterveen has three persons: its row is suppressed, and so is another municipality's cell beside it.
    const o = rowAt(r, 'fenomeen', { gemeente: ids.oosterveen, soort: 'melding', fenomeen: 'test_a' });
    expect(o.current).toEqual({ suppressed: true });
    expect(o.change).toEqual({ suppressed: 'count' });
    expect(
      rowAt(r, 'fenomeen', { gemeente: ids.lindeburg, soort: 'melding', fenomeen: 'test_a' }).current,
    ).toEqual({
      suppressed: true,
    });
    // One person (already counted under A) stands behind the signal under C.
    expect(
      rowAt(r, 'fenomeen', { gemeente: ids.lindeburg, soort: 'melding', fenomeen: 'test_c' }).current,
    ).toEqual({
      suppressed: true,
    });
    // No region roll-up is left with exactly one suppressed municipality (it would be the region minus the rest).
    const table = r.tables.find((x) => x.id === 'fenomeen');
    for (const row of table?.rows ?? []) {
      if (row.coordinates.gemeente) continue;
      const parts = (table?.rows ?? []).filter(
        (x) =>
          x.coordinates.gemeente &&
          Object.keys(x.coordinates).length === Object.keys(row.coordinates).length + 1 &&
          Object.entries(row.coordinates).every(([k, v]) => x.coordinates[k] === v),
      );
      expect(parts.filter((x) => 'suppressed' in x.current).length).not.toBe(1);
    }
  });

  it('suppresses in the year what is suppressed in one of its quarters', async () => {
    const r = (await report(noor, 'rapport=meldingen-fenomeen&periode=2024')).body as AnalysisReport;
    // Over the year Oosterveen has 15 persons under A, but K3 suppressed that cell: the year does too.
    expect(
      rowAt(r, 'fenomeen', { gemeente: ids.oosterveen, soort: 'melding', fenomeen: 'test_a' }).current,
    ).toEqual({
      suppressed: true,
    });
  });

  it('gives a month only when neither it nor its quarter needs suppression', async () => {
    const refused = await report(thomas, 'rapport=meldingen-fenomeen&periode=2024-08');
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('periode');
    expect(refused.body.errors[0].nl).toMatch(/3e kwartaal 2024/);
    const may = await report(thomas, 'rapport=meldingen-fenomeen&periode=2024-05');
    expect(may.status).toBe(200);
    expect(rowAt(may.body, 'fenomeen', { soort: 'melding', fenomeen: 'test_c' }).current).toEqual({
      persons: 12,
      records: 12,
    });
  });
});

describe('the region and its municipalities', () => {
  it('a municipality user sees only its own column, without the gemeente dimension', async () => {
    const r = (await report(thomas, 'rapport=meldingen-bron&periode=2024-K2')).body as AnalysisReport;
    for (const table of r.tables) {
      expect(table.dimensions.map((d) => d.name)).not.toContain('gemeente');
      for (const row of table.rows) expect(row.coordinates.gemeente).toBeUndefined();
    }
    expect(rowAt(r, 'kanaal', {}).current).toEqual({ persons: 13, records: 26 });
    const other = await report(thomas, `rapport=meldingen-bron&periode=2024-K2&gemeente=${ids.oosterveen}`);
    expect(other.status).toBe(400);
    expect(other.body.errors[0].field).toBe('gemeente');
  });

  it('a region user sees the roll-up and each municipality, or one municipality when asked', async () => {
    const r = (await report(noor, 'rapport=meldingen-bron&periode=2024-K2')).body as AnalysisReport;
    const kanaal = r.tables.find((x) => x.id === 'kanaal');
    expect(
      kanaal?.dimensions
        .find((d) => d.name === 'gemeente')
        ?.values.map((v) => v.code)
        .sort(),
    ).toEqual([ids.brakelveen, ids.lindeburg, ids.oosterveen].sort());
    expect(rowAt(r, 'kanaal', { gemeente: ids.lindeburg }).current).toEqual({ persons: 13, records: 26 });
    expect(rowAt(r, 'kanaal', {}).current).toEqual({ persons: 25, records: 38 });
    const one = (await report(noor, `rapport=meldingen-bron&periode=2024-K2&gemeente=${ids.lindeburg}`))
      .body as AnalysisReport;
    expect(one.scope).toMatchObject({ kind: 'gemeente', id: ids.lindeburg });
    expect(rowAt(one, 'kanaal', {}).current).toEqual({ persons: 13, records: 26 });
  });

  it('the catalogue lists the periods with data and, for a region, its municipalities', async () => {
    const c = (await noor.get('/api/analyse/catalogus')).json();
    expect(c.scope.kind).toBe('regio');
    expect(c.municipalities.map((m: { name: string }) => m.name).sort()).toEqual([
      'Gemeente Brakelveen',
      'Gemeente Lindeburg',
      'Gemeente Oosterveen',
    ]);
    expect(c.periods.map((p: { id: string }) => p.id)).toContain('2024-K1');
    expect(c.periods.map((p: { id: string }) => p.id)).not.toContain('2023');
    expect(c.reports.length).toBe(8);
    const own = (await thomas.get('/api/analyse/catalogus')).json();
    expect(own.municipalities).toEqual([]);
    expect(own.k).toBe(10);
  });

  it('a trend follows the first table per quarter', async () => {
    const res = await noor.get(
      '/api/analyse/trend?rapport=meldingen-fenomeen&soort=kwartaal&van=2024-K1&tot=2024-K3',
    );
    expect(res.statusCode).toBe(200);
    const tr = res.json();
    expect(tr.periods.map((p: { id: string }) => p.id)).toEqual(['2024-K1', '2024-K2', '2024-K3']);
    const o = tr.series.find(
      (s: { coordinates: Record<string, string> }) =>
        s.coordinates.gemeente === ids.oosterveen &&
        s.coordinates.fenomeen === 'test_a' &&
        s.coordinates.soort === 'melding',
    );
    expect(o.cells).toEqual([
      { persons: 12, records: 12 },
      { persons: 12, records: 12 },
      { suppressed: true },
    ]);
  });
});

describe('the access log and bad input', () => {
  it('logs reading a report as an aggregate, without a person', async () => {
    await report(thomas, 'rapport=instroom&periode=2024-K2');
    const log = await t.tdb.db.query<{ person_id: string | null; purpose: string; object_type: string }>(
      "SELECT person_id, purpose, object_type FROM access_log WHERE object_type = 'analyse_rapport' AND purpose LIKE '%instroom 2024-K2%'",
    );
    expect(log.rows.length).toBe(1);
    expect(log.rows[0]?.person_id).toBeNull();
  });

  it('names the field in Dutch and English', async () => {
    const unknown = await report(thomas, 'rapport=risicoscore&periode=2024-K2');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'rapport' });
    for (const bad of ['2024-K5', '2026-K3', '2019']) {
      const res = await report(thomas, `rapport=meldingen-fenomeen&periode=${bad}`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('periode');
      expect(res.body.errors[0].en).toBeTruthy();
    }
    const kind = await thomas.get(
      '/api/analyse/trend?rapport=meldingen-fenomeen&soort=week&van=2024-K1&tot=2024-K3',
    );
    expect(kind.statusCode).toBe(400);
    expect(kind.json().errors[0].field).toBe('soort');
  });

  it('refuses a partner', async () => {
    const partner = await signedIn(t.app, USERS.partner);
    expect((await partner.get('/api/analyse/rapport?rapport=instroom&periode=2024-K2')).statusCode).toBe(403);
    expect((await partner.get('/api/analyse/catalogus')).statusCode).toBe(403);
  });
});

describe('the kept figures of an ended period', () => {
  const persons = (r: AnalysisReport) => {
    const cell = rowAt(r, 'fenomeen', {}).current;
    return 'persons' in cell ? cell.persons : null;
  };

  it('are protected once and read back; a record taken out of the statistics has them protected again', async () => {
    const query = 'rapport=meldingen-fenomeen&periode=2024-K2';
    const first = await report(thomas, query);
    expect(first.status).toBe(200);
    const firstReport = first.body as AnalysisReport;
    expect(firstReport.period.open).toBeUndefined();
    expect(firstReport.computedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const before = persons(firstReport);
    expect(before).toBe(13);

    // A late signal in the ended quarter: the kept figures stand until they are protected again.
    const late = await signal(t.tdb.db, {
      tenant: ids.lindeburg,
      at: day(6, 15),
      category: (
        await t.tdb.db.query<{ id: string }>(
          "SELECT id FROM phenomenon_category WHERE tenant_id = $1 AND code = 'test_a'",
          [ids.lindeburg],
        )
      ).rows[0]?.id as string,
      subjects: [await person(t.tdb.db, ids.lindeburg, 'Laat')],
    });
    const again = (await report(thomas, query)).body as AnalysisReport;
    expect(again.computedAt).toBe(firstReport.computedAt);
    expect(persons(again)).toBe(before);
    // The region's report reads the same protection: the municipality's column there is the same figure.
    const region = (await report(noor, `${query}&gemeente=${ids.lindeburg}`)).body as AnalysisReport;
    expect(persons(region)).toBe(before);

    // Taking a record of the region out of the statistics forgets the region's kept figures.
    const kept = async () =>
      Number(
        (
          await t.tdb.db.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM analysis_figures WHERE model_id = $1',
            [ids.region],
          )
        ).rows[0]?.n,
      );
    expect(await kept()).toBeGreaterThan(0);
    const officer = await signedIn(t.app, USERS.officer);
    const s = (await officer.get(`/api/meldingen/${late}`)).json();
    const marked = await officer.request('PUT', `/api/meldingen/${late}/statistiek`, {
      exclusion: 'dubbel',
      reason: 'Dezelfde melding als een eerdere.',
      version: s.version,
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(await kept()).toBe(0);
    expect(persons((await report(thomas, query)).body as AnalysisReport)).toBe(before);

    // Put back: forgotten again, and protected with the late signal counted.
    const s2 = (await officer.get(`/api/meldingen/${late}`)).json();
    const back = await officer.request('PUT', `/api/meldingen/${late}/statistiek`, {
      exclusion: null,
      version: s2.version,
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(persons((await report(thomas, query)).body as AnalysisReport)).toBe(14);
    // Left as it was for the other tests.
    const s3 = (await officer.get(`/api/meldingen/${late}`)).json();
    await officer.request('PUT', `/api/meldingen/${late}/statistiek`, {
      exclusion: 'test',
      reason: 'Alleen voor deze test.',
      version: s3.version,
    });
  });

  it('are not kept for a period still running, which says it is open', async () => {
    const year = String(new Date().getFullYear());
    const r = await report(thomas, `rapport=meldingen-fenomeen&periode=${year}`);
    expect(r.status).toBe(200);
    expect((r.body as AnalysisReport).period.open).toBe(true);
    expect((r.body as AnalysisReport).computedAt).toBeUndefined();
  });
});
