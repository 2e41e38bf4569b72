import { expect, expectAccessible, signInAsDemo, signOut, test, unique } from './fixtures';
import { word } from './meldpunt-helpers';
import { heldTriageMeeting, organisations, signInAsNewPartner, triageSignal } from './overleggen-helpers';

test.describe('Overleggen: need to know for an invited partner', () => {
  test('a partner invited for one item sees that item only, in the screens and through the API, and adds what it knows', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const topic = word('inzage');
    const invited = await triageSignal(page, {
      description: `Leerling deelt filmpjes (${topic}).`,
      person: `Iris ${topic}`,
      link: true,
    });
    const other = await triageSignal(page, {
      description: `Buurman maakt zich zorgen (${topic}).`,
      person: `Otto ${topic}`,
      link: true,
    });
    const title = `Signaleringsoverleg ${topic}`;
    const meeting = await heldTriageMeeting(page, [invited, other], { title });
    const [invitedItem, otherItem] = meeting.items as [string, string];

    // The officer invites Jeugdzorg for the first item only, with the legal basis of that disclosure.
    await page.goto(`/overleggen/${meeting.id}`);
    const invite = page.getByRole('region', { name: 'Ketenpartner uitnodigen voor een agendapunt' });
    await invite
      .getByLabel('Agendapunt', { exact: true })
      .selectOption({ label: `Signaal ${invited.reference}` });
    await invite.getByLabel('Ketenpartner', { exact: true }).selectOption({ label: 'Jeugdzorg Veenstroom' });
    // Standing members see the whole agenda already and are not offered.
    await expect(
      invite.getByLabel('Ketenpartner', { exact: true }).getByRole('option', { name: /^Politie/ }),
    ).toHaveCount(0);
    await invite.getByRole('button', { name: 'Uitnodigen' }).click();
    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([/^Grondslag: /]);
    await expect(invite.getByLabel('Ketenpartner', { exact: true })).toHaveValue(/.+/);
    await expectAccessible(page, 'invitation without a legal basis');
    await invite
      .getByLabel('Grondslag', { exact: true })
      .selectOption({ label: 'Convenant Zorg- en Veiligheidshuis, art. ... (voorbeeldtekst)' });
    await invite.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect(
      page.getByText(`Jeugdzorg Veenstroom is uitgenodigd voor Signaal ${invited.reference}.`),
    ).toBeVisible();
    const agenda = page.getByRole('table', { name: 'Agendapunten' });
    await expect(agenda.getByRole('row', { name: new RegExp(invited.reference) })).toContainText(
      'Jeugdzorg Veenstroom',
    );
    await page.getByRole('button', { name: 'Agenda publiceren' }).click();
    await expect(page.getByText(/De agenda is gepubliceerd\. \d+ deelnemer/)).toBeVisible();
    await signOut(page);

    // The administrator sets up a user of Jeugdzorg, who signs in with a local account.
    await signInAsDemo(page, 'functioneel_beheerder');
    const orgs = await organisations(page);
    const name = unique('Noor Vermeulen');
    await signInAsNewPartner(page, { displayName: name, organisationId: orgs.jeugdzorg });

    // In the screens: the meeting, with only the item Jeugdzorg is invited for.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Overleggen' })
      .click();
    const row = page.getByRole('row', { name: new RegExp(title) });
    await expect(row).toContainText('1 agendapunt voor uw organisatie');
    await expectAccessible(page, 'meetings of an invited partner');
    await row.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(
      page.getByText('Uw organisatie is voor een of meer agendapunten uitgenodigd.'),
    ).toBeVisible();
    await expect(agenda.getByRole('row')).toHaveCount(2);
    await expect(agenda).toContainText(`Signaal ${invited.reference}`);
    const main = page.getByRole('main');
    await expect(main).not.toContainText(other.reference);
    await expect(main).not.toContainText(other.person);
    await expect(page.getByRole('region', { name: 'Op de agenda zetten' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Agenda publiceren' })).toHaveCount(0);
    await expectAccessible(page, 'meeting page of an invited partner');

    // What the partner knows, with its legal basis.
    await agenda.getByRole('link', { name: `Signaal ${invited.reference}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Signaal ${invited.reference}`);
    await expect(page.getByRole('region', { name: 'Gegevens', exact: true })).toContainText(invited.person);
    await expect(page.getByRole('region', { name: /^Besluit/ })).toContainText('Er is nog geen besluit.');
    const contributions = page.getByRole('region', { name: 'Bijdragen: wat weet elke organisatie?' });
    await contributions
      .getByLabel('Wat weet uw organisatie?')
      .fill('Het gezin krijgt sinds maart begeleiding.');
    await contributions
      .getByLabel('Grondslag')
      .selectOption({ label: 'Toestemming van betrokkene (voorbeeldtekst)' });
    await contributions.getByRole('button', { name: 'Bijdrage toevoegen' }).click();
    await expect(page.getByText('De bijdrage is toegevoegd.')).toBeVisible();
    const own = contributions.getByRole('article', { name: 'Jeugdzorg Veenstroom' });
    await expect(own).toContainText('Het gezin krijgt sinds maart begeleiding.');
    await expect(own).toContainText('Grondslag: Toestemming van betrokkene (voorbeeldtekst)');
    await expect(own).toContainText(`Door ${name}`);
    await expectAccessible(page, 'agenda item of an invited partner');

    // Its own contribution it may correct.
    await own.getByRole('button', { name: 'Bijdrage van Jeugdzorg Veenstroom corrigeren' }).click();
    await own.getByLabel('Wat weet uw organisatie?').fill('Het gezin krijgt sinds februari begeleiding.');
    await own.getByRole('button', { name: 'Correctie opslaan' }).click();
    await expect(page.getByText('De bijdrage is gecorrigeerd.')).toBeVisible();
    await expect(own).toContainText('Het gezin krijgt sinds februari begeleiding.');

    // Through the API with the partner's own session: the other item does not exist for it.
    const hidden = await page.request.get(`/api/agendapunten/${otherItem}`);
    expect(hidden.status()).toBe(404);
    expect(((await hidden.json()) as { message: { nl: string } }).message.nl).toBe(
      'Dit onderdeel bestaat niet (meer).',
    );
    expect((await page.request.get(`/api/agendapunten/${invitedItem}`)).status()).toBe(200);
    const seen = (await (await page.request.get(`/api/overleggen/${meeting.id}`)).json()) as {
      items: Array<{ id: string }>;
      minutes: { generalText: string | null };
    };
    expect(seen.items.map((i) => i.id)).toEqual([invitedItem]);
    expect(JSON.stringify(seen)).not.toContain(other.person);
    expect((await page.request.get(`/api/overleggen/${meeting.id}/kandidaten`)).status()).toBe(403);
  });

  test('the administrator sets how long an invited partner keeps seeing its item', async ({ page }) => {
    await signInAsDemo(page, 'functioneel_beheerder');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: /^Overleg-instellingen/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overleg-instellingen');
    const days = page.getByLabel('Aantal dagen na het vaststellen van de notulen');
    await expect(days).toHaveValue('14');
    await expectAccessible(page, 'meeting settings');
    await days.fill('400');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' })).toBeFocused();
    await expect(days).toHaveAttribute('aria-invalid', 'true');
    await expect(days).toHaveValue('400');
    await expectAccessible(page, 'meeting settings with an error');
    await days.fill('21');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();
    // Back to the default, for the other journeys.
    await days.fill('14');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();
  });
});
