import { api, expect, expectAccessible, signInAsDemo, signOut, test } from './fixtures';
import { word } from './meldpunt-helpers';
import { amsterdamDay, amsterdamMoment, heldTriageMeeting, triageSignal } from './overleggen-helpers';

test.describe('Overleggen: the signaleringsoverleg', () => {
  test('the officer plans a triage meeting, puts four signals on the agenda, publishes it and records outcomes (a) to (d); the meldpunt shows the new statuses and the police see their action', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const topic = word('triage');
    const names = ['Aart', 'Bas', 'Cor', 'Dirk'].map((n) => `${n} ${topic}`);
    const signals = [];
    for (const [i, person] of names.entries()) {
      signals.push(
        await triageSignal(page, {
          description: `Signaal ${i + 1} over ${topic}: uitspraken online.`,
          person,
          // The first is linked to a known person: the agenda names linked persons only.
          link: i === 0,
        }),
      );
    }
    const [a, b, c, d] = signals as [
      (typeof signals)[number],
      (typeof signals)[number],
      (typeof signals)[number],
      (typeof signals)[number],
    ];

    // Plan the meeting through the screens: it began an hour ago, so its minutes can be approved today.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Overleggen' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overleggen');
    await expectAccessible(page, 'meetings list');
    await page.getByRole('link', { name: 'Nieuw overleg' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw overleg');
    await expectAccessible(page, 'new meeting form');

    // Without kind and date the server names both fields and says what to do; what was typed stays.
    const title = `Signaleringsoverleg ${topic}`;
    await page.getByLabel('Titel').fill(title);
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Soort overleg: Kies de soort overleg.',
      'Datum: Vul de datum en de begintijd van het overleg in.',
    ]);
    await expect(page.getByLabel('Titel')).toHaveValue(title);
    await expectAccessible(page, 'new meeting form with errors');

    // A link that is not https is refused next to the field.
    const start = amsterdamMoment(-60);
    await page.getByRole('radio', { name: 'Signaleringsoverleg' }).check();
    await page.getByLabel('Datum', { exact: true }).fill(start.day);
    await page.getByLabel('Begintijd').fill(start.time);
    const link = page.getByRole('textbox', { name: 'Link voor online deelname' });
    await link.fill('http://vergaderen.example/triage');
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    await expect(summary.getByRole('link')).toHaveText([
      'Link voor online deelname: Vul een webadres in dat begint met https://.',
    ]);
    await expect(link).toHaveAttribute('aria-invalid', 'true');
    await link.fill('');
    await page.getByLabel('Plaats').fill('Stadhuis Lindeburg, kamer 2.14');
    await expect(page.getByLabel('Voorzitter')).toHaveValue(/.+/);
    await expect(page.getByRole('checkbox', { name: 'Politie eenheid Veenstroom, team CTER' })).toBeChecked();
    await page
      .getByLabel('Grondslag voor het delen van informatie in dit overleg')
      .selectOption({ label: 'Convenant Zorg- en Veiligheidshuis, art. ... (voorbeeldtekst)' });
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    await expect(page.getByRole('heading', { name: 'Het overleg is gepland.' })).toBeFocused();
    await page.getByRole('link', { name: 'Naar het overleg' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    const overview = page.getByRole('region', { name: 'Gegevens', exact: true });
    await expect(overview).toContainText('In voorbereiding');
    await expect(overview).toContainText('Ahmed El Idrissi');
    await expectAccessible(page, 'meeting page, being prepared');

    // The four signals from the candidates.
    const candidates = page.getByRole('region', { name: 'Op de agenda zetten' });
    for (const s of signals) {
      await candidates.getByRole('button', { name: `${s.reference} op de agenda zetten` }).click();
      await expect(page.getByText(`${s.reference} staat op de agenda.`)).toBeVisible();
    }
    const agenda = page.getByRole('table', { name: 'Agendapunten' });
    await expect(agenda.getByRole('row')).toHaveCount(5);
    await expect(agenda.getByRole('row', { name: new RegExp(a.reference) })).toContainText(
      `Betrokkene(n): ${a.person}`,
    );
    await expect(agenda.getByRole('row', { name: new RegExp(a.reference) })).toContainText('Geagendeerd');

    await page.getByRole('button', { name: 'Agenda publiceren' }).click();
    await expect(
      page.getByText(
        /De agenda is gepubliceerd\. \d+ deelnemers? (kreeg|kregen) een bericht zonder inhoud\./,
      ),
    ).toBeVisible();
    await expect(overview).toContainText('Agenda gepubliceerd');
    await expectAccessible(page, 'meeting page with a published agenda');
    const meetingUrl = page.url();

    // (b) first with nothing chosen, then without the fields it needs: the form is checked before the chair
    // is asked to confirm, and names each missing field with what to do; no "Weet u zeker…" yet.
    await agenda.getByRole('link', { name: `Signaal ${b.reference}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Signaal ${b.reference}`);
    await expectAccessible(page, 'agenda item with the triage decision form');
    const decision = page.getByRole('region', { name: 'Besluit van het signaleringsoverleg' });
    const outcomes = decision.getByRole('group', { name: 'Uitkomst' });
    const confirmTitle = page.getByRole('heading', {
      name: 'Weet u zeker dat u dit besluit wilt vaststellen?',
    });
    await expect(outcomes.getByRole('radio')).toHaveCount(4);
    await decision.getByRole('button', { name: 'Besluit vaststellen' }).click();
    const refused = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(refused).toBeFocused();
    await expect(refused.getByRole('link')).toHaveText([
      'Uitkomst: Kies de uitkomst van de bespreking.',
      'Motivering: Leg vast waarom zo is besloten.',
    ]);
    await expect(confirmTitle).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ja, besluit vaststellen' })).toHaveCount(0);
    await expectAccessible(page, 'decision form checked before confirming');
    // The summary's link goes to the first choice of the outcome.
    await refused.getByRole('link', { name: /^Uitkomst: / }).click();
    await expect(outcomes.getByRole('radio').first()).toBeFocused();
    await outcomes
      .getByRole('radio', { name: /^\(b\) Zorgen, maar niet in het kader van radicalisering/ })
      .check();
    await expect(decision.getByLabel('Doorverwezen naar')).toBeVisible();
    await expect(decision.getByLabel('Van wie is meer informatie nodig?')).toHaveCount(0);
    await decision.getByRole('button', { name: 'Besluit vaststellen' }).click();
    await expect(refused).toBeFocused();
    await expect(refused.getByRole('link')).toHaveText([
      'Motivering: Leg vast waarom zo is besloten.',
      'Doorverwezen naar: Vul in naar wie wordt doorverwezen.',
    ]);
    await expect(confirmTitle).toHaveCount(0);
    await expect(outcomes.getByRole('radio', { name: /^\(b\)/ })).toBeChecked();
    await expectAccessible(page, 'decision form with errors');
    await decision.getByLabel('Doorverwezen naar').fill('Sociaal wijkteam Lindeburg');
    await decision
      .getByLabel('Motivering')
      .fill('Zorgen over de thuissituatie; geen aanwijzingen voor radicalisering.');
    await decision.getByRole('button', { name: 'Concept opslaan' }).click();
    await expect(page.getByText('Het concept is opgeslagen.')).toBeVisible();
    // Complete: now the chair is asked, told what recording does, and records.
    await decision.getByRole('button', { name: 'Besluit vaststellen' }).click();
    await expect(confirmTitle).toBeFocused();
    await expect(refused).toHaveCount(0);
    await expect(
      page.getByText('Het signaal wordt besloten en afgesloten als doorverwezen naar zorg'),
    ).toBeVisible();
    await expectAccessible(page, 'decision confirmation');
    await page.getByRole('button', { name: 'Ja, besluit vaststellen' }).click();
    await expect(decision.getByText('Het besluit is vastgesteld.')).toBeVisible();
    await expect(decision).toContainText(`Het signaal ${b.reference} heeft nu de status: Afgesloten.`);
    await expect(decision).toContainText('Sociaal wijkteam Lindeburg');
    await expectAccessible(page, 'recorded triage decision');

    // An action for the police on this item.
    const actions = page.getByRole('region', { name: 'Acties', exact: true });
    const actionText = `Wijkagent bezoekt het gezin (${topic})`;
    await actions.getByLabel('Wat moet er gebeuren?').fill(actionText);
    await actions.getByRole('radio', { name: 'organisatie' }).check();
    await actions
      .getByLabel('Organisatie', { exact: true })
      .selectOption({ label: 'Politie eenheid Veenstroom, team CTER' });
    await actions.getByLabel('Uiterlijk op').fill(amsterdamDay(7));
    await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(page.getByText('De actie is toegevoegd.')).toBeVisible();
    await expect(actions.getByRole('row', { name: new RegExp(topic) })).toContainText(
      'Politie eenheid Veenstroom',
    );

    // (a), (c) and (d) from their own item pages.
    const decide = async (
      reference: string,
      outcome: RegExp,
      fill: (region: typeof decision) => Promise<void>,
      status: string,
    ) => {
      await page.goto(meetingUrl);
      await agenda.getByRole('link', { name: `Signaal ${reference}` }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Signaal ${reference}`);
      await outcomes.getByRole('radio', { name: outcome }).check();
      await fill(decision);
      await decision.getByRole('button', { name: 'Besluit vaststellen' }).click();
      await page.getByRole('button', { name: 'Ja, besluit vaststellen' }).click();
      await expect(decision).toContainText(`Het signaal ${reference} heeft nu de status: ${status}.`);
    };
    await decide(
      a.reference,
      /^\(a\) Zorgen over radicalisering/,
      (r) =>
        r.getByLabel('Motivering').fill('De signalen versterken elkaar; politie en OM herkennen het beeld.'),
      'Besloten',
    );
    await decide(
      c.reference,
      /^\(c\) Geen zorgen/,
      (r) => r.getByLabel('Motivering').fill('De uitspraken horen bij een schoolopdracht.'),
      'Afgesloten',
    );
    await decide(
      d.reference,
      /^\(d\) Meer informatie nodig/,
      async (r) => {
        await r.getByLabel('Van wie is meer informatie nodig?').fill('Leerplicht');
        await r.getByLabel('Uiterlijk op').fill(amsterdamDay(14));
        await r.getByLabel('Motivering').fill('Het beeld is nog onvolledig.');
      },
      'Meer informatie nodig',
    );
    await expectAccessible(page, 'recorded decision (d)');

    // The minutes: the general part, then approved by the chair.
    await page.goto(meetingUrl);
    await expect(agenda.getByRole('row', { name: new RegExp(d.reference) })).toContainText(
      'Vastgesteld: (d) Meer informatie nodig',
    );
    const minutes = page.getByRole('region', { name: 'Notulen' });
    await minutes.getByLabel('Algemeen deel van de notulen').fill('Opening en mededelingen.');
    await minutes.getByRole('button', { name: 'Notulen opslaan' }).click();
    await expect(page.getByText('De notulen zijn opgeslagen.')).toBeVisible();
    await minutes.getByRole('button', { name: 'Notulen vaststellen' }).click();
    await page.getByRole('button', { name: 'Ja, notulen vaststellen' }).click();
    await expect(page.getByText('De notulen zijn vastgesteld. Het overleg is afgerond.')).toBeVisible();
    await expect(overview).toContainText('Afgerond');
    await expect(page.getByRole('button', { name: 'Agenda opnieuw publiceren' })).toHaveCount(0);
    await expectAccessible(page, 'completed meeting');

    // The meldpunt's worklist shows what the decisions did to the signals.
    // It opens on the open signals; with "Afgesloten" ticked too it shows every status.
    await page.goto(`/meldingen?q=${topic}`);
    await expect(page.getByText('2 meldingen getoond.')).toBeVisible();
    await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Afgesloten' }).check();
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page.getByText('4 meldingen getoond.')).toBeVisible();
    const row = (s: { reference: string }) => page.getByRole('row', { name: new RegExp(s.reference) });
    await expect(row(a)).toContainText('Besloten');
    await expect(row(b)).toContainText('Afgesloten');
    await expect(row(c)).toContainText('Afgesloten');
    await expect(row(d)).toContainText('Meer informatie nodig');
    await row(b).getByRole('link', { name: b.reference }).click();
    const signalOverview = page.getByRole('region', { name: 'Overzicht' });
    await expect(signalOverview).toContainText('Doorverwezen naar zorg');
    await expect(page.getByRole('region', { name: 'Geschiedenis' })).toContainText(
      'Doorverwezen naar Sociaal wijkteam Lindeburg',
    );

    // The police see the action in "Mijn acties" and mark it done.
    await signOut(page);
    await signInAsDemo(page, 'ketenpartner');
    // On their home page, Mijn werk lists it among the actions due this week.
    const ownActions = page
      .getByRole('region', { name: 'Mijn werk' })
      .getByRole('region', { name: /^Deze week/ })
      .getByRole('region', { name: 'Uw acties' });
    await expect(
      ownActions.getByRole('link', { name: `Actie uit Signaleringsoverleg ${topic}` }),
    ).toBeVisible();
    await expectAccessible(page, 'home page with the own actions');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn acties' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn acties');
    const mine = page.getByRole('row', { name: new RegExp(topic) });
    await expect(mine).toContainText(`uiterlijk`);
    await expect(mine).toContainText('Open');
    // The demo's own overdue actions say so in words.
    await expect(page.getByRole('table').getByText('Termijn verlopen').first()).toBeVisible();
    await expectAccessible(page, 'my actions');
    await mine.getByLabel(/^Nieuwe status/).selectOption({ label: 'Gereed' });
    await mine.getByRole('button', { name: `Status opslaan: ${actionText}` }).click();
    await expect(page.getByText(`De status van ‘${actionText}’ is nu: Gereed.`)).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(topic) })).toHaveCount(0);
    await page.getByLabel('Ook gereed gemelde en vervallen acties tonen').check();
    await expect(page.getByRole('row', { name: new RegExp(topic) })).toContainText('Gereed');
    await expectAccessible(page, 'my actions with the done ones');
  });

  test('the meldpunt plans a weekly series of triage meetings', async ({ page }) => {
    await signInAsDemo(page, 'meldpunt');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Overleggen' })
      .click();
    await page.getByRole('link', { name: 'Nieuwe reeks' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe reeks');
    // The meldpunt organises the signaleringsoverleg only.
    await expect(page.getByRole('radio', { name: 'Signaleringsoverleg' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Weegploeg' })).toHaveCount(0);
    const title = `Triage ${word('reeks')}`;
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Eerste datum').fill(amsterdamDay(70));
    await page.getByLabel('Begintijd').fill('09:30');
    await page.getByLabel('Aantal keren').fill('61');
    await page
      .getByRole('textbox', { name: 'Link voor online deelname' })
      .fill('https://vergaderen.lindeburg.example/triage');
    await page.getByRole('button', { name: 'Reeks plannen' }).click();
    const summary = page.getByRole('region', { name: 'Niet alle velden zijn goed ingevuld.' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([/^Aantal keren: /]);
    await expectAccessible(page, 'new series with an error');
    await page.getByLabel('Aantal keren').fill('3');
    await page.getByRole('button', { name: 'Reeks plannen' }).click();
    await expect(page.getByRole('heading', { name: 'De reeks is gepland: 3 overleggen.' })).toBeFocused();
    await expectAccessible(page, 'series planned');
    await page.getByRole('link', { name: 'Terug naar overleggen' }).first().click();
    await page.getByLabel('Soort overleg').selectOption({ label: 'Signaleringsoverleg' });
    await page.getByLabel('Vanaf datum').fill(amsterdamDay(69));
    await page.getByLabel('Tot en met datum').fill(amsterdamDay(100));
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page).toHaveURL(/type=signaleringsoverleg/);
    await expect(page.getByRole('row', { name: new RegExp(title) })).toHaveCount(3);
    await expectAccessible(page, 'meetings filtered');
  });

  test('an advice question is discussed on anonymous data and referred to care with outcome (b)', async ({
    page,
  }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const client = await api(page);
    const name = `Jesse ${word('advies')}`;
    const question = await client.send<{ id: string; reference: string }>('POST', '/api/meldingen', {
      kind: 'adviesvraag',
      channel: 'telefoon',
      reporter: {
        kind: 'professional',
        name: 'Mentor',
        organisation: 'Lindeburg College',
        feedbackWanted: false,
      },
      question: 'Een leerling trekt zich terug en praat over complotten. Moeten we ons zorgen maken?',
      persons: [{ name, relation: 'school' }],
    });
    const path = `/api/meldingen/${question.id}`;
    let version = (await client.get<{ version: number }>(path)).version;
    version = (
      await client.send<{ version: number }>('POST', `${path}/status`, { version, to: 'in_behandeling' })
    ).version;
    const categories = await client.get<Array<{ id: string }>>('/api/meldpunt/categorieen');
    await client.send('PUT', `${path}/categorie`, { version, categoryId: categories[0]?.id });
    const meeting = await heldTriageMeeting(page, []);

    // On the agenda without names: it is interpreted together on anonymous data.
    await page.goto(`/overleggen/${meeting.id}`);
    const candidate = page
      .getByRole('table', { name: 'Signalen en casussen die op de agenda kunnen' })
      .getByRole('row', { name: new RegExp(question.reference) });
    await expect(candidate).toContainText('Adviesvraag: anoniem, zonder namen');
    await expect(candidate).not.toContainText(name);
    await candidate.getByRole('button', { name: `${question.reference} op de agenda zetten` }).click();
    const item = page.getByRole('table', { name: 'Agendapunten' }).getByRole('link', {
      name: `Adviesvraag ${question.reference}`,
    });
    await expectAccessible(page, 'agenda with an advice question');
    await item.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Adviesvraag ${question.reference}`);
    await expect(page.getByRole('main')).not.toContainText(name);
    const decision = page.getByRole('region', { name: 'Besluit van het signaleringsoverleg' });
    await expect(decision.getByRole('radio', { name: /^\(a\)/ })).toHaveAccessibleDescription(
      /omgezet in een melding over de genoemde persoon/,
    );
    await expectAccessible(page, 'advice question with the decision form');
    await decision
      .getByRole('radio', { name: /^\(b\) Zorgen, maar niet in het kader van radicalisering/ })
      .check();
    await decision.getByLabel('Doorverwezen naar').fill('Schoolmaatschappelijk werk');
    await decision
      .getByLabel('Motivering')
      .fill('Zorgen om het welzijn; geen aanwijzingen voor radicalisering.');
    await decision.getByRole('button', { name: 'Besluit vaststellen' }).click();
    await page.getByRole('button', { name: 'Ja, besluit vaststellen' }).click();
    await expect(decision.getByText('Het besluit is vastgesteld.')).toBeVisible();
    await expectAccessible(page, 'advice question referred to care');
  });
});
