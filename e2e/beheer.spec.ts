import { createUser, expect, expectAccessible, signInAsDemo, test, unique } from './fixtures';

test.describe('Beheer', () => {
  test.beforeEach(async ({ page }) => {
    await signInAsDemo(page, 'functioneel_beheerder');
  });

  test('create a user: a validation error first keeps the input, then the corrected form succeeds', async ({
    page,
  }) => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page
      .getByRole('navigation', { name: 'Onderdelen van Beheer' })
      .getByRole('link', { name: 'Gebruikers' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruikers');
    await expect(page).toHaveTitle('Gebruikers – Duiden');
    await expect(page.getByRole('row', { name: /Lotte Visser/ })).toContainText('functioneel beheerder');
    await expectAccessible(page, 'users page');

    const name = unique('Femke Test');
    const username = `femke.${Date.now().toString(36)}`;
    await page.getByLabel('Naam', { exact: true }).fill(name);
    await page.getByLabel('E-mailadres').fill('femke@');
    await page.getByLabel('Gebruikersnaam').fill(username);
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Gemeente Lindeburg' });
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'meldpunt-medewerker' });
    await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();

    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText('E-mailadres: Vul een geldig e-mailadres in.');
    const email = page.getByLabel('E-mailadres');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/Vul een geldig e-mailadres in\./);
    await expect(page.locator('#new-user-email-error')).toHaveText('Fout: Vul een geldig e-mailadres in.');
    // Everything typed is still there.
    await expect(page.getByLabel('Naam', { exact: true })).toHaveValue(name);
    await expect(email).toHaveValue('femke@');
    await expect(page.getByLabel('Gebruikersnaam')).toHaveValue(username);
    await expect(page.getByLabel('Rol', { exact: true })).toHaveValue('meldpunt');
    await expectAccessible(page, 'users page with a validation error');

    // The summary's link leads to the field.
    await summary.getByRole('link').click();
    await expect(email).toBeFocused();
    await email.fill('femke@lindeburg.example');
    await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();

    await expect(
      page.getByRole('status').filter({ hasText: `Gebruiker ${name} is aangemaakt.` }),
    ).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText(`lokaal account (${username})`);
    await expect(row).toContainText('meldpunt-medewerker – Gemeente Lindeburg');
    await expect(row).toContainText('actief');
    await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('');
  });

  test('edit a user; a change by another session meanwhile gives a conflict that keeps the input', async ({
    page,
    newSession,
  }) => {
    const user = await createUser(page, { displayName: unique('Conflict Test') });
    await page.goto(`/beheer/gebruikers/${user.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Gebruiker ${user.displayName}`);
    await expectAccessible(page, 'user page');
    await page.getByLabel('Naam', { exact: true }).fill('Naam uit sessie A');

    // Another administrator's session changes the same user first.
    const other = await newSession();
    await signInAsDemo(other, 'functioneel_beheerder');
    await other.goto(`/beheer/gebruikers/${user.id}`);
    await other.getByLabel('Naam', { exact: true }).fill('Naam uit sessie B');
    await other.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(other.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();

    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const summary = page.getByRole('region', { name: /Iemand anders heeft dit intussen gewijzigd/ });
    await expect(summary).toBeFocused();
    const theirs = page.getByRole('region', { name: 'De versie van de ander' });
    await expect(theirs).toContainText('Naam uit sessie B');
    await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Naam uit sessie A');
    await expectAccessible(page, 'user page with a conflict');

    // Having seen the other version, saving again keeps this session's input.
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruiker Naam uit sessie A');
  });

  test('disable a user and enable it again', async ({ page }) => {
    const user = await createUser(page, { displayName: unique('Uit Te Schakelen') });
    await page.goto(`/beheer/gebruikers/${user.id}`);
    await page.getByRole('button', { name: 'Gebruiker uitschakelen' }).click();
    await expect(page.getByText('De gebruiker is uitgeschakeld.')).toBeVisible();
    await expect(page.getByText('Deze gebruiker is uitgeschakeld en kan niet inloggen.')).toBeVisible();
    await expectAccessible(page, 'user page of a disabled user');

    await page.getByRole('link', { name: 'Terug naar gebruikers' }).click();
    await expect(page.getByRole('row', { name: new RegExp(user.displayName) })).toContainText(
      'uitgeschakeld',
    );

    await page.getByRole('link', { name: user.displayName }).click();
    await page.getByRole('button', { name: 'Gebruiker weer inschakelen' }).click();
    await expect(page.getByText('De gebruiker is weer ingeschakeld.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Gebruiker uitschakelen' })).toBeVisible();
  });

  test('add a role, act in it with the role switcher, switch back and end it', async ({ page }) => {
    await page.goto('/beheer/gebruikers');
    await page.getByRole('link', { name: 'Lotte Visser' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruiker Lotte Visser');
    const addRole = page.getByRole('form', { name: 'Rol toevoegen' });
    await addRole.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Gemeente Lindeburg' });
    await addRole.getByLabel('Rol', { exact: true }).selectOption({ label: 'privacy officer (FG)' });
    await addRole.getByRole('button', { name: 'Rol toevoegen' }).click();
    await expect(page.getByText('De rol is toegevoegd.')).toBeVisible();

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }).click();
    await page.getByLabel('Werk als').selectOption({ label: 'privacy officer (FG) – Gemeente Lindeburg' });
    await expectAccessible(page, 'home page with the role switcher');
    await page.getByRole('button', { name: 'Wissel van rol' }).click();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link')).toHaveText(['Start', 'Privacy', 'Convenanten', 'Kennisbank']);
    await expect(page.getByRole('banner')).toContainText('privacy officer (FG), Gemeente Lindeburg');

    await page.getByLabel('Werk als').selectOption({ label: 'functioneel beheerder – Gemeente Lindeburg' });
    await page.getByRole('button', { name: 'Wissel van rol' }).click();
    await expect(nav.getByRole('link')).toHaveText(['Start', 'Beheer', 'Convenanten', 'Kennisbank', 'Regio']);

    await nav.getByRole('link', { name: 'Beheer' }).click();
    await page
      .getByRole('navigation', { name: 'Onderdelen van Beheer' })
      .getByRole('link', { name: 'Gebruikers' })
      .click();
    await page.getByRole('link', { name: 'Lotte Visser' }).click();
    await page
      .getByRole('button', { name: 'Rol privacy officer (FG) bij Gemeente Lindeburg beëindigen' })
      .click();
    await expect(page.getByText('De rol is beëindigd.')).toBeVisible();
    await expect(page.getByRole('row', { name: /privacy officer \(FG\)/ })).toContainText('beëindigd op');
  });
});
