import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldText, NAME_PARTICLES } from '../../src/domain/melding/names.js';
import type { TestApp, TestClient } from '../helpers/test-app.js';
import { createMeldpuntApp, fieldErrors, signedIn, USERS } from './meldingen-fixtures.js';

let t: TestApp;
let officer: TestClient;

interface CaseRow {
  id: string;
  reference: string;
  person: { id: string; name: string };
}
let cases: CaseRow[];

beforeAll(async () => {
  t = await createMeldpuntApp();
  officer = await signedIn(t.app, USERS.officer);
  cases = (await officer.get('/api/casussen?sort=geopend_nieuw&limit=100')).json().items;
});
afterAll(() => t.close());

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

// Network persons recorded by their relation only ("Moeder", "Oom") carry no name to find.
const RELATION_WORDS = new Set([
  'moeder',
  'vader',
  'oom',
  'tante',
  'broer',
  'zus',
  'opa',
  'oma',
  'neef',
  'nicht',
]);

/** What identifies the people of a case, read straight from the database (independent of the code under test). */
async function identifiersOf(c: CaseRow) {
  const q = (sql: string) =>
    t.tdb.db.query<{
      name: string | null;
      birth: string | null;
      address: string | null;
      school: string | null;
    }>(sql, [c.person.id, c.id]);
  const rows = [
    ...(
      await q(
        `SELECT display_name AS name, birth_date::text AS birth, address, school_or_work AS school FROM person WHERE id = $1 AND $2::uuid IS NOT NULL`,
      )
    ).rows,
    ...(
      await q(`SELECT o.name, o.birth_date::text AS birth, o.address, o.school_or_work AS school
                 FROM signal_subject me JOIN signal s ON s.id = me.signal_id AND NOT s.restricted
                 JOIN signal_subject o ON o.signal_id = s.id
                WHERE me.person_id = $1 AND $2::uuid IS NOT NULL`)
    ).rows,
    ...(
      await q(`SELECT s.reporter_name AS name, NULL AS birth, NULL AS address, NULL AS school
                 FROM signal_subject me JOIN signal s ON s.id = me.signal_id WHERE me.person_id = $1 AND $2::uuid IS NOT NULL`)
    ).rows,
    ...(
      await q(
        `SELECT name, NULL AS birth, NULL AS address, NULL AS school FROM casus_network_person WHERE casus_id = $2 AND $1::uuid IS NOT NULL`,
      )
    ).rows,
  ];
  const names = new Set<string>();
  const dates = new Set<string>();
  const places = new Set<string>();
  for (const r of rows) {
    for (const part of foldText(r.name ?? '').split(' '))
      if (part.length >= 3 && !NAME_PARTICLES.has(part) && !RELATION_WORDS.has(part)) names.add(part);
    if (r.birth) {
      const [y, m, d] = r.birth.split('-');
      dates.add(r.birth);
      dates.add(`${d}-${m}-${y}`);
      dates.add(`${Number(d)}-${Number(m)}-${y}`);
      dates.add(`${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`);
    }
    if (r.address) places.add(foldText(r.address));
    if (r.school) places.add(foldText(r.school));
  }
  return { names, dates, places };
}

async function summaryOf(casusId: string) {
  const made = await officer.post(`/api/privacy/casussen/${casusId}/anoniem`);
  expect(made.statusCode).toBe(201);
  const read = await officer.get(`/api/privacy/anoniem/${made.json().id}`);
  expect(read.statusCode).toBe(200);
  return read.json() as { summary: { id: string; text: string; version: number }; findings: unknown[] };
}

