import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, signInAsDemo, test, unique } from './fixtures';

/**
 * Evaluatie, the intervention register: the policy advisor registers an intervention with its theory of change
 * (a failed submit keeps what was typed), records an effect evaluation and downloads its report, and the goal
 * page lists it; the mayor reads but cannot change.
 */
test.describe('Evaluatie: interventions and their evaluations', () => {
  test('the policy advisor registers an intervention, evaluates it and exports the report', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const title = unique('Buurtvaders Lindeburg-West');
    await signInAsDemo(page, 'beleidsmedewerker');
    await page.goto('/evaluatie');
    await page.getByRole('main').getByRole('link', { name: 'Interventies', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interventies');
    await expect(page.getByRole('link', { name: 'BOUNCE weerbaarheidstraining' })).toBeVisible();
    await expectAccessible(page, 'intervention register');

    await page.getByRole('link', { name: 'Interventie registreren' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interventie registreren');
    const form = page.getByRole('form', { name: 'Interventie registreren' });
    await form.getByLabel('Naam', { exact: true }).fill(title);
    await form.getByLabel('Soort interventie', { exact: true }).selectOption('preventief');
    await form.getByLabel('Preventieniveau', { exact: true }).selectOption('secundair');
    await form
      .getByLabel('Doelgroep (niet verplicht)', { exact: true })
      .fill('Jongeren in Lindeburg-West en hun ouders');
    await form.getByLabel('Beleidsdoel dat de interventie dient', { exact: true }).selectOption({
      label: 'Vroegsignalering versterken',
    });
    await form
      .getByLabel('Inzet (input) (niet verplicht)', { exact: true })
      .fill('Zes vaders uit de wijk, een coördinator.');
    await form
      .getByLabel('Aannames (niet verplicht)', { exact: true })
      .fill('Vaders uit de wijk worden eerder vertrouwd dan professionals.');
    // No start of the period: refused by name, what was typed stays.
    await form.getByRole('button', { name: 'Interventie opslaan' }).click();
    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Vul het begin van de periode in.' })).toBeVisible();
    await expect(form.getByLabel('Naam', { exact: true })).toHaveValue(title);
    await expect(form.getByLabel('Aannames (niet verplicht)', { exact: true })).toHaveValue(
      'Vaders uit de wijk worden eerder vertrouwd dan professionals.',
    );
    await expectAccessible(page, 'intervention refused');
    await form.getByLabel('Begin van de periode', { exact: true }).fill('2026-01-01');
    await form.getByRole('button', { name: 'Interventie opslaan' }).click();
    await page
      .getByRole('link', { name: `Interventie ${title} is opgeslagen. Open de interventie.` })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(
      page
        .getByRole('definition')
        .filter({ hasText: 'Vaders uit de wijk worden eerder vertrouwd dan professionals.' }),
    ).toBeVisible();
    await expectAccessible(page, 'intervention');

    // An effect evaluation, with the municipality's five questions to start from.
    await page.getByRole('link', { name: 'Evaluatie vastleggen' }).click();
    const evaluation = page.getByRole('form', { name: 'Evaluatie vastleggen' });
    await expect(evaluation.getByLabel('Evaluatievragen', { exact: true })).toHaveValue(
      /Wat is de effectiviteit van uw interventies\?/,
    );
    await evaluation.getByLabel('Soort evaluatie', { exact: true }).selectOption('effect');
    await evaluation.getByLabel('Titel', { exact: true }).fill('Effectevaluatie eerste halfjaar');
    await evaluation.getByLabel('Datum', { exact: true }).fill('2026-06-30');
    await evaluation
      .getByLabel('Wie deden mee (niet verplicht)', { exact: true })
      .fill('De buurtvaders, Jongerenwerk Lindeburg, de wijkagent');
    await evaluation
      .getByLabel('Bevindingen (niet verplicht)', { exact: true })
      .fill('Ouders weten de buurtvaders te vinden; twee zorgen kwamen via hen bij het meldpunt.');
    await evaluation
      .getByLabel('Afgesproken vervolg (niet verplicht)', { exact: true })
      .fill('Voortzetten tot het einde van het jaar.');
    await evaluation.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Effectevaluatie: Effectevaluatie eerste halfjaar',
    );
    await expectAccessible(page, 'evaluation');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download de rapportage voor de gemeenteraad (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('effect-evaluatie-2026-06-30.pdf');
    const bytes = await readFile((await download.path()) as string);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The goal page lists the intervention with its evaluation.
    await page.goto('/evaluatie/doelen');
    await page.getByRole('link', { name: 'Vroegsignalering versterken', exact: true }).click();
    const serving = page.getByRole('region', { name: 'Interventies die dit doel dienen' });
    await expect(serving.getByRole('link', { name: title, exact: true })).toBeVisible();
    await expect(
      serving.getByRole('link', { name: 'Effectevaluatie: Effectevaluatie eerste halfjaar', exact: true }),
    ).toBeVisible();
    await expectAccessible(page, 'goal with its interventions');
  });

  test('the mayor reads the register and the evaluations but cannot change them', async ({ page }) => {
    await signInAsDemo(page, 'burgemeester');
    await page.goto('/evaluatie');
    await page.getByRole('main').getByRole('link', { name: 'Interventies', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interventies');
    await expect(page.getByRole('link', { name: 'Interventie registreren' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Exitbegeleiding', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exitbegeleiding');
    await expect(page.getByText('Interventie wijzigen')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Evaluatie vastleggen' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /Afsluitredenen en doorlooptijd/ })).toBeVisible();
    await expectAccessible(page, 'intervention read by the mayor');
    await page.goto('/evaluatie/interventies');
    await page.getByRole('link', { name: 'BOUNCE weerbaarheidstraining', exact: true }).click();
    await page.getByRole('link', { name: 'Effectevaluatie schooljaar' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Effectevaluatie: Effectevaluatie schooljaar',
    );
    await expect(page.getByText('Evaluatie wijzigen')).toHaveCount(0);
    await expect(
      page.getByRole('link', { name: 'Download de rapportage voor het college (PDF)' }),
    ).toBeVisible();
    await expectAccessible(page, 'evaluation read by the mayor');
  });
});
