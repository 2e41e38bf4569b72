import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/test-app.js';
import { makeCase } from './casus-fixtures.js';
import { signedIn } from './meldingen-fixtures.js';
import { createOverlegApp, type OverlegTestApp, U } from './overleggen-fixtures.js';

/** Leaving a signal or a case out of the figures of the analysis ("niet voor statistiek"). */
let t: OverlegTestApp;
let meldpunt: TestClient;
let officer: TestClient;
let police: TestClient;
let signalId: string;

beforeAll(async () => {
  t = await createOverlegApp();
  meldpunt = await signedIn(t.app, U.meldpunt);
  officer = await signedIn(t.app, U.officer);
  police = await signedIn(t.app, U.police);
  const s = await t.tdb.db.query<{ id: string }>(
    `SELECT s.id FROM signal s JOIN organisation o ON o.id = s.tenant_id
      WHERE o.name = 'Gemeente Lindeburg' AND NOT s.restricted ORDER BY s.reference LIMIT 1`,
  );
  signalId = s.rows[0]?.id as string;
});
afterAll(() => t.close());

const REASON_MISSING = {
  field: 'reason',
  nl: 'Geef de reden waarom dit niet meetelt in de analyse.',
  en: 'Give the reason why this is left out of the analysis.',
};

describe('a signal left out of the figures', () => {
  it('needs a reason, checks the version, and shows on the signal with its history and access log', async () => {
    const url = `/api/meldingen/${signalId}/statistiek`;
    const before = (await meldpunt.get(`/api/meldingen/${signalId}`)).json();
    expect(before.statistics).toEqual({ exclusion: null, reason: null, byName: null, at: null });

    const missing = await meldpunt.request('PUT', url, {
      exclusion: 'dubbel',
      reason: '  ',
      version: before.version,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
    expect(missing.json().errors).toEqual([REASON_MISSING]);
    const none = await meldpunt.request('PUT', url, { exclusion: 'test', version: before.version });
    expect(none.json().errors).toEqual([REASON_MISSING]);
    const unknown = await meldpunt.request('PUT', url, {
      exclusion: 'vies',
      reason: 'x',
      version: before.version,
    });
    expect(unknown.statusCode).toBe(400);

    const marked = await meldpunt.request('PUT', url, {
      exclusion: 'dubbel',
      reason: 'Zelfde melding als die van de school.',
      version: before.version,
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toMatchObject({
      id: signalId,
      version: before.version + 1,
      statistics: {
        exclusion: 'dubbel',
        reason: 'Zelfde melding als die van de school.',
        byName: U.meldpunt,
      },
    });
    const stale = await meldpunt.request('PUT', url, { exclusion: null, version: before.version });
    expect(stale.statusCode).toBe(409);

    const after = (await officer.get(`/api/meldingen/${signalId}`)).json();
    expect(after.statistics.exclusion).toBe('dubbel');
    expect(after.statistics.at).toMatch(/^\d{4}-/);
    expect(after.history.at(-1)).toMatchObject({
      kind: 'statistiek',
      note: 'Zelfde melding als die van de school.',
      data: { from: null, to: 'dubbel' },
    });
    const log = await t.tdb.db.query<{ action: string }>(
      "SELECT action FROM access_log WHERE object_id = $1 AND object_type = 'signal' AND action = 'update'",
      [signalId],
    );
    expect(log.rows.length).toBeGreaterThan(0);

    // Cleared: back in the figures, without a reason needed.
    const cleared = await officer.request('PUT', url, { exclusion: null, version: after.version });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json().statistics).toEqual({ exclusion: null, reason: null, byName: null, at: null });
  });

  it('is refused to a partner and to roles that do not work on signals', async () => {
    const url = `/api/meldingen/${signalId}/statistiek`;
    const body = { exclusion: 'test', reason: 'Proef.', version: 1 };
    expect((await police.request('PUT', url, body)).statusCode).toBe(403);
    const policy = await signedIn(t.app, U.policy);
    expect((await policy.request('PUT', url, body)).statusCode).toBe(403);
  });
});

describe('a case left out of the figures', () => {
  it('is set by the regie with a reason, checked on the version, shown on the case and in its timeline', async () => {
    const c = await makeCase(t);
    const url = `/api/casussen/${c.id}/statistiek`;
    const before = (await officer.get(`/api/casussen/${c.id}`)).json();
    expect(before.statistics.exclusion).toBeNull();
    const missing = await officer.request('PUT', url, {
      exclusion: 'niet_voor_statistiek',
      version: before.version,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([REASON_MISSING]);
    const marked = await officer.request('PUT', url, {
      exclusion: 'niet_voor_statistiek',
      reason: 'Oefencasus voor de training.',
      version: before.version,
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json().statistics).toMatchObject({ exclusion: 'niet_voor_statistiek', byName: U.officer });
    const stale = await officer.request('PUT', url, { exclusion: null, version: before.version });
    expect(stale.statusCode).toBe(409);
    const after = (await officer.get(`/api/casussen/${c.id}`)).json();
    expect(after.statistics.reason).toBe('Oefencasus voor de training.');
    expect(after.timeline.some((e: { kind: string }) => e.kind === 'statistiek')).toBe(true);
    expect((await police.request('PUT', url, { exclusion: null, version: after.version })).statusCode).toBe(
      403,
    );
  });
});

describe('the threshold k of the analysis in the privacy settings', () => {
  it('is 10 by default, set by the privacy officer from 5 to 100, with a message naming the field', async () => {
    const privacy = await signedIn(t.app, U.privacy);
    const s = (await privacy.get('/api/privacy/instellingen')).json();
    expect(s.analysisK).toBe(10);
    const low = await privacy.request('PUT', '/api/privacy/instellingen', { ...s, analysisK: 4 });
    expect(low.statusCode).toBe(400);
    expect(low.json().errors).toEqual([
      {
        field: 'analysisK',
        nl: 'De drempel is minstens 5 personen per cel.',
        en: 'The threshold is at least 5 persons per cell.',
      },
    ]);
    expect(
      (await privacy.request('PUT', '/api/privacy/instellingen', { ...s, analysisK: 101 })).statusCode,
    ).toBe(400);
    const saved = await privacy.request('PUT', '/api/privacy/instellingen', { ...s, analysisK: 15 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().analysisK).toBe(15);
    const stored = await t.tdb.db.query<{ analysis_k: number }>(
      'SELECT analysis_k FROM privacy_settings WHERE tenant_id = $1',
      [t.tenantId],
    );
    expect(stored.rows[0]?.analysis_k).toBe(15);
  });
});
