import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionDryRun, runRetention, runRetentionFor } from '../../src/app/privacy/retention.js';
import { insertCasus } from '../../src/db/casussen.js';
import type { Database } from '../../src/db/database.js';
import { createReopenableDatabase, type ReopenableDatabase } from '../helpers/reopenable-db.js';

/**
 * Travelling past each retention term deletes exactly what expired, with what is derived from it, and
 * nothing else; a legal hold pauses it; every deletion leaves a content-free tombstone. The database is
 * closed and opened again between steps, as after a restart (PGlite on disk, or PostgreSQL).
 */

let rdb: ReopenableDatabase;
const db = (): Database => rdb.db;
const T = randomUUID();
const OTHER = randomUUID();
let userId = '';
let basisId = '';
let refSeq = 10_000;
let restrictionId = '';

async function one<R>(sql: string, params: unknown[]): Promise<R> {
  const r = await db().query<R>(sql, params);
  if (!r.rows[0]) throw new Error(`no row: ${sql}`);
  return r.rows[0];
}

async function tenant(id: string, name: string): Promise<void> {
  await db().query("INSERT INTO organisation (id, kind, name, tenant_id) VALUES ($1, 'gemeente', $2, $1)", [
    id,
    name,
  ]);
}

async function person(tenantId: string, name: string): Promise<string> {
  return (
    await one<{ id: string }>(
      `INSERT INTO person (tenant_id, display_name, normalized_name, created_at) VALUES ($1, $2, lower($2), $3)
       RETURNING id`,
      [tenantId, name, new Date('2025-12-01T10:00:00Z')],
    )
  ).id;
}

/** A signal closed (or still open) at the given moment, linked to the given persons. */
async function signal(
  tenantId: string,
  opts: { kind?: 'melding' | 'adviesvraag'; closedAt?: string; persons?: string[] },
): Promise<string> {
  refSeq += 1;
  const received = new Date('2025-12-15T10:00:00Z');
  const closedAt = opts.closedAt ? new Date(opts.closedAt) : null;
  const s = await one<{ id: string }>(
    `INSERT INTO signal (tenant_id, reference, kind, intake, channel, received_at, reporter_kind, status,
       status_changed_at, acknowledge_due_on, triage_due_on, summary, search_vector, created_at, close_reason)
     VALUES ($1, $2, $3, 'medewerker', 'telefoon', $4, 'professional', $5, $6, '2025-12-18', '2026-01-05',
       'Signaal over uitingen', to_tsvector('dutch', 'uitingen'), $4, $7) RETURNING id`,
    [
      tenantId,
      `M-2025-${refSeq}`,
      opts.kind ?? 'melding',
      received,
      closedAt ? 'afgesloten' : 'in_behandeling',
      closedAt ?? received,
      closedAt ? 'geen_zorgen' : null,
    ],
  );
  await db().query(
    `INSERT INTO signal_event (signal_id, at, kind, to_status) VALUES ($1, $2, 'ontvangen', 'ontvangen')`,
    [s.id, received],
  );
  if (closedAt) {
    await db().query(
      `INSERT INTO signal_event (signal_id, at, kind, from_status, to_status)
       VALUES ($1, $2, 'status', 'in_behandeling', 'afgesloten')`,
      [s.id, closedAt],
    );
  }
  for (const [i, p] of (opts.persons ?? []).entries()) {
    await db().query(
      `INSERT INTO signal_subject (signal_id, tenant_id, ordinal, name, person_id) VALUES ($1, $2, $3, 'X', $4)`,
      [s.id, tenantId, i + 1, p],
    );
  }
  return s.id;
}

async function attachment(signalId: string): Promise<string> {
  return (
    await one<{ id: string }>(
      `INSERT INTO signal_attachment (signal_id, file_name, media_type, size_bytes, sha256, content, created_at)
       VALUES ($1, 'foto.png', 'image/png', 3, 'abc', '\\x010203', $2) RETURNING id`,
      [signalId, new Date('2025-12-15T10:00:00Z')],
    )
  ).id;
}

