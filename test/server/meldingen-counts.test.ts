import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../helpers/test-app.js';
import { createMeldpuntApp, signedIn, USERS } from './meldingen-fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createMeldpuntApp();
});
afterAll(() => t.close());

interface Counts {
  open: number;
  received: number;
  overdue: number;
}

/** Counts the worklist itself: every page of open signals, and of those past a deadline. */
async function fromWorklist(c: TestClient): Promise<Counts> {
  const all = async (query: string) => {
    const items: Array<{ status: string }> = [];
    let cursor: string | null = null;
    do {
      const res = await c.get(`/api/meldingen?limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`);
      const body = res.json() as { items: Array<{ status: string }>; nextCursor: string | null };
      items.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    return items;
  };
  const open = (await all('')).filter((s) => s.status !== 'afgesloten');
  const overdue = await all('&overdue=true');
  return {
    open: open.length,
    received: open.filter((s) => s.status === 'ontvangen').length,
    overdue: overdue.length,
  };
}

describe('GET /api/meldingen/aantallen', () => {
  it.each([USERS.meldpunt, USERS.officer, USERS.mayor])('agrees with the worklist %s sees', async (name) => {
    const c = await signedIn(t.app, name);
    const res = await c.get('/api/meldingen/aantallen');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(await fromWorklist(c));
  });

  it('shows the demo as it is: open and overdue signals exist for the officer', async () => {
    const c = await signedIn(t.app, USERS.officer);
    const counts = (await c.get('/api/meldingen/aantallen')).json() as Counts;
    expect(counts.open).toBeGreaterThan(0);
    expect(counts.overdue).toBeLessThanOrEqual(counts.open);
  });

  it('is refused to partners (who see no status of their reports) and roles without signal access', async () => {
    for (const name of [USERS.partner, USERS.policy, USERS.admin, USERS.privacy]) {
      const c = await signedIn(t.app, name);
      expect((await c.get('/api/meldingen/aantallen')).statusCode).toBe(403);
    }
  });

  it('says so in its route rule: the OpenAPI description leaves partners out, as the answer does', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json() as {
      paths: Record<string, { get: { 'x-access': { key: string; allowed: string[] } } }>;
    };
    const rule = doc.paths['/api/meldingen/aantallen']?.get['x-access'];
    expect(rule?.key).toBe('melding.counts');
    expect(rule?.allowed).toEqual(['meldpunt', 'aandachtsfunctionaris', 'burgemeester']);
  });
});
