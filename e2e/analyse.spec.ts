import type { Page } from '@playwright/test';
import { expect, expectAccessible, signInAsDemo, test } from './fixtures';

/*
 * The phenomenon analysis as the policy advisor uses it: from the home page to a report, a period kind and a
 * period, the table with its legend and the charts drawn from the same cells, in Dutch and in English, and on
 * paper. The figures come from the demo history (src/demo/seed-analyse.ts) through the real routes.
 */

/*
 * The server protects each period of a trend on its own (an audit by linear programming per period): on the
 * embedded database of the journeys a trend of eight quarters takes some ten seconds, of four years half a
 * minute. The figures are waited for that long; the speed itself is measured by `npm run bench`.
 */
const FIGURES = { timeout: 60_000 };

async function openAnalysis(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Naar de fenomeenanalyse' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fenomeenanalyse');
  // Without a period in the address the newest one is chosen, and written into the address.
  await expect(page).toHaveURL(/\/analyse\?.*periode=/);
}

test.describe('fenomeenanalyse', () => {
  test('the policy advisor chooses a report and a period and sees the table, the charts and the legend', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await signInAsDemo(page, 'beleidsmedewerker');
    await openAnalysis(page);
    const main = page.getByRole('main');

    // The first report: signals by fenomeen, with the trend as lines and its own table under it.
    const trend = main.getByRole('region', { name: 'Ontwikkeling over de tijd' });
    await expect(trend.getByRole('img', { name: /^Lijngrafiek van het aantal personen per/ })).toBeVisible(
      FIGURES,
    );
    await expect(
      trend.getByRole('group', { name: 'Ontwikkeling in cijfers' }).getByRole('table'),
    ).toBeVisible();
    await expect(trend).toContainText('· = niet getoond: te weinig personen (minder dan');
    await expectAccessible(page, 'the analysis page');

    // Another report and another quarter: the address keeps the choice.
    const form = main.getByRole('form', { name: 'Kies de cijfers' });
    const report = form.getByLabel('Rapport');
    const triage = await report
      .locator('option', { hasText: /triage/i })
      .first()
      .getAttribute('value');
    expect(triage, 'a report by outcome of the triage in the catalogue').toBeTruthy();
    await report.selectOption(triage ?? '');
    await expect(form.getByLabel('Soort periode')).toHaveValue('kwartaal');
    const periode = form.getByLabel('Periode', { exact: true });
    const quarters = await periode.locator('option').allTextContents();
    expect(quarters.length, 'demo history of more than one quarter').toBeGreaterThan(1);
    await periode.selectOption({ index: 1 });
    const quarter = await periode.inputValue();
    const quarterLabel = quarters[1] ?? '';
    await form.getByRole('button', { name: 'Cijfers tonen' }).click();
    await expect(page).toHaveURL(new RegExp(`rapport=${triage}&soort=kwartaal&periode=${quarter}`));

    const about = main.getByRole('region', { name: /triage/i }).first();
    await expect(about.getByRole('definition').nth(1)).toHaveText(quarterLabel, FIGURES);
    // Each table under its heading, with the bars of the same cells above it and the legend below it.
    const tables = main.locator('section[aria-labelledby^="analyse-table-"]');
    await expect(tables.first()).toBeVisible(FIGURES);
    const first = tables.first();
    await expect(first.getByRole('img', { name: /^Staafdiagram van het aantal personen per/ })).toBeVisible();
    await expect(first.getByRole('table')).toBeVisible();
    await expect(first.getByRole('columnheader', { name: 'Vorige periode' })).toBeVisible();
    await expect(first.getByRole('columnheader', { name: 'Verschil' })).toBeVisible();
    await expect(first.getByRole('rowheader', { name: 'Totaal' })).toBeVisible();
    await expect(first).toContainText(
      '· = niet getoond: te weinig personen (minder dan 10) of af te leiden uit andere cijfers.',
    );
    await expect(first).toContainText('In elke cel staat het aantal personen, met tussen haakjes het aantal');
    // The chart is an image of the page's own making: no <style> element in it (the CSP would refuse it).
    await expect(first.locator('svg[role="img"] style')).toHaveCount(0);
    await expectAccessible(page, 'the analysis by outcome');

    // The same address after a reload.
    await page.reload();
    await expect(form.getByLabel('Rapport')).toHaveValue(triage ?? '');
    await expect(form.getByLabel('Periode', { exact: true })).toHaveValue(quarter);

    // Rounded to 5: said so in the legend and in the figures' description.
    await form.getByLabel('Afronden op 5').check();
    await form.getByRole('button', { name: 'Cijfers tonen' }).click();
    await expect(page).toHaveURL(/afronden=true/);
    await expect(tables.first()).toContainText('Alle aantallen zijn afgerond op 5.', FIGURES);

    // In English: the same figures, the legend in English.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phenomenon analysis');
    await expect(tables.first()).toContainText(
      '· = not shown: too few persons (fewer than 10) or it could be worked out from other figures.',
    );
    await expect(tables.first()).toContainText('All counts are rounded to 5.');
    await expect(
      tables.first().getByRole('img', { name: /^Bar chart of the number of persons per/ }),
    ).toBeVisible();
    await expectAccessible(page, 'the analysis in English');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fenomeenanalyse');

    // On paper: the charts and tables print, the buttons and menus do not.
    await page.emulateMedia({ media: 'print' });
    await expect(first.locator('svg[role="img"]')).toBeVisible();
    await expect(first.getByRole('table')).toBeVisible();
    await expect(form.getByRole('button', { name: 'Cijfers tonen' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  });

  test('the lead times show medians, and "niet getoond" where too few persons stand behind one', async ({
    page,
  }) => {
    await signInAsDemo(page, 'beleidsmedewerker');
    await openAnalysis(page);
    const form = page.getByRole('form', { name: 'Kies de cijfers' });
    await form.getByLabel('Rapport').selectOption('doorlooptijden');
    await form.getByRole('button', { name: 'Cijfers tonen' }).click();
    const medians = page.getByRole('region', { name: 'Mediaan per stap' });
    await expect(medians.getByRole('columnheader', { name: 'Mediaan' })).toBeVisible();
    await expect(medians.getByRole('cell').first()).toHaveText(/^(\d+(,\d)? dagen?|niet getoond)$/, FIGURES);
    await expect(medians).toContainText('De mediaan is de middelste doorlooptijd');
    await expectAccessible(page, 'the lead times');
  });

  test('a region user chooses the whole region or one municipality', async ({ page }) => {
    await page.goto('/inloggen');
    const noor = page.getByRole('button', { name: /^Inloggen als Noor Hendriks \(/ });
    test.skip((await noor.count()) === 0, 'the demo has no region user (Noor Hendriks) yet');
    await noor.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Noor Hendriks');
    await openAnalysis(page);
    const form = page.getByRole('form', { name: 'Kies de cijfers' });
    const area = form.getByLabel('Gebied');
    await expect(area.locator('option').first()).toHaveText(/^Hele regio: /);
    await expect(area.locator('option')).not.toHaveCount(1);
    // One municipality of the region: its figures, or the refusal in words when they do not pass.
    await area.selectOption({ index: 1 });
    const gemeente = await area.inputValue();
    await form.getByRole('button', { name: 'Cijfers tonen' }).click();
    await expect(page).toHaveURL(new RegExp(`gemeente=${gemeente}`));
    await expect(
      page.locator('section[aria-labelledby^="analyse-table-"], .duiden-error-summary').first(),
    ).toBeVisible();
    await expectAccessible(page, "the region user's analysis");
  });
});