async function casus(tenantId: string, personId: string, closedAt: string | null): Promise<string> {
  const opened = new Date('2026-01-05T10:00:00Z');
  const c = await db().tx((q) =>
    insertCasus(q, {
      tenantId,
      personId,
      year: 2026,
      phase: 'persoonsgerichte_aanpak',
      regisseurUserId: userId,
      openedFromDecisionId: null,
      createdAt: opened,
    }),
  );
  await db().query(
    `INSERT INTO casus_plan (casus_id, goals, updated_at, updated_by) VALUES ($1, 'Doelen', $2, $3)`,
    [c.id, opened, userId],
  );
  if (closedAt) {
    await db().query(
      `UPDATE casus SET phase = 'afgesloten', closed_at = $2, closure_reason = 'disengaged' WHERE id = $1`,
      [c.id, new Date(closedAt)],
    );
    await db().query(
      `INSERT INTO casus_event (casus_id, at, actor_user_id, kind, to_value) VALUES ($1, $2, $3, 'fase', 'afgesloten')`,
      [c.id, new Date(closedAt), userId],
    );
  }
  return c.id;
}

async function meeting(
  tenantId: string,
  startsAt: string,
  type: 'signaleringsoverleg' | 'casusoverleg',
): Promise<string> {
  return (
    await one<{ id: string }>(
      `INSERT INTO meeting (tenant_id, organiser_id, type, title, starts_at, location, chair_user_id, status,
         created_at, created_by)
       VALUES ($1, $1, $2, 'Overleg', $3, 'Stadhuis', $4, 'afgerond', $3, $4) RETURNING id`,
      [tenantId, type, new Date(startsAt), userId],
    )
  ).id;
}

/** An agenda item with a contribution, a draft decision and an action: all derived from its subject. */
async function item(
  meetingId: string,
  tenantId: string,
  subject: { signal?: string; casus?: string },
): Promise<string> {
  const at = new Date('2026-01-08T10:00:00Z');
  const i = await one<{ id: string }>(
    `INSERT INTO agenda_item (meeting_id, tenant_id, position, subject_kind, signal_id, casus_id, title, placed_at,
       placed_by, minutes_text)
     VALUES ($1, $2, (SELECT count(*) + 1 FROM agenda_item WHERE meeting_id = $1), $3, $4, $5, 'Punt', $6, $7,
       'Besproken') RETURNING id`,
    [
      meetingId,
      tenantId,
      subject.signal ? 'signaal' : 'casus',
      subject.signal ?? null,
      subject.casus ?? null,
      at,
      userId,
    ],
  );
  await db().query(
    `INSERT INTO contribution (item_id, meeting_id, tenant_id, organisation_id, author_user_id, author_name,
       legal_basis_id, text, created_at, updated_at, updated_by)
     VALUES ($1, $2, $3, $3, $4, 'Ambtenaar', $5, 'Wat wij weten', $6, $6, $4)`,
    [i.id, meetingId, tenantId, userId, basisId, at],
  );
  await db().query(
    `INSERT INTO meeting_decision (item_id, meeting_id, tenant_id, kind, drafted_at, drafted_by)
     VALUES ($1, $2, $3, 'signaleringsoverleg', $4, $5)`,
    [i.id, meetingId, tenantId, at, userId],
  );
  await db().query(
    `INSERT INTO meeting_action (tenant_id, meeting_id, item_id, description, owner_user_id, due_on, created_at,
       created_by) VALUES ($1, $2, $3, 'Nabellen', $4, '2026-01-20', $5, $4)`,
    [tenantId, meetingId, i.id, userId, at],
  );
  return i.id;
}

async function network(casusId: string, linkedPersonId: string | null): Promise<string> {
  const at = new Date('2026-01-06T10:00:00Z');
  return (
    await one<{ id: string }>(
      `INSERT INTO casus_network_person (casus_id, name, relation, linked_person_id, created_at, created_by,
         updated_at, updated_by) VALUES ($1, 'Broer', 'broer_zus', $2, $3, $4, $3, $4) RETURNING id`,
      [casusId, linkedPersonId, at, userId],
    )
  ).id;
}

async function exists(table: string, id: string): Promise<boolean> {
  const r = await db().query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
  return r.rows.length > 0;
}

const F: Record<string, [string, string]> = {};

