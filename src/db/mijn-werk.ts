import type { Queryable } from './database.js';

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
