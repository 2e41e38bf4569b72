import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/test-app.js';
import { makeCase } from './casus-fixtures.js';
import { signedIn } from './meldingen-fixtures.js';
import { createOverlegApp, type OverlegTestApp, U } from './overleggen-fixtures.js';

/**
 * The intervention register (issue 17): interventions with their theory of change, evaluations, the report
 * for the college or the council, and who may read and keep them.
 */
let t: OverlegTestApp;
let officer: TestClient;
let otherOfficer: TestClient;
let police: TestClient;
let mayor: TestClient;
let policy: TestClient;
let meldpunt: TestClient;

const fonts = fileURLToPath(new URL('../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url));

async function pdfText(body: Buffer): Promise<string> {
  const doc = await getDocument({
    data: new Uint8Array(body),
    disableFontFace: true,
    isEvalSupported: false,
    standardFontDataUrl: fonts,
  }).promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const i of content.items) if ('str' in i) text += i.str + (i.hasEOL ? '\n' : '');
  }
  return text.replace(/\s+/g, ' ');
}

beforeAll(async () => {
  t = await createOverlegApp();
  officer = await signedIn(t.app, U.officer);
  otherOfficer = await signedIn(t.app, U.otherOfficer);
  police = await signedIn(t.app, U.police);
  mayor = await signedIn(t.app, U.mayor);
  policy = await signedIn(t.app, U.policy);
  meldpunt = await signedIn(t.app, U.meldpunt);
});
afterAll(() => t.close());

const theory = {
  inputs: 'Twee jongerenwerkers, 0,4 fte coördinatie.',
  activities: 'Wekelijkse gesprekken met een mentor.',
  outputs: '20 trajecten per jaar.',
  outcomes: 'Jongeren hebben een vertrouwd aanspreekpunt en blijven op school.',
  assumptions: 'Een vaste band met een volwassene maakt jongeren weerbaarder.',
  indicators: 'Aantal afgeronde trajecten; schoolverzuim.',
};

const body = (over: Record<string, unknown> = {}) => ({
  title: 'Mentorproject Lindeburg-Oost',
  description: 'Mentoren voor jongeren die vastlopen.',
  kind: 'preventief_programma',
  type: 'preventief',
  preventionLevel: 'secundair',
  targetGroup: 'Jongeren van 12 tot 23 jaar',
  provider: 'Jongerenwerk Lindeburg',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  budgetLine: 'Programma 6.1 Veiligheid',
  active: true,
  ...theory,
  ...over,
});

const evaluation = (over: Record<string, unknown> = {}) => ({
  kind: 'effect',
  title: 'Effectevaluatie eerste jaar',
  questions: ['Wat is de effectiviteit van uw interventies?'],
  participants: 'Jongerenwerk, twee scholen, wijkagent',
  method: 'Interviews en een analyse van de trajectregistratie.',
  findings: 'De meeste jongeren bleven op school.',
  recommendations: 'Meer mentoren werven.',
  followUp: 'Het college besluit in het voorjaar over verlenging.',
  status: 'vastgesteld',
  evaluatedOn: '2026-02-20',
  ...over,
});

