import { api, expect, expectAccessible, signInAsDemo, signOut, test, unique } from './fixtures';

/** The demo's network coordinator (the network role the municipality assigns); not one of DEMO_USERS. */
async function signInAsCoordinator(page: import('@playwright/test').Page): Promise<void> {
  if (!page.url().includes('/inloggen')) await page.goto('/inloggen');
  await page.getByRole('button', { name: /^Inloggen als Iris Willems \(/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Iris Willems');
}

const menu = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

test.describe('Netwerken: sleutelfiguren', () => {
  test('a peiling after a major event creates actions that the contact owners see and mark done', async ({
    page,
  }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await menu(page).getByRole('link', { name: 'Sleutelfiguren' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sleutelfiguren');
    await expect(page).toHaveTitle('Sleutelfiguren – Duiden');
    // The demo: one slapend, one with an overdue contact.
    await expect(page.getByRole('row', { name: /Dawit Tesfaye/ })).toContainText('slapend');
    await expect(page.getByRole('row', { name: /Grietje Hoekstra/ })).toContainText('achterstallig');
    await expectAccessible(page, 'key figures');
    await page
      .getByRole('navigation', { name: 'Toon' })
      .getByRole('link', { name: 'Contact achterstallig' })
      .click();
    await expect(page.getByRole('row', { name: /Grietje Hoekstra/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Youssef Amrani/ })).toHaveCount(0);

    await page.getByRole('link', { name: 'Peiling na een ingrijpende gebeurtenis' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Peiling na een ingrijpende gebeurtenis',
    );
    await expectAccessible(page, 'peiling page');
    // Bad input: a field-level message, and what was typed stays.
    const due = page.getByLabel('Gedaan uiterlijk');
    await due.fill('2020-01-01');
    await page.getByRole('button', { name: 'Peiling uitzetten' }).click();
    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(page.locator('#sounding-event-error')).toHaveText(
      'Fout: Beschrijf kort en in algemene woorden welke gebeurtenis de aanleiding is.',
    );
    await expect(due).toHaveValue('2020-01-01');
    await expectAccessible(page, 'peiling page with errors');
    // The same message in English.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('#sounding-event-error')).toContainText(
      'Describe briefly and in general words which event is the reason.',
    );
    await page.getByRole('button', { name: 'Nederlands' }).click();

    const event = unique('Onrust na een incident bij een gebedshuis');
    await page.getByLabel('Aanleiding').fill(event);
    await page.getByRole('button', { name: 'Peiling uitzetten' }).click();
    await expect(page.locator('#sounding-dueOn-error')).toContainText('Kies een datum vanaf vandaag');
    await expect(page.getByLabel('Aanleiding')).toHaveValue(event);
    const dueOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await due.fill(dueOn);
    await page.getByRole('button', { name: 'Peiling uitzetten' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /De peiling is uitgezet: \d+ acties/ }),
    ).toBeVisible();
    const sounding = page.getByRole('region', { name: event });
    await expect(sounding.getByRole('row', { name: /Iris Willems/ })).toContainText('nog niet gedaan');
    await expect(sounding.getByRole('row', { name: /Ahmed El Idrissi/ })).toContainText('nog niet gedaan');
    // It names no key figure.
    await expect(sounding).not.toContainText('Grietje Hoekstra');
    await expectAccessible(page, 'peiling started');

    // The officer is a contact owner too: the action is in his Mijn acties.
    await menu(page).getByRole('link', { name: 'Mijn acties' }).click();
    await expect(page.getByRole('row', { name: new RegExp(event) })).toContainText(
      'Peiling onder sleutelfiguren',
    );
    await signOut(page);

    // The network coordinator sees hers and marks it done; the peiling records that, nothing more.
    await signInAsCoordinator(page);
    await expect(menu(page).getByRole('link')).toHaveText([
      'Start',
      'Mijn acties',
      'Sleutelfiguren',
      'Kennisbank',
    ]);
    await expectAccessible(page, 'home page of the network coordinator');
    await menu(page).getByRole('link', { name: 'Mijn acties' }).click();
    const mine = page.getByRole('row', { name: new RegExp(event) });
    await expect(mine).toContainText('Peiling onder sleutelfiguren');
    await expect(mine).toContainText('Open');
    await expectAccessible(page, 'my actions of the network coordinator');
    await mine.getByLabel(/^Nieuwe status/).selectOption({ label: 'Gereed' });
    await mine.getByRole('button', { name: /^Status opslaan: / }).click();
    await expect(page.getByRole('row', { name: new RegExp(event) })).toHaveCount(0);
    await page.getByLabel('Ook gereed gemelde en vervallen acties tonen').check();
    await expect(page.getByRole('row', { name: new RegExp(event) })).toContainText('Gereed');
    await menu(page).getByRole('link', { name: 'Sleutelfiguren' }).click();
    await page.getByRole('link', { name: 'Peiling na een ingrijpende gebeurtenis' }).click();
    await expect(
      page.getByRole('region', { name: event }).getByRole('row', { name: /Iris Willems/ }),
    ).toContainText('gedaan op');
  });

  test('adding a key figure: field messages keep what was typed; a contact and a snooze; a concurrent edit conflicts', async ({
    page,
  }) => {
    await signInAsCoordinator(page);
    await menu(page).getByRole('link', { name: 'Sleutelfiguren' }).click();
    await page.getByRole('link', { name: 'Sleutelfiguur toevoegen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sleutelfiguur toevoegen');
    await expectAccessible(page, 'new key figure');
    const name = unique('Testfiguur');
    await page.getByLabel('Gemeenschap of wijk').fill('Buurtvereniging Het Anker');
    await page.getByLabel('Datum van de afspraak').fill('2026-01-05');
    await page.getByLabel('Herzieningsdatum').fill('2025-12-01');
    await page.getByRole('button', { name: 'Sleutelfiguur opslaan' }).click();
    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(page.locator('#kf-new-name-error')).toHaveText('Fout: Vul de naam van de sleutelfiguur in.');
    await expect(page.getByLabel('Gemeenschap of wijk')).toHaveValue('Buurtvereniging Het Anker');
    await expectAccessible(page, 'new key figure with errors');
    await page.getByLabel('Naam', { exact: true }).fill(name);
    await page.getByLabel('Contacteigenaar').selectOption({ label: 'Iris Willems' });
    await page.getByRole('button', { name: 'Sleutelfiguur opslaan' }).click();
    await expect(page.locator('#kf-new-roles-beleidsadvies-error')).toHaveText(
      'Fout: Kies ten minste één rol.',
    );
    await expect(page.locator('#kf-new-reviewOn-error')).toContainText('De herzieningsdatum ligt na');
    await expect(page.getByLabel('Naam', { exact: true })).toHaveValue(name);
    await page.getByLabel('Bemiddelen bij spanningen').check();
    await page.getByLabel('Herzieningsdatum').fill('2027-01-05');
    await page.getByLabel('Contact ten minste elke').fill('2');
    await page.getByLabel('Eenheid').selectOption({ label: 'weken' });
    await page.getByRole('button', { name: 'Sleutelfiguur opslaan' }).click();
    await page.getByRole('link', { name: `De sleutelfiguur ${name} is opgeslagen.` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expectAccessible(page, 'key figure');

    // A contact long ago: the contact is overdue, and can be snoozed.
    await expect(page.getByText('Schrijf nooit iets over personen')).toBeVisible();
    await page.getByLabel('Datum van het contact').fill('2026-01-10');
    await page.getByLabel('Vorm', { exact: true }).selectOption({ label: 'Telefoon' });
    await page.getByLabel('Korte notitie').fill('Kennismaking.');
    await page.getByRole('button', { name: 'Contact vastleggen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Het contact is vastgelegd.' })).toBeVisible();
    const contacts = page.getByRole('table', { name: 'Contactlog' });
    await expect(contacts.getByRole('row', { name: /Kennismaking/ })).toContainText('Iris Willems');
    const details = page.getByRole('region', { name: 'Gegevens en afspraak' });
    await expect(details).toContainText('achterstallig');
    await page.getByRole('button', { name: 'Uitstellen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /De herinnering is uitgesteld tot/ }),
    ).toBeVisible();
    await expect(details).toContainText('uitgesteld');
    await expectAccessible(page, 'key figure with a contact');

    // Someone else changes it meanwhile: the save gives a conflict and keeps what was typed.
    const id = new URL(page.url()).pathname.split('/').at(-1) as string;
    const client = await api(page);
    const current = await client.get<Record<string, unknown> & { version: number }>(
      `/api/netwerk/sleutelfiguren/${id}`,
    );
    await client.send('PUT', `/api/netwerk/sleutelfiguren/${id}`, {
      name,
      community: 'Buurtvereniging Het Anker (centrum)',
      reach: '',
      roles: ['bemiddeling'],
      status: 'actief',
      agreementOn: '2026-01-05',
      agreementEndedOn: null,
      reviewOn: '2027-01-05',
      contactOwnerId: (current.contactOwner as { id: string }).id,
      frequencyEvery: 2,
      frequencyUnit: 'weken',
      version: current.version,
    });
    const edit = page.getByRole('region', { name: 'Gegevens wijzigen' });
    await edit.getByLabel('Bereikbaarheid').fill('Via de voorzitter');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(
      page.getByRole('heading', { name: 'Iemand anders heeft deze sleutelfiguur intussen gewijzigd' }),
    ).toBeVisible();
    await expect(page.getByText('Buurtvereniging Het Anker (centrum)').first()).toBeVisible();
    await expect(edit.getByLabel('Bereikbaarheid')).toHaveValue('Via de voorzitter');
    await expectAccessible(page, 'key figure with a conflict');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }),
    ).toBeVisible();
    await expect(details).toContainText('Via de voorzitter');
  });

  test('a role without access cannot open key figures', async ({ page }) => {
    for (const role of ['meldpunt', 'ketenpartner', 'burgemeester', 'beleidsmedewerker'] as const) {
      await signInAsDemo(page, role);
      await expect(menu(page).getByRole('link', { name: 'Sleutelfiguren' })).toHaveCount(0);
      await page.goto('/sleutelfiguren');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
      await expectAccessible(page, `key figures refused to ${role}`);
      const res = await page.request.get('/api/netwerk/sleutelfiguren');
      expect(res.status()).toBe(403);
      await page.goto('/');
      await signOut(page);
    }
  });
});
