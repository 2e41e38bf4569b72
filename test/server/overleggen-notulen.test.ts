import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/test-app.js';
import {
  createOverlegApp,
  decide,
  legalBasisId,
  makeSignal,
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
let meeting: string;
let basis: string;
const DAY = 86_400_000;

async function download(c: TestClient, query = '') {
  return c.get(`/api/overleggen/${meeting}/notulen.pdf${query}`);
}

/** Moves the clock; sessions end after 30 idle minutes, so the caller signs in again. */
async function later(ms: number) {
  t.clock.advance(ms);
  officer = await t.client(U.officer);
}

beforeAll(async () => {
  t = await createOverlegApp();
  officer = await t.client(U.officer);
  basis = await legalBasisId(officer);
  meeting = await planMeeting(officer, {
    type: 'signaleringsoverleg',
    startsAt: '2026-03-02T10:00:00.000Z',
    chairUserId: t.userId[U.officer],
    legalBasisId: basis,
  });
  const a = await placeOnAgenda(officer, meeting, {
    signalId: (await makeSignal(t, { person: 'Bram Zwart' })).id,
  });
  const b = await placeOnAgenda(officer, meeting, {
    signalId: (await makeSignal(t, { person: 'Daan Wit' })).id,
  });
  const c = await placeOnAgenda(officer, meeting, {
    signalId: (await makeSignal(t, { person: 'Geheim Persoon', restricted: true })).id,
  });
  await officer.post(`/api/agendapunten/${a}/uitnodigingen`, {
    organisationId: t.org.school,
    legalBasisId: basis,
  });
  await officer.post(`/api/agendapunten/${b}/uitnodigingen`, {
    organisationId: t.org.jeugdzorg,
    legalBasisId: basis,
  });
  const police = await t.client(U.police);
  const school = await t.client(U.school);
  const youthCare = await t.client(U.youthCare);
  await police.post(`/api/agendapunten/${a}/bijdragen`, {
    text: 'Politie kent Bram van een incident.',
    legalBasisId: basis,
  });
  await police.post(`/api/agendapunten/${b}/bijdragen`, {
    text: 'Politie kent Daan niet.',
    legalBasisId: basis,
  });
  await school.post(`/api/agendapunten/${a}/bijdragen`, {
    text: 'School ziet veel verzuim.',
    legalBasisId: basis,
  });
  await youthCare.post(`/api/agendapunten/${b}/bijdragen`, {
    text: 'Jeugdzorg begeleidt het gezin.',
    legalBasisId: basis,
  });
  await officer.patch(`/api/agendapunten/${a}`, {
    version: 1,
    notes: 'Toelichting bij Bram',
    minutesText: 'Verslag over Bram.',
  });
  await officer.post(`/api/agendapunten/${a}/acties`, {
    description: 'Gesprek met mentor van Bram',
    ownerOrganisationId: t.org.school,
    dueOn: '2026-03-09',
  });
  const m = (await officer.get(`/api/overleggen/${meeting}`)).json();
  await officer.request('PUT', `/api/overleggen/${meeting}/notulen`, {
    version: m.minutes.version,
    generalText: 'Opening door de voorzitter; mededelingen over de regio.',
  });
  await officer.post(`/api/overleggen/${meeting}/agenda-publiceren`, { version: m.version });
  await later(3 * 3_600_000);
  expect(
    (
      await decide(officer, officer, a, {
        outcome: 'geen_zorgen',
        motivation: 'Geen aanwijzingen voor radicalisering.',
      })
    ).statusCode,
  ).toBe(200);
  expect(
    (
      await decide(officer, officer, b, {
        outcome: 'zorgen_geen_radicalisering',
        motivation: 'Zorgen thuis.',
        referredTo: 'Wijkteam Oost',
      })
    ).statusCode,
  ).toBe(200);
  expect(
    (
      await decide(officer, officer, c, {
        outcome: 'zorgen_radicalisering',
        motivation: 'Ambtsbericht bevestigt beeld.',
      })
    ).statusCode,
  ).toBe(200);
});
afterAll(() => t.close());

describe('minutes as a PDF per recipient', () => {
  it('is only there once the chair approved the minutes', async () => {
    const res = await download(officer);
    expect(res.statusCode).toBe(400);
    expect(res.json().message.nl).toBe('Niet alle velden zijn goed ingevuld.');
    expect(res.json().errors[0].nl).toBe('De notulen zijn nog niet vastgesteld door de voorzitter.');
    const m = (await officer.get(`/api/overleggen/${meeting}`)).json();
    expect(
      (await officer.post(`/api/overleggen/${meeting}/notulen/vaststellen`, { version: m.minutes.version }))
        .statusCode,
    ).toBe(200);
  });

  it('downloads as an attachment that is not cached', async () => {
    const res = await download(officer);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="notulen-signaleringsoverleg-2026-03-02.pdf"',
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives the organiser everything, with Dutch headings', async () => {
    const text = await pdfText((await download(officer)).rawPayload);
    for (const phrase of [
      'Notulen signaleringsoverleg',
      'Datum en tijd:',
      'Voorzitter: Ahmed El Idrissi',
      'Versie voor: Gemeente Lindeburg',
      'Algemeen',
      'Opening door de voorzitter',
      'Agendapunt 1: Signaal M-2026-',
      'Betrokkene: Bram Zwart',
      'Daan Wit',
      'Geheim Persoon',
      'Uitkomst: (c) Geen zorgen: afsluiten',
      'Doorverwezen naar: Wijkteam Oost; alert blijven',
      'Inbreng Lindeburg College: School ziet veel verzuim.',
      'Actie: Gesprek met mentor van Bram',
      'Vertrouwelijk.',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it("gives an invited partner only its own item, and records nothing for the municipality's own copy", async () => {
    const school = await t.client(U.school);
    const text = await pdfText((await download(school)).rawPayload);
    for (const phrase of [
      'Versie voor: Lindeburg College',
      'Betrokkene: Bram Zwart',
      'Toelichting bij Bram',
      'Politie kent Bram van een incident.',
      'School ziet veel verzuim.',
      'Verslag over Bram.',
      'Uitkomst: (c) Geen zorgen',
      'Gesprek met mentor van Bram',
    ]) {
      expect(text).toContain(phrase);
    }
    for (const absent of [
      'Daan',
      'Wijkteam Oost',
      'Jeugdzorg begeleidt',
      'Geheim',
      'Ambtsbericht',
      'Opening door de voorzitter',
      'Agendapunt 2',
      'Agendapunt 3',
    ]) {
      expect(text).not.toContain(absent);
    }
    const d = await t.tdb.db.query<{
      recipient_organisation_id: string;
      recipient_user_id: string;
      disclosed_by: string;
      legal_basis_id: string;
    }>(
      "SELECT recipient_organisation_id, recipient_user_id, disclosed_by, legal_basis_id FROM disclosure WHERE object_type = 'meeting_minutes' AND object_id = $1",
      [meeting],
    );
    expect(d.rows).toEqual([
      {
        recipient_organisation_id: t.org.school,
        recipient_user_id: t.userId[U.school],
        disclosed_by: t.userId[U.school],
        legal_basis_id: basis,
      },
    ]);
  });

  it("lets the organiser make a partner's version, recorded as a disclosure to that partner", async () => {
    const res = await download(officer, `?organisationId=${t.org.jeugdzorg}`);
    expect(res.statusCode).toBe(200);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Versie voor: Jeugdzorg Veenstroom');
    expect(text).toContain('Betrokkene: Daan Wit');
    expect(text).toContain('Jeugdzorg begeleidt het gezin.');
    expect(text).toContain('Doorverwezen naar: Wijkteam Oost');
    for (const absent of ['Bram', 'verzuim', 'Geheim', 'Opening door de voorzitter', 'Agendapunt 2']) {
      expect(text).not.toContain(absent);
    }
    // Its item is the second on the whole agenda, but the first (and only) in its version.
    expect(text).toContain('Agendapunt 1: Signaal M-2026-');
    const d = await t.tdb.db.query<{
      recipient_organisation_id: string;
      disclosed_by: string;
      description: string;
    }>(
      "SELECT recipient_organisation_id, disclosed_by, description FROM disclosure WHERE object_type = 'meeting_minutes' AND recipient_organisation_id = $1",
      [t.org.jeugdzorg],
    );
    expect(d.rows).toEqual([
      {
        recipient_organisation_id: t.org.jeugdzorg,
        disclosed_by: t.userId[U.officer],
        description: 'Notulen signaleringsoverleg 2026-03-02 (versie voor de ontvanger, 1 agendapunt(en))',
      },
    ]);
    const ggz = await download(officer, `?organisationId=${t.org.ggz}`);
    expect(ggz.statusCode).toBe(400);
    expect(ggz.json().errors[0].field).toBe('organisationId');
    const police = await t.client(U.police);
    expect((await download(police, `?organisationId=${t.org.jeugdzorg}`)).statusCode).toBe(403);
  });

  it('numbers the agenda of an invited partner among its own items, on screen too', async () => {
    const youthCare = await t.client(U.youthCare);
    const m = (await youthCare.get(`/api/overleggen/${meeting}`)).json();
    expect(m.items.map((i: { position: number; title: string }) => i.position)).toEqual([1]);
    const forOfficer = (await officer.get(`/api/overleggen/${meeting}`)).json();
    expect(forOfficer.items.map((i: { position: number }) => i.position)).toEqual([1, 2, 3]);
  });

  it('keeps the record of disclosures append-only for the application', async () => {
    await expect(t.tdb.db.query('UPDATE disclosure SET legal_basis_id = legal_basis_id')).rejects.toThrow();
    await expect(t.tdb.db.query('DELETE FROM disclosure')).rejects.toThrow();
  });

  it('gives a standing member the whole agenda except the AIVD item', async () => {
    const police = await t.client(U.police);
    const text = await pdfText((await download(police)).rawPayload);
    for (const phrase of [
      'Bram Zwart',
      'Daan Wit',
      'Opening door de voorzitter',
      'Versie voor: Politie eenheid Veenstroom',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(text).not.toContain('Geheim');
    expect(text).not.toContain('Ambtsbericht');
  });

  it('refuses those who take no part, and logs every item exported', async () => {
    const other = await t.client(U.otherOfficer);
    expect((await download(other)).statusCode).toBe(404);
    const om = await t.client(U.om);
    expect((await download(om)).statusCode).toBe(200);
    const log = await t.tdb.db.query<{ object_type: string; person_id: string | null }>(
      "SELECT object_type, person_id FROM access_log WHERE actor_user_id = $1 AND action = 'export' ORDER BY id",
      [t.userId[U.om]],
    );
    expect(log.rows.map((r) => r.object_type)).toEqual(['overleg_notulen', 'overleg_item', 'overleg_item']);
    expect(log.rows.slice(1).every((r) => r.person_id !== null)).toBe(true);
  });

  it('after the need-to-know window gives the invited partner only its own contributions', async () => {
    await later(15 * DAY);
    const school = await t.client(U.school);
    const text = await pdfText((await download(school)).rawPayload);
    expect(text).toContain('Inbreng Lindeburg College: School ziet veel verzuim.');
    for (const absent of ['Bram', 'Politie kent', 'Geen zorgen', 'Toelichting', 'Verslag over', 'mentor']) {
      expect(text).not.toContain(absent);
    }
  });
});
