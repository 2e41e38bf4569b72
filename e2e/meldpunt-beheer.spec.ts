import { expect, expectAccessible, signInAsDemo, test } from './fixtures';
import { word } from './meldpunt-helpers';

test.describe('Meldpunt: settings of the municipality', () => {
  test('the administrator sets the deadlines and adds and switches off a category', async ({ page }) => {
    await signInAsDemo(page, 'functioneel_beheerder');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: /^Meldpunt-instellingen/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meldpunt-instellingen');
    const acknowledge = page.getByLabel('Termijn voor oppakken (werkdagen)');
    await expect(acknowledge).toHaveValue('3');
    await expect(page.getByRole('row', { name: /Jihadisme/ })).toContainText('NCTV-lijst');
    // One region for the categories: the table is named by the section's heading, with no caption repeating it.
    const categories = page.getByRole('region', { name: 'Categorieën (fenomenen)' });
    await expect(categories).toHaveCount(1);
    await expect(categories.getByRole('table', { name: 'Categorieën (fenomenen)' })).toBeVisible();
    await expect(categories.locator('caption')).toHaveCount(0);
    await expectAccessible(page, 'meldpunt settings');

    await acknowledge.fill('0');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(acknowledge).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'meldpunt settings with an error');
    await acknowledge.fill('4');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();
    // Back to the default, for the other journeys.
    await acknowledge.fill('3');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();

    const code = word('complot_');
    const label = `Complotdenken ${code}`;
    await page.getByLabel('Naam (Nederlands)').fill(label);
    await page.getByLabel('Naam (Engels)').fill(`Conspiracy thinking ${code}`);
    await page.getByLabel('Code', { exact: true }).fill(code);
    await page.getByRole('button', { name: 'Categorie toevoegen' }).click();
    await expect(page.getByText(`De categorie ${label} is toegevoegd.`)).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(label) });
    await expect(row).toContainText('eigen categorie');
    await expect(row).toContainText('in gebruik');
    await row.getByRole('button', { name: `Uitzetten: ${label}` }).click();
    await expect(page.getByText('De categorie staat uit.')).toBeVisible();
    await expect(row).toContainText('uit');
    await expect(row.getByRole('button', { name: `Weer aanzetten: ${label}` })).toBeVisible();
    await expectAccessible(page, 'meldpunt settings after changes');
  });
});
