import AxeBuilder from '@axe-core/playwright';
import {
  type APIRequestContext,
  type BrowserContext,
  test as base,
  expect,
  type Page,
} from '@playwright/test';

export { expect };

/**
 * Chromium reports every 4xx answer as a console error. These statuses are answers the app handles and
 * shows (validation, sign-in required, refused, conflict, a warning to confirm such as identifiers found in
 * a text meant to be anonymous, locked, too many attempts); anything else, a script error or a CSP violation
 * fails the test.
 */
const HANDLED_HTTP_ERROR =
  /^Failed to load resource: the server responded with a status of (400|401|403|409|422|423|429)\b/;

/**
 * 404 is an answer the app handles only where "not found" is the answer asked for: a reference and status
 * code that do not match on the public status page. Anywhere else (a missing script, a wrong API path) it
 * fails the test.
 */
const HANDLED_NOT_FOUND = /^Failed to load resource: the server responded with a status of 404\b/;
const NOT_FOUND_HANDLED_AT = ['/api/public/meldingen/status'];
/** A case the user may not see is answered 404 (need to know), and the case page says so. */
const NOT_FOUND_HANDLED_UNDER = [/^\/api\/casussen\/[0-9a-f-]{36}$/];

function isHandledHttpError(text: string, url: string): boolean {
  if (HANDLED_HTTP_ERROR.test(text)) return true;
  return (
    HANDLED_NOT_FOUND.test(text) &&
    (NOT_FOUND_HANDLED_AT.some((path) => new URL(url, 'http://x').pathname === path) ||
      NOT_FOUND_HANDLED_UNDER.some((pattern) => pattern.test(new URL(url, 'http://x').pathname)))
  );
}

async function watch(context: BrowserContext, problems: string[]): Promise<void> {
  // Runs before the page's own scripts and is not subject to its CSP: reports every CSP violation.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  context.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' && !isHandledHttpError(text, msg.location().url || 'http://x/')) {
      problems.push(`console error on ${msg.page()?.url() ?? '?'}: ${text}`);
    }
    if (/content security policy/i.test(text) && msg.type() !== 'error') {
      problems.push(`CSP message on ${msg.page()?.url() ?? '?'}: ${text}`);
    }
  });
  context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
}

interface Fixtures {
  /** Console errors, page errors and CSP violations seen in any page of the test; must stay empty. */
  problems: string[];
  /** A second, independent browser session (another sign-in), watched like the first. */
  newSession: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  problems: async ({}, use) => {
    const problems: string[] = [];
    await use(problems);
    expect(problems, 'no console errors and no CSP violations').toEqual([]);
  },
  context: async ({ context, problems }, use) => {
    await watch(context, problems);
    await use(context);
  },
  newSession: async ({ browser, problems, baseURL }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext({ baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
      contexts.push(context);
      await watch(context, problems);
      return context.newPage();
    });
    for (const c of contexts) await c.close();
  },
});

/**
 * Zero axe violations against WCAG 2.0, 2.1 and 2.2 at levels A and AA, and no two landmarks of one kind
 * with the same name (axe files that rule under best practice; a screen reader's list of regions needs it).
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'landmark-unique': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact ?? '?'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(violations, `axe on ${what}`).toEqual([]);
}

export const DEMO_USERS = {
  meldpunt: {
    name: 'Sanne de Vries',
    role: 'meldpunt-medewerker',
    areas: ['Meldingen', 'Personen', 'Overleggen', 'Mijn acties', 'Kennisbank'],
  },
  aandachtsfunctionaris: {
    name: 'Ahmed El Idrissi',
    role: 'aandachtsfunctionaris',
    areas: [
      'Meldingen',
      'Personen',
      'Overleggen',
      'Casussen',
      'Mijn acties',
      'Analyse',
      'Netwerk',
      'Sleutelfiguren',
      'Convenanten',
      'Evaluatie',
      'Deskundigheid',
      'Kennisbank',
      'Regio',
      'Zelfscan',
    ],
  },
  ketenpartner: {
    name: 'Marieke Jansen',
    role: 'ketenpartner',
    areas: ['Mijn meldingen', 'Overleggen', 'Casussen', 'Mijn acties', 'Kennisbank'],
  },
  burgemeester: {
    name: 'Johan van Dijk',
    role: 'burgemeester',
    areas: [
      'Meldingen',
      'Overleggen',
      'Casussen',
      'Mijn acties',
      'Analyse',
      'Netwerk',
      'Evaluatie',
      'Deskundigheid',
      'Kennisbank',
      'Zelfscan',
    ],
  },
  beleidsmedewerker: {
    name: 'Thomas Bakker',
    role: 'beleidsmedewerker',
    areas: [
      'Analyse',
      'Netwerk',
      'Convenanten',
      'Evaluatie',
      'Deskundigheid',
      'Kennisbank',
      'Regio',
      'Zelfscan',
    ],
  },
  functioneel_beheerder: {
    name: 'Lotte Visser',
    role: 'functioneel beheerder',
    areas: ['Beheer', 'Convenanten', 'Kennisbank', 'Regio'],
  },
  privacy_officer: {
    name: 'Pieter de Boer',
    role: 'privacy officer (FG)',
    areas: ['Privacy', 'Convenanten', 'Kennisbank'],
  },
  opleidingscoordinator: {
    name: 'Karin de Groot',
    role: 'opleidingscoördinator',
    areas: ['Deskundigheid', 'Kennisbank'],
  },
} as const;

export type DemoRole = keyof typeof DEMO_USERS;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Signs in from the sign-in page with the demo button of that user, and waits for the home page. */
export async function signInAsDemo(page: Page, role: DemoRole): Promise<void> {
  const { name } = DEMO_USERS[role];
  if (!page.url().includes('/inloggen')) await page.goto('/inloggen');
  await page.getByRole('button', { name: new RegExp(`^Inloggen als ${escapeRegExp(name)} \\(`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${name}`);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
}

/** The API with the page's own session (cookies) and CSRF token, for setting up data quickly. */
export async function api(page: Page): Promise<{
  get: <T>(path: string) => Promise<T>;
  send: <T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown) => Promise<T>;
}> {
  const request: APIRequestContext = page.request;
  const session = (await (await request.get('/api/auth/session')).json()) as { csrfToken: string };
  return {
    async get<T>(path: string) {
      const res = await request.get(path);
      expect(res.status(), `GET ${path}`).toBe(200);
      return (await res.json()) as T;
    },
    async send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown) {
      const res = await request.fetch(path, {
        method,
        headers: { 'X-CSRF-Token': session.csrfToken },
        ...(body === undefined ? {} : { data: body }),
      });
      expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
      return (res.status() === 204 ? undefined : await res.json()) as T;
    },
  };
}

export interface CreatedUser {
  readonly id: string;
  readonly displayName: string;
  readonly version: number;
}

/** Creates a user in the administrator's own municipality (the page must be signed in as Lotte Visser). */
export async function createUser(
  page: Page,
  input: { displayName: string; username?: string; role?: string },
): Promise<CreatedUser> {
  const client = await api(page);
  const orgs = await client.get<Array<{ id: string; name: string }>>('/api/organisations');
  const gemeente = orgs.find((o) => o.name === 'Gemeente Lindeburg');
  if (!gemeente) throw new Error('demo organisation Gemeente Lindeburg missing');
  return client.send<CreatedUser>('POST', '/api/users', {
    displayName: input.displayName,
    username: input.username,
    organisationId: gemeente.id,
    role: input.role ?? 'meldpunt',
  });
}

/** A name no other test (or earlier run on the same database) uses. */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 1000)}`;
}
