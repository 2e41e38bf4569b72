/**
 * The phenomena of the NCTV (Dreigingsbeeld Terrorisme Nederland) with which every municipality's list
 * starts; a municipality may add its own. Set by meldpunt staff, never by the reporter. The migration
 * 003-meldpunt.sql seeds the same list for every new gemeente or regio.
 */
export const NCTV_CATEGORIES = [
  { code: 'jihadisme', nl: 'Jihadisme', en: 'Jihadism' },
  { code: 'rechts_extremisme', nl: 'Rechts-extremisme', en: 'Right-wing extremism' },
  { code: 'links_extremisme', nl: 'Links-extremisme', en: 'Left-wing extremism' },
  {
    code: 'anti_institutioneel_extremisme',
    nl: 'Anti-institutioneel extremisme',
    en: 'Anti-institutional extremism',
  },
  { code: 'dierenrechtenextremisme', nl: 'Dierenrechtenextremisme', en: 'Animal-rights extremism' },
  { code: 'overig_gemengd', nl: 'Overig of gemengd', en: 'Other or mixed ideology' },
  {
    code: 'polarisatie_onrust',
    nl: 'Polarisatie en maatschappelijke onrust',
    en: 'Polarisation and social unrest',
  },
] as const;

export type NctvCategoryCode = (typeof NCTV_CATEGORIES)[number]['code'];
