import type { Page } from '@playwright/test';
import { api } from './fixtures';
import { word } from './meldpunt-helpers';
import {
  decideByApi,
  heldTriageMeeting,
  organisations,
  ownUserId,
  type TriageSignal,
  triageSignal,
} from './overleggen-helpers';

export interface WeighedSignal {
  readonly signal: TriageSignal;
  readonly weegploegId: string;
  readonly itemId: string;
}

/**
 * A signal decided (a) in a triage meeting, on the agenda of a weegploeg the signed-in officer chairs
 * (through the API). The page must be signed in as the officer.
 */
export async function signalBeforeWeegploeg(page: Page, topic = word('casus')): Promise<WeighedSignal> {
  const signal = await triageSignal(page, {
    description: `Deelt online oproepen tot geweld (${topic}).`,
    person: `Yusuf ${topic}`,
    link: true,
  });
  const triage = await heldTriageMeeting(page, [signal]);
  await decideByApi(page, triage.items[0] as string, {
    outcome: 'zorgen_radicalisering',
    motivation: 'Meerdere signalen die elkaar versterken.',
  });
  const client = await api(page);
  const weegploeg = await client.send<{ id: string }>('POST', '/api/overleggen', {
    type: 'weegploeg',
    startsAt: new Date(Date.now() - 1_800_000).toISOString(),
    chairUserId: await ownUserId(page),
    location: 'Stadhuis Lindeburg',
  });
  const item = await client.send<{ id: string }>('POST', `/api/overleggen/${weegploeg.id}/agendapunten`, {
    signalId: signal.id,
  });
  return { signal, weegploegId: weegploeg.id, itemId: item.id };
}

/**
 * Opens a part of the case through its sub-navigation: a daily part from the first row, another from under
 * "Meer" (opened first when it is closed).
 */
export async function openCasePart(page: Page, name: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Onderdelen van de casus' });
  const link = nav.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) await nav.locator('summary').click();
  await link.click();
}

/** A case opened by a yes of the weegploeg, recorded through the API; returns the case id and person. */
export async function openedCase(page: Page): Promise<{ id: string; person: string; reference: string }> {
  const weighed = await signalBeforeWeegploeg(page);
  const orgs = await organisations(page);
  await decideByApi(page, weighed.itemId, {
    included: true,
    criteriaWeighed: ['Ernst en concreetheid van de zorgen'],
    decidedBy: [
      { party: 'politie', organisationId: orgs.politie },
      { party: 'om', organisationId: orgs.om },
      { party: 'burgemeester', name: 'J. van Dijk' },
    ],
    reasons: 'Voldoende grond voor een persoonsgerichte aanpak.',
  });
  const client = await api(page);
  const { items: cases } = await client.get<{
    items: Array<{ id: string; reference: string; person: { name: string } }>;
  }>('/api/casussen?sort=geopend_nieuw&limit=100');
  const c = cases.find((x) => x.person.name === weighed.signal.person);
  if (!c) throw new Error('the weegploeg opened no case');
  return { id: c.id, person: weighed.signal.person, reference: c.reference };
}
