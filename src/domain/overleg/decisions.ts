import { changePhase } from '../casus/phase.js';
import { CASE_PHASES, type CasePhase } from '../casus/types.js';
import { amsterdamDate, isValidDate } from '../melding/calendar.js';
import { type SignalState, type StatusEvent, type TransitionCommand, transition } from '../melding/status.js';
import type { ActorRef, SignalKind } from '../melding/types.js';
import {
  clean,
  type FieldIssue,
  isOneOf,
  LIMITS,
  type MeetingType,
  TRIAGE_OUTCOMES,
  type TriageOutcome,
  VALID_DATE,
  WEIGHING_PARTIES,
  type WeighingParty,
} from './types.js';

/**
 * The decisions the chair records per agenda item (DOMAIN.md steps 3-5), and what they do to signals and
 * cases. A decision is first a draft (any field may be empty, saved as often as needed), then recorded by
 * the chair: only then are the fields checked in full and the signal or case moved, through their own
 * state machines, in the same transaction.
 */

/** (a)-(d) of the signaleringsoverleg, with what each outcome needs. */
export interface TriageDecision {
  readonly kind: 'signaleringsoverleg';
  readonly outcome: TriageOutcome;
  /** Why: the judgement of the meeting, in words. */
  readonly motivation: string;
  /** (b): to whom the person is referred (care, social domain). */
  readonly referredTo: string | null;
  /** (d): from whom more information is needed, and by when. */
  readonly fromWhom: string | null;
  readonly dueOn: string | null;
}

/** Who agreed in the weegploeg: the party, recorded as an organisation and/or a named person. */
export interface DecidedBy {
  readonly party: WeighingParty;
  readonly organisationId: string | null;
  readonly name: string | null;
}

export interface WeighingDecision {
  readonly kind: 'weegploeg';
  /** Inclusion in the persoonsgerichte aanpak. */
  readonly included: boolean;
  /** The objective criteria that were weighed, as the weegploeg names them. */
  readonly criteriaWeighed: readonly string[];
  readonly decidedBy: readonly DecidedBy[];
  readonly reasons: string;
  /** The regisseur of the case a yes opens (seed 002: "een duidelijke regisseur"); may follow later. */
  readonly regisseurUserId?: string | null;
}

export interface CaseDecision {
  readonly kind: 'casusoverleg';
  /** What was decided (the agreed actions are recorded as actions of the item). */
  readonly decisions: string;
  /** A change of the case's phase, or null to leave it. */
  readonly nextPhase: CasePhase | null;
  /** Names (or changes) the regisseur of the case; null leaves it. */
  readonly regisseurUserId?: string | null;
}

export type Decision = TriageDecision | WeighingDecision | CaseDecision;

/** A decision as saved while it is drafted: every field optional. */
export interface DecisionDraft {
  readonly outcome?: string | null | undefined;
  readonly motivation?: string | null | undefined;
  readonly referredTo?: string | null | undefined;
  readonly fromWhom?: string | null | undefined;
  readonly dueOn?: string | null | undefined;
  readonly included?: boolean | null | undefined;
  readonly criteriaWeighed?: readonly string[] | null | undefined;
  readonly decidedBy?:
    | ReadonlyArray<{ party: string; organisationId?: string | null; name?: string | null }>
    | null
    | undefined;
  readonly reasons?: string | null | undefined;
  readonly decisions?: string | null | undefined;
  readonly nextPhase?: string | null | undefined;
  readonly regisseurUserId?: string | null | undefined;
}

const FIELDS_OF: Record<MeetingType, readonly (keyof DecisionDraft)[]> = {
  signaleringsoverleg: ['outcome', 'motivation', 'referredTo', 'fromWhom', 'dueOn'],
  weegploeg: ['included', 'criteriaWeighed', 'decidedBy', 'reasons', 'regisseurUserId'],
  casusoverleg: ['decisions', 'nextPhase', 'regisseurUserId'],
};

const CHOOSE = { nl: 'Kies een van de mogelijke waarden.', en: 'Choose one of the allowed values.' };

/**
 * The draft as stored: only the fields of this kind of meeting, trimmed, empty as null. Fields of another
 * kind of meeting are refused, so nothing typed is silently dropped.
 */
