import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueNotifications } from '../../src/app/melding/notify-meldpunt.js';
import type { App } from '../../src/server/deps.js';
import { PUBLIC_REPORT, solvedChallenge, type TestApp } from '../helpers/test-app.js';
import {
  createMeldpuntApp,
  fieldErrors,
  melding,
  municipalityId,
  signedIn,
  USERS,
  visitor,
} from './meldingen-fixtures.js';

let t: TestApp;
let lindeburg: string;
beforeAll(async () => {
  t = await createMeldpuntApp();
  lindeburg = await municipalityId(t.app);
});
afterAll(() => t.close());

async function submit(body: Record<string, unknown>) {
  const v = await visitor(t.app);
  return v.post('/api/public/meldingen', { municipalityId: lindeburg, ...body });
}

describe('the public form', () => {
  it('lists the municipalities that take reports, without a regio', async () => {
    const res = await t.app.inject('/api/public/gemeenten');
    expect(res.statusCode).toBe(200);
    // Brakelveen's reports go to the regional meldpunt: it is on the form like the others.
    expect((res.json() as Array<{ name: string }>).map((m) => m.name)).toEqual([
      'Gemeente Brakelveen',
      'Gemeente Lindeburg',
      'Gemeente Oosterveen',
    ]);
  });

  it('gives the form its choices in Dutch and English and the 112 notice', async () => {
    const res = await t.app.inject('/api/public/meldingen/formulier');
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f.acuteDanger.nl).toContain('112');
    expect(f.acuteDanger.en).toContain('112');
    expect(f.places.map((p: { value: string }) => p.value)).toEqual([
      'school',
      'buurt',
      'online',
      'thuis',
      'werk',
      'anders',
    ]);
    expect(f.reporterKinds.find((k: { value: string }) => k.value === 'anoniem').label).toEqual({
      nl: 'Anoniem',
      en: 'Anonymous',
    });
    expect(f.limits.attachmentBytes).toBe(10 * 1024 * 1024);
    expect(f.attachmentTypes.map((a: { extension: string }) => a.extension)).toContain('pdf');
  });

  it('takes a melding and answers a reference and a status code that is stored only as a hash', async () => {
    const res = await submit(melding());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.reference).toMatch(/^M-2026-\d{5}$/);
    expect(body.statusCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(body.municipality).toBe('Gemeente Lindeburg');
    expect(body.message.nl).toContain(body.reference);
    const stored = await t.tdb.db.query<{ status_code_hash: string }>(
      'SELECT status_code_hash FROM signal WHERE reference = $1 AND tenant_id = $2',
      [body.reference, lindeburg],
    );
    const hash = stored.rows[0]?.status_code_hash ?? '';
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const everything = await t.tdb.db.query<{ row: string }>(
      'SELECT row_to_json(s)::text AS row FROM signal s WHERE reference = $1 AND tenant_id = $2',
      [body.reference, lindeburg],
    );
    expect(everything.rows[0]?.row).not.toContain(body.statusCode.replace(/-/g, ''));
  });

  it('takes an anonymous advice question without any person', async () => {
    const res = await submit({
      kind: 'adviesvraag',
      reporter: { kind: 'anoniem' },
      question: 'Mijn zoon praat steeds vaker over complotten. Waar kan ik terecht?',
    });
    expect(res.statusCode).toBe(201);
  });

  it('numbers references per municipality per year without gaps, also when sent at the same time', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => submit(melding())));
    const refs = results.map((r) => r.json().reference as string);
    const numbers = refs.map((r) => Number(r.slice(7))).sort((a, b) => a - b);
    const first = numbers[0] ?? 0;
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => first + i));
    const other = await (await visitor(t.app)).post('/api/public/meldingen', {
      municipalityId: await municipalityId(t.app, 'Gemeente Oosterveen'),
      ...melding(),
    });
    expect(other.json().reference).toBe('M-2026-00001');
  });

  it('saves nothing when any part is wrong', async () => {
    const before = await t.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM signal');
    const res = await submit(melding({ persons: [{ name: 'A' }, { relation: 'buurtbewoner' }] }));
    expect(res.statusCode).toBe(400);
    const after = await t.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM signal');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  const obs = (o: Record<string, unknown>) => ({
    observations: [{ description: 'Iets gezien', source: 'eigen_waarneming', ...o }],
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'an advice question without question',
      { kind: 'adviesvraag', question: ' ', observations: [] },
      'question',
      'Stel uw vraag.',
    ],
    [
      'a melding without observation',
      { observations: [] },
      'observations',
      'Beschrijf ten minste één waarneming',
    ],
    [
      'an empty description',
      obs({ description: '' }),
      'observations.0.description',
      'Beschrijf wat er is gezien of gehoord.',
    ],
    [
      'a blank description',
      obs({ description: '   ' }),
      'observations.0.description',
      'Beschrijf wat er is gezien',
    ],
    [
      'an observation in the future',
      obs({ observedOn: '2026-03-03' }),
      'observations.0.observedOn',
      'in de toekomst',
    ],
    ['an impossible date', obs({ observedOn: '2026-02-31' }), 'observations.0.observedOn', 'geldige datum'],
    ['a malformed date', obs({ observedOn: '20-02-2026' }), 'observations.0.observedOn', 'geldige datum'],
    [
      'an unknown place',
      obs({ place: 'kerk' }),
      'observations.0.place',
      'Kies een van de mogelijke waarden.',
    ],
    [
      'place "anders" without detail',
      obs({ place: 'anders' }),
      'observations.0.placeDetail',
      'Geef aan waar',
    ],
    [
      'no source',
      { observations: [{ description: 'x' }] },
      'observations.0.source',
      'Kies hoe dit bekend is.',
    ],
    [
      'hearsay without its source',
      obs({ source: 'gehoord_van_anderen' }),
      'observations.0.sourceDetail',
      'van wie of waar',
    ],
    [
      'a description that is too long',
      obs({ description: 'x'.repeat(4001) }),
      'observations.0.description',
      'hoogstens 4000',
    ],
    [
      'too many observations',
      { observations: Array.from({ length: 21 }, () => ({ description: 'x', source: 'eigen_waarneming' })) },
      'observations',
      'hoogstens 20',
    ],
    ['a blank assumption', { assumptions: ['goed', ' '] }, 'assumptions.1', 'mening of aanname'],
    [
      'a person without any detail',
      { persons: [{ relation: 'school' }] },
      'persons.0',
      'ten minste één gegeven',
    ],
    [
      'a birth date in the future',
      { persons: [{ birthDate: '2026-05-01' }] },
      'persons.0.birthDate',
      'in de toekomst',
    ],
    ['a birth date before 1900', { persons: [{ birthDate: '1890-01-01' }] }, 'persons.0.birthDate', 'te ver'],
    [
      'an age that does not fit the birth date',
      { persons: [{ birthDate: '2010-01-01', age: 12 }] },
      'persons.0.age',
      'past niet bij',
    ],
    ['an age out of range', { persons: [{ age: 150 }] }, 'persons.0.age', 'hoogstens 120'],
    [
      'relation "anders" without description',
      { persons: [{ name: 'X', relation: 'anders' }] },
      'persons.0.relationDetail',
      'relatie',
    ],
    [
      'too many persons',
      { persons: Array.from({ length: 11 }, () => ({ name: 'X' })) },
      'persons',
      'hoogstens 10',
    ],
    [
      'contact details when anonymous',
      { reporter: { kind: 'anoniem', email: 'a@b.nl' } },
      'reporter.email',
      'anoniem',
    ],
    [
      'a professional without organisation',
      { reporter: { kind: 'professional', email: 'a@b.nl' } },
      'reporter.organisation',
      'organisatie',
    ],
    [
      'a bad e-mail address',
      { reporter: { kind: 'inwoner', email: 'geen-adres' } },
      'reporter.email',
      'geldig e-mailadres',
    ],
    [
      'a bad telephone number',
      { reporter: { kind: 'inwoner', phone: 'bel maar' } },
      'reporter.phone',
      'telefoonnummer',
    ],
    [
      'feedback without a way to reach',
      { reporter: { kind: 'inwoner', feedbackWanted: true } },
      'reporter.email',
      'terugkoppeling',
    ],
    ['an unknown reporter kind', { reporter: { kind: 'politie' } }, 'reporter.kind', 'Kies een van'],
    ['an unknown field', { risicoscore: 7 }, 'risicoscore', 'onbekend'],
    ['an unknown kind', { kind: 'klacht' }, 'kind', 'Kies een van'],
  ])('refuses %s, next to the field, in Dutch and English', async (_name, change, field, nl) => {
    const res = await submit(melding(change));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const errors = fieldErrors(res.json());
    expect(Object.keys(errors)).toContain(field);
    expect(errors[field]?.nl).toContain(nl);
    expect(errors[field]?.en.length).toBeGreaterThan(5);
  });

  it('refuses an unknown municipality, and a regio', async () => {
    const unknown = await submit(melding({ municipalityId: '00000000-0000-4000-8000-000000000000' }));
    expect(fieldErrors(unknown.json()).municipalityId?.nl).toContain('gemeente');
    const region = await t.tdb.db.query<{ id: string }>("SELECT id FROM organisation WHERE kind = 'regio'");
    const res = await submit(melding({ municipalityId: region.rows[0]?.id }));
    expect(res.statusCode).toBe(400);
  });

  it('refuses a municipality that switched its public form off', async () => {
    const admin = await signedIn(t.app, USERS.otherAdmin);
    const s = (await admin.get('/api/meldpunt/instellingen')).json();
    expect(
      (await admin.patch('/api/meldpunt/instellingen', { version: s.version, publicIntake: false }))
        .statusCode,
    ).toBe(200);
    const oosterveen = (
      await t.tdb.db.query<{ id: string }>("SELECT id FROM organisation WHERE name = 'Gemeente Oosterveen'")
    ).rows[0]?.id;
    const res = await submit(melding({ municipalityId: oosterveen }));
    expect(fieldErrors(res.json()).municipalityId).toBeDefined();
    const list = (await t.app.inject('/api/public/gemeenten')).json() as Array<{ name: string }>;
    expect(list.map((m) => m.name)).toEqual(['Gemeente Brakelveen', 'Gemeente Lindeburg']);
    const back = (await admin.get('/api/meldpunt/instellingen')).json();
    await admin.patch('/api/meldpunt/instellingen', { version: back.version, publicIntake: true });
  });

  it('refuses a filled-in honeypot and logs it without content', async () => {
    const res = await submit(melding({ website: 'http://spam.example' }));
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res.json()).website).toBeDefined();
    const log = await t.tdb.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE action = 'honeypot'",
    );
    expect(log.rows[0]?.n).toBe(1);
  });

  it('refuses a body over the size limit with 413', async () => {
    const v = await visitor(t.app);
    const huge = JSON.stringify({
      municipalityId: lindeburg,
      ...melding(),
      website: 'x'.repeat(50 * 1024 * 1024),
    });
    const res = await v.raw('POST', '/api/public/meldingen', huge);
    expect(res.statusCode).toBe(413);
  });

  it('needs the CSRF double-submit token', async () => {
    const v = await visitor(t.app);
    v.csrf = 'wrong';
    const res = await v.post('/api/public/meldingen', { municipalityId: lindeburg, ...melding() });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf');
  });

  it('logs the intake in the access log of the municipality, without content', async () => {
    const res = await submit(melding());
    const id = (
      await t.tdb.db.query<{ id: string }>('SELECT id FROM signal WHERE reference = $1 AND tenant_id = $2', [
        res.json().reference,
        lindeburg,
      ])
    ).rows[0]?.id;
    const log = await t.tdb.db.query<{ tenant_id: string; action: string; row: string }>(
      "SELECT tenant_id, action, row_to_json(l)::text AS row FROM access_log l WHERE object_type = 'signal' AND object_id = $1",
      [id],
    );
    expect(log.rows.map((r) => [r.tenant_id, r.action])).toEqual([[lindeburg, 'create']]);
    expect(log.rows[0]?.row).not.toMatch(/Daan|klassenapp|Karin/);
  });
});

