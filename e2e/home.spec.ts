import type { Page } from '@playwright/test';
import type { MyWork, WorkItem } from '../src/contract/mijn-werk';
import { expect, expectAccessible, signInAsDemo, test } from './fixtures';

/** Where each kind of work is done: the page a link of "Mijn werk" must open. */
const DESTINATION: Record<WorkItem['kind'], (i: WorkItem) => RegExp> = {
  overleg: (i) => new RegExp(`/overleggen/${i.id}$`),
  melding: (i) => new RegExp(`/meldingen/${i.id}$`),
  evaluatie: (i) => new RegExp(`/casussen/${i.id}$`),
  checklist: (i) => new RegExp(`/casussen/${i.id}/checklists$`),
  familie: (i) => new RegExp(`/casussen/${i.id}/familie$`),
  actie: () => /\/acties$/,
};

const LINK_TEXT: Record<WorkItem['kind'], (i: WorkItem) => string> = {
  overleg: (i) => i.label,
  melding: (i) => `Melding ${i.label}`,
  evaluatie: (i) => `Casus ${i.label}`,
  checklist: (i) => `Casus ${i.label}`,
  familie: (i) => `Casus ${i.label}`,
  actie: (i) => `Actie uit ${i.label}`,
};

const GROUP_TITLE = {
  te_laat: /^Te laat$/,
  vandaag: /^Vandaag$/,
  deze_week: /^Deze week/,
  volgende_week: /^Volgende week/,
};
const KIND_TITLE: Record<WorkItem['kind'], string> = {
  overleg: 'Overleggen',
  melding: 'Termijnen van meldingen',
  evaluatie: 'Evaluaties van casussen',
  checklist: 'Checklistpunten met een termijn',
  familie: 'Vervolgafspraken met de familie',
  actie: 'Uw acties',
};

async function myWork(page: Page): Promise<MyWork> {
  const res = await page.request.get('/api/mijn-werk');
  expect(res.status()).toBe(200);
  return (await res.json()) as MyWork;
}

/** The list of one kind in one deadline group, as the page shows it. */
function kindList(page: Page, group: keyof typeof GROUP_TITLE, kind: WorkItem['kind']) {
  return page
    .getByRole('region', { name: 'Mijn werk' })
    .getByRole('region', { name: GROUP_TITLE[group] })
    .getByRole('region', { name: KIND_TITLE[kind] });
}

