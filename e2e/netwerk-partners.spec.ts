import { expect, expectAccessible, signInAsDemo, test, unique } from './fixtures';

/**
 * Netwerken: the partner register and contact upkeep. The officer adds a partner (bad input is named per
 * field, in Dutch and English, and what was typed stays), adds a contact person and logs a contact; an overdue
 * demo contact is snoozed; two officers change one profile at once and the second gets the conflict.
 */
test.describe('The partner register', () => {
  test('the officer adds a partner, a contact person, and logs a contact', async ({ page }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Netwerk' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netwerk: partnerregister');
    await expect(page.getByRole('link', { name: 'Moskee Al-Nour' })).toBeVisible();
    await expectAccessible(page, 'the partner register');

    // Search finds a partner by its contact person's name.
    await page.getByRole('textbox', { name: 'Zoeken' }).fill('Lammers');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await expect(page.getByRole('link', { name: 'Buurthuis De Schakel' })).toBeVisible();
    await expect(page.getByText('1 partner getoond.')).toBeVisible();

    await page.getByRole('link', { name: 'Partner toevoegen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partner toevoegen');
    const name = unique('Buurtsportcoach Lindeburg');
    await page.getByLabel('Aantekeningen over de relatie').fill('Nieuw contact via de wijkagent.');
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await expect(page.locator('#partner-name-error')).toContainText('Vul de naam van de organisatie in.');
    await expect(page.locator('#partner-kind-error')).toContainText('Kies de soort partner.');
    await expect(page.getByLabel('Aantekeningen over de relatie')).toHaveValue(
      'Nieuw contact via de wijkagent.',
    );
    await expectAccessible(page, 'new partner with errors');

    // In English the same fields are named in English; what was typed stays.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Add the partner' }).click();
    await expect(page.locator('#partner-kind-error')).toContainText('Choose the kind of partner.');
    await expect(page.getByLabel('Notes on the relationship')).toHaveValue('Nieuw contact via de wijkagent.');
    await page.getByRole('button', { name: 'Nederlands' }).click();

    await page.getByLabel('Naam van de organisatie').fill(name);
    await page.getByLabel('Soort partner').selectOption({ label: 'Sportvereniging' });
    await page.getByLabel('Domein').selectOption({ label: 'Sport en vrije tijd' });
    await page.getByRole('group', { name: 'Wijken waar de partner werkt' }).getByLabel('West').check();
    await page.getByRole('group', { name: 'Taken die de partner oppakt' }).getByLabel('Voorkomen').check();
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByText('De partner is toegevoegd aan het register.')).toBeVisible();
    await expect(page.getByText('Leg alleen werkgegevens vast')).toBeVisible();

    // A contact person: an address that is none is refused, the name stays.
    await page.getByLabel('Naam', { exact: true }).fill('Joost Hendriks');
    await page.getByLabel('Functie of rol').fill('Buurtsportcoach');
    await page.getByLabel('Zakelijk e-mailadres').fill('joost.hendriks');
    await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await expect(page.locator('#contact-email-error')).toContainText('Vul een geldig e-mailadres in');
    await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Joost Hendriks');
    await page.getByLabel('Zakelijk e-mailadres').fill('j.hendriks@sportlindeburg.example');
    await page.getByLabel('Contact elke').fill('6');
    await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await expect(page.getByText('Joost Hendriks is toegevoegd.')).toBeVisible();
    const contacts = page.getByRole('table', { name: 'Contactpersonen en contactonderhoud' });
    await expect(contacts.getByRole('row', { name: /Joost Hendriks/ })).toContainText('Nog geen contact');
    await expect(contacts.getByRole('row', { name: /Joost Hendriks/ })).toContainText('Op tijd');
    await expectAccessible(page, 'partner with a contact person');

    await page.getByRole('button', { name: 'Contactmomenten van Joost Hendriks' }).click();
    await expect(
      page.getByText('Leg hier nooit inhoud van casussen of gegevens over personen vast'),
    ).toBeVisible();
    await page.getByLabel('Vorm').selectOption({ label: 'Telefoon' });
    await page.getByLabel('Korte notitie').fill('Kennismaking; trainingsaanbod besproken.');
    await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
    await expect(page.getByText('Het contactmoment is vastgelegd.')).toBeVisible();
    const log = page.getByRole('table', { name: 'Contactmomenten met Joost Hendriks' });
    await expect(log).toContainText('Kennismaking; trainingsaanbod besproken.');
    await expect(log).toContainText('Ahmed El Idrissi');
    await expect(contacts.getByRole('row', { name: /Joost Hendriks/ })).not.toContainText('Nog geen contact');
    await expectAccessible(page, 'contact log');

    // The target frequency is changed at the version read.
    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    const edit = page.getByRole('form', { name: 'Gegevens van Joost Hendriks wijzigen' });
    await edit.getByLabel('Contact elke').fill('8');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('De gegevens zijn opgeslagen.')).toBeVisible();
    await expect(contacts.getByRole('row', { name: /Joost Hendriks/ })).toContainText('8 weken');
  });

  test('an overdue contact appears in contact upkeep and is snoozed', async ({ page }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page.goto('/netwerk/contactonderhoud');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contactonderhoud');
    const table = page.getByRole('table', { name: 'Contactonderhoud' });
    const row = table.getByRole('row', { name: /Gerda Lammers/ });
    await expect(row).toContainText('Achterstallig');
    await expect(row).toContainText('dagen over tijd');
    await expectAccessible(page, 'contact upkeep');

    await row.getByLabel('Uitstellen met').selectOption({ label: '14 dagen' });
    await row.getByRole('button', { name: 'Uitstellen' }).click();
    await expect(page.getByText(/De herinnering voor Gerda Lammers is uitgesteld tot/)).toBeVisible();
    await expect(table.getByRole('row', { name: /Gerda Lammers/ })).toHaveCount(0);

    await page.getByLabel('Tonen').selectOption({ label: 'Uitgesteld' });
    await expect(table.getByRole('row', { name: /Gerda Lammers/ })).toContainText(
      'herinnering uitgesteld tot',
    );
    await expect(table.getByRole('row', { name: /Samir Aouragh/ })).toBeVisible();
    await expectAccessible(page, 'snoozed contacts');

    await page.goto('/netwerk/dekking');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dekking per wijk en domein');
    await expect(page.getByRole('row', { name: /West/ })).toContainText('0 (gat)');
    await expectAccessible(page, 'coverage');

    // A district of its own: it appears with every domain a gap, until partners work there.
    const district = unique('Havenkwartier');
    await page.getByLabel('Naam van de wijk').fill(district);
    await page.getByRole('button', { name: 'Wijk toevoegen' }).click();
    await expect(page.getByText(`De wijk ${district} is toegevoegd.`)).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(district) })).toBeVisible();
    await page.getByRole('button', { name: 'Wijk toevoegen' }).click();
    await expect(page.locator('#district-name-error')).toContainText('Vul de naam van de wijk in.');
  });

  test('two officers change one profile at once: the second gets the conflict and keeps what was typed', async ({
    page,
    newSession,
  }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page.goto('/netwerk?zoek=Het+Baken');
    await page.getByRole('link', { name: 'Buurthuis Het Baken' }).click();
    await page.getByRole('button', { name: 'Profiel wijzigen' }).click();

    const other = await newSession();
    await signInAsDemo(other, 'beleidsmedewerker');
    await other.goto(page.url());
    await other.getByRole('button', { name: 'Profiel wijzigen' }).click();
    await other.getByLabel('Aantekeningen over de relatie').fill('Nieuwe beheerder sinds de zomer.');
    await other.getByRole('button', { name: 'Opslaan' }).click();
    await expect(other.getByText('Het profiel is opgeslagen.')).toBeVisible();

    await page.getByLabel('Aantekeningen over de relatie').fill('Open inloop op vrijdag.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(
      page.getByRole('heading', { name: 'Iemand anders heeft dit profiel intussen gewijzigd' }),
    ).toBeVisible();
    await expect(page.getByText('Nieuwe beheerder sinds de zomer.')).toBeVisible();
    await expect(page.getByLabel('Aantekeningen over de relatie')).toHaveValue('Open inloop op vrijdag.');
    await expectAccessible(page, 'profile conflict');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('Het profiel is opgeslagen.')).toBeVisible();
    await expect(page.getByText('Open inloop op vrijdag.')).toBeVisible();
  });
});