export function normaliseDraft(
  type: MeetingType,
  draft: DecisionDraft,
): { ok: true; draft: DecisionDraft } | { ok: false; errors: FieldIssue[] } {
  const allowed = FIELDS_OF[type];
  const errors: FieldIssue[] = [];
  for (const [key, value] of Object.entries(draft)) {
    if (value === undefined || value === null) continue;
    if (!allowed.includes(key as keyof DecisionDraft)) {
      errors.push({
        field: key,
        nl: 'Dit veld hoort niet bij een besluit van dit soort overleg.',
        en: 'This field does not belong to a decision of this kind of meeting.',
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const out: Record<string, unknown> = {};
  for (const key of allowed) {
    const v = draft[key];
    if (typeof v === 'string') out[key] = clean(v);
    else if (key === 'criteriaWeighed' && Array.isArray(v)) {
      out[key] = (v as string[]).map((c) => c.trim()).filter((c) => c.length > 0);
    } else if (key === 'decidedBy' && Array.isArray(v)) {
      out[key] = (v as DecisionDraft['decidedBy'] & object).map((d) => ({
        party: d.party,
        organisationId: d.organisationId ?? null,
        name: clean(d.name),
      }));
    } else out[key] = v ?? null;
  }
  return { ok: true, draft: out as DecisionDraft };
}

export type CompleteResult =
  | { readonly ok: true; readonly decision: Decision; readonly outcome: string }
  | { readonly ok: false; readonly errors: readonly FieldIssue[] };

/**
 * Checks a draft in full before the chair records it, and names the outcome for overviews ('pga_ja',
 * 'pga_nee', 'besluit' or the triage outcome). `today` is the Amsterdam date of recording.
 */
export function completeDecision(type: MeetingType, draft: DecisionDraft, today: string): CompleteResult {
  const n = normaliseDraft(type, draft);
  if (!n.ok) return n;
  const d = n.draft;
  const errors: FieldIssue[] = [];
  if (type === 'signaleringsoverleg') {
    if (!d.outcome) {
      errors.push({
        field: 'outcome',
        nl: 'Kies de uitkomst van de bespreking.',
        en: 'Choose the outcome of the discussion.',
      });
    } else if (!isOneOf(TRIAGE_OUTCOMES, d.outcome)) errors.push({ field: 'outcome', ...CHOOSE });
    if (!d.motivation) {
      errors.push({
        field: 'motivation',
        nl: 'Leg vast waarom zo is besloten.',
        en: 'Record why this was decided.',
      });
    }
    if (d.outcome === 'zorgen_geen_radicalisering' && !d.referredTo) {
      errors.push({
        field: 'referredTo',
        nl: 'Vul in naar wie wordt doorverwezen.',
        en: 'Enter to whom the person is referred.',
      });
    }
    if (d.outcome === 'meer_informatie_nodig') {
      if (!d.fromWhom) {
        errors.push({
          field: 'fromWhom',
          nl: 'Vul in van wie meer informatie nodig is.',
          en: 'Enter from whom more information is needed.',
        });
      }
      if (!d.dueOn) {
        errors.push({
          field: 'dueOn',
          nl: 'Vul in wanneer de informatie er moet zijn.',
          en: 'Enter by when the information is needed.',
        });
      } else if (!isValidDate(d.dueOn)) {
        errors.push({ field: 'dueOn', ...VALID_DATE });
      } else if (d.dueOn <= today) {
        errors.push({
          field: 'dueOn',
          nl: 'De termijn moet na vandaag liggen.',
          en: 'The due date must be after today.',
        });
      }
    }
    if (errors.length > 0) return { ok: false, errors };
    const outcome = d.outcome as TriageOutcome;
    return {
      ok: true,
      outcome,
      decision: {
        kind: 'signaleringsoverleg',
        outcome,
        motivation: d.motivation as string,
        referredTo: outcome === 'zorgen_geen_radicalisering' ? (d.referredTo ?? null) : null,
        fromWhom: outcome === 'meer_informatie_nodig' ? (d.fromWhom ?? null) : null,
        dueOn: outcome === 'meer_informatie_nodig' ? (d.dueOn ?? null) : null,
      },
    };
  }
  if (type === 'weegploeg') {
    if (d.included === null || d.included === undefined) {
      errors.push({
        field: 'included',
        nl: 'Kies of de persoon wordt opgenomen in de persoonsgerichte aanpak.',
        en: 'Choose whether the person enters the person-centred approach.',
      });
    }
    const criteria = d.criteriaWeighed ?? [];
    if (criteria.length === 0) {
      errors.push({
        field: 'criteriaWeighed',
        nl: 'Noem de criteria die zijn gewogen.',
        en: 'Name the criteria that were weighed.',
      });
    } else if (criteria.length > LIMITS.criteria) {
      errors.push({
        field: 'criteriaWeighed',
        nl: `Noem hoogstens ${LIMITS.criteria} criteria.`,
        en: `Name at most ${LIMITS.criteria} criteria.`,
      });
    }
    const decidedBy = d.decidedBy ?? [];
    if (decidedBy.length === 0) {
      errors.push({
        field: 'decidedBy',
        nl: 'Leg vast wie heeft besloten (politie, OM, burgemeester).',
        en: 'Record who decided (police, public prosecutor, mayor).',
      });
    }
    const seen = new Set<string>();
    decidedBy.forEach((p, i) => {
      if (!isOneOf(WEIGHING_PARTIES, p.party)) errors.push({ field: `decidedBy.${i}.party`, ...CHOOSE });
      else if (seen.has(p.party)) {
        errors.push({
          field: `decidedBy.${i}.party`,
          nl: 'Elke partij staat maar één keer in de lijst.',
          en: 'Each party appears only once in the list.',
        });
      }
      seen.add(p.party);
      if (!p.organisationId && !p.name) {
        errors.push({
          field: `decidedBy.${i}.name`,
          nl: 'Vul de organisatie of de naam in van wie namens deze partij besliste.',
          en: 'Enter the organisation or the name of who decided for this party.',
        });
      }
    });
    if (!d.reasons) {
      errors.push({
        field: 'reasons',
        nl: 'Leg de redenen van het besluit vast.',
        en: 'Record the reasons for the decision.',
      });
    }
    if (errors.length > 0) return { ok: false, errors };
    return {
      ok: true,
      outcome: d.included ? 'pga_ja' : 'pga_nee',
      decision: {
        kind: 'weegploeg',
        included: d.included as boolean,
        criteriaWeighed: criteria,
        decidedBy: decidedBy.map((p) => ({
          party: p.party as WeighingParty,
          organisationId: p.organisationId ?? null,
          name: p.name ?? null,
        })),
        reasons: d.reasons as string,
        regisseurUserId: d.included ? (d.regisseurUserId ?? null) : null,
      },
    };
  }
  if (!d.decisions) {
    errors.push({ field: 'decisions', nl: 'Leg vast wat is besloten.', en: 'Record what was decided.' });
  }
  if (d.nextPhase && !isOneOf(CASE_PHASES, d.nextPhase)) errors.push({ field: 'nextPhase', ...CHOOSE });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    outcome: 'besluit',
    decision: {
      kind: 'casusoverleg',
      decisions: d.decisions as string,
      nextPhase: (d.nextPhase as CasePhase) ?? null,
      regisseurUserId: d.regisseurUserId ?? null,
    },
  };
}

/**
 * The steps a triage decision asks of the signal's state machine:
 * (a) besloten with outcome zorgen_radicalisering (it can go to the weegploeg);
 * (b) besloten, then afgesloten as referred to care, recording to whom and "stay alert";
 * (c) besloten, then afgesloten with reason geen_zorgen;
 * (d) meer_informatie_nodig with from whom and the due date (it can come back on a later agenda).
 */
export function triageSignalSteps(d: TriageDecision): TransitionCommand[] {
  switch (d.outcome) {
    case 'zorgen_radicalisering':
      return [{ to: 'besloten', outcome: 'zorgen_radicalisering', note: d.motivation }];
    case 'zorgen_geen_radicalisering':
      return [
        { to: 'besloten', outcome: 'zorgen_geen_radicalisering', note: d.motivation },
        {
          to: 'afgesloten',
          closeReason: 'doorverwezen_zorg',
          note: `Doorverwezen naar ${d.referredTo}; alert blijven op nieuwe signalen.`,
        },
      ];
    case 'geen_zorgen':
      return [
        { to: 'besloten', outcome: 'geen_zorgen', note: d.motivation },
        { to: 'afgesloten', closeReason: 'geen_zorgen', note: null },
      ];
    case 'meer_informatie_nodig':
      return [
        {
          to: 'meer_informatie_nodig',
          dueOn: d.dueOn,
          note: `Meer informatie nodig van ${d.fromWhom}. ${d.motivation}`,
        },
      ];
  }
}

/**
 * An adviesvraag is discussed on anonymous data. Outcomes (b), (c) and (d) leave it an advice question;
 * (a), concerns about radicalisation, is about a person, so it first turns the question into a melding
 * (a step in the signal's history with who and why). That needs a person named in the signal.
 */
export function adviceQuestionConversion(
  kind: SignalKind,
  d: TriageDecision,
  namedPersons: number,
): { ok: true; convert: boolean } | { ok: false; errors: readonly FieldIssue[] } {
  if (kind !== 'adviesvraag' || d.outcome !== 'zorgen_radicalisering') return { ok: true, convert: false };
  if (namedPersons === 0) {
    return {
      ok: false,
      errors: [
        {
          field: 'outcome',
          nl: 'Uitkomst (a) zet de adviesvraag om in een melding over een persoon, maar er is in de adviesvraag niemand genoemd. Leg in het meldpunt eerst vast over wie het gaat, of kies uitkomst (b), (c) of (d).',
          en: 'Outcome (a) turns the request for advice into a report about a person, but nobody is named in it. First record in the meldpunt whom it is about, or choose outcome (b), (c) or (d).',
        },
      ],
    };
  }
  return { ok: true, convert: true };
}

/**
 * A yes of the weegploeg hands the signal over to the case (afgesloten, overgedragen_casusoverleg); a no
 * leaves it 'besloten' for the officer to close with the reason that fits (referral, no concerns).
 */
export function weighingSignalSteps(d: WeighingDecision): TransitionCommand[] {
  if (!d.included) return [];
  return [
    {
      to: 'afgesloten',
      closeReason: 'overgedragen_casusoverleg',
      note: 'Weegploeg: opgenomen in de persoonsgerichte aanpak.',
    },
  ];
}

export type StepsResult =
  | { readonly ok: true; readonly state: SignalState; readonly events: readonly StatusEvent[] }
  | { readonly ok: false; readonly errors: readonly FieldIssue[] };

const FIELD_OF_SIGNAL: Record<string, string> = { note: 'motivation', categoryId: 'signalId', to: 'outcome' };

/** Runs the steps through the signal's own transition function, one after the other. */
export function applySignalSteps(
  state: SignalState,
  steps: readonly TransitionCommand[],
  actor: ActorRef,
  now: Date,
): StepsResult {
  let current = state;
  const events: StatusEvent[] = [];
  for (const step of steps) {
    const r = transition(current, step, actor, now);
    if (!r.ok) {
      if (r.reason === 'not_allowed') {
        return {
          ok: false,
          errors: [
            {
              field: 'signalId',
              nl: 'Het signaal is intussen in het meldpunt van status veranderd; dit besluit past er niet meer bij.',
              en: 'The signal changed status in the meldpunt in the meantime; this decision no longer fits it.',
            },
          ],
        };
      }
      return {
        ok: false,
        errors: r.errors.map((e) => ({ ...e, field: FIELD_OF_SIGNAL[e.field] ?? e.field })),
      };
    }
    current = r.state;
    events.push(r.event);
  }
  return { ok: true, state: current, events };
}

/** The phase step a case decision asks for (none when it leaves the phase). */
export function casePhaseStep(
  current: CasePhase,
  d: CaseDecision,
): { ok: true; phase: CasePhase; changed: boolean } | { ok: false; errors: readonly FieldIssue[] } {
  return d.nextPhase ? changePhase(current, d.nextPhase) : { ok: true, phase: current, changed: false };
}

/** The Amsterdam date of an instant (re-exported so callers need not know the meldpunt's calendar). */
export function today(now: Date): string {
  return amsterdamDate(now);
}
