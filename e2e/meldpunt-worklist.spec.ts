import type { Page } from '@playwright/test';
import { api, expect, expectAccessible, signInAsDemo, signOut, test } from './fixtures';
import { recordSignal, word } from './meldpunt-helpers';

/** How wide the page and the worklist's table are laid out, against the window: wider means scrolling sideways. */
async function widths(page: Page): Promise<{ page: number; table: number; window: number }> {
  const measured = await page.evaluate(() => {
    const scroller = document.querySelector('.duiden-table-scroll');
    return {
      page: document.documentElement.scrollWidth,
      // The table scrolls inside its own region; that region's content must fit too.
      table: scroller ? scroller.scrollWidth : 0,
      scroller: scroller ? scroller.clientWidth : 0,
      window: window.innerWidth,
    };
  });
  test.info().annotations.push({
    type: 'scrollWidth',
    description: `worklist at ${measured.window} px: page ${measured.page} px, table ${measured.table} px in ${measured.scroller} px`,
  });
  expect(measured.table, 'the table fits its region').toBeLessThanOrEqual(measured.scroller);
  return measured;
}

const OPEN = ['Ontvangen', 'In behandeling', 'Meer informatie nodig', 'Geagendeerd', 'Besloten'];

test.describe('Meldpunt: the worklist and the steps of a signal', () => {
  test('the officer filters and searches, opens a signal, sets its category, takes the allowed steps and annotates it', async ({
    page,
    newSession,
  }) => {
    // Sanne de Vries records 26 signals with one unusual word: one by telephone, the rest by e-mail.
    const staff = await newSession();
    await signInAsDemo(staff, 'meldpunt');
    const topic = word('sabotage');
    const phoned = await recordSignal(staff, {
      description: `Beller hoorde op het schoolplein praten over ${topic} van een gemeentegebouw.`,
      assumptions: ['Ik denk dat hij dit van zijn oudere neef heeft.'],
      statusCodeForReporter: true,
    });
    for (let i = 0; i < 25; i++) {
      await recordSignal(staff, {
        description: `Mail nummer ${i} over ${topic} in de wijk.`,
        channel: 'email',
      });
    }

    // And one more, closed at once: the worklist shows it only when asked for every status.
    const closedTopic = word('gesloten');
    const closed = await recordSignal(staff, { description: `Een oude zaak over ${closedTopic}.` });
    const client = await api(staff);
    const { version } = await client.get<{ version: number }>(`/api/meldingen/${closed.id}`);
    await client.send('POST', `/api/meldingen/${closed.id}/status`, {
      version,
      to: 'afgesloten',
      closeReason: 'geen_zorgen',
    });

    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Meldingen' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meldingen');
    // It opens on the open signals, the earliest deadline first, and the filters say so.
    const statuses = page.getByRole('group', { name: 'Status' });
    for (const open of OPEN) await expect(statuses.getByRole('checkbox', { name: open })).toBeChecked();
    await expect(statuses.getByRole('checkbox', { name: 'Afgesloten' })).not.toBeChecked();
    await expect(page.getByLabel('Volgorde')).toHaveValue('termijn');
    const table = page.getByRole('table', { name: 'Meldingen (Eerstvolgende termijn eerst)' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row').filter({ hasText: 'Afgesloten' })).toHaveCount(0);
    // No sideways scrolling in a 1280 px window: the page and the table both fit.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect((await widths(page)).page).toBeLessThanOrEqual(1280);
    await expectAccessible(page, 'worklist');

    // The closed signal is not among the open ones; ticking "Afgesloten" too shows every status.
    await page.getByLabel('Zoeken in de tekst').fill(closedTopic);
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page.getByText('Er zijn geen meldingen die aan de filters voldoen.')).toBeVisible();
    await statuses.getByRole('checkbox', { name: 'Afgesloten' }).check();
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page).toHaveURL(/status=afgesloten/);
    await expect(page.getByRole('row', { name: new RegExp(closed.reference) })).toContainText('Afgesloten');
    expect((await widths(page)).page).toBeLessThanOrEqual(1280);
    // "Filters wissen" goes back to the open signals, the earliest deadline first.
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(statuses.getByRole('checkbox', { name: 'Afgesloten' })).not.toBeChecked();
    await expect(page.getByLabel('Volgorde')).toHaveValue('termijn');
    await expect(table.getByRole('row').filter({ hasText: 'Afgesloten' })).toHaveCount(0);

    // A link that names a status (the home page's "nog niet opgepakt") shows that status only.
    await page.goto('/meldingen?status=ontvangen');
    await expect(statuses.getByRole('checkbox', { name: 'Ontvangen' })).toBeChecked();
    await expect(statuses.getByRole('checkbox', { name: 'In behandeling' })).not.toBeChecked();
    await expect(table.getByRole('row').filter({ hasText: 'In behandeling' })).toHaveCount(0);
    await expect(table.getByRole('row').filter({ hasText: 'Ontvangen' }).first()).toBeVisible();
    await page.goto('/meldingen');

    await page.getByLabel('Zoeken in de tekst').fill(topic);
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page).toHaveURL(new RegExp(`q=${topic}`));
    await expect(page.getByText('25 meldingen getoond.')).toBeVisible();
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await expect(page.getByText('26 meldingen getoond.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Meer laden' })).toHaveCount(0);

    await page.getByLabel('Kanaal').selectOption({ label: 'Telefoon' });
    for (const other of OPEN.slice(1)) await statuses.getByRole('checkbox', { name: other }).uncheck();
    await page.getByLabel('Volgorde').selectOption({ label: 'Ontvangen, oudste eerst' });
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page).toHaveURL(/channel=telefoon/);
    await expect(page).toHaveURL(/status=ontvangen/);
    await expect(page).toHaveURL(/sort=ontvangen_oud/);
    await expect(page).not.toHaveURL(/status=in_behandeling/);
    await expect(page.getByText('1 melding getoond.')).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(phoned.reference) });
    await expect(row).toContainText('Telefoon');
    await expect(row).toContainText('Ontvangen');
    await expect(row).toContainText(/Oppakken uiterlijk \d+ \w+ \d{4}/);
    // One way of writing a moment: the day in words and the time without seconds, in the language shown.
    await expect(row).toContainText(/\d{1,2} [a-z]+ 20\d\d om \d{2}:\d{2}/);
    await expect(row).not.toContainText(/\d{2}-\d{2}-\d{4}|\d{2}:\d{2}:\d{2}/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(row).toContainText(
      /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d at \d{2}:\d{2}/,
    );
    await expect(row).toContainText(/Take up by \d{1,2} [A-Z][a-z]+ 20\d\d/);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(row).toContainText(/ om \d{2}:\d{2}/);
    await expectAccessible(page, 'worklist filtered');

    // The filters live in the address bar: a reload keeps them.
    await page.reload();
    await expect(page.getByLabel('Kanaal')).toHaveValue('telefoon');
    await expect(page.getByRole('checkbox', { name: 'Ontvangen' })).toBeChecked();
    await expect(page.getByText('1 melding getoond.')).toBeVisible();

    // A caller gives the number: part of it finds the signal, the whole number opens it at once.
    await expect(row.getByRole('link', { name: phoned.reference })).toBeVisible();
    const number = phoned.reference.split('-')[2] as string;
    await page.getByLabel('Zoeken in de tekst').fill(number);
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page.getByRole('row', { name: new RegExp(phoned.reference) })).toBeVisible();
    await page.getByLabel('Zoeken in de tekst').fill(phoned.reference.slice(2));
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Melding ${phoned.reference}`);
    await expect(page.getByRole('region', { name: 'Meningen en aannames (geen feiten)' })).toContainText(
      'Niet bevestigd of weerlegd',
    );
    await expectAccessible(page, 'signal page');

    // Read first: the status, its deadlines and the next step come before the signal and its attachments.
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings[0]).toBe('Status en volgende stap');
    expect(headings.indexOf('Status en volgende stap')).toBeLessThan(headings.indexOf('Bijlagen'));
    expect(headings.indexOf('Categorie (fenomeen)')).toBeLessThan(headings.indexOf('Bijlagen'));
    const statusRegion = page.getByRole('region', { name: 'Status en volgende stap' });
    await expect(statusRegion).toContainText('Ontvangen');
    await expect(statusRegion).toContainText(/Oppakken uiterlijk \d+ \w+ \d{4}: open/);
    // The forms around it are closed, each line saying what it opens; what is there already is read as is.
    await expect(page.locator('summary')).toHaveText([
      'Categorie wijzigen',
      'Een bijlage toevoegen',
      'Aantekening toevoegen',
      'Terugkoppeling schrijven',
      'Meetellen in de analyse wijzigen',
    ]);
    await expect(page.locator('details[open]')).toHaveCount(0);
    await expect(page.getByLabel('Fenomeen', { exact: true })).toBeHidden();
    await expect(page.getByLabel('Bericht aan de melder')).toBeHidden();
    await expect(page.getByRole('region', { name: 'Bijlagen' })).toContainText('Er zijn geen bijlagen.');
    await expect(page.getByRole('region', { name: 'Categorie (fenomeen)' })).toContainText(
      'Fenomeen: nog niet gekozen',
    );

    // Only the allowed steps are offered: from "ontvangen" not "besloten" or "geagendeerd".
    const steps = page.getByRole('group', { name: 'Volgende stap' });
    await expect(steps.getByRole('radio')).toHaveCount(2);
    await expect(steps.getByRole('radio', { name: 'In behandeling nemen' })).toBeVisible();
    await expect(steps.getByRole('radio', { name: 'Afsluiten' })).toBeVisible();
    await expect(steps.getByRole('radio', { name: /Besluit/ })).toHaveCount(0);
    await steps.getByRole('radio', { name: 'In behandeling nemen' }).check();
    await page.getByRole('button', { name: 'Stap vastleggen' }).click();
    await expect(page.getByText('De stap is vastgelegd. De status is nu: In behandeling.')).toBeVisible();
    await expect(steps.getByRole('radio')).toHaveCount(3);

    // On the agenda needs a category first; the message links to the category field.
    await steps.getByRole('radio', { name: 'Agenderen voor het signaleringsoverleg' }).check();
    await page.getByRole('button', { name: 'Stap vastleggen' }).click();
    const stepSummary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(stepSummary).toBeFocused();
    await expect(stepSummary.getByRole('link')).toHaveText([/^Fenomeen: Kies eerst een fenomeen/]);
    await expectAccessible(page, 'signal page with a step refused');
    // The link opens the closed category form and puts the focus on its field.
    await stepSummary.getByRole('link').click();
    const category = page.getByLabel('Fenomeen', { exact: true });
    await expect(category).toBeFocused();
    await expect(
      page.getByRole('region', { name: 'Categorie (fenomeen)' }).locator('details'),
    ).toHaveAttribute('open');
    await category.selectOption({ label: 'Rechts-extremisme' });
    await page.getByRole('button', { name: 'Categorie opslaan' }).click();
    await expect(page.getByText('De categorie is opgeslagen.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Overzicht' })).toContainText('Rechts-extremisme');

    // The chosen step is still chosen; now it is taken.
    await expect(steps.getByRole('radio', { name: 'Agenderen voor het signaleringsoverleg' })).toBeChecked();
    await page.getByRole('button', { name: 'Stap vastleggen' }).click();
    await expect(page.getByText('De stap is vastgelegd. De status is nu: Geagendeerd.')).toBeVisible();

    await steps.getByRole('radio', { name: 'Besluit van het signaleringsoverleg vastleggen' }).check();
    await page
      .getByRole('group', { name: 'Uitkomst van het signaleringsoverleg' })
      .getByRole('radio', { name: /^Zorgen, maar \(nu\) niet over radicalisering/ })
      .check();
    await page
      .getByLabel('Motivering: wie besloot wat, en waarom?')
      .fill(
        'Signaleringsoverleg (gemeente, politie, OM): zorgen over de thuissituatie; doorverwijzen naar het wijkteam.',
      );
    await page.getByRole('button', { name: 'Stap vastleggen' }).click();
    await expect(page.getByText('De stap is vastgelegd. De status is nu: Besloten.')).toBeVisible();
    // One step is possible now: a sentence that names it and its button, not a group of one radio button.
    await expect(steps).toHaveCount(0);
    await expect(statusRegion.getByRole('radio')).toHaveCount(0);
    await expect(statusRegion).toContainText('Vanuit deze status is één stap mogelijk: Afsluiten.');
    await expect(statusRegion.getByRole('button', { name: 'Afsluiten' })).toBeVisible();
    await expect(statusRegion.getByLabel('Reden van afsluiten')).toBeVisible();
    await expect(statusRegion.getByRole('button', { name: 'Stap vastleggen' })).toHaveCount(0);
    await expectAccessible(page, 'signal page with one possible step');

    // An annotation refutes the assumption. Its form opens from the keyboard.
    const annotations = page.getByRole('region', { name: 'Aantekeningen' });
    const annotationForm = annotations.locator('details');
    await expect(annotationForm).not.toHaveAttribute('open');
    await annotations.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(annotationForm).toHaveAttribute('open');
    await expectAccessible(page, 'signal page with the annotation form open');
    await annotations.getByRole('radio', { name: 'Weerlegt een aanname' }).check();
    await annotations
      .getByLabel('Aantekening', { exact: true })
      .fill('De neef woont al twee jaar in het buitenland.');
    // Refused without the assumption it is about: the form stays open and keeps what was typed.
    await annotations.getByRole('button', { name: 'Aantekening toevoegen' }).click();
    const annotationSummary = annotations.getByRole('region', {
      name: 'Niet alle velden zijn goed ingevuld.',
    });
    await expect(annotationSummary).toBeFocused();
    await expect(annotationForm).toHaveAttribute('open');
    await expect(annotations.getByLabel('Aantekening', { exact: true })).toHaveValue(
      'De neef woont al twee jaar in het buitenland.',
    );
    await expectAccessible(page, 'signal page with an annotation refused');
    // Closed again, its line says the send was refused; opened with Space, the error and the text are there.
    await annotations.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(annotationForm).not.toHaveAttribute('open');
    await expect(annotations.locator('summary')).toHaveText(
      'Aantekening toevoegen – niet opgeslagen, open voor de fout',
    );
    await expectAccessible(page, 'signal page with a refused annotation closed');
    await page.keyboard.press('Space');
    await expect(annotationSummary).toBeVisible();
    await expect(annotations.locator('summary')).toHaveText('Aantekening toevoegen');
    await expect(annotations.getByLabel('Aantekening', { exact: true })).toHaveValue(
      'De neef woont al twee jaar in het buitenland.',
    );
    await annotations
      .getByLabel('Over welke mening of aanname?')
      .selectOption({ label: 'Ik denk dat hij dit van zijn oudere neef heeft.' });
    await annotations.getByRole('button', { name: 'Aantekening toevoegen' }).click();
    await expect(page.getByText('De aantekening is toegevoegd.')).toBeVisible();
    await expect(annotations).toContainText('1 aantekening.');
    await expect(annotations.getByRole('listitem')).toContainText(['Weerlegt een aanname']);
    await expect(page.getByRole('region', { name: 'Meningen en aannames (geen feiten)' })).toContainText(
      'Weerlegd',
    );

    // Feedback to the caller, who reads it on the status page with the code they were given.
    const feedback = page.getByRole('region', { name: 'Terugkoppeling aan de melder' });
    await feedback.locator('summary').click();
    await feedback
      .getByLabel('Bericht aan de melder')
      .fill('Dank voor uw melding. Wij hebben deze besproken en passende stappen gezet.');
    await feedback.getByRole('button', { name: 'Terugkoppeling sturen' }).click();
    await expect(page.getByText('De terugkoppeling is gestuurd.')).toBeVisible();
    await expect(feedback).toContainText('1 bericht gestuurd.');

    const history = page.getByRole('region', { name: 'Geschiedenis' });
    await expect(history.getByRole('listitem')).toHaveCount(7);
    await expect(history).toContainText('Status van ‘Geagendeerd’ naar ‘Besloten’');
    await expect(history).toContainText('Ahmed El Idrissi (aandachtsfunctionaris)');
    await expect(history).toContainText('Categorie: Rechts-extremisme');
    await expectAccessible(page, 'signal page after the steps');

    const caller = await newSession();
    await caller.goto('/melden/status');
    await caller.getByLabel('Nummer van de melding', { exact: true }).fill(phoned.reference);
    await caller.getByLabel('Statuscode', { exact: true }).fill(phoned.statusCode ?? '');
    await caller.getByRole('button', { name: 'Status bekijken' }).click();
    const status = caller.getByRole('region', { name: `Melding ${phoned.reference}` });
    await expect(status).toContainText('In behandeling');
    await expect(status).toContainText('Dank voor uw melding.');
    await expect(status).not.toContainText('Besloten');
    await expect(status).not.toContainText('neef');
  });

  test('a change by another session meanwhile gives a conflict that keeps the input', async ({
    page,
    newSession,
  }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const signal = await recordSignal(page, {
      description: `Deelt online teksten over ${word('omverwerping')} van de rechtsstaat.`,
      assumptions: ['Hij is lid van een besloten groep.'],
    });
    await page.goto(`/meldingen/${signal.id}`);
    const annotations = page.getByRole('region', { name: 'Aantekeningen' });
    await annotations.locator('summary').click();
    await annotations.getByRole('radio', { name: 'Aanvulling' }).check();
    await annotations
      .getByLabel('Aantekening', { exact: true })
      .fill('School meldt dat hij weer lessen volgt.');

    // Sanne de Vries takes the signal up in the meantime.
    const other = await newSession();
    await signInAsDemo(other, 'meldpunt');
    const client = await api(other);
    const current = await client.get<{ version: number }>(`/api/meldingen/${signal.id}`);
    await client.send('POST', `/api/meldingen/${signal.id}/status`, {
      version: current.version,
      to: 'in_behandeling',
    });

    await annotations.getByRole('button', { name: 'Aantekening toevoegen' }).click();
    await expect(
      page.getByRole('region', { name: /Iemand anders heeft dit intussen gewijzigd/ }),
    ).toBeFocused();
    const theirs = page.getByRole('region', { name: 'Iemand anders heeft deze melding intussen gewijzigd' });
    await expect(theirs).toContainText('In behandeling');
    await expect(theirs).toContainText('Sanne de Vries');
    await expect(annotations.getByLabel('Aantekening', { exact: true })).toHaveValue(
      'School meldt dat hij weer lessen volgt.',
    );
    await expect(annotations.getByRole('radio', { name: 'Aanvulling' })).toBeChecked();
    // The page shows the version now saved; the form stays open.
    await expect(page.getByRole('region', { name: 'Status en volgende stap' })).toContainText(
      'In behandeling',
    );
    await expect(annotations.locator('details')).toHaveAttribute('open');
    await expectAccessible(page, 'signal page with a conflict');

    await annotations.getByRole('button', { name: 'Aantekening toevoegen' }).click();
    await expect(page.getByText('De aantekening is toegevoegd.')).toBeVisible();
    await expect(annotations.getByRole('listitem')).toContainText([
      'School meldt dat hij weer lessen volgt.',
    ]);
  });

  test('an overdue signal says so in words above its next step', async ({ page }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const client = await api(page);
    const overdue = await client.get<{ items: Array<{ id: string; reference: string }> }>(
      '/api/meldingen?overdue=true&sort=termijn',
    );
    const signal = overdue.items[0];
    expect(signal, 'the demo has an overdue signal').toBeDefined();
    await page.goto(`/meldingen/${signal?.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(signal?.reference ?? ''));
    const status = page.getByRole('region', { name: 'Status en volgende stap' });
    const late = status.getByText(/^Te laat: de termijn ‘[^’]+’ liep af op \d{1,2} [a-z]+ 20\d\d\.$/);
    await expect(late.first()).toBeVisible();
    await expect(status).toContainText('Termijn verlopen');
    // The sentence stands before the step that is due, and the step before everything else on the page.
    const [lateTop, formTop] = await Promise.all([
      late.first().evaluate((e) => e.getBoundingClientRect().top),
      status.getByRole('form').evaluate((e) => e.getBoundingClientRect().top),
    ]);
    expect(lateTop).toBeLessThan(formTop);
    await page.screenshot({ path: test.info().outputPath('signal-page-overdue.png'), fullPage: true });
    await expectAccessible(page, 'overdue signal page');
  });

  test('the mayor reads the worklist and a signal, but takes no steps', async ({ page }) => {
    await signInAsDemo(page, 'meldpunt');
    const signal = await recordSignal(page, {
      description: `Zorgen over ${word('polarisatie')} in de wijk.`,
    });
    await signOut(page);
    await signInAsDemo(page, 'burgemeester');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Meldingen' })
      .click();
    await expect(page.getByRole('link', { name: 'Melding vastleggen' })).toHaveCount(0);
    await page.goto(`/meldingen/${signal.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Melding ${signal.reference}`);
    await expect(page.getByText('U kunt deze melding inzien; de stappen zet het meldpunt')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stap vastleggen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Aantekening toevoegen' })).toHaveCount(0);
    // No form to open either: what is there is read, nothing to change.
    await expect(page.locator('summary')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Categorie (fenomeen)' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Bijlagen' })).toContainText('Er zijn geen bijlagen.');
    await expectAccessible(page, 'signal page for the mayor');
  });
});
