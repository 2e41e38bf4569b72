import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/test-app.js';
import { logOf, makeCase } from './casus-fixtures.js';
import { createOverlegApp, type OverlegTestApp, U } from './overleggen-fixtures.js';

let t: OverlegTestApp;
let officer: TestClient;
let admin: TestClient;
let otherOfficer: TestClient;

beforeAll(async () => {
  t = await createOverlegApp();
  officer = await t.client(U.officer);
  admin = await t.client(U.admin);
  otherOfficer = await t.client(U.otherOfficer);
});
afterAll(() => t.close());

interface Item {
  id: string | null;
  code: string;
  text: { nl: string; en: string };
  dueOn?: string | null;
  label?: { nl: string; en: string };
  origin?: string;
  active: boolean;
  version: number | null;
}

async function depart(client: TestClient, caseId: string, occurredOn = '2026-02-20'): Promise<void> {
  const version = (await client.get(`/api/casussen/${caseId}`)).json().version;
  const r = await client.post(`/api/casussen/${caseId}/situatie`, {
    version,
    situation: 'uitgereisd',
    reason: 'Bericht van de politie',
    occurredOn,
  });
  expect(r.statusCode, r.body).toBe(200);
}

async function departedItems(client: TestClient, caseId: string) {
  const lists = (await client.get(`/api/casussen/${caseId}/checklists`)).json();
  return lists.find((l: { kind: string }) => l.kind === 'uitgereisd').items as Array<{
    code: string;
    label: { nl: string; en: string };
    dueOn: string | null;
  }>;
}

