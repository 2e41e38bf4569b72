import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCasus } from '../../src/db/casussen.js';
import { DEFAULT_MEASURE_CATALOGUE } from '../../src/domain/casus/measures.js';
import type { TestClient } from '../helpers/test-app.js';
import { listAllCases, listedIds } from './casus-fixtures.js';
import {
  createOverlegApp,
  decide,
  makeSignal,
  type OverlegTestApp,
  placeOnAgenda,
  planMeeting,
  U,
} from './overleggen-fixtures.js';

let t: OverlegTestApp;
let officer: TestClient;
let police: TestClient;
let mayor: TestClient;
let youthCare: TestClient;
let meldpunt: TestClient;
let otherOfficer: TestClient;

beforeAll(async () => {
  t = await createOverlegApp();
  officer = await t.client(U.officer);
  police = await t.client(U.police);
  mayor = await t.client(U.mayor);
  youthCare = await t.client(U.youthCare);
  meldpunt = await t.client(U.meldpunt);
  otherOfficer = await t.client(U.otherOfficer);
});
afterAll(() => t.close());

let counter = 0;

/** A case of Gemeente Lindeburg in the persoonsgerichte aanpak, opened on the given day (default 2026-03-01). */
async function makeCase(openedOn = '2026-03-01'): Promise<{ id: string; personId: string }> {
  const openedAt = new Date(`${openedOn}T10:00:00Z`);
  counter += 1;
  const db = t.tdb.db;
  const p = await db.query<{ id: string }>(
    `INSERT INTO person (tenant_id, display_name, normalized_name, restricted, created_at)
     VALUES ($1, $2, lower($2), false, $3) RETURNING id`,
    [t.tenantId, `Casuspersoon ${counter}`, openedAt],
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
      createdAt: openedAt,
    }),
  );
  return { id: c.id, personId };
}

async function versionOf(id: string): Promise<number> {
  return (await officer.get(`/api/casussen/${id}`)).json().version;
}

async function join(caseId: string, org: string, role = 'Casusregisseur partner'): Promise<string> {
  const r = await officer.post(`/api/casussen/${caseId}/deelnemers`, { organisationId: org, role });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
}

describe('need to know', () => {
  it('lets the officer read the case and logs the read with the person', async () => {
    const c = await makeCase();
    const r = await officer.get(`/api/casussen/${c.id}`);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      access: 'regie',
      phase: 'persoonsgerichte_aanpak',
      situation: 'zorgelijk',
      nextReviewOn: '2026-06-01',
      reviewOverdue: false,
    });
    const log = await t.tdb.db.query<{ action: string; person_id: string; purpose: string }>(
      `SELECT action, person_id, purpose FROM access_log WHERE object_type = 'casus' AND object_id = $1`,
      [c.id],
    );
    expect(log.rows).toContainEqual({ action: 'read', person_id: c.personId, purpose: 'casus' });
    expect(await listedIds(officer)).toContain(c.id);
  });

  it('gives the mayor read-only access and nobody else of the municipality or another one', async () => {
    const c = await makeCase();
    const read = await mayor.get(`/api/casussen/${c.id}`);
    expect(read.json().access).toBe('read');
    const v = read.json().version;
    expect(
      (await mayor.post(`/api/casussen/${c.id}/fase`, { version: v, phase: 'nazorg', reason: 'x' }))
        .statusCode,
    ).toBe(403);
    expect((await meldpunt.get(`/api/casussen/${c.id}`)).statusCode).toBe(403);
    expect((await otherOfficer.get(`/api/casussen/${c.id}`)).statusCode).toBe(404);
    expect((await police.get(`/api/casussen/${c.id}`)).statusCode).toBe(404);
    expect(await listedIds(police)).not.toContain(c.id);
    const denied = await t.tdb.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM access_log WHERE object_id = $1 AND result = 'denied'`,
      [c.id],
    );
    expect(denied.rows[0]?.n).toBeGreaterThanOrEqual(2);
  });

  it('a partner sees the case while it takes part and loses access on its very next request after leaving', async () => {
    const c = await makeCase();
    const pid = await join(c.id, t.org.politie);
    const seen = await police.get(`/api/casussen/${c.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().access).toBe('partner');
    expect(await listedIds(police)).toContain(c.id);
    expect((await police.get(`/api/casussen/${c.id}/plan`)).statusCode).toBe(200);
    // A partner cannot change the case itself.
    expect(
      (await police.post(`/api/casussen/${c.id}/fase`, { version: 1, phase: 'nazorg', reason: 'x' }))
        .statusCode,
    ).toBe(403);

    const left = await officer.post(`/api/casussen/${c.id}/deelnemers/${pid}/beeindigen`, {
      reason: 'Rol in de casus afgerond',
    });
    expect(left.statusCode, left.body).toBe(200);
    expect((await police.get(`/api/casussen/${c.id}`)).statusCode).toBe(404);
    expect((await police.get(`/api/casussen/${c.id}/maatregelen`)).statusCode).toBe(404);
    expect(await listedIds(police)).not.toContain(c.id);

    const detail = (await officer.get(`/api/casussen/${c.id}`)).json();
    expect(detail.participants[0]).toMatchObject({ active: false, leftReason: 'Rol in de casus afgerond' });
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'deelnemer_beeindigd',
      'deelnemer_toegevoegd',
      'geopend',
    ]);
    // Leaving twice is refused; another organisation cannot be used as a participant.
    expect((await officer.post(`/api/casussen/${c.id}/deelnemers/${pid}/beeindigen`, {})).statusCode).toBe(
      400,
    );
    const foreign = await officer.post(`/api/casussen/${c.id}/deelnemers`, {
      organisationId: t.org.oosterveen,
      role: 'x',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].field).toBe('organisationId');
  });

  it('refuses a second active participation of the same organisation', async () => {
    const c = await makeCase();
    await join(c.id, t.org.jeugdzorg);
    const again = await officer.post(`/api/casussen/${c.id}/deelnemers`, {
      organisationId: t.org.jeugdzorg,
      role: 'Nogmaals',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0]).toMatchObject({ field: 'organisationId' });
    expect(again.json().errors[0].nl).toContain('neemt al deel');
  });
});

