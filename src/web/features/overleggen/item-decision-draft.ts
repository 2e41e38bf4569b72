import type { MeetingDecision } from '../../../contract/overleggen';
import type { Organisation } from '../../../contract/users';
import { WEIGHING_PARTIES, type WeighingParty } from '../../../domain/overleg/types';

/** One party of a weegploeg decision as typed: whether it decided, for which organisation, and who. */
export interface PartyDraft {
  readonly on: boolean;
  readonly organisationId: string;
  readonly name: string;
}

/** The decision form as typed: every field a string (or a choice), for all three kinds of meeting. */
export interface DecisionDraft {
  readonly outcome: string;
  readonly motivation: string;
  readonly referredTo: string;
  readonly fromWhom: string;
  readonly dueOn: string;
  readonly included: string;
  readonly criteria: string;
  readonly parties: Readonly<Record<WeighingParty, PartyDraft>>;
  readonly reasons: string;
  readonly decisions: string;
  readonly nextPhase: string;
  readonly regisseurUserId: string;
}

/** What the fields of each kind of meeting get from the form. */
export interface DecisionFieldsProps {
  readonly draft: DecisionDraft;
  readonly set: (change: Partial<DecisionDraft>) => void;
  readonly fieldError: (field: string) => string | undefined;
}

export type DecisionFieldName =
  | 'outcome'
  | 'motivation'
  | 'referredTo'
  | 'fromWhom'
  | 'dueOn'
  | 'included'
  | 'criteria'
  | 'decidedBy'
  | 'reasons'
  | 'decisions'
  | 'nextPhase'
  | 'regisseurUserId';

/** A saved field as text ('' when absent or not a text). */
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
/** A typed text as sent: null when only blanks. */
export const text = (v: string): string | null => (v.trim() === '' ? null : v);

export const fieldId = (name: string) => `decision-${name}`;

/** The organisation a party decides for by default: the police, the OM, the municipality (the mayor). */
export function defaultOrganisation(
  party: WeighingParty,
  organisations: readonly Organisation[],
  tenantId: string,
) {
  if (party === 'burgemeester') return tenantId;
  return organisations.find((o) => o.partnerType === party)?.id ?? '';
}

/** The saved decision (or none) as the form's draft. */
export function draftOf(
  d: MeetingDecision | null,
  organisations: readonly Organisation[],
  tenantId: string,
): DecisionDraft {
  const f = d?.fields ?? {};
  const decidedBy = Array.isArray(f.decidedBy) ? (f.decidedBy as unknown[]) : [];
  const party = (p: WeighingParty): PartyDraft => {
    const saved = decidedBy.find(
      (x): x is Record<string, unknown> =>
        typeof x === 'object' && x !== null && 'party' in x && x.party === p,
    );
    return saved
      ? { on: true, organisationId: str(saved.organisationId), name: str(saved.name) }
      : { on: false, organisationId: defaultOrganisation(p, organisations, tenantId), name: '' };
  };
  return {
    outcome: str(f.outcome),
    motivation: str(f.motivation),
    referredTo: str(f.referredTo),
    fromWhom: str(f.fromWhom),
    dueOn: str(f.dueOn),
    included: f.included === true ? 'ja' : f.included === false ? 'nee' : '',
    criteria: Array.isArray(f.criteriaWeighed) ? f.criteriaWeighed.map(str).join('\n') : '',
    parties: { politie: party('politie'), om: party('om'), burgemeester: party('burgemeester') },
    reasons: str(f.reasons),
    decisions: str(f.decisions),
    nextPhase: str(f.nextPhase),
    regisseurUserId: str(f.regisseurUserId),
  };
}

/** The parties sent, in the order the server numbers them (decidedBy.0, .1, ...). */
export function partiesSent(d: DecisionDraft): WeighingParty[] {
  return WEIGHING_PARTIES.filter((p) => d.parties[p].on);
}
