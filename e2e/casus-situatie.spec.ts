import { openedCase } from './casus-helpers';
import { api, expect, expectAccessible, signInAsDemo, test } from './fixtures';
import { amsterdamDay } from './overleggen-helpers';

const pad = (n: number) => String(n).padStart(2, '0');
const longDay = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });

/** The first day of the month a number of months before today (Amsterdam), as yyyy-mm-dd. */
function firstOfMonthAgo(months: number): string {
  const [y, m] = amsterdamDay(0).split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) - months;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-01`;
}

function plusMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-${pad(d)}`;
}

const dutch = (day: string) => longDay.format(new Date(`${day}T00:00:00Z`));

test.describe('Casussen: situation and checklists', () => {
  test('the officer records that the person departed; the checklist has the BRP deregistration due three months later', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const c = await openedCase(page);
    await page.goto(`/casussen/${c.id}/checklists`);
    await expect(page.getByText('Er zijn nog geen checklists.', { exact: false })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Onderdelen van de casus' })
      .getByRole('link', { name: 'Overzicht' })
      .click();

    // The situation is changed on its own page, reached by the row's "Wijzigen" link; its heading takes focus.
    await page
      .getByRole('region', { name: 'Stand van de casus' })
      .getByRole('link', { name: 'Wijzigen situatie' })
      .click();
    await expect(page).toHaveURL(/\?wijzigen=situatie$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Situatie wijzigen' })).toBeFocused();

    // Departed without its date: refused by field, the choice and reason stay.
    const situation = page.getByRole('form', { name: 'Situatie wijzigen' });
    await expect(situation.getByLabel('Nieuwe situatie').getByRole('option')).toHaveText([
      'Kies…',
      'Potentiële uitreiziger',
      'Uitgereisd',
      'Gedetineerd',
      'Overleden',
    ]);
    await situation.getByLabel('Nieuwe situatie').selectOption({ label: 'Uitgereisd' });
    await situation
      .getByLabel('Reden van het besluit')
      .fill('Familie meldt dat hij via Istanbul naar Syrië is gereisd; bevestigd door de politie.');
    await situation.getByRole('button', { name: 'Situatie wijzigen' }).click();
    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Datum waarop het gebeurde');
    await expect(situation.getByLabel('Reden van het besluit')).toHaveValue(/via Istanbul/);
    await expectAccessible(page, 'situation change without its date');

    const departed = firstOfMonthAgo(4);
    await situation.getByLabel('Datum waarop het gebeurde').fill(departed);
    await situation.getByRole('button', { name: 'Situatie wijzigen' }).click();
    await expect(page.getByText('De situatie is nu: Uitgereisd.')).toBeVisible();
    await expect(page).not.toHaveURL(/wijzigen=/);
    await expect(page.getByRole('region', { name: 'Gegevens van de casus' })).toContainText('Uitgereisd');
    await expect(page.getByRole('region', { name: 'Stand van de casus' })).toContainText('Datum van uitreis');
    await expect(page.getByRole('region', { name: 'Tijdlijn' })).toContainText(
      'Situatie gewijzigd van Zorgelijk naar Uitgereisd',
    );
    await page.getByRole('link', { name: /Er is een checklist voor deze situatie aangemaakt/ }).click();

    // The checklist of the factsheet as a task list: the BRP item runs three months from the departure,
    // and is overdue; the list says how far it is.
    const list = page.getByRole('region', { name: 'Uitgereisd', exact: false }).first();
    await expect(list).toBeVisible();
    await expect(list).toContainText(/0 van \d+ gedaan\./);
    const brpRow = list.getByRole('listitem').filter({ hasText: /uitgeschreven uit de BRP/ });
    await expect(brpRow).toContainText(dutch(plusMonths(departed, 3)));
    await expect(brpRow).toContainText('Te laat');
    await expectAccessible(page, 'checklist uitgereisd');

    // Each item is changed on its own page. Not applicable needs a note; someone else's change meanwhile is
    // shown, the note stays.
    await brpRow.getByRole('link').click();
    await expect(page).toHaveURL(/checklists\?punt=/);
    const brp = page.getByRole('article', { name: /uitgeschreven uit de BRP/ });
    await expect(brp.getByRole('heading', { level: 3 })).toBeFocused();
    const form = brp.getByRole('form');
    await form.getByRole('radio', { name: 'Niet van toepassing' }).check();
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form.getByLabel('Toelichting')).toHaveAttribute('aria-invalid', 'true');
    const client = await api(page);
    const lists = await client.get<Array<{ items: Array<{ id: string; code: string; version: number }> }>>(
      `/api/casussen/${c.id}/checklists`,
    );
    const item = lists[0]?.items.find((i) => i.code === 'uitschrijving_brp');
    if (!item) throw new Error('no BRP item');
    await client.send('PATCH', `/api/casussen/${c.id}/checklistpunten/${item.id}`, {
      version: item.version,
      status: 'gedaan',
      note: 'Uitgeschreven per de datum van vertrek.',
    });
    await form.getByLabel('Toelichting').fill('Gezin woont nog op het adres.');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const other = brp.getByRole('region', { name: 'De versie die nu is opgeslagen' });
    await expect(other).toContainText('Gedaan');
    await expect(other).toContainText('Uitgeschreven per de datum van vertrek.');
    await expect(form.getByLabel('Toelichting')).toHaveValue('Gezin woont nog op het adres.');
    await expectAccessible(page, 'checklist item in conflict');

    // Leaving with the change unsaved asks first: staying keeps what was typed, leaving lets it go.
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await brp.getByRole('link', { name: 'Terug naar de checklists' }).click();
    await expect(form.getByLabel('Toelichting')).toHaveValue('Gezin woont nog op het adres.');
    expect(asked).toEqual([expect.stringContaining('niet opgeslagen')]);
    page.once('dialog', (d) => void d.accept());
    await brp.getByRole('link', { name: 'Terug naar de checklists' }).click();
    await expect(list).toBeVisible();
    await expect(brpRow).toContainText('Gedaan');

    // Another item marked done: back on the list with a confirmation, no longer overdue; who and when are on
    // the item's page.
    const missingRow = list.getByRole('listitem').filter({ hasText: /aangifte gedaan van vermissing/ });
    await missingRow.getByRole('link').click();
    const missing = page.getByRole('article', { name: /aangifte gedaan van vermissing/ });
    await missing.getByRole('radio', { name: 'Gedaan' }).check();
    await missing.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText(/Het checklistpunt ".*vermissing.*" is opgeslagen\./)).toBeVisible();
    await expect(missingRow).toContainText('Gedaan');
    await expect(missingRow).not.toContainText('Te laat');
    await expect(list).toContainText(/2 van \d+ gedaan\./);
    await missingRow.getByRole('link').click();
    await expect(page.getByRole('article', { name: /aangifte gedaan van vermissing/ })).toContainText(
      'door Ahmed El Idrissi op',
    );
  });
});
