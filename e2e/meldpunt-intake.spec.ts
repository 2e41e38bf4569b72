import { expect, expectAccessible, signInAsDemo, test } from './fixtures';
import { word } from './meldpunt-helpers';

test.describe('Meldpunt: intake by a professional and by staff', () => {
  test('a professional (Marieke Jansen) reports with the sharing steps and finds it under Mijn meldingen', async ({
    page,
  }) => {
    await signInAsDemo(page, 'ketenpartner');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn meldingen' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn meldingen');
    await expectAccessible(page, 'my reports');
    await page.getByRole('link', { name: 'Nieuwe melding doen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Melding doen als professional');
    await expectAccessible(page, 'professional intake');

    const what = word('vechtsport');
    const form = page.getByRole('form', { name: 'Melding doen als professional' });
    await form.getByRole('radio', { name: 'Melding' }).check();
    await form
      .getByRole('textbox', { name: 'Wat is er gezien of gehoord?' })
      .fill(`Een leerling vertelde dat zijn broer na de ${what} video's deelt van een extremistische groep.`);
    await form.getByRole('radio', { name: 'Ik heb het van iemand anders gehoord' }).check();
    await form.getByLabel('Van wie of waar weet u dit?').fill('Een klasgenoot, in een gesprek met de mentor');
    await form.getByLabel('Waar was het?').selectOption({ label: 'School' });
    await form.getByLabel('Mening of aanname 1').fill('Ik vermoed dat hij online wordt geronseld.');
    const person = form.getByRole('group', { name: 'Persoon 1' });
    await person.getByLabel('Naam').fill('Youssef B.');
    await person.getByLabel('School of werk').fill('Lindeburg College');

    // The sharing steps: safety risks are not yet confirmed.
    const steps = form.getByRole('region', { name: 'Stappen van de Werkwijze informatie delen' });
    const advice = steps.getByRole('group', { name: 'Stap 1: Advies vragen' });
    await advice.getByLabel('Ik heb (anoniem) advies gevraagd').check();
    await advice.getByLabel('Bij wie?').fill('Anoniem besproken met de aandachtsfunctionaris');
    const talk = steps.getByRole('group', { name: /^Stap 2/ });
    await talk.getByLabel('Toelichting').fill('Nog niet: de broer is geen leerling van onze school.');
    const consent = steps.getByRole('group', { name: 'Stap 4: Toestemming' });
    await consent
      .getByLabel('Toelichting')
      .fill('Zwaarwegend belang: zorgen over de veiligheid van de jongere.');
    await steps.getByLabel('Ik deel alleen de gegevens die nodig zijn').check();
    await steps.getByLabel('Ik heb het besluit om te delen vastgelegd in ons eigen dossier').check();
    await form.getByRole('checkbox', { name: /Ik wil terugkoppeling/ }).check();
    await form.getByRole('button', { name: 'Melding versturen' }).click();

    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([/^Veiligheid: Weeg eerst de veiligheidsrisico/]);
    const safety = steps.getByLabel('Ik heb de veiligheidsrisico’s afgewogen');
    await expect(safety).toHaveAttribute('aria-invalid', 'true');
    await expect(consent.getByLabel('Toelichting')).toHaveValue(/Zwaarwegend belang/);
    await expectAccessible(page, 'professional intake with an error');

    await summary.getByRole('link').click();
    await expect(safety).toBeFocused();
    await page.keyboard.press('Space');
    await expect(safety).toBeChecked();
    await form.getByRole('button', { name: 'Melding versturen' }).click();

    const saved = page.getByRole('heading', { name: /^Uw melding is ontvangen als M-\d{4}-\d{5}$/ });
    await expect(saved).toBeFocused();
    const reference = ((await saved.textContent()) ?? '').replace('Uw melding is ontvangen als ', '');
    await expectAccessible(page, 'professional intake sent');

    await page.getByRole('link', { name: `Melding ${reference} openen` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Melding ${reference}`);
    const sharing = page.getByRole('region', { name: 'Stappen van de Werkwijze informatie delen' });
    await expect(sharing).toContainText('Anoniem besproken met de aandachtsfunctionaris');
    await expect(sharing).toContainText('Gevraagd: nee. Gegeven: nee.');
    await expect(page.getByRole('region', { name: 'Feiten: wat is gezien of gehoord' })).toContainText(
      'Een klasgenoot, in een gesprek met de mentor',
    );
    // The partner sees what they submitted and the coarse status, not the meldpunt's work.
    await expect(page.getByRole('heading', { name: 'Status en volgende stap' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Geschiedenis' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Overzicht' })).toContainText('Ontvangen');
    await expectAccessible(page, 'own report of the partner');

    await page.getByRole('link', { name: 'Terug naar mijn meldingen' }).click();
    await expect(page.getByRole('row', { name: new RegExp(reference) })).toContainText('Ontvangen');
  });

  test('staff (Sanne de Vries) record a phone call and give the caller a status code', async ({ page }) => {
    await signInAsDemo(page, 'meldpunt');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Meldingen' })
      .click();
    await page.getByRole('link', { name: 'Melding vastleggen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Melding vastleggen');
    const form = page.getByRole('form', { name: 'Melding vastleggen' });
    // An AIVD ambtsbericht is recorded by the officer, not by the meldpunt.
    await expect(form.getByLabel('Kanaal').locator('option')).toHaveText([
      'Kies…',
      'Telefoon',
      'E-mail',
      'Balie',
      'Politie / CTER',
      'Ketenpartner',
    ]);
    await expectAccessible(page, 'staff intake');

    const what = word('flyers');
    await form.getByLabel('Kanaal').selectOption({ label: 'Telefoon' });
    await form.getByLabel('De melder krijgt een statuscode').check();
    await form.getByRole('radio', { name: 'Melding' }).check();
    await form.getByRole('radio', { name: 'Inwoner' }).check();
    await form
      .getByRole('textbox', { name: 'Wat is er gezien of gehoord?' })
      .fill(`Beller zag in het portiek ${what} met oproepen tot geweld tegen de overheid.`);
    await form.getByRole('radio', { name: 'Ik heb het zelf gezien of gehoord' }).check();
    await form.getByLabel('Waar was het?').selectOption({ label: 'Buurt of wijk' });
    await form.getByLabel('Toelichting op de plek').fill('Portiek Kerkstraat');
    const contact = form.getByRole('region', { name: 'Gegevens van de melder' });
    await contact.getByLabel('Naam').fill('Karin Smit');
    await contact.getByLabel('Telefoonnummer').fill('bel maar');
    await form.getByRole('button', { name: 'Melding vastleggen' }).click();

    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Telefoonnummer: Vul een geldig telefoonnummer in.']);
    await expect(contact.getByLabel('Telefoonnummer')).toHaveAccessibleDescription(
      /Vul een geldig telefoonnummer in\./,
    );
    await expect(form.getByLabel('Kanaal')).toHaveValue('telefoon');
    await expectAccessible(page, 'staff intake with an error');
    await contact.getByLabel('Telefoonnummer').fill('06-12345678');
    await form.getByRole('button', { name: 'Melding vastleggen' }).click();

    const saved = page.getByRole('heading', { name: /^Vastgelegd als M-\d{4}-\d{5}$/ });
    await expect(saved).toBeFocused();
    const reference = ((await saved.textContent()) ?? '').replace('Vastgelegd als ', '');
    await expect(page.getByTestId('melding-status-code')).toHaveText(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await expectAccessible(page, 'staff intake saved');

    await page.getByRole('link', { name: `Melding ${reference} openen` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Melding ${reference}`);
    const overview = page.getByRole('region', { name: 'Overzicht' });
    await expect(overview).toContainText('Telefoon');
    await expect(overview).toContainText('Karin Smit');
    const history = page.getByRole('region', { name: 'Geschiedenis' });
    await expect(history.getByRole('listitem').first()).toContainText('Ontvangen via Telefoon');
    await expect(history.getByRole('listitem').first()).toContainText('Sanne de Vries (meldpunt-medewerker)');
    await expectAccessible(page, 'signal recorded by staff');
  });
});
