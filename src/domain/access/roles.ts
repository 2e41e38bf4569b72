/** The roles of DOMAIN.md. The melder (reporter) is not a role: reporting needs no account. */
export const ROLES = [
  'meldpunt',
  'aandachtsfunctionaris',
  'ketenpartner',
  'burgemeester',
  'beleidsmedewerker',
  'functioneel_beheerder',
  'privacy_officer',
  // Netwerken: the municipality gives this role to those who keep up its key figures (sleutelfiguren).
  'netwerkcoordinator',
  // Deskundigheid: the municipality gives this role to whoever organises the training (src/domain/deskundigheid/).
  'opleidingscoordinator',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export const ORGANISATION_KINDS = ['gemeente', 'regio', 'partner'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PARTNER_TYPES = [
  'politie',
  'om',
  'zvh',
  'rvdk',
  'reclassering',
  'jeugdzorg',
  'ggz',
  'school',
  'leerplicht',
  'jongerenwerk',
  'wijkteam',
  'nctv',
  'overig',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** Who is making a request: one user acting in one membership (organisation + role). */
export interface Actor {
  readonly userId: string;
  readonly displayName: string;
  readonly membershipId: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationKind: OrganisationKind;
  readonly role: Role;
  /** The gemeente or regio whose data this membership works in. */
  readonly tenantId: string;
  readonly sessionId: string;
  readonly authMethod: 'demo' | 'local' | 'oidc';
}
