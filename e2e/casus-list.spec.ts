import { expect, expectAccessible, signInAsDemo, signOut, test } from './fixtures';

test.describe('Casussen: the list and the frame of a case', () => {
  test('the officer finds a case in the list, filters it and opens it; the case has its header and sub-navigation', async ({
    page,
  }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Casussen');
    const table = page.getByRole('table', { name: 'Casussen' });
    const rows = table.getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    // The page's heading names the table: no caption repeats it.
    const heading = page.getByRole('heading', { level: 1 });
    await expect(table).toHaveAttribute('aria-labelledby', (await heading.getAttribute('id')) ?? 'no id');
    await expect(table.locator('caption')).toHaveCount(0);
    await expectAccessible(page, 'case list');
    const first = rows.nth(1);
    const reference = ((await first.getByRole('cell').first().textContent()) ?? '').trim();
    expect(reference).toMatch(/^C-\d{4}-\d{4,}$/);
    const person = ((await first.getByRole('cell').nth(1).textContent()) ?? '').trim();

    // The server searches, filters and pages; the filters stand in the address bar.
    const filters = page.getByRole('form', { name: 'Filteren' });
    const apply = filters.getByRole('button', { name: 'Filter toepassen' });
    await filters.getByRole('checkbox', { name: 'Afgesloten' }).check();
    for (const phase of ['Signalering', 'Persoonsgerichte aanpak', 'Nazorg']) {
      await filters.getByRole('checkbox', { name: phase }).uncheck();
    }
    // A whole number opens its case at once: here it is not closed, so nothing is found first.
    await filters.getByLabel('Casusnummer of naam').fill(reference.split('-')[2] ?? '');
    await apply.click();
    await expect(page).toHaveURL(/zoek=\d+/);
    await expect(page).toHaveURL(/fase=afgesloten/);
    await expect(table.getByRole('link', { name: reference })).toHaveCount(0);
    await filters.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(page).not.toHaveURL(/fase=/);

    // The number without the C and the leading zeros finds it too; the whole number opens it.
    const [, year, number] = reference.split('-') as [string, string, string];
    await filters.getByLabel('Casusnummer of naam').fill(String(Number(number)));
    await apply.click();
    await expect(table.getByRole('link', { name: reference })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/getoond/);
    await filters.getByLabel('Casusnummer of naam').fill(person);
    await apply.click();
    await expect(table.getByRole('link', { name: reference })).toBeVisible();
    await filters.getByLabel('Casusnummer of naam').fill(`${year} ${Number(number)}`);
    await filters.getByLabel('Casusnummer of naam').press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Casus ${reference}`);
    await expect(page.getByRole('main')).toContainText(person);
    await expect(page.getByRole('main')).toContainText('Gemeente Lindeburg');
    const parts = page.getByRole('navigation', { name: 'Onderdelen van de casus' });
    await expect(parts.getByRole('link', { name: 'Overzicht' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { name: 'Tijdlijn' })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(/score|risico|voorspel|\d+ ?%/i);
    await expectAccessible(page, 'case overview');

    // The daily parts in one row, with the open checklist items counted as the server counts them; the
    // rest under "Meer", which opens from the keyboard.
    const caseId = new URL(page.url()).pathname.split('/')[2] ?? '';
    const detail = (await (await page.request.get(`/api/casussen/${caseId}`)).json()) as {
      openChecklistItems: number;
    };
    const checklists =
      detail.openChecklistItems > 0 ? `Checklists (${detail.openChecklistItems} open)` : 'Checklists';
    await expect(parts.getByRole('link', { name: checklists, exact: true })).toBeVisible();
    await expect(parts.getByRole('link', { name: 'Familie', exact: true })).toBeVisible();
    const regieParts = [
      'Samenvatting voor overleg (pdf)',
      'Overdracht',
      'Verstrekkingen',
      'Anonieme consultatie',
    ];
    for (const name of ['Netwerk', ...regieParts]) {
      await expect(parts.getByRole('link', { name, exact: true })).toBeHidden();
    }
    await parts.locator('summary').focus();
    await page.keyboard.press('Enter');
    for (const name of ['Netwerk', 'Communicatie', ...regieParts]) {
      await expect(parts.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expectAccessible(page, 'case sub-navigation with "Meer" open');
    await page.keyboard.press('Escape');
    await expect(parts.getByRole('link', { name: 'Netwerk', exact: true })).toBeHidden();
    await expect(parts.locator('summary')).toBeFocused();
    await page.keyboard.press('Enter');
    await parts.getByRole('link', { name: 'Netwerk', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/casussen/${caseId}/netwerk$`));
    await expect(parts.locator('summary')).toHaveText('Meer: Netwerk');
    await signOut(page);

    // The mayor reads the same case; a partner sees only the cases its organisation takes part in.
    await signInAsDemo(page, 'burgemeester');
    await page.goto('/casussen');
    await expect(
      page.getByRole('table', { name: 'Casussen' }).getByRole('link', { name: reference }),
    ).toBeVisible();
    // The mayor reads the case, and is not offered the parts only the regie municipality's officer uses.
    await page.getByRole('table', { name: 'Casussen' }).getByRole('link', { name: reference }).click();
    await parts.locator('summary').click();
    await expect(parts.getByRole('link', { name: 'Communicatie', exact: true })).toBeVisible();
    for (const name of regieParts)
      await expect(parts.getByRole('link', { name, exact: true })).toHaveCount(0);
    await expectAccessible(page, 'case sub-navigation of the mayor');
    await signOut(page);

    // A partner searches by case number only (no names) and sees no regisseur filter.
    await signInAsDemo(page, 'ketenpartner');
    await page.goto('/casussen?telaat=ja');
    const partnerFilters = page.getByRole('form', { name: 'Filteren' });
    await expect(partnerFilters.getByLabel('Casusnummer', { exact: true })).toBeVisible();
    await expect(partnerFilters.getByLabel('Regisseur')).toHaveCount(0);
    await expect(partnerFilters.getByLabel('Alleen casussen waarvan de evaluatie te laat is')).toBeChecked();
    await partnerFilters.getByLabel('Casusnummer', { exact: true }).fill('Jansen');
    await partnerFilters.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(
      page.getByRole('link', { name: 'Casusnummer: Zoek op casusnummer, bijvoorbeeld C-2026-0001 of 0001.' }),
    ).toBeVisible();
    await expect(partnerFilters.getByRole('searchbox', { name: 'Casusnummer' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectAccessible(page, 'case list of a partner with a refused search');
    await signOut(page);
  });

  test("the officer's home page lists the cases whose review is overdue; recording the review takes it off", async ({
    page,
  }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const due = (await (await page.request.get('/api/casussen/evaluaties-te-laat')).json()) as Array<{
      id: string;
      reference: string;
    }>;
    // The demo's older cases were opened more than three months ago and never reviewed.
    expect(due.length).toBeGreaterThan(0);
    // Mijn werk lists them under "Te laat": the first five, the rest counted with a link to the case list.
    const section = page
      .getByRole('region', { name: 'Mijn werk' })
      .getByRole('region', { name: 'Te laat', exact: true })
      .getByRole('region', { name: 'Evaluaties van casussen' });
    const links = section.getByRole('link', { name: /^Casus C-/ });
    await expect(links).toHaveCount(Math.min(due.length, 5));
    const shown = await links.allTextContents();
    for (const text of shown) expect(due.map((c) => `Casus ${c.reference}`)).toContain(text);
    if (due.length > 5) await expect(section).toContainText(`en ${due.length - 5} meer`);
    await expect(section).not.toContainText(/Yusuf|Yara/);
    await expectAccessible(page, 'home page with overdue reviews');
    const first = due.find((c) => `Casus ${c.reference}` === shown[0]) as { id: string; reference: string };
    await section.getByRole('link', { name: `Casus ${first.reference}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Casus ${first.reference}`);
    const summary = page.getByRole('region', { name: 'Stand van de casus' });
    await expect(summary).toContainText('Te laat');
    await summary.getByRole('link', { name: 'Wijzigen volgende evaluatie' }).click();
    const review = page.getByRole('form', { name: 'Evaluatie vastleggen' });
    await review.getByLabel('Wat is er besproken').fill('Besproken in het casusoverleg; plan loopt.');
    await review.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await expect(page.getByText(/De evaluatie is vastgelegd/)).toBeVisible();
    await expect(summary).not.toContainText('Te laat');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }).click();
    await expect(page.getByRole('region', { name: 'Mijn werk' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Te laat', exact: true })).toBeVisible();
    await expect(section.getByRole('link', { name: `Casus ${first.reference}` })).toHaveCount(0);
  });

  test('a case the user may not see is answered as not found', async ({ page }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page.goto('/casussen/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectAccessible(page, 'case not found');
  });
});
