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
    // The demo data is dated from today: the two counts can be equal, so the link is named in full.
    const received = main.getByRole('link', {
      name: `Nieuwe meldingen (nog niet opgepakt) (${counts.received})`,
    });
    // The demo cases' checklists have terms (an imminent departure, a departure five weeks ago).
    const terms = main.getByRole('region', { name: 'Checklistpunten met een termijn' });
    await expect(terms.getByRole('link', { name: /^Casus C-\d{4}-\d{4,}$/ }).first()).toBeVisible();
    await expectAccessible(page, 'home page of the officer');
    await expect(received).toBeVisible();
    await received.click();
    await expect(page).toHaveURL(/\/meldingen\?status=ontvangen/);
    await expectAccessible(page, 'worklist from the home page');
  });
});
