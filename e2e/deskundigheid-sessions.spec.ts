import { expect, expectAccessible, signInAsDemo, test, unique } from './fixtures';

/**
 * Deskundigheid, sessions: recording a joint session of municipal staff and partner professionals by importing
 * an attendance list. A file with a problem row is shown with its row and field and nothing is recorded; the
 * corrected file is previewed and committed in one go, and the session names both organisations. Then the
 * anonymous reaction form is opened and filled in.
 */

const HEADER = 'datum;training;organisatie;doelgroep;naam;e-mail;aanwezig;aantal';

/** A day two days ago (no demo session of this training lies on it). */
function twoDaysAgo(): string {
  return new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
}

test.describe('Sessions and participation', () => {
  test('a joint session recorded by CSV import, and the reaction form filled in', async ({ page }) => {
    const day = twoDaysAgo();
    const tag = unique('x').replace(/\W/g, '').slice(-6);
    const boa = `Bram Handhaver ${tag}`;
    const youth = `Yara Jongerenwerker ${tag}`;
    const rows = [
      `${day};Leergang democratische rechtsorde;Gemeente Lindeburg;BOA's;${boa};bram.${tag}@lindeburg.example;ja;`,
      `${day};Leergang democratische rechtsorde;Jongerenwerk Lindeburg;Jongerenwerk;${youth};yara.${tag}@jongerenwerk.example;ja;`,
      `${day};Leergang democratische rechtsorde;Politie eenheid Veenstroom, team CTER;Wijkagenten;;;;4`,
    ];
    const bad = [
      HEADER,
      rows[0],
      `${day};Leergang onbekend;Gemeente Lindeburg;BOA's;Iemand ${tag};;ja;`,
    ].join('\n');
    const good = [HEADER, ...rows].join('\n');

    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page.goto('/deskundigheid');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deskundigheid');
    await expectAccessible(page, 'the front door of deskundigheid');
    await page.getByRole('link', { name: 'Presentielijst importeren' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Presentielijst importeren');
    await expectAccessible(page, 'the import page');

    // A file with an unknown training: the row and the field are named, nothing can be recorded.
    await page.getByLabel('CSV-bestand').setInputFiles({
      name: 'presentielijst.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    const errors = page.getByRole('region', { name: 'Fouten in het bestand' });
    await expect(errors).toContainText('Rij 3, training: onbekende training "Leergang onbekend"');
    await expect(page.getByRole('button', { name: 'Alles vastleggen' })).toHaveCount(0);
    await expectAccessible(page, 'the preview with a problem row');

    // The corrected file: preview, then record it all.
    await page.getByLabel('CSV-bestand').setInputFiles({
      name: 'presentielijst.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(good),
    });
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await expect(page.getByText('3 rijen: 1 nieuwe sessies, 2 nieuwe personen')).toBeVisible();
    await expect(page.getByRole('cell', { name: boa })).toBeVisible();
    await expect(errors).toHaveCount(0);
    await expectAccessible(page, 'the preview of a good file');
    await page.getByRole('button', { name: 'Alles vastleggen' }).click();
    await expect(
      page.getByText('Vastgelegd: 1 nieuwe sessies, 2 nieuwe personen, 2 deelnames.'),
    ).toBeVisible();

    await page.getByRole('link', { name: 'Sessie bekijken' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Leergang democratische rechtsorde');
    const data = page.getByRole('region', { name: 'Gegevens' });
    await expect(data).toContainText('Gemeente Lindeburg');
    await expect(data).toContainText('Jongerenwerk Lindeburg');
    await expect(data).toContainText('Politie eenheid Veenstroom, team CTER');
    await expect(page.getByRole('region', { name: 'Deelnemers op naam' })).toContainText(youth);
    await expect(page.getByRole('region', { name: 'Aantallen per organisatie' })).toContainText(
      'Wijkagenten',
    );
    await expectAccessible(page, 'the session');

    // A certificate for the youth worker, checked by its content, then offered as a download.
    await page
      .getByLabel('Deelnemer', { exact: true })
      .selectOption({ label: `${youth} (Jongerenwerk Lindeburg)` });
    await page.getByLabel('Certificaat (PDF, PNG of JPEG, hoogstens 5 MB)').setInputFiles({
      name: 'certificaat.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Certificaat toevoegen' }).click();
    await expect(page.getByText('Het certificaat is toegevoegd.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'certificaat.pdf downloaden' })).toBeVisible();
    await expectAccessible(page, 'the session with a certificate');

    // The reaction form: opened by the organiser, filled in anonymously.
    await page.getByRole('button', { name: 'Reactieformulier openen' }).click();
    await expect(page.getByText('Het reactieformulier is open.')).toBeVisible();
    const href = await page.locator('#sessie-reactie-link').getAttribute('href');
    expect(href).toMatch(/\/reactie\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole('region', { name: 'Reacties van deelnemers' })).toContainText(
      'Wat deelnemers misten wordt getoond vanaf',
    );
    await expectAccessible(page, 'the session with its reaction form open');

    await page.goto(href as string);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reactie op de training');
    await expectAccessible(page, 'the public reaction form');
    await page.getByRole('button', { name: 'Reactie versturen' }).click();
    await expect(page.locator('#reactie-nuttig-error')).toContainText('Kies of de sessie nuttig was.');
    await page.getByLabel('Wat heeft u gemist?').fill('Meer voorbeelden uit de wijk.');
    await page.getByRole('radio', { name: 'Deels nuttig' }).check();
    await page.getByRole('button', { name: 'Reactie versturen' }).click();
    await expect(page.getByText('Dank u wel voor uw reactie.').first()).toBeVisible();
    await expectAccessible(page, 'the reaction sent');
  });

  test('the list of sessions, and a held session in the future refused by field', async ({ page }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page.goto('/deskundigheid');
    await page.getByRole('link', { name: 'Sessies en deelname' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sessies');
    await expect(page.getByText(/sessies? getoond/)).toBeVisible();
    await expectAccessible(page, 'the list of sessions');

    await page.getByRole('link', { name: 'Nieuwe sessie' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe sessie');
    await page.getByLabel('Training').selectOption({ index: 1 });
    const later = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Datum').fill(later);
    await page.getByLabel('Locatie').fill('Stadhuis, zaal 2');
    await page.getByRole('checkbox', { name: 'Gemeente Lindeburg', exact: true }).check();
    await page.getByRole('button', { name: 'Sessie vastleggen' }).click();
    await expect(page.locator('#sessie-datum-error')).toContainText('niet in de toekomst');
    await expect(page.getByLabel('Locatie')).toHaveValue('Stadhuis, zaal 2');
    await expectAccessible(page, 'the session form with an error');

    await page.getByRole('radio', { name: 'Gepland' }).check();
    await page.getByRole('button', { name: 'Sessie vastleggen' }).click();
    await expect(page.getByText('De sessie is vastgelegd.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Gegevens' })).toContainText('Stadhuis, zaal 2');
    await expectAccessible(page, 'the planned session');
  });
});
