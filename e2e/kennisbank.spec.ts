import type { Article } from '../src/contract/kennisbank';
import { api, expect, expectAccessible, signInAsDemo, test, unique } from './fixtures';

/**
 * Kennisbank: an officer searches the kennisbank (Dutch full text), reads an article with its source, dates and
 * owner, sees a local article past its review day, and adds a local article (a refused send names each field
 * and keeps what was typed). A resident opens the public help page from the public report form: 112, the
 * police's number and the LSE, and only public articles, with the municipality's own public one.
 */
test.describe('Kennisbank', () => {
  test('the officer searches the kennisbank and reads an article', async ({ page }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Kennisbank' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kennisbank');
    await expect(page.getByRole('link', { name: 'Radicalisering (definitie NCTV)' })).toBeVisible();
    await expectAccessible(page, 'the kennisbank');

    const search = page.getByRole('form', { name: 'Zoeken' });
    await search.getByLabel('Zoekwoorden').fill('paspoortmaatregelen');
    await search.getByRole('button', { name: 'Zoeken' }).click();
    const article = page.getByRole('link', { name: 'Paspoortwet, artikel 23: de paspoortmaatregel' });
    await expect(article).toBeVisible();
    await expect(page.getByRole('link', { name: 'Radicalisering (definitie NCTV)' })).toHaveCount(0);
    await article.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Paspoortwet, artikel 23: de paspoortmaatregel',
    );
    const about = page.getByRole('region', { name: 'Over dit artikel' });
    await expect(about).toContainText('Geldig sinds');
    await expect(about).toContainText('Herzien uiterlijk');
    await expect(about).toContainText('Redactie kennisbank Duiden');
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
    await expectAccessible(page, 'a national article');

    // A local article whose review day has passed warns.
    await page.getByRole('link', { name: 'Terug naar de kennisbank' }).click();
    await page.getByRole('form', { name: 'Zoeken' }).getByLabel('Zoekwoorden').fill('meldstructuur');
    await page.getByRole('form', { name: 'Zoeken' }).getByRole('button', { name: 'Zoeken' }).click();
    const row = page.getByRole('row', { name: /Meldstructuur Lindeburg/ });
    await expect(row).toContainText('Aan herziening toe');
    await row.getByRole('link').click();
    await expect(page.getByText(/had uiterlijk .* herzien moeten worden/)).toBeVisible();
    await expectAccessible(page, 'a local article past its review day');
  });

  test('the officer adds a local article; a refused send names the fields and keeps what was typed', async ({
    page,
  }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page.goto('/kennisbank');
    await page.getByRole('link', { name: 'Lokaal artikel toevoegen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lokaal artikel toevoegen');
    const title = unique('Spreekuur wijkteam Noord');
    const form = page.getByRole('form', { name: 'Lokaal artikel toevoegen' });
    await form.getByLabel('Titel', { exact: true }).fill(title);
    await form.getByLabel('Webadres van de bron').fill('http://wijkteam.example.org');
    await form.getByRole('button', { name: 'Artikel toevoegen' }).click();
    await expect(page.locator('#artikel-kind-error')).toContainText('Kies de soort artikel.');
    await expect(page.locator('#artikel-summaryNl-error')).toContainText('Vul een korte samenvatting in.');
    await expect(page.locator('#artikel-source-error')).toContainText('Vul de bron in.');
    await expect(page.locator('#artikel-owner-error')).toContainText('Vul de eigenaar in');
    await expect(page.locator('#artikel-sourceUrl-error')).toContainText('https://');
    await expect(form.getByLabel('Titel', { exact: true })).toHaveValue(title);
    await expectAccessible(page, 'a local article with errors');

    await form.getByLabel('Soort artikel').selectOption({ label: 'Hulporganisatie' });
    await form
      .getByLabel('Samenvatting', { exact: true })
      .fill('Het wijkteam denkt mee bij zorgen over jongeren.');
    await form
      .getByLabel('Tekst', { exact: true })
      .fill('## Wanneer\n\nElke woensdag.\n\n- Bel 0555 000 000');
    await form.getByLabel('Bron', { exact: true }).fill('Gemeente Lindeburg');
    await form.getByLabel('Webadres van de bron').fill('https://wijkteam.example.org');
    await form.getByLabel('Eigenaar').fill('Team OOV');
    await form.getByRole('button', { name: 'Artikel toevoegen' }).click();
    await expect(page.getByText('Het artikel is toegevoegd.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('heading', { level: 2, name: 'Wanneer' })).toBeVisible();
    await expectAccessible(page, 'the local article added');

    // Changing it while someone else saves it meanwhile: the saved version beside the form that keeps the input.
    const id = page.url().split('/').pop() as string;
    await page.getByRole('button', { name: 'Artikel wijzigen' }).click();
    const edit = page.getByRole('form', { name: 'Artikel wijzigen' });
    await edit.getByLabel('Eigenaar').fill('Team Veiligheid');
    const client = await api(page);
    const saved = await client.get<Article>(`/api/kennisbank/artikelen/${id}`);
    await client.send('PUT', `/api/kennisbank/artikelen/${id}`, {
      kind: saved.kind,
      public: saved.public,
      titleNl: saved.title.nl,
      titleEn: saved.title.en,
      summaryNl: 'Door een collega aangepast.',
      summaryEn: saved.summary.en,
      bodyNl: saved.body.nl,
      bodyEn: saved.body.en,
      source: saved.source,
      sourceUrl: saved.sourceUrl ?? '',
      validSince: saved.validSince,
      reviewBy: saved.reviewBy,
      owner: 'Collega',
      version: saved.version,
    });
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    const conflict = page.getByRole('region', { name: 'Iemand anders heeft dit artikel intussen gewijzigd' });
    await expect(conflict).toContainText('Door een collega aangepast.');
    await expect(edit.getByLabel('Eigenaar')).toHaveValue('Team Veiligheid');
    await expectAccessible(page, 'a local article saved meanwhile');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Over dit artikel' })).toContainText('Team Veiligheid');

    // It is found by searching.
    await page.getByRole('link', { name: 'Terug naar de kennisbank' }).click();
    await page.getByRole('form', { name: 'Zoeken' }).getByLabel('Zoekwoorden').fill('wijkteam woensdag');
    await page.getByRole('form', { name: 'Zoeken' }).getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  });

  test('a resident opens the public help page from the public report form', async ({ page }) => {
    await page.goto('/melden');
    await page.getByRole('link', { name: /Lees waar u hulp en informatie vindt/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Hulp en informatie bij zorgen over radicalisering',
    );
    await expect(page.getByText('Is er acuut gevaar? Bel direct 112.')).toBeVisible();
    await expect(page.getByText(/Bel 0900-8844/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Terrorisme (definitie NCTV)' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Expertise-unit Sociale Stabiliteit/ })).toHaveCount(0);
    await expectAccessible(page, 'the public help page');

    const filters = page.getByRole('form', { name: 'Zoeken in de informatie' });
    await filters.getByLabel('Uw gemeente').selectOption({ label: 'Gemeente Lindeburg' });
    await filters.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByRole('link', { name: 'Zorg- en Veiligheidshuis Veenstroom' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Regionale contacten/ })).toHaveCount(0);

    await page.getByRole('link', { name: 'Lees over het Landelijk Steunpunt Extremisme' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Landelijk Steunpunt Extremisme (LSE)');
    await expect(page.getByText(/anonieme casusbespreking/)).toBeVisible();
    await expectAccessible(page, 'a public article');
    await page.getByRole('link', { name: 'Terug naar hulp en informatie' }).click();
    await expect(page).toHaveURL(/\/hulp\?gemeente=/);
  });

  test('the intake form links its facts-versus-opinions step to the way of sharing information', async ({
    page,
  }) => {
    await signInAsDemo(page, 'meldpunt');
    await page.goto('/meldingen/nieuw');
    const help = page.getByRole('link', { name: /Kennisbank: feiten en meningen gescheiden houden/ });
    await expect(help).toHaveAttribute('target', '_blank');
    const href = await help.getAttribute('href');
    expect(href).toMatch(/^\/kennisbank\/[0-9a-f-]{36}$/);
    await page.goto(href ?? '/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Werkwijze informatie delen bij mogelijke radicalisering',
    );
    await expect(page.getByRole('heading', { level: 2, name: '1. Beschrijf, oordeel niet' })).toBeVisible();
  });
});
