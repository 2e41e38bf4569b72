import type { OrganisationKind, PartnerType, Role } from '../domain/access/roles.js';
import { firstOrNull, type Queryable } from './database.js';

export interface MembershipView {
  readonly id: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationKind: OrganisationKind;
  readonly tenantId: string;
  readonly tenantName: string;
  readonly role: Role;
  readonly endedAt: Date | null;
}

export interface UserView {
  readonly id: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly username: string | null;
  readonly externalId: string | null;
  readonly hasPassword: boolean;
  readonly totpEnrolled: boolean;
  readonly failedAttempts: number;
  readonly lockedUntil: Date | null;
  readonly lockedOut: boolean;
  readonly disabledAt: Date | null;
  readonly isDemo: boolean;
  readonly version: number;
  readonly memberships: MembershipView[];
}

interface UserRow {
  id: string;
  display_name: string;
  email: string | null;
  username: string | null;
  external_id: string | null;
  has_password: boolean;
  totp_enrolled: boolean;
  failed_attempts: number;
  locked_until: Date | null;
  locked_out: boolean;
  disabled_at: Date | null;
  is_demo: boolean;
  version: number;
  memberships: Array<{
    id: string;
    organisation_id: string;
    organisation_name: string;
    organisation_kind: OrganisationKind;
    tenant_id: string;
    tenant_name: string;
    role: Role;
    ended_at: string | null;
  }> | null;
}

const USER_SELECT = `
  SELECT u.id, u.display_name, u.email, u.username, u.external_id, u.password_hash IS NOT NULL AS has_password,
         u.totp_enrolled_at IS NOT NULL AS totp_enrolled, u.failed_attempts, u.locked_until, u.locked_out,
         u.disabled_at, u.is_demo, u.version,
         (SELECT json_agg(json_build_object(
                   'id', m.id, 'organisation_id', o.id, 'organisation_name', o.name, 'organisation_kind', o.kind,
                   'tenant_id', o.tenant_id, 'tenant_name', t.name, 'role', m.role, 'ended_at', m.ended_at)
                   ORDER BY m.created_at, m.id)
            FROM membership m
            JOIN organisation o ON o.id = m.organisation_id
            JOIN organisation t ON t.id = o.tenant_id
           WHERE m.user_id = u.id AND ($1::uuid IS NULL OR o.tenant_id = $1::uuid)) AS memberships
    FROM app_user u`;

function toUser(r: UserRow): UserView {
  return {
    id: r.id,
    displayName: r.display_name,
    email: r.email,
    username: r.username,
    externalId: r.external_id,
    hasPassword: r.has_password,
    totpEnrolled: r.totp_enrolled,
    failedAttempts: r.failed_attempts,
    lockedUntil: r.locked_until,
    lockedOut: r.locked_out,
    disabledAt: r.disabled_at,
    isDemo: r.is_demo,
    version: r.version,
    memberships: (r.memberships ?? []).map((m) => ({
      id: m.id,
      organisationId: m.organisation_id,
      organisationName: m.organisation_name,
      organisationKind: m.organisation_kind,
      tenantId: m.tenant_id,
      tenantName: m.tenant_name,
      role: m.role,
      endedAt: m.ended_at ? new Date(m.ended_at) : null,
    })),
  };
}

/** Users with at least one membership in the tenant, with only that tenant's memberships. */
export async function listUsersOfTenant(q: Queryable, tenantId: string): Promise<UserView[]> {
  const r = await q.query<UserRow>(
    `${USER_SELECT}
     WHERE EXISTS (SELECT 1 FROM membership m JOIN organisation o ON o.id = m.organisation_id
                    WHERE m.user_id = u.id AND o.tenant_id = $1)
     ORDER BY u.display_name, u.id`,
    [tenantId],
  );
  return r.rows.map(toUser);
}

/** One user as seen from a tenant (null tenant: all memberships, for the user themself). */
export async function findUser(q: Queryable, id: string, tenantId: string | null): Promise<UserView | null> {
  const r = await q.query<UserRow>(`${USER_SELECT} WHERE u.id = $2`, [tenantId, id]);
  return firstOrNull(r, toUser);
}

export async function listDemoUsers(q: Queryable): Promise<UserView[]> {
  const r = await q.query<UserRow>(
    `${USER_SELECT} WHERE u.is_demo AND u.disabled_at IS NULL ORDER BY u.display_name`,
    [null],
  );
  return r.rows.map(toUser);
}

export interface OrganisationView {
  readonly id: string;
  readonly kind: OrganisationKind;
  readonly partnerType: PartnerType | null;
  readonly name: string;
  readonly tenantId: string;
  readonly regionId: string | null;
}

export interface OrganisationRow {
  id: string;
  kind: OrganisationKind;
  partner_type: PartnerType | null;
  name: string;
  tenant_id: string;
  region_id: string | null;
}

export const ORGANISATION_SELECT =
  'SELECT id, kind, partner_type, name, tenant_id, region_id FROM organisation';

export const toOrganisation = (o: OrganisationRow): OrganisationView => ({
  id: o.id,
  kind: o.kind,
  partnerType: o.partner_type,
  name: o.name,
  tenantId: o.tenant_id,
  regionId: o.region_id,
});

export async function listOrganisationsOfTenant(q: Queryable, tenantId: string): Promise<OrganisationView[]> {
  const r = await q.query<OrganisationRow>(
    `${ORGANISATION_SELECT} WHERE tenant_id = $1 ORDER BY kind, name`,
    [tenantId],
  );
  return r.rows.map(toOrganisation);
}

export async function organisationTenant(q: Queryable, organisationId: string): Promise<string | null> {
  const r = await q.query<{ tenant_id: string }>('SELECT tenant_id FROM organisation WHERE id = $1', [
    organisationId,
  ]);
  return r.rows[0]?.tenant_id ?? null;
}
