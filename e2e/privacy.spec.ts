import { api, expect, expectAccessible, signInAsDemo, test } from './fixtures';

test.describe('Privacy', () => {
  test('the access log shows the sign-ins and the chain verifies as intact', async ({ page }) => {
    await signInAsDemo(page, 'privacy_officer');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Privacy' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
    await page.getByRole('main').getByRole('link', { name: 'Toegangslog', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toegangslog');
    await expect(page).toHaveTitle('Toegangslog – Duiden');

    const ownSignIn = page
      .getByRole('row')
      .filter({ hasText: 'Pieter de Boer' })
      .filter({ hasText: 'inloggen' });
    await expect(ownSignIn.first()).toContainText('privacy officer (FG)');
    await expect(ownSignIn.first()).toContainText('gelukt');
    await expectAccessible(page, 'access log');

    // Only sign-ins.
    await page.getByLabel('Handeling').selectOption({ label: 'inloggen' });
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page).toHaveURL(/action=sign_in/);
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toContainText('inloggen');
    for (const text of await rows.allTextContents()) {
      if (!text.includes('Tijd')) expect(text).toContain('inloggen');
    }

    await page.getByRole('button', { name: 'Keten controleren' }).click();
    await expect(page.getByText(/^De keten is intact: \d+ regels? gecontroleerd\.$/)).toBeVisible();
    await expect(page.getByText(/Hash van de laatste regel/)).toContainText(/[0-9a-f]{64}/);
    await expectAccessible(page, 'access log after verification');
  });

  test('filters are validated next to the field; "Meer laden" fetches the next page', async ({ page }) => {
    await signInAsDemo(page, 'privacy_officer');
    // Reading the log is logged itself: enough reads for more than one page of 50.
    const client = await api(page);
    for (let i = 0; i < 55; i++) await client.get('/api/access-log?limit=1');

    await page.goto('/privacy/toegangslog');
    await expect(page.getByText('50 regels getoond.')).toBeVisible();
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await expect(page.getByText(/^(5[1-9]|[6-9]\d|\d{3,}) regels getoond\.$/)).toBeVisible();

    const user = page.getByLabel('Gebruiker (id)');
    await user.fill('geen-id');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(user).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#filter-actorUserId-error')).toContainText('Dit is geen geldige verwijzing.');
    await expect(user).toHaveValue('geen-id');
    await expectAccessible(page, 'access log with a filter error');

    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(user).toHaveValue('');
    await expect(user).not.toHaveAttribute('aria-invalid');
    await expect(page).toHaveURL(/\/privacy\/toegangslog$/);
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  });
});
