import { createUser, expect, expectAccessible, signInAsDemo, signOut, test, unique } from './fixtures';
import { totp } from './totp';

test('a local account: temporary password from Beheer, new password, authenticator set-up, code', async ({
  page,
}) => {
  await signInAsDemo(page, 'functioneel_beheerder');
  const username = `kees.${Date.now().toString(36)}`;
  const user = await createUser(page, { displayName: unique('Kees Lokaal'), username, role: 'meldpunt' });
  await page.goto(`/beheer/gebruikers/${user.id}`);
  await page.getByRole('button', { name: 'Nieuw tijdelijk wachtwoord maken' }).click();
  const temporary = ((await page.getByTestId('temporary-password').textContent()) ?? '').trim();
  expect(temporary.length).toBeGreaterThan(8);
  await expectAccessible(page, 'user page with a temporary password');
  await signOut(page);

  // A wrong password first: the message is shown, the input stays.
  const form = page.getByRole('region', { name: 'Inloggen met gebruikersnaam en wachtwoord' });
  await form.getByRole('textbox', { name: 'Gebruikersnaam' }).fill(username);
  await form.getByLabel('Wachtwoord', { exact: true }).fill('niet het goede wachtwoord');
  await form.getByRole('button', { name: 'Inloggen' }).click();
  await expect(
    page.getByRole('region', { name: /gebruikersnaam of het wachtwoord klopt niet/ }),
  ).toBeFocused();
  await expect(form.getByRole('textbox', { name: 'Gebruikersnaam' })).toHaveValue(username);

  await form.getByLabel('Wachtwoord', { exact: true }).fill(temporary);
  await form.getByRole('button', { name: 'Inloggen' }).click();

  await expect(page.getByRole('heading', { name: 'Kies een nieuw wachtwoord' })).toBeFocused();
  const password = 'een lang en eigen wachtwoord voor Duiden';
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(password);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();

  await expect(page.getByRole('heading', { name: 'Stel de tweede stap in' })).toBeFocused();
  await expect(
    page.getByRole('img', { name: 'QR-code om Duiden toe te voegen aan uw authenticator-app' }),
  ).toBeVisible();
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expectAccessible(page, 'authenticator set-up');

  await page.getByLabel('Code van 6 cijfers').fill(totp(secret));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${user.displayName}`);
  await expect(page.getByRole('banner')).not.toContainText('Demo-omgeving');
});
