import { DEFAULT_K, validateK } from '../analyse/disclosure.js';
import type { FieldIssue } from './retention.js';

/** The privacy settings of a municipality, with their defaults (used when it has not set its own). */
export interface PrivacySettings {
  /** How long emergency access (break-the-glass) lasts. */
  readonly breakGlassHours: number;
  /** How many times one user may ask for emergency access per 30 days. */
  readonly breakGlassMaxPer30Days: number;
  /** Four-eyes: a request starts only when the regisseur, an aandachtsfunctionaris or the privacy officer approves. */
  readonly breakGlassFourEyes: boolean;
  /** Four-eyes: how long a request waits for approval before it lapses. */
  readonly breakGlassPendingMinutes: number;
  /** Unusual access: more than `unusualThreshold` different records opened by one user within the window. */
  readonly unusualWindowMinutes: number;
  readonly unusualThreshold: number;
  /** Unusual access: more than this many emergency-access requests by one user in 30 days. */
  readonly unusualBreakGlassThreshold: number;
  /** The phenomenon analysis: at least this many persons behind every published figure (5 to 100). */
  readonly analysisK: number;
}

export const DEFAULT_PRIVACY_SETTINGS: PrivacySettings = {
  breakGlassHours: 4,
  breakGlassMaxPer30Days: 3,
  breakGlassFourEyes: false,
  breakGlassPendingMinutes: 30,
  unusualWindowMinutes: 60,
  unusualThreshold: 25,
  unusualBreakGlassThreshold: 1,
  analysisK: DEFAULT_K,
};

type NumberSetting = Exclude<keyof PrivacySettings, 'breakGlassFourEyes'>;

export function checkSettings(s: PrivacySettings): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const range = (field: NumberSetting, min: number, max: number, nl: string, en: string) => {
    const v = s[field];
    if (!Number.isInteger(v) || v < min || v > max) issues.push({ field, nl, en });
  };
  range('breakGlassHours', 1, 24, 'Kies 1 tot 24 uur.', 'Choose 1 to 24 hours.');
  range(
    'breakGlassMaxPer30Days',
    1,
    20,
    'Kies 1 tot 20 keer per 30 dagen.',
    'Choose 1 to 20 times per 30 days.',
  );
  range('breakGlassPendingMinutes', 5, 240, 'Kies 5 tot 240 minuten.', 'Choose 5 to 240 minutes.');
  range('unusualWindowMinutes', 5, 1440, 'Kies 5 tot 1440 minuten.', 'Choose 5 to 1440 minutes.');
  range('unusualThreshold', 3, 1000, 'Kies een drempel van 3 tot 1000.', 'Choose a threshold of 3 to 1000.');
  range(
    'unusualBreakGlassThreshold',
    0,
    20,
    'Kies een drempel van 0 tot 20 noodtoegangen.',
    'Choose a threshold of 0 to 20 emergency accesses.',
  );
  const k = validateK(s.analysisK);
  if (k) issues.push({ ...k, field: 'analysisK' });
  return issues;
}
