/**
 * Help in context: the places in Duiden that link to the article that explains them. The ids are those of
 * national articles (`national.ts`), kept here apart so a screen links without reading the articles' texts.
 */

export const NATIONAL_IDS = {
  definitieRadicalisering: '6b0e1a00-0000-4000-8000-000000000001',
  definitieExtremisme: '6b0e1a00-0000-4000-8000-000000000002',
  definitieTerrorisme: '6b0e1a00-0000-4000-8000-000000000003',
  lse: '6b0e1a00-0000-4000-8000-000000000010',
  ess: '6b0e1a00-0000-4000-8000-000000000011',
  ror: '6b0e1a00-0000-4000-8000-000000000012',
  nctv: '6b0e1a00-0000-4000-8000-000000000013',
  vng: '6b0e1a00-0000-4000-8000-000000000014',
  schoolEnVeiligheid: '6b0e1a00-0000-4000-8000-000000000015',
  ngb: '6b0e1a00-0000-4000-8000-000000000016',
  ran: '6b0e1a00-0000-4000-8000-000000000017',
  toolbox: '6b0e1a00-0000-4000-8000-000000000018',
  lplp: '6b0e1a00-0000-4000-8000-000000000019',
  werkwijzeInformatieDelen: '6b0e1a00-0000-4000-8000-000000000030',
  watAlsIemandRadicaliseert: '6b0e1a00-0000-4000-8000-000000000031',
  vervolgstappen: '6b0e1a00-0000-4000-8000-000000000032',
  paspoortwet: '6b0e1a00-0000-4000-8000-000000000040',
  tijdelijkeWet: '6b0e1a00-0000-4000-8000-000000000041',
  wetsvoorstelPga: '6b0e1a00-0000-4000-8000-000000000042',
  vera2r: '6b0e1a00-0000-4000-8000-000000000050',
  erg22: '6b0e1a00-0000-4000-8000-000000000051',
  trap18: '6b0e1a00-0000-4000-8000-000000000052',
  radarIte: '6b0e1a00-0000-4000-8000-000000000053',
  ir46: '6b0e1a00-0000-4000-8000-000000000054',
} as const;

/** The places that link to help, and the article each opens. */
export const HELP_TOPICS = {
  /** The intake form's step that keeps observed facts apart from opinions and assumptions. */
  feitenEnMeningen: NATIONAL_IDS.werkwijzeInformatieDelen,
  /** The outcomes of the signaleringsoverleg. */
  zorgen_radicalisering: NATIONAL_IDS.vervolgstappen,
  zorgen_geen_radicalisering: NATIONAL_IDS.vervolgstappen,
  geen_zorgen: NATIONAL_IDS.watAlsIemandRadicaliseert,
  meer_informatie_nodig: NATIONAL_IDS.werkwijzeInformatieDelen,
  /** The plan's drivers (identiteit, betekenis, rechtvaardigheid, sensatie). */
  drijfveren: NATIONAL_IDS.vervolgstappen,
} as const;
export type HelpTopic = keyof typeof HELP_TOPICS;

/** The address of an article's page in the web app. */
export const articlePage = (id: string): string => `/kennisbank/${id}`;
