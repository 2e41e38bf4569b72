import type { Page } from '@playwright/test';
import { api, expect, signOut } from './fixtures';
import { recordSignal } from './meldpunt-helpers';
import { totp } from './totp';

const AMSTERDAM = 'Europe/Amsterdam';

/** The date (yyyy-mm-dd) in Amsterdam, the browser's time zone, a number of days from now. */
export function amsterdamDay(offsetDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: AMSTERDAM, dateStyle: 'short' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

/** Date and time (hh:mm) in Amsterdam a number of minutes from now, as the planning form takes them. */
export function amsterdamMoment(offsetMinutes: number): { day: string; time: string } {
  const at = new Date(Date.now() + offsetMinutes * 60_000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: AMSTERDAM, dateStyle: 'short' }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: AMSTERDAM,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return { day, time };
}

export interface TriageSignal {
  readonly id: string;
  readonly reference: string;
  readonly person: string;
}

/**
 * A signal ready for the signaleringsoverleg, set up through the API as the meldpunt does it: recorded with
 * one named person, taken into handling, with a phenomenon. With `link`, the person is also confirmed as a
 * (new) known person, which a yes of the weegploeg needs to open a case.
 */
export async function triageSignal(
  page: Page,
  input: { description: string; person: string; link?: boolean },
): Promise<TriageSignal> {
  const client = await api(page);
  const created = await recordSignal(page, {
    description: input.description,
    persons: [{ name: input.person, relation: 'school' }],
  });
  const path = `/api/meldingen/${created.id}`;
  let version = (await client.get<{ version: number }>(path)).version;
  version = (
    await client.send<{ version: number }>('POST', `${path}/status`, { version, to: 'in_behandeling' })
  ).version;
  const categories = await client.get<Array<{ id: string; code: string }>>('/api/meldpunt/categorieen');
  const category = categories.find((c) => c.code === 'jihadisme') ?? categories[0];
  version = (
    await client.send<{ version: number }>('PUT', `${path}/categorie`, { version, categoryId: category?.id })
  ).version;
  if (input.link) {
    const detail = await client.get<{ persons: Array<{ id: string }>; version: number }>(path);
    await client.send('POST', `${path}/betrokkenen/${detail.persons[0]?.id}/koppeling`, {
      version: detail.version,
      action: 'nieuwe_persoon',
    });
  }
  return { id: created.id, reference: created.reference, person: input.person };
}

export interface Organisations {
  readonly gemeente: string;
  readonly politie: string;
  readonly om: string;
  readonly jeugdzorg: string;
}

export async function organisations(page: Page): Promise<Organisations> {
  const list = await (await api(page)).get<Array<{ id: string; kind: string; partnerType: string | null }>>(
    '/api/organisations',
  );
  const find = (f: (o: { kind: string; partnerType: string | null }) => boolean) => {
    const o = list.find(f);
    if (!o) throw new Error('demo organisation missing');
    return o.id;
  };
  return {
    gemeente: find((o) => o.kind === 'gemeente'),
    politie: find((o) => o.partnerType === 'politie'),
    om: find((o) => o.partnerType === 'om'),
    jeugdzorg: find((o) => o.partnerType === 'jeugdzorg'),
  };
}

/** The id of a legal basis by its code (the demo's example texts). */
export async function legalBasis(page: Page, code = 'convenant_zvh'): Promise<string> {
  const list = await (await api(page)).get<Array<{ id: string; code: string }>>(
    '/api/overleggen/grondslagen',
  );
  const b = list.find((x) => x.code === code);
  if (!b) throw new Error(`no legal basis ${code}`);
  return b.id;
}

/** The signed-in user's id, from the session. */
export async function ownUserId(page: Page): Promise<string> {
  return (await (await api(page)).get<{ user: { id: string } }>('/api/auth/session')).user.id;
}

/**
 * A triage meeting that began an hour ago (so its minutes can be approved), planned through the API by the
 * signed-in officer as chair, with these signals on its agenda. Returns the meeting and its items.
 */
export async function heldTriageMeeting(
  page: Page,
  signals: readonly TriageSignal[],
  extra: Record<string, unknown> = {},
): Promise<{ id: string; items: string[] }> {
  const client = await api(page);
  const chairUserId = await ownUserId(page);
  const meeting = await client.send<{ id: string }>('POST', '/api/overleggen', {
    type: 'signaleringsoverleg',
    startsAt: new Date(Date.now() - 3_600_000).toISOString(),
    chairUserId,
    location: 'Stadhuis Lindeburg, kamer 2.14',
    legalBasisId: await legalBasis(page),
    ...extra,
  });
  const items: string[] = [];
  for (const s of signals) {
    items.push(
      (
        await client.send<{ id: string }>('POST', `/api/overleggen/${meeting.id}/agendapunten`, {
          signalId: s.id,
        })
      ).id,
    );
  }
  return { id: meeting.id, items };
}

/** Saves a decision draft and has the signed-in chair record it (through the API). */
export async function decideByApi(
  page: Page,
  itemId: string,
  fields: Record<string, unknown>,
): Promise<void> {
  const client = await api(page);
  const draft = await client.send<{ version: number }>('PUT', `/api/agendapunten/${itemId}/besluit`, {
    version: null,
    ...fields,
  });
  await client.send('POST', `/api/agendapunten/${itemId}/besluit/vaststellen`, { version: draft.version });
}

/**
 * A partner user of another organisation than the demo's (e.g. Jeugdzorg), made by the administrator in
 * Beheer, who then signs in with a local account: temporary password, own password, authenticator code.
 * The page must be signed in as Lotte Visser; it ends signed in as the new user.
 */
export async function signInAsNewPartner(
  page: Page,
  input: { displayName: string; organisationId: string },
): Promise<void> {
  const client = await api(page);
  const username = `partner.${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const user = await client.send<{ id: string }>('POST', '/api/users', {
    displayName: input.displayName,
    username,
    organisationId: input.organisationId,
    role: 'ketenpartner',
  });
  const { temporaryPassword } = await client.send<{ temporaryPassword: string }>(
    'POST',
    `/api/users/${user.id}/reset-credentials`,
    { resetTotp: false },
  );
  await signOut(page);
  const form = page.getByRole('region', { name: 'Inloggen met gebruikersnaam en wachtwoord' });
  await form.getByRole('textbox', { name: 'Gebruikersnaam' }).fill(username);
  await form.getByLabel('Wachtwoord', { exact: true }).fill(temporaryPassword);
  await form.getByRole('button', { name: 'Inloggen' }).click();
  const password = 'een lang en eigen wachtwoord voor de ketenpartner';
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(password);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Stel de tweede stap in' })).toBeFocused();
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  await page.getByLabel('Code van 6 cijfers').fill(totp(secret));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${input.displayName}`);
}
