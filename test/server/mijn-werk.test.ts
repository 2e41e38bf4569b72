import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyWork, WorkItem } from '../../src/contract/mijn-werk.js';
import { addDays, amsterdamDate } from '../../src/domain/melding/calendar.js';
import { TestClient } from '../helpers/test-app.js';
import { createOverlegApp, type OverlegTestApp, planMeeting, U } from './overleggen-fixtures.js';

let t: OverlegTestApp;
let today: string;
beforeAll(async () => {
  t = await createOverlegApp();
  // The demo is dated from the real day it was made; look at it from that day.
  t.clock.advance(Date.now() - t.clock.now().getTime());
  today = amsterdamDate(t.clock.now());
});
afterAll(() => t.close());

const q = <T>(sql: string, params: unknown[] = []) => t.tdb.db.query<T>(sql, params).then((r) => r.rows);

async function work(c: TestClient): Promise<MyWork> {
  const res = await c.get('/api/mijn-werk');
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as MyWork;
}

const items = (w: MyWork): WorkItem[] => w.groups.flatMap((g) => g.kinds.flatMap((k) => k.items));
const kindsOf = (w: MyWork) => new Set(items(w).map((i) => i.kind));
const ofKind = (w: MyWork, group: string, kind: string) =>
  w.groups.find((g) => g.group === group)?.kinds.find((k) => k.kind === kind);

