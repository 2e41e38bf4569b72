import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { api, expect, expectAccessible, signInAsDemo, test } from './fixtures';
import { word } from './meldpunt-helpers';
import {
  decideByApi,
  heldTriageMeeting,
  legalBasis,
  organisations,
  triageSignal,
} from './overleggen-helpers';

const fonts = fileURLToPath(new URL('../node_modules/pdfjs-dist/standard_fonts/', import.meta.url));

/** The text of every page of a PDF, whitespace collapsed, so phrases wrapped over lines still match. */
async function pdfText(data: Buffer): Promise<string> {
  const doc = await getDocument({
    data: new Uint8Array(data),
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

/** Chooses a recipient, downloads the PDF through the page and returns its text. */
async function downloadFor(page: Page, recipient: string): Promise<{ name: string; text: string }> {
  const pdf = page.getByRole('form', { name: 'Notulen als pdf' });
  await pdf.getByLabel('Ontvanger').selectOption({ label: recipient });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    pdf.getByRole('button', { name: 'Notulen downloaden (pdf)' }).click(),
  ]);
  await expect(page.getByText(`De notulen voor ${recipient} zijn gedownload.`)).toBeVisible();
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await pdfText(await readFile(path)) };
}

test.describe('Overleggen: the minutes', () => {
  test('two edits of the minutes meet in a conflict that keeps the input; once approved, each recipient gets a PDF with only its own part', async ({
    page,
    newSession,
  }) => {
    test.setTimeout(120_000);
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const topic = word('notulen');
    const first = await triageSignal(page, {
      description: `Eerste signaal (${topic}).`,
      person: `Bram ${topic}`,
      link: true,
    });
    const second = await triageSignal(page, {
      description: `Tweede signaal (${topic}).`,
      person: `Daan ${topic}`,
      link: true,
    });
    const meeting = await heldTriageMeeting(page, [first, second], { title: `Signaleringsoverleg ${topic}` });
    const [firstItem, secondItem] = meeting.items as [string, string];
    const client = await api(page);
    const basis = await legalBasis(page);
    const orgs = await organisations(page);
    await client.send('POST', `/api/agendapunten/${secondItem}/uitnodigingen`, {
      organisationId: orgs.jeugdzorg,
      legalBasisId: basis,
    });
    const police = await newSession();
    await signInAsDemo(police, 'ketenpartner');
    const policeApi = await api(police);
    const wpg = await legalBasis(police, 'wpg_art_16');
    await policeApi.send('POST', `/api/agendapunten/${firstItem}/bijdragen`, {
      text: `Politie kent Bram van een incident (${topic}).`,
      legalBasisId: wpg,
    });
    await policeApi.send('POST', `/api/agendapunten/${secondItem}/bijdragen`, {
      text: `Politie kent Daan niet (${topic}).`,
      legalBasisId: wpg,
    });
    const m = await client.get<{ version: number }>(`/api/overleggen/${meeting.id}`);
    await client.send('POST', `/api/overleggen/${meeting.id}/agenda-publiceren`, { version: m.version });
    await decideByApi(page, firstItem, {
      outcome: 'geen_zorgen',
      motivation: 'Past bij een schoolopdracht.',
    });
    await decideByApi(page, secondItem, {
      outcome: 'zorgen_geen_radicalisering',
      motivation: 'Zorgen over de thuissituatie.',
      referredTo: 'Wijkteam Oost',
    });

    // The officer writes the general part while Sanne de Vries saves hers.
    await page.goto(`/overleggen/${meeting.id}`);
    const minutes = page.getByRole('region', { name: 'Notulen' });
    const general = minutes.getByLabel('Algemeen deel van de notulen');
    await general.fill(`Opening door de voorzitter (${topic}).`);
    const meldpunt = await newSession();
    await signInAsDemo(meldpunt, 'meldpunt');
    const meldpuntApi = await api(meldpunt);
    const current = await meldpuntApi.get<{ minutes: { version: number } }>(`/api/overleggen/${meeting.id}`);
    await meldpuntApi.send('PUT', `/api/overleggen/${meeting.id}/notulen`, {
      version: current.minutes.version,
      generalText: 'Mededelingen van het meldpunt.',
    });
    await minutes.getByRole('button', { name: 'Notulen opslaan' }).click();
    await expect(
      page.getByRole('region', { name: /^Iemand anders heeft dit intussen gewijzigd/ }),
    ).toBeFocused();
    const theirs = minutes.getByRole('region', { name: 'De versie die nu is opgeslagen' });
    await expect(theirs).toContainText('Mededelingen van het meldpunt.');
    await expect(general).toHaveValue(`Opening door de voorzitter (${topic}).`);
    await expectAccessible(page, 'minutes with a conflict');
    await general.fill(`Opening door de voorzitter (${topic}). Mededelingen van het meldpunt.`);
    await minutes.getByRole('button', { name: 'Notulen opslaan' }).click();
    await expect(page.getByText('De notulen zijn opgeslagen.')).toBeVisible();

    await minutes.getByRole('button', { name: 'Notulen vaststellen' }).click();
    await page.getByRole('button', { name: 'Ja, notulen vaststellen' }).click();
    await expect(page.getByText('De notulen zijn vastgesteld. Het overleg is afgerond.')).toBeVisible();
    await expect(minutes).toContainText('Vastgesteld op');
    await expectAccessible(page, 'approved minutes with the PDF form');

    // The police are a standing member: everything, with the general part.
    const forPolice = await downloadFor(page, 'Politie eenheid Veenstroom, team CTER');
    expect(forPolice.name).toMatch(/^notulen-signaleringsoverleg-\d{4}-\d{2}-\d{2}-politie.*\.pdf$/);
    expect(forPolice.text).toContain('Versie voor: Politie eenheid Veenstroom, team CTER');
    expect(forPolice.text).toContain(`Opening door de voorzitter (${topic}).`);
    for (const s of [first, second]) {
      expect(forPolice.text).toContain(s.reference);
      expect(forPolice.text).toContain(s.person);
    }
    expect(forPolice.text).toContain('Wijkteam Oost');

    // Jeugdzorg was invited for the second item only: that item, numbered 1, and nothing else.
    const forYouthCare = await downloadFor(page, 'Jeugdzorg Veenstroom');
    expect(forYouthCare.text).toContain('Versie voor: Jeugdzorg Veenstroom');
    expect(forYouthCare.text).toContain(`Agendapunt 1: Signaal ${second.reference}`);
    expect(forYouthCare.text).toContain(second.person);
    expect(forYouthCare.text).toContain(`Politie kent Daan niet (${topic}).`);
    expect(forYouthCare.text).toContain('Wijkteam Oost');
    expect(forYouthCare.text).not.toContain(first.reference);
    expect(forYouthCare.text).not.toContain(first.person);
    expect(forYouthCare.text).not.toContain('Politie kent Bram');
    expect(forYouthCare.text).not.toContain('Opening door de voorzitter');
    expect(forYouthCare.text).not.toContain('Agendapunt 2');
    await expectAccessible(page, 'minutes after the downloads');
  });
});
