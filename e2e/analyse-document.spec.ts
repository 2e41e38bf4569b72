import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, signInAsDemo, test, unique } from './fixtures';

test.describe('The analysis as a document', () => {
  test('the policy advisor writes an analysis, approves it and downloads the frozen version as CSV', async ({
    page,
  }) => {
    await signInAsDemo(page, 'beleidsmedewerker');
    // Reached from the menu: Analyse, then the way to the documents.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Analyse' }).click();
    await page.getByRole('link', { name: 'Analyses schrijven en vaststellen' }).click();
    // The analysis page's figures are still being protected on the server; the list waits behind them.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fenomeenanalyses', { timeout: 30_000 });
    await expectAccessible(page, 'analysis documents');

    await page.getByRole('link', { name: 'Nieuwe analyse' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe analyse');
    const title = unique('Fenomeenanalyse 2025');
    await page.getByLabel('Titel').fill(title);
    // A period that is no fixed period is refused, naming the field.
    await page.getByLabel('Periode').fill('2025-Q1');
    await page.getByRole('button', { name: 'Analyse aanmaken' }).click();
    await expect(page.locator('#analyse-new-period-error')).toContainText('2025-K3');
    await expectAccessible(page, 'new analysis with an error');
    await page.getByLabel('Periode').fill('2026-K2');
    await page.getByRole('button', { name: 'Analyse aanmaken' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Analyse: ${title}`);
    await expect(page.getByText('Deze analyse is nog niet vastgesteld.')).toBeVisible();
    const whole = page.getByRole('group', { name: 'Geheel' });
    await whole.getByLabel('Aard').fill('Vooral online; enkele zorgen over polarisatie op scholen.');
    await whole.getByLabel("Risico's").fill('Onrust na landelijke gebeurtenissen.');
    await page
      .getByRole('group', { name: 'Jihadisme' })
      .getByLabel('Ontwikkeling')
      .fill('Stabiel ten opzichte van vorig jaar.');
    await page.getByRole('button', { name: 'Tekst bewaren' }).click();
    await expect(page.getByText('De tekst is bewaard.')).toBeVisible();
    await expectAccessible(page, 'analysis document');

    // Approving asks first, then freezes a version.
    await page.getByRole('button', { name: 'Vaststellen', exact: true }).click();
    await expect(
      page.getByRole('heading', { name: 'Weet u zeker dat u deze analyse wilt vaststellen?' }),
    ).toBeFocused();
    await expectAccessible(page, 'approval confirmation');
    await page.getByRole('button', { name: 'Ja, vaststellen' }).click();
    await expect(page.getByRole('link', { name: 'Versie 1 is vastgesteld.' })).toBeVisible();
    const versions = page.getByRole('group', { name: 'Vastgestelde versies' });
    await expect(versions.getByRole('link', { name: 'Versie 1 openen' })).toBeVisible();

    await page.getByRole('link', { name: 'Versie 1 is vastgesteld.' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title}, versie 1`);
    await expect(page.getByText('Niet voor woordvoering: noem nooit namen')).toBeVisible();
    await expect(page.getByText('Vooral online; enkele zorgen over polarisatie op scholen.')).toBeVisible();
    await expect(page.getByText('Stabiel ten opzichte van vorig jaar.')).toBeVisible();
    // The frozen figures: every report's tables, with the mark where a cell is not shown.
    const figures = page.getByRole('region', { name: 'Cijfers' });
    await expect(figures.getByRole('table').first()).toBeVisible();
    await expect(figures.getByRole('cell', { name: '·', exact: true }).first()).toBeVisible();
    await expectAccessible(page, 'approved version');

    // The file goes to a recipient named here (the register names it); empty means the council and college.
    await page.getByLabel('Ontvanger').fill('Regionaal veiligheidsoverleg');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download als CSV (voor Excel)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^fenomeenanalyse-2026-K2-v1-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await csv.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain(
      'Niet voor woordvoering: noem nooit namen en nooit aantallen over concrete casussen.',
    );
    expect(text).toContain('rapport;tabel;coordinaten;periode;personen;aantal;eenheid;markering');
    expect(text.split('\r\n').filter((l) => l.endsWith(';·')).length).toBeGreaterThan(0);
  });
});
