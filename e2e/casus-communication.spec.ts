import { openCasePart, openedCase } from './casus-helpers';
import { api, expect, expectAccessible, signInAsDemo, signOut, test, unique } from './fixtures';

test.describe('Casussen: family support, communication, summary and handover', () => {
  test('the officer records family support, a council briefing after the identifier warning, downloads a summary and hands the case over', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // Oosterveen needs an aandachtsfunctionaris to receive the case: its administrator adds one.
    await page.goto('/inloggen');
    await page.getByRole('button', { name: /^Inloggen als Eva Mulder \(/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Eva Mulder');
    const admin = await api(page);
    const orgs = await admin.get<Array<{ id: string; name: string }>>('/api/organisations');
    const oosterveen = orgs.find((o) => o.name === 'Gemeente Oosterveen')?.id;
    const receiver = unique('Merel Oosterveen');
    await admin.send('POST', '/api/users', {
      displayName: receiver,
      organisationId: oosterveen,
      role: 'aandachtsfunctionaris',
    });
    await signOut(page);
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const c = await openedCase(page);
    const tab = (name: string) => openCasePart(page, name);
    await page.goto(`/casussen/${c.id}`);

    // Family support: a contact with a follow-up.
    await tab('Familie');
    await expect(page.getByText('Er zijn nog geen contacten met de familie vastgelegd.')).toBeVisible();
    const contact = page.getByRole('form', { name: 'Contact vastleggen' });
    await contact.getByLabel('Soort').selectOption({ label: 'Praktisch' });
    await contact.getByLabel('Met wie').fill('Moeder');
    await contact.getByLabel('Samenvatting').fill('Vragen over de zorgverzekering.');
    await contact.getByLabel('Vervolg', { exact: false }).first().fill('Informatie nasturen');
    await contact.getByRole('button', { name: 'Contact vastleggen' }).click();
    await expect(page.getByText('Het contact is vastgelegd.')).toBeVisible();
    const contacts = page.getByRole('table', { name: 'Contacten met de familie, nieuwste eerst' });
    await expect(contacts).toContainText('Vragen over de zorgverzekering.');
    await expectAccessible(page, 'family support');

    // Communication: the line for spokespeople, and a council briefing that names the person.
    await tab('Communicatie');
    const line = page.getByRole('form', { name: 'Woordvoeringslijn' });
    await line.getByLabel('Woordvoering door').selectOption({ label: 'Gemeente' });
    await line.getByLabel('Afgesproken lijn').fill('Geen uitspraken over personen of aantallen.');
    await line.getByRole('button', { name: 'Woordvoeringslijn opslaan' }).click();
    await expect(page.getByText('De woordvoeringslijn is opgeslagen.')).toBeVisible();
    const briefing = page.getByRole('form', { name: 'Raadsinformatie opslaan' });
    const surname = c.person.split(' ').at(-1) as string;
    await briefing
      .getByLabel('Gebruikte geanonimiseerde tekst')
      .fill(`Een jongere (${surname}) is in beeld.`);
    await briefing.getByRole('button', { name: 'Raadsinformatie opslaan' }).click();
    await expect(
      page.getByText('De tekst bevat gegevens die de persoon herkenbaar kunnen maken'),
    ).toBeVisible();
    await expect(briefing.getByText(`“${surname}”: naam van de persoon`)).toBeVisible();
    await expectAccessible(page, 'identifier warning');
    await briefing.getByLabel('Ik heb de waarschuwing gelezen en wil de tekst toch opslaan').check();
    await briefing.getByRole('button', { name: 'Toch opslaan' }).click();
    await expect(page.getByText('De raadsinformatie is vastgelegd.')).toBeVisible();
    const log = page.getByRole('table', { name: 'Besloten raadsinformatie, nieuwste eerst' });
    await expect(log).toContainText(`Een jongere (${surname}) is in beeld.`);
    await expect(log).toContainText('naam');
    await expectAccessible(page, 'communication');

    // Summary: a link per recipient; a partner's needs the legal basis first.
    await tab('Samenvatting voor overleg (pdf)');
    const own = page.getByRole('link', { name: 'Samenvatting voor Gemeente Lindeburg downloaden (PDF)' });
    await expect(own).toHaveAttribute(
      'href',
      new RegExp(`/api/casussen/${c.id}/samenvatting.pdf\\?organisationId=`),
    );
    const response = await page.request.get((await own.getAttribute('href')) as string);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    await expectAccessible(page, 'summary');

    // Handover to Oosterveen: afterwards only the fact remains here.
    await tab('Overdracht');
    const form = page.getByRole('form', { name: 'Overdracht aan een andere gemeente' });
    await form.getByRole('button', { name: 'Casus overdragen' }).click();
    await expect(page.getByRole('link', { name: /Bevestig dat u begrijpt/ })).toBeVisible();
    await form.getByLabel('Ontvangende gemeente').selectOption({ label: 'Gemeente Oosterveen' });
    await form.getByLabel('Nieuwe regisseur (aandachtsfunctionaris)').selectOption({ label: receiver });
    await form.getByLabel('Grondslag van de verstrekking').selectOption({ index: 1 });
    await form.getByLabel('Reden van de overdracht').fill('Verhuisd naar Oosterveen.');
    await form
      .getByLabel('Ik begrijp dat deze gemeente na de overdracht geen toegang meer heeft tot de casus')
      .check();
    await expectAccessible(page, 'handover form');
    await form.getByRole('button', { name: 'Casus overdragen' }).click();
    await expect(page.getByText(/De casus is overgedragen aan Gemeente Oosterveen/)).toBeVisible();
    await page.getByRole('link', { name: 'Overgedragen casussen' }).click();
    const handed = page.getByRole('table', { name: 'Casussen die deze gemeente heeft overgedragen' });
    await expect(handed.getByRole('row', { name: new RegExp(c.reference) })).toContainText(
      'Gemeente Oosterveen',
    );
    await expect(handed).not.toContainText(c.person);
    await expectAccessible(page, 'handed over');
    await page.goto(`/casussen/${c.id}`);
    await expect(page.getByText('Dit onderdeel bestaat niet (meer).')).toBeVisible();
  });
});
