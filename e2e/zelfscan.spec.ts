import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, signInAsDemo, signOut, test, unique } from './fixtures';

/**
 * Zelfscan: the policy advisor runs a full round of the factsheet checklist (bad input named and kept, an
 * evidence hint confirmed, a gap made an action for the officer, the round closed), compares the demo's VAR
 * round with last year's and downloads the report; the officer finds the action in Mijn acties.
 */
test.describe('Zelfscan: a round of the self-assessment', () => {
  test('a full round: answers, a confirmed hint, an action and closing', async ({ page }) => {
    test.setTimeout(180_000);
    const title = unique('Checklist voorbereiding');
    const action = unique('Dossierhouder formeel benoemen');
    await signInAsDemo(page, 'beleidsmedewerker');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zelfscan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zelfscan');
    await expectAccessible(page, 'the self-assessment rounds');

    await page.getByRole('link', { name: 'Nieuwe ronde' }).click();
    const form = page.getByRole('form', { name: 'Nieuwe ronde' });
    await form.getByRole('radio', { name: 'Checklist voorbereiding (factsheet VNG en NGB)' }).check();
    await form.getByLabel('Begonnen op', { exact: true }).fill('2026-11-02');
    await form
      .getByLabel('Wie deden mee (niet verplicht)', { exact: true })
      .fill('Thomas Bakker – beleidsmedewerker\n – aandachtsfunctionaris');
    await form.getByRole('button', { name: 'Ronde beginnen' }).click();
    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Geef de ronde een titel.' })).toBeVisible();
    await expect(summary.getByRole('link', { name: /Vul de naam van deelnemer 2 in/ })).toBeVisible();
    await expect(form.getByLabel('Wie deden mee (niet verplicht)', { exact: true })).toHaveValue(
      'Thomas Bakker – beleidsmedewerker\n – aandachtsfunctionaris',
    );
    await expectAccessible(page, 'a refused round');
    await form.getByLabel('Titel', { exact: true }).fill(title);
    await form
      .getByLabel('Wie deden mee (niet verplicht)', { exact: true })
      .fill('Thomas Bakker – beleidsmedewerker\nAhmed El Idrissi – aandachtsfunctionaris');
    await form.getByRole('button', { name: 'Ronde beginnen' }).click();
    await page.getByRole('link', { name: `Ronde ${title} is begonnen. Naar de ronde` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expectAccessible(page, 'a new round');

    // The first question: Duiden shows who is dossierhouder; the advisor confirms, then answers.
    await page
      .getByRole('link', { name: 'Heeft de gemeente een dossierhouder radicalisering benoemd?' })
      .click();
    const hint = page.getByRole('region', { name: 'Wat Duiden hierover laat zien' });
    await expect(hint).toContainText('actieve aandachtsfunctionaris');
    await hint.getByRole('radio', { name: 'Ja, dit klopt' }).check();
    await hint.getByRole('button', { name: 'Vastleggen' }).click();
    await expect(page.getByText('Vastgelegd, met de gegevens zoals ze nu getoond zijn.')).toBeVisible();
    await expect(hint).toContainText('Bevestigd door Thomas Bakker');

    const answer = page.getByRole('region', { name: 'Beantwoorden' });
    await answer.getByRole('radio', { name: 'Deels' }).check();
    await answer
      .getByLabel('Link naar bewijs (niet verplicht)', { exact: true })
      .fill('http://lindeburg.example');
    await answer.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await expect(summary.getByRole('link', { name: /Licht toe wat er nog ontbreekt/ })).toBeVisible();
    await expect(
      summary.getByRole('link', { name: 'Vul een volledige link in die met https:// begint.' }),
    ).toBeVisible();
    await expect(answer.getByLabel('Link naar bewijs (niet verplicht)', { exact: true })).toHaveValue(
      'http://lindeburg.example',
    );
    await expectAccessible(page, 'a refused answer');
    await answer
      .getByLabel('Toelichting (niet verplicht)', { exact: true })
      .fill('Waargenomen door de aandachtsfunctionaris; een formeel besluit ontbreekt.');
    await answer
      .getByLabel('Link naar bewijs (niet verplicht)', { exact: true })
      .fill('https://lindeburg.example/organogram');
    await answer.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await expect(page.getByText('Het antwoord is opgeslagen.')).toBeVisible();

    // A document as evidence, checked by its content.
    await page.getByText('Een document als bewijs toevoegen').click();
    await page.getByLabel('Document', { exact: true }).setInputFiles({
      name: 'aanwijzingsbesluit.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% aanwijzing dossierhouder\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Document toevoegen' }).click();
    await expect(page.getByText('Het document is toegevoegd.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'aanwijzingsbesluit.pdf' })).toBeVisible();

    // The gap becomes an action for the officer.
    const actions = page.getByRole('region', { name: 'Acties' });
    await actions.getByText('Een actie afspreken').click();
    await actions.getByLabel('Wat moet er gebeuren', { exact: true }).fill(action);
    await actions.getByLabel('Eigenaar', { exact: true }).selectOption({ label: 'Ahmed El Idrissi' });
    await actions.getByLabel('Klaar op', { exact: true }).fill('2027-03-01');
    await actions.getByRole('button', { name: 'Actie afspreken' }).click();
    await expect(
      page.getByText('De actie is afgesproken en staat in Mijn acties van de eigenaar.'),
    ).toBeVisible();
    await expect(actions).toContainText(action);
    await expectAccessible(page, 'a question with its hint, answer and action');

    // The other three questions, then the round is closed.
    for (const question of [
      'Is er een multidisciplinaire overlegstructuur waarin toekomstige casussen, ook uitreizigers en terugkeerders, besproken kunnen worden?',
      'Kent de gemeente de relevante maatschappelijke partners, en heeft zij met hen de lokale situatie verkend, een strategie opgesteld en samen aan deskundigheid gewerkt?',
      'Zijn er contacten met sleutelfiguren van relevante netwerken en gemeenschappen?',
    ]) {
      await page.getByRole('link', { name: `Terug naar ${title}` }).click();
      await page.getByRole('link', { name: question }).click();
      await page.getByRole('region', { name: 'Beantwoorden' }).getByRole('radio', { name: 'Ja' }).check();
      await page.getByRole('button', { name: 'Antwoord opslaan' }).click();
      await expect(page.getByText('Het antwoord is opgeslagen.')).toBeVisible();
    }
    await page.getByRole('link', { name: `Terug naar ${title}` }).click();
    const close = page.getByRole('region', { name: 'Ronde afsluiten' });
    await close.getByText('De ronde afsluiten').click();
    await close.getByRole('button', { name: 'Ronde afsluiten' }).click();
    // Once closed, the round is shown as final: the closing form (with its message) gives way to who closed it.
    await expect(page.getByRole('region', { name: 'Ronde afsluiten' })).toHaveCount(0);
    await expect(page.getByRole('definition').filter({ hasText: 'Afgesloten op' })).toBeVisible();

    // The officer finds the action in Mijn acties, with the way back to its question.
    await signOut(page);
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn acties' })
      .click();
    await expect(page.getByRole('cell', { name: action, exact: true })).toBeVisible();
    await expectAccessible(page, 'Mijn acties with a self-assessment action');
    await page.getByRole('link', { name: `Zelfscan: ${title}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Heeft de gemeente een dossierhouder radicalisering benoemd?',
    );
  });

  test('the demo round compared with last year, and its report for the council', async ({ page }) => {
    test.setTimeout(180_000);
    const year = new Date().getFullYear();
    await signInAsDemo(page, 'burgemeester');
    await page.goto('/zelfscan');
    await page.getByRole('link', { name: `Zelfscan aanpak radicalisering ${year}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Zelfscan aanpak radicalisering ${year}`,
    );
    await expectAccessible(page, 'the demo round');
    const [download] = await Promise.all([
      // The report reads the analysis's protected figures of last year, which may take a while to protect.
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('link', { name: 'Rapportage voor de gemeenteraad (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^zelfscan-.*-raad\.pdf$/);
    const bytes = await readFile((await download.path()) as string);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await page
      .getByRole('link', { name: `Vergelijken met Zelfscan aanpak radicalisering ${year - 1}` })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Vergelijking: Zelfscan aanpak radicalisering ${year}`,
    );
    const counts = page.getByRole('region', { name: 'Antwoorden per thema en onderdeel' });
    await expect(counts.getByRole('rowheader', { name: 'Beleid en organisatie', exact: true })).toBeVisible();
    const changed = page.getByRole('region', { name: 'Veranderde antwoorden' });
    await expect(changed.getByRole('row').nth(1)).toBeVisible();
    await expectAccessible(page, 'the comparison of two rounds');
  });
});