describe('phase and situation', () => {
  it('changes the phase only with a reason, and records who, when and why', async () => {
    const c = await makeCase();
    const v = await versionOf(c.id);
    const missing = await officer.post(`/api/casussen/${c.id}/fase`, {
      version: v,
      phase: 'nazorg',
      reason: '',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toEqual({
      field: 'reason',
      nl: 'Leg vast waarom de fase verandert.',
      en: 'Record why the phase changes.',
    });
    const noPhase = await officer.post(`/api/casussen/${c.id}/fase`, { version: v, reason: 'x' });
    expect(noPhase.json().errors).toEqual([
      { field: 'phase', nl: 'Kies de nieuwe fase.', en: 'Choose the new phase.' },
    ]);
    // The closure's reason left on no choice: the words the form's own check uses too (checkClosureDraft).
    const noReason = await officer.post(`/api/casussen/${c.id}/afsluiten`, { version: v, reason: '' });
    expect(noReason.json().errors).toEqual([
      {
        field: 'reason',
        nl: 'Kies de reden waarom de casus wordt afgesloten.',
        en: 'Choose why the case is closed.',
      },
    ]);

    const bad = await officer.post(`/api/casussen/${c.id}/fase`, {
      version: v,
      phase: 'onbekend',
      reason: 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('phase');

    const viaPhase = await officer.post(`/api/casussen/${c.id}/fase`, {
      version: v,
      phase: 'afgesloten',
      reason: 'Klaar',
    });
    expect(viaPhase.statusCode).toBe(400);

    const ok = await officer.post(`/api/casussen/${c.id}/fase`, {
      version: v,
      phase: 'nazorg',
      reason: 'Doelen van het plan bereikt',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().version).toBe(v + 1);
    const stale = await officer.post(`/api/casussen/${c.id}/fase`, {
      version: v,
      phase: 'persoonsgerichte_aanpak',
      reason: 'Terugval',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.phase).toBe('nazorg');
    const e = (await officer.get(`/api/casussen/${c.id}`)).json().timeline[0];
    const logged = await t.tdb.db.query<{ action: string; person_id: string }>(
      `SELECT action, person_id FROM access_log WHERE object_id = $1 AND action = 'update'`,
      [c.id],
    );
    expect(logged.rows).toEqual([{ action: 'update', person_id: c.personId }]);
    expect(e).toMatchObject({
      kind: 'fase_gewijzigd',
      from: 'persoonsgerichte_aanpak',
      to: 'nazorg',
      reason: 'Doelen van het plan bereikt',
      by: U.officer,
    });
  });

  it('requires the Raad voor de Kinderbescherming when a minor is concerned, says why, and else offers it as not applicable', async () => {
    const db = t.tdb.db;
    const born = (personId: string, birthDate: string | null) =>
      db.query('UPDATE person SET birth_date = $2 WHERE id = $1', [personId, birthDate]);
    const imminent = async (caseId: string) => {
      const r = await officer.post(`/api/casussen/${caseId}/situatie`, {
        version: await versionOf(caseId),
        situation: 'potentiele_uitreiziger',
        reason: 'Signalen dat een vertrek wordt voorbereid',
        occurredOn: '2026-03-01',
      });
      expect(r.statusCode, r.body).toBe(200);
      const lists = (await officer.get(`/api/casussen/${caseId}/checklists`)).json();
      return lists[0].items.find((i: { code: string }) => i.code === 'raad_kinderbescherming') as {
        id: string;
        status: string;
        required: boolean;
        reason: { nl: string; en: string } | null;
        note: string;
        dueOn: string | null;
        version: number;
      };
    };

    // Of age, no siblings: offered as not applicable, with why; it can be reopened.
    const adult = await makeCase();
    await born(adult.personId, '1990-06-01');
    const a = await imminent(adult.id);
    expect(a).toMatchObject({
      status: 'niet_van_toepassing',
      required: false,
      reason: null,
      dueOn: '2026-03-08',
    });
    expect(a.note).toContain('niemand is minderjarig op 2026-03-01');

    // The person turns 18 after the situation's date: required, and it says why.
    const minor = await makeCase();
    await born(minor.personId, '2008-03-02');
    const m = await imminent(minor.id);
    expect(m).toMatchObject({ status: 'open', required: true });
    expect(m.reason?.nl).toContain('minderjarig op 2026-03-01');
    const refused = await officer.patch(`/api/casussen/${minor.id}/checklistpunten/${m.id}`, {
      version: m.version,
      status: 'niet_van_toepassing',
      note: 'Geen minderjarigen',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: 'status' });

    // Of age, with a younger brother in the netwerkanalyse: required because of him.
    const sibling = await makeCase();
    await born(sibling.personId, '1999-01-01');
    const brother = await db.query<{ id: string }>(
      `INSERT INTO person (tenant_id, display_name, normalized_name, restricted, birth_date, created_at)
       VALUES ($1, 'Broertje Test', 'broertje test', false, '2012-05-05', now()) RETURNING id`,
      [t.tenantId],
    );
    await db.query(
      `INSERT INTO casus_network_person (casus_id, name, relation, linked_person_id, created_at, created_by,
         updated_at, updated_by)
       VALUES ($1, 'Broertje', 'broer_zus', $2, now(), $3, now(), $3)`,
      [sibling.id, brother.rows[0]?.id, t.userId[U.officer]],
    );
    const b = await imminent(sibling.id);
    expect(b).toMatchObject({ status: 'open', required: true });
    expect(b.reason?.nl).toContain('Broertje (2012-05-05)');

    // Birth date unknown: open, saying what to check.
    const unknown = await makeCase();
    const u = await imminent(unknown.id);
    expect(u).toMatchObject({ status: 'open', required: false });
    expect(u.reason?.nl).toContain('niet bekend');
  });

  it('creates the departed checklist with BRP deregistration due three months after the departure date', async () => {
    const c = await makeCase();
    let v = await versionOf(c.id);
    const noDate = await officer.post(`/api/casussen/${c.id}/situatie`, {
      version: v,
      situation: 'uitgereisd',
      reason: 'Bericht van de politie',
    });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().errors.map((e: { field: string }) => e.field)).toContain('occurredOn');

    const r = await officer.post(`/api/casussen/${c.id}/situatie`, {
      version: v,
      situation: 'uitgereisd',
      reason: 'Bericht van de politie: vertrokken naar het buitenland',
      occurredOn: '2026-02-27',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().checklistId).toBeTruthy();
    v = r.json().version;
    const detail = (await officer.get(`/api/casussen/${c.id}`)).json();
    expect(detail).toMatchObject({
      situation: 'uitgereisd',
      departedOn: '2026-02-27',
      situationSince: '2026-02-27',
    });

    const lists = (await officer.get(`/api/casussen/${c.id}/checklists`)).json();
    expect(lists).toHaveLength(1);
    expect(lists[0].kind).toBe('uitgereisd');
    expect(lists[0].items).toHaveLength(8);
    const brp = lists[0].items.find((i: { code: string }) => i.code === 'uitschrijving_brp');
    expect(brp).toMatchObject({ dueOn: '2026-05-27', overdue: false, status: 'open' });
    // Every item has a term from the departure date: what cannot wait on the day itself.
    const due = Object.fromEntries(
      lists[0].items.map((i: { code: string; dueOn: string | null }) => [i.code, i.dueOn]),
    );
    expect(due).toMatchObject({
      aangifte_vermissing: '2026-02-27',
      paspoort_gesignaleerd: '2026-02-27',
      woordvoeringslijn: '2026-03-02',
      netwerkanalyse: '2026-03-13',
    });
    expect(Object.values(due).every((d) => d !== null)).toBe(true);
    // The officer's home page lists the case by reference, with its earliest open term.
    const attention = (await officer.get('/api/casussen/aandacht')).json();
    expect(attention.checklistTerms.find((x: { id: string }) => x.id === c.id)).toMatchObject({
      dueOn: '2026-02-27',
      overdue: true,
      openItems: 4,
    });

    // A departure longer than three months ago: the item is overdue until it is done.
    const old = await makeCase();
    const gone = await officer.post(`/api/casussen/${old.id}/situatie`, {
      version: await versionOf(old.id),
      situation: 'uitgereisd',
      reason: 'Later bekend geworden',
      occurredOn: '2025-11-20',
    });
    expect(gone.statusCode, gone.body).toBe(200);
    const later = (await officer.get(`/api/casussen/${old.id}/checklists`)).json();
    expect(later[0].items.find((i: { code: string }) => i.code === 'uitschrijving_brp')).toMatchObject({
      dueOn: '2026-02-20',
      overdue: true,
    });

    // The case counts its open items for the Checklists part of its navigation; a done item leaves the count.
    const openBefore = (await officer.get(`/api/casussen/${c.id}/checklists`))
      .json()
      .flatMap((l: { items: Array<{ status: string }> }) => l.items)
      .filter((i: { status: string }) => i.status === 'open').length;
    expect(openBefore).toBeGreaterThan(0);
    expect((await officer.get(`/api/casussen/${c.id}`)).json().openChecklistItems).toBe(openBefore);
    const nvt = await officer.patch(`/api/casussen/${c.id}/checklistpunten/${brp.id}`, {
      version: brp.version,
      status: 'niet_van_toepassing',
    });
    expect(nvt.statusCode).toBe(400);
    expect(nvt.json().errors[0]).toMatchObject({ field: 'note' });
    const done = await officer.patch(`/api/casussen/${c.id}/checklistpunten/${brp.id}`, {
      version: brp.version,
      status: 'gedaan',
      note: 'Uitgeschreven per 28 mei',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect((await officer.get(`/api/casussen/${c.id}`)).json().openChecklistItems).toBe(openBefore - 1);
    const stale = await officer.patch(`/api/casussen/${c.id}/checklistpunten/${brp.id}`, {
      version: brp.version,
      status: 'open',
    });
    expect(stale.statusCode).toBe(409);
    const item = (await officer.get(`/api/casussen/${c.id}/checklists`))
      .json()[0]
      .items.find((i: { code: string }) => i.code === 'uitschrijving_brp');
    expect(item).toMatchObject({
      status: 'gedaan',
      overdue: false,
      by: U.officer,
      note: 'Uitgeschreven per 28 mei',
    });

    // Return: the returnee checklist is added; a departed person cannot become "potential traveller".
    const back = await officer.post(`/api/casussen/${c.id}/situatie`, {
      version: v,
      situation: 'potentiele_uitreiziger',
      reason: 'x',
    });
    expect(back.statusCode).toBe(400);
    expect(back.json().errors[0].field).toBe('situation');
    const ret = await officer.post(`/api/casussen/${c.id}/situatie`, {
      version: v,
      situation: 'terugkeerder',
      reason: 'Teruggekeerd via Schiphol',
      occurredOn: '2026-03-01',
    });
    expect(ret.statusCode, ret.body).toBe(200);
    const kinds = (await officer.get(`/api/casussen/${c.id}/checklists`))
      .json()
      .map((l: { kind: string }) => l.kind);
    expect(kinds.sort()).toEqual(['terugkeerder', 'uitgereisd']);
  });
});

describe('plan van aanpak and measures', () => {
  it('saves the plan with optimistic concurrency', async () => {
    const c = await makeCase();
    const empty = (await officer.get(`/api/casussen/${c.id}/plan`)).json();
    expect(empty.version).toBe(0);
    const plan = {
      goals: 'Afstand nemen van het extremistische netwerk; school afmaken.',
      drivers: {
        identiteit: 'Zoekt erbij te horen na verhuizing.',
        betekenis: 'Wil iets betekenen voor anderen.',
        rechtvaardigheid: 'Sterk gevoel van onrecht over discriminatie.',
        sensatie: 'Niet op de voorgrond.',
      },
      protectiveFactors: 'Goede band met oudere zus; voetbalclub.',
      impactOnSurroundings: 'Jongere broer kijkt tegen hem op.',
    };
    const first = await officer.request('PUT', `/api/casussen/${c.id}/plan`, { version: 0, ...plan });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().version).toBe(1);
    const again = await officer.request('PUT', `/api/casussen/${c.id}/plan`, { version: 0, ...plan });
    expect(again.statusCode).toBe(409);
    expect(again.json().current.goals).toBe(plan.goals);
    const second = await officer.request('PUT', `/api/casussen/${c.id}/plan`, {
      version: 1,
      ...plan,
      goals: 'Bijgesteld',
    });
    expect(second.json().version).toBe(2);
    const stale = await officer.request('PUT', `/api/casussen/${c.id}/plan`, { version: 1, ...plan });
    expect(stale.statusCode).toBe(409);
    expect((await officer.get(`/api/casussen/${c.id}/plan`)).json()).toMatchObject({
      goals: 'Bijgesteld',
      drivers: plan.drivers,
      updatedBy: U.officer,
      version: 2,
    });
    // A score is not a field of the plan.
    const scored = await officer.request('PUT', `/api/casussen/${c.id}/plan`, {
      version: 2,
      ...plan,
      riskScore: 7,
    });
    expect(scored.statusCode).toBe(400);
    expect(
      (await mayor.request('PUT', `/api/casussen/${c.id}/plan`, { version: 2, ...plan })).statusCode,
    ).toBe(403);
  });

  it('offers the catalogue and records measures in all three tracks', async () => {
    const c = await makeCase();
    const catalogue = (await officer.get('/api/casussen/maatregelcatalogus')).json() as Array<{
      id: string;
      code: string;
      track: string;
      legalBasis: string | null;
    }>;
    expect(new Set(catalogue.map((e) => e.track))).toEqual(
      new Set(['strafrechtelijk', 'bestuurlijk', 'zorg']),
    );
    // The seeded list is the domain's list.
    expect(catalogue.map((e) => [e.code, e.track, e.legalBasis]).sort()).toEqual(
      DEFAULT_MEASURE_CATALOGUE.map((e) => [e.code, e.track, e.legalBasis]).sort(),
    );
    const passport = catalogue.find((e) => e.code === 'paspoortmaatregel');
    expect(passport?.legalBasis).toBe('Art. 23 Paspoortwet');
    const exit = catalogue.find((e) => e.code === 'exitbegeleiding');
    const stop = catalogue.find((e) => e.code === 'stopgesprek');

    const a = await officer.post(`/api/casussen/${c.id}/maatregelen`, {
      catalogueId: passport?.id,
      ownerOrganisationId: t.tenantId,
      startsOn: '2026-03-05',
      status: 'lopend',
    });
    expect(a.statusCode, a.body).toBe(201);
    const b = await officer.post(`/api/casussen/${c.id}/maatregelen`, {
      catalogueId: exit?.id,
      ownerOrganisationId: t.org.jeugdzorg,
    });
    expect(b.statusCode, b.body).toBe(201);
    const s = await officer.post(`/api/casussen/${c.id}/maatregelen`, {
      catalogueId: stop?.id,
      ownerOrganisationId: t.org.politie,
      ownerUserId: t.userId[U.police],
    });
    expect(s.statusCode, s.body).toBe(201);

    const list = (await officer.get(`/api/casussen/${c.id}/maatregelen`)).json();
    expect(list.map((m: { track: string }) => m.track).sort()).toEqual([
      'bestuurlijk',
      'strafrechtelijk',
      'zorg',
    ]);
    expect(list.find((m: { track: string }) => m.track === 'bestuurlijk')).toMatchObject({
      title: 'Paspoortmaatregel',
      legalBasis: 'Art. 23 Paspoortwet',
      status: 'lopend',
      owner: { organisation: { id: t.tenantId } },
    });
    expect(list.find((m: { track: string }) => m.track === 'strafrechtelijk').owner.user.name).toBe(U.police);
    const timeline = (await officer.get(`/api/casussen/${c.id}`)).json().timeline;
    expect(timeline.filter((e: { kind: string }) => e.kind === 'maatregel_toegevoegd')).toHaveLength(3);
  });

  it('requires a legal basis for a bestuurlijk measure, with Dutch and English messages', async () => {
    const c = await makeCase();
    const r = await officer.post(`/api/casussen/${c.id}/maatregelen`, {
      track: 'bestuurlijk',
      title: 'Gebiedsverbod centrum',
      ownerOrganisationId: t.tenantId,
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors).toEqual([
      {
        field: 'legalBasis',
        nl: expect.stringContaining('wettelijke grondslag'),
        en: expect.stringContaining('legal basis'),
      },
    ]);
    const schema = await officer.post(`/api/casussen/${c.id}/maatregelen`, {
      track: 'politiek',
      ownerOrganisationId: 'geen-uuid',
    });
    expect(schema.statusCode).toBe(400);
    const fields = schema.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['track', 'ownerOrganisationId']));
    for (const e of schema.json().errors) {
      expect(e.nl).toBeTruthy();
      expect(e.en).toBeTruthy();
      expect(e.nl).not.toBe(e.en);
    }
    const dates = await officer.post(`/api/casussen/${c.id}/maatregelen`, {
      track: 'zorg',
      title: 'Mentor',
      ownerOrganisationId: t.tenantId,
      startsOn: '2026-04-01',
      endsOn: '2026-03-01',
    });
    expect(dates.json().errors[0].field).toBe('endsOn');
  });

  it('updates measures by version: the owning partner its own, evaluated in words', async () => {
    const c = await makeCase();
    await join(c.id, t.org.jeugdzorg);
    await join(c.id, t.org.politie);
    const created = await officer.post(`/api/casussen/${c.id}/maatregelen`, {
      track: 'zorg',
      title: 'Jeugdhulp thuis',
      ownerOrganisationId: t.org.jeugdzorg,
    });
    const id = created.json().id;
    const url = `/api/casussen/${c.id}/maatregelen/${id}`;

    // Finishing needs an evaluation in words.
    const noEval = await youthCare.patch(url, { version: 1, status: 'afgerond' });
    expect(noEval.statusCode).toBe(400);
    expect(noEval.json().errors[0].field).toBe('evaluationResult');
    // Police takes part but does not own this measure.
    expect((await police.patch(url, { version: 1, status: 'lopend' })).statusCode).toBe(403);
    // The owner cannot rename it or move it to another organisation.
    expect((await youthCare.patch(url, { version: 1, title: 'Anders' })).statusCode).toBe(400);

    const done = await youthCare.patch(url, {
      version: 1,
      status: 'afgerond',
      endsOn: '2026-03-02',
      evaluationResult: 'Gezin staat weer open voor hulp; dagritme hersteld.',
      evaluationWhatWorked: 'Vaste hulpverlener die ook thuis kwam.',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().version).toBe(2);
    const stale = await officer.patch(url, { version: 1, status: 'lopend' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({
      status: 'afgerond',
      evaluation: { result: 'Gezin staat weer open voor hulp; dagritme hersteld.' },
      version: 2,
    });
    const seen = (await youthCare.get(`/api/casussen/${c.id}/maatregelen`)).json()[0];
    expect(seen.mayEdit).toBe(true);
    expect((await police.get(`/api/casussen/${c.id}/maatregelen`)).json()[0].mayEdit).toBe(false);

    expect((await officer.delete(`${url}?version=1`)).statusCode).toBe(409);
    expect((await officer.delete(`${url}?version=2`)).statusCode).toBe(204);
    expect((await officer.get(`/api/casussen/${c.id}/maatregelen`)).json()).toEqual([]);
  });
});

describe('the measure catalogue per municipality', () => {
  it('lets beheer add own entries and switch a shared one off, for this municipality only', async () => {
    const admin = await t.client(U.admin);
    const own = await admin.post('/api/casussen/maatregelcatalogus', {
      code: 'buurtvader',
      track: 'zorg',
      labelNl: 'Buurtvader als steunfiguur',
      labelEn: 'Neighbourhood father as a support figure',
    });
    expect(own.statusCode, own.body).toBe(201);
    const dup = await admin.post('/api/casussen/maatregelcatalogus', {
      code: 'buurtvader',
      track: 'zorg',
      labelNl: 'x',
      labelEn: 'x',
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors[0].field).toBe('code');
    const badCode = await admin.post('/api/casussen/maatregelcatalogus', {
      code: 'Buurt Vader',
      track: 'zorg',
      labelNl: 'x',
      labelEn: 'x',
    });
    expect(badCode.json().errors[0]).toMatchObject({
      field: 'code',
      nl: expect.any(String),
      en: expect.any(String),
    });
    const off = await admin.post('/api/casussen/maatregelcatalogus', {
      code: 'herhuisvesting',
      track: 'bestuurlijk',
      labelNl: 'Herhuisvesting',
      labelEn: 'Rehousing',
      active: false,
    });
    expect(off.statusCode, off.body).toBe(201);
    expect(
      (
        await officer.post('/api/casussen/maatregelcatalogus', {
          code: 'x1',
          track: 'zorg',
          labelNl: 'x',
          labelEn: 'x',
        })
      ).statusCode,
    ).toBe(403);

    const codes = (await officer.get('/api/casussen/maatregelcatalogus'))
      .json()
      .map((e: { code: string }) => e.code);
    expect(codes).toContain('buurtvader');
    expect(codes).not.toContain('herhuisvesting');
    const beheer = (await admin.get('/api/casussen/maatregelcatalogus')).json();
    expect(beheer.find((e: { code: string }) => e.code === 'herhuisvesting')).toMatchObject({
      own: true,
      active: false,
    });
    const elsewhere = (await otherOfficer.get('/api/casussen/maatregelcatalogus'))
      .json()
      .map((e: { code: string }) => e.code);
    expect(elsewhere).toContain('herhuisvesting');
    expect(elsewhere).not.toContain('buurtvader');

    // A switched-off entry cannot be used for a new measure; switching it on again brings it back.
    const c = await makeCase();
    const used = await officer.post(`/api/casussen/${c.id}/maatregelen`, {
      catalogueId: off.json().id,
      ownerOrganisationId: t.tenantId,
      legalBasis: 'Huisvestingsverordening',
    });
    expect(used.json().errors[0].field).toBe('catalogueId');
    expect(
      (await admin.patch(`/api/casussen/maatregelcatalogus/${off.json().id}`, { active: true })).statusCode,
    ).toBe(204);
    const shared = (await officer.get('/api/casussen/maatregelcatalogus')).json();
    expect(shared.map((e: { code: string }) => e.code)).toContain('herhuisvesting');
    // The shared list itself is not beheer's to change.
    const sharedId = shared.find((e: { code: string }) => e.code === 'meldplicht').id;
    expect(
      (await admin.patch(`/api/casussen/maatregelcatalogus/${sharedId}`, { active: false })).statusCode,
    ).toBe(404);
  });
});

describe('review and closure', () => {
  it('records a review and sets the next one three months on by default', async () => {
    const c = await makeCase('2025-11-15');
    const overdue = (await officer.get(`/api/casussen/${c.id}`)).json();
    expect(overdue).toMatchObject({ nextReviewOn: '2026-02-15', reviewOverdue: true });
    const r = await officer.post(`/api/casussen/${c.id}/evaluatie`, {
      version: overdue.version,
      note: 'Besproken in het casusoverleg',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().nextReviewOn).toBe('2026-06-02');
    expect((await officer.get(`/api/casussen/${c.id}`)).json().reviewOverdue).toBe(false);
    const past = await officer.post(`/api/casussen/${c.id}/evaluatie`, {
      version: r.json().version,
      nextReviewOn: '2026-01-01',
    });
    expect(past.json().errors[0].field).toBe('nextReviewOn');
    const e = (await officer.get(`/api/casussen/${c.id}`)).json().timeline[0];
    expect(e).toMatchObject({ kind: 'evaluatie', to: '2026-06-02', reason: 'Besproken in het casusoverleg' });
  });

  it('closes with a reason, ends every participation and then refuses changes', async () => {
    const c = await makeCase();
    await join(c.id, t.org.politie);
    const v = await versionOf(c.id);
    const noNote = await officer.post(`/api/casussen/${c.id}/afsluiten`, { version: v, reason: 'anders' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().errors[0].field).toBe('note');
    const badReason = await officer.post(`/api/casussen/${c.id}/afsluiten`, {
      version: v,
      reason: 'opgelost',
    });
    expect(badReason.statusCode).toBe(400);
    const ok = await officer.post(`/api/casussen/${c.id}/afsluiten`, {
      version: v,
      reason: 'verhuisd',
      note: 'Verhuisd naar het buitenland',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const d = (await officer.get(`/api/casussen/${c.id}`)).json();
    expect(d).toMatchObject({ phase: 'afgesloten', closureReason: 'verhuisd', reviewOverdue: false });
    expect(d.participants.every((p: { active: boolean }) => !p.active)).toBe(true);
    expect((await police.get(`/api/casussen/${c.id}`)).statusCode).toBe(404);
    // Every part of a closed case refuses a change, saying the case is closed and what to do instead.
    const v2 = d.version;
    const writes: Array<[string, string, string, Record<string, unknown>]> = [
      [
        'familie',
        'POST',
        'familie',
        {
          contactOn: '2026-02-20',
          kind: 'praktisch',
          withWhom: 'Moeder',
          summary: 'Vragen over nazorg.',
          followUp: '',
          followUpDueOn: null,
        },
      ],
      [
        'netwerk',
        'POST',
        'netwerk/personen',
        {
          name: 'Youssef',
          relation: 'broer_zus',
          vulnerability: 'Jongere broer.',
          preventiveCare: false,
        },
      ],
      [
        'plan',
        'PUT',
        'plan',
        {
          version: 0,
          goals: 'Nazorg',
          drivers: { identiteit: 'x', betekenis: 'x', rechtvaardigheid: 'x', sensatie: 'x' },
          protectiveFactors: 'x',
          impactOnSurroundings: 'x',
        },
      ],
      [
        'maatregelen',
        'POST',
        'maatregelen',
        { track: 'zorg', title: 'Mentor', ownerOrganisationId: t.tenantId },
      ],
      [
        'woordvoering',
        'PUT',
        'woordvoeringslijn',
        {
          version: 0,
          spokesperson: 'om',
          lines: 'Geen uitspraken.',
          agreedOn: '2026-03-02',
        },
      ],
      ['deelnemers', 'POST', 'deelnemers', { organisationId: t.org.jeugdzorg, role: 'Nazorg' }],
      ['fase', 'POST', 'fase', { version: v2, phase: 'nazorg', reason: 'Nazorg' }],
      [
        'situatie',
        'POST',
        'situatie',
        {
          version: v2,
          situation: 'uitgereisd',
          reason: 'Bericht',
          occurredOn: '2026-03-01',
        },
      ],
      ['evaluatie', 'POST', 'evaluatie', { version: v2, note: 'Evaluatie' }],
    ];
    for (const [part, method, path, body] of writes) {
      const r = await officer.request(method, `/api/casussen/${c.id}/${path}`, body);
      expect([part, r.statusCode]).toEqual([part, 409]);
      expect(r.json()).toMatchObject({
        code: 'case_closed',
        message: {
          nl: expect.stringContaining('Deze casus is afgesloten'),
          en: expect.stringContaining('closed'),
        },
      });
    }
    const family = await officer.post(`/api/casussen/${c.id}/familie`, writes[0]?.[3]);
    expect(family.json().message.nl).toContain('kan er geen familiecontact meer bij');
    expect(family.json().message.nl).toContain('hoort in de fase nazorg');
    expect(
      (await officer.post(`/api/casussen/${c.id}/afsluiten`, { version: d.version, reason: 'verhuisd' }))
        .statusCode,
    ).toBe(400);
    // The mayor still reads the closed case.
    expect((await mayor.get(`/api/casussen/${c.id}`)).statusCode).toBe(200);
  });
});

describe('a case opened by the weegploeg', () => {
  it('shows the weighing decision and the opening in its timeline', async () => {
    const weegploeg = await planMeeting(officer, {
      type: 'weegploeg',
      startsAt: '2026-03-03T09:00:00.000Z',
      chairUserId: t.userId[U.mayor],
    });
    const s = await makeSignal(t, {
      status: 'besloten',
      outcome: 'zorgen_radicalisering',
      person: 'Wout Weging',
    });
    const item = await placeOnAgenda(officer, weegploeg, { signalId: s.id });
    const r = await decide(officer, mayor, item, {
      included: true,
      criteriaWeighed: ['Ernst en concreetheid van de zorgen'],
      decidedBy: [
        { party: 'politie', organisationId: t.org.politie },
        { party: 'om', organisationId: t.org.om },
        { party: 'burgemeester', name: 'J. van Dijk' },
      ],
      reasons: 'Gezamenlijk beeld.',
    });
    expect(r.statusCode, r.body).toBe(200);
    const d = (await officer.get(`/api/casussen/${r.json().casusId}`)).json();
    expect(d).toMatchObject({ person: { name: 'Wout Weging' }, situation: 'zorgelijk', access: 'regie' });
    expect(
      d.timeline.map((e: { kind: string; from: string | null; to: string | null }) => [e.kind, e.from, e.to]),
    ).toEqual([
      ['geopend', null, d.reference],
      ['overleg_besluit', 'weegploeg', 'pga_ja'],
    ]);
  });
});

describe('the regisseur of a case', () => {
  const weighing = () => ({
    included: true,
    criteriaWeighed: ['Ernst en concreetheid van de zorgen'],
    decidedBy: [
      { party: 'politie', organisationId: t.org.politie },
      { party: 'om', organisationId: t.org.om },
      { party: 'burgemeester', name: 'J. van Dijk' },
    ],
    reasons: 'Gezamenlijk beeld.',
  });
  const attention = async () =>
    (await officer.get('/api/casussen/aandacht')).json() as { withoutRegisseur: Array<{ id: string }> };

  it('is named by the weegploeg, or asked for on the home page and named by the casusoverleg', async () => {
    const regisseurs = (await mayor.get('/api/casussen/regisseurs')).json() as Array<{
      id: string;
      name: string;
    }>;
    expect(regisseurs.map((r) => r.name)).toContain(U.officer);
    expect(regisseurs.map((r) => r.name)).not.toContain(U.police);
    const weegploeg = await planMeeting(officer, {
      type: 'weegploeg',
      startsAt: '2026-03-03T09:00:00.000Z',
      chairUserId: t.userId[U.mayor],
    });

    // Named with the yes.
    const named = await makeSignal(t, { status: 'besloten', outcome: 'zorgen_radicalisering' });
    const first = await placeOnAgenda(officer, weegploeg, { signalId: named.id });
    const policeUser = t.userId[U.police];
    const wrong = await decide(officer, mayor, first, { ...weighing(), regisseurUserId: policeUser });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ field: 'regisseurUserId' });
    const yes = await decide(officer, mayor, first, { ...weighing(), regisseurUserId: t.userId[U.officer] });
    expect(yes.statusCode, yes.body).toBe(200);
    const withOne = (await officer.get(`/api/casussen/${yes.json().casusId}`)).json();
    expect(withOne.regisseur).toMatchObject({ name: U.officer });
    expect((await attention()).withoutRegisseur.map((c) => c.id)).not.toContain(withOne.id);

    // Not named: the officer's home page asks for one; the casusoverleg names them, in the timeline.
    const unnamed = await makeSignal(t, { status: 'besloten', outcome: 'zorgen_radicalisering' });
    const second = await placeOnAgenda(officer, weegploeg, { signalId: unnamed.id });
    const yes2 = await decide(officer, mayor, second, weighing());
    expect(yes2.statusCode, yes2.body).toBe(200);
    const caseId = yes2.json().casusId as string;
    expect((await officer.get(`/api/casussen/${caseId}`)).json().regisseur).toBeNull();
    expect((await attention()).withoutRegisseur.map((c) => c.id)).toContain(caseId);
    const meeting = await planMeeting(officer, {
      type: 'casusoverleg',
      startsAt: '2026-03-04T09:00:00.000Z',
      chairUserId: t.userId[U.officer],
    });
    const item = await placeOnAgenda(officer, meeting, { casusId: caseId });
    const decided = await decide(officer, officer, item, {
      decisions: 'Plan van aanpak opgesteld.',
      regisseurUserId: t.userId[U.officer],
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const d = (await officer.get(`/api/casussen/${caseId}`)).json();
    expect(d.regisseur).toMatchObject({ name: U.officer });
    expect(d.timeline.map((e: { kind: string; to: string | null }) => [e.kind, e.to])).toContainEqual([
      'regisseur_benoemd',
      U.officer,
    ]);
    expect((await attention()).withoutRegisseur.map((c) => c.id)).not.toContain(caseId);
  });
});

describe('demo data', () => {
  it('fills the demo cases with participants, a plan, measures and situation checklists', async () => {
    const list = await listAllCases(officer);
    const demo = list.filter((c) => !c.person.name.startsWith('Casuspersoon'));
    expect(demo.length).toBeGreaterThan(0);
    const departed = demo.find((c) => c.situation === 'uitgereisd');
    expect(departed).toBeDefined();
    const lists = (await officer.get(`/api/casussen/${departed?.id}/checklists`)).json();
    expect(lists[0].items.find((i: { code: string }) => i.code === 'uitschrijving_brp').dueOn).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    const first = demo[0] as { id: string };
    expect((await officer.get(`/api/casussen/${first.id}/plan`)).json().version).toBe(1);
    const tracks = (await officer.get(`/api/casussen/${first.id}/maatregelen`))
      .json()
      .map((m: { track: string }) => m.track);
    expect(tracks).toEqual(expect.arrayContaining(['strafrechtelijk', 'zorg']));
    expect((await officer.get(`/api/casussen/${first.id}`)).json().participants.length).toBeGreaterThan(0);
  });
});
