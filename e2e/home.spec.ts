import { expect, expectAccessible, signInAsDemo, test } from './fixtures';

test.describe('the home page', () => {
  test('shows the officer the content-free counts of the worklist, the same the server gives', async ({
    page,
  }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const counts = (await (await page.request.get('/api/meldingen/aantallen')).json()) as {
      received: number;
      overdue: number;
    };
    const main = page.getByRole('main');
    await expect(
      main.getByRole('link', { name: `Meldingen met een verlopen termijn (${counts.overdue})` }),
    ).toBeVisible();
    const received = main.getByRole('link', { name: new RegExp(`\\(${counts.received}\\)$`) });
    await expect(received).toBeVisible();
    await received.click();
    await expect(page).toHaveURL(/\/meldingen\?status=ontvangen/);
    await expectAccessible(page, 'worklist from the home page');
  });
});