describe('the status page', () => {
  async function report() {
    const res = await submit(melding());
    return res.json() as { reference: string; statusCode: string };
  }

  it('shows only the coarse status and the feedback the meldpunt chose to send', async () => {
    const r = await report();
    const v = await visitor(t.app);
    const first = await v.post('/api/public/meldingen/status', {
      reference: r.reference,
      statusCode: r.statusCode,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      reference: r.reference,
      municipality: 'Gemeente Lindeburg',
      receivedOn: '2026-03-02',
      status: 'ontvangen',
      statusLabel: { nl: 'Ontvangen', en: 'Received' },
      feedback: [],
    });

    const staff = await signedIn(t.app, USERS.meldpunt);
    const list = (await staff.get(`/api/meldingen?q=klassenapp&limit=100`)).json();
    const item = list.items.find((i: { reference: string }) => i.reference === r.reference);
    await staff.post(`/api/meldingen/${item.id}/status`, { version: item.version, to: 'in_behandeling' });
    await staff.post(`/api/meldingen/${item.id}/terugkoppeling`, {
      version: item.version + 1,
      message: 'Wij hebben uw melding in behandeling genomen. Dank voor uw oplettendheid.',
    });
    const second = (
      await v.post('/api/public/meldingen/status', {
        reference: r.reference.toLowerCase(),
        statusCode: r.statusCode.replace(/-/g, ' '),
      })
    ).json();
    expect(second.status).toBe('in_behandeling');
    expect(second.feedback.map((f: { message: string }) => f.message)).toEqual([
      'Wij hebben uw melding in behandeling genomen. Dank voor uw oplettendheid.',
    ]);
    expect(JSON.stringify(second)).not.toMatch(/Daan|klassenapp|Karin|buurtbewoner/);

    await staff.post(`/api/meldingen/${item.id}/status`, {
      version: item.version + 2,
      to: 'afgesloten',
      closeReason: 'geen_zorgen',
    });
    const third = (
      await v.post('/api/public/meldingen/status', { reference: r.reference, statusCode: r.statusCode })
    ).json();
    expect(third.status).toBe('afgerond');
    expect(third.statusLabel.nl).toBe('Afgerond');
  });

  it('answers a wrong code or reference alike, and logs the failure', async () => {
    const r = await report();
    const other = await report();
    const v = await visitor(t.app);
    for (const body of [
      { reference: r.reference, statusCode: other.statusCode },
      { reference: other.reference, statusCode: r.statusCode },
      { reference: 'M-2026-99999', statusCode: 'nonsense' },
    ]) {
      const res = await v.post('/api/public/meldingen/status', body);
      expect(res.statusCode).toBe(404);
      expect(res.json().message.nl).toContain('nummer en statuscode');
    }
    const log = await t.tdb.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE object_type = 'signal_status' AND result = 'failed'",
    );
    expect(log.rows[0]?.n).toBeGreaterThanOrEqual(3);
  });
});

