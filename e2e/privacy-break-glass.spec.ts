import type { Page } from '@playwright/test';
import { api, expect, expectAccessible, signInAsDemo, signOut, test, unique } from './fixtures';
import { signInAsNewPartner } from './overleggen-helpers';

/**
 * Break-the-glass as hospitals do it: refused for a partner with no relation to the case (with the same
 * answer as for a reference that does not exist); granted for a standing member of the signaleringsoverleg,
 * bounded to one at a time, and seen by the privacy officer, who reviews it.
 */

interface CaseListItem {
  readonly id: string;
  readonly reference: string;
  readonly phase: string;
}

const REASON = 'Melding van acute dreiging; ik moet weten welke maatregelen nu lopen.';

/** Two open demo cases, read by the officer. */
async function openCases(page: Page): Promise<[CaseListItem, CaseListItem]> {
  await signInAsDemo(page, 'aandachtsfunctionaris');
  const { items: cases } = await (await api(page)).get<{ items: CaseListItem[] }>(
    '/api/casussen?sort=geopend_nieuw&limit=100',
  );
  const open = cases.filter((c) => c.phase !== 'afgesloten');
  await signOut(page);
  if (open.length < 2) throw new Error('the demo has fewer than two open cases');
  return [open[0] as CaseListItem, open[1] as CaseListItem];
}

/**
 * A new partner user at the demo organisation with this name, created by the administrator in Beheer, signed
 * in with a local account (temporary password, own password, authenticator). Ends signed in as that user.
 */
async function signInAsNewPartnerOf(
  page: Page,
  organisationName: string,
  displayName: string,
): Promise<void> {
  await signInAsDemo(page, 'functioneel_beheerder');
  const orgs = await (await api(page)).get<Array<{ id: string; name: string }>>('/api/organisations');
  const org = orgs.find((o) => o.name === organisationName);
  if (!org) throw new Error(`demo organisation ${organisationName} missing`);
  await signInAsNewPartner(page, { displayName, organisationId: org.id });
}

async function askFor(page: Page, reference: string): Promise<void> {
  await page.getByLabel('Kenmerk van de casus').fill(reference);
  await page.getByLabel(/Reden van de noodsituatie/).fill(REASON);
  await page.getByRole('button', { name: 'Noodtoegang vragen' }).click();
}

async function openRequestPage(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click();
  await page.getByRole('link', { name: 'Noodtoegang tot een casus vragen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Noodtoegang tot een casus');
}

test.describe('Break-the-glass', () => {
  test('refused for a partner that takes part in nothing, with the same answer as for a reference that does not exist', async ({
    page,
  }) => {
    const [target] = await openCases(page);
    await signInAsNewPartnerOf(page, 'Reclassering Veenstroom', unique('Rens Reclassering'));
    await openRequestPage(page);
    const reference = page.getByLabel('Kenmerk van de casus');

    await askFor(page, target.reference);
    await expect(reference).toHaveAttribute('aria-invalid', 'true');
    const message = page.locator('#bg-reference-error');
    await expect(message).toContainText('Noodtoegang tot deze casus is niet mogelijk.');
    const refusedExisting = await message.textContent();
    await expectAccessible(page, 'emergency access refused');

    await askFor(page, 'C-2099-0001');
    await expect(reference).toHaveValue('C-2099-0001');
    await expect(message).toHaveText(refusedExisting ?? '');
    await expect(page.getByRole('region', { name: 'Noodtoegang', exact: true })).toHaveCount(0);
    await expect(page.getByText('U heeft de afgelopen 30 dagen geen noodtoegang gevraagd.')).toBeVisible();

    // The case itself stays out of reach.
    await page.goto(`/casussen/${target.id}`);
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText(target.reference);
  });

  test('granted for a standing member of the signaleringsoverleg, one at a time, and seen by the privacy officer', async ({
    page,
  }) => {
    const [target, second] = await openCases(page);
    const name = unique('Olaf OM');
    await signInAsNewPartnerOf(page, 'Openbaar Ministerie, arrondissement Veenstroom', name);
    await openRequestPage(page);
    await askFor(page, target.reference);
    await expect(page.getByText(`U heeft noodtoegang tot casus ${target.reference} tot`)).toBeVisible();
    const banner = page.getByRole('region', { name: 'Noodtoegang', exact: true });
    await expect(banner).toContainText(`Noodtoegang actief tot casus ${target.reference}`);
    await expect(
      page.getByText('U heeft 1 van de 3 keer gevraagd die uw gemeente per 30 dagen toestaat.'),
    ).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: 'Uw verzoeken', exact: true })
        .getByRole('row')
        .filter({ hasText: target.reference }),
    ).toContainText('actief');
    await expectAccessible(page, 'emergency access granted');

    await page
      .getByRole('link', { name: `Casus ${target.reference} openen` })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(target.reference);

    // Bounded: a second case while the first runs is refused, with a clear message.
    await page.goto('/noodtoegang');
    await askFor(page, second.reference);
    await expect(page.locator('#bg-reference-error')).toContainText('één tegelijk');
    await expectAccessible(page, 'second emergency access refused');
    await signOut(page);

    // Seen at once by the privacy officer, who reviews it.
    await signInAsDemo(page, 'privacy_officer');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Privacy' }).click();
    await expect(page.getByText('1 noodtoegang wacht op uw beoordeling.')).toBeVisible();
    await page.getByRole('link', { name: 'Noodtoegang beoordelen' }).click();
    const card = page.getByRole('article').filter({ hasText: name });
    await expect(card).toContainText(target.reference);
    await expect(card).toContainText('Openbaar Ministerie');
    await expect(card).toContainText('nog actief');
    await expectAccessible(page, 'emergency access to review');
    await card
      .getByLabel(/Uw oordeel/)
      .fill('Terecht: vast lid van het signaleringsoverleg, acute dreiging.');
    await card.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
    await expect(page.getByRole('status').getByText('De beoordeling is vastgelegd.')).toBeVisible();
  });
});
