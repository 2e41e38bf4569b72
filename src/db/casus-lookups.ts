import type { Queryable } from './database.js';

/** The people of a partner organisation of the tenant with an active membership, by name. */
export async function listPartnerStaff(
  q: Queryable,
  tenantId: string,
  organisationId: string,
): Promise<Array<{ id: string; name: string }> | null> {
  const org = await q.query(
    "SELECT 1 FROM organisation WHERE id = $1 AND tenant_id = $2 AND kind = 'partner'",
    [organisationId, tenantId],
  );
  if (org.rowCount === 0) return null;
  const r = await q.query<{ id: string; name: string }>(
    `SELECT DISTINCT u.id, u.display_name AS name FROM app_user u
       JOIN membership m ON m.user_id = u.id
      WHERE m.organisation_id = $1 AND m.ended_at IS NULL AND u.disabled_at IS NULL
      ORDER BY u.display_name, u.id`,
    [organisationId],
  );
  return r.rows;
}

/** Who can be a case's regisseur: the aandachtsfunctionarissen of the municipality itself, by name. */
export async function listRegisseurCandidates(
  q: Queryable,
  tenantId: string,
): Promise<Array<{ id: string; name: string }>> {
  const r = await q.query<{ id: string; name: string }>(
    `SELECT DISTINCT u.id, u.display_name AS name FROM app_user u
       JOIN membership m ON m.user_id = u.id
      WHERE m.organisation_id = $1 AND m.role = 'aandachtsfunctionaris' AND m.ended_at IS NULL
        AND u.disabled_at IS NULL
      ORDER BY u.display_name, u.id`,
    [tenantId],
  );
  return r.rows;
}

/**
 * The first `limit` open cases of the tenant without a regisseur, by reference, with how many there are in
 * all (the officer's home page shows the first and counts the rest).
 */
export async function casesWithoutRegisseur(
  q: Queryable,
  tenantId: string,
  limit: number,
): Promise<{ cases: Array<{ id: string; reference: string; personId: string }>; total: number }> {
  const r = await q.query<{ id: string; reference: string; person_id: string; total: number }>(
    `SELECT c.id, c.reference, c.person_id, count(*) OVER ()::int AS total
       FROM casus c
      WHERE c.tenant_id = $1 AND c.phase <> 'afgesloten' AND c.regisseur_user_id IS NULL
      ORDER BY c.reference
      LIMIT $2`,
    [tenantId, limit],
  );
  return {
    cases: r.rows.map((x) => ({ id: x.id, reference: x.reference, personId: x.person_id })),
    total: r.rows[0]?.total ?? 0,
  };
}