// A generous timeout: setting up a whole database is slow when the machine is busy.
beforeAll(async () => {
  rdb = await createReopenableDatabase();
  await tenant(T, 'Gemeente Testdorp');
  await tenant(OTHER, 'Gemeente Elders');
  userId = (
    await one<{ id: string }>("INSERT INTO app_user (display_name) VALUES ('Ambtenaar') RETURNING id", [])
  ).id;
  basisId = (await one<{ id: string }>("SELECT id FROM legal_basis WHERE code = 'convenant_zvh'", [])).id;

  // S1: closed without follow-up on 2026-01-10; its person only here; an attachment; on the agenda of M1.
  const p1 = await person(T, 'Persoon een');
  const s1 = await signal(T, { closedAt: '2026-01-10T10:00:00Z', persons: [p1] });
  const at1 = await attachment(s1);
  const m1 = await meeting(T, '2026-01-08T10:00:00Z', 'signaleringsoverleg');
  const i1 = await item(m1, T, { signal: s1 });
  // S2: closed 2026-06-01; its person also in the open signal S3, so the person stays.
  const p2 = await person(T, 'Persoon twee');
  const s2 = await signal(T, { closedAt: '2026-06-01T10:00:00Z', persons: [p2] });
  const s3 = await signal(T, { persons: [p2] });
  // A1: an advice question without a person, closed 2026-02-01.
  const a1 = await signal(T, { kind: 'adviesvraag', closedAt: '2026-02-01T10:00:00Z' });
  // C1: a case closed 2026-03-01; its person's signal S4 (closed 2026-01-15, kept with the case) has an
  // attachment that goes after a year on its own; the case is on the agenda of M2.
  const p4 = await person(T, 'Persoon vier');
  const s4 = await signal(T, { closedAt: '2026-01-15T10:00:00Z', persons: [p4] });
  const at4 = await attachment(s4);
  const c1 = await casus(T, p4, '2026-03-01T10:00:00Z');
  const m2 = await meeting(T, '2026-02-15T10:00:00Z', 'casusoverleg');
  const i2 = await item(m2, T, { casus: c1 });
  // C2: an open case: never.
  const p5 = await person(T, 'Persoon vijf');
  const c2 = await casus(T, p5, null);
  // C1's network (persons around the subject) exists only for C1; C2's network names P6, whose own signal
  // S6 led nowhere: S6 goes, P6 stays while C2's network refers to it.
  const n1 = await network(c1, null);
  const p6 = await person(T, 'Persoon zes');
  const s6 = await signal(T, { closedAt: '2026-01-10T10:00:00Z', persons: [p6] });
  const n2 = await network(c2, p6);
  // S5: closed with S1, but under a legal hold until 2027-03-31.
  const s5 = await signal(T, { closedAt: '2026-01-10T10:00:00Z' });
  await db().query(
    `INSERT INTO legal_hold (tenant_id, object_type, object_id, reason, ends_on, created_at, created_by)
     VALUES ($1, 'signal', $2, 'Bezwaarprocedure loopt', '2027-03-31', $3, $4)`,
    [T, s5, new Date('2026-12-01T10:00:00Z'), userId],
  );
  // S7: closed with S1, but its person asked for a restriction of processing (art. 18 AVG): kept until lifted.
  const p7 = await person(T, 'Persoon zeven');
  const s7 = await signal(T, { closedAt: '2026-01-10T10:00:00Z', persons: [p7] });
  const request = await one<{ id: string }>(
    `INSERT INTO subject_request (tenant_id, person_id, kind, received_on, reason, created_at, created_by)
     VALUES ($1, $2, 'beperking', '2026-12-01', 'Per brief, identiteit gecontroleerd', $3, $4) RETURNING id`,
    [T, p7, new Date('2026-12-01T10:00:00Z'), userId],
  );
  restrictionId = (
    await one<{ id: string }>(
      `INSERT INTO processing_restriction (tenant_id, request_id, person_id, scope, reason, created_at, created_by)
       VALUES ($1, $2, $3, 'Alle gegevens', 'Betwist de juistheid', $4, $5) RETURNING id`,
      [T, request.id, p7, new Date('2026-12-01T10:00:00Z'), userId],
    )
  ).id;
  // X1: another municipality's expired signal: only its own run deletes it.
  const x1 = await signal(OTHER, { closedAt: '2026-01-10T10:00:00Z' });

  Object.assign(F, {
    s1: ['signal', s1],
    at1: ['signal_attachment', at1],
    p1: ['person', p1],
    m1: ['meeting', m1],
    i1: ['agenda_item', i1],
    s2: ['signal', s2],
    p2: ['person', p2],
    s3: ['signal', s3],
    a1: ['signal', a1],
    s4: ['signal', s4],
    at4: ['signal_attachment', at4],
    p4: ['person', p4],
    c1: ['casus', c1],
    m2: ['meeting', m2],
    i2: ['agenda_item', i2],
    p5: ['person', p5],
    c2: ['casus', c2],
    s5: ['signal', s5],
    n1: ['casus_network_person', n1],
    n2: ['casus_network_person', n2],
    p6: ['person', p6],
    s6: ['signal', s6],
    p7: ['person', p7],
    s7: ['signal', s7],
    x1: ['signal', x1],
  });
}, 180_000);
afterAll(async () => {
  await rdb?.drop();
});

