import { api, expect, expectAccessible, signInAsDemo, test } from './fixtures';

/**
 * Evaluatie: the regie records the result of an ended measure in two cases (the demo leaves the first two
 * open cases' ended measures without a result); across cases the counts stay suppressed below k.
 */
test.describe('Evaluatie: results of measures', () => {
  test('the officer records results in two cases, which the aggregate counts only under protection', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const client = await api(page);
    const cases = (
      await client.get<{ items: { id: string; reference: string; phase: string }[] }>(
        '/api/casussen?sort=geopend_nieuw&limit=100',
      )
    ).items
      .filter((c) => c.phase !== 'afgesloten')
      .sort((a, b) => (a.reference < b.reference ? -1 : 1))
      .slice(0, 2);
    expect(cases).toHaveLength(2);

    const outcomes = ['Ja', 'Deels'] as const;
    for (const [i, c] of cases.entries()) {
      await page.goto(`/casussen/${c.id}/plan`);
      const measure = page.getByRole('article', { name: 'Stopgesprek door de politie' });
      await measure.getByText('Resultaat vastleggen', { exact: true }).click();
      const form = measure.getByRole('form', { name: 'Resultaat vastleggen' });
      // Nothing chosen: the error summary names the fields.
      if (i === 0) {
        await form.getByRole('button', { name: 'Resultaat opslaan' }).click();
        const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
        await expect(summary).toBeFocused();
        await expect(
          summary.getByRole('link', { name: 'Kies of het doel van de maatregel is bereikt.' }),
        ).toBeVisible();
        await expectAccessible(page, 'measure result refused');
      }
      await form.getByRole('radio', { name: outcomes[i], exact: true }).check();
      await form
        .getByLabel('Waarom', { exact: true })
        .fill('Het gesprek met de ouders erbij maakte het verschil; hij zoekt de groep niet meer op.');
      await form.getByRole('checkbox', { name: 'Betrokkenheid van het gezin', exact: true }).check();
      await form.getByRole('checkbox', { name: 'Snelheid van handelen', exact: true }).check();
      await form.getByRole('button', { name: 'Resultaat opslaan' }).click();
      await expect(
        measure.getByText('Het resultaat van Stopgesprek door de politie is opgeslagen.', { exact: true }),
      ).toBeVisible();
      await expect(
        measure.getByText('Betrokkenheid van het gezin, Snelheid van handelen', { exact: true }),
      ).toBeVisible();
      await expect(measure.getByText(/^Door Ahmed El Idrissi,/)).toBeVisible();
      await expectAccessible(page, `measure result recorded in case ${i + 1}`);
    }

    // Across cases: a handful of demo cases, fewer than k persons per cell, so every small cell is a ·.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Evaluatie' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evaluatie');
    await page.getByRole('main').getByRole('link', { name: 'Resultaten van maatregelen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultaten van maatregelen');
    const table = page.getByRole('region', { name: 'Per soort maatregel', exact: true });
    await expect(table).toBeVisible();
    const row = table.getByRole('row', { name: /Stopgesprek door de politie/ });
    await expect(row).toBeVisible();
    await expect(row.getByRole('cell').first()).toHaveText('·');
    await expect(page.getByText(/minder dan 10 personen/)).toBeVisible();
    await expect(page.getByRole('main').getByText(/Ahmed|El Idrissi/)).toHaveCount(0);
    await expectAccessible(page, 'measure results across cases');

    // The policy goals: one of the demo's, its indicators as charts with their tables.
    await page.goto('/evaluatie/doelen');
    await page.getByRole('link', { name: 'Vroegsignalering versterken', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vroegsignalering versterken');
    // Trained professionals come from the deskundigheid's coverage, measured by Duiden and protected.
    await expect(
      page.getByRole('table', { name: 'Getrainde eerstelijnsprofessionals: waarden per periode' }),
    ).toBeVisible();
    await expect(page.getByText('Nog niet beschikbaar', { exact: false })).toHaveCount(0);
    await expect(
      page.getByRole('table', { name: 'Voorlichtingsbijeenkomsten op scholen: waarden per periode' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Interventies die dit doel dienen', exact: true }),
    ).toBeVisible();
    await expectAccessible(page, 'policy goal');
  });

  test('the policy advisor keeps the working elements and adds a goal with an indicator and its value', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInAsDemo(page, 'beleidsmedewerker');
    await page.goto('/evaluatie/werkzame-elementen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werkzame elementen');
    const add = page.getByRole('form', { name: 'Een werkzaam element toevoegen' });
    await add.getByLabel('Naam', { exact: true }).fill('Rolmodel uit de wijk');
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    await expect(page.getByText('Rolmodel uit de wijk is toegevoegd.', { exact: true })).toBeVisible();
    await expectAccessible(page, 'working elements');

    await page.goto('/evaluatie/doelen/nieuw');
    const form = page.getByRole('form', { name: 'Nieuw beleidsdoel' });
    await form.getByLabel('Titel', { exact: true }).fill('Weerbaarheid van jongeren');
    await form.getByLabel('Begin van de periode', { exact: true }).fill('2026-01-01');
    await form.getByLabel('Einde van de periode', { exact: true }).fill('2026-12-31');
    await expectAccessible(page, 'new goal');
    await form.getByRole('button', { name: 'Beleidsdoel opslaan' }).click();
    await page.getByRole('link', { name: 'Weerbaarheid van jongeren is opgeslagen. Open het doel.' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weerbaarheid van jongeren');
    const indicator = page.getByRole('form', { name: 'Een indicator toevoegen' });
    await indicator
      .getByLabel('Naam van de indicator', { exact: true })
      .fill('Deelnemers weerbaarheidstraining');
    await indicator.getByLabel('Eenheid', { exact: true }).fill('jongeren');
    await indicator.getByLabel('Streefwaarde (niet verplicht)', { exact: true }).fill('40');
    await indicator.getByRole('radio', { name: 'Hoe hoger, hoe beter', exact: true }).check();
    await indicator.getByRole('radio', { name: 'Ik vul de waarden in, met hun bron', exact: true }).check();
    await indicator
      .getByLabel('Bron van de waarden', { exact: true })
      .fill('Presentielijsten van de trainers');
    await indicator.getByRole('button', { name: 'Indicator toevoegen' }).click();
    await expect(
      page.getByText('Deelnemers weerbaarheidstraining is toegevoegd.', { exact: true }),
    ).toBeVisible();
    await page
      .getByText('Een waarde invullen voor Deelnemers weerbaarheidstraining', { exact: true })
      .click();
    const value = page.getByRole('form', {
      name: 'Een waarde invullen voor Deelnemers weerbaarheidstraining',
    });
    await value.getByLabel('Periode', { exact: true }).fill('2026-K1');
    await value.getByLabel('Waarde', { exact: true }).fill('18');
    await value.getByRole('button', { name: 'Waarde opslaan' }).click();
    await expect(
      page.getByRole('table', { name: 'Deelnemers weerbaarheidstraining: waarden per periode' }),
    ).toContainText('18');
    await expectAccessible(page, 'goal with an entered value');
  });

  test('the mayor finds the results and the goals, not the working elements the officer keeps', async ({
    page,
  }) => {
    await signInAsDemo(page, 'burgemeester');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Evaluatie' })
      .click();
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Resultaten van maatregelen' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Beleidsdoelen' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Werkzame elementen' })).toHaveCount(0);
    await expectAccessible(page, "the mayor's evaluatie landing page");
  });
});
