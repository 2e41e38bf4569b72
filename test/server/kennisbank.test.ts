import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_IDS } from '../../src/domain/kennisbank/help-topics.js';
import { NATIONAL_ARTICLES } from '../../src/domain/kennisbank/national.js';
import { createTestApp, type TestApp, TestClient } from '../helpers/test-app.js';

const BASE = '/api/kennisbank/artikelen';
const PUBLIC = '/api/public/kennisbank/artikelen';

let t: TestApp;
let officer: TestClient;
let policy: TestClient;
let partner: TestClient;
let meldpunt: TestClient;
let otherAdmin: TestClient;
let anonymous: TestClient;
let lindeburg: string;

async function signIn(name: string): Promise<TestClient> {
  const c = new TestClient(t.app);
  await c.signInAsDemo(name);
  return c;
}

const articleBody = (over: Record<string, unknown> = {}) => ({
  kind: 'hulporganisatie',
  public: false,
  titleNl: 'Wijkteam Noord: spreekuur radicalisering',
  titleEn: '',
  summaryNl: 'Het wijkteam denkt mee bij zorgen over jongeren in de wijk.',
  summaryEn: '',
  bodyNl: 'Elke woensdag spreekuur in het buurthuis.\n\n- Bel 0555 000 000',
  bodyEn: '',
  source: 'Gemeente Lindeburg',
  sourceUrl: '',
  validSince: '2026-01-01',
  reviewBy: '2027-01-01',
  owner: 'Team OOV',
  ...over,
});

const put = (c: TestClient, url: string, body: unknown) => c.request('PUT', url, body);

async function allPages(c: TestClient, url: string): Promise<{ id: string; title: { nl: string } }[]> {
  const out: { id: string; title: { nl: string } }[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const sep = url.includes('?') ? '&' : '?';
    const r = await c.get(cursor ? `${url}${sep}cursor=${encodeURIComponent(cursor)}` : url);
    expect(r.statusCode, r.body).toBe(200);
    const page = r.json();
    out.push(...page.articles);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return out;
}

beforeAll(async () => {
  t = await createTestApp();
  // The demo's local articles are dated around today (one past its review day).
  t.clock.advance(Date.now() - t.clock.now().getTime());
  officer = await signIn('Ahmed El Idrissi');
  policy = await signIn('Thomas Bakker');
  partner = await signIn('Ruben Smit');
  meldpunt = await signIn('Sanne de Vries');
  otherAdmin = await signIn('Eva Mulder');
  anonymous = new TestClient(t.app);
  await anonymous.refreshSession();
  const r = await t.tdb.db.query<{ id: string }>(
    "SELECT id FROM organisation WHERE name = 'Gemeente Lindeburg'",
  );
  lindeburg = r.rows[0]?.id as string;
});

afterAll(async () => {
  await t?.close();
});

describe('reading the kennisbank', () => {
  it('gives every signed-in role the national articles and the demo municipality its own, paged by title', async () => {
    const all = await allPages(partner, `${BASE}?limit=5`);
    const ids = all.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of NATIONAL_ARTICLES) expect(ids).toContain(a.id);
    expect(all.map((a) => a.title.nl)).toContain('Zorg- en Veiligheidshuis Veenstroom');
    const titles = all.map((a) => a.title.nl);
    expect([...titles].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))).toEqual(titles);
    // The other municipality sees the national articles only.
    const other = await allPages(otherAdmin, `${BASE}?limit=100`);
    expect(other.map((a) => a.id).sort()).toEqual(NATIONAL_ARTICLES.map((a) => a.id).sort());
  });

  it('searches in Dutch and English full text, by kind and scope', async () => {
    const nl = (await meldpunt.get(`${BASE}?zoek=${encodeURIComponent('radicaliseren familie')}`)).json();
    expect(nl.articles.length).toBeGreaterThan(0);
    const en = (await meldpunt.get(`${BASE}?zoek=passport&taal=en`)).json();
    expect(en.articles.map((a: { id: string }) => a.id)).toContain(NATIONAL_IDS.paspoortwet);
    const stem = (await meldpunt.get(`${BASE}?zoek=paspoortmaatregelen`)).json();
    expect(stem.articles.map((a: { id: string }) => a.id)).toContain(NATIONAL_IDS.paspoortwet);
    const instruments = (await meldpunt.get(`${BASE}?soort=instrument`)).json();
    expect(instruments.articles).toHaveLength(5);
    const local = (await meldpunt.get(`${BASE}?bereik=lokaal`)).json();
    expect(local.articles.every((a: { scope: string }) => a.scope === 'lokaal')).toBe(true);
    expect(local.articles.length).toBe(3);
    const none = (await meldpunt.get(`${BASE}?zoek=xyzzyonbekend`)).json();
    expect(none).toEqual({ articles: [], nextCursor: null });
  });

  it('shows one article with source, dates and owner, and warns past its review day', async () => {
    const r = await partner.get(`${BASE}/${NATIONAL_IDS.definitieRadicalisering}`);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      kind: 'definitie',
      scope: 'landelijk',
      source: expect.stringContaining('NCTV'),
      validSince: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      owner: expect.any(String),
      pastReview: false,
    });
    const past = (await officer.get(`${BASE}?zoek=Meldstructuur`)).json().articles[0];
    expect(past).toMatchObject({ scope: 'lokaal', pastReview: true });
  });

  it('names bad input in Dutch and English', async () => {
    const bad = await officer.get(`${BASE}?cursor=nietsvanons`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({
      field: 'cursor',
      nl: expect.any(String),
      en: expect.any(String),
    });
    const kind = await officer.get(`${BASE}?soort=roddel`);
    expect(kind.statusCode).toBe(400);
    expect(kind.headers['content-type']).toContain('application/problem+json');
    expect((await anonymous.get(BASE)).statusCode).toBe(401);
  });
});

