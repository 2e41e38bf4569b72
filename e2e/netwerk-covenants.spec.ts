import { api, expect, expectAccessible, signInAsDemo, test } from './fixtures';
import { word } from './meldpunt-helpers';
import { heldTriageMeeting, triageSignal } from './overleggen-helpers';

/**
 * Covenants (convenanten): the covenant counts where information is shared, and the officer sees what
 * ends. The demo has covenants for Gemeente Lindeburg (src/demo/seed-netwerk-covenants.ts): the Zorg- en
 * Veiligheidshuis covenant, the PGA covenant ending within the warning period, an expired covenant with
 * the school, and none for Jongerenwerk Lindeburg.
 */
test.describe('Netwerk: covenants', () => {
  test('inviting a partner without a covenant warns, and the invitation still goes ahead', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const topic = word('convenant');
    const signal = await triageSignal(page, {
      description: `Jongerenwerker hoort stoere taal in de buurt (${topic}).`,
      person: `Sem ${topic}`,
      link: true,
    });
    const meeting = await heldTriageMeeting(page, [signal], { title: `Signaleringsoverleg ${topic}` });
    await page.goto(`/overleggen/${meeting.id}`);
    const invite = page.getByRole('region', { name: 'Ketenpartner uitnodigen voor een agendapunt' });
    await invite
      .getByLabel('Ketenpartner', { exact: true })
      .selectOption({ label: 'Jongerenwerk Lindeburg' });
    // Said at the field as soon as the partner is chosen, before anything is shared.
    await expect(invite.getByLabel('Ketenpartner', { exact: true })).toHaveAccessibleDescription(
      /Let op: er is geen geldig convenant dat het delen met Jongerenwerk Lindeburg dekt\./,
    );
    await invite
      .getByLabel('Grondslag', { exact: true })
      .selectOption({ label: 'Convenant Zorg- en Veiligheidshuis, art. ... (voorbeeldtekst)' });
    await invite.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect(
      page.getByText(`Jongerenwerk Lindeburg is uitgenodigd voor Signaal ${signal.reference}.`),
    ).toBeVisible();
    await expect(
      invite.getByRole('status').filter({
        hasText: 'Let op: er is geen geldig convenant dat het delen met Jongerenwerk Lindeburg dekt.',
      }),
    ).toBeVisible();
    await expectAccessible(page, 'an invitation without a covenant');

    // A partner with a covenant (the Zorg- en Veiligheidshuis covenant): no warning.
    await invite.getByLabel('Ketenpartner', { exact: true }).selectOption({ label: 'GGZ Veenstroom' });
    await invite
      .getByLabel('Grondslag', { exact: true })
      .selectOption({ label: 'Convenant Zorg- en Veiligheidshuis, art. ... (voorbeeldtekst)' });
    await invite.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect(
      page.getByText(`GGZ Veenstroom is uitgenodigd voor Signaal ${signal.reference}.`),
    ).toBeVisible();
    await expect(page.getByText(/er is geen geldig convenant/)).toHaveCount(0);
  });

  test('an expired covenant is shown as expired and the officer is warned on the home page', async ({
    page,
  }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const attention = page.getByRole('region', { name: 'Convenanten die aandacht vragen' });
    await expect(attention).toContainText('Convenant signalering onderwijs Lindeburg');
    await expect(attention.getByRole('listitem').filter({ hasText: 'onderwijs' })).toContainText(
      'Is afgelopen op',
    );
    await expect(
      attention.getByRole('listitem').filter({ hasText: 'persoonsgerichte aanpak' }),
    ).toContainText('Loopt af op');
    await expectAccessible(page, 'the home page with covenant warnings');

    await page.getByRole('navigation').getByRole('link', { name: 'Convenanten' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Convenanten');
    const list = page.getByRole('table', { name: 'Convenanten' });
    await expect(list.getByRole('row', { name: /Convenant signalering onderwijs Lindeburg/ })).toContainText(
      'Verlopen',
    );
    await expect(list.getByRole('row', { name: /persoonsgerichte aanpak/ })).toContainText(
      'Verloopt binnenkort',
    );
    await expect(list.getByRole('row', { name: /Zorg- en Veiligheidshuis/ })).toContainText('Geldig');
    await expectAccessible(page, 'the list of covenants');

    await list.getByRole('link', { name: 'Convenant signalering onderwijs Lindeburg' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Convenant signalering onderwijs Lindeburg',
    );
    await expect(page.getByText('Verlopen', { exact: true })).toBeVisible();
    await expect(page.getByText(/^Is afgelopen op /)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Ondertekenaars' })).toContainText('Ingrid Wolters');
    await expect(
      page.getByRole('link', { name: 'convenant-onderwijs-lindeburg-getekend.pdf' }),
    ).toBeVisible();
    await expectAccessible(page, 'an expired covenant');
  });

  test('bad input gets a message at the field in Dutch and English and keeps what was typed; a concurrent edit is a conflict', async ({
    page,
  }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await page.goto('/netwerk/convenanten/nieuw');
    const form = page.getByRole('form', { name: 'Nieuw convenant' });
    const title = `Convenant buurtwerk ${word('cv')}`;
    await form.getByLabel('Naam van het convenant').fill(title);
    await form.getByLabel('Doel').fill('Signalen uit het buurtwerk tijdig bespreken.');
    await form.getByLabel('Gemeente Lindeburg', { exact: true }).check();
    await form.getByLabel('Ingangsdatum').fill('2026-01-01');
    await form.getByLabel('Einddatum').fill('2025-06-30');
    await form.getByRole('button', { name: 'Convenant vastleggen' }).click();
    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(page.getByText('Kies ten minste twee partijen.').first()).toBeVisible();
    await expect(page.getByText('De einddatum ligt vóór de ingangsdatum.').first()).toBeVisible();
    await expect(form.getByLabel('Naam van het convenant')).toHaveValue(title);
    await expect(form.getByLabel('Gemeente Lindeburg', { exact: true })).toBeChecked();
    await expectAccessible(page, 'a refused covenant');

    await page.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('form', { name: 'New covenant' });
    await english.getByRole('button', { name: 'Record covenant' }).click();
    await expect(page.getByText('Choose at least two parties.').first()).toBeVisible();
    await expect(english.getByLabel('Name of the covenant')).toHaveValue(title);
    await page.getByRole('button', { name: 'Nederlands' }).click();

    await form.getByLabel('Jongerenwerk Lindeburg', { exact: true }).check();
    await form.getByLabel('Einddatum').fill('2027-12-31');
    await form.getByLabel('Art. 6 lid 1 sub e AVG (taak van algemeen belang)').check();
    await form.getByLabel('Signalen en zorgen').check();
    await form.getByLabel('Artikel over het delen van informatie').fill('art. 3');
    await form.getByRole('button', { name: 'Convenant vastleggen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('Concept (niet ondertekend)')).toBeVisible();
    const id = new URL(page.url()).pathname.split('/').pop() as string;

    // Someone else changes it meanwhile; the form keeps what was typed and shows the version now saved.
    const client = await api(page);
    const current = await client.get<Record<string, unknown> & { version: number }>(
      `/api/netwerk/convenanten/${id}`,
    );
    await page.getByText('Gegevens van het convenant wijzigen').click();
    const change = page.getByRole('form', { name: 'Convenant wijzigen' });
    await change.getByLabel('Doel').fill('Ons eigen doel.');
    const c = current as unknown as {
      title: string;
      purpose: string;
      article: string;
      parties: Array<{ id: string }>;
      legalBases: Array<{ id: string }>;
      dataCategories: string[];
      meetingKinds: string[];
      tasks: string[];
      startsOn: string;
      endsOn: string | null;
      evaluationOn: string | null;
      version: number;
    };
    await client.send('PUT', `/api/netwerk/convenanten/${id}`, {
      title: `${title} (gewijzigd)`,
      purpose: c.purpose,
      article: c.article,
      partyIds: c.parties.map((p) => p.id),
      legalBasisIds: c.legalBases.map((b) => b.id),
      dataCategories: c.dataCategories,
      meetingKinds: c.meetingKinds,
      tasks: c.tasks,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      evaluationOn: c.evaluationOn,
      signatories: [],
      version: c.version,
    });
    await change.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByText(`${title} (gewijzigd)`).first()).toBeVisible();
    await expect(change.getByLabel('Doel')).toHaveValue('Ons eigen doel.');
    await expectAccessible(page, 'a covenant changed meanwhile');
  });
});

test.describe('Netwerk: covenant settings', () => {
  test('the administrator chooses whether sharing without a covenant warns or is refused', async ({
    page,
  }) => {
    await signInAsDemo(page, 'functioneel_beheerder');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Convenanten' })
      .click();
    await page.getByRole('link', { name: 'Instellingen convenanten' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Instellingen convenanten');
    const form = page.getByRole('form', { name: 'Delen zonder convenant' });
    await form.getByLabel('Weigeren').check();
    await form.getByLabel('Dagen vooraf waarschuwen').fill('0');
    await form.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' })).toBeFocused();
    await expect(form.getByLabel('Weigeren')).toBeChecked();
    await expect(form.getByLabel('Dagen vooraf waarschuwen')).toHaveValue('0');
    await expectAccessible(page, 'covenant settings refused');
    // Back to the demo's setting (warn, 90 days), so the other journeys find it as it was.
    await form.getByLabel('Waarschuwen', { exact: true }).check();
    await form.getByLabel('Dagen vooraf waarschuwen').fill('90');
    await form.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();
    await expectAccessible(page, 'covenant settings saved');
  });
});
