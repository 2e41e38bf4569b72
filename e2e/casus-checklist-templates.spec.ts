import { expect, expectAccessible, signInAsDemo, test } from './fixtures';

test.describe('Casussen: the situation checklists in Beheer', () => {
  test('the functioneel beheerder adds an own checklist item with a term and sees it listed', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const code = `nazorg_${Date.now().toString(36)}`;
    const text = `Is er een nazorgafspraak gemaakt (${code})?`;
    await signInAsDemo(page, 'functioneel_beheerder');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: /Checklists bij situaties/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checklists bij situaties');
    await expect(
      page.getByRole('table', { name: 'Uitgereisd' }).getByRole('row', { name: /uitschrijving_brp/ }),
    ).toContainText('3 maanden en 0 dagen na de datum van uitreis');
    await expectAccessible(page, 'checklist templates');

    // A code with capitals is refused by field; the texts stay.
    const add = page.getByRole('form', { name: 'Eigen punt toevoegen' });
    await add.getByLabel('Checklist').selectOption({ label: 'Terugkeerder' });
    await add.getByLabel('Tekst (Nederlands)').fill(text);
    await add.getByLabel('Tekst (Engels)').fill('Has an aftercare appointment been made?');
    await add.getByLabel('Code').fill('Nazorg!');
    await add.getByRole('button', { name: 'Punt toevoegen' }).click();
    await expect(add.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true');
    await expect(add.getByLabel('Tekst (Nederlands)')).toHaveValue(text);
    await expectAccessible(page, 'checklist item with an error');

    await add.getByLabel('Code').fill(code);
    await add.getByLabel('Termijn loopt vanaf').selectOption({ label: 'de datum van terugkeer' });
    await add.getByLabel('Aantal maanden').fill('2');
    await add.getByRole('button', { name: 'Punt toevoegen' }).click();
    await expect(page.getByText(`Het punt "${text}" staat in de checklist.`)).toBeVisible();
    const row = page
      .getByRole('table', { name: 'Terugkeerder' })
      .getByRole('row', { name: new RegExp(code) });
    await expect(row).toContainText('Eigen punt');
    await expect(row).toContainText('2 maanden en 0 dagen na de datum van terugkeer');
    await expect(row).toContainText('Aan');

    // Switched off again, so checklists of other journeys keep the factsheet.
    await row.getByRole('button', { name: `Uitschakelen: ${code}` }).click();
    await expect(row).toContainText('Uit');
    await expectAccessible(page, 'checklist templates after the change');
  });
});