async function remaining(): Promise<string[]> {
  const out: string[] = [];
  for (const [name, [table, id]] of Object.entries(F)) if (await exists(table, id)) out.push(name);
  return out.sort();
}

const ALL = [
  'p7',
  's7',
  'n1',
  'n2',
  'p6',
  's6',
  's1',
  'at1',
  'p1',
  'm1',
  'i1',
  's2',
  'p2',
  's3',
  'a1',
  's4',
  'at4',
  'p4',
  'c1',
  'm2',
  'i2',
  'p5',
  'c2',
  's5',
  'x1',
];
const without = (...gone: string[]) => ALL.filter((n) => !gone.includes(n)).sort();

async function tombstones(): Promise<
  Array<{ object_type: string; object_id: string; purpose: string; person_id: string | null }>
> {
  const r = await db().query<{
    object_type: string;
    object_id: string;
    purpose: string;
    person_id: string | null;
  }>(
    "SELECT object_type, object_id, purpose, person_id FROM access_log WHERE action = 'retention_delete' AND tenant_id = $1 ORDER BY id",
    [T],
  );
  return r.rows;
}

describe('retention over the years', () => {
  it('deletes nothing before any term has run out', async () => {
    const now = new Date('2026-12-31T10:00:00Z');
    expect(await retentionDryRun(db(), T, now)).toEqual([]);
    const r = await runRetentionFor(db(), T, now);
    expect(r.deleted).toEqual({});
    expect(await remaining()).toEqual(without());
  });

  it('after a year: the signal without follow-up goes with its person, attachment and agenda item; a hold keeps another', async () => {
    const now = new Date('2027-01-11T10:00:00Z');
    const plan = await retentionDryRun(db(), T, now);
    expect(plan.map((p) => [p.kind, p.id, p.holdEndsOn, p.restricted])).toEqual(
      expect.arrayContaining([
        ['melding_zonder_vervolg', F.s1?.[1], null, false],
        ['melding_zonder_vervolg', F.s5?.[1], '2027-03-31', false],
        ['melding_zonder_vervolg', F.s7?.[1], null, true],
      ]),
    );
    // The dry run changed nothing.
    expect(await remaining()).toEqual(without());

    const r = await runRetentionFor(db(), T, now);
    expect(r.deleted).toEqual({ melding_zonder_vervolg: 2 });
    expect(r.held).toEqual({ melding_zonder_vervolg: 2 });
    expect(await remaining()).toEqual(without('s1', 'at1', 'p1', 'i1', 's6'));
    const contributions = await db().query('SELECT 1 FROM contribution WHERE item_id = $1', [F.i1?.[1]]);
    expect(contributions.rows).toHaveLength(0);

    const stones = await tombstones();
    expect(stones).toHaveLength(4);
    expect(stones).toEqual(
      expect.arrayContaining([
        {
          object_type: 'signal',
          object_id: F.s6?.[1],
          purpose: 'bewaartermijn:melding_zonder_vervolg:12m',
          person_id: null,
        },
        {
          object_type: 'signal',
          object_id: F.s1?.[1],
          purpose: 'bewaartermijn:melding_zonder_vervolg:12m',
          person_id: null,
        },
        {
          object_type: 'agenda_item',
          object_id: F.i1?.[1],
          purpose: 'bewaartermijn:melding_zonder_vervolg:12m:afgeleid',
          person_id: null,
        },
        {
          object_type: 'person',
          object_id: F.p1?.[1],
          purpose: 'bewaartermijn:melding_zonder_vervolg:12m:afgeleid',
          person_id: null,
        },
      ]),
    );
    // Running again the same day deletes nothing more.
    expect((await runRetentionFor(db(), T, now)).deleted).toEqual({});
  });

  it('after a restart: the attachment of a signal kept with its case goes after its own term, the signal stays', async () => {
    await rdb.reopen();
    const r = await runRetentionFor(db(), T, new Date('2027-01-16T10:00:00Z'));
    expect(r.deleted).toEqual({ bijlage: 1 });
    expect(await remaining()).toEqual(without('s1', 'at1', 'p1', 'i1', 's6', 'at4'));
  });

  it('the advice question, then the held signal once its hold has ended, then the second signal (its person stays)', async () => {
    expect((await runRetentionFor(db(), T, new Date('2027-02-02T10:00:00Z'))).deleted).toEqual({
      adviesvraag: 1,
    });
    expect((await runRetentionFor(db(), T, new Date('2027-03-31T21:00:00Z'))).deleted).toEqual({});
    expect((await runRetentionFor(db(), T, new Date('2027-04-01T10:00:00Z'))).deleted).toEqual({
      melding_zonder_vervolg: 1,
    });
    expect(await exists('signal', F.s7?.[1] ?? '')).toBe(true);
    await db().query('UPDATE processing_restriction SET lifted_at = $2, lifted_by = $3 WHERE id = $1', [
      restrictionId,
      new Date('2027-04-02T10:00:00Z'),
      userId,
    ]);
    expect((await runRetentionFor(db(), T, new Date('2027-04-02T11:00:00Z'))).deleted).toEqual({
      melding_zonder_vervolg: 1,
    });
    const legalHolds = await db().query('SELECT 1 FROM legal_hold WHERE object_id = $1', [F.s5?.[1]]);
    expect(legalHolds.rows).toHaveLength(0);
    expect((await runRetentionFor(db(), T, new Date('2027-06-02T10:00:00Z'))).deleted).toEqual({
      melding_zonder_vervolg: 1,
    });
    expect(await remaining()).toEqual(
      without('s1', 'at1', 'p1', 'i1', 's6', 'at4', 'a1', 's5', 's7', 'p7', 's2'),
    );
  });

  it('after another restart: minutes go five years after the meeting once no item concerns a kept record', async () => {
    await rdb.reopen();
    const r = await runRetentionFor(db(), T, new Date('2031-01-09T10:00:00Z'));
    expect(r.deleted).toEqual({ notulen: 1 });
    expect(await remaining()).toEqual(
      without('s1', 'at1', 'p1', 'i1', 's6', 'at4', 'a1', 's5', 's7', 'p7', 's2', 'm1'),
    );
  });

  it("five years after the case's last processing it goes with its person's signal, its items and then its meeting", async () => {
    const before = await runRetentionFor(db(), T, new Date('2031-02-28T10:00:00Z'));
    expect(before.deleted).toEqual({});
    const r = await runRetentionFor(db(), T, new Date('2031-03-02T10:00:00Z'));
    expect(r.deleted).toEqual({ casus_afgesloten: 1, notulen: 1 });
    // What is left: the open signal with its person, the open case with its person, the other municipality.
    expect(await remaining()).toEqual(['c2', 'n2', 'p2', 'p5', 'p6', 's3', 'x1']);
    const stones = (await tombstones()).map((s) => `${s.object_type}:${s.purpose}`);
    expect(stones).toEqual(
      expect.arrayContaining([
        'casus:bewaartermijn:casus_afgesloten:60m',
        'signal:bewaartermijn:casus_afgesloten:60m:afgeleid',
        'agenda_item:bewaartermijn:casus_afgesloten:60m:afgeleid',
        'person:bewaartermijn:casus_afgesloten:60m:afgeleid',
        'overleg:bewaartermijn:notulen:60m',
      ]),
    );
    for (const table of ['casus_plan', 'casus_event']) {
      const rows = await db().query(`SELECT 1 FROM ${table} WHERE casus_id = $1`, [F.c1?.[1]]);
      expect(rows.rows).toHaveLength(0);
    }
  });

  it('the daily run over all municipalities deletes the other one too, and records one run per municipality', async () => {
    const summaries = await runRetention(db(), new Date('2031-03-03T10:00:00Z'));
    expect(summaries.find((s) => s.tenantId === OTHER)?.deleted).toEqual({ melding_zonder_vervolg: 1 });
    expect(await remaining()).toEqual(['c2', 'n2', 'p2', 'p5', 'p6', 's3']);
    const runs = await db().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM retention_run WHERE tenant_id = $1',
      [T],
    );
    expect(Number(runs.rows[0]?.n)).toBeGreaterThanOrEqual(9);
  });

  it('uses a shorter term the municipality set for itself', async () => {
    const s = await signal(T, { kind: 'adviesvraag', closedAt: '2031-01-01T10:00:00Z' });
    await db().query(
      `INSERT INTO retention_rule (tenant_id, kind, term_months, note, updated_at, updated_by)
       VALUES ($1, 'adviesvraag', 1, 'Korter: geen persoonsgegevens nodig', $2, $3)`,
      [T, new Date('2031-01-01T10:00:00Z'), userId],
    );
    const r = await runRetentionFor(db(), T, new Date('2031-03-04T10:00:00Z'));
    expect(r.deleted).toEqual({ adviesvraag: 1 });
    expect(await exists('signal', s)).toBe(false);
    const last = (await tombstones()).at(-1);
    expect(last?.purpose).toBe('bewaartermijn:adviesvraag:1m:gemeente');
  });
});