describe('local articles', () => {
  it('lets the officer add one (named field errors, nothing kept on refusal) that partners then read', async () => {
    const refused = await officer.post(
      BASE,
      articleBody({ titleNl: ' ', owner: '', sourceUrl: 'http://x', reviewBy: '2025-01-01' }),
    );
    expect(refused.statusCode).toBe(400);
    const fields = refused.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['titleNl', 'owner', 'sourceUrl', 'reviewBy']));
    const missingKind = await officer.post(BASE, articleBody({ kind: '', summaryNl: '' }));
    expect(missingKind.json().errors).toEqual([
      { field: 'kind', nl: 'Kies de soort artikel.', en: 'Choose the kind of article.' },
      { field: 'summaryNl', nl: 'Vul een korte samenvatting in.', en: 'Enter a short summary.' },
    ]);
    expect((await officer.post(BASE, articleBody({ kind: 'roddel' }))).statusCode).toBe(400);

    const added = await officer.post(BASE, articleBody());
    expect(added.statusCode, added.body).toBe(201);
    const id = added.json().id as string;
    const read = (await partner.get(`${BASE}/${id}`)).json();
    expect(read).toMatchObject({
      scope: 'lokaal',
      version: 1,
      updatedBy: 'Ahmed El Idrissi',
      viewVersion: 1,
    });
    // Another municipality does not see it.
    expect((await otherAdmin.get(`${BASE}/${id}`)).statusCode).toBe(404);
    // Only the officer and the policy advisor keep the kennisbank.
    expect((await partner.post(BASE, articleBody())).statusCode).toBe(403);
    expect((await meldpunt.post(BASE, articleBody())).statusCode).toBe(403);
    const log = await t.tdb.db.query<{ action: string }>(
      "SELECT action FROM access_log WHERE object_type = 'kennisbank_artikel' AND object_id = $1 ORDER BY id",
      [id],
    );
    expect(log.rows.map((r) => r.action)).toEqual(['create', 'read', 'read']);
  });

  it('saves at the version read and answers 409 with the saved one otherwise', async () => {
    const id = (await officer.post(BASE, articleBody({ titleNl: 'Versies' }))).json().id as string;
    const first = await put(officer, `${BASE}/${id}`, {
      ...articleBody({ titleNl: 'Versies 2' }),
      version: 1,
    });
    expect(first.json()).toEqual({ version: 2 });
    const stale = await put(policy, `${BASE}/${id}`, {
      ...articleBody({ titleNl: 'Versies 3' }),
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id, version: 2, title: { nl: 'Versies 2' } });
    const national = await put(officer, `${BASE}/${NATIONAL_IDS.lse}`, { ...articleBody(), version: 1 });
    expect(national.statusCode).toBe(409);
    expect(national.json().code).toBe('landelijk_artikel');
  });

  it('hides a national article for the municipality only, at a version', async () => {
    const url = `${BASE}/${NATIONAL_IDS.ran}/zichtbaarheid`;
    expect((await put(partner, url, { hidden: true, version: 1 })).statusCode).toBe(403);
    expect((await put(policy, url, { hidden: true, version: 1 })).json()).toEqual({ version: 2 });
    const stale = await put(officer, url, { hidden: false, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: NATIONAL_IDS.ran, hidden: true, viewVersion: 2 });
    // Gone from the lists and for readers; the keepers still find it on request.
    const partnerList = await allPages(partner, `${BASE}?limit=100`);
    expect(partnerList.map((a) => a.id)).not.toContain(NATIONAL_IDS.ran);
    expect((await partner.get(`${BASE}/${NATIONAL_IDS.ran}`)).statusCode).toBe(404);
    const kept = await allPages(officer, `${BASE}?verborgen=true&limit=100`);
    expect(kept.map((a) => a.id)).toContain(NATIONAL_IDS.ran);
    // The other municipality still sees it.
    expect((await otherAdmin.get(`${BASE}/${NATIONAL_IDS.ran}`)).statusCode).toBe(200);
    expect((await put(officer, url, { hidden: false, version: 2 })).json()).toEqual({ version: 3 });
    expect((await partner.get(`${BASE}/${NATIONAL_IDS.ran}`)).statusCode).toBe(200);
  });
});