test.describe('the home page: Mijn werk', () => {
  test('shows the officer each kind of work the demo has, by deadline, each link opening where it is done', async ({
    page,
  }) => {
    await signInAsDemo(page, 'aandachtsfunctionaris');
    await expect(page).toHaveTitle('Start – Duiden');
    const work = await myWork(page);
    const firstOfKind = new Map<WorkItem['kind'], { group: keyof typeof GROUP_TITLE; item: WorkItem }>();
    for (const g of work.groups) {
      for (const k of g.kinds) {
        const list = kindList(page, g.group, k.kind);
        // Each item of the answer is a link, in the server's order; the rest is counted and linked.
        await expect(list.getByRole('listitem')).toHaveCount(k.items.length);
        await expect(
          list.getByRole('link', { name: LINK_TEXT[k.kind](k.items[0] as WorkItem) }).first(),
        ).toBeVisible();
        if (k.more > 0) await expect(list).toContainText(`en ${k.more} meer`);
        const first = k.items[0];
        if (first && !firstOfKind.has(k.kind)) firstOfKind.set(k.kind, { group: g.group, item: first });
      }
    }
    // The demo has a signaleringsoverleg he chairs, signals past their deadline, cases never reviewed,
    // checklist items with a term and an overdue family follow-up.
    expect([...firstOfKind.keys()]).toEqual(
      expect.arrayContaining(['overleg', 'melding', 'evaluatie', 'checklist', 'familie']),
    );
    const region = page.getByRole('region', { name: 'Mijn werk' });
    await expect(region).toContainText('u bent voorzitter');
    // References only: none of the demo's persons is named on the start page.
    await expect(region).not.toContainText(/Yusuf|Yara|Daan|Milan/);
    await expectAccessible(page, "the officer's Mijn werk");

    for (const [kind, { group, item }] of firstOfKind) {
      await kindList(page, group, kind)
        .getByRole('link', { name: LINK_TEXT[kind](item) })
        .first()
        .click();
      await expect(page).toHaveURL(DESTINATION[kind](item));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }).click();
      await expect(page.getByRole('region', { name: 'Mijn werk' })).toBeVisible();
    }

    // "en N meer" leads to the full list: the worklist on its deadlines.
    const overdueSignals = work.groups
      .find((g) => g.group === 'te_laat')
      ?.kinds.find((k) => k.kind === 'melding');
    if (overdueSignals && overdueSignals.more > 0) {
      await kindList(page, 'te_laat', 'melding')
        .getByRole('link', { name: 'de werklijst op termijn' })
        .click();
      await expect(page).toHaveURL(/\/meldingen\?overdue=true&sort=termijn/);
    }
  });

  test('shows the mayor the weegploeg he chairs, and promises him nothing he cannot do', async ({ page }) => {
    await signInAsDemo(page, 'burgemeester');
    const region = page.getByRole('region', { name: 'Mijn werk' });
    const weegploeg = region.getByRole('listitem').filter({ hasText: 'Weegploeg Lindeburg' });
    await expect(weegploeg).toContainText('u bent voorzitter');
    await expect(page.getByRole('main')).not.toContainText('de volgende stap zetten');
    await expect(page.getByRole('main')).not.toContainText('een melding vastleggen');
    await expect(region.getByRole('region', { name: 'Termijnen van meldingen' })).toHaveCount(0);
    await expectAccessible(page, "the mayor's Mijn werk");
    await weegploeg.getByRole('link', { name: 'Weegploeg Lindeburg' }).click();
    await expect(page).toHaveURL(/\/overleggen\/[0-9a-f-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Weegploeg Lindeburg');
  });

  test('shows a partner only the meetings it takes part in, its own follow-ups and actions', async ({
    page,
  }) => {
    await signInAsDemo(page, 'ketenpartner');
    const work = await myWork(page);
    const kinds = new Set(work.groups.flatMap((g) => g.kinds.map((k) => k.kind)));
    for (const kind of ['melding', 'evaluatie', 'checklist'] as const) expect(kinds.has(kind)).toBe(false);
    const region = page.getByRole('region', { name: 'Mijn werk' });
    await expect(region.getByRole('region', { name: 'Termijnen van meldingen' })).toHaveCount(0);
    await expect(region.getByRole('region', { name: 'Evaluaties van casussen' })).toHaveCount(0);
    await expectAccessible(page, "a partner's Mijn werk");
    const meeting = work.groups.flatMap((g) => g.kinds).find((k) => k.kind === 'overleg')?.items[0];
    expect(meeting).toBeDefined();
    if (meeting) {
      await region.getByRole('link', { name: meeting.label }).first().click();
      await expect(page).toHaveURL(/\/overleggen\/[0-9a-f-]+$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(meeting.label);
    }
  });

  test('opens Beheer on its front door, with the way into each part', async ({ page }) => {
    await signInAsDemo(page, 'functioneel_beheerder');
    await page.getByRole('main').getByRole('link', { name: 'Naar Beheer' }).click();
    await expect(page).toHaveURL(/\/beheer$/);
    await expect(page).toHaveTitle('Beheer – Duiden');
    const parts = page.getByRole('navigation', { name: 'Onderdelen van Beheer' });
    const partLinks = [
      ['Gebruikers', 'Gebruikers'],
      ['Meldpunt-instellingen: termijnen, meldingsadres en categorieën', 'Meldpunt-instellingen'],
      [
        'Overleg-instellingen: hoe lang een uitgenodigde ketenpartner een agendapunt ziet',
        'Overleg-instellingen',
      ],
      ['Maatregelcatalogus van de persoonsgerichte aanpak', 'Maatregelcatalogus'],
      [/^Checklists bij situaties/, 'Checklists bij situaties'],
      ['Bewaartermijnen en privacy', 'Bewaartermijnen en privacy'],
    ] as const;
    await expect(parts.getByRole('link')).toHaveCount(partLinks.length);
    await expectAccessible(page, 'the Beheer landing page');
    for (const [link, heading] of partLinks) {
      await parts.getByRole('link', { name: link, exact: typeof link === 'string' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
      await expect(page).toHaveURL(/\/beheer$/);
    }
  });

  test("opens the policy advisor's way to the phenomenon analysis", async ({ page }) => {
    await signInAsDemo(page, 'beleidsmedewerker');
    const policy = page.getByRole('region', { name: 'Fenomeenanalyse' });
    await expect(policy).toContainText('beschermde cijfers waarin kleine aantallen niet te zien zijn');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link')).toHaveText([
      'Start',
      'Analyse',
      'Netwerk',
      'Convenanten',
      'Evaluatie',
      'Deskundigheid',
      'Kennisbank',
      'Regio',
      'Zelfscan',
    ]);
    await expect(policy.getByRole('link', { name: 'Naar de fenomeenanalyse' })).toHaveAttribute(
      'href',
      '/analyse',
    );
    await expectAccessible(page, "the policy advisor's home page");
  });
});
