import { openCasePart, openedCase } from './casus-helpers';
import { expect, expectAccessible, signInAsDemo, test } from './fixtures';
import { word } from './meldpunt-helpers';
import { triageSignal } from './overleggen-helpers';

const PERSONS = [
  {
    name: 'Youssef',
    relation: 'Broer of zus',
    vulnerability: 'Volgt dezelfde online kanalen.',
    care: 'Jongerenwerk',
  },
  { name: 'Samira', relation: 'Ouder', vulnerability: 'Veel zorgen.', care: 'Familiesteunpunt' },
  { name: 'Nadia', relation: 'Neef of nicht', vulnerability: 'Had contact met de groep.', care: null },
  { name: 'Tim', relation: 'Vriend(in)', vulnerability: 'Klasgenoot uit dezelfde groep.', care: null },
  { name: 'Karim', relation: 'Ander familielid', note: 'oom', vulnerability: 'Beschermend.', care: null },
] as const;

test.describe('Casussen: the netwerkanalyse', () => {
  test('the officer maps a network of five persons in the graph and finds the same in the table', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const c = await openedCase(page);
    // Youssef was reported himself: the meldpunt knows him as a person.
    const youssef = `Youssef ${word('broer')}`;
    await triageSignal(page, {
      description: 'Deelt dezelfde filmpjes in de klas.',
      person: youssef,
      link: true,
    });
    await page.goto(`/casussen/${c.id}`);
    await openCasePart(page, 'Netwerk');
    await expect(page).toHaveURL(new RegExp(`/casussen/${c.id}/netwerk$`));
    await expect(page.getByText('Er zijn nog geen personen in het netwerk vastgelegd.')).toBeVisible();
    await expectAccessible(page, 'empty network');

    const add = page.getByRole('form', { name: 'Persoon toevoegen' });
    // A field left out is named in the error summary.
    await add.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await expect(page.getByRole('link', { name: /Relatie tot de betrokkene/ })).toBeVisible();
    for (const p of PERSONS) {
      await add.getByLabel('Naam of omschrijving').fill(p.name);
      await add.getByLabel('Relatie tot de betrokkene').selectOption({ label: p.relation });
      if ('note' in p) await add.getByLabel('Welke relatie').fill(p.note);
      await add.getByLabel('Kwetsbaarheid (in woorden)').fill(p.vulnerability);
      if (p.care) {
        await add.getByLabel('Preventieve zorg is geregeld').check();
        await add.getByLabel('Welke preventieve zorg, door wie').fill(p.care);
      }
      if (p.name === 'Youssef') {
        // The officer looks him up by name and picks him, instead of typing an id; Enter searches.
        const own = add.getByRole('group', { name: 'Eigen registratie bij het meldpunt' });
        await own.getByLabel('Zoek op naam of nummer').fill(youssef);
        await own.getByLabel('Zoek op naam of nummer').press('Enter');
        await expect(own.getByRole('status')).toHaveText(/^\d+ (persoon|personen) gevonden\./);
        await expect(page.getByText('Youssef is aan het netwerk toegevoegd.')).toHaveCount(0);
        await own.getByLabel('Gekoppelde persoon').selectOption({ label: youssef });
        await expectAccessible(page, 'network person with a person found');
      }
      await add.getByRole('button', { name: 'Persoon toevoegen' }).click();
      await expect(page.getByText(`${p.name} is aan het netwerk toegevoegd.`)).toBeVisible();
      await expect(add.getByLabel('Zoek op naam of nummer')).toHaveValue('');
      await expect(add.getByLabel('Gekoppelde persoon')).toHaveValue('');
    }

    // Two brothers: a relation between network persons, so the graph is more than a star.
    const rel = page.getByRole('form', { name: 'Relatie tussen twee personen vastleggen' });
    await rel.getByLabel('Persoon', { exact: true }).selectOption({ label: 'Samira' });
    await rel.getByLabel('Relatie', { exact: true }).selectOption({ label: 'ouder van' });
    await rel.getByLabel('Andere persoon').selectOption({ label: 'Youssef' });
    await rel.getByRole('button', { name: 'Relatie vastleggen' }).click();
    await expect(page.getByText('De relatie is vastgelegd.')).toBeVisible();

    // The graph holds the five persons and six lines (five to the person concerned, one between two).
    const graph = page.getByRole('img', { name: /Netwerkgraaf van .*: 5 personen en 1 onderlinge relaties/ });
    await expect(graph).toBeVisible();
    await expect(graph).toHaveAttribute('data-nodes', 'Karim|Nadia|Samira|Tim|Youssef');
    await expect(graph).toHaveAttribute('data-edges', '6');
    await expect(graph.locator('canvas').first()).toBeVisible();
    await expect(
      page.getByText('De graaf toont 5 personen en 1 onderlinge relaties.', { exact: false }),
    ).toBeVisible();

    // The same in the table.
    const table = page.getByRole('table', { name: 'Personen in het netwerk', exact: true });
    await expect(table.getByRole('row')).toHaveCount(6);
    for (const p of PERSONS) {
      const row = table.getByRole('row', { name: new RegExp(`^${p.name}`) });
      await expect(row).toContainText(p.relation);
      await expect(row).toContainText(p.vulnerability);
      await expect(row).toContainText(p.care ? `Ja: ${p.care}` : 'Nee');
    }
    await expect(table.getByRole('row', { name: /^Karim/ })).toContainText('(oom)');
    await expect(table.getByRole('row', { name: /^Youssef/ }).getByRole('link')).toHaveText(
      `Meldingen van ${youssef}`,
    );
    const relations = page.getByRole('table', { name: 'Relaties tussen personen in het netwerk' });
    await expect(relations.getByRole('row', { name: /Samira ouder van Youssef/ })).toBeVisible();
    await expectAccessible(page, 'network with five persons');

    // Changing a person from the table (the keyboard route to what a click in the graph does).
    await table.getByRole('button', { name: 'Tim wijzigen' }).click();
    const edit = page.getByRole('form', { name: 'Tim wijzigen' });
    await expect(edit.getByLabel('Naam of omschrijving')).toBeFocused();
    await edit.getByLabel('Preventieve zorg is geregeld').check();
    await edit.getByLabel('Welke preventieve zorg, door wie').fill('Mentor op school');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(table.getByRole('row', { name: /^Tim/ })).toContainText('Ja: Mentor op school');
    await expectAccessible(page, 'network after a change');
  });
});
