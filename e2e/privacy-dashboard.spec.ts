import { api, expect, expectAccessible, signInAsDemo, signOut, test } from './fixtures';

interface CaseListItem {
  readonly id: string;
  readonly reference: string;
  readonly phase: string;
}
interface Participant {
  readonly id: string;
  readonly organisation: { readonly id: string; readonly name: string };
  readonly role: string;
  readonly active: boolean;
}

test.describe('Privacy officer', () => {
  test('the dashboard leads to the parts of the area; the dry run lists what would go, by reference', async ({
    page,
  }) => {
    await signInAsDemo(page, 'privacy_officer');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Privacy' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
    await expect(page).toHaveTitle('Privacy – Duiden');
    await expect(page.getByRole('heading', { name: 'Opvallend gebruik' })).toBeVisible();
    await expect(page.getByText('Er wacht geen noodtoegang op beoordeling.')).toBeVisible();
    await expectAccessible(page, 'privacy dashboard');
    // What runs out within 30 days is counted, with the way to the list.
    await expect(page.getByRole('link', { name: 'Bekijk wat binnen 30 dagen vervalt' })).toBeVisible();

    await page.getByRole('main').getByRole('link', { name: 'Bewaartermijnen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewaartermijnen');
    const rules = page.getByRole('table', { name: 'Bewaartermijnen per soort gegevens' });
    await expect(rules.getByRole('row').filter({ hasText: 'Afgesloten casus' })).toContainText('60 maanden');
    await expect(rules.getByRole('row').filter({ hasText: 'Melding zonder vervolg' })).toContainText(
      '12 maanden',
    );

    // The demo holds an advice question closed about 500 days ago: past its 12-month term.
    await page.getByRole('button', { name: 'Proefrun uitvoeren' }).click();
    await expect(page.getByText(/^\d+ dossiers? zouden? nu verwijderd worden\.$/)).toBeVisible();
    const plan = page.getByRole('table', { name: 'Zou nu verwijderd worden' });
    await expect(plan.getByRole('row').filter({ hasText: 'Adviesvraag' }).first()).toContainText(
      /M-\d{4}-\d{5}/,
    );
    await expectAccessible(page, 'retention page with a dry run');

    // Looking ahead: what runs out within 90 days (at least what would go now), under which rule.
    await page.getByLabel('Kijk vooruit').selectOption({ label: '90 dagen vooruit' });
    await expect(page).toHaveURL(/vooruit=90/);
    await page.getByRole('button', { name: 'Proefrun uitvoeren' }).click();
    await expect(page.getByText(/^\d+ dossiers? vervall?en binnen 90 dagen\.$/)).toBeVisible();
    const ahead = page.getByRole('table', { name: 'Vervalt binnen 90 dagen' });
    await expect(ahead.getByRole('row').filter({ hasText: 'Adviesvraag' }).first()).toContainText(
      'bewaartermijn:adviesvraag:12m',
    );
    await expectAccessible(page, 'retention page looking ahead');

    // A shorter own term for advice questions, with the reason.
    await page.getByLabel('Soort gegevens', { exact: true }).selectOption({ label: 'Adviesvraag' });
    await page.getByLabel('Termijn in maanden').fill('0');
    await page.getByRole('button', { name: 'Termijn opslaan' }).click();
    await expect(page.getByLabel('Termijn in maanden')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'retention term with an error');
    await page.getByLabel('Termijn in maanden').fill('11');
    await page.getByLabel(/Waarom deze termijn/).fill('Adviesvragen bevatten zelden persoonsgegevens.');
    await page.getByRole('button', { name: 'Termijn opslaan' }).click();
    await expect(page.getByText('De termijn is opgeslagen.')).toBeVisible();
    await expect(rules.getByRole('row').filter({ hasText: 'Adviesvraag' })).toContainText('11 maanden');

    await page.getByRole('link', { name: 'Terug naar het privacyoverzicht' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Bewaarplichten' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewaarplichten');
    await page.getByRole('button', { name: 'Bewaarplicht instellen' }).click();
    await expect(page.getByLabel('Kenmerk')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'legal holds with errors');
  });

  test('break-the-glass: a partner asks for emergency access, sees the banner, and the privacy officer reviews it', async ({
    page,
  }) => {
    // Set-up: the police leave one case, so the partner has no access to it.
    await signInAsDemo(page, 'aandachtsfunctionaris');
    const officer = await api(page);
    const { items: cases } = await officer.get<{ items: CaseListItem[] }>(
      '/api/casussen?sort=geopend_nieuw&limit=100',
    );
    // The oldest open case (a closed case has no participants left).
    const target = cases.filter((c) => c.phase !== 'afgesloten').at(-1);
    if (!target) throw new Error('the demo has no cases');
    const detail = await officer.get<{ participants: Participant[] }>(`/api/casussen/${target.id}`);
    const police = detail.participants.find((p) => p.active && p.organisation.name.includes('Politie'));
    if (!police) throw new Error('the demo case has no police participant');
    await officer.send('POST', `/api/casussen/${target.id}/deelnemers/${police.id}/beeindigen`, {
      reason: 'Proef noodtoegang',
    });
    await signOut(page);

    try {
      await signInAsDemo(page, 'ketenpartner');
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Casussen' })
        .click();
      await page.getByRole('link', { name: 'Noodtoegang tot een casus vragen' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Noodtoegang tot een casus');
      await page.getByLabel('Kenmerk van de casus').fill(target.reference);
      await page.getByRole('button', { name: 'Noodtoegang vragen' }).click();
      await expect(page.getByLabel(/Reden van de noodsituatie/)).toHaveAttribute('aria-invalid', 'true');
      await expectAccessible(page, 'emergency access request with an error');
      await page
        .getByLabel(/Reden van de noodsituatie/)
        .fill('Melding van acute dreiging; ik moet weten welke maatregelen lopen.');
      await page.getByRole('button', { name: 'Noodtoegang vragen' }).click();
      await expect(page.getByText(`U heeft noodtoegang tot casus ${target.reference} tot`)).toBeVisible();

      // The banner is on every page while it lasts.
      const banner = page.getByRole('region', { name: 'Noodtoegang' });
      await expect(banner).toContainText(`Noodtoegang actief tot casus ${target.reference}`);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }).click();
      await expect(banner).toBeVisible();
      await expectAccessible(page, 'home page with the emergency access banner');
      await signOut(page);

      await signInAsDemo(page, 'privacy_officer');
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Privacy' })
        .click();
      await expect(page.getByText('1 noodtoegang wacht op uw beoordeling.')).toBeVisible();
      await page.getByRole('link', { name: 'Noodtoegang beoordelen' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Noodtoegang');
      const card = page.getByRole('article').filter({ hasText: target.reference });
      await expect(card).toContainText('Marieke Jansen');
      await expect(card).toContainText('Melding van acute dreiging');
      await expectAccessible(page, 'emergency access to review');
      await card.getByLabel(/Uw oordeel/).fill('Terecht: acute dreiging, alleen de maatregelen bekeken.');
      await card.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
      await expect(page.getByRole('status').getByText('De beoordeling is vastgelegd.')).toBeVisible();
      await expect(
        page
          .getByRole('region', { name: 'Beoordeeld' })
          .getByRole('article')
          .filter({ hasText: target.reference }),
      ).toContainText('gerechtvaardigd');
      await expectAccessible(page, 'emergency access reviewed');
    } finally {
      // The police take part again, as before this test.
      await page.context().clearCookies();
      await signInAsDemo(page, 'aandachtsfunctionaris');
      const again = await api(page);
      await again.send('POST', `/api/casussen/${target.id}/deelnemers`, {
        organisationId: police.organisation.id,
        role: police.role,
      });
    }
  });
});
