import { NEXT_REVIEW_SQL } from './casus-list.js';
import type { Queryable } from './database.js';
import { OWN_ACTIONS_WHERE, type OwnActionsOf, ownActionParams } from './overleggen/actions.js';

/**
 * Queries for "Mijn werk" (the home page): what is due up to a date, by reference only. Each returns what is
 * due on or before `until`; the caller puts it in its deadline group and decides what is shown.
 */

export interface DueSignal {
  readonly id: string;
  readonly reference: string;
  readonly dueOn: string;
}

/** The deadline groups as SQL, the same boundaries as `groupOf` in src/app/mijn-werk/my-work.ts. */
const GROUP_SQL = (due: string) =>
  `CASE WHEN ${due} < $today THEN 'te_laat' WHEN ${due} = $today THEN 'vandaag'
        WHEN ${due} <= $week THEN 'deze_week' ELSE 'volgende_week' END`;

/**
 * Open signals whose next deadline falls on or before `until`, the earliest first: at most `limit` per
 * deadline group, each with the number in its group (so the page can say "en N meer"). The scope is the
 * worklist's (src/domain/melding/access.ts): restricted signals only for who may see them.
 */
export async function dueSignals(
  q: Queryable,
  scope: { tenantId: string; includeRestricted: boolean },
  bounds: { today: string; week: string; until: string },
  limit: number,
): Promise<{ signals: DueSignal[]; totals: Map<string, number> }> {
  const sql = `SELECT id, reference, due_on, grp, total FROM (
       SELECT s.id, s.reference, s.next_due_on::text AS due_on, g.grp,
              row_number() OVER (PARTITION BY g.grp ORDER BY s.next_due_on, s.id) AS rn,
              count(*) OVER (PARTITION BY g.grp)::int AS total
         FROM signal s
         CROSS JOIN LATERAL (SELECT ${GROUP_SQL('s.next_due_on')} AS grp) g
        WHERE s.tenant_id = $1 AND s.status <> 'afgesloten' AND ($2::boolean OR NOT s.restricted)
          AND s.next_due_on <= $until) x
      WHERE rn <= $limit
      ORDER BY due_on, id`
    .replaceAll('$today', '$3::date')
    .replaceAll('$week', '$4::date')
    .replaceAll('$until', '$5::date')
    .replaceAll('$limit', '$6');
  const r = await q.query<{ id: string; reference: string; due_on: string; grp: string; total: number }>(
    sql,
    [scope.tenantId, scope.includeRestricted, bounds.today, bounds.week, bounds.until, limit],
  );
  const totals = new Map<string, number>();
  for (const row of r.rows) totals.set(row.grp, row.total);
  return { signals: r.rows.map((x) => ({ id: x.id, reference: x.reference, dueOn: x.due_on })), totals };
}

export interface DueOfCase {
  readonly casusId: string;
  readonly reference: string;
  readonly personId: string;
  /** The earliest term of the case in this group. */
  readonly dueOn: string;
  readonly count: number;
}

/**
 * Per open case of the tenant: the open checklist items with a term on or before `until`, counted per day
 * they fall due (the caller groups the days). Bounded: the open cases of one municipality.
 */
export async function checklistItemsDue(q: Queryable, tenantId: string, until: string): Promise<DueOfCase[]> {
  const r = await q.query<{ id: string; reference: string; person_id: string; due_on: string; n: number }>(
    `SELECT c.id, c.reference, c.person_id, i.due_on::text AS due_on, count(*)::int AS n
       FROM casus c JOIN casus_checklist_item i ON i.casus_id = c.id
      WHERE c.tenant_id = $1 AND c.phase <> 'afgesloten' AND i.status = 'open' AND i.due_on <= $2::date
      GROUP BY c.id, c.reference, c.person_id, i.due_on
      ORDER BY i.due_on, c.reference
      LIMIT 1000`,
    [tenantId, until],
  );
  return r.rows.map(toDue);
}

/**
 * Per open case of the tenant: the family follow-ups not yet done with a date on or before `until`, counted
 * per day (Familieondersteuning, src/db/casus-family.ts); with `byOrganisationId` only those that
 * organisation recorded (a partner's own follow-ups).
 */
export async function familyFollowUpsDue(
  q: Queryable,
  tenantId: string,
  until: string,
  byOrganisationId: string | null = null,
): Promise<DueOfCase[]> {
  const r = await q.query<{ id: string; reference: string; person_id: string; due_on: string; n: number }>(
    `SELECT c.id, c.reference, c.person_id, f.follow_up_due_on::text AS due_on, count(*)::int AS n
       FROM casus c JOIN casus_family_contact f ON f.casus_id = c.id
      WHERE c.tenant_id = $1 AND c.phase <> 'afgesloten' AND f.follow_up_done_at IS NULL
        AND f.follow_up_due_on IS NOT NULL AND f.follow_up_due_on <= $2::date
        AND ($3::uuid IS NULL OR f.by_organisation_id = $3::uuid)
      GROUP BY c.id, c.reference, c.person_id, f.follow_up_due_on
      ORDER BY f.follow_up_due_on, c.reference
      LIMIT 1000`,
    [tenantId, until, byOrganisationId],
  );
  return r.rows.map(toDue);
}

