import { openedCase, signalBeforeWeegploeg } from './casus-helpers';
import { api, expect, expectAccessible, signInAsDemo, signOut, test } from './fixtures';
import { organisations } from './overleggen-helpers';

test.describe('Casussen: from the weegploeg to closure', () => {
  test('a yes of the weegploeg opens a case; the decision leads to it, and the case starts with its timeline', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const { signal, itemId } = await signalBeforeWeegploeg(page);

    // The officer chairs the weegploeg and records the yes in the meeting's screens.
    await page.goto(`/agendapunten/${itemId}`);
    const decision = page.getByRole('region', { name: 'Besluit van de weegploeg' });
    await decision.getByRole('radio', { name: 'Ja, opnemen in de persoonsgerichte aanpak' }).check();
    await decision.getByLabel('Gewogen criteria').fill('Ernst en concreetheid van de zorgen');
    await decision.getByRole('checkbox', { name: 'Politie' }).check();
    await decision.getByRole('checkbox', { name: 'Openbaar Ministerie' }).check();
    await decision.getByRole('checkbox', { name: 'Burgemeester' }).check();
    await decision.getByLabel('Naam van wie besloot (Burgemeester)').fill('J. van Dijk');
    await decision.getByLabel('Redenen').fill('Voldoende grond voor een persoonsgerichte aanpak.');
    await decision.getByRole('button', { name: 'Besluit vaststellen' }).click();
    await page.getByRole('button', { name: 'Ja, besluit vaststellen' }).click();
    await expect(decision.getByText('Het besluit is vastgesteld.')).toBeVisible();

    // The decision leads to the case it opened.
    await decision.getByRole('link', { name: 'Naar de casus die met dit besluit is geopend' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Casus C-\d{4}-\d{4,}$/);
    const details = page.getByRole('region', { name: 'Gegevens van de casus' });
    await expect(details).toContainText(signal.person);
    await expect(details).toContainText('Persoonsgerichte aanpak');
    await expect(details).toContainText('Zorgelijk');
    await expect(details).toContainText('Gemeente Lindeburg');
    const timeline = page.getByRole('region', { name: 'Tijdlijn' });
    await expect(timeline).toContainText('geopend');
    await expect(timeline).toContainText('Besluit vastgesteld in een overleg: Weegploeg');
    await expectAccessible(page, 'a newly opened case');
  });

  test('the officer adds a participant, changes the phase, records a review and closes the case; the mayor reads it only', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const c = await openedCase(page);
    await page.goto(`/casussen/${c.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Casus ${c.reference}`);

    // A participant: a missing role is named by field, the choice of organisation stays.
    const participants = page.getByRole('region', { name: 'Deelnemers' });
    const add = participants.getByRole('form', { name: 'Deelnemer toevoegen' });
    await add.getByLabel('Organisatie').selectOption({ label: 'Jeugdzorg Veenstroom' });
    await add.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await expect(page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' })).toBeFocused();
    await expect(add.getByLabel('Rol in de casus')).toHaveAttribute('aria-invalid', 'true');
    await expect(add.getByLabel('Organisatie')).toHaveValue(/.+/);
    await expectAccessible(page, 'adding a participant with an error');
    await add.getByLabel('Rol in de casus').fill('Jeugdbescherming');
    await add.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await expect(page.getByText('Jeugdzorg Veenstroom neemt nu deel aan de casus.')).toBeVisible();
    await expect(participants.getByRole('row', { name: /Jeugdzorg Veenstroom/ })).toContainText(
      'Jeugdbescherming',
    );
    // One region "Deelnemers": its table is named by the section's heading, with no caption repeating it.
    await expect(page.getByRole('region', { name: 'Deelnemers' })).toHaveCount(1);
    await expect(participants.getByRole('table', { name: 'Deelnemers' })).toBeVisible();
    await expect(participants.locator('caption')).toHaveCount(0);
    await expectAccessible(page, 'case overview with its participants');

    // Printed, the case is read: no menus, no buttons, no form nobody filled in; a form with text in it prints.
    const print = async (printing: boolean) => {
      await page.emulateMedia({ media: printing ? 'print' : 'screen' });
      await page.evaluate((e) => window.dispatchEvent(new Event(e)), printing ? 'beforeprint' : 'afterprint');
    };
    await print(true);
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Onderdelen van de casus' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeHidden();
    await expect(add).toBeHidden();
    await expect(participants.getByRole('button', { name: /^Deelname beëindigen/ }).first()).toBeHidden();
    await expect(participants.getByRole('table', { name: 'Deelnemers' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await print(false);
    await expect(add).toBeVisible();
    await add.getByLabel('Rol in de casus').fill('Schoolmaatschappelijk werk');
    await print(true);
    await expect(add.getByLabel('Rol in de casus')).toBeVisible();
    await expect(add.getByRole('button', { name: 'Deelnemer toevoegen' })).toBeHidden();
    await print(false);
    await add.getByLabel('Rol in de casus').fill('');

    // The phase moves by a recorded decision with its reason; only allowed steps are offered.
    const decisions = page.getByRole('region', { name: 'Besluiten over de casus' });
    const phase = decisions.getByRole('form', { name: 'Fase wijzigen' });
    await expect(phase.getByLabel('Nieuwe fase').getByRole('option')).toHaveText(['Kies…', 'Nazorg']);
    await phase.getByLabel('Nieuwe fase').selectOption({ label: 'Nazorg' });
    await phase.getByRole('button', { name: 'Fase wijzigen' }).click();
    await expect(phase.getByLabel('Reden van het besluit')).toHaveAttribute('aria-invalid', 'true');
    await phase
      .getByLabel('Reden van het besluit')
      .fill('Doelen van het plan bereikt; nazorg door Jeugdzorg.');
    await phase.getByRole('button', { name: 'Fase wijzigen' }).click();
    await expect(page.getByText('De casus is nu in de fase: Nazorg.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Gegevens van de casus' })).toContainText('Nazorg');

    // Someone else records a review meanwhile: the next change gets the conflict and keeps the input.
    const client = await api(page);
    const current = await client.get<{ version: number }>(`/api/casussen/${c.id}`);
    const review = decisions.getByRole('form', { name: 'Evaluatie vastleggen' });
    await review.getByLabel('Wat is er besproken').fill('Voortgang besproken in het casusoverleg.');
    await client.send('POST', `/api/casussen/${c.id}/evaluatie`, {
      version: current.version,
      note: 'Tussentijds besproken.',
    });
    await review.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await expect(decisions.getByRole('region', { name: 'De versie die nu is opgeslagen' })).toBeVisible();
    await expect(review.getByLabel('Wat is er besproken')).toHaveValue(
      'Voortgang besproken in het casusoverleg.',
    );
    await expectAccessible(page, 'a review in conflict');
    await review.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await expect(page.getByText(/De evaluatie is vastgelegd\. De volgende evaluatie is op/)).toBeVisible();

    // Closing: "anders" needs an explanation, checked before "Weet u zeker…"; after confirming, nothing can
    // be changed.
    const close = decisions.getByRole('form', { name: 'Casus afsluiten' });
    await close.getByRole('radio', { name: 'Anders' }).check();
    await close.getByRole('button', { name: 'Casus afsluiten' }).click();
    await expect(page.getByRole('button', { name: 'Ja, casus afsluiten' })).toHaveCount(0);
    await expect(close.getByLabel('Toelichting')).toHaveAttribute('aria-invalid', 'true');
    await expect(close.getByLabel('Toelichting')).toHaveAccessibleDescription(
      /Licht de reden van afsluiting toe\./,
    );
    await close.getByRole('radio', { name: 'Verhuisd' }).check();
    await close.getByLabel('Toelichting').fill('Verhuisd naar een andere regio; overdracht geregeld.');
    await close.getByRole('button', { name: 'Casus afsluiten' }).click();
    await expectAccessible(page, 'closing a case: confirmation');
    await page.getByRole('button', { name: 'Ja, casus afsluiten' }).click();
    await expect(page.getByText(/Deze casus is afgesloten op/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Gegevens van de casus' })).toContainText('Afgesloten');
    await expect(page.getByRole('region', { name: 'Besluiten over de casus' })).toHaveCount(0);
    const closure = page.getByRole('region', { name: 'Afsluiting' });
    await expect(closure).toContainText('Verhuisd');
    await expect(closure).toContainText('overdracht geregeld');
    const timeline = page.getByRole('region', { name: 'Tijdlijn' });
    await expect(timeline.getByRole('listitem').first()).toContainText('Casus afgesloten: Verhuisd');
    await expect(timeline).toContainText('Fase gewijzigd van Persoonsgerichte aanpak naar Nazorg');
    await expect(timeline).toContainText('Doelen van het plan bereikt');
    await expect(timeline).toContainText('Ahmed El Idrissi');
    await expectAccessible(page, 'a closed case');
    await signOut(page);

    // The mayor reads the case, without any of the forms.
    await signInAsDemo(page, 'burgemeester');
    await page.goto(`/casussen/${c.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Casus ${c.reference}`);
    await expect(page.getByRole('region', { name: 'Tijdlijn' })).toContainText('Casus afgesloten');
    await expect(page.getByRole('main').getByRole('form')).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
  });

  test('the mayor sees an open case without forms; a partner sees only the cases it takes part in', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const c = await openedCase(page);
    const orgs = await organisations(page);
    await signOut(page);

    await signInAsDemo(page, 'burgemeester');
    await page.goto(`/casussen/${c.id}`);
    await expect(
      page.getByText('U leest deze casus mee; wijzigen doet de aandachtsfunctionaris.'),
    ).toBeVisible();
    await expect(page.getByRole('main').getByRole('form')).toHaveCount(0);
    await expectAccessible(page, 'a case as the mayor reads it');
    await signOut(page);

    // Marieke Jansen (Politie) does not take part yet: not in the list, and the case is not found.
    await signInAsDemo(page, 'ketenpartner');
    await page.goto('/casussen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Casussen');
    await expect(page.getByRole('main')).not.toContainText(c.reference);
    await page.goto(`/casussen/${c.id}`);
    await expect(page.getByRole('alert')).toBeVisible();
    await signOut(page);

    await signInAsDemo(page, 'aandachtsfunctionaris');
    await (await api(page)).send('POST', `/api/casussen/${c.id}/deelnemers`, {
      organisationId: orgs.politie,
      role: 'Wijkagent',
    });
    await signOut(page);
    await signInAsDemo(page, 'ketenpartner');
    await page.goto('/casussen');
    await page.getByRole('link', { name: c.reference }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Casus ${c.reference}`);
    await expect(page.getByText('Uw organisatie neemt deel aan deze casus.', { exact: false })).toBeVisible();
    await expect(page.getByRole('main').getByRole('form')).toHaveCount(0);
    await expectAccessible(page, 'a case as a partner sees it');
    await signOut(page);

    // The officer ends the participation with its reason; the partner no longer sees the case.
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page.goto(`/casussen/${c.id}`);
    const participants = page.getByRole('region', { name: 'Deelnemers' });
    await participants.getByRole('button', { name: /^Deelname beëindigen \(Politie/ }).click();
    await expect(participants.getByRole('heading', { name: /^Deelname van Politie/ })).toBeFocused();
    const end = participants.getByRole('form', { name: /^Deelname van Politie/ });
    await end.getByLabel('Reden van beëindigen').fill('Politie heeft geen rol meer in deze fase.');
    await end.getByRole('button', { name: 'Deelname beëindigen' }).click();
    await expect(participants.getByRole('row', { name: /Politie/ })).toContainText('geen rol meer');
    await expect(page.getByRole('region', { name: 'Tijdlijn' })).toContainText('Deelname beëindigd: Politie');
    await signOut(page);
    await signInAsDemo(page, 'ketenpartner');
    await page.goto(`/casussen/${c.id}`);
    await expect(page.getByRole('alert')).toBeVisible();
  });
});
