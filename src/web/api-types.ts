/**
 * The shapes the web app reads from the API. The web app talks to the server over HTTP only, so these
 * mirror the response schemas of src/server (see /api/openapi.json) instead of importing them.
 */

export const ROLES = [
  'meldpunt',
  'aandachtsfunctionaris',
  'ketenpartner',
  'burgemeester',
  'beleidsmedewerker',
  'functioneel_beheerder',
  'privacy_officer',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export interface Membership {
  readonly id: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationKind: string;
  readonly tenantId: string;
  readonly tenantName: string;
  readonly role: Role;
  readonly endedAt: string | null;
}

export interface SessionUser {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly membershipId: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationKind: string;
  readonly tenantId: string;
  readonly authMethod: string;
  readonly memberships: readonly Membership[];
}

export interface SessionInfo {
  readonly signedIn: boolean;
  readonly csrfToken: string;
  readonly expiresAt: string | null;
  readonly user: SessionUser | null;
  readonly methods: {
    readonly demo: boolean;
    readonly local: boolean;
    readonly oidc: { readonly displayName: string } | null;
  };
}

export interface DemoUser {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly organisationName: string;
}

/** The next step of a local-account sign-in. */
export type LocalSignInStep =
  | { readonly step: 'totp' }
  | { readonly step: 'new-password' }
  | {
      readonly step: 'enrol';
      readonly secret: string;
      readonly otpauthUri: string;
      readonly qrSvgDataUri: string;
    };

export interface User {
  readonly id: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly username: string | null;
  readonly externalId: string | null;
  readonly hasPassword: boolean;
  readonly totpEnrolled: boolean;
  readonly failedAttempts: number;
  readonly lockedUntil: string | null;
  readonly lockedOut: boolean;
  readonly disabledAt: string | null;
  readonly isDemo: boolean;
  readonly version: number;
  readonly memberships: readonly Membership[];
}

export interface Organisation {
  readonly id: string;
  readonly kind: string;
  readonly partnerType: string | null;
  readonly name: string;
  readonly tenantId: string;
  readonly regionId: string | null;
}

export interface AccessLogEntry {
  readonly id: number;
  readonly at: string;
  readonly actorUserId: string | null;
  readonly actorName: string | null;
  readonly organisationName: string | null;
  readonly actorRole: string | null;
  readonly onBehalfOf: string | null;
  readonly action: string;
  readonly objectType: string | null;
  readonly objectId: string | null;
  readonly personId: string | null;
  readonly purpose: string | null;
  readonly result: string;
  readonly clientIp: string | null;
}

export interface AccessLogPage {
  readonly entries: readonly AccessLogEntry[];
  readonly nextCursor: string | null;
}

export type ChainProblem =
  | { readonly kind: 'sequence-gap'; readonly seq: number; readonly expectedSeq: number }
  | { readonly kind: 'entry-missing'; readonly seq: number; readonly entryId: number }
  | { readonly kind: 'hash-mismatch'; readonly seq: number; readonly entryId: number }
  | { readonly kind: 'entry-not-sealed'; readonly entryId: number };

export interface VerifyResult {
  readonly ok: boolean;
  readonly checked: number;
  readonly headSeq: number;
  readonly headHash: string;
  readonly problem: ChainProblem | null;
}

export interface ResetCredentialsResult {
  readonly temporaryPassword: string;
}
