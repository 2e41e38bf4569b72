import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCasus } from '../../src/db/casussen.js';
import type { TestClient } from '../helpers/test-app.js';
import { createOverlegApp, type OverlegTestApp, U } from './overleggen-fixtures.js';

let t: OverlegTestApp;
let police: TestClient;
let privacy: TestClient;
let officer: TestClient;
let meldpunt: TestClient;
let admin: TestClient;

// A generous timeout: setting up a whole database is slow when the machine is busy.
beforeAll(async () => {
  t = await createOverlegApp();
  police = await t.client(U.police);
  privacy = await t.client(U.privacy);
  officer = await t.client(U.officer);
  meldpunt = await t.client(U.meldpunt);
  admin = await t.client(U.admin);
}, 180_000);
afterAll(() => t.close());

async function makeCase(): Promise<{ id: string; reference: string; personId: string }> {
  const db = t.tdb.db;
  const at = new Date('2026-03-01T10:00:00Z');
  const p = await db.query<{ id: string }>(
    `INSERT INTO person (tenant_id, display_name, normalized_name, created_at) VALUES ($1, 'Noodpersoon', 'noodpersoon', $2)
     RETURNING id`,
    [t.tenantId, at],
  );
  const personId = p.rows[0]?.id as string;
  const c = await db.tx((q) =>
    insertCasus(q, {
      tenantId: t.tenantId,
      personId,
      year: 2026,
      phase: 'persoonsgerichte_aanpak',
      regisseurUserId: t.userId[U.officer] ?? null,
      openedFromDecisionId: null,
      createdAt: at,
    }),
  );
  return { ...c, personId };
}

/** Moves the clock in steps shorter than the idle timeout, with every client active, so sessions stay. */
async function travel(ms: number): Promise<void> {
  const step = 20 * 60_000;
  for (let left = ms; left > 0; left -= step) {
    t.clock.advance(Math.min(step, left));
    for (const c of [police, privacy, officer, meldpunt, admin]) await c.get('/api/auth/session');
  }
}

const REASON = 'Acute dreiging: de wijkagent moet weten of er een contactverbod geldt.';

