import { DEMO_USERS, type DemoRole, expect, expectAccessible, signInAsDemo, signOut, test } from './fixtures';

test.describe('signing in', () => {
  test('every demo role signs in from the sign-in page and sees its own home page and navigation', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page).toHaveTitle('Inloggen – Duiden');
    await expect(page.getByRole('heading', { name: 'Demo-omgeving: fictieve gegevens' })).toBeVisible();
    // 14, and the region's and Brakelveen's users (src/demo/seed-regio.ts).
    await expect(page.getByRole('button', { name: /^Inloggen als / })).toHaveCount(18);
    await expectAccessible(page, 'sign-in page');

    for (const role of Object.keys(DEMO_USERS) as DemoRole[]) {
      const user = DEMO_USERS[role];
      await signInAsDemo(page, role);
      await expect(page).toHaveTitle('Start – Duiden');
      const main = page.getByRole('main');
      await expect(main.getByRole('definition').nth(1)).toHaveText(user.role);
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await expect(nav.getByRole('link')).toHaveText(['Start', ...user.areas]);
      await expect(page.getByRole('banner')).toContainText(user.name);
      // Mijn werk for who works on signals, meetings and cases; a front door for Beheer, Privacy, Analyse.
      const start =
        role === 'functioneel_beheerder'
          ? main.getByRole('link', { name: 'Naar Beheer' })
          : role === 'privacy_officer'
            ? main.getByRole('link', { name: 'Naar het privacyoverzicht' })
            : role === 'beleidsmedewerker'
              ? main.getByRole('link', { name: 'Naar de fenomeenanalyse' })
              : role === 'opleidingscoordinator'
                ? main.getByText('U bent opleidingscoördinator')
                : main.getByRole('region', { name: 'Mijn werk' });
      await expect(start).toBeVisible();
      await expectAccessible(page, `home page of ${role}`);
      await signOut(page);
    }
  });

  test('the pages are served under the strict CSP, and a violation would fail the test', async ({
    page,
    problems,
  }) => {
    const response = await page.goto('/inloggen');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');

    // The watcher of the fixture sees an inline script being refused; it is removed so this test passes.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "inline";';
      document.body.append(script);
    });
    await expect.poll(() => problems.filter((p) => p.includes('CSP violation')).length).toBe(1);
    expect(await page.title()).toBe('Inloggen – Duiden');
    problems.splice(0, problems.length);
  });

  test('keyboard only: Tab to the skip link, on to a demo button, Enter', async ({ page }) => {
    await page.goto('/inloggen');
    await expect(page.getByRole('button', { name: /^Inloggen als / }).first()).toBeVisible();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar hoofdinhoud' });
    await expect(skip).toBeFocused();
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0, 'skip link is visible when focused').toBe(true);

    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    const first = page.getByRole('button', { name: /^Inloggen als / }).first();
    await expect(first).toBeFocused();
    const label = (await first.textContent()) ?? '';
    const name = /^Inloggen als (.+?) \(/.exec(label)?.[1];

    await page.keyboard.press('Enter');
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(`Welkom, ${name}`);
    await expect(h1).toBeFocused();
  });

  test('the language switches to English and back, and is remembered', async ({ page }) => {
    await page.goto('/inloggen');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.getByRole('button', { name: 'English' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Sign in – Duiden');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expectAccessible(page, 'sign-in page in English');

    const signIn = page.waitForRequest((r) => r.url().endsWith('/api/auth/demo'));
    await page.getByRole('button', { name: /^Sign in as Lotte Visser/ }).click();
    // The API is asked in the UI's language, not the browser's (nl-NL): refusals come back in English.
    expect((await signIn).headers()['accept-language']).toBe('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Lotte Visser');
    await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link')).toHaveText([
      'Home',
      'Administration',
      'Covenants',
      'Knowledge base',
      'Region',
    ]);
    await expectAccessible(page, 'home page in English');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Lotte Visser');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  });

  test('a failed sign-in through the organisation is explained in Dutch', async ({ page }) => {
    await page.goto('/inloggen?fout=oidc');
    await expect(page.getByText('Inloggen via uw organisatie is niet gelukt.')).toBeVisible();
    await expectAccessible(page, 'sign-in page with OIDC error');
  });

  test('signing out returns to the sign-in page; protected pages then redirect to it', async ({ page }) => {
    await signInAsDemo(page, 'functioneel_beheerder');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beheer');

    await signOut(page);
    await page.goto('/beheer/gebruikers');
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');

    // Signing in again returns to the page that was asked for.
    await page.getByRole('button', { name: /^Inloggen als Lotte Visser/ }).click();
    await expect(page).toHaveURL(/\/beheer\/gebruikers$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruikers');
  });

  test('when the session has ended, the next request leads to the sign-in page and back', async ({
    page,
    context,
  }) => {
    await signInAsDemo(page, 'functioneel_beheerder');
    // The server forgets the session (as after the idle timeout); the app still thinks it is signed in.
    await context.clearCookies();
    // Beheer's front door reads nothing; its list of users does.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page
      .getByRole('navigation', { name: 'Onderdelen van Beheer' })
      .getByRole('link', { name: 'Gebruikers' })
      .click();
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');

    await page.getByRole('button', { name: /^Inloggen als Lotte Visser/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruikers');
  });

  test('a page of another role says so; an unknown page is not found', async ({ page }) => {
    await signInAsDemo(page, 'meldpunt');
    await page.goto('/beheer/gebruikers');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
    await expectAccessible(page, 'forbidden page');

    await page.goto('/bestaat-niet');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
    await expect(page).toHaveTitle('Pagina niet gevonden – Duiden');
    await expectAccessible(page, 'not-found page');
  });
});