describe('the intervention register', () => {
  it('registers an intervention with its theory of change and edits it at the version read', async () => {
    const missing = await policy.post('/api/evaluatie/interventies', body({ title: '' }));
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.json().errors).toEqual([
      {
        field: 'title',
        nl: 'Vul de naam van de interventie in.',
        en: 'Enter the name of the intervention.',
      },
    ]);
    const noCatalogue = await policy.post(
      '/api/evaluatie/interventies',
      body({ kind: 'pga_maatregel', type: 'zorg' }),
    );
    expect(noCatalogue.statusCode).toBe(400);
    expect(noCatalogue.json().errors[0]).toMatchObject({
      field: 'catalogueId',
      nl: 'Kies de soort maatregel uit de catalogus.',
      en: 'Choose the kind of measure from the catalogue.',
    });
    const backwards = await policy.post('/api/evaluatie/interventies', body({ periodEnd: '2025-06-01' }));
    expect(backwards.json().errors[0].field).toBe('periodEnd');

    const created = await policy.post('/api/evaluatie/interventies', body());
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const read = (await mayor.get(`/api/evaluatie/interventies/${id}`)).json();
    expect(read).toMatchObject({
      title: 'Mentorproject Lindeburg-Oost',
      theory,
      version: 1,
      evaluationList: [],
    });

    const changed = await officer.request('PUT', `/api/evaluatie/interventies/${id}`, {
      ...body({ outputs: '25 trajecten per jaar.' }),
      version: 1,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().version).toBe(2);
    const stale = await policy.request('PUT', `/api/evaluatie/interventies/${id}`, { ...body(), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id, version: 2 });
    expect((await policy.get(`/api/evaluatie/interventies/${id}`)).json().theory.outputs).toBe(
      '25 trajecten per jaar.',
    );
  });

  it('links a PGA measure type of the catalogue and a policy goal of the municipality only', async () => {
    const options = (await policy.get('/api/evaluatie/interventies/keuzes')).json();
    expect(options.defaultQuestions).toHaveLength(5);
    const mentor = options.catalogue.find((c: { code: string }) => c.code === 'mentor');
    const goal = await policy.post('/api/evaluatie/doelen', {
      title: 'Jongeren weerbaar maken',
      description: '',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      status: 'actief',
    });
    const goalId = goal.json().id as string;
    const wrongTrack = await policy.post(
      '/api/evaluatie/interventies',
      body({ kind: 'pga_maatregel', catalogueId: mentor.id, type: 'bestuurlijk' }),
    );
    expect(wrongTrack.json().errors[0].field).toBe('type');
    const created = await policy.post(
      '/api/evaluatie/interventies',
      body({
        title: 'Mentor (PGA)',
        kind: 'pga_maatregel',
        catalogueId: mentor.id,
        type: 'zorg',
        preventionLevel: 'tertiair',
        policyGoalId: goalId,
      }),
    );
    expect(created.statusCode).toBe(201);
    const read = (await policy.get(`/api/evaluatie/interventies/${created.json().id}`)).json();
    expect(read.catalogue).toMatchObject({ code: 'mentor' });
    expect(read.policyGoal).toEqual({ id: goalId, title: 'Jongeren weerbaar maken' });
    await policy.post(
      `/api/evaluatie/interventies/${created.json().id}/evaluaties`,
      evaluation({ kind: 'proces' }),
    );
    const goalRead = (await mayor.get(`/api/evaluatie/doelen/${goalId}`)).json();
    expect(goalRead.interventions).toEqual([
      expect.objectContaining({
        id: created.json().id,
        title: 'Mentor (PGA)',
        evaluations: [expect.objectContaining({ kind: 'proces', title: 'Effectevaluatie eerste jaar' })],
      }),
    ]);
    const filtered = (await mayor.get(`/api/evaluatie/interventies?doel=${goalId}`)).json();
    expect(filtered.interventions.map((i: { title: string }) => i.title)).toEqual(['Mentor (PGA)']);
    const byLevel = (await mayor.get('/api/evaluatie/interventies?niveau=tertiair&type=zorg')).json();
    expect(
      byLevel.interventions.every((i: { preventionLevel: string }) => i.preventionLevel === 'tertiair'),
    ).toBe(true);
    // Another municipality's goal is refused, as a field error.
    const foreign = await otherOfficer.post('/api/evaluatie/interventies', body({ policyGoalId: goalId }));
    expect(foreign.json().errors[0].field).toBe('policyGoalId');
  });

  it('pages the register on the server', async () => {
    for (const n of [1, 2, 3]) {
      expect(
        (await policy.post('/api/evaluatie/interventies', body({ title: `Paging ${n}` }))).statusCode,
      ).toBe(201);
    }
    const seen: string[] = [];
    const seenIds: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 50; i++) {
      const url: string = `/api/evaluatie/interventies?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await policy.get(url)).json() as {
        interventions: { id: string; title: string }[];
        nextCursor: string | null;
      };
      expect(page.interventions.length).toBeLessThanOrEqual(2);
      seen.push(...page.interventions.map((x) => x.title));
      seenIds.push(...page.interventions.map((x) => x.id));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(seen.filter((s) => s.startsWith('Paging'))).toEqual(['Paging 1', 'Paging 2', 'Paging 3']);
    expect(new Set(seenIds).size).toBe(seenIds.length);
    // The demo's register is on the pages too (a believable year).
    expect(seen).toContain('BOUNCE weerbaarheidstraining');
    const bad = await policy.get('/api/evaluatie/interventies?cursor=nonsense');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('cursor');
  });

  it('is read by the officer, the policy advisor and the mayor, kept by the first two', async () => {
    const id = (
      await policy.post('/api/evaluatie/interventies', body({ title: 'Sleutelfigurennetwerk' }))
    ).json().id as string;
    for (const who of [officer, policy, mayor]) {
      expect((await who.get(`/api/evaluatie/interventies/${id}`)).statusCode).toBe(200);
    }
    for (const who of [police, meldpunt]) {
      expect((await who.get('/api/evaluatie/interventies')).statusCode).toBe(403);
      expect((await who.get(`/api/evaluatie/interventies/${id}`)).statusCode).toBe(403);
    }
    expect((await mayor.post('/api/evaluatie/interventies', body())).statusCode).toBe(403);
    expect(
      (await mayor.request('PUT', `/api/evaluatie/interventies/${id}`, { ...body(), version: 1 })).statusCode,
    ).toBe(403);
    expect((await mayor.post(`/api/evaluatie/interventies/${id}/evaluaties`, evaluation())).statusCode).toBe(
      403,
    );
    // Another municipality sees nothing of it.
    expect((await otherOfficer.get(`/api/evaluatie/interventies/${id}`)).statusCode).toBe(404);
    const theirs = (await otherOfficer.get('/api/evaluatie/interventies')).json();
    expect(theirs.interventions.map((i: { id: string }) => i.id)).not.toContain(id);
  });
});

describe('evaluations', () => {
  it('records an effect evaluation, versioned, and exports it as a PDF report', async () => {
    const id = (
      await policy.post('/api/evaluatie/interventies', body({ title: 'BOUNCE weerbaarheidstraining' }))
    ).json().id as string;
    const missing = await policy.post(
      `/api/evaluatie/interventies/${id}/evaluaties`,
      evaluation({ title: ' ', questions: [] }),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      { field: 'title', nl: 'Vul de titel van de evaluatie in.', en: 'Enter the title of the evaluation.' },
      {
        field: 'questions',
        nl: 'Noem minstens één evaluatievraag.',
        en: 'Name at least one evaluation question.',
      },
    ]);
    const noKind = await policy.post(
      `/api/evaluatie/interventies/${id}/evaluaties`,
      evaluation({ kind: undefined }),
    );
    expect(noKind.json().errors[0]).toMatchObject({
      field: 'kind',
      nl: 'Kies of het een plan-, proces- of effectevaluatie is.',
    });
    const created = await policy.post(`/api/evaluatie/interventies/${id}/evaluaties`, evaluation());
    expect(created.statusCode).toBe(201);
    const evaluationId = created.json().id as string;
    const intervention = (await mayor.get(`/api/evaluatie/interventies/${id}`)).json();
    expect(intervention.evaluationList).toEqual([
      expect.objectContaining({ id: evaluationId, kind: 'effect', status: 'vastgesteld' }),
    ]);
    const read = (await mayor.get(`/api/evaluatie/interventies/${id}/evaluaties/${evaluationId}`)).json();
    expect(read).toMatchObject({ participants: 'Jongerenwerk, twee scholen, wijkagent', version: 1 });

    const changed = await officer.request(
      'PUT',
      `/api/evaluatie/interventies/${id}/evaluaties/${evaluationId}`,
      {
        ...evaluation({ findings: 'De meeste jongeren bleven op school; twee stopten.' }),
        version: 1,
      },
    );
    expect(changed.json().version).toBe(2);
    const stale = await policy.request(
      'PUT',
      `/api/evaluatie/interventies/${id}/evaluaties/${evaluationId}`,
      {
        ...evaluation(),
        version: 1,
      },
    );
    expect(stale.statusCode).toBe(409);

    const pdf = await mayor.get(
      `/api/evaluatie/interventies/${id}/evaluaties/${evaluationId}/rapport.pdf?voor=raad`,
    );
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('attachment');
    expect(pdf.headers['cache-control']).toBe('no-store');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Effectevaluatie: Effectevaluatie eerste jaar');
    expect(text).toContain('Voor de gemeenteraad');
    expect(text).toContain('BOUNCE weerbaarheidstraining');
    expect(text).toContain('Veranderingstheorie');
    expect(text).toContain('Een vaste band met een volwassene maakt jongeren weerbaarder.');
    expect(text).toContain('twee stopten');
    expect(text).toContain('Het college besluit in het voorjaar over verlenging.');

    // The evaluation of another intervention is not reached through this one; nor by another municipality.
    const other = (
      await policy.post('/api/evaluatie/interventies', body({ title: 'Lokaal actieplan' }))
    ).json().id as string;
    expect(
      (await policy.get(`/api/evaluatie/interventies/${other}/evaluaties/${evaluationId}`)).statusCode,
    ).toBe(404);
    expect(
      (await otherOfficer.get(`/api/evaluatie/interventies/${id}/evaluaties/${evaluationId}/rapport.pdf`))
        .statusCode,
    ).toBe(404);
  });
});

describe('closure reasons and lead times per intervention', () => {
  /** A case opened in 2023 with a measure of the catalogue entry, closed in 2024 for the reason given. */
  async function closedCaseWith(catalogueId: string, reason: string, closedOn: string) {
    const c = await makeCase(t, { openedOn: '2023-06-01' });
    await t.tdb.db.query(
      `INSERT INTO casus_measure (casus_id, catalogue_id, track, title, owner_organisation_id, status, created_at,
         created_by, updated_at)
       VALUES ($1, $2, 'zorg', 'Exitbegeleiding', $3, 'afgerond', now(), $4, now())`,
      [c.id, catalogueId, t.tenantId, t.userId[U.officer]],
    );
    await t.tdb.db.query(
      `UPDATE casus SET phase = 'afgesloten', closed_at = $2, closure_reason = $3 WHERE id = $1`,
      [c.id, `${closedOn}T10:00:00Z`, reason],
    );
  }

  it('shows them for a PGA measure type only through the disclosure control, never a score', async () => {
    const options = (await policy.get('/api/evaluatie/interventies/keuzes')).json();
    const exit = options.catalogue.find((c: { code: string }) => c.code === 'exitbegeleiding');
    const programme = (
      await policy.post('/api/evaluatie/interventies', body({ title: 'Weerbaarheid' }))
    ).json().id as string;
    const none = (await mayor.get(`/api/evaluatie/interventies/${programme}/cijfers?jaar=2024`)).json();
    expect(none).toMatchObject({ applies: false, table: null, leadTime: null });

    const id = (
      await policy.post(
        '/api/evaluatie/interventies',
        body({ title: 'Exitbegeleiding', kind: 'pga_maatregel', catalogueId: exit.id, type: 'zorg' }),
      )
    ).json().id as string;
    // Two cases: below the threshold, so nothing is shown (and no median).
    await closedCaseWith(exit.id, 'disengaged', '2024-03-01');
    await closedCaseWith(exit.id, 'verhuisd', '2024-04-01');
    const few = (await mayor.get(`/api/evaluatie/interventies/${id}/cijfers?jaar=2024`)).json();
    expect(few.applies).toBe(true);
    expect(few.table.rows.every((r: { current: object }) => 'suppressed' in r.current)).toBe(true);
    expect(few.leadTime.value).toEqual({ suppressed: true });

    // Enough cases for one reason and the total: those are shown, the small one stays suppressed.
    for (let n = 0; n < few.k + 1; n++) await closedCaseWith(exit.id, 'disengaged', '2024-05-01');
    const more = (await mayor.get(`/api/evaluatie/interventies/${id}/cijfers?jaar=2024`)).json();
    const cell = (reason: string) =>
      more.table.rows.find((r: { coordinates: { reden?: string } }) => r.coordinates.reden === reason)
        ?.current;
    const total = more.table.rows.find(
      (r: { coordinates: object }) => Object.keys(r.coordinates).length === 0,
    ).current;
    // The one person who moved is not shown, nor can it be worked back from the total and the other reason.
    expect(cell('verhuisd')).toEqual({ suppressed: true });
    expect('suppressed' in cell('disengaged') || 'suppressed' in total).toBe(true);
    expect([cell('disengaged'), total].some((c) => 'persons' in c && c.persons >= few.k)).toBe(true);
    expect(JSON.stringify(more)).not.toMatch(/score|rang/i);
    expect(more.leadTime.value.days).toBeGreaterThan(200);
    expect((await police.get(`/api/evaluatie/interventies/${id}/cijfers`)).statusCode).toBe(403);
    expect((await otherOfficer.get(`/api/evaluatie/interventies/${id}/cijfers`)).statusCode).toBe(404);
    expect((await mayor.get(`/api/evaluatie/interventies/${id}/cijfers?jaar=2999`)).statusCode).toBe(400);
  });
});
