import caseEn from './casus.en.json';
import caseNl from './casus.nl.json';
import dataProtectionEn from './data-protection.en.json';
import dataProtectionNl from './data-protection.nl.json';
import en from './en.json';
import nl from './nl.json';

// The texts of the larger areas live in their own files (casus, data protection) so that each area's texts
// can be read and reviewed on their own. `satisfies` in both directions: a key missing from either language
// fails the type check.
export const nlTexts = {
  ...nl,
  casus: caseNl satisfies typeof caseEn,
  dataProtection: dataProtectionNl satisfies typeof dataProtectionEn,
};
export const enTexts = {
  ...en,
  casus: caseEn satisfies typeof caseNl,
  dataProtection: dataProtectionEn satisfies typeof dataProtectionNl,
};
