import { expect, expectAccessible, signOut, test } from './fixtures';
import { word } from './meldpunt-helpers';

/**
 * The regional meldpunt: Gemeente Brakelveen uses the meldpunt of Regio Veenstroom (src/demo/seed-regio.ts).
 * A resident reports about Brakelveen on the public form; the report reaches the region's meldpunt, where
 * Yara Kok works it on Brakelveen's behalf. Lindeburg's meldpunt does not see it.
 */
async function signInAs(page: import('@playwright/test').Page, name: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByRole('button', { name: new RegExp(`^Inloggen als ${name} \\(`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${name}`);
}

test.describe('Regionaal meldpunt', () => {
  test('a report about Brakelveen is routed to the regional meldpunt and worked by Yara', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/melden');
    const what = word('brakelveen');
    const form = page.getByRole('form', { name: 'Melding doen of advies vragen' });
    await form.getByLabel('Gemeente').selectOption({ label: 'Gemeente Brakelveen' });
    await form.getByRole('radio', { name: 'Melding' }).check();
    await form.getByRole('radio', { name: 'Anoniem' }).check();
    await form
      .getByRole('textbox', { name: 'Wat is er gezien of gehoord?' })
      .fill(`Een jongen uit het dorp deelt in de ${what} oproepen tot geweld.`);
    await form.getByLabel('Waar was het?').selectOption({ label: 'Online' });
    await form.getByRole('radio', { name: 'Ik heb het zelf gezien of gehoord' }).check();
    await form.getByRole('button', { name: 'Melding versturen' }).click();
    await expect(page.getByRole('heading', { name: 'Uw melding is verstuurd' })).toBeFocused();
    const reference = (await page.getByTestId('melding-reference').textContent()) ?? '';
    expect(reference).toMatch(/^M-\d{4}-\d{5}$/);

    await signInAs(page, 'Yara Kok');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Meldingen' })
      .click();
    const row = page.getByRole('row').filter({ hasText: what });
    await expect(row).toHaveCount(1);
    await expectAccessible(page, 'the regional meldpunt’s worklist');
    await row.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
    await expectAccessible(page, 'a signal worked by the regional meldpunt');
    const steps = page.getByRole('group', { name: 'Volgende stap' });
    await steps.getByRole('radio', { name: 'In behandeling nemen' }).check();
    await page.getByRole('button', { name: 'Stap vastleggen' }).click();
    await expect(page.getByText('De stap is vastgelegd. De status is nu: In behandeling.')).toBeVisible();

    // Lindeburg's meldpunt has its own reports only.
    await signOut(page);
    await signInAs(page, 'Sanne de Vries');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Meldingen' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: what })).toHaveCount(0);
  });
});
