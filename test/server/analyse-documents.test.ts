import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveAnalysisDocument, type ReportsOfPeriod } from '../../src/app/analyse/documents.js';
import type { Ctx } from '../../src/app/overleg/results.js';
import type { AnalysisReport } from '../../src/contract/analyse.js';
import type { Actor } from '../../src/domain/access/roles.js';
import { REPORT_IDS } from '../../src/domain/analyse/catalogue.js';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

const fonts = fileURLToPath(new URL('../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url));

/** The text of every page apart, whitespace collapsed. */
async function pdfPages(body: Buffer): Promise<string[]> {
  const doc = await getDocument({
    data: new Uint8Array(body),
    disableFontFace: true,
    isEvalSupported: false,
    standardFontDataUrl: fonts,
  }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    let text = '';
    for (const i of content.items) if ('str' in i) text += i.str + (i.hasEOL ? '\n' : ' ');
    pages.push(text.replace(/\s+/g, ' '));
  }
  return pages;
}

const BASE = '/api/analyse/documenten';
const STAMP = 'Niet voor woordvoering: noem nooit namen en nooit aantallen over concrete casussen.';

let t: TestApp;
let advisor: TestClient;
let tenantId: string;
let advisorActor: Actor;

/**
 * A stand-in for the analysis engine: one report whose total counts the tenant's signals that are not left
 * out of the figures, read live from the database, and a suppressed cell whose label would start a formula.
 */
const liveReports: ReportsOfPeriod = async (ctx, period, { rounded }) => {
  const r = await ctx.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM signal WHERE tenant_id = $1 AND statistics_exclusion IS NULL',
    [ctx.actor.tenantId],
  );
  const n = Number(r.rows[0]?.n ?? 0);
  const report: AnalysisReport = {
    report: 'meldingen-fenomeen',
    title: { nl: 'Meldingen per fenomeen', en: 'Signals by fenomeen' },
    description: { nl: 'Test', en: 'Test' },
    unit: 'meldingen',
    period: {
      id: period,
      kind: 'jaar',
      label: { nl: period, en: period },
      start: '2025-01-01',
      end: '2026-01-01',
    },
    previousPeriod: null,
    scope: { kind: 'gemeente', id: ctx.actor.tenantId, name: 'Gemeente Lindeburg' },
    rules: { k: 10, method: 'cell-suppression-audited', rounded },
    tables: [
      {
        id: 'fenomeen',
        title: { nl: 'Per fenomeen', en: 'By fenomeen' },
        dimensions: [
          {
            name: 'fenomeen',
            label: { nl: 'Fenomeen', en: 'Fenomeen' },
            values: [{ code: 'x', label: { nl: '=HYPERLINK("x")', en: '=HYPERLINK("x")' } }],
          },
        ],
        rows: [
          { coordinates: {}, current: { persons: n, records: n }, previous: null, change: null, share: null },
          {
            coordinates: { fenomeen: 'x' },
            current: { suppressed: true },
            previous: null,
            change: null,
            share: null,
          },
        ],
      },
    ],
    medians: [],
  };
  return [report];
};

const ctxOf = (): Ctx => ({ db: t.tdb.db, actor: advisorActor, now: t.clock.now(), audit: async () => {} });

async function signIn(name: string): Promise<TestClient> {
  const c = new TestClient(t.app);
  await c.signInAsDemo(name);
  return c;
}

async function newDocument(title = 'Fenomeenanalyse 2025', period = '2025') {
  const r = await advisor.post(BASE, { title, period });
  expect(r.statusCode).toBe(201);
  return r.json() as { id: string; version: number };
}

beforeAll(async () => {
  t = await createTestApp();
  advisor = await signIn('Thomas Bakker');
  const session = await advisor.refreshSession();
  const m = await t.tdb.db.query<{ user_id: string; membership_id: string; org: string; tenant_id: string }>(
    `SELECT u.id AS user_id, m.id AS membership_id, o.id AS org, o.tenant_id FROM app_user u
       JOIN membership m ON m.user_id = u.id JOIN organisation o ON o.id = m.organisation_id
      WHERE u.display_name = 'Thomas Bakker'`,
  );
  const row = m.rows[0];
  if (!row) throw new Error('no demo advisor');
  tenantId = row.tenant_id;
  advisorActor = {
    userId: row.user_id,
    displayName: 'Thomas Bakker',
    membershipId: row.membership_id,
    organisationId: row.org,
    organisationName: 'Gemeente Lindeburg',
    organisationKind: 'gemeente',
    role: 'beleidsmedewerker',
    tenantId,
    sessionId: String(session.sessionId ?? 'test'),
    authMethod: 'demo',
  };
});

afterAll(async () => {
  await t?.close();
});

describe('the analysis document', () => {
  it('is created about a fixed period, read and listed by cursor pages', async () => {
    const a = await newDocument('Analyse A', '2025');
    await newDocument('Analyse B', '2025-H1');
    await newDocument('Analyse C', '2025-K3');
    await newDocument('Analyse D', '2025-03');
    const doc = (await advisor.get(`${BASE}/${a.id}`)).json();
    expect(doc).toMatchObject({ title: 'Analyse A', period: '2025', texts: {}, version: 1, versions: [] });
    expect(doc.updatedBy).toBe('Thomas Bakker');

    const first = (await advisor.get(`${BASE}?limit=2`)).json();
    expect(first.documents).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = (await advisor.get(`${BASE}?limit=2&cursor=${first.nextCursor}`)).json();
    const titles = [...first.documents, ...second.documents].map((d: { title: string }) => d.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toEqual(expect.arrayContaining(['Analyse A', 'Analyse B', 'Analyse C', 'Analyse D']));
    expect((await advisor.get(`${BASE}?cursor=nonsense`)).statusCode).toBe(400);
  });

  it('refuses a period that is no fixed period, or has not begun, naming the field in Dutch and English', async () => {
    const bad = await advisor.post(BASE, { title: 'X', period: '2025-Q1' });
    expect(bad.statusCode).toBe(400);
    const field = bad.json().errors.find((e: { field: string }) => e.field === 'period');
    expect(field.nl).toContain('2025-K3');
    expect(field.en).toContain('quarter');
    const future = await advisor.post(BASE, { title: 'X', period: '2099' });
    expect(future.json().errors[0]).toMatchObject({ field: 'period' });
    expect(future.json().errors[0].nl).toContain('nog niet begonnen');
    expect(future.json().errors[0].en).toContain('not started');

    const empty = await advisor.request(
      'POST',
      BASE,
      { title: '  ', period: '2025' },
      { 'accept-language': 'en' },
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toMatchObject({
      field: 'title',
      nl: 'Vul een titel in.',
      en: 'Enter a title.',
    });
    const missing = await advisor.post(BASE, { title: 'X' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({ field: 'period', nl: 'Kies een periode.' });
  });

  it('saves the words per section at the version read, and answers 409 with the saved document when stale', async () => {
    const { id } = await newDocument();
    const texts = {
      geheel: { aard: 'Vooral online.', omvang: 'Beperkt.', ontwikkeling: 'Stabiel.', risicos: 'Onrust.' },
      jihadisme: { aard: 'Online propaganda.', omvang: '', ontwikkeling: '', risicos: '' },
      rechts_extremisme: { aard: ' ', omvang: '', ontwikkeling: '', risicos: '' },
    };
    const saved = await advisor.request('PUT', `${BASE}/${id}`, { title: 'Analyse 2025', texts, version: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ version: 2 });
    const doc = (await advisor.get(`${BASE}/${id}`)).json();
    expect(doc.title).toBe('Analyse 2025');
    expect(Object.keys(doc.texts).sort()).toEqual(['geheel', 'jihadisme']);

    const stale = await advisor.request('PUT', `${BASE}/${id}`, { title: 'Ander', texts: {}, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id, version: 2, title: 'Analyse 2025' });

    const unknown = await advisor.request('PUT', `${BASE}/${id}`, {
      title: 'Analyse 2025',
      texts: { bestaat_niet: { aard: 'x', omvang: '', ontwikkeling: '', risicos: '' } },
      version: 2,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'texts' });
    expect(unknown.json().errors[0].en).toContain('bestaat_niet');

    const sections = (await advisor.get('/api/analyse/onderdelen')).json();
    expect(sections[0]).toMatchObject({ code: 'geheel' });
    expect(sections.map((s: { code: string }) => s.code)).toContain('polarisatie_onrust');
  });

  it('approves a frozen version: later corrections to signals do not change it', async () => {
    const { id } = await newDocument();
    await advisor.request('PUT', `${BASE}/${id}`, {
      title: 'Vast te stellen',
      texts: { geheel: { aard: 'Tekst v1', omvang: '', ontwikkeling: '', risicos: '' } },
      version: 1,
    });
    const stale = await approveAnalysisDocument(ctxOf(), id, { version: 1 }, liveReports);
    expect(stale).toMatchObject({ ok: false, kind: 'conflict' });

    const v1 = await approveAnalysisDocument(ctxOf(), id, { version: 2 }, liveReports);
    if (!v1.ok) throw new Error(JSON.stringify(v1));
    expect(v1.number).toBe(1);
    const before = (await advisor.get(`${BASE}/${id}/versies/${v1.id}`)).json();
    const total = before.reports[0].tables[0].rows[0].current.persons as number;
    expect(total).toBeGreaterThan(0);
    expect(before).toMatchObject({
      number: 1,
      title: 'Vast te stellen',
      approvedByName: 'Thomas Bakker',
      rules: { k: 10, rounded: false },
      texts: { geheel: { aard: 'Tekst v1' } },
    });

    // A signal is corrected afterwards (left out of the figures as a duplicate) and the words change.
    const signal = await t.tdb.db.query<{ id: string }>(
      'SELECT id FROM signal WHERE tenant_id = $1 AND statistics_exclusion IS NULL LIMIT 1',
      [tenantId],
    );
    await t.tdb.db.query(
      `UPDATE signal SET statistics_exclusion = 'dubbel', statistics_exclusion_reason = 'test',
              statistics_exclusion_by = $2, statistics_exclusion_at = now() WHERE id = $1`,
      [signal.rows[0]?.id, advisorActor.userId],
    );
    await advisor.request('PUT', `${BASE}/${id}`, {
      title: 'Vast te stellen',
      texts: { geheel: { aard: 'Tekst v2', omvang: '', ontwikkeling: '', risicos: '' } },
      version: 2,
    });
    const after = (await advisor.get(`${BASE}/${id}/versies/${v1.id}`)).json();
    expect(after).toEqual(before);

    const v2 = await approveAnalysisDocument(ctxOf(), id, { version: 3, rounded: true }, liveReports);
    if (!v2.ok) throw new Error(JSON.stringify(v2));
    expect(v2.number).toBe(2);
    const second = (await advisor.get(`${BASE}/${id}/versies/${v2.id}`)).json();
    expect(second.reports[0].tables[0].rows[0].current.persons).toBe(total - 1);
    expect(second.rules.rounded).toBe(true);
    expect(second.texts.geheel.aard).toBe('Tekst v2');

    const versions = (await advisor.get(`${BASE}/${id}/versies`)).json();
    expect(versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect((await advisor.get(`${BASE}/${id}`)).json().versions).toHaveLength(2);

    // The application cannot change a version (append-only).
    await expect(
      t.tdb.db.query(`UPDATE analysis_version SET title = 'x' WHERE id = $1`, [v1.id]),
    ).rejects.toThrow();
  });

  it('approves over HTTP at the version read, and refuses a stale one', async () => {
    const { id } = await newDocument();
    const stale = await advisor.post(`${BASE}/${id}/vaststellen`, { version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id, version: 1 });
    const ok = await advisor.post(`${BASE}/${id}/vaststellen`, { version: 1 });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().number).toBe(1);
    // With the analysis engine: every report of the catalogue, protected, for the document's period.
    const frozen = (await advisor.get(`${BASE}/${id}/versies/${ok.json().id}`)).json();
    expect(frozen.reports.map((r: { report: string }) => r.report)).toEqual([...REPORT_IDS]);
    expect(frozen.reports.every((r: { period: { id: string } }) => r.period.id === '2025')).toBe(true);
    expect(frozen.rules).toEqual({ k: 10, method: 'cell-suppression-audited', rounded: false });
    const signal = await t.tdb.db.query<{ id: string }>(
      `SELECT id FROM signal WHERE tenant_id = $1 AND statistics_exclusion IS NULL
          AND received_at >= '2025-01-01' AND received_at < '2026-01-01' LIMIT 1`,
      [tenantId],
    );
    await t.tdb.db.query(
      `UPDATE signal SET statistics_exclusion = 'test', statistics_exclusion_reason = 'test',
              statistics_exclusion_by = $2, statistics_exclusion_at = now() WHERE id = $1`,
      [signal.rows[0]?.id, advisorActor.userId],
    );
    expect((await advisor.get(`${BASE}/${id}/versies/${ok.json().id}`)).json()).toEqual(frozen);
    // A period the engine refuses (a month the counts do not allow, or outside the data) refuses the approval.
    const month = await newDocument('Maand', '2025-03');
    const refused = await advisor.post(`${BASE}/${month.id}/vaststellen`, { version: 1 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('periode');
    const mayor = await signIn('Johan van Dijk');
    expect((await mayor.post(`${BASE}/${id}/vaststellen`, { version: 1 })).statusCode).toBe(201);
    expect(
      (await mayor.request('PUT', `${BASE}/${id}`, { title: 'x', texts: {}, version: 1 })).statusCode,
    ).toBe(403);
  });

  it('exports a version as PDF, CSV and spreadsheet, stamped, logged and registered as a disclosure of aggregates', async () => {
    const { id } = await newDocument('Export 2025');
    // Enough words for several pages: the stamp is on each of them.
    const long = 'Een lange beschrijving van de ontwikkeling in de gemeente. '.repeat(60);
    await advisor.request('PUT', `${BASE}/${id}`, {
      title: 'Export 2025',
      texts: { geheel: { aard: long, omvang: long, ontwikkeling: long, risicos: long } },
      version: 1,
    });
    const v = await approveAnalysisDocument(ctxOf(), id, { version: 2 }, liveReports);
    if (!v.ok) throw new Error(JSON.stringify(v));

    const csv = await advisor.get(`${BASE}/${id}/versies/${v.id}/export.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="fenomeenanalyse-2025-v1-/);
    const body = csv.rawPayload;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(STAMP);
    expect(text).toContain('minder dan 10 personen');
    expect(text).toContain('· = niet getoond');
    expect(lines).toContain('rapport;tabel;coordinaten;periode;personen;aantal;eenheid;markering');
    const suppressed = lines.find((l) => l.includes('HYPERLINK'));
    // A label that would start a formula does not: it is after "Fenomeen: " and the cell shows the mark.
    expect(suppressed).toMatch(/;·$/);
    expect(
      lines.some((l) => /^Meldingen per fenomeen;Per fenomeen;Totaal;2025;\d+;\d+;meldingen;$/.test(l)),
    ).toBe(true);

    // The spreadsheet holds the same lines: the stamp and the legend as text, the counts as numbers.
    const xlsx = await advisor.get(`${BASE}/${id}/versies/${v.id}/export.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toMatch(/filename="fenomeenanalyse-2025-v1-.*\.xlsx"/);
    const files = unzipSync(new Uint8Array(xlsx.rawPayload));
    const xml = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, data]) => strFromU8(data))
      .join('\n');
    expect(xml).toContain(STAMP);
    expect(xml).toContain('· = niet getoond');
    expect(xml).not.toMatch(/<f>/);

    const pdf = await advisor.get(
      `${BASE}/${id}/versies/${v.id}/export.pdf?ontvanger=Regionaal%20veiligheidsoverleg`,
    );
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const pages = await pdfPages(pdf.rawPayload);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      expect(page).toContain('Niet voor woordvoering');
      expect(page).toContain('niet getoond');
    }
    expect(pages.join(' ')).toContain('Export 2025');

    const register = await t.tdb.db.query<{
      recipient_description: string;
      code: string;
      description: string;
    }>(
      `SELECT d.recipient_description, lb.code, d.description FROM disclosure d
         JOIN legal_basis lb ON lb.id = d.legal_basis_id
        WHERE d.object_type = 'analysis_export' AND d.object_id = $1 ORDER BY d.id`,
      [v.id],
    );
    expect(register.rows).toEqual([
      {
        recipient_description: 'Gemeenteraad en college (geaggregeerde cijfers)',
        code: 'avg_art_6_1_e',
        description: 'Fenomeenanalyse 2025, versie 1 (CSV, geaggregeerde cijfers)',
      },
      {
        recipient_description: 'Gemeenteraad en college (geaggregeerde cijfers)',
        code: 'avg_art_6_1_e',
        description: 'Fenomeenanalyse 2025, versie 1 (XLSX, geaggregeerde cijfers)',
      },
      {
        recipient_description: 'Regionaal veiligheidsoverleg',
        code: 'avg_art_6_1_e',
        description: 'Fenomeenanalyse 2025, versie 1 (PDF, geaggregeerde cijfers)',
      },
    ]);
    const log = await t.tdb.db.query<{ action: string; person_id: string | null; purpose: string }>(
      `SELECT action, person_id, purpose FROM access_log WHERE object_id = $1 AND action = 'export' ORDER BY id`,
      [v.id],
    );
    expect(log.rows).toEqual([
      { action: 'export', person_id: null, purpose: 'fenomeenanalyse' },
      { action: 'export', person_id: null, purpose: 'fenomeenanalyse' },
      { action: 'export', person_id: null, purpose: 'fenomeenanalyse' },
    ]);

    const badBasis = await advisor.get(
      `${BASE}/${id}/versies/${v.id}/export.csv?grondslag=00000000-0000-4000-8000-000000000000`,
    );
    expect(badBasis.statusCode).toBe(400);
    expect(badBasis.json().errors[0]).toMatchObject({ field: 'grondslag' });
  });

  it("a region's policy advisor writes and approves the region's own analysis, with the region's roll-up", async () => {
    const region = await signIn('Noor Hendriks');
    const created = await region.post(BASE, { title: 'Regio 2025', period: '2025' });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const approved = await region.post(`${BASE}/${id}/vaststellen`, { version: 1 });
    expect(approved.statusCode).toBe(201);
    const v = (await region.get(`${BASE}/${id}/versies/${approved.json().id}`)).json();
    expect(v.reports[0].scope.kind).toBe('regio');
    // The municipality does not see the region's document, nor the region the municipality's.
    expect((await advisor.get(`${BASE}/${id}`)).statusCode).toBe(404);
    const own = (await region.get(BASE)).json().documents.map((d: { title: string }) => d.title);
    expect(own).toEqual(['Regio 2025']);
  });

  it('is not for the meldpunt or a partner, and not for another municipality', async () => {
    const { id } = await newDocument();
    for (const name of ['Sanne de Vries', 'Marieke Jansen']) {
      const c = await signIn(name);
      expect((await c.get(BASE)).statusCode).toBe(403);
      expect((await c.get(`${BASE}/${id}`)).statusCode).toBe(403);
      expect((await c.post(BASE, { title: 'x', period: '2025' })).statusCode).toBe(403);
      expect((await c.post(`${BASE}/${id}/vaststellen`, { version: 1 })).statusCode).toBe(403);
    }
    // Another tenant's document is not found (the id of a document of Lindeburg, read as Oosterveen's).
    const other = await t.tdb.db.query<{ id: string }>(
      "SELECT id FROM organisation WHERE name = 'Gemeente Oosterveen'",
    );
    const foreign = { ...advisorActor, tenantId: other.rows[0]?.id as string };
    const r = await approveAnalysisDocument({ ...ctxOf(), actor: foreign }, id, { version: 1 }, liveReports);
    expect(r).toMatchObject({ ok: false, kind: 'not_found' });
  });
});
