import type { CovenantDetail } from '../../../../contract/netwerk-covenants';
import type { CovenantStatus } from '../../../../domain/netwerk/covenant';
import type { BadgeStatus } from '../../../ui/status-badge';

export type { CovenantStatus };

/** The query keys of the covenant screens. */
export const COVENANTS_KEY = ['netwerk', 'convenanten'] as const;
export const covenantKey = (id: string) => [...COVENANTS_KEY, id] as const;
export const ATTENTION_KEY = [...COVENANTS_KEY, 'aandacht'] as const;
export const SETTINGS_KEY = [...COVENANTS_KEY, 'instellingen'] as const;

export const covenantPath = (id: string) => `/api/netwerk/convenanten/${encodeURIComponent(id)}`;

/** The badge of each status: the word carries the meaning, the colour only supports it. */
export const STATUS_BADGE: Record<CovenantStatus, BadgeStatus> = {
  concept: 'neutral',
  nog_niet_ingegaan: 'neutral',
  geldig: 'success',
  verloopt: 'warning',
  verlopen: 'danger',
};

/** What the form edits: the covenant's fields as the API takes them. */
export interface CovenantDraft {
  title: string;
  purpose: string;
  article: string;
  partyIds: string[];
  legalBasisIds: string[];
  dataCategories: string[];
  meetingKinds: string[];
  tasks: string[];
  startsOn: string;
  endsOn: string;
  evaluationOn: string;
  signatories: Array<{ name: string; function: string; organisationId: string }>;
}

export const EMPTY_DRAFT: CovenantDraft = {
  title: '',
  purpose: '',
  article: '',
  partyIds: [],
  legalBasisIds: [],
  dataCategories: [],
  meetingKinds: [],
  tasks: [],
  startsOn: '',
  endsOn: '',
  evaluationOn: '',
  signatories: [],
};

export function draftOf(c: CovenantDetail): CovenantDraft {
  return {
    title: c.title,
    purpose: c.purpose,
    article: c.article,
    partyIds: c.parties.map((p) => p.id),
    legalBasisIds: c.legalBases.map((b) => b.id),
    dataCategories: [...c.dataCategories],
    meetingKinds: [...c.meetingKinds],
    tasks: [...c.tasks],
    startsOn: c.startsOn,
    endsOn: c.endsOn ?? '',
    evaluationOn: c.evaluationOn ?? '',
    signatories: c.signatories.map((s) => ({
      name: s.name,
      function: s.function,
      organisationId: s.organisation.id,
    })),
  };
}

/** The body the API takes: empty dates are none; an empty start date is sent as typed for the server to name. */
export function bodyOf(d: CovenantDraft) {
  return {
    ...d,
    endsOn: d.endsOn === '' ? null : d.endsOn,
    evaluationOn: d.evaluationOn === '' ? null : d.evaluationOn,
  };
}
