import type { FieldIssue } from './retention.js';

/** The privacy settings of a municipality, with their defaults (used when it has not set its own). */
export interface PrivacySettings {
  /** How long emergency access (break-the-glass) lasts. */
  readonly breakGlassHours: number;
  /** Unusual access: more than `unusualThreshold` different records opened by one user within the window. */
  readonly unusualWindowMinutes: number;
  readonly unusualThreshold: number;
}

export const DEFAULT_PRIVACY_SETTINGS: PrivacySettings = {
  breakGlassHours: 4,
  unusualWindowMinutes: 60,
  unusualThreshold: 25,
};

export function checkSettings(s: PrivacySettings): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const range = (field: keyof PrivacySettings, min: number, max: number, nl: string, en: string) => {
    const v = s[field];
    if (!Number.isInteger(v) || v < min || v > max) issues.push({ field, nl, en });
  };
  range('breakGlassHours', 1, 24, 'Kies 1 tot 24 uur.', 'Choose 1 to 24 hours.');
  range('unusualWindowMinutes', 5, 1440, 'Kies 5 tot 1440 minuten.', 'Choose 5 to 1440 minutes.');
  range('unusualThreshold', 3, 1000, 'Kies een drempel van 3 tot 1000.', 'Choose a threshold of 3 to 1000.');
  return issues;
}
