import type { CasePhase } from '../casus/types.js';
import type {
  ActionStatus,
  MeetingStatus,
  MeetingType,
  SeriesFrequency,
  TriageOutcome,
  WeighingParty,
} from './types.js';

/** A label for the screens and the minutes, in Dutch and English. */
export interface Label {
  readonly nl: string;
  readonly en: string;
}

export const MEETING_TYPE_LABELS: Record<MeetingType, Label> = {
  signaleringsoverleg: { nl: 'Signaleringsoverleg', en: 'Triage meeting' },
  weegploeg: { nl: 'Weegploeg', en: 'Weighing meeting' },
  casusoverleg: { nl: 'Multidisciplinair casusoverleg', en: 'Multidisciplinary case meeting' },
};

export const MEETING_STATUS_LABELS: Record<MeetingStatus, Label> = {
  voorbereiding: { nl: 'In voorbereiding', en: 'Being prepared' },
  agenda_gepubliceerd: { nl: 'Agenda gepubliceerd', en: 'Agenda published' },
  afgerond: { nl: 'Afgerond', en: 'Completed' },
  geannuleerd: { nl: 'Geannuleerd', en: 'Cancelled' },
};

export const SERIES_FREQUENCY_LABELS: Record<SeriesFrequency, Label> = {
  wekelijks: { nl: 'Wekelijks', en: 'Weekly' },
  tweewekelijks: { nl: 'Om de week', en: 'Every two weeks' },
  vierwekelijks: { nl: 'Om de vier weken', en: 'Every four weeks' },
};

export const TRIAGE_OUTCOME_LABELS: Record<TriageOutcome, Label> = {
  zorgen_radicalisering: {
    nl: '(a) Zorgen over radicalisering: naar de weegploeg',
    en: '(a) Concerns about radicalisation: to the weighing',
  },
  zorgen_geen_radicalisering: {
    nl: '(b) Zorgen, maar niet in het kader van radicalisering: doorverwijzen en alert blijven',
    en: '(b) Concerns, but not about radicalisation: refer and stay alert',
  },
  geen_zorgen: { nl: '(c) Geen zorgen: afsluiten', en: '(c) No concerns: close' },
  meer_informatie_nodig: { nl: '(d) Meer informatie nodig', en: '(d) More information needed' },
};

export const WEIGHING_PARTY_LABELS: Record<WeighingParty, Label> = {
  politie: { nl: 'Politie', en: 'Police' },
  om: { nl: 'Openbaar Ministerie', en: 'Public Prosecution Service' },
  burgemeester: { nl: 'Burgemeester', en: 'Mayor' },
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, Label> = {
  open: { nl: 'Open', en: 'Open' },
  gereed: { nl: 'Gereed', en: 'Done' },
  vervallen: { nl: 'Vervallen', en: 'Void' },
};

export const CASE_PHASE_LABELS: Record<CasePhase, Label> = {
  signalering: { nl: 'Signalering', en: 'Signalling' },
  persoonsgerichte_aanpak: { nl: 'Persoonsgerichte aanpak', en: 'Person-centred approach' },
  nazorg: { nl: 'Nazorg', en: 'Aftercare' },
  afgesloten: { nl: 'Afgesloten', en: 'Closed' },
};
