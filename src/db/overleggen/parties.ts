import type { PartnerType, Role } from '../../domain/access/roles.js';
import { firstOrNull, type Queryable } from '../database.js';
import {
  ORGANISATION_SELECT,
  type OrganisationRow,
  type OrganisationView,
  toOrganisation,
} from '../users.js';

/** Organisations and users of a tenant, as the meetings module checks them (members, invitees, recipients). */

export async function findOrganisation(q: Queryable, id: string): Promise<OrganisationView | null> {
  const r = await q.query<OrganisationRow>(`${ORGANISATION_SELECT} WHERE id = $1`, [id]);
  return firstOrNull(r, toOrganisation);
}

/** The tenant's own organisation and its partners of these types (the default standing members). */
export async function defaultMemberOrganisations(
  q: Queryable,
  tenantId: string,
  partnerTypes: readonly PartnerType[],
): Promise<string[]> {
  const r = await q.query<{ id: string }>(
    `SELECT id FROM organisation
      WHERE id = $1 OR (tenant_id = $1 AND kind = 'partner' AND partner_type = ANY($2::text[]))
      ORDER BY kind, name`,
    [tenantId, partnerTypes],
  );
  return r.rows.map((o) => o.id);
}

/** A user with an active membership in the tenant, with the roles they have there. */
export async function findUserInTenant(
  q: Queryable,
  userId: string,
  tenantId: string,
): Promise<{ id: string; displayName: string; roles: Role[] } | null> {
  const r = await q.query<{ id: string; display_name: string; roles: Role[] }>(
    `SELECT u.id, u.display_name, array_agg(DISTINCT m.role) AS roles
       FROM app_user u
       JOIN membership m ON m.user_id = u.id AND m.ended_at IS NULL
       JOIN organisation o ON o.id = m.organisation_id AND o.tenant_id = $2
      WHERE u.id = $1 AND u.disabled_at IS NULL
      GROUP BY u.id, u.display_name`,
    [userId, tenantId],
  );
  const u = r.rows[0];
  return u ? { id: u.id, displayName: u.display_name, roles: u.roles } : null;
}

/** Active memberships with a content role in the tenant: the people who may be told about an agenda. */
export interface MembershipFacts {
  readonly userId: string;
  readonly organisationId: string;
  readonly role: Role;
  readonly tenantId: string;
  readonly email: string | null;
}

export async function contentMembershipsOfTenant(q: Queryable, tenantId: string): Promise<MembershipFacts[]> {
  const r = await q.query<{ user_id: string; organisation_id: string; role: Role; email: string | null }>(
    `SELECT m.user_id, m.organisation_id, m.role, u.email
       FROM membership m
       JOIN organisation o ON o.id = m.organisation_id
       JOIN app_user u ON u.id = m.user_id
      WHERE o.tenant_id = $1 AND m.ended_at IS NULL AND u.disabled_at IS NULL
        AND m.role IN ('aandachtsfunctionaris', 'meldpunt', 'burgemeester', 'ketenpartner')
      ORDER BY m.user_id, m.organisation_id`,
    [tenantId],
  );
  return r.rows.map((m) => ({
    userId: m.user_id,
    organisationId: m.organisation_id,
    role: m.role,
    tenantId,
    email: m.email,
  }));
}