describe('situation checklists per municipality', () => {
  it('uses own items in the next checklist created, leaves existing ones and other municipalities alone', async () => {
    const before = await makeCase(t);
    await depart(officer, before.id);

    const own = await admin.post('/api/casussen/checklistsjablonen', {
      kind: 'uitgereisd',
      code: 'huisbezoek_familie',
      textNl: 'Is er binnen een maand een huisbezoek bij de familie afgelegd?',
      textEn: 'Has the family been visited at home within a month?',
      dueAnchor: 'departedOn',
      dueMonths: 1,
      dueDays: 5,
    });
    expect(own.statusCode, own.body).toBe(201);
    const off = await admin.post('/api/casussen/checklistsjablonen', {
      kind: 'uitgereisd',
      code: 'woordvoeringslijn',
      textNl: 'Woordvoeringslijn',
      textEn: 'Line for spokespeople',
      active: false,
    });
    expect(off.statusCode, off.body).toBe(201);
    const changed = await admin.post('/api/casussen/checklistsjablonen', {
      kind: 'uitgereisd',
      code: 'uitschrijving_brp',
      textNl: 'Is de persoon na 4 maanden uitgeschreven uit de BRP?',
      textEn: 'Has the person been deregistered from the BRP after 4 months?',
      dueAnchor: 'departedOn',
      dueMonths: 4,
    });
    expect(changed.statusCode, changed.body).toBe(201);
    expect(await logOf(t, own.json().id)).toMatchObject([
      { action: 'create', object_type: 'checklistsjabloon', result: 'ok' },
    ]);

    const after = await makeCase(t);
    await depart(officer, after.id);
    const items = await departedItems(officer, after.id);
    const codes = items.map((i) => i.code);
    expect(codes).toContain('huisbezoek_familie');
    expect(codes).not.toContain('woordvoeringslijn');
    expect(codes.at(-1)).toBe('huisbezoek_familie');
    expect(items.find((i) => i.code === 'huisbezoek_familie')).toMatchObject({
      label: { nl: 'Is er binnen een maand een huisbezoek bij de familie afgelegd?' },
      dueOn: '2026-03-25',
    });
    expect(items.find((i) => i.code === 'uitschrijving_brp')).toMatchObject({
      label: { en: 'Has the person been deregistered from the BRP after 4 months?' },
      dueOn: '2026-06-20',
    });

    // The checklist created before the edits keeps the factsheet items and texts.
    const old = await departedItems(officer, before.id);
    expect(old.map((i) => i.code)).toContain('woordvoeringslijn');
    expect(old.map((i) => i.code)).not.toContain('huisbezoek_familie');
    expect(old.find((i) => i.code === 'uitschrijving_brp')).toMatchObject({
      dueOn: '2026-05-20',
      label: { nl: 'Is de persoon of het gezin na een periode van 3 maanden uitgeschreven uit de BRP?' },
    });

    // Editing the own item later does not change the checklist already created with it.
    const edit = await admin.patch(`/api/casussen/checklistsjablonen/${own.json().id}`, {
      version: 1,
      textNl: 'Huisbezoek afgelegd?',
      textEn: 'Home visit made?',
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(
      (await departedItems(officer, after.id)).find((i) => i.code === 'huisbezoek_familie'),
    ).toMatchObject({
      label: { nl: 'Is er binnen een maand een huisbezoek bij de familie afgelegd?' },
      dueOn: '2026-03-25',
    });

    // Another municipality keeps the factsheet.
    const elsewhere = await makeCase(t, { tenantId: t.org.oosterveen });
    await t.tdb.db.query('UPDATE casus SET regisseur_user_id = $2 WHERE id = $1', [
      elsewhere.id,
      t.userId[U.otherOfficer],
    ]);
    await depart(otherOfficer, elsewhere.id);
    const theirs = await departedItems(otherOfficer, elsewhere.id);
    expect(theirs.map((i) => i.code)).toContain('woordvoeringslijn');
    expect(theirs.map((i) => i.code)).not.toContain('huisbezoek_familie');
    const theirTemplate = (await otherOfficer.get('/api/casussen/checklistsjablonen')).json();
    expect(
      theirTemplate.find((l: { kind: string }) => l.kind === 'uitgereisd').items.map((i: Item) => i.code),
    ).not.toContain('huisbezoek_familie');
  });

  it('shows the merged template: officers the active items, beheer also the switched-off ones', async () => {
    const read = async (c: TestClient) =>
      (await c.get('/api/casussen/checklistsjablonen'))
        .json()
        .find((l: { kind: string }) => l.kind === 'uitgereisd').items as Item[];
    const forOfficer = await read(officer);
    expect(forOfficer.map((i) => i.code)).not.toContain('woordvoeringslijn');
    expect(forOfficer.find((i) => i.code === 'aangifte_vermissing')).toMatchObject({
      origin: 'factsheet',
      id: null,
    });
    const forBeheer = await read(admin);
    expect(forBeheer.find((i) => i.code === 'woordvoeringslijn')).toMatchObject({
      origin: 'aangepast',
      active: false,
      version: 1,
    });
    expect(forBeheer.find((i) => i.code === 'huisbezoek_familie')).toMatchObject({
      origin: 'eigen',
      text: { nl: 'Huisbezoek afgelegd?' },
      version: 2,
    });
  });

  it('validates with field messages in Dutch and English, refuses stale edits and non-beheer', async () => {
    const bad = await admin.post('/api/casussen/checklistsjablonen', {
      kind: 'overleden',
      code: 'Niet Goed',
      textNl: ' ',
      textEn: 'x',
      dueAnchor: 'deceasedOn',
      dueMonths: -2,
    });
    expect(bad.statusCode).toBe(400);
    const errors = bad.json().errors as Array<{ field: string; nl: string; en: string }>;
    expect(errors.map((e) => e.field)).toEqual(['code', 'textNl', 'dueMonths']);
    for (const e of errors) expect(e).toMatchObject({ nl: expect.any(String), en: expect.any(String) });

    const body = {
      kind: 'overleden',
      code: 'rouwbegeleiding',
      textNl: 'Rouwbegeleiding?',
      textEn: 'Grief support?',
    };
    const first = await admin.post('/api/casussen/checklistsjablonen', body);
    expect(first.statusCode, first.body).toBe(201);
    const dup = await admin.post('/api/casussen/checklistsjablonen', body);
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors[0].field).toBe('code');

    const url = `/api/casussen/checklistsjablonen/${first.json().id}`;
    const v2 = await admin.patch(url, {
      version: 1,
      textNl: 'Rouwbegeleiding geregeld?',
      textEn: 'Grief support?',
    });
    expect(v2.json()).toEqual({ version: 2 });
    const stale = await admin.patch(url, { version: 1, textNl: 'Oud', textEn: 'Old', active: false });
    expect(stale.statusCode).toBe(409);
    const invalidEdit = await admin.patch(url, { version: 2, textNl: '', textEn: 'x' });
    expect(invalidEdit.json().errors[0].field).toBe('textNl');

    expect((await officer.post('/api/casussen/checklistsjablonen', { ...body, code: 'x2' })).statusCode).toBe(
      403,
    );
    expect((await officer.patch(url, { version: 2, textNl: 'x', textEn: 'x' })).statusCode).toBe(403);
    // Nor can an officer of another municipality.
    const elsewhereAdmin = await otherOfficer.patch(url, { version: 2, textNl: 'x', textEn: 'x' });
    expect(elsewhereAdmin.statusCode).toBe(403);
  });
});
