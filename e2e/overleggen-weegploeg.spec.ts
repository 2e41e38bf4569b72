import { api, expect, expectAccessible, signInAsDemo, signOut, test } from './fixtures';
import { word } from './meldpunt-helpers';
import { amsterdamDay, decideByApi, heldTriageMeeting, ownUserId, triageSignal } from './overleggen-helpers';

test.describe('Overleggen: the weegploeg and the case it opens', () => {
  test('the mayor records a yes of the weegploeg with criteria, deciders and reasons; a case is opened and goes on the agenda of a casusoverleg', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // A signal decided (a) in an earlier triage meeting, about a person the meldpunt linked.
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const topic = word('weging');
    const person = `Yara ${topic}`;
    const signal = await triageSignal(page, {
      description: `Deelt online oproepen tot geweld (${topic}).`,
      person,
      link: true,
    });
    const triage = await heldTriageMeeting(page, [signal]);
    await decideByApi(page, triage.items[0] as string, {
      outcome: 'zorgen_radicalisering',
      motivation: 'Meerdere signalen die elkaar versterken.',
    });

    // The officer plans the weegploeg with the mayor as chair and puts the signal on its agenda.
    await page.goto('/overleggen/nieuw');
    await page.getByRole('radio', { name: 'Weegploeg' }).check();
    await page.getByLabel('Datum', { exact: true }).fill(amsterdamDay(1));
    await page.getByLabel('Begintijd').fill('14:00');
    await page.getByLabel('Eindtijd').fill('15:00');
    await page.getByLabel('Titel').fill(`Weegploeg ${topic}`);
    await page.getByLabel('Plaats').fill('Stadhuis Lindeburg, kamer van de burgemeester');
    await page.getByLabel('Voorzitter').selectOption({ label: 'Johan van Dijk' });
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    await page.getByRole('link', { name: 'Naar het overleg' }).click();
    await expect(page.getByRole('region', { name: 'Gegevens', exact: true })).toContainText('Johan van Dijk');

    // The details change under the version last read; an end before the start is refused by name.
    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    const edit = page.getByRole('form', { name: 'Gegevens van het overleg wijzigen' });
    await edit.getByLabel('Eindtijd').fill('13:00');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' })).toBeFocused();
    await expect(edit.getByLabel('Eindtijd')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'meeting details with an error');
    await edit.getByLabel('Eindtijd').fill('15:30');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Gegevens', exact: true })).toContainText(
      'om 14:00 tot 15:30',
    );
    const candidates = page.getByRole('region', { name: 'Op de agenda zetten' });
    await expect(candidates).toContainText('(a) zorgen over radicalisering');
    await candidates.getByRole('button', { name: `${signal.reference} op de agenda zetten` }).click();
    await expect(page.getByText(`${signal.reference} staat op de agenda.`)).toBeVisible();
    await page.getByRole('button', { name: 'Agenda publiceren' }).click();
    await expect(page.getByText(/De agenda is gepubliceerd\. \d+ deelnemer/)).toBeVisible();
    await expectAccessible(page, 'weegploeg with its agenda');
    await signOut(page);

    // The mayor chairs: opens the item from the list of meetings and records the decision.
    await signInAsDemo(page, 'burgemeester');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Overleggen' })
      .click();
    const row = page.getByRole('row', { name: new RegExp(`Weegploeg ${topic}`) });
    await expect(row).toContainText('Agenda gepubliceerd');
    await row.getByRole('link').click();
    await page
      .getByRole('table', { name: 'Agendapunten' })
      .getByRole('link', { name: `Signaal ${signal.reference}` })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Signaal ${signal.reference}`);
    await expect(page.getByRole('region', { name: 'Gegevens', exact: true })).toContainText(person);
    const decision = page.getByRole('region', { name: 'Besluit van de weegploeg' });
    await decision.getByRole('radio', { name: 'Ja, opnemen in de persoonsgerichte aanpak' }).check();
    await decision.getByRole('checkbox', { name: 'Politie' }).check();
    await expect(decision.getByLabel('Organisatie (Politie)')).toHaveValue(/.+/);
    await decision.getByRole('checkbox', { name: 'Openbaar Ministerie' }).check();
    await decision.getByRole('checkbox', { name: 'Burgemeester' }).check();
    await decision.getByLabel('Naam van wie besloot (Burgemeester)').fill('J. van Dijk');
    // Seed 002: the yes names the one regisseur of the case.
    await decision.getByLabel('Regisseur').selectOption({ label: 'Ahmed El Idrissi' });
    await decision
      .getByLabel('Redenen')
      .fill('Politie, OM en burgemeester zien voldoende grond voor een aanpak.');
    await expectAccessible(page, 'weegploeg decision form');

    // Without the criteria weighed the chair is not asked to confirm: the form names what is missing, and
    // the rest stays as entered.
    await decision.getByRole('button', { name: 'Besluit vaststellen' }).click();
    await expect(page.getByRole('button', { name: 'Ja, besluit vaststellen' })).toHaveCount(0);
    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Gewogen criteria: Noem de criteria die zijn gewogen.',
    ]);
    await summary.getByRole('link').click();
    const criteria = decision.getByLabel('Gewogen criteria');
    await expect(criteria).toBeFocused();
    await expect(decision.getByLabel('Naam van wie besloot (Burgemeester)')).toHaveValue('J. van Dijk');
    await expectAccessible(page, 'weegploeg decision with an error');
    await criteria.fill('Ernst en concreetheid van de zorgen\nBereidheid tot geweld of steun daarvoor');
    await decision.getByRole('button', { name: 'Besluit vaststellen' }).click();
    await expect(
      page.getByText('De persoon wordt opgenomen in de persoonsgerichte aanpak: er wordt een casus geopend'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Ja, besluit vaststellen' }).click();
    await expect(decision.getByText('Het besluit is vastgesteld.')).toBeVisible();
    await expect(decision).toContainText(
      `Er is een casus geopend voor ${person}: opgenomen in de persoonsgerichte aanpak.`,
    );
    await expect(decision).toContainText('Bereidheid tot geweld of steun daarvoor');
    await expect(decision).toContainText('Burgemeester: Gemeente Lindeburg, J. van Dijk');
    await expect(decision).toContainText('Johan van Dijk');
    await expect(page.getByRole('main')).not.toContainText(/score|risico|voorspel|\d+ ?%/i);
    await expectAccessible(page, 'recorded weegploeg decision');
    await signOut(page);

    // The signal is handed over; the case, with its reference, can go on the agenda of a casusoverleg.
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page.goto(`/meldingen/${signal.id}`);
    await expect(page.getByRole('region', { name: 'Status en volgende stap' })).toContainText('Afgesloten');
    const overview = page.getByRole('region', { name: 'Overzicht' });
    await expect(overview).toContainText('Overgedragen aan weging of casusoverleg');
    const client = await api(page);
    const casusoverleg = await client.send<{ id: string }>('POST', '/api/overleggen', {
      type: 'casusoverleg',
      startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      chairUserId: await ownUserId(page),
      location: 'Zorg- en Veiligheidshuis Veenstroom',
    });
    await page.goto(`/overleggen/${casusoverleg.id}`);
    const cases = page.getByRole('table', { name: 'Signalen en casussen die op de agenda kunnen' });
    const caseRow = cases.getByRole('row', { name: new RegExp(person) });
    await expect(caseRow).toContainText(/C-\d{4}-\d{4}/);
    await expect(caseRow).toContainText('Persoonsgerichte aanpak');
    const reference = ((await caseRow.getByRole('cell').first().textContent()) ?? '').trim();
    await caseRow.getByRole('button', { name: `${reference} op de agenda zetten` }).click();
    await expect(
      page.getByRole('table', { name: 'Agendapunten' }).getByRole('link', { name: `Casus ${reference}` }),
    ).toBeVisible();
    await expectAccessible(page, 'casusoverleg with the new case');

    // The case has the regisseur the weegploeg named.
    const opened = (
      await client.get<{ items: Array<{ reference: string; regisseur: { name: string } | null }> }>(
        '/api/casussen?sort=geopend_nieuw&limit=100',
      )
    ).items.find((c) => c.reference === reference);
    expect(opened?.regisseur?.name).toBe('Ahmed El Idrissi');
  });
});