const toDue = (x: {
  id: string;
  reference: string;
  person_id: string;
  due_on: string;
  n: number;
}): DueOfCase => ({
  casusId: x.id,
  reference: x.reference,
  personId: x.person_id,
  dueOn: x.due_on,
  count: x.n,
});

type Bounds = { readonly today: string; readonly week: string; readonly until: string };

/**
 * The first `limit` rows per deadline group of `inner` (a SELECT of id, due_on and the other columns, all
 * due on or before $until), the earliest first, each with the number in its group. `params` fill $1 on;
 * the bounds and the limit follow them.
 */
async function firstPerGroup<R extends { id: string; due_on: string }>(
  q: Queryable,
  inner: string,
  params: unknown[],
  bounds: Bounds,
  limit: number,
): Promise<{ rows: Array<R & { grp: string; total: number }>; totals: Map<string, number> }> {
  const n = params.length;
  const named = (sql: string) =>
    sql
      .replaceAll('$today', `$${n + 1}::date`)
      .replaceAll('$week', `$${n + 2}::date`)
      .replaceAll('$until', `$${n + 3}::date`)
      .replaceAll('$limit', `$${n + 4}`);
  const r = await q.query<R & { grp: string; total: number }>(
    named(`SELECT * FROM (
       SELECT x.*, g.grp,
              row_number() OVER (PARTITION BY g.grp ORDER BY x.due_on, x.id) AS rn,
              count(*) OVER (PARTITION BY g.grp)::int AS total
         FROM (${inner}) x
         CROSS JOIN LATERAL (SELECT ${GROUP_SQL('x.due_on::date')} AS grp) g) y
      WHERE rn <= $limit
      ORDER BY due_on, id`),
    [...params, bounds.today, bounds.week, bounds.until, limit],
  );
  const totals = new Map<string, number>();
  for (const row of r.rows) totals.set(row.grp, row.total);
  return { rows: r.rows, totals };
}

export interface DueReview {
  readonly casusId: string;
  readonly reference: string;
  readonly personId: string;
  readonly dueOn: string;
}

/**
 * Open cases of the tenant whose next review (as the case list computes it) falls on or before `until`: at
 * most `limit` per deadline group with the number in each, read through casus_list_review_idx.
 */
export async function dueReviews(
  q: Queryable,
  tenantId: string,
  bounds: Bounds,
  limit: number,
): Promise<{ reviews: DueReview[]; totals: Map<string, number> }> {
  const r = await firstPerGroup<{ id: string; due_on: string; reference: string; person_id: string }>(
    q,
    `SELECT c.id, c.reference, c.person_id, ${NEXT_REVIEW_SQL}::text AS due_on
       FROM casus c
      WHERE c.tenant_id = $1 AND c.phase <> 'afgesloten' AND ${NEXT_REVIEW_SQL} <= $until`,
    [tenantId],
    bounds,
    limit,
  );
  return {
    reviews: r.rows.map((x) => ({
      casusId: x.id,
      reference: x.reference,
      personId: x.person_id,
      dueOn: x.due_on,
    })),
    totals: r.totals,
  };
}

export interface DueAction {
  readonly id: string;
  /** The meeting it was agreed in; null for a key figures' peiling. */
  readonly meetingTitle: string | null;
  readonly dueOn: string;
}

/**
 * The open actions of "Mijn acties" (the same ownership rule) due on or before `until`: at most `limit` per
 * deadline group with the number in each.
 */
export async function dueActions(
  q: Queryable,
  of: OwnActionsOf,
  bounds: Bounds,
  limit: number,
): Promise<{ actions: DueAction[]; totals: Map<string, number> }> {
  const r = await firstPerGroup<{ id: string; due_on: string; meeting_title: string | null }>(
    q,
    `SELECT a.id, a.due_on::text AS due_on, m.title AS meeting_title
       FROM meeting_action a LEFT JOIN meeting m ON m.id = a.meeting_id
      WHERE ${OWN_ACTIONS_WHERE} AND a.status = 'open' AND a.due_on <= $until`,
    ownActionParams(of),
    bounds,
    limit,
  );
  return {
    actions: r.rows.map((x) => ({ id: x.id, meetingTitle: x.meeting_title, dueOn: x.due_on })),
    totals: r.totals,
  };
}
