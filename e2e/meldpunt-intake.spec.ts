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
    // The form is in sections in the order of a phone call, with links to each, and speaks about the
    // reporter rather than to them.
    const contents = page.getByRole('navigation', { name: 'Op deze pagina' });
    await expect(contents.getByRole('link')).toHaveText([
      'Hoe kwam het binnen',
      'Melder',
      'Wat is er gemeld',
      'Betrokkene(n)',
      'Bijlagen',
      'Afspraken met de melder',
    ]);
    await expect(form.getByRole('heading', { level: 2 })).toHaveText([
      'Hoe kwam het binnen',
      'Melder',
      'Wat is er gemeld',
      'Betrokkene(n)',
      'Bijlagen',
      'Afspraken met de melder',
    ]);
    const reported = form.getByRole('region', { name: 'Wat is er gemeld' });
    await expect(reported.getByRole('group', { name: 'Wat wil de melder?' })).toBeVisible();
    await expect(reported.getByRole('group', { name: 'Hoe weet de melder dit?' })).toBeVisible();
    await expect(form).not.toContainText('Wat wilt u doen?');
    await expect(form).not.toContainText('Hoe weet u dit?');
    await contents.getByRole('link', { name: 'Afspraken met de melder' }).click();
    await expect(page).toHaveURL(/#intake-agreements$/);
    await expect(form.getByRole('region', { name: 'Afspraken met de melder' })).toBeInViewport();
    await expectAccessible(page, 'staff intake');

    const what = word('flyers');
    await form.getByLabel('Kanaal').selectOption({ label: 'Telefoon' });
    const contact = form.getByRole('region', { name: 'Melder' });
    await contact.getByRole('radio', { name: 'Inwoner' }).check();
    await contact.getByLabel('Naam').fill('Karin Smit');
    await contact.getByLabel('Telefoonnummer').fill('bel maar');
    await reported.getByRole('radio', { name: 'Melding' }).check();
    const observation = reported.getByRole('textbox', { name: 'Wat is er gezien of gehoord?' });
    await observation.fill(`Beller zag in het portiek ${what} met oproepen tot geweld tegen de overheid.`);
    await reported.getByRole('radio', { name: 'De melder heeft het zelf gezien of gehoord' }).check();
    await reported.getByLabel('Waar was het?').selectOption({ label: 'Buurt of wijk' });
    await reported.getByLabel('Toelichting op de plek').fill('Portiek Kerkstraat');
    await form
      .getByRole('region', { name: 'Afspraken met de melder' })
      .getByLabel('De melder krijgt een statuscode')
      .check();
    await form.getByRole('button', { name: 'Melding vastleggen' }).click();

    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Telefoonnummer: Vul een geldig telefoonnummer in.']);
    await expect(contact.getByLabel('Telefoonnummer')).toHaveAccessibleDescription(
      /Vul een geldig telefoonnummer in\./,
    );
    await expect(form.getByLabel('Kanaal')).toHaveValue('telefoon');
    await expect(observation).toHaveValue(new RegExp(what));
    await expect(form.getByLabel('De melder krijgt een statuscode')).toBeChecked();
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