describe('the public help page', () => {
  it('serves national public articles, and with a municipality its public ones, never an internal one', async () => {
    const plain = await allPages(anonymous, `${PUBLIC}?limit=5`);
    const publicNational = NATIONAL_ARTICLES.filter((a) => a.public).map((a) => a.id);
    expect(plain.map((a) => a.id).sort()).toEqual([...publicNational].sort());
    const withTown = await allPages(anonymous, `${PUBLIC}?gemeente=${lindeburg}&limit=100`);
    const titles = withTown.map((a) => a.title.nl);
    expect(titles).toContain('Zorg- en Veiligheidshuis Veenstroom');
    expect(titles).not.toContain('Regionale contacten radicalisering Veenstroom');
    expect(titles).not.toContain('Wijkteam Noord: spreekuur radicalisering');
    const internalLocal = (
      await t.tdb.db.query<{ id: string }>(
        'SELECT id FROM kennisbank_article WHERE tenant_id IS NOT NULL AND NOT public',
      )
    ).rows;
    expect(internalLocal.length).toBeGreaterThan(0);
    for (const { id } of internalLocal) {
      expect((await anonymous.get(`${PUBLIC}/${id}?gemeente=${lindeburg}`)).statusCode).toBe(404);
    }
    expect((await anonymous.get(`${PUBLIC}/${NATIONAL_IDS.ess}`)).statusCode).toBe(404);
    const lse = await anonymous.get(`${PUBLIC}/${NATIONAL_IDS.lse}`);
    expect(lse.statusCode).toBe(200);
    expect(lse.json()).not.toHaveProperty('updatedBy');
    const search = (await anonymous.get(`${PUBLIC}?zoek=familie`)).json();
    expect(search.articles.map((a: { id: string }) => a.id)).toContain(NATIONAL_IDS.lse);
  });

  it('is rate-limited per address, reminding of 112', async () => {
    let last = await anonymous.get(`${PUBLIC}/${NATIONAL_IDS.lse}`);
    for (let i = 0; i < 130 && last.statusCode === 200; i++) {
      last = await anonymous.get(`${PUBLIC}/${NATIONAL_IDS.lse}`);
    }
    expect(last.statusCode).toBe(429);
    expect(last.headers['content-type']).toContain('application/problem+json');
    expect(last.json().message.nl).toContain('112');
    // Signed-in reading is not limited by it.
    expect((await partner.get(`${BASE}/${NATIONAL_IDS.lse}`)).statusCode).toBe(200);
    t.clock.advance(11 * 60_000);
    expect((await anonymous.get(`${PUBLIC}/${NATIONAL_IDS.lse}`)).statusCode).toBe(200);
  });

  it('names bad input', async () => {
    const r = await anonymous.get(`${PUBLIC}?gemeente=geen-id`);
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0]).toMatchObject({ field: 'gemeente' });
  });
});
