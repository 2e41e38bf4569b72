import { ageFactsOfCase, insertChecklist } from '../db/casus-checklists.js';
import { closeDossier, endAllParticipants, updateSituation } from '../db/casus-dossier.js';
import { insertCasus } from '../db/casussen.js';
import type { Queryable } from '../db/database.js';
import { checklistFor, dueOn, itemStart } from '../domain/casus/checklists.js';
import type { CaseSituation } from '../domain/casus/types.js';
import { addDays, amsterdamDate } from '../domain/melding/calendar.js';
import { normalizeAddress, normalizeName } from '../domain/melding/names.js';
import { demoEvents } from './seed-casus.js';

/**
 * Three more fictitious cases, so the demo shows the approach in more of its phases and situations: a
 * returnee (terugkeerder) with the factsheet's checklist, a person in detention (gedetineerd), and a case
 * closed because the person disengaged. They are opened before the case content is seeded
 * (src/demo/seed-casus.ts fills every open case with participants, a plan, measures, a network and family
 * contacts) and given their situation or closure afterwards. Every name, date and place is invented.
 */
const MORE_CASES = [
  {
    key: 'terugkeerder',
    name: 'Yusuf Demir',
    birthDate: '2001-04-17',
    address: 'Kastanjelaan 12, 3521 KL Lindeburg',
    school: 'Veenstroom Techniek',
    daysAgo: 420,
  },
  {
    key: 'gedetineerd',
    name: 'Kevin de Groot',
    birthDate: '1998-09-02',
    address: 'Havenstraat 3b, 3522 AB Lindeburg',
    school: null,
    daysAgo: 300,
  },
  {
    key: 'afgesloten',
    name: 'Lina Haddou',
    birthDate: '2006-01-23',
    address: 'Molenweg 88, 3523 CD Lindeburg',
    school: 'Lindeburg College',
    daysAgo: 540,
  },
] as const;

export type MoreCaseKey = (typeof MORE_CASES)[number]['key'];

/** Opens the three cases (phase: persoonsgerichte aanpak); returns their ids by key. */
export async function openMoreDemoCases(
  q: Queryable,
  tenantId: string,
  anchor: Date,
): Promise<Map<MoreCaseKey, string>> {
  const officer = await q.query<{ id: string }>(
    `SELECT u.id FROM app_user u JOIN membership m ON m.user_id = u.id
      WHERE u.is_demo AND m.role = 'aandachtsfunctionaris' AND m.organisation_id = $1 ORDER BY u.created_at, u.id LIMIT 1`,
    [tenantId],
  );
  const by = officer.rows[0]?.id ?? null;
  const ids = new Map<MoreCaseKey, string>();
  for (const c of MORE_CASES) {
    const createdAt = new Date(anchor.getTime() - c.daysAgo * 24 * 3_600_000);
    const person = await q.query<{ id: string }>(
      `INSERT INTO person (tenant_id, display_name, normalized_name, birth_date, address, normalized_address,
         school_or_work, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        tenantId,
        c.name,
        normalizeName(c.name),
        c.birthDate,
        c.address,
        normalizeAddress(c.address),
        c.school,
        createdAt,
        by,
      ],
    );
    const personId = person.rows[0]?.id as string;
    const created = await insertCasus(q, {
      tenantId,
      year: createdAt.getUTCFullYear(),
      personId,
      phase: 'persoonsgerichte_aanpak',
      regisseurUserId: by,
      openedFromDecisionId: null,
      createdAt,
    });
    ids.set(c.key, created.id);
  }
  return ids;
}

/** Gives the three cases their situation (with its checklist) or their closure, as recorded decisions. */
export async function finishMoreDemoCases(
  q: Queryable,
  tenantId: string,
  ids: ReadonlyMap<MoreCaseKey, string>,
  anchor: Date,
): Promise<void> {
  const officer = await q.query<{ id: string }>(
    `SELECT u.id FROM app_user u JOIN membership m ON m.user_id = u.id
      WHERE u.is_demo AND m.role = 'aandachtsfunctionaris' AND m.organisation_id = $1 ORDER BY u.created_at, u.id LIMIT 1`,
    [tenantId],
  );
  const by = officer.rows[0]?.id;
  if (!by) return;
  const today = amsterdamDate(anchor);
  const event = demoEvents(q, tenantId, by, anchor);
  const version = async (id: string) =>
    (await q.query<{ version: number }>('SELECT version FROM casus WHERE id = $1', [id])).rows[0]?.version ??
    1;

  const situation = async (
    id: string,
    to: CaseSituation,
    dates: { since: string; departedOn: string | null; returnedOn: string | null },
    reason: string,
  ) => {
    await updateSituation(q, id, await version(id), {
      situation: to,
      since: dates.since,
      departedOn: dates.departedOn,
      returnedOn: dates.returnedOn,
      deceasedOn: null,
    });
    await event(id, 'situatie_gewijzigd', { from: 'zorgelijk', to, reason, occurredOn: dates.since });
    const template = checklistFor(to);
    if (!template) return;
    const caseDates = {
      departedOn: dates.departedOn,
      returnedOn: dates.returnedOn,
      deceasedOn: null,
      situationSince: dates.since,
    };
    const people = await ageFactsOfCase(q, id);
    await insertChecklist(
      q,
      id,
      template.kind,
      template.items.map((it) => ({
        code: it.code,
        nl: it.nl,
        en: it.en,
        dueOn: dueOn(it.due, caseDates),
        start: itemStart(it.condition, dates.since, people),
      })),
      anchor,
      by,
    );
    await event(id, 'checklist_aangemaakt', { to: template.kind });
  };

  const returnee = ids.get('terugkeerder');
  if (returnee) {
    const returnedOn = addDays(today, -18);
    await situation(
      returnee,
      'terugkeerder',
      { since: returnedOn, departedOn: addDays(today, -400), returnedOn },
      'Teruggekeerd en bij aankomst aangehouden; de familie is geïnformeerd',
    );
  }
  const detained = ids.get('gedetineerd');
  if (detained) {
    const since = addDays(today, -60);
    await situation(
      detained,
      'gedetineerd',
      { since, departedOn: null, returnedOn: null },
      'In voorlopige hechtenis genomen; de reclassering houdt contact',
    );
  }
  const closed = ids.get('afgesloten');
  if (closed) {
    const at = new Date(anchor.getTime() - 7 * 24 * 3_600_000);
    const reason = 'Heeft zich losgemaakt van de groep; school afgerond en werk gevonden; nazorg afgerond';
    await closeDossier(q, closed, await version(closed), at, 'disengaged', reason);
    await endAllParticipants(q, closed, at, by);
    await event(closed, 'afgesloten', { from: 'persoonsgerichte_aanpak', to: 'disengaged', reason });
  }
}
