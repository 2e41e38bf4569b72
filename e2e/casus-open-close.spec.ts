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

    // The overview is a summary list; each row the officer may change has its own "Wijzigen" link, named
    // for screen readers by its row. No form is open on the overview, and closing is a plain link lower down.
    const summary = page.getByRole('region', { name: /^(Stand van de casus|State of the case)$/ });
    await expect(summary.getByRole('term')).toHaveText([
      'Fase',
      'Situatie',
      'Volgende evaluatie',
      'Casus geopend op',
      'Deelnemers',
    ]);
    await expect(summary.getByRole('link', { name: /^Wijzigen/ })).toHaveText([
      'Wijzigen fase',
      'Wijzigen situatie',
      'Wijzigen volgende evaluatie',
      'Wijzigen deelnemers',
    ]);
    await expect(summary.getByRole('link', { name: 'Wijzigen fase', exact: true })).toBeVisible();
    await expect(page.getByRole('main').getByRole('form')).toHaveCount(0);
    const closeLink = page.getByRole('link', { name: 'Casus afsluiten', exact: true });
    await expect(closeLink).toBeVisible();
    await expect(closeLink).not.toHaveClass(/danger|button/);
    await expectAccessible(page, 'case overview as a summary list');
    // In English the same rows and links, each link named by its row.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(summary.getByRole('link', { name: 'Change phase', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Close case', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Nederlands' }).click();

    // A participant, on its own page: the heading takes focus; a missing role is named by field, the choice
    // of organisation stays.
    await summary.getByRole('link', { name: 'Wijzigen deelnemers' }).click();
    await expect(page).toHaveURL(/\?wijzigen=deelnemer$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Deelnemers wijzigen' })).toBeFocused();
    await expect(page).toHaveTitle(/^Deelnemers wijzigen – casus /);
    const participants = page.getByRole('article', { name: 'Deelnemers wijzigen' });
    const add = participants.getByRole('form', { name: 'Deelnemer toevoegen' });
    await add.getByLabel('Organisatie').selectOption({ label: 'Jeugdzorg Veenstroom' });
    await add.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await expect(page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' })).toBeFocused();
    await expect(add.getByLabel('Rol in de casus')).toHaveAttribute('aria-invalid', 'true');
    await expect(add.getByLabel('Organisatie')).toHaveValue(/.+/);
    await expectAccessible(page, 'adding a participant with an error');

    // Printed, the case is read: no menus, no buttons, no form nobody filled in; a form with text in it prints.
    const print = async (printing: boolean) => {
      await page.emulateMedia({ media: printing ? 'print' : 'screen' });
      await page.evaluate((e) => window.dispatchEvent(new Event(e)), printing ? 'beforeprint' : 'afterprint');
    };
    await add.getByLabel('Rol in de casus').fill('');
    await add.getByLabel('Organisatie').selectOption({ label: 'Kies…' });
    await print(true);
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Onderdelen van de casus' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeHidden();
    await expect(add).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await print(false);
    await expect(add).toBeVisible();
    await add.getByLabel('Rol in de casus').fill('Schoolmaatschappelijk werk');
    await print(true);
    await expect(add.getByLabel('Rol in de casus')).toBeVisible();
    await expect(add.getByRole('button', { name: 'Deelnemer toevoegen' })).toBeHidden();
    await print(false);

    await add.getByLabel('Organisatie').selectOption({ label: 'Jeugdzorg Veenstroom' });
    await add.getByLabel('Rol in de casus').fill('Jeugdbescherming');
    await add.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    // Back on the overview, the message of what the change did takes focus.
    await expect(page).not.toHaveURL(/wijzigen=/);
    const saved = page
      .getByRole('status')
      .filter({ hasText: 'Jeugdzorg Veenstroom neemt nu deel aan de casus.' });
    await expect(saved).toBeVisible();
    await expect(page.locator(':focus')).toContainText('Jeugdzorg Veenstroom neemt nu deel aan de casus.');
    await expect(summary.getByRole('definition').filter({ hasText: 'Jeugdzorg Veenstroom' })).toContainText(
      'Jeugdbescherming',
    );
    // On its change page the participants are a table named by the page's heading, with no caption.
    await summary.getByRole('link', { name: 'Wijzigen deelnemers' }).click();
    await expect(participants.getByRole('table', { name: 'Deelnemers wijzigen' })).toBeVisible();
    await expect(participants.locator('caption')).toHaveCount(0);
    await expect(participants.getByRole('row', { name: /Jeugdzorg Veenstroom/ })).toContainText(
      'Jeugdbescherming',
    );
    await print(true);
    await expect(participants.getByRole('button', { name: /^Deelname beëindigen/ }).first()).toBeHidden();
    await expect(participants.getByRole('table', { name: 'Deelnemers wijzigen' })).toBeVisible();
    await print(false);
    await expectAccessible(page, 'the participants change page');
    // The way back returns to the overview, on the link that led here.
    await participants.getByRole('link', { name: 'Terug naar het overzicht' }).click();
    await expect(summary.getByRole('link', { name: 'Wijzigen deelnemers' })).toBeFocused();
    // Printed, the overview is read: its rows without their "Wijzigen" links, and no way to close the case.
    await print(true);
    await expect(summary.getByRole('term').first()).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Wijzigen fase' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Casus afsluiten', exact: true })).toBeHidden();
    await print(false);
    await expect(summary.getByRole('link', { name: 'Wijzigen fase' })).toBeVisible();

    // The phase moves by a recorded decision with its reason; only allowed steps are offered.
    await summary.getByRole('link', { name: 'Wijzigen fase' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Fase wijzigen' })).toBeFocused();
    const phase = page.getByRole('form', { name: 'Fase wijzigen' });
    await expect(phase.getByLabel('Nieuwe fase').getByRole('option')).toHaveText(['Kies…', 'Nazorg']);
    await phase.getByLabel('Nieuwe fase').selectOption({ label: 'Nazorg' });
    await phase.getByRole('button', { name: 'Fase wijzigen' }).click();
    await expect(phase.getByLabel('Reden van het besluit')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'the phase change page with an error');
    await phase
      .getByLabel('Reden van het besluit')
      .fill('Doelen van het plan bereikt; nazorg door Jeugdzorg.');
    await phase.getByRole('button', { name: 'Fase wijzigen' }).click();
    await expect(page.getByText('De casus is nu in de fase: Nazorg.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Gegevens van de casus' })).toContainText('Nazorg');
    await expect(summary).toContainText('Nazorg');
    await expectAccessible(page, 'the overview after a change, with its message');

    // Someone else records a review meanwhile: the next change gets the conflict and keeps the input.
    const client = await api(page);
    const current = await client.get<{ version: number }>(`/api/casussen/${c.id}`);
    await summary.getByRole('link', { name: 'Wijzigen volgende evaluatie' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Evaluatie vastleggen' })).toBeFocused();
    const review = page.getByRole('form', { name: 'Evaluatie vastleggen' });
    await review.getByLabel('Wat is er besproken').fill('Voortgang besproken in het casusoverleg.');
    await client.send('POST', `/api/casussen/${c.id}/evaluatie`, {
      version: current.version,
      note: 'Tussentijds besproken.',
    });
    await review.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await expect(page.getByRole('region', { name: 'De versie die nu is opgeslagen' })).toBeVisible();
    await expect(review.getByLabel('Wat is er besproken')).toHaveValue(
      'Voortgang besproken in het casusoverleg.',
    );
    await expectAccessible(page, 'a review in conflict');
    await review.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await expect(page.getByText(/De evaluatie is vastgelegd\. De volgende evaluatie is op/)).toBeVisible();

    // Closing, on its own page reached by the plain link: "anders" needs an explanation; the confirmation
    // names the reason; only the page's last button is red; after confirming, nothing can be changed.
    await page.getByRole('link', { name: 'Casus afsluiten', exact: true }).click();
    await expect(page).toHaveURL(/\?wijzigen=afsluiten$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Casus afsluiten' })).toBeFocused();
    const close = page.getByRole('form', { name: 'Casus afsluiten' });
    await expect(close.getByRole('button')).toHaveCount(1);
    await expect(close.getByRole('button', { name: 'Casus afsluiten' })).toHaveClass(/danger/);
    await expectAccessible(page, 'the closing page');
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
    await expect(
      page.getByRole('heading', { name: 'Weet u zeker dat u de casus wilt afsluiten?' }),
    ).toBeFocused();
    await expect(close).toContainText('U sluit de casus af met de reden: Verhuisd.');
    await expect(close).toContainText('Dit kan niet ongedaan worden gemaakt.');
    await expectAccessible(page, 'closing a case: confirmation');
    await page.getByRole('button', { name: 'Ja, casus afsluiten' }).click();
    await expect(page.getByText(/Deze casus is afgesloten op/)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'De casus is afgesloten.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Gegevens van de casus' })).toContainText('Afgesloten');
    await expect(summary.getByRole('link')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Casus afsluiten', exact: true })).toHaveCount(0);
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
    // A change page asked for by its address is not offered: the overview is shown.
    await page.goto(`/casussen/${c.id}?wijzigen=fase`);
    await expect(page.getByRole('region', { name: 'Stand van de casus' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('form')).toHaveCount(0);
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
    // The same summary list as the officer's, without a single "Wijzigen" link or the way to close.
    const summary = page.getByRole('region', { name: 'Stand van de casus' });
    await expect(summary.getByRole('term')).toHaveText([
      'Fase',
      'Situatie',
      'Volgende evaluatie',
      'Casus geopend op',
      'Deelnemers',
    ]);
    await expect(summary.getByRole('link')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Casus afsluiten', exact: true })).toHaveCount(0);
    await page.goto(`/casussen/${c.id}?wijzigen=situatie`);
    await expect(summary).toBeVisible();
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
    await page.getByRole('link', { name: 'Wijzigen deelnemers' }).click();
    const participants = page.getByRole('article', { name: 'Deelnemers wijzigen' });
    await participants.getByRole('button', { name: /^Deelname beëindigen \(Politie/ }).click();
    await expect(participants.getByRole('heading', { name: /^Deelname van Politie/ })).toBeFocused();
    const end = participants.getByRole('form', { name: /^Deelname van Politie/ });
    await end.getByLabel('Reden van beëindigen').fill('Politie heeft geen rol meer in deze fase.');
    await end.getByRole('button', { name: 'Deelname beëindigen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De deelname van Politie' })).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Stand van de casus' })
        .getByRole('listitem')
        .filter({ hasText: 'Politie' }),
    ).toContainText('geen rol meer');
    await expect(page.getByRole('region', { name: 'Tijdlijn' })).toContainText('Deelname beëindigd: Politie');
    await signOut(page);
    await signInAsDemo(page, 'ketenpartner');
    await page.goto(`/casussen/${c.id}`);
    await expect(page.getByRole('alert')).toBeVisible();
  });
});
