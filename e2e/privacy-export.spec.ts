import { readFile } from 'node:fs/promises';
import { openCasePart } from './casus-helpers';
import { expect, expectAccessible, signInAsDemo, test } from './fixtures';

test.describe('Rights of persons concerned', () => {
  test('the privacy officer exports a person’s data as JSON and PDF, with withheld parts marked, and sees the disclosure register', async ({
    page,
  }) => {
    await signInAsDemo(page, 'privacy_officer');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Privacy' }).click();
    await expect(page.getByText('Er staan geen verzoeken van betrokkenen open.')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Verzoeken van betrokkenen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verzoeken van betrokkenen');
    await expectAccessible(page, 'requests');

    await page.getByLabel('Naam van de betrokkene').fill('Milan');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const person = page.getByLabel('Betrokkene', { exact: true });
    await person.selectOption({ label: 'Milan de Jong (14 augustus 2009)' });
    await page.getByLabel('Inzage', { exact: true }).check();
    // The reason is required: the error is shown next to the field.
    await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    await expect(page.locator('#request-reason-error')).toContainText('Vul de reden in.');
    await expectAccessible(page, 'new request with an error');
    await page.getByLabel('Reden').fill('Brief van de betrokkene; identiteit gecontroleerd aan de balie.');
    await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verzoek van een betrokkene');
    await expect(
      page.getByText('Brief van de betrokkene; identiteit gecontroleerd aan de balie.'),
    ).toBeVisible();
    await expectAccessible(page, 'request');

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Overzicht downloaden als JSON' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^inzage-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(await readFile((await json.path()) as string, 'utf8'));
    expect(doc.person.displayName).toBe('Milan de Jong');
    expect(doc.signals.length).toBeGreaterThan(0);
    // The reporters are withheld and marked as such, with the reason explained.
    expect(JSON.stringify(doc.signals)).toContain('"withheld":true');
    expect(doc.withheld.reasons.map((r: { reason: string }) => r.reason)).toContain('melder');
    expect(doc.accessLog.some((a: { byName?: string }) => a.byName === 'Pieter de Boer')).toBe(true);

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Overzicht downloaden als PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await readFile((await pdf.path()) as string);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    // Both downloads are in the disclosure register of the person, on the basis of art. 15 AVG.
    await page.reload();
    const personRegister = page.getByRole('table', { name: 'Verstrekkingen over deze persoon' });
    await expect(
      personRegister.getByRole('row').filter({ hasText: 'Inzage door de betrokkene' }),
    ).toHaveCount(2);
    await expect(personRegister).toContainText('Art. 15 AVG');

    await page
      .getByRole('navigation', { name: 'Privacy: rechten en registers' })
      .getByRole('link', { name: 'Privacyoverzicht' })
      .click();
    await expect(page.getByText('1 verzoek van een betrokkene staat open.')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Verstrekkingenregister' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verstrekkingenregister');
    const all = page.getByRole('table', { name: 'Verstrekkingenregister' });
    await expect(
      all.getByRole('row').filter({ hasText: 'Betrokkene zelf (inzageverzoek)' }).first(),
    ).toBeVisible();
    await expectAccessible(page, 'disclosure register');

    await page.getByRole('link', { name: 'Verwerkingsregister' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verwerkingsregister');
    await expect(page.getByRole('heading', { name: 'Persoonsgerichte aanpak: casussen' })).toBeVisible();
    await expect(page.getByText(/Afgesloten casus: 5 jaar na de laatste verwerking/).first()).toBeVisible();
    await expectAccessible(page, 'processing register');
  });

  test('the officer makes an anonymised case summary, reviews it and exports it to the LSE', async ({
    page,
  }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page.goto('/casussen');
    await page
      .getByRole('link', { name: /^C-\d{4}-\d{4}/ })
      .first()
      .click();
    await openCasePart(page, 'Anonieme consultatie');
    await page.getByRole('button', { name: 'Geanonimiseerde samenvatting maken' }).click();
    const text = page.getByLabel('Tekst van de samenvatting');
    await expect(text).toHaveValue(/betrokkene/);
    await expect(page.getByText(/De controle vond geen namen/)).toBeVisible();
    await expectAccessible(page, 'anonymised summary under review');

    await page.getByLabel('Grondslag').selectOption({
      label: 'Modelconvenant persoonsgerichte aanpak, art. ... geanonimiseerd advies (voorbeeldtekst)',
    });
    await page.getByRole('button', { name: 'Nagelezen, exporteren' }).click();
    await expect(page.getByRole('heading', { name: 'Geëxporteerde samenvatting' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tekst downloaden' }).first()).toBeVisible();
    await expectAccessible(page, 'exported summary');

    await openCasePart(page, 'Verstrekkingen');
    await expect(page.getByRole('table')).toContainText('Landelijk Steunpunt Extremisme (LSE)');
    await expectAccessible(page, 'case disclosures');
  });
});
