import { openedCase } from './casus-helpers';
import { api, expect, expectAccessible, signInAsDemo, signOut, test } from './fixtures';
import { organisations } from './overleggen-helpers';

test.describe('Casussen: the plan van aanpak', () => {
  test('the officer writes the plan in words and adds measures in all three tracks; a partner evaluates its own', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const c = await openedCase(page);
    await page.goto(`/casussen/${c.id}`);
    await page
      .getByRole('navigation', { name: 'Onderdelen van de casus' })
      .getByRole('link', { name: 'Plan van aanpak' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/casussen/${c.id}/plan$`));
    await expect(
      page
        .getByRole('navigation', { name: 'Onderdelen van de casus' })
        .getByRole('link', { name: 'Plan van aanpak' }),
    ).toHaveAttribute('aria-current', 'page');

    // A plan not yet written opens as the form: goals, the four drivers as notes, protective factors and
    // impact, in one form.
    const plan = page.getByRole('form', { name: 'Plan van aanpak' });
    await plan.getByLabel('Doelen').fill('Afstand nemen van de online groep; school afmaken.');
    await plan.getByLabel('Drijfveer: Identiteit').fill('Zoekt erkenning als moslim in een witte klas.');
    await plan.getByLabel('Drijfveer: Rechtvaardigheid').fill('Boos over beelden uit Gaza.');
    await plan.getByLabel('Beschermende factoren').fill('Hechte band met oma; voetbalclub.');
    await plan.getByLabel('Impact op de omgeving').fill('Jongere broer kijkt tegen hem op.');
    await expectAccessible(page, 'plan van aanpak form');
    await plan.getByRole('button', { name: 'Plan van aanpak opslaan' }).click();
    await expect(page.getByText('Het plan van aanpak is opgeslagen.')).toBeVisible();
    await expect(page.getByText(/Laatst opgeslagen door Ahmed El Idrissi/)).toBeVisible();
    // Saved, the plan reads as text (as in a meeting), with "Wijzigen" for the regie.
    await expect(plan).toHaveCount(0);
    const section = page.getByRole('region', { name: 'Plan van aanpak' });
    await expect(section).toContainText('Zoekt erkenning als moslim in een witte klas.');
    await expectAccessible(page, 'plan van aanpak read first');
    await page.getByRole('button', { name: 'Plan van aanpak wijzigen' }).click();
    await expect(plan.getByLabel('Doelen')).toBeFocused();
    await expect(plan.getByLabel('Doelen')).toHaveValue('Afstand nemen van de online groep; school afmaken.');

    // Someone else saves meanwhile: the 409 shows their version and keeps what was typed here.
    const client = await api(page);
    const saved = await client.get<{ version: number }>(`/api/casussen/${c.id}/plan`);
    await client.send('PUT', `/api/casussen/${c.id}/plan`, {
      version: saved.version,
      goals: 'Doelen volgens het casusoverleg van dinsdag.',
      drivers: { identiteit: '', betekenis: '', rechtvaardigheid: '', sensatie: '' },
      protectiveFactors: '',
      impactOnSurroundings: '',
    });
    await plan.getByLabel('Drijfveer: Sensatie').fill('Geen aanwijzingen.');
    await plan.getByRole('button', { name: 'Plan van aanpak opslaan' }).click();
    const other = page.getByRole('region', { name: 'De versie die nu is opgeslagen' });
    await expect(other).toContainText('Doelen volgens het casusoverleg van dinsdag.');
    await expect(plan.getByLabel('Doelen')).toHaveValue('Afstand nemen van de online groep; school afmaken.');
    await expect(plan.getByLabel('Drijfveer: Sensatie')).toHaveValue('Geen aanwijzingen.');
    await expectAccessible(page, 'plan in conflict');
    await plan.getByRole('button', { name: 'Plan van aanpak opslaan' }).click();
    await expect(page.getByText('Het plan van aanpak is opgeslagen.')).toBeVisible();
    await expect(section).toContainText('Geen aanwijzingen.');
    // "Annuleren" closes the form without saving.
    await page.getByRole('button', { name: 'Plan van aanpak wijzigen' }).click();
    await plan.getByLabel('Doelen').fill('Niet bewaren');
    await plan.getByRole('button', { name: 'Annuleren' }).click();
    await expect(plan).toHaveCount(0);
    await expect(section).not.toContainText('Niet bewaren');

    // Measures: bestuurlijk without a legal basis is refused by field; the catalogue gives its basis.
    const orgs = await organisations(page);
    const add = page.getByRole('form', { name: 'Maatregel toevoegen' });
    await add.getByRole('radio', { name: 'Bestuurlijk' }).check();
    await add.getByLabel('Maatregel', { exact: true }).selectOption({ label: 'Herhuisvesting' });
    await add.getByLabel('Eigenaar (organisatie)').selectOption({ label: 'Gemeente Lindeburg' });
    await add.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Wettelijke grondslag');
    await expect(add.getByLabel('Maatregel', { exact: true })).toHaveValue(/.+/);
    await expectAccessible(page, 'a bestuurlijk measure without its legal basis');
    await add
      .getByLabel('Wettelijke grondslag')
      .fill('Art. 7 Wet tijdelijke bestuurlijke maatregelen terrorismebestrijding');
    await add.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    await expect(page.getByText('De maatregel Herhuisvesting is toegevoegd.')).toBeVisible();

    await add.getByRole('radio', { name: 'Strafrechtelijk' }).check();
    await add.getByLabel('Maatregel', { exact: true }).selectOption({ label: 'Stopgesprek door de politie' });
    await add.getByLabel('Eigenaar (organisatie)').selectOption(orgs.politie);
    await add.getByLabel('Eigenaar (persoon)').selectOption({ label: 'Marieke Jansen' });
    await add.getByLabel('Status').selectOption({ label: 'Lopend' });
    await add.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    await expect(page.getByText('De maatregel Stopgesprek door de politie is toegevoegd.')).toBeVisible();

    await add.getByRole('radio', { name: 'Zorg' }).check();
    await add
      .getByLabel('Maatregel', { exact: true })
      .selectOption({ label: 'Eigen maatregel (zelf omschrijven)' });
    await add.getByLabel('Omschrijving van de maatregel').fill('Maatje via de voetbalclub');
    await add.getByLabel('Eigenaar (organisatie)').selectOption({ label: 'Gemeente Lindeburg' });
    await add.getByLabel('Begindatum').fill('2026-01-10');
    await add.getByLabel('Einddatum').fill('2026-01-01');
    await add.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    await expect(add.getByLabel('Einddatum')).toHaveAttribute('aria-invalid', 'true');
    await expect(add.getByLabel('Omschrijving van de maatregel')).toHaveValue('Maatje via de voetbalclub');
    await add.getByLabel('Einddatum').fill('2026-12-31');
    await add.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    await expect(page.getByText('De maatregel Maatje via de voetbalclub is toegevoegd.')).toBeVisible();

    for (const [track, title] of [
      ['Spoor: Strafrechtelijk', 'Stopgesprek door de politie'],
      ['Spoor: Bestuurlijk', 'Herhuisvesting'],
      ['Spoor: Zorg', 'Maatje via de voetbalclub'],
    ] as const) {
      await expect(
        page.getByRole('region', { name: track }).getByRole('article', { name: title }),
      ).toBeVisible();
    }
    await expect(page.getByRole('article', { name: 'Herhuisvesting' })).toContainText(
      'Art. 7 Wet tijdelijke',
    );
    await expect(page.getByRole('main')).not.toContainText(/score|risico|voorspel|\d+ ?%/i);
    await expectAccessible(page, 'plan with measures in three tracks');
    await page
      .getByRole('navigation', { name: 'Onderdelen van de casus' })
      .getByRole('link', { name: 'Overzicht' })
      .click();
    const timeline = page.getByRole('region', { name: 'Tijdlijn' });
    await expect(timeline).toContainText('Maatregel toegevoegd: Herhuisvesting (Bestuurlijk)');
    await expect(timeline).toContainText('Plan van aanpak opgeslagen');
    await signOut(page);

    // The police partner takes part and evaluates its own measure in words; the others stay read-only.
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await (await api(page)).send('POST', `/api/casussen/${c.id}/deelnemers`, {
      organisationId: orgs.politie,
      role: 'Wijkagent',
    });
    await signOut(page);
    await signInAsDemo(page, 'ketenpartner');
    await page.goto(`/casussen/${c.id}/plan`);
    await expect(page.getByRole('form', { name: 'Plan van aanpak' })).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText('Afstand nemen van de online groep');
    await expect(page.getByRole('button', { name: 'Wijzigen: Herhuisvesting' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Wijzigen: Stopgesprek door de politie' }).click();
    const edit = page.getByRole('form', { name: 'Maatregel wijzigen: Stopgesprek door de politie' });
    await expect(edit.getByLabel('Status')).toBeFocused();
    await expect(edit.getByLabel('Wettelijke grondslag')).toHaveCount(0);
    await edit.getByLabel('Status').selectOption({ label: 'Afgerond' });
    await edit.getByRole('button', { name: 'Maatregel opslaan' }).click();
    await expect(edit.getByLabel('Evaluatie: wat heeft het opgeleverd')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await edit
      .getByLabel('Evaluatie: wat heeft het opgeleverd')
      .fill('Gesprek gevoerd; hij zegt de groep te verlaten.');
    await edit.getByLabel('Evaluatie: wat werkte').fill('Een bekende wijkagent, thuis bij de ouders.');
    await edit.getByRole('button', { name: 'Maatregel opslaan' }).click();
    await expect(page.getByText('De maatregel is opgeslagen.')).toBeVisible();
    const measure = page.getByRole('article', { name: 'Stopgesprek door de politie' });
    await expect(measure.getByRole('heading', { name: 'Stopgesprek door de politie' })).toBeFocused();
    await expect(measure).toContainText('Afgerond');
    await expect(measure).toContainText('Een bekende wijkagent');
    await expectAccessible(page, 'a measure evaluated by its owner');
  });
});
