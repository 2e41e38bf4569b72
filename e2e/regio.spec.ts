import { expect, expectAccessible, test } from './fixtures';

/**
 * Regional cooperation: the region's functioneel beheerder keeps the agreements of Regio Veenstroom
 * (src/demo/seed-regio.ts: Brakelveen uses the regional meldpunt and casusoverleg, Lindeburg's dossierhouder
 * holds the regie of its cases), records one and ends it; the page leads to the region's figures in the
 * fenomeenanalyse.
 */
async function signInAs(page: import('@playwright/test').Page, name: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByRole('button', { name: new RegExp(`^Inloggen als ${name} \\(`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${name}`);
}

test.describe('Regionale samenwerking', () => {
  test('the region records an agreement, shows it and ends it, handing the work back', async ({ page }) => {
    await signInAs(page, 'Bram Veenstra');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Regio' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regionale samenwerking');
    const list = page.getByRole('region', { name: 'Afspraken' });
    await expect(
      list.getByRole('row', { name: /Gemeente Brakelveen Regionaal meldpunt Regio Veenstroom Actief/ }),
    ).toBeVisible();
    await expect(
      list.getByRole('row', {
        name: /Gemeente Brakelveen Regie door een grotere gemeente Gemeente Lindeburg/,
      }),
    ).toBeVisible();
    await expectAccessible(page, 'the region page');

    const form = page.getByRole('region', { name: 'Een afspraak vastleggen' });
    await form.getByLabel('Taak').selectOption({ label: 'Regionaal signaleringsoverleg' });
    await form.getByRole('button', { name: 'Afspraak vastleggen' }).click();
    // Refused with the fields named; what was chosen stays.
    await expect(page.getByRole('link', { name: 'Kies de gemeente.' })).toBeVisible();
    await expect(form.getByLabel('Taak')).toHaveValue('regionaal_signaleringsoverleg');
    await expectAccessible(page, 'the agreement form with its errors');
    await form.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Gemeente Oosterveen' });
    await form.getByLabel('Ingangsdatum').fill('2026-01-01');
    await form
      .getByLabel('Toelichting (niet verplicht)')
      .fill('Oosterveen brengt signalen in het regionale overleg in.');
    await form.getByRole('button', { name: 'Afspraak vastleggen' }).click();
    await expect(page.getByText('De afspraak met Gemeente Oosterveen is vastgelegd.')).toBeVisible();

    await list
      .getByRole('row', { name: /Gemeente Oosterveen Regionaal signaleringsoverleg/ })
      .getByRole('link')
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Regionaal signaleringsoverleg: Gemeente Oosterveen',
    );
    await expectAccessible(page, 'an agreement');
    const end = page.getByRole('region', { name: 'De afspraak beëindigen' });
    await end.getByRole('button', { name: 'Afspraak beëindigen' }).click();
    await expect(page.getByRole('link', { name: 'Schrijf op waarom de afspraak eindigt.' })).toBeVisible();
    await end
      .getByLabel('Waarom eindigt de afspraak?')
      .fill('Oosterveen sluit aan bij het overleg van Lindeburg.');
    await end.getByRole('button', { name: 'Afspraak beëindigen' }).click();
    await expect(page.getByText(/De afspraak is beëindigd\./)).toBeVisible();
    await expect(page.getByText('Beëindigd', { exact: true })).toBeVisible();
    await expectAccessible(page, 'an ended agreement');
  });

  test('leads the policy advisor to the region’s figures in the fenomeenanalyse', async ({ page }) => {
    await signInAs(page, 'Noor Hendriks');
    await page.goto('/regio');
    const figures = page.getByRole('region', { name: 'Cijfers van de regio' });
    await expect(figures.getByRole('link', { name: 'Naar de fenomeenanalyse van de regio' })).toHaveAttribute(
      'href',
      '/analyse',
    );
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regional cooperation');
    await expectAccessible(page, 'the region page in English');
  });
});
