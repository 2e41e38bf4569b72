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
    const cases = (await client.get<{ id: string; reference: string; phase: string }[]>('/api/casussen'))
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
    await page.goto('/evaluatie/resultaten');
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
    await expect(
      page.getByText('Nog niet beschikbaar: dit cijfer wordt nog niet door Duiden gemeten.', { exact: true }),
    ).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Voorlichtingsbijeenkomsten op scholen: waarden per periode' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Interventies die dit doel dienen', exact: true }),
    ).toBeVisible();
    await expectAccessible(page, 'policy goal');
  });
});
