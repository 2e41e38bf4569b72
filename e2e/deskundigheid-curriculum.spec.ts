import type { TargetGroup, TargetGroupPage } from '../src/contract/deskundigheid-curriculum';
import type { TrainingPersonPage } from '../src/contract/deskundigheid-people';
import { api, expect, expectAccessible, signInAsDemo, signOut, test, unique } from './fixtures';

/**
 * Deskundigheid: the training coordinator builds the curriculum (adds a target group with its level, changes
 * one, sends bad input that is named per field and keeps what was typed, meets a concurrent change as a
 * conflict), adds a training to the catalogue recommended for that group, and adds a person whose requirement
 * is then missing. A partner's user gets only its own organisation's people.
 */
test.describe('Deskundigheid: curriculum, catalogue and people', () => {
  test('the training coordinator builds the curriculum, the catalogue and the people register', async ({
    page,
  }) => {
    // One long journey through three screens and two users.
    test.setTimeout(180_000);
    await signInAsDemo(page, 'opleidingscoordinator');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Deskundigheid' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deskundigheid');
    await expectAccessible(page, 'the deskundigheid front door');

    // The curriculum: the demo municipality has the default one, per side.
    await page.getByRole('link', { name: 'Leerplan', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leerplan');
    const own = page.getByRole('table', { name: 'Eigen organisatie' });
    await expect(own.getByRole('row', { name: /Baliemedewerkers/ })).toContainText('Herkennen van signalen');
    await expect(
      page.getByRole('table', { name: 'Partnerorganisaties' }).getByRole('row', { name: /Jongerenwerk/ }),
    ).toBeVisible();
    await expectAccessible(page, 'the curriculum');

    // Bad input: no side and no level chosen; what was typed stays.
    const add = page.getByRole('form', { name: 'Een doelgroep toevoegen' });
    const name = unique('Leerplichtambtenaren');
    await add.getByLabel('Naam van de doelgroep').fill(name);
    await add.getByLabel('Omschrijving').fill('Spreken leerlingen en ouders over verzuim.');
    await add.getByRole('button', { name: 'Doelgroep toevoegen' }).click();
    await expect(page.locator('#group-add-side-error')).toContainText('Kies eigen organisatie of partner.');
    await expect(page.locator('#group-add-level-error')).toContainText('Kies het vereiste niveau.');
    await expect(add.getByLabel('Naam van de doelgroep')).toHaveValue(name);
    await expect(add.getByLabel('Omschrijving')).toHaveValue('Spreken leerlingen en ouders over verzuim.');
    await expectAccessible(page, 'a target group with errors');

    await add.getByRole('radio', { name: 'Eigen organisatie' }).check();
    await add.getByLabel('Vereist niveau').selectOption({ label: 'Herkennen van signalen' });
    await add.getByRole('button', { name: 'Doelgroep toevoegen' }).click();
    await expect(page.getByText(`Doelgroep ${name} is toegevoegd.`)).toBeVisible();
    await expect(own.getByRole('row', { name: new RegExp(name) })).toContainText('Herkennen van signalen');

    // Changing it: a deeper level.
    await own.getByRole('button', { name: `${name} wijzigen` }).click();
    const edit = page.getByRole('form', { name: `Doelgroep ${name} wijzigen` });
    await edit.getByLabel('Vereist niveau').selectOption({ label: 'Verdiepend' });
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText(`Doelgroep ${name} is opgeslagen.`)).toBeVisible();
    await expect(own.getByRole('row', { name: new RegExp(name) })).toContainText('Verdiepend');

    // Someone else saves the same target group meanwhile: the conflict, and what was typed stays.
    await own.getByRole('button', { name: `${name} wijzigen` }).click();
    const client = await api(page);
    const groups = await client.get<TargetGroupPage>(
      '/api/deskundigheid/doelgroepen?zijde=eigen&inactief=true&limit=100',
    );
    const group = groups.targetGroups.find((g) => g.name === name) as TargetGroup;
    await client.send('PUT', `/api/deskundigheid/doelgroepen/${group.id}`, {
      name,
      side: 'eigen',
      requiredLevel: 'expert',
      description: 'Door een collega aangepast.',
      active: true,
      version: group.version,
    });
    const edit2 = page.getByRole('form', { name: `Doelgroep ${name} wijzigen` });
    await edit2.getByLabel('Omschrijving').fill('Ook de leerplicht van het mbo.');
    await edit2.getByRole('button', { name: 'Opslaan' }).click();
    await expect(
      page.getByRole('heading', { name: 'Iemand anders heeft dit intussen gewijzigd', exact: true }),
    ).toBeVisible();
    await expect(edit2.getByLabel('Omschrijving')).toHaveValue('Ook de leerplicht van het mbo.');
    await expectAccessible(page, 'a target group in conflict');
    await edit2.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText(`Doelgroep ${name} is opgeslagen.`)).toBeVisible();
    await expect(own.getByRole('row', { name: new RegExp(name) })).toContainText(
      'Ook de leerplicht van het mbo.',
    );

    // The catalogue: a training recommended for the new target group; a link must be https.
    await page.getByRole('link', { name: 'Terug naar Deskundigheid' }).click();
    await page.getByRole('link', { name: 'Aanbod', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanbod');
    await expect(page.getByRole('link', { name: 'Basistraining radicalisering' })).toBeVisible();
    await expectAccessible(page, 'the catalogue');
    await page.getByRole('link', { name: 'Training toevoegen' }).click();
    const title = unique('Verzuim en radicalisering');
    await page.getByLabel('Aanbieder', { exact: true }).fill('Stichting School en Veiligheid');
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Vorm', { exact: true }).selectOption({ label: 'Webinar' });
    await page.getByLabel('Niveau', { exact: true }).selectOption({ label: 'Herkennen van signalen' });
    await page.getByLabel('Duur in minuten').fill('90');
    await page.getByLabel('Geldig (maanden)').fill('24');
    await page.getByLabel('Webadres van de aanbieder').fill('http://www.schoolenveiligheid.example');
    await page.getByRole('group', { name: 'Aanbevolen voor' }).getByLabel(name).check();
    await page.getByRole('button', { name: 'Training toevoegen' }).click();
    await expect(page.locator('#training-url-error')).toContainText('https://');
    await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(title);
    await expectAccessible(page, 'a training with errors');
    await page.getByLabel('Webadres van de aanbieder').fill('https://www.schoolenveiligheid.example');
    await page.getByRole('button', { name: 'Training toevoegen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('De training is toegevoegd.')).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Naar de website van Stichting School en Veiligheid' }),
    ).toHaveAttribute('href', 'https://www.schoolenveiligheid.example');
    await expect(page.getByText(name, { exact: true })).toBeVisible();
    await expectAccessible(page, 'a training');

    // A person in the new target group: their requirement is missing until they follow a training.
    await page.goto('/deskundigheid/personen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mensen');
    await expectAccessible(page, 'the people register');

    // An organisation that reports counts only: how many youth workers it has.
    const sizes = page.getByRole('form', { name: 'Een aantal vastleggen' });
    await sizes.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Jongerenwerk Lindeburg' });
    await sizes.getByLabel('Doelgroep', { exact: true }).selectOption({ label: 'Jongerenwerk' });
    await sizes.getByLabel('Aantal mensen').fill('veel');
    await sizes.getByRole('button', { name: 'Aantal vastleggen' }).click();
    await expect(page.locator('#size-people-error')).toBeVisible();
    await sizes.getByLabel('Aantal mensen').fill('12');
    await sizes.getByRole('button', { name: 'Aantal vastleggen' }).click();
    await expect(page.getByText('Het aantal is vastgelegd.')).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: 'Aantallen per organisatie' })
        .getByRole('row', { name: /Jongerenwerk Lindeburg Jongerenwerk 12/ }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Persoon toevoegen' }).click();
    const person = unique('Sven Leerplicht');
    await page.getByLabel('Naam', { exact: true }).fill(person);
    await page.getByLabel('Werk-e-mailadres').fill('geen adres');
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Gemeente Lindeburg' });
    await page.getByLabel('Doelgroep', { exact: true }).selectOption({ label: `${name} (Verdiepend)` });
    await page.getByLabel('Afdeling of team').fill('Leerplicht');
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await expect(page.locator('#person-email-error')).toContainText('naam@organisatie.nl');
    await expect(page.getByLabel('Afdeling of team')).toHaveValue('Leerplicht');
    await expectAccessible(page, 'a person with errors');
    await page.getByLabel('Werk-e-mailadres').fill('');
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(person);
    await expect(page.getByText('De persoon is toegevoegd.')).toBeVisible();
    await expect(page.getByText('Ontbreekt: nog geen training op dit niveau gevolgd')).toBeVisible();
    await expect(page.getByText('Nog geen sessies gevolgd.')).toBeVisible();
    await expectAccessible(page, "a person's page");

    // The list finds the person by name.
    await page.getByRole('link', { name: 'Terug naar de mensen' }).click();
    await page.getByRole('textbox', { name: 'Zoeken' }).fill(person);
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await expect(page.getByRole('link', { name: person })).toBeVisible();
    await expect(page.getByText('1 persoon getoond.')).toBeVisible();

    // A partner's user gets its own organisation's people only, not the municipality's.
    const personId = new URL(
      (await page.getByRole('link', { name: person }).getAttribute('href')) ?? '',
      'http://x',
    ).pathname
      .split('/')
      .at(-1) as string;
    await signOut(page);
    await signInAsDemo(page, 'ketenpartner');
    const partner = await api(page);
    const list = await partner.get<TrainingPersonPage>('/api/deskundigheid/personen?limit=100');
    const organisations = new Set(list.people.map((p) => p.organisation.name));
    expect([...organisations].every((o) => o !== 'Gemeente Lindeburg')).toBe(true);
    expect(organisations.size).toBeLessThanOrEqual(1);
    expect(list.people.map((p) => p.id)).not.toContain(personId);
    const res = await page.request.get(`/api/deskundigheid/personen/${personId}`);
    expect(res.status()).toBe(404);
  });
});
