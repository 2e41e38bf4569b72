import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/test-app.js';
import { joinCase, logOf, makeCase, makePerson } from './casus-fixtures.js';
import {
  createOverlegApp,
  legalBasisId,
  type OverlegTestApp,
  placeOnAgenda,
  planMeeting,
  U,
} from './overleggen-fixtures.js';

const fonts = fileURLToPath(new URL('../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url));

/** The text of every page, whitespace collapsed, so phrases wrapped over lines still match. */
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

let t: OverlegTestApp;
let officer: TestClient;
let police: TestClient;
let mayor: TestClient;
let basis: string;
let c: { id: string; personId: string; reference: string };
let brotherCase: { id: string; reference: string };
let meeting: string;

beforeAll(async () => {
  t = await createOverlegApp();
  officer = await t.client(U.officer);
  police = await t.client(U.police);
  mayor = await t.client(U.mayor);
  basis = await legalBasisId(officer);
  c = await makeCase(t, { name: 'Daan Summier' });
  brotherCase = await makeCase(t, { name: 'Bram Summier' });
  await joinCase(officer, c.id, t.org.politie, 'Wijkagent');
  await joinCase(officer, c.id, t.org.jeugdzorg, 'Gezinsmanager');
  await joinCase(officer, brotherCase.id, t.org.jeugdzorg, 'Gezinsmanager');
  const signals = await makePerson(t, { name: 'Bram Summier' });
  const put = async (url: string, body: unknown) => {
    const r = await officer.request('PUT', url, body);
    expect(r.statusCode, r.body).toBe(200);
  };
  await put(`/api/casussen/${c.id}/plan`, {
    version: 0,
    goals: 'Afstand nemen van de online groep.',
    drivers: { identiteit: 'Zoekt erbij te horen.', betekenis: '', rechtvaardigheid: '', sensatie: '' },
    protectiveFactors: 'Goede band met zijn zus.',
    impactOnSurroundings: '',
  });
  const p = await officer.post(`/api/casussen/${c.id}/netwerk/personen`, {
    name: 'Bram',
    relation: 'broer_zus',
    vulnerability: 'Volgt dezelfde kanalen.',
    preventiveCare: true,
    preventiveCareNote: 'Jongerenwerk betrokken',
    linkedPersonId: signals,
    linkedCasusId: brotherCase.id,
  });
  expect(p.statusCode, p.body).toBe(201);
  await put(`/api/casussen/${c.id}/woordvoeringslijn`, {
    version: 0,
    spokesperson: 'om',
    lines: 'Geen uitspraken over personen.',
    agreedOn: '2026-03-01',
  });
  const b = await officer.post(`/api/casussen/${c.id}/raadsinformatie`, {
    briefedOn: '2026-03-01',
    text: 'Besloten raad: een jongere is in beeld.',
  });
  expect(b.statusCode, b.body).toBe(201);
  meeting = await planMeeting(officer, {
    type: 'casusoverleg',
    startsAt: '2026-03-05T13:00:00.000Z',
    chairUserId: t.userId[U.officer],
    memberOrganisationIds: [t.org.gemeente, t.org.politie],
  });
  await placeOnAgenda(officer, meeting, { casusId: c.id });
});
afterAll(() => t.close());

const pdf = (query: string) => officer.get(`/api/casussen/${c.id}/samenvatting.pdf${query}`);

describe('case summary PDF per recipient', () => {
  it('offers the municipality, the participating partners, the meetings and the legal bases', async () => {
    const r = await officer.get(`/api/casussen/${c.id}/samenvatting/opties`);
    expect(r.statusCode, r.body).toBe(200);
    expect(
      r
        .json()
        .recipients.map((x: { organisationId: string; partner: boolean }) => [x.organisationId, x.partner]),
    ).toEqual([
      [t.org.gemeente, false],
      [t.org.jeugdzorg, true],
      [t.org.politie, true],
    ]);
    expect(r.json().meetings.map((m: { id: string }) => m.id)).toEqual([meeting]);
    expect(r.json().legalBases.map((b: { id: string }) => b.id)).toContain(basis);
  });

  it('gives the municipality everything, without recording a disclosure', async () => {
    const r = await pdf(`?meetingId=${meeting}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['content-disposition']).toMatch(
      /^attachment; filename="casussamenvatting-C-2026-\d+-2026-03-02\.pdf"$/,
    );
    expect(r.headers['cache-control']).toBe('no-store');
    const text = await pdfText(r.rawPayload);
    for (const s of [
      `Casussamenvatting ${c.reference}`,
      'Daan Summier',
      // Dates written out in Dutch, as on the screens.
      'Opgesteld op 2 maart 2026',
      'Geopend: 1 maart 2026',
      'Volgende evaluatie: 1 juni 2026',
      'Voor: Multidisciplinair casusoverleg van 5 maart 2026',
      'Afgesproken op: 1 maart 2026',
      '1 maart 2026: Besloten raad: een jongere is in beeld.',
      'Afstand nemen van de online groep.',
      'Bram (broer/zus)',
      'preventieve zorg geregeld: Jongerenwerk betrokken',
      'eigen registratie meldpunt: Bram Summier',
      `eigen casus ${brotherCase.reference}`,
      'Woordvoering door: OM',
      'Raadsinformatie (besloten)',
      'Besloten raad: een jongere is in beeld.',
    ]) {
      expect(text).toContain(s);
    }
    const d = await t.tdb.db.query('SELECT 1 FROM disclosure WHERE object_id = $1', [c.id]);
    expect(d.rowCount).toBe(0);
  });

  it('gives a partner only what it may see, and records the disclosure with its basis', async () => {
    const r = await pdf(`?organisationId=${t.org.politie}&legalBasisId=${basis}&meetingId=${meeting}`);
    expect(r.statusCode, r.body).toBe(200);
    const text = await pdfText(r.rawPayload);
    expect(text).toContain('Ontvanger: Politie');
    expect(text).toContain('Afstand nemen van de online groep.');
    expect(text).toContain('Bram (broer/zus)');
    expect(text).toContain('Woordvoering door: OM');
    // Not the council briefings, not the meldpunt's person record, not a case the police does not take part in.
    expect(text).not.toContain('Raadsinformatie');
    expect(text).not.toContain('Besloten raad');
    expect(text).not.toContain('eigen registratie meldpunt');
    expect(text).not.toContain(brotherCase.reference);

    // Youth care takes part in the brother's case too: it sees that link.
    const forYouthCare = await pdfText(
      (await pdf(`?organisationId=${t.org.jeugdzorg}&legalBasisId=${basis}`)).rawPayload,
    );
    expect(forYouthCare).toContain(`eigen casus ${brotherCase.reference}`);

    const d = await t.tdb.db.query<{
      object_type: string;
      recipient_organisation_id: string;
      legal_basis_id: string;
      description: string;
    }>(
      'SELECT object_type, recipient_organisation_id, legal_basis_id, description FROM disclosure WHERE object_id = $1 ORDER BY id',
      [c.id],
    );
    expect(d.rows).toHaveLength(2);
    expect(d.rows[0]).toMatchObject({
      object_type: 'casus_summary',
      recipient_organisation_id: t.org.politie,
      legal_basis_id: basis,
    });
    // Content-free: the reference, never the name.
    expect(d.rows[0]?.description).toContain(c.reference);
    expect(d.rows[0]?.description).not.toContain('Daan');
    expect((await logOf(t, c.id)).filter((e) => e.action === 'export')).toHaveLength(3);
  });

  it('refuses a recipient that does not take part, a partner without basis, and others than the regie', async () => {
    const school = await pdf(`?organisationId=${t.org.school}&legalBasisId=${basis}`);
    expect(school.statusCode).toBe(400);
    expect(school.json().errors[0].field).toBe('organisationId');
    const noBasis = await pdf(`?organisationId=${t.org.politie}`);
    expect(noBasis.statusCode).toBe(400);
    expect(noBasis.json().errors[0].field).toBe('legalBasisId');
    const otherMeeting = await pdf(`?meetingId=${brotherCase.id}`);
    expect(otherMeeting.json().errors[0].field).toBe('meetingId');
    expect((await police.get(`/api/casussen/${c.id}/samenvatting.pdf`)).statusCode).toBe(403);
    expect((await mayor.get(`/api/casussen/${c.id}/samenvatting.pdf`)).statusCode).toBe(403);
  });

  it('says in words when the review is late', async () => {
    await t.tdb.db.query(`UPDATE casus SET next_review_on = '2026-02-01' WHERE id = $1`, [brotherCase.id]);
    const r = await officer.get(`/api/casussen/${brotherCase.id}/samenvatting.pdf`);
    expect(r.statusCode, r.body).toBe(200);
    const text = await pdfText(r.rawPayload);
    expect(text).toContain('Volgende evaluatie: 1 februari 2026: te laat, 29 dagen over de datum');
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    // The case on time says no such thing.
    expect(await pdfText((await pdf('')).rawPayload)).not.toContain('te laat');
  });
});

describe('phase changes decided in a meeting', () => {
  it('are recorded in the case timeline', async () => {
    const item = await placeOnAgenda(officer, meeting, { casusId: brotherCase.id });
    const draft = await officer.request('PUT', `/api/agendapunten/${item}/besluit`, {
      version: null,
      decisions: 'Aanpak afgerond; nazorg via het wijkteam.',
      nextPhase: 'nazorg',
    });
    expect(draft.statusCode, draft.body).toBe(200);
    const ok = await officer.post(`/api/agendapunten/${item}/besluit/vaststellen`, {
      version: draft.json().version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const detail = (await officer.get(`/api/casussen/${brotherCase.id}`)).json();
    expect(detail.phase).toBe('nazorg');
    expect(detail.timeline.find((e: { kind: string }) => e.kind === 'fase_gewijzigd')).toMatchObject({
      from: 'persoonsgerichte_aanpak',
      to: 'nazorg',
      reason: 'Besluit van het casusoverleg',
      by: U.officer,
    });
  });
});