/** Requests from a given client address, with the double-submit CSRF token of that client. */
async function client(app: App, ip: string) {
  const s = await app.inject({ url: '/api/auth/session', remoteAddress: ip });
  const token = s.json().csrfToken as string;
  return async (url: string, body: unknown) =>
    app.inject({
      method: 'POST',
      url,
      remoteAddress: ip,
      headers: {
        cookie: `__Host-duiden-csrf=${token}`,
        'x-csrf-token': token,
        'content-type': 'application/json',
      },
      // A report carries its solved proof-of-work, as the form sends it.
      payload: JSON.stringify(
        url === PUBLIC_REPORT ? { ...(body as object), altcha: await solvedChallenge(app) } : body,
      ),
    });
}

describe('the proof-of-work of a public report (ALTCHA, self-hosted)', () => {
  const refusal = (res: {
    statusCode: number;
    json: () => { errors: Array<{ field: string; nl: string }> };
  }) => {
    expect(res.statusCode).toBe(400);
    return res.json().errors.find((e) => e.field === 'altcha')?.nl ?? '';
  };

  it('refuses a report without a solved challenge, and names why', async () => {
    expect(refusal(await submit({ ...melding(), altcha: null }))).toContain('nog niet klaar');
    expect(refusal(await submit({ ...melding(), altcha: 'bm90LWpzb24=' }))).toContain('klopt niet');
  });

  it('accepts a solved challenge once: a replay is refused, also after the report was stored', async () => {
    const v = await visitor(t.app);
    const altcha = await v.solvedChallenge();
    const first = await v.post('/api/public/meldingen', { municipalityId: lindeburg, ...melding(), altcha });
    expect(first.statusCode, first.body).toBe(201);
    const again = await v.post('/api/public/meldingen', { municipalityId: lindeburg, ...melding(), altcha });
    expect(refusal(again)).toContain('al eens gebruikt');
    const used = await t.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM pow_challenge_used');
    expect(used.rows[0]?.n).toBeGreaterThanOrEqual(1);
  });

  it('gives the challenge back when the report is refused, so the corrected report can use it', async () => {
    const v = await visitor(t.app);
    const altcha = await v.solvedChallenge();
    const wrong = await v.post('/api/public/meldingen', {
      municipalityId: lindeburg,
      ...melding(),
      altcha,
      kind: 'x',
    });
    expect(wrong.statusCode).toBe(400);
    const invalid = await v.post('/api/public/meldingen', {
      municipalityId: lindeburg,
      ...melding({ observations: [] }),
      altcha,
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors.map((e: { field: string }) => e.field)).not.toContain('altcha');
    const right = await v.post('/api/public/meldingen', { municipalityId: lindeburg, ...melding(), altcha });
    expect(right.statusCode, right.body).toBe(201);
  });

  it('refuses a tampered or an expired challenge', async () => {
    const v = await visitor(t.app);
    const altcha = await v.solvedChallenge();
    const p = JSON.parse(Buffer.from(altcha, 'base64').toString('utf8'));
    const key = p.solution.derivedKey as string;
    p.solution.derivedKey = `${key.slice(0, -2)}${key.endsWith('00') ? '01' : '00'}`;
    const tampered = Buffer.from(JSON.stringify(p)).toString('base64');
    expect(
      refusal(
        await v.post('/api/public/meldingen', { municipalityId: lindeburg, ...melding(), altcha: tampered }),
      ),
    ).toContain('klopt niet');
    p.solution.derivedKey = key;
    p.challenge.parameters.data.expires += 3_600_000;
    const moved = Buffer.from(JSON.stringify(p)).toString('base64');
    expect(
      refusal(
        await v.post('/api/public/meldingen', { municipalityId: lindeburg, ...melding(), altcha: moved }),
      ),
    ).toContain('klopt niet');
    t.clock.advance(31 * 60_000);
    try {
      expect(
        refusal(await v.post('/api/public/meldingen', { municipalityId: lindeburg, ...melding(), altcha })),
      ).toContain('verlopen');
    } finally {
      t.clock.advance(-31 * 60_000);
    }
  });
});

describe('rate limits per client address', () => {
  let limited: TestApp;
  let town: string;
  beforeAll(async () => {
    limited = await createMeldpuntApp({
      MELDPUNT_SUBMIT_MAX: '3',
      MELDPUNT_STATUS_MAX: '6',
      MELDPUNT_STATUS_FAILURES_MAX: '2',
    });
    town = await municipalityId(limited.app);
  });
  afterAll(() => limited.close());

  it('refuses the fourth report from one address with 429 and Retry-After, in Dutch and English', async () => {
    const post = await client(limited.app, '203.0.113.7');
    for (let i = 0; i < 3; i++) {
      expect((await post('/api/public/meldingen', { municipalityId: town, ...melding() })).statusCode).toBe(
        201,
      );
    }
    const res = await post('/api/public/meldingen', { municipalityId: town, ...melding() });
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(3000);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('too_many_requests');
    expect(res.json().message.nl).toContain('te vaak');
    expect(res.json().message.en).toContain('too often');
    // Another address is not affected.
    const other = await client(limited.app, '203.0.113.8');
    expect((await other('/api/public/meldingen', { municipalityId: town, ...melding() })).statusCode).toBe(
      201,
    );
  });

  it('allows the address again after the window', async () => {
    const post = await client(limited.app, '203.0.113.9');
    for (let i = 0; i < 3; i++) await post('/api/public/meldingen', { municipalityId: town, ...melding() });
    expect((await post('/api/public/meldingen', { municipalityId: town, ...melding() })).statusCode).toBe(
      429,
    );
    limited.clock.advance(3601 * 1000);
    expect((await post('/api/public/meldingen', { municipalityId: town, ...melding() })).statusCode).toBe(
      201,
    );
  });

  it('limits wrong status codes more strictly, even when the right code follows', async () => {
    const submitter = await client(limited.app, '198.51.100.1');
    const r = (await submitter('/api/public/meldingen', { municipalityId: town, ...melding() })).json();
    const guess = await client(limited.app, '198.51.100.2');
    const wrong = { reference: r.reference, statusCode: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' };
    expect((await guess('/api/public/meldingen/status', wrong)).statusCode).toBe(404);
    expect((await guess('/api/public/meldingen/status', wrong)).statusCode).toBe(404);
    const blocked = await guess('/api/public/meldingen/status', {
      reference: r.reference,
      statusCode: r.statusCode,
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    // The reporter's own address still gets the status.
    expect(
      (await submitter('/api/public/meldingen/status', { reference: r.reference, statusCode: r.statusCode }))
        .statusCode,
    ).toBe(200);
  });

  it('limits status look-ups per address as well', async () => {
    const submitter = await client(limited.app, '198.51.100.20');
    const r = (await submitter('/api/public/meldingen', { municipalityId: town, ...melding() })).json();
    const look = await client(limited.app, '198.51.100.21');
    for (let i = 0; i < 6; i++) {
      expect(
        (await look('/api/public/meldingen/status', { reference: r.reference, statusCode: r.statusCode }))
          .statusCode,
      ).toBe(200);
    }
    expect(
      (await look('/api/public/meldingen/status', { reference: r.reference, statusCode: r.statusCode }))
        .statusCode,
    ).toBe(429);
  });

  it('keeps client addresses only as a hash', async () => {
    const rows = await limited.tdb.db.query<{ key_hash: string }>('SELECT key_hash FROM meldpunt_rate_limit');
    expect(rows.rows.length).toBeGreaterThan(0);
    for (const r of rows.rows) expect(r.key_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('notifications', () => {
  const received: Array<{ to: string[]; data: string }> = [];
  let smtp: SMTPServer;
  let mailed: TestApp;
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => {
          data += chunk.toString('utf8');
        });
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    mailed = await createMeldpuntApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MELDPUNT_EMAIL: 'meldpunt@lindeburg.example',
      MAIL_FROM: 'Duiden <duiden@lindeburg.example>',
    });
  });
  afterAll(async () => {
    await mailed.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  async function waitForMail(n: number) {
    for (let i = 0; i < 100 && received.length < n; i++) await new Promise((r) => setTimeout(r, 50));
  }

  it('sends a content-free e-mail to the meldpunt over SMTP after a report', async () => {
    const v = await visitor(mailed.app);
    const res = await v.post('/api/public/meldingen', {
      municipalityId: await municipalityId(mailed.app),
      ...melding(),
    });
    const reference = res.json().reference as string;
    await waitForMail(1);
    expect(received).toHaveLength(1);
    const mail = received[0];
    expect(mail?.to).toEqual(['meldpunt@lindeburg.example']);
    expect(mail?.data).toContain(`Er is een nieuwe melding: ${reference}`);
    expect(mail?.data).not.toMatch(/Daan|Berg|klassenapp|Karin|karin@example\.org|Oosthaven/);
    // The server has the mail before the sender hears back and marks it sent: wait for that mark.
    let sentAt: Date | null | undefined = null;
    for (let i = 0; i < 100 && !sentAt; i++) {
      const outbox = await mailed.tdb.db.query<{ sent_at: Date | null }>(
        'SELECT sent_at FROM meldpunt_outbox WHERE reference = $1',
        [reference],
      );
      sentAt = outbox.rows[0]?.sent_at;
      if (!sentAt) await new Promise((r) => setTimeout(r, 50));
    }
    expect(sentAt).not.toBeNull();
  });

  it("uses the municipality's own address when it has one", async () => {
    const admin = await signedIn(mailed.app, USERS.admin);
    const s = (await admin.get('/api/meldpunt/instellingen')).json();
    const changed = await admin.patch('/api/meldpunt/instellingen', {
      version: s.version,
      notifyEmail: 'MAR@Lindeburg.example',
    });
    expect(changed.json().notifyEmail).toBe('mar@lindeburg.example');
    const v = await visitor(mailed.app);
    await v.post('/api/public/meldingen', { municipalityId: await municipalityId(mailed.app), ...melding() });
    await waitForMail(2);
    expect(received[1]?.to).toEqual(['mar@lindeburg.example']);
  });

  it('keeps the signal and retries later when the mail server is down', async () => {
    const down = await createMeldpuntApp({
      SMTP_URL: 'smtp://127.0.0.1:1',
      MELDPUNT_EMAIL: 'meldpunt@lindeburg.example',
    });
    try {
      const v = await visitor(down.app);
      const res = await v.post('/api/public/meldingen', {
        municipalityId: await municipalityId(down.app),
        ...melding(),
      });
      expect(res.statusCode).toBe(201);
      const reference = res.json().reference as string;
      let row: { attempts: number; sent_at: Date | null; last_error: string | null } | undefined;
      for (let i = 0; i < 100; i++) {
        row = (
          await down.tdb.db.query<{ attempts: number; sent_at: Date | null; last_error: string | null }>(
            'SELECT attempts, sent_at, last_error FROM meldpunt_outbox WHERE reference = $1',
            [reference],
          )
        ).rows[0];
        if (row && row.attempts > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(row?.attempts).toBe(1);
      expect(row?.sent_at).toBeNull();
      expect(row?.last_error).toBeTruthy();
      const signal = await down.tdb.db.query('SELECT 1 FROM signal WHERE reference = $1', [reference]);
      expect(signal.rowCount).toBe(1);

      // Not retried before its time; retried after it, by the background step.
      const sent: string[] = [];
      const send = async (m: { to: string; text: string }) => {
        sent.push(m.text);
      };
      const config = { mailFrom: 'x@y.z', defaultNotifyEmail: 'meldpunt@lindeburg.example' };
      expect(await sendDueNotifications(down.tdb.db, down.clock.now(), config, send)).toEqual({
        sent: 0,
        failed: 0,
      });
      down.clock.advance(61_000);
      expect(await sendDueNotifications(down.tdb.db, down.clock.now(), config, send)).toEqual({
        sent: 1,
        failed: 0,
      });
      expect(sent[0]).toContain(reference);
    } finally {
      await down.close();
    }
  });
});
