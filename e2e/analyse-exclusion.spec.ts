import { expect, expectAccessible, signInAsDemo, test } from './fixtures';
import { recordSignal, word } from './meldpunt-helpers';

test.describe('Niet voor statistiek', () => {
  test('the meldpunt leaves a signal out of the analysis with a reason and sees it on the signal', async ({
    page,
  }) => {
    await signInAsDemo(page, 'meldpunt');
    const signal = await recordSignal(page, { description: `Proefmelding over ${word('oefening')}.` });
    await page.goto(`/meldingen/${signal.id}`);
    const section = page.getByRole('region', { name: 'Meetellen in de analyse' });
    await expect(section.getByText('Telt mee in de cijfers van de fenomeenanalyse.')).toBeVisible();

    // Keyboard: the line that opens the form.
    const opener = section.getByText('Meetellen in de analyse wijzigen');
    await opener.focus();
    await page.keyboard.press('Enter');
    await section.getByRole('radio', { name: 'Test' }).check();
    await section.getByRole('button', { name: 'Opslaan' }).click();
    // Without a reason: the field is named and marked.
    await expect(
      page.getByText('Geef de reden waarom dit niet meetelt in de analyse.').first(),
    ).toBeVisible();
    await expect(section.getByLabel(/^Reden/)).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'exclusion form with an error');

    await section.getByLabel(/^Reden/).fill('Aangemaakt om het formulier te oefenen.');
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await expect(section.getByText('Opgeslagen.')).toBeVisible();
    await expect(
      section.getByText(/Telt niet mee in de cijfers van de fenomeenanalyse: Test\./),
    ).toBeVisible();
    await expect(section.getByText(/Reden: Aangemaakt om het formulier te oefenen\./)).toBeVisible();
    const history = page.getByRole('region', { name: 'Geschiedenis' });
    await expect(history.getByText('Telt niet mee in de analyse: Test')).toBeVisible();
    await expectAccessible(page, 'signal left out of the analysis');
  });
});