describe('GET /api/mijn-werk', () => {
  it('is for the roles that work on signals, meetings and cases; not anonymously', async () => {
    expect((await new TestClient(t.app).get('/api/mijn-werk')).statusCode).toBe(401);
    for (const name of [U.privacy, U.admin, U.policy]) {
      const res = await (await t.client(name)).get('/api/mijn-werk');
      expect(res.statusCode, name).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    for (const name of [U.officer, U.meldpunt, U.mayor, U.police]) {
      expect((await (await t.client(name)).get('/api/mijn-werk')).statusCode, name).toBe(200);
    }
  });

  it('gives the officer every kind of work of the demo, grouped by deadline, each in the group of its date', async () => {
    const w = await work(await t.client(U.officer));
    expect(w.today).toBe(today);
    expect(w.groups.map((g) => g.group)).toEqual(['te_laat', 'vandaag', 'deze_week', 'volgende_week']);
    // The demo: the signaleringsoverleg he chairs next Tuesday, overdue signals, cases never reviewed,
    // checklist terms, an overdue family follow-up.
    for (const kind of ['overleg', 'melding', 'evaluatie', 'checklist', 'familie']) {
      expect(kindsOf(w).has(kind as WorkItem['kind']), kind).toBe(true);
    }
    const week = addDays(today, 7);
    for (const g of w.groups) {
      for (const i of g.kinds.flatMap((k) => k.items)) {
        if (g.group === 'te_laat') expect(i.dueOn < today, i.label).toBe(true);
        if (g.group === 'vandaag') expect(i.dueOn).toBe(today);
        if (g.group === 'deze_week') expect(i.dueOn > today && i.dueOn <= week, i.label).toBe(true);
        if (g.group === 'volgende_week') expect(i.dueOn > week && i.dueOn <= addDays(today, 14)).toBe(true);
      }
    }
    const chaired = items(w).filter((i) => i.kind === 'overleg' && i.chair);
    expect(chaired.some((i) => i.meetingType === 'signaleringsoverleg')).toBe(true);
    // References only: no person's name in the answer.
    const names = await q<{ display_name: string }>('SELECT display_name FROM person WHERE tenant_id = $1', [
      t.tenantId,
    ]);
    const body = JSON.stringify(w);
    for (const n of names) expect(body).not.toContain(n.display_name);
  });

  it('is bounded: at most five of a kind per group, the rest counted, as many as the worklist has', async () => {
    // Seven more open signals past their deadline, so the overdue group has more than it shows.
    await t.tdb.db.query(
      `UPDATE signal SET next_due_on = $2::date WHERE id IN (
         SELECT id FROM signal WHERE tenant_id = $1 AND status <> 'afgesloten' AND next_due_on >= $3::date
          ORDER BY id LIMIT 7)`,
      [t.tenantId, addDays(today, -1), today],
    );
    const w = await work(await t.client(U.officer));
    for (const g of w.groups) for (const k of g.kinds) expect(k.items.length).toBeLessThanOrEqual(5);
    const overdue = ofKind(w, 'te_laat', 'melding');
    const [count] = await q<{ n: number }>(
      `SELECT count(*)::int AS n FROM signal WHERE tenant_id = $1 AND status <> 'afgesloten' AND next_due_on < $2::date`,
      [t.tenantId, today],
    );
    expect(count?.n).toBeGreaterThan(5);
    expect(overdue?.items).toHaveLength(5);
    expect((overdue?.items.length ?? 0) + (overdue?.more ?? 0)).toBe(count?.n);
    // The earliest deadline first.
    const days = overdue?.items.map((i) => i.dueOn) ?? [];
    expect([...days].sort()).toEqual(days);
  });

  it('logs the cases and signals it names, as the case list and the worklist do', async () => {
    const officer = await t.client(U.officer);
    const [before] = await q<{ id: string }>('SELECT coalesce(max(id), 0)::text AS id FROM access_log');
    const w = await work(officer);
    const entries = await q<{
      object_type: string;
      object_id: string;
      person_id: string | null;
      purpose: string;
    }>(
      `SELECT object_type, object_id, person_id, purpose FROM access_log
        WHERE id > $1 AND actor_user_id = $2 AND action IN ('list', 'read')`,
      [before?.id, t.userId[U.officer]],
    );
    const caseIds = new Set(
      items(w)
        .filter((i) => ['evaluatie', 'checklist', 'familie'].includes(i.kind))
        .map((i) => i.id),
    );
    const logged = entries.filter((e) => e.object_type === 'casus');
    expect(new Set(logged.map((e) => e.object_id))).toEqual(caseIds);
    expect(logged.every((e) => e.person_id !== null && e.purpose === 'casus')).toBe(true);
    const signalIds = items(w)
      .filter((i) => i.kind === 'melding')
      .map((i) => i.id)
      .sort();
    const list = entries.find((e) => e.object_type === 'signal_list');
    expect(list?.object_id.split(',').sort()).toEqual(signalIds);
  });

  it('gives the mayor the weegploeg he chairs and no signal or case deadlines', async () => {
    const w = await work(await t.client(U.mayor));
    const meetings = items(w).filter((i) => i.kind === 'overleg');
    expect(meetings.some((i) => i.meetingType === 'weegploeg' && i.chair)).toBe(true);
    expect(meetings.every((i) => i.chair || i.meetingType === 'weegploeg')).toBe(true);
    for (const kind of ['melding', 'evaluatie', 'checklist', 'familie']) {
      expect(kindsOf(w).has(kind as WorkItem['kind']), kind).toBe(false);
    }
  });

  it('gives a partner only the meetings its organisation takes part in and its own actions', async () => {
    const officer = await t.client(U.officer);
    // A meeting tomorrow with the municipality and the OM only: the police are not in it.
    const omOnly = await planMeeting(officer, {
      type: 'casusoverleg',
      title: 'Casusoverleg zonder politie',
      startsAt: new Date(`${addDays(today, 1)}T09:00:00Z`).toISOString(),
      chairUserId: t.userId[U.officer],
      memberOrganisationIds: [t.org.gemeente, t.org.om],
    });
    const police = await t.client(U.police);
    const w = await work(police);
    expect(items(w).some((i) => i.kind === 'overleg')).toBe(true);
    expect(items(w).map((i) => i.id)).not.toContain(omOnly);
    for (const kind of ['melding', 'evaluatie', 'checklist']) {
      expect(kindsOf(w).has(kind as WorkItem['kind']), kind).toBe(false);
    }
    // Every meeting listed is one the partner may open; every action one of its own.
    for (const i of items(w).filter((x) => x.kind === 'overleg')) {
      expect((await police.get(`/api/overleggen/${i.id}`)).statusCode, i.label).toBe(200);
    }
    const own = (await police.get('/api/acties/mijn')).json() as { actions: Array<{ id: string }> };
    const ownIds = new Set(own.actions.map((x) => x.id));
    for (const i of items(w).filter((x) => x.kind === 'actie')) expect(ownIds.has(i.id)).toBe(true);
    // Its family follow-ups (the demo's wijkagent has some): only those it recorded, in cases it takes part in.
    const family = items(w).filter((x) => x.kind === 'familie');
    expect(family.length).toBeGreaterThan(0);
    for (const i of family) {
      expect((await police.get(`/api/casussen/${i.id}`)).statusCode, i.label).toBe(200);
      const [own] = await q<{ n: number }>(
        `SELECT count(*)::int AS n FROM casus_family_contact WHERE casus_id = $1 AND by_organisation_id = $2
            AND follow_up_done_at IS NULL AND follow_up_due_on IS NOT NULL`,
        [i.id, t.org.politie],
      );
      expect(own?.n).toBeGreaterThan(0);
    }
    // A partner that leaves a case no longer sees its follow-ups there.
    const left = family[0] as WorkItem;
    await t.tdb.db.query(
      'UPDATE casus_participant SET left_at = $3 WHERE casus_id = $1 AND organisation_id = $2 AND left_at IS NULL',
      [left.id, t.org.politie, new Date(t.clock.now().getTime() - 60_000)],
    );
    const after = items(await work(police)).filter((x) => x.kind === 'familie');
    expect(after.map((x) => x.id)).not.toContain(left.id);
    // The OM sees the meeting it is in; a partner that takes part in nothing sees no meeting at all.
    expect(items(await work(await t.client(U.om))).map((i) => i.id)).toContain(omOnly);
    expect(items(await work(await t.client(U.school))).filter((i) => i.kind === 'overleg')).toEqual([]);
  });
});
