import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/test-app.js';
import { joinCase, listedIds, makeCase, makePerson } from './casus-fixtures.js';
import { createOverlegApp, legalBasisId, type OverlegTestApp, U } from './overleggen-fixtures.js';

let t: OverlegTestApp;
let officer: TestClient;
let police: TestClient;
let mayor: TestClient;
let receiver: TestClient;
let basis: string;

beforeAll(async () => {
  t = await createOverlegApp();
  officer = await t.client(U.officer);
  police = await t.client(U.police);
  mayor = await t.client(U.mayor);
  receiver = await t.client(U.otherOfficer);
  basis = await legalBasisId(officer);
});
afterAll(() => t.close());

const versionOf = async (c: TestClient, id: string) => (await c.get(`/api/casussen/${id}`)).json().version;

describe('handover to another municipality', () => {
  it('offers the other municipalities with their officers', async () => {
    const c = await makeCase(t);
    const r = await officer.get(`/api/casussen/${c.id}/overdracht/opties`);
    expect(r.statusCode, r.body).toBe(200);
    const names = r.json().municipalities.map((m: { name: string }) => m.name);
    expect(names).toContain('Gemeente Oosterveen');
    expect(names).not.toContain('Gemeente Lindeburg');
    const oosterveen = r.json().municipalities.find((m: { id: string }) => m.id === t.org.oosterveen);
    expect(oosterveen.officers).toEqual([{ id: t.userId[U.otherOfficer], name: U.otherOfficer }]);
    expect((await police.get(`/api/casussen/${c.id}/overdracht/opties`)).statusCode).toBe(403);
  });

  it('moves the file and the regie; the sender keeps only the content-free fact', async () => {
    const c = await makeCase(t, { name: 'Kees Verhuisd' });
    await joinCase(officer, c.id, t.org.politie);
    const plan = await officer.request('PUT', `/api/casussen/${c.id}/plan`, {
      version: 0,
      goals: 'Doelen van het plan.',
      drivers: { identiteit: '', betekenis: '', rechtvaardigheid: '', sensatie: '' },
      protectiveFactors: '',
      impactOnSurroundings: '',
    });
    expect(plan.statusCode).toBe(200);
    const senderRecord = await makePerson(t, { name: 'Broer Verhuisd' });
    const senderCase = await makeCase(t);
    const np = await officer.post(`/api/casussen/${c.id}/netwerk/personen`, {
      name: 'Broer',
      relation: 'broer_zus',
      preventiveCare: false,
      linkedPersonId: senderRecord,
      linkedCasusId: senderCase.id,
    });
    expect(np.statusCode, np.body).toBe(201);

    const body = {
      version: await versionOf(officer, c.id),
      toMunicipalityId: t.org.oosterveen,
      toOfficerUserId: t.userId[U.otherOfficer],
      legalBasisId: basis,
      reason: 'Verhuisd naar Oosterveen',
    };
    const r = await officer.post(`/api/casussen/${c.id}/overdracht`, body);
    expect(r.statusCode, r.body).toBe(200);
    const newReference = r.json().reference as string;
    expect(newReference).toMatch(/^C-2026-\d{4}$/);

    // The sending side: no access, not listed; only the fact that it handed the case over.
    expect((await officer.get(`/api/casussen/${c.id}`)).statusCode).toBe(404);
    expect((await officer.get(`/api/casussen/${c.id}/plan`)).statusCode).toBe(404);
    expect((await mayor.get(`/api/casussen/${c.id}`)).statusCode).toBe(404);
    expect((await police.get(`/api/casussen/${c.id}`)).statusCode).toBe(404);
    expect(await listedIds(officer)).not.toContain(c.id);
    const handed = (await officer.get('/api/casussen/overdrachten')).json().items;
    expect(handed).toEqual([
      expect.objectContaining({
        reference: c.reference,
        to: 'Gemeente Oosterveen',
        by: U.officer,
        closureReason: 'overgedragen',
      }),
    ]);
    expect(JSON.stringify(handed)).not.toContain('Kees');
    expect((await mayor.get('/api/casussen/overdrachten')).json().items).toHaveLength(1);
    expect((await receiver.get('/api/casussen/overdrachten')).json()).toEqual({
      items: [],
      nextCursor: null,
    });
    expect((await officer.get('/api/casussen/overdrachten?cursor=x')).json().errors[0].field).toBe('cursor');

    // The receiving side: the regie, the whole file, the sender's participations ended.
    const detail = (await receiver.get(`/api/casussen/${c.id}`)).json();
    expect(detail).toMatchObject({
      access: 'regie',
      reference: newReference,
      person: { name: 'Kees Verhuisd' },
      regisseur: { id: t.userId[U.otherOfficer], name: U.otherOfficer },
      phase: 'persoonsgerichte_aanpak',
    });
    expect(detail.person.id).not.toBe(c.personId);
    expect(detail.participants.every((p: { active: boolean }) => !p.active)).toBe(true);
    expect(detail.timeline[0]).toMatchObject({
      kind: 'overgedragen',
      from: `Gemeente Lindeburg (${c.reference})`,
      to: `Gemeente Oosterveen (${newReference})`,
      reason: 'Verhuisd naar Oosterveen',
      by: U.officer,
    });
    expect((await receiver.get(`/api/casussen/${c.id}/plan`)).json().goals).toBe('Doelen van het plan.');
    // No links into the sender's own records.
    const network = (await receiver.get(`/api/casussen/${c.id}/netwerk`)).json();
    expect(network.persons[0]).toMatchObject({ name: 'Broer', linkedPerson: null, linkedCase: null });
    const links = await t.tdb.db.query(
      'SELECT linked_person_id, linked_casus_id FROM casus_network_person WHERE casus_id = $1',
      [c.id],
    );
    expect(links.rows).toEqual([{ linked_person_id: null, linked_casus_id: null }]);

    // Both sides logged; the disclosure recorded with its basis.
    const log = await t.tdb.db.query<{ action: string; tenant_id: string; person_id: string }>(
      `SELECT action, tenant_id, person_id FROM access_log WHERE object_id = $1 AND action LIKE 'handover%'
       ORDER BY id`,
      [c.id],
    );
    expect(log.rows).toEqual([
      { action: 'handover', tenant_id: t.tenantId, person_id: c.personId },
      { action: 'handover_received', tenant_id: t.org.oosterveen, person_id: detail.person.id },
    ]);
    const d = await t.tdb.db.query<{
      tenant_id: string;
      recipient_organisation_id: string;
      legal_basis_id: string;
    }>(
      `SELECT tenant_id, recipient_organisation_id, legal_basis_id FROM disclosure
       WHERE object_type = 'casus_handover' AND object_id = $1`,
      [c.id],
    );
    expect(d.rows).toEqual([
      { tenant_id: t.tenantId, recipient_organisation_id: t.org.oosterveen, legal_basis_id: basis },
    ]);

    // The receiver works on: it can close the case or hand it on.
    const v = detail.version;
    expect((await officer.post(`/api/casussen/${c.id}/overdracht`, { ...body, version: v })).statusCode).toBe(
      404,
    );
    const closed = await receiver.post(`/api/casussen/${c.id}/afsluiten`, {
      version: v,
      reason: 'disengaged',
    });
    expect(closed.statusCode, closed.body).toBe(200);
  });

  it('validates the receiver, the basis and the version, and never closes as "overgedragen" by hand', async () => {
    const c = await makeCase(t);
    const v = await versionOf(officer, c.id);
    const body = {
      version: v,
      toMunicipalityId: t.org.oosterveen,
      toOfficerUserId: t.userId[U.otherOfficer],
      legalBasisId: basis,
      reason: 'Verhuisd',
    };
    const own = await officer.post(`/api/casussen/${c.id}/overdracht`, {
      ...body,
      toMunicipalityId: t.tenantId,
    });
    expect(own.statusCode).toBe(400);
    expect(own.json().errors[0].field).toBe('toMunicipalityId');
    const notOfficer = await officer.post(`/api/casussen/${c.id}/overdracht`, {
      ...body,
      toOfficerUserId: t.userId[U.officer],
    });
    expect(notOfficer.json().errors[0].field).toBe('toOfficerUserId');
    const partner = await officer.post(`/api/casussen/${c.id}/overdracht`, {
      ...body,
      toMunicipalityId: t.org.politie,
    });
    expect(partner.json().errors[0].field).toBe('toMunicipalityId');
    const stale = await officer.post(`/api/casussen/${c.id}/overdracht`, { ...body, version: v + 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: c.id, version: v });
    expect((await officer.get(`/api/casussen/${c.id}`)).statusCode).toBe(200);
    expect((await mayor.post(`/api/casussen/${c.id}/overdracht`, body)).statusCode).toBe(403);

    const byHand = await officer.post(`/api/casussen/${c.id}/afsluiten`, {
      version: v,
      reason: 'overgedragen',
    });
    expect(byHand.statusCode).toBe(400);
    expect(byHand.json().errors[0].field).toBe('reason');
  });
});