describe('the anonymised summary of a case', () => {
  it('contains, for every demo case, none of its names, birth dates, addresses or schools', async () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const { summary, findings } = await summaryOf(c.id);
      const { names, dates, places } = await identifiersOf(c);
      expect(names.size).toBeGreaterThan(0);
      const words = new Set(foldText(summary.text).split(' '));
      const folded = ` ${foldText(summary.text)} `;
      for (const n of names) expect(words.has(n), `${c.reference}: name part "${n}"`).toBe(false);
      for (const d of dates) expect(summary.text, `${c.reference}: date`).not.toContain(d);
      for (const p of places) expect(folded, `${c.reference}: place "${p}"`).not.toContain(` ${p} `);
      expect(summary.text).not.toContain(c.reference);
      expect(summary.text).toContain('betrokkene');
      expect(summary.text).toMatch(/dag 0|[+-]\d+ (dag|dagen|weken|maand|maanden|jaar)/);
      expect(findings).toEqual([]);
    }
  });

  it('is reviewed before export: a name typed in is found and blocks the export until removed', async () => {
    const c = cases[0] as CaseRow;
    const { summary } = await summaryOf(c.id);
    const bases = (await officer.get('/api/privacy/grondslagen')).json() as Array<{
      id: string;
      code: string;
    }>;
    const basis = bases.find((b) => b.code === 'convenant_anoniem_advies')?.id as string;

    const edited = `${summary.text}\nNotitie: ${c.person.name} is bekend bij de wijkagent.`;
    expect(
      (await officer.patch(`/api/privacy/anoniem/${summary.id}`, { version: summary.version, text: edited }))
        .statusCode,
    ).toBe(200);
    const check = (await officer.get(`/api/privacy/anoniem/${summary.id}`)).json();
    expect(check.findings).toContainEqual(expect.objectContaining({ kind: 'naam', text: c.person.name }));
    const refused = await officer.post(`/api/privacy/anoniem/${summary.id}/export`, {
      version: check.summary.version,
      recipient: 'Landelijk Steunpunt Extremisme',
      legalBasisId: basis,
    });
    expect(refused.statusCode).toBe(400);
    expect(fieldErrors(refused.json()).text?.nl).toMatch(/herkenbaar/);

    // A stale version is a conflict, never a silent overwrite.
    expect(
      (
        await officer.patch(`/api/privacy/anoniem/${summary.id}`, {
          version: summary.version,
          text: summary.text,
        })
      ).statusCode,
    ).toBe(409);
    const fixed = await officer.patch(`/api/privacy/anoniem/${summary.id}`, {
      version: check.summary.version,
      text: summary.text,
    });
    expect(fixed.statusCode).toBe(200);
    const exported = await officer.post(`/api/privacy/anoniem/${summary.id}/export`, {
      version: check.summary.version + 1,
      recipient: 'Landelijk Steunpunt Extremisme',
      legalBasisId: basis,
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.json().text).toBe(summary.text);

    const file = await officer.get(`/api/privacy/anoniem/${summary.id}/tekst.txt`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment/);

    const register = (await officer.get(`/api/privacy/verstrekkingen/casussen/${c.id}`)).json();
    expect(register.entries).toContainEqual(
      expect.objectContaining({
        objectType: 'anonymised_summary',
        recipient: 'Landelijk Steunpunt Extremisme',
        legalBasis: expect.objectContaining({ code: 'convenant_anoniem_advies' }),
        disclosedByName: 'Ahmed El Idrissi',
      }),
    );
    const log = (
      await (
        await signedIn(t.app, USERS.privacy)
      ).get('/api/access-log?action=export&objectType=anonymised_summary')
    ).json();
    expect(log.entries.length).toBeGreaterThan(0);
    const again = await officer.post(`/api/privacy/anoniem/${summary.id}/export`, {
      version: check.summary.version + 2,
      recipient: 'LSE',
      legalBasisId: basis,
    });
    expect(again.statusCode).toBe(400);
  });

  it('is only made by the regie of the case', async () => {
    const c = cases[0] as CaseRow;
    const partner = await signedIn(t.app, USERS.partner);
    expect((await partner.post(`/api/privacy/casussen/${c.id}/anoniem`)).statusCode).toBe(403);
    const privacy = await signedIn(t.app, USERS.privacy);
    expect((await privacy.post(`/api/privacy/casussen/${c.id}/anoniem`)).statusCode).toBe(403);
  });
});
