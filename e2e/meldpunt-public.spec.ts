import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { tabTo, word } from './meldpunt-helpers';

/** The page's width as the browser lays it out; wider than the window means scrolling sideways. */
async function pageWidth(page: Page, what: string): Promise<number> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  test.info().annotations.push({ type: 'scrollWidth', description: `${what}: ${width} px` });
  return width;
}

test.describe('Meldpunt: the public form and the status page', () => {
  test('a resident reports anonymously: an error and a 429 keep the input; the code then shows the status', async ({
    page,
  }) => {
    // The proof-of-work challenge comes from Duiden itself, nowhere else.
    const challenges: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/uitdaging')) challenges.push(new URL(r.url()).pathname);
    });
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Melding doen of advies vragen' }).first().click();
    await expect(page).toHaveURL(/\/melden$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Melding doen of advies vragen');
    await expect(page).toHaveTitle('Melding doen of advies vragen – Duiden');
    await expect(page.getByRole('heading', { name: 'Bij acuut gevaar: bel 112' })).toBeVisible();
    // The honeypot is there for robots only: not shown and not in the accessibility tree.
    await expect(page.locator('input[name="website"]')).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'Website (niet invullen)' })).toHaveCount(0);
    await expectAccessible(page, 'public form');

    const what = word('klassenapp');
    const form = page.getByRole('form', { name: 'Melding doen of advies vragen' });
    await form.getByLabel('Gemeente').selectOption({ label: 'Gemeente Lindeburg' });
    await form.getByRole('radio', { name: 'Melding' }).check();
    await form.getByRole('radio', { name: 'Anoniem' }).check();
    const description = form.getByRole('textbox', { name: 'Wat is er gezien of gehoord?' });
    await description.fill(`Mijn buurjongen deelt in de ${what} filmpjes van gewapende strijders.`);
    await form.getByLabel('Wanneer ongeveer?').fill('sinds de zomer');
    await form.getByLabel('Waar was het?').selectOption({ label: 'Online' });
    // The source is left open: the server asks for it.
    await form.getByLabel('Mening of aanname 1').fill('Ik denk dat hij wordt beïnvloed door oudere jongens.');
    await form
      .getByLabel('Wat spreekt zorgen over radicalisering tegen?')
      .fill('Hij traint nog bij de voetbalclub.');
    const person = form.getByRole('group', { name: 'Persoon 1' });
    await person.getByLabel('Naam').fill('Daan');
    await person.getByLabel('Leeftijd').fill('16');
    await person.getByLabel('Relatie van de melder tot deze persoon').selectOption({ label: 'Buurtbewoner' });
    await form.getByLabel('Bestanden toevoegen').setInputFiles({
      name: 'schermafbeelding.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Tekst van het bericht in de klassenapp.\n'),
    });
    await expect(form.getByText('schermafbeelding.txt (1 kB)')).toBeVisible();
    await form.getByRole('button', { name: 'Melding versturen' }).click();

    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Waarneming 1, Hoe weet u dit?: Kies hoe dit bekend is.',
    ]);
    const own = form.getByRole('radio', { name: 'Ik heb het zelf gezien of gehoord' });
    await expect(own).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('group', { name: 'Hoe weet u dit?' })).toHaveAccessibleDescription(
      /Kies hoe dit bekend is\./,
    );
    // Everything typed and chosen is still there.
    await expect(form.getByLabel('Gemeente')).toHaveValue(/.+/);
    await expect(form.getByRole('radio', { name: 'Anoniem' })).toBeChecked();
    await expect(description).toHaveValue(new RegExp(what));
    await expect(form.getByLabel('Mening of aanname 1')).toHaveValue(/oudere jongens/);
    await expect(person.getByLabel('Leeftijd')).toHaveValue('16');
    await expect(form.getByText('schermafbeelding.txt (1 kB)')).toBeVisible();
    await expectAccessible(page, 'public form with a validation error');

    await summary.getByRole('link').click();
    await expect(own).toBeFocused();
    await own.check();

    // Too many reports from this address: the answer is shown, and nothing typed is lost.
    await page.route(
      '**/api/public/meldingen',
      (route) =>
        route.fulfill({
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '1800' },
          body: JSON.stringify({
            type: 'about:blank',
            status: 429,
            code: 'too_many_requests',
            title: 'Too many requests',
            message: {
              nl: 'U heeft dit te vaak geprobeerd. Probeer het over 30 minuten opnieuw. Bij acuut gevaar: bel 112.',
              en: 'You have tried this too often. Try again in 30 minutes. In acute danger: call 112.',
            },
            errors: [],
          }),
        }),
      { times: 1 },
    );
    await form.getByRole('button', { name: 'Melding versturen' }).click();
    const tooOften = page.getByRole('region', { name: /U heeft dit te vaak geprobeerd/ });
    await expect(tooOften).toBeFocused();
    await expect(own).toBeChecked();
    await expect(description).toHaveValue(new RegExp(what));
    await expect(form.getByText('schermafbeelding.txt (1 kB)')).toBeVisible();
    await expectAccessible(page, 'public form after 429');

    await form.getByRole('button', { name: 'Melding versturen' }).click();
    const sent = page.getByRole('heading', { name: 'Uw melding is verstuurd' });
    await expect(sent).toBeFocused();
    const reference = (await page.getByTestId('melding-reference').textContent()) ?? '';
    expect(challenges[0]).toBe('/api/public/meldingen/uitdaging');
    const statusCode = (await page.getByTestId('melding-status-code').textContent()) ?? '';
    expect(reference).toMatch(/^M-\d{4}-\d{5}$/);
    expect(statusCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await expect(page.getByText('De statuscode wordt maar één keer getoond')).toBeVisible();
    await expectAccessible(page, 'public form sent');

    // The status page: a wrong code first, then the right one.
    await page.getByRole('link', { name: 'Heeft u al gemeld? Bekijk de status van uw melding' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Status van uw melding');
    await page.getByLabel('Nummer van de melding', { exact: true }).fill(reference);
    await page.getByLabel('Statuscode', { exact: true }).fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    await page.getByRole('button', { name: 'Status bekijken' }).click();
    await expect(page.getByRole('region', { name: /combinatie van nummer en statuscode/ })).toBeFocused();
    await expectAccessible(page, 'status page with a wrong code');

    await page.getByLabel('Statuscode', { exact: true }).fill(statusCode);
    await page.getByRole('button', { name: 'Status bekijken' }).click();
    const result = page.getByRole('region', { name: `Melding ${reference}` });
    await expect(result).toContainText('Gemeente Lindeburg');
    await expect(result).toContainText('Ontvangen');
    await expect(result).toContainText('Er is (nog) geen terugkoppeling.');
    // Nothing of the content is shown.
    await expect(page.getByRole('main')).not.toContainText(what);
    await expectAccessible(page, 'status page with the status');
  });

  test('the form speaks English after the switch', async ({ page }) => {
    await page.goto('/melden');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report a concern or ask advice');
    await expect(page.getByRole('heading', { name: 'In acute danger: call 112' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Request for advice' })).toBeVisible();
    await expectAccessible(page, 'public form in English');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Melding doen of advies vragen');
  });

  test('at 320 px wide the form, its error summary and the sent page need no sideways scrolling (WCAG 1.4.10)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/melden');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Melding doen of advies vragen');
    // The file field is the widest thing on the form; it once made the page 387 px wide.
    await expect(page.getByLabel('Bestanden toevoegen')).toBeVisible();
    expect(await pageWidth(page, '/melden at 320 px')).toBeLessThanOrEqual(320);
    await expectAccessible(page, 'public form at 320 px');

    const form = page.getByRole('form', { name: 'Melding doen of advies vragen' });
    await form.getByLabel('Gemeente').selectOption({ label: 'Gemeente Lindeburg' });
    await form.getByRole('radio', { name: 'Adviesvraag' }).check();
    await form.getByRole('radio', { name: 'Anoniem' }).check();
    await form.getByRole('button', { name: 'Melding versturen' }).click();
    await expect(page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' })).toBeFocused();
    expect(await pageWidth(page, '/melden with errors at 320 px')).toBeLessThanOrEqual(320);

    await form
      .getByLabel('Uw vraag')
      .fill('Waar kan ik terecht als mijn dochter steeds vaker over complotten praat?');
    await form.getByRole('button', { name: 'Melding versturen' }).click();
    await expect(page.getByRole('heading', { name: 'Uw adviesvraag is verstuurd' })).toBeFocused();
    await expect(page.getByTestId('melding-status-code')).toBeVisible();
    expect(await pageWidth(page, 'sent page with the status code at 320 px')).toBeLessThanOrEqual(320);
    await expectAccessible(page, 'public form sent at 320 px');
  });

  test('keyboard only: the public form can be filled in and sent without a mouse', async ({ page }) => {
    await page.goto('/melden');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Melding doen of advies vragen');
    const form = page.getByRole('form', { name: 'Melding doen of advies vragen' });

    const municipality = form.getByLabel('Gemeente');
    await tabTo(page, municipality);
    await page.keyboard.type('Gemeente Lindeburg');
    await expect(municipality.locator('option:checked')).toHaveText('Gemeente Lindeburg');

    // Into the radio group: the first option takes focus; the arrow key moves to and chooses the next.
    await tabTo(page, form.getByRole('radio', { name: 'Melding' }));
    await page.keyboard.press('ArrowDown');
    await expect(form.getByRole('radio', { name: 'Adviesvraag' })).toBeChecked();

    await page.keyboard.press('Tab');
    await expect(form.getByRole('radio', { name: 'Inwoner' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(form.getByRole('radio', { name: 'Anoniem' })).toBeChecked();

    await page.keyboard.press('Tab');
    const question = form.getByLabel('Uw vraag');
    await expect(question).toBeFocused();
    await page.keyboard.type('Mijn zoon praat steeds vaker over complotten. Waar kan ik terecht?');

    const send = form.getByRole('button', { name: 'Melding versturen' });
    await tabTo(page, send, 120);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Uw adviesvraag is verstuurd' })).toBeFocused();
    await expect(page.getByTestId('melding-reference')).toHaveText(/^M-\d{4}-\d{5}$/);
  });
});
