import { expect, expectAccessible, signInAsDemo, test } from './fixtures';
import { recordSignal, word } from './meldpunt-helpers';

test.describe('Meldpunt: persons and their signals as puzzle pieces', () => {
  test('two signals are linked to one person through the suggestions; the person page shows both', async ({
    page,
  }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    // A surname no earlier run used, so the suggestions are about this test's person only.
    const surname = word('Verbeek').replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'x');
    const name = `Ilse ${surname}`;
    const first = await recordSignal(page, {
      description: 'Ilse deelt in een groepsapp berichten die geweld tegen agenten goedpraten.',
      persons: [{ name, birthDate: '2008-04-12', neighbourhood: 'Oosthaven', relation: 'school' }],
    });
    const second = await recordSignal(page, {
      description: 'Een buurtbewoner zag haar flyers van een anti-overheidsgroep uitdelen.',
      persons: [
        { name: `I. ${surname}`, birthDate: '2008-04-12', relation: 'buurtbewoner' },
        { name: `Ilse ${surname}-de Wit`, relation: 'buurtbewoner' },
      ],
      channel: 'email',
    });

    // The first signal names someone not known yet: a new person.
    await page.goto(`/meldingen/${first.id}`);
    const persons = page.getByRole('region', { name: 'Betrokken personen' });
    const mention = persons.getByRole('article', { name: `Persoon 1: ${name}` });
    await expect(mention).toContainText('Er is geen bekende persoon met een gelijkende naam');
    await expectAccessible(page, 'signal page without suggestions');
    await mention.getByRole('button', { name: `Nieuwe persoon aanmaken voor ${name}` }).click();
    await expect(page.getByText('Er is een nieuwe persoon aangemaakt en gekoppeld.')).toBeVisible();
    await expect(mention.getByRole('link', { name })).toBeVisible();

    // The second signal: the same person is suggested, with the details that are similar and no score.
    await page.goto(`/meldingen/${second.id}`);
    const same = persons.getByRole('article', { name: `Persoon 1: I. ${surname}` });
    const suggestion = same.getByRole('listitem').filter({ hasText: name });
    await expect(suggestion).toContainText('gelijkende gegevens: naam, geboortedatum');
    await expect(suggestion).toContainText('Oosthaven');
    await expect(page.getByRole('main')).not.toContainText(/score|waarschijnlijk|\d+ ?%/i);
    await expectAccessible(page, 'signal page with suggestions');

    // The second person named is someone else: not the same person, and no longer suggested.
    const otherMention = persons.getByRole('article', { name: `Persoon 2: Ilse ${surname}-de Wit` });
    await otherMention
      .getByRole('button', { name: `Niet dezelfde persoon: Ilse ${surname}-de Wit is niet ${name}` })
      .click();
    await expect(page.getByText('Vastgelegd: niet dezelfde persoon.')).toBeVisible();
    await expect(otherMention).toContainText('Er is geen bekende persoon met een gelijkende naam');

    await same.getByRole('button', { name: `Koppelen: I. ${surname} is ${name}` }).click();
    await expect(page.getByText('De persoon is gekoppeld.')).toBeVisible();
    await expect(same).toContainText('Gekoppeld aan');
    await expect(page.getByRole('region', { name: 'Geschiedenis' })).toContainText('Persoon: gekoppeld');

    await same.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    const timeline = page.getByRole('region', { name: '2 gekoppelde signalen' });
    await expect(timeline.getByRole('article')).toHaveCount(2);
    await expect(timeline.getByRole('article').nth(0)).toContainText(first.reference);
    await expect(timeline.getByRole('article').nth(1)).toContainText(second.reference);
    await expect(timeline).toContainText('geweld tegen agenten');
    await expect(timeline).toContainText('flyers van een anti-overheidsgroep');
    await expect(timeline).toContainText(`genoemd als I. ${surname}`);
    const decisions = page.getByRole('table', { name: 'Koppelbesluiten' });
    await expect(decisions.getByRole('row')).toHaveCount(4);
    await expect(decisions).toContainText('niet dezelfde persoon');
    await expect(page.getByRole('main')).not.toContainText(/score|risico|voorspel|\d+ ?%/i);
    await expectAccessible(page, 'person page');

    // The person is found by name, also written differently.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Personen' }).click();
    await page.getByLabel('Naam').fill(`ilse ${surname.toLowerCase()}`);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(/naam=ilse/);
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('12 april 2008');
    await expectAccessible(page, 'person search');

    // A caller gives the number of the first signal: the search opens its one person.
    await page.getByLabel('Naam').fill(first.reference);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  });
});
