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
