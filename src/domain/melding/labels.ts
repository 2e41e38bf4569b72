import type {
  AnnotationEffect,
  AssumptionState,
  Channel,
  CloseReason,
  DecisionOutcome,
  Place,
  PublicStatus,
  Relation,
  ReporterKind,
  SignalKind,
  Source,
  Status,
} from './types.js';

/** A label for the screens, in Dutch and English. */
export interface Label {
  readonly nl: string;
  readonly en: string;
}

export const SIGNAL_KIND_LABELS: Record<SignalKind, Label> = {
  melding: { nl: 'Melding', en: 'Report of a concern' },
  adviesvraag: { nl: 'Adviesvraag', en: 'Request for advice' },
};

export const REPORTER_KIND_LABELS: Record<ReporterKind, Label> = {
  inwoner: { nl: 'Inwoner', en: 'Resident' },
  professional: { nl: 'Professional', en: 'Professional' },
  anoniem: { nl: 'Anoniem', en: 'Anonymous' },
};

export const CHANNEL_LABELS: Record<Channel, Label> = {
  webformulier: { nl: 'Webformulier', en: 'Web form' },
  telefoon: { nl: 'Telefoon', en: 'Telephone' },
  email: { nl: 'E-mail', en: 'E-mail' },
  balie: { nl: 'Balie', en: 'Front desk' },
  politie_cter: { nl: 'Politie / CTER', en: 'Police / CTER' },
  ambtsbericht_aivd: { nl: 'Ambtsbericht AIVD', en: 'AIVD official message' },
  ketenpartner: { nl: 'Ketenpartner', en: 'Partner organisation' },
};

export const PLACE_LABELS: Record<Place, Label> = {
  school: { nl: 'School', en: 'School' },
  buurt: { nl: 'Buurt / wijk', en: 'Neighbourhood' },
  online: { nl: 'Online', en: 'Online' },
  thuis: { nl: 'Thuis', en: 'At home' },
  werk: { nl: 'Werk', en: 'Work' },
  anders: { nl: 'Anders', en: 'Other' },
};

export const SOURCE_LABELS: Record<Source, Label> = {
  eigen_waarneming: { nl: 'Zelf gezien of gehoord', en: 'Seen or heard myself' },
  gehoord_van_anderen: { nl: 'Van iemand anders gehoord', en: 'Heard from someone else' },
  online_of_media: { nl: 'Online of in de media', en: 'Online or in the media' },
  document: { nl: 'Uit een document', en: 'From a document' },
  anders: { nl: 'Anders', en: 'Other' },
};

export const RELATION_LABELS: Record<Relation, Label> = {
  ouder_verzorger: { nl: 'Ouder of verzorger', en: 'Parent or carer' },
  familielid: { nl: 'Familielid', en: 'Relative' },
  partner: { nl: 'Partner', en: 'Partner' },
  vriend_kennis: { nl: 'Vriend of kennis', en: 'Friend or acquaintance' },
  buurtbewoner: { nl: 'Buurtbewoner', en: 'Neighbour' },
  school: { nl: 'Via school (docent, mentor, medeleerling)', en: 'Through school' },
  werk: { nl: 'Via werk (collega, werkgever)', en: 'Through work' },
  hulpverlener: { nl: 'Hulpverlener', en: 'Care worker' },
  geen: { nl: 'Geen relatie', en: 'No relation' },
  anders: { nl: 'Anders', en: 'Other' },
};

export const STATUS_LABELS: Record<Status, Label> = {
  ontvangen: { nl: 'Ontvangen', en: 'Received' },
  in_behandeling: { nl: 'In behandeling', en: 'In progress' },
  meer_informatie_nodig: { nl: 'Meer informatie nodig', en: 'More information needed' },
  geagendeerd: { nl: 'Geagendeerd', en: 'On the agenda' },
  besloten: { nl: 'Besloten', en: 'Decided' },
  afgesloten: { nl: 'Afgesloten', en: 'Closed' },
};

export const PUBLIC_STATUS_LABELS: Record<PublicStatus, Label> = {
  ontvangen: { nl: 'Ontvangen', en: 'Received' },
  in_behandeling: { nl: 'In behandeling', en: 'In progress' },
  afgerond: { nl: 'Afgerond', en: 'Completed' },
};

export const DECISION_OUTCOME_LABELS: Record<DecisionOutcome, Label> = {
  zorgen_radicalisering: {
    nl: 'Zorgen over radicalisering: naar weging of casusoverleg',
    en: 'Concerns about radicalisation: to the weighing or case meeting',
  },
  zorgen_geen_radicalisering: {
    nl: 'Zorgen, maar (nu) niet over radicalisering: doorverwijzen naar zorg en sociaal domein',
    en: 'Concerns, but not (now) about radicalisation: refer to care and the social domain',
  },
  geen_zorgen: { nl: 'Geen zorgen', en: 'No concerns' },
};

export const CLOSE_REASON_LABELS: Record<CloseReason, Label> = {
  advies_gegeven: { nl: 'Advies gegeven', en: 'Advice given' },
  geen_zorgen: { nl: 'Geen zorgen', en: 'No concerns' },
  doorverwezen_zorg: {
    nl: 'Doorverwezen naar zorg of sociaal domein',
    en: 'Referred to care or social domain',
  },
  overgedragen_casusoverleg: {
    nl: 'Overgedragen aan weging of casusoverleg',
    en: 'Handed to weighing or case meeting',
  },
  dubbele_melding: { nl: 'Dubbele melding', en: 'Duplicate' },
  onvoldoende_informatie: { nl: 'Onvoldoende informatie', en: 'Not enough information' },
  anders: { nl: 'Anders', en: 'Other' },
};

export const ANNOTATION_EFFECT_LABELS: Record<AnnotationEffect, Label> = {
  bevestigt: { nl: 'Bevestigt de aanname', en: 'Confirms the assumption' },
  weerlegt: { nl: 'Weerlegt de aanname', en: 'Refutes the assumption' },
  aanvulling: { nl: 'Aanvulling', en: 'Addition' },
};

export const ASSUMPTION_STATE_LABELS: Record<AssumptionState, Label> = {
  open: { nl: 'Niet bevestigd of weerlegd', en: 'Neither confirmed nor refuted' },
  bevestigd: { nl: 'Bevestigd', en: 'Confirmed' },
  weerlegd: { nl: 'Weerlegd', en: 'Refuted' },
};