describe('break-the-glass', () => {
  it('grants a partner read access for four hours, logs it, notifies the privacy officer, and ends on time', async () => {
    const c = await makeCase();
    expect((await police.get(`/api/casussen/${c.id}`)).statusCode).toBe(404);

    const res = await police.post('/api/noodtoegang', { reference: c.reference, reason: REASON });
    expect(res.statusCode).toBe(201);
    const grant = res.json();
    expect(grant).toMatchObject({ casusId: c.id, casusReference: c.reference, active: true, review: null });
    expect(new Date(grant.expiresAt).getTime() - new Date(grant.grantedAt).getTime()).toBe(4 * 3_600_000);

    // Read, never change; every read is logged with purpose 'noodtoegang'.
    const read = await police.get(`/api/casussen/${c.id}`);
    expect(read.statusCode).toBe(200);
    const log = await t.tdb.db.query<{ action: string; purpose: string; person_id: string }>(
      `SELECT action, purpose, person_id FROM access_log WHERE object_id = $1 AND actor_user_id = $2 ORDER BY id`,
      [c.id, t.userId[U.police]],
    );
    expect(log.rows.map((r) => [r.action, r.purpose])).toEqual([
      ['read', 'casus'],
      ['noodtoegang', 'noodtoegang'],
      ['read', 'noodtoegang'],
    ]);
    expect(log.rows[2]?.person_id).toBe(c.personId);

    // The banner on every page.
    const banner = await police.get('/api/noodtoegang/actief');
    expect(banner.json()).toHaveLength(1);

    // The privacy officer gets a content-free mail through the outbox.
    const mail = await t.tdb.db.query<{ subject: string; body: string }>(
      "SELECT subject, body FROM meeting_outbox WHERE kind = 'noodtoegang' AND recipient_user_id = $1",
      [t.userId[U.privacy]],
    );
    expect(mail.rows).toHaveLength(1);
    expect(mail.rows[0]?.body).not.toContain(c.reference);
    expect(mail.rows[0]?.body).not.toContain('Noodpersoon');

    // Asking again while it runs gives the same grant, not a second one.
    const again = await police.post('/api/noodtoegang', { reference: c.reference, reason: REASON });
    expect(again.json().id).toBe(grant.id);

    await travel(4 * 3_600_000 - 60_000);
    expect((await police.get(`/api/casussen/${c.id}`)).statusCode).toBe(200);
    await travel(60_000);
    expect((await police.get(`/api/casussen/${c.id}`)).statusCode).toBe(404);
    expect((await police.get('/api/noodtoegang/actief')).json()).toEqual([]);
  }, 90_000);

  it('is reviewed by the privacy officer in words; a stale review is refused with 409', async () => {
    const list = await privacy.get('/api/privacy/noodtoegang');
    expect(list.statusCode).toBe(200);
    const open = list.json().find((g: { review: unknown }) => g.review === null);
    expect(open).toMatchObject({ userName: U.police, reason: REASON });

    const empty = await privacy.post(`/api/privacy/noodtoegang/${open.id}/beoordeling`, {
      judgement: '',
      justified: true,
      version: open.version,
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toMatchObject({ field: 'judgement' });

    const ok = await privacy.post(`/api/privacy/noodtoegang/${open.id}/beoordeling`, {
      judgement: 'Terecht: acute dreiging, alleen gelezen wat nodig was.',
      justified: true,
      version: open.version,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().review).toMatchObject({ justified: true, reviewedByName: U.privacy });

    const stale = await privacy.post(`/api/privacy/noodtoegang/${open.id}/beoordeling`, {
      judgement: 'Nog een oordeel',
      justified: false,
      version: open.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('needs a reason and a case of the own municipality; not for who already has access or never works on cases', async () => {
    const c = await makeCase();
    const noReason = await police.post('/api/noodtoegang', { reference: c.reference, reason: 'snel' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');

    const unknown = await police.post('/api/noodtoegang', { reference: 'C-2026-9999', reason: REASON });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('reference');

    const already = await officer.post('/api/noodtoegang', { reference: c.reference, reason: REASON });
    expect(already.statusCode).toBe(400);
    expect(already.json().errors[0].en).toMatch(/already have access/);

    expect(
      (await meldpunt.post('/api/noodtoegang', { reference: c.reference, reason: REASON })).statusCode,
    ).toBe(403);
    expect((await police.get('/api/privacy/noodtoegang')).statusCode).toBe(403);
  });

  it('can be given back early', async () => {
    const c = await makeCase();
    const g = (await police.post('/api/noodtoegang', { reference: c.reference, reason: REASON })).json();
    expect((await police.post(`/api/noodtoegang/${g.id}/beeindigen`)).statusCode).toBe(204);
    expect((await police.get(`/api/casussen/${c.id}`)).statusCode).toBe(404);
  });
});

describe('privacy settings and retention terms over HTTP', () => {
  it('the functioneel beheerder sets a shorter term; a concurrent change gets 409; out of range names the field', async () => {
    const rules = (await admin.get('/api/privacy/bewaartermijnen')).json();
    const advies = rules.find((r: { kind: string }) => r.kind === 'adviesvraag');
    expect(advies).toMatchObject({ termMonths: 12, isDefault: true, version: 0 });
    expect(advies.source).toContain('AVG');

    const bad = await admin.request('PUT', '/api/privacy/bewaartermijnen/adviesvraag', {
      termMonths: 0,
      note: null,
      version: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('termMonths');

    const saved = await admin.request('PUT', '/api/privacy/bewaartermijnen/adviesvraag', {
      termMonths: 6,
      note: 'Adviesvragen bevatten zelden persoonsgegevens',
      version: 0,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().find((r: { kind: string }) => r.kind === 'adviesvraag')).toMatchObject({
      termMonths: 6,
      isDefault: false,
      version: 1,
    });
    const stale = await privacy.request('PUT', '/api/privacy/bewaartermijnen/adviesvraag', {
      termMonths: 9,
      note: null,
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    // The administrator configures, but does not see what would be deleted.
    expect((await admin.get('/api/privacy/bewaartermijnen/proefrun')).statusCode).toBe(403);
  });

  it('the break-the-glass duration is a setting', async () => {
    const s = (await privacy.get('/api/privacy/instellingen')).json();
    expect(s).toEqual({
      breakGlassHours: 4,
      breakGlassMaxPer30Days: 3,
      breakGlassFourEyes: false,
      breakGlassPendingMinutes: 30,
      unusualWindowMinutes: 60,
      unusualThreshold: 25,
      unusualBreakGlassThreshold: 1,
      analysisK: 10,
      version: 0,
    });
    const saved = await privacy.request('PUT', '/api/privacy/instellingen', { ...s, breakGlassHours: 2 });
    expect(saved.json()).toMatchObject({ breakGlassHours: 2, version: 1 });
    const c = await makeCase();
    const g = (await police.post('/api/noodtoegang', { reference: c.reference, reason: REASON })).json();
    expect(new Date(g.expiresAt).getTime() - new Date(g.grantedAt).getTime()).toBe(2 * 3_600_000);
  });

  it('a legal hold on a case: placed by reference, listed, shown in the dry run as held, lifted with its version', async () => {
    const c = await makeCase();
    await t.tdb.db.query("UPDATE casus SET phase = 'afgesloten', closed_at = $2 WHERE id = $1", [
      c.id,
      new Date('2020-01-01T10:00:00Z'),
    ]);
    await t.tdb.db.query('UPDATE casus SET created_at = $2 WHERE id = $1', [
      c.id,
      new Date('2019-06-01T10:00:00Z'),
    ]);
    const bad = await privacy.post('/api/privacy/bewaarplichten', {
      objectType: 'casus',
      reference: c.reference,
      reason: '',
      endsOn: '2020-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['reason', 'endsOn']);
    const placed = await privacy.post('/api/privacy/bewaarplichten', {
      objectType: 'casus',
      reference: c.reference,
      reason: 'Klacht bij de Autoriteit Persoonsgegevens loopt',
      endsOn: '2027-12-31',
    });
    expect(placed.statusCode).toBe(201);
    const dry = (await privacy.get('/api/privacy/bewaartermijnen/proefrun')).json();
    expect(dry.find((p: { id: string }) => p.id === c.id)).toMatchObject({
      kind: 'casus_afgesloten',
      label: c.reference,
      holdEndsOn: '2027-12-31',
    });
    const holds = (await privacy.get('/api/privacy/bewaarplichten')).json();
    const h = holds.find((x: { id: string }) => x.id === placed.json().id);
    expect(h).toMatchObject({ label: c.reference, liftedAt: null, version: 1 });
    expect(
      (await privacy.post(`/api/privacy/bewaarplichten/${h.id}/opheffen`, { version: 1 })).statusCode,
    ).toBe(204);
    expect(
      (await privacy.post(`/api/privacy/bewaarplichten/${h.id}/opheffen`, { version: 1 })).statusCode,
    ).toBe(409);

    // Run now: the case goes, with a tombstone in the history.
    const run = await privacy.post('/api/privacy/bewaartermijnen/uitvoeren');
    expect(run.statusCode).toBe(200);
    expect(run.json().deleted.casus_afgesloten).toBeGreaterThanOrEqual(1);
    const hist = (await privacy.get('/api/privacy/bewaartermijnen/historie')).json();
    expect(hist.runs[0].startedByName).toBe(U.privacy);
    expect(hist.tombstones).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          objectType: 'casus',
          objectId: c.id,
          rule: 'bewaartermijn:casus_afgesloten:60m',
        }),
      ]),
    );
  });

  it('the dry run looks ahead: what runs out within 30 days, with its date and rule; the dashboard counts it', async () => {
    const c = await makeCase();
    const now = t.clock.now();
    // Closed so that its five years run out 20 days from now.
    const last = new Date(now.getTime() + 20 * 86_400_000);
    last.setUTCFullYear(last.getUTCFullYear() - 5);
    await t.tdb.db.query(
      "UPDATE casus SET phase = 'afgesloten', closed_at = $2, created_at = $2 WHERE id = $1",
      [c.id, last],
    );
    const dry = async (q: string) =>
      (
        (await privacy.get(`/api/privacy/bewaartermijnen/proefrun${q}`)).json() as Array<{
          id: string;
          expiresAt: string;
          rule: string;
        }>
      ).find((p) => p.id === c.id);
    expect(await dry('')).toBeUndefined();
    expect(await dry('?vooruit=10')).toBeUndefined();
    const ahead = await dry('?vooruit=30');
    expect(ahead).toMatchObject({ rule: 'bewaartermijn:casus_afgesloten:60m' });
    expect(new Date(ahead?.expiresAt ?? 0).getTime()).toBeGreaterThan(now.getTime());
    expect((await dry('?vooruit=90'))?.id).toBe(c.id);
    expect((await privacy.get('/api/privacy/bewaartermijnen/proefrun?vooruit=400')).statusCode).toBe(400);
    const dashboard = (await privacy.get('/api/privacy/dashboard')).json();
    expect(dashboard.expiring.days).toBe(30);
    expect(dashboard.expiring.byKind.casus_afgesloten).toBeGreaterThanOrEqual(1);
  });

  it('the dashboard lists a user who opened more different records than the threshold in the window', async () => {
    const db = t.tdb.db;
    const now = t.clock.now();
    for (let i = 0; i < 26; i++) {
      await db.query(
        `INSERT INTO access_log (at, tenant_id, actor_user_id, action, object_type, object_id, result)
         VALUES ($1, $2, $3, 'read', 'person', gen_random_uuid()::text, 'ok')`,
        [new Date(now.getTime() - 30 * 60_000 + i * 60_000), t.tenantId, t.userId[U.meldpunt]],
      );
    }
    const d = await privacy.get('/api/privacy/dashboard');
    expect(d.statusCode).toBe(200);
    const body = d.json();
    expect(body.unusualAccess.findings).toEqual([
      expect.objectContaining({ userName: U.meldpunt, distinctRecords: 26 }),
    ]);
    expect(body.openReviews).toBeGreaterThanOrEqual(1);
    expect(body.lastRun).not.toBeNull();
    expect((await officer.get('/api/privacy/dashboard')).statusCode).toBe(403);
  });
});
