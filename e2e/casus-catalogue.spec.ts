import { openedCase } from './casus-helpers';
import { expect, expectAccessible, signInAsDemo, signOut, test } from './fixtures';
import { word } from './meldpunt-helpers';

test.describe('Casussen: the measure catalogue in Beheer', () => {
  test('the functioneel beheerder adds an own measure and switches a shared one off; the plan offers what is on', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const name = `Buurtvader ${word('m')}`;
    const code = `buurtvader_${Date.now().toString(36)}`;
    await signInAsDemo(page, 'functioneel_beheerder');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: 'Maatregelcatalogus van de persoonsgerichte aanpak' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maatregelcatalogus');
    await expectAccessible(page, 'measure catalogue');

    // An own entry: a code with capitals is refused by field, the names stay.
    const add = page.getByRole('form', { name: 'Eigen maatregel toevoegen' });
    await add.getByRole('radio', { name: 'Zorg' }).check();
    await add.getByLabel('Naam (Nederlands)').fill(name);
    await add.getByLabel('Naam (Engels)').fill('Neighbourhood father');
    await add.getByLabel('Code').fill('Buurtvader!');
    await add.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    await expect(add.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true');
    await expect(add.getByLabel('Naam (Nederlands)')).toHaveValue(name);
    await expectAccessible(page, 'catalogue entry with an error');
    await add.getByLabel('Code').fill(code);
    await add.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    await expect(page.getByText(`De maatregel ${name} staat in de catalogus.`)).toBeVisible();
    const care = page.getByRole('table', { name: 'Spoor: Zorg' });
    await expect(care.getByRole('row', { name: new RegExp(name) })).toContainText('Eigen maatregel');

    // A shared entry switched off (an own copy replaces it), and one's own switched off and on again.
    const debt = care.getByRole('row', { name: /Schuldhulp/ });
    await debt.getByRole('button', { name: 'Uitschakelen: Schuldhulp' }).click();
    await expect(debt).toContainText('Uit');
    const own = care.getByRole('row', { name: new RegExp(name) });
    await own.getByRole('button', { name: `Uitschakelen: ${name}` }).click();
    await expect(own).toContainText('Uit');
    await own.getByRole('button', { name: `Inschakelen: ${name}` }).click();
    await expect(own).toContainText('Aan');
    await signOut(page);

    // The plan offers the own entry and no longer the one switched off.
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const c = await openedCase(page);
    await page.goto(`/casussen/${c.id}/plan`);
    const form = page.getByRole('form', { name: 'Maatregel toevoegen' });
    await form.getByRole('radio', { name: 'Zorg' }).check();
    const options = form.getByLabel('Maatregel', { exact: true }).getByRole('option');
    await expect(options.filter({ hasText: name })).toHaveCount(1);
    await expect(options.filter({ hasText: 'Schuldhulp' })).toHaveCount(0);
    await signOut(page);

    // Back on, so the shared list is whole again for other journeys.
    await signInAsDemo(page, 'functioneel_beheerder');
    await page.goto('/beheer/maatregelen');
    const again = page.getByRole('table', { name: 'Spoor: Zorg' }).getByRole('row', { name: /Schuldhulp/ });
    await again.getByRole('button', { name: 'Inschakelen: Schuldhulp' }).click();
    await expect(again).toContainText('Aan');
  });
});
