import { expect, expectAccessible, signInAsDemo, test } from './fixtures';

/**
 * Deskundigheid: the coverage dashboard from the navigation. The demo's BOA's are mostly untrained (their
 * session fell through); the small groups (two officers, two advisors) are suppressed. Each chart has its table.
 */
test.describe('Deskundigheid: coverage of the curriculum', () => {
  test('the policy advisor sees the gap for the BOA’s, each chart with its table, small cells suppressed', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInAsDemo(page, 'beleidsmedewerker');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Deskundigheid' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deskundigheid');
    await expectAccessible(page, 'deskundigheid front door');
    await page.getByRole('main').getByRole('link', { name: 'Dekking van het leerplan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dekking van het leerplan');

    const groups = page.getByRole('region', { name: 'Per doelgroep', exact: true });
    await expect(
      groups.getByRole('img', { name: 'Staafdiagram: deel getraind per doelgroep' }),
    ).toBeVisible();
    const table = groups.getByRole('table', { name: 'Getraind per doelgroep', exact: true });
    const boa = table.getByRole('row', { name: /^BOA's/ });
    await expect(boa.getByRole('cell')).toHaveText(['10', '34', '29,4%']);
    const officers = table.getByRole('row', { name: /^Aandachtsfunctionarissen/ });
    await expect(officers.getByRole('cell')).toHaveText(['·', '·', '·']);
    const social = table.getByRole('row', { name: /^Sociaal domein/ });
    await expect(social.getByRole('cell').nth(2)).toHaveText('68,4%');

    for (const [section, chart, caption] of [
      [
        'Per afdeling (eigen organisatie)',
        'Staafdiagram: deel getraind per doelgroep en afdeling',
        'Getraind per doelgroep en afdeling',
      ],
      [
        'Per partnerorganisatie',
        'Staafdiagram: deel getraind per doelgroep en partnerorganisatie',
        'Getraind per doelgroep en partnerorganisatie',
      ],
      [
        'Over de tijd',
        'Lijndiagram: deel getraind per doelgroep per kwartaal',
        'Deel getraind per doelgroep per kwartaal (getraind/personen)',
      ],
      ['Deelnemers per sector', 'Staafdiagram: deelnemers per sector', 'Aantal deelnemers per sector'],
    ] as const) {
      const region = page.getByRole('region', { name: section, exact: true });
      await expect(region.getByRole('img', { name: chart, exact: true })).toBeVisible();
      await expect(region.getByRole('table', { name: caption, exact: true })).toBeVisible();
    }
    const byDepartment = page.getByRole('table', { name: 'Getraind per doelgroep en afdeling', exact: true });
    await expect(byDepartment.getByRole('row', { name: /^BOA's: Toezicht en handhaving/ })).toContainText(
      '29,4%',
    );
    await expect(byDepartment.getByRole('cell', { name: '·' }).first()).toBeVisible();
    const trend = page.getByRole('table', { name: /per kwartaal/ });
    await expect(trend.getByRole('row')).toHaveCount(10);
    await expectAccessible(page, 'coverage dashboard');
  });

  test('the mayor sees the dashboard but no people register', async ({ page }) => {
    await signInAsDemo(page, 'burgemeester');
    await page.goto('/deskundigheid');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deskundigheid');
    const links = page.getByRole('main').getByRole('list').getByRole('link');
    await expect(links).toHaveText(['Dekking van het leerplan']);
    await expectAccessible(page, 'deskundigheid front door for the mayor');
    await links.first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dekking van het leerplan');
    await expect(page.getByRole('table', { name: 'Getraind per doelgroep', exact: true })).toBeVisible();
    await expectAccessible(page, 'coverage dashboard for the mayor');
    const people = await page.request.get('/api/deskundigheid/personen');
    expect([403, 404]).toContain(people.status());
  });
});
