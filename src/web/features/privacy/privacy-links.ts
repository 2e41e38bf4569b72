import type { NlTexts } from '../../i18n/resources';

/** A part of the privacy area; its texts are dataProtection.dashboard.links.<key>.title / .description. */
export type PrivacyLinkKey = keyof NlTexts['dataProtection']['dashboard']['links'];

export interface PrivacyLink {
  readonly path: string;
  readonly key: PrivacyLinkKey;
}

/** The parts of the privacy area, listed on the dashboard (/privacy). Each entry is a route in app.tsx. */
export const PRIVACY_LINKS: readonly PrivacyLink[] = [
  { path: '/privacy/toegangslog', key: 'accessLog' },
  { path: '/privacy/noodtoegang', key: 'breakGlass' },
  { path: '/privacy/bewaartermijnen', key: 'retention' },
  { path: '/privacy/bewaarplichten', key: 'holds' },
  { path: '/privacy/verzoeken', key: 'requests' },
  { path: '/privacy/verstrekkingen', key: 'disclosures' },
  { path: '/privacy/verwerkingsregister', key: 'processingRegister' },
];
