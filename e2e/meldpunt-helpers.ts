import type { Locator, Page } from '@playwright/test';
import { api, expect } from './fixtures';

/** A word no other test (or earlier run on the same database) uses, for full-text search in the worklist. */
export function word(prefix: string): string {
  return `${prefix}${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 10_000)}`;
}

export interface CreatedSignal {
  readonly id: string;
  readonly reference: string;
  readonly statusCode: string | null;
}

/** A signal as the meldpunt records it (the page must be signed in as meldpunt or officer). */
export async function recordSignal(
  page: Page,
  input: {
    description: string;
    channel?: string;
    assumptions?: string[];
    persons?: Array<Record<string, unknown>>;
    statusCodeForReporter?: boolean;
  },
): Promise<CreatedSignal> {
  const client = await api(page);
  return client.send<CreatedSignal>('POST', '/api/meldingen', {
    kind: 'melding',
    channel: input.channel ?? 'telefoon',
    reporter: { kind: 'inwoner', name: 'Karin Smit', phone: '06-12345678', feedbackWanted: true },
    observations: [{ description: input.description, place: 'online', source: 'eigen_waarneming' }],
    assumptions: input.assumptions ?? [],
    contraIndications: 'Gaat nog elke dag naar school en traint bij de voetbalclub.',
    persons: input.persons ?? [],
    statusCodeForReporter: input.statusCodeForReporter ?? false,
  });
}

/**
 * Presses Tab until the element has focus: proves it can be reached by keyboard, in the order of the page.
 * Fails after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  await expect(target, `reached by Tab within ${max} presses`).toBeFocused();
}
